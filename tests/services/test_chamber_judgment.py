"""An ECHR Chamber judgment recorded on the application: the three months to request referral
to the Grand Chamber (Convention Art. 43 § 1) and the day the judgment becomes final if none
was requested (Art. 44 § 2 (b)) run from its date, while the proceeding is recorded decided
(which closes the Government's reply and the friendly-settlement reminder)."""

from __future__ import annotations

from datetime import date

import pytest

from caseapp.domain.enums import DeadlineStatus
from caseapp.domain.errors import ValidationError
from caseapp.services.casefile import CaseFile

REFERRAL = "echr.judgment.referral"
FINAL = "echr.judgment.final"


@pytest.fixture
def captive_id(case_file: CaseFile) -> int:
    return case_file.captives.create(names=["Մկրտչյան Վիգեն"], status="convicted").id


def rules_of(cf: CaseFile, captive_id: int) -> dict:
    return {d.rule_id: d for d in cf.deadlines.list(captive_id=captive_id)}


def application(cf: CaseFile, captive_id: int, **fields):
    return cf.international_proceedings.create(**{
        "captive_id": captive_id, "body": "echr", "kind": "application",
        "reference": "12345/24", "lodged_on": "2024-05-02", "communicated_on": "2026-06-01",
        "status": "communicated", **fields})


def test_a_chamber_judgment_opens_the_referral_time_limit_and_the_day_it_becomes_final(
        case_file, captive_id):
    p = application(case_file, captive_id)
    case_file.international_proceedings.update(p.id, judgment_on="2026-10-15",
                                               status="decided",
                                               outcome="Violation of Article 5 § 4")
    found = rules_of(case_file, captive_id)
    assert found[REFERRAL].due_on == date(2027, 1, 15)
    assert found[FINAL].due_on == date(2027, 1, 15)
    assert found[REFERRAL].status is DeadlineStatus.OPEN
    assert found[FINAL].status is DeadlineStatus.OPEN
    # the communication's reminders are over with the judgment
    assert found["echr.communication.friendly_settlement"].status is DeadlineStatus.DISMISSED
    # they are in the reminders the lawyer reads
    due = {r.deadline.rule_id for r in case_file.reminders.due(60)
           if r.deadline.captive_id == captive_id}
    assert {REFERRAL, FINAL} <= due


def test_a_judgment_at_the_end_of_a_month_is_never_counted_later(case_file, captive_id):
    """31 August + 3 months: 30 November (the month's end), not 1 December."""
    application(case_file, captive_id, judgment_on="2026-08-31", status="decided")
    assert rules_of(case_file, captive_id)[REFERRAL].due_on == date(2026, 11, 30)


def test_the_judgment_deadlines_stay_open_whatever_the_status_says(case_file, captive_id):
    """The Government requests referral, the panel rejects it, the lawyer records the
    proceeding closed: the status does not close the judgment's deadlines (she marks them
    done); closing it again and reopening it keeps them as they are."""
    p = application(case_file, captive_id, judgment_on="2026-10-15", status="decided")
    for status in ("closed", "rejected", "pending", "decided"):
        case_file.international_proceedings.update(p.id, status=status)
        found = rules_of(case_file, captive_id)
        assert found[REFERRAL].status is DeadlineStatus.OPEN, status
    final = rules_of(case_file, captive_id)[FINAL]
    case_file.deadline_engine.mark_done(final.id, "Panel rejected the referral request.")
    case_file.international_proceedings.update(p.id, status="closed")
    assert rules_of(case_file, captive_id)[FINAL].status is DeadlineStatus.DONE


def test_a_corrected_judgment_date_moves_both_and_clearing_it_closes_them(
        case_file, captive_id):
    p = application(case_file, captive_id, judgment_on="2026-10-15", status="decided")
    case_file.international_proceedings.update(p.id, judgment_on="2026-10-13")
    assert rules_of(case_file, captive_id)[REFERRAL].due_on == date(2027, 1, 13)
    case_file.international_proceedings.update(p.id, judgment_on=None)
    found = rules_of(case_file, captive_id)
    assert found[REFERRAL].status is DeadlineStatus.DISMISSED
    assert found[FINAL].status is DeadlineStatus.DISMISSED


def test_another_bodys_decision_sets_off_no_referral(case_file, captive_id):
    with pytest.raises(ValidationError) as e:
        case_file.international_proceedings.create(
            captive_id=captive_id, body="wgad", kind="communication", lodged_on="2026-01-10",
            judgment_on="2026-10-15", status="decided")
    assert e.value.field == "judgment_on"
    assert rules_of(case_file, captive_id) == {}


@pytest.mark.parametrize(("judgment", "communicated", "word"), [
    ("2026-05-31", "2026-06-01", "communication"), ("2024-05-01", None, "lodging"),
    ("2027-03-01", "2026-06-01", "future")])
def test_a_judgment_date_typed_wrong_is_refused_naming_it(case_file, captive_id, judgment,
                                                          communicated, word):
    with pytest.raises(ValidationError) as e:
        application(case_file, captive_id, judgment_on=judgment, status="decided",
                    communicated_on=communicated)
    assert e.value.field == "judgment_on"
    assert word in str(e.value)
    assert rules_of(case_file, captive_id) == {}


def test_a_time_limit_from_the_courts_letter_stays_open_when_the_judgment_is_recorded(
        case_file, captive_id):
    """The Court sets time limits after a judgment too (just satisfaction reserved, the
    observations on a referral request): one counted from a letter delivered in the
    proceeding is the lawyer's to close, not the proceeding's status, and never moves."""
    p = application(case_file, captive_id)
    case_file.deliveries.create(captive_id=captive_id, appeared_on="2026-11-20",
                                title="Letter: just satisfaction, observations in 8 weeks",
                                proceeding_id=p.id, time_limit_weeks=8)
    case_file.international_proceedings.update(p.id, judgment_on="2026-10-15",
                                               status="decided")
    found = rules_of(case_file, captive_id)
    letter = found["echr.delivery.time_limit"]
    assert (letter.due_on, letter.status) == (date(2027, 1, 15), DeadlineStatus.OPEN)
    assert found["echr.communication.friendly_settlement"].status is DeadlineStatus.DISMISSED


def test_a_referral_accepted_does_not_bring_back_the_communications_reminders(
        case_file, captive_id):
    """The panel accepts a referral: the lawyer records the proceeding pending again before
    the Grand Chamber. The Government's observations and the friendly settlement of the
    communication months ago are over (a judgment was given): they are not raised again as
    overdue, and say why they are closed."""
    # communicated 10 September: the settlement phase ends 3 December, still ahead
    p = application(case_file, captive_id, communicated_on="2026-09-10")
    assert rules_of(case_file, captive_id)["echr.communication.friendly_settlement"].status \
        is DeadlineStatus.OPEN
    case_file.international_proceedings.update(p.id, judgment_on="2026-11-20",
                                               status="decided")
    case_file.international_proceedings.update(p.id, status="pending",
                                               outcome="Referral accepted by the panel")
    settlement = rules_of(case_file, captive_id)["echr.communication.friendly_settlement"]
    assert settlement.status is DeadlineStatus.DISMISSED
    assert "recorded as decided" in str(settlement.status_reason)  # as it was closed
    assert not [r for r in case_file.reminders.due(30) if r.deadline.captive_id == captive_id
                and r.deadline.rule_id.startswith("echr.communication")]
    # recorded from the start with its judgment and pending: none either
    other = case_file.captives.create(names=["Сафарян Ашот"], status="convicted").id
    application(case_file, other, reference="999/24", communicated_on="2026-09-10",
                judgment_on="2026-11-20", status="pending")
    assert {d.rule_id for d in case_file.deadlines.list(captive_id=other)
            if d.status is DeadlineStatus.OPEN} == {REFERRAL, FINAL}
    # the judgment typed in while the status still says communicated: closed, saying why
    third = case_file.captives.create(names=["Aliyev Elnur"], status="convicted").id
    q = application(case_file, third, reference="777/24", communicated_on="2026-09-10")
    case_file.international_proceedings.update(q.id, judgment_on="2026-11-20")
    closed = rules_of(case_file, third)["echr.communication.friendly_settlement"]
    assert closed.status is DeadlineStatus.DISMISSED
    assert "Chamber judgment was recorded" in str(closed.status_reason)


@pytest.mark.parametrize("level", ["public", "shareable", "internal"])
def test_the_referral_reaches_a_calendar_only_at_its_proceedings_level(case_file, level):
    """Each captive's application at one level, with its judgment: a calendar exported at a
    level holds the referral time limit of the proceedings that level allows, no other."""
    from caseapp.services import outputs

    for lvl in ("public", "shareable", "internal"):
        cid = case_file.captives.create(names=[f"Marker{lvl.title()}captive"],
                                        status="convicted", sensitivity="public",
                                        consent_publicity=True).id
        case_file.international_proceedings.create(
            captive_id=cid, body="echr", kind="application", reference=f"{lvl}refmark",
            lodged_on="2024-05-02", judgment_on="2026-11-20", status="decided",
            sensitivity=lvl)
        for d in case_file.deadlines.list(captive_id=cid):
            case_file.deadlines.update(d.id, sensitivity="public")  # the trigger's level rules
    text = outputs.calendar(case_file, level=level).data.decode()
    text = text.replace("\r\n ", "")
    shown = {lvl for lvl in ("public", "shareable", "internal")
             if f"Marker{lvl.title()}captive" in text}
    allowed = {"public": {"public"}, "shareable": {"public", "shareable"},
               "internal": {"public", "shareable", "internal"}}[level]
    assert shown == allowed
    assert "Grand Chamber" in text


def test_a_rule_39_request_has_no_chamber_judgment(case_file, captive_id):
    """Interim measures are decided, not judged: a judgment date typed on the request is
    refused at its field, and sets off no referral time limit."""
    with pytest.raises(ValidationError) as e:
        case_file.international_proceedings.create(
            captive_id=captive_id, body="echr", kind="rule_39", lodged_on="2026-10-01",
            judgment_on="2026-10-15", status="granted")
    assert e.value.field == "judgment_on"
    assert rules_of(case_file, captive_id) == {}
