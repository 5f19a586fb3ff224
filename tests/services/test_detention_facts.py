"""Facts the filings need: the detaining state's confirmation, special risk (age from the birth
date), the kind of release, and the independent proof-of-life clock with its warning."""

from __future__ import annotations

from datetime import date

import pytest

from caseapp.domain.enums import ReleaseKind
from caseapp.domain.errors import ValidationError
from caseapp.domain.special_risk import RiskReason
from caseapp.services.casefile import CaseFile

# TODAY (tests/conftest.py) is 27 November 2026.


def test_facts_start_empty_and_are_saved_on_first_record(case_file: CaseFile) -> None:
    c = case_file.captives.create(names=["Петросян Карен"], capture="2023-09-19")
    assert case_file.detention_facts.of_captive(c.id).id is None
    saved = case_file.detention_facts.record(
        c.id, state_confirmed=True, confirmed_on="2023-10-02",
        confirmed_source="Note verbale of the Ministry of Foreign Affairs",
        risk_hunger_strike=True, release_kind=None)
    again = case_file.detention_facts.record(c.id, release_kind="exchange")
    assert again.id == saved.id  # one row per captive
    assert (again.state_confirmed, again.confirmed_on, again.release_kind) == (
        True, date(2023, 10, 2), ReleaseKind.EXCHANGE)
    assert again.sensitivity.value == "internal"  # health reasons: internal by default


@pytest.mark.parametrize(("birth", "expected_age", "at_risk"), [
    ("1966-11-27", 60, True),   # 60th birthday today
    ("1966-11-28", 59, False),  # turns 60 tomorrow
    ("1966", 60, True),         # year only: taken as 1 January 1966, 60 by now
    ("1967-03", 59, False),     # month only: 1 March 1967, 59
])
def test_age_over_60_is_computed_from_the_birth_date(case_file: CaseFile, birth: str,
                                                     expected_age: int, at_risk: bool) -> None:
    c = case_file.captives.create(names=["Test Captive"], birth=birth)
    risk = case_file.detention_facts.risk(c.id)
    assert risk.age == expected_age
    assert (RiskReason.AGE in risk.reasons) is at_risk
    assert risk.special_risk is at_risk


def test_reasons_come_in_a_fixed_order(case_file: CaseFile) -> None:
    c = case_file.captives.create(names=["Test Captive"], birth="1950-01-01")
    case_file.detention_facts.record(c.id, risk_disability=True, risk_health=True,
                                     risk_hunger_strike=True)
    assert case_file.detention_facts.risk(c.id).reasons == (
        RiskReason.HEALTH, RiskReason.AGE, RiskReason.DISABILITY, RiskReason.HUNGER_STRIKE)


def test_a_confirmation_needs_the_flag_and_cannot_precede_capture(case_file: CaseFile) -> None:
    c = case_file.captives.create(names=["Test Captive"], capture="2023-09-19")
    for fields, words in (({"confirmed_on": "2023-10-02"}, "not marked as confirmed"),
                          ({"state_confirmed": True, "confirmed_on": "2023-09-01"},
                           "before the capture"),
                          ({"state_confirmed": True, "confirmed_on": "2027-01-01"}, "future")):
        with pytest.raises(ValidationError) as err:
            case_file.detention_facts.record(c.id, **fields)
        assert err.value.field == "confirmed_on" and words in str(err.value)
    assert case_file.detention_facts.of_captive(c.id).id is None


def test_only_independent_contacts_set_the_clock(case_file: CaseFile) -> None:
    c = case_file.captives.create(names=["Test Captive"], capture="2023-09-19",
                                  status="pre_trial")
    wc = case_file.welfare_contacts
    wc.create(captive_id=c.id, contact_on="2026-11-20", kind="media_appearance",
              source="Video published by the detaining state's ministry")
    wc.create(captive_id=c.id, contact_on="2026-11-01", kind="family_call")
    assert case_file.detention_facts.risk(c.id).proof.last_independent is None
    wc.create(captive_id=c.id, contact_on="2026-06-01", kind="icrc_visit")
    wc.create(captive_id=c.id, contact_on="2026-07-01", kind="icrc_visit", confirmed=False)
    # A lawyer visit by counsel the detaining state appointed: the lawyer says not independent.
    wc.create(captive_id=c.id, contact_on="2026-08-01", kind="lawyer_visit", independent=False)
    proof = case_file.detention_facts.risk(c.id).proof
    # The confirmed ICRC visit of 1 June 2026: 179 days before 27 November 2026.
    assert (proof.last_independent, proof.days_since) == (date(2026, 6, 1), 179)
    assert proof.threshold_days == 90 and proof.overdue


def test_the_dashboard_warns_past_the_threshold_which_is_a_case_setting(
        case_file: CaseFile) -> None:
    held = case_file.captives.create(names=["Held Captive"], capture="2023-09-19",
                                     status="pre_trial")
    seen = case_file.captives.create(names=["Seen Captive"], capture="2023-09-19",
                                     status="pre_trial")
    case_file.captives.create(names=["Free Captive"], capture="2023-09-19", status="released")
    # 28 August 2026 is 91 days before 27 November; 29 August is 90 (not past 90).
    case_file.welfare_contacts.create(captive_id=held.id, contact_on="2026-08-28",
                                      kind="consular_visit")
    case_file.welfare_contacts.create(captive_id=seen.id, contact_on="2026-08-29",
                                      kind="icrc_visit")
    items = case_file.reminders.attention().of_kind("independent")
    assert [(i.captive_id, i.days, i.limit) for i in items] == [(held.id, 91, 90)]
    case_file.settings.set("independent_proof_days", "89")
    items = case_file.reminders.attention().of_kind("independent")
    assert sorted(i.captive_id for i in items) == [held.id, seen.id]
    with pytest.raises(ValidationError) as err:
        case_file.settings.set("independent_proof_days", "ninety")
    assert "independent_proof_days" in str(err.value)
