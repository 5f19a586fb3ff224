"""Deadlines counted by hand from /work/shared/DOMAIN.md's table and the rules' sources, for
the cases the other engine tests leave out: the year 2100 (not a leap year), the Court's
Rule 39 hours read from a lawyer's clock in Baku (UTC+4, no DST) across Strasbourg's
clock changes, the estimated Gurban bayram of 2027 behind the AZ extension motion, and an
unverified rule asking to roll forward off a Saturday."""

from __future__ import annotations

from datetime import date, datetime
from zoneinfo import ZoneInfo

import pytest

from caseapp.domain.deadlines import compute
from caseapp.domain.rule_files import load_rules
from caseapp.domain.rules import RuleSet

PARIS = ZoneInfo("Europe/Paris")


@pytest.fixture(scope="module")
def rules() -> RuleSet:
    return load_rules()


@pytest.mark.parametrize(("rule_id", "trigger", "params", "due"), [
    # ECHR Art. 35 § 1 (4 months, clamped, never rolled): February 2100 has 28 days.
    ("echr.application", "2099-10-31", {}, date(2100, 2, 28)),
    # The order's term: 31 August 2099 + 6 months → 28 February 2100.
    ("az.detention.expiry", "2099-08-31", {"term_months": 6, "term_days": 0},
     date(2100, 2, 28)),
    # AZ CCrP Art. 410.1.1: 31 January 2100 + 1 month.
    ("az.cassation", "2100-01-31", {}, date(2100, 2, 28)),
    # 22 May 2027 − 5 days = Mon 17 May, Gurban bayram (estimated by the holidays package,
    # as the 16th and the observed 18th): back over Sat 15 and Sun 16 to Fri 14 May.
    ("az.detention.extension_request", "2027-05-22", {}, date(2027, 5, 14)),
    # The internal steps never move: −10 and −7 land where they land.
    ("az.detention.extension_upstream_10", "2025-04-02", {}, date(2025, 3, 23)),
    ("az.detention.extension_upstream_7", "2025-04-02", {}, date(2025, 3, 26)),
    # Unverified (AM CCrP placeholder): 31 December 2025 + 1 month = Sat 31 January 2026,
    # not rolled to Monday although the rule file asks for the next working day.
    ("am.verdict.appeal", "2025-12-31", {}, date(2026, 1, 31)),
])
def test_a_hand_counted_date(rules: RuleSet, rule_id: str, trigger: str, params: dict,
                             due: date) -> None:
    assert compute(rules, rule_id, trigger, params)[0].due == due


@pytest.mark.parametrize(("sent", "dealt_with"), [
    # Fri 28 March 2025 19:01 in Baku is 16:01 in Strasbourg (CET): after hours → the next
    # working day, Monday 31 March, when Strasbourg is on summer time (CEST).
    (datetime(2025, 3, 28, 19, 1), datetime(2025, 3, 31, 16, 0)),
    # 19:00 in Baku that Friday is 16:00 in Strasbourg: still within the hours.
    (datetime(2025, 3, 28, 19, 0), datetime(2025, 3, 28, 16, 0)),
    # Mon 31 March 2025 17:30 in Baku is 15:30 CEST: the same day; 19:00 is 17:00: Tuesday.
    (datetime(2025, 3, 31, 17, 30), datetime(2025, 3, 31, 16, 0)),
    (datetime(2025, 3, 31, 19, 0), datetime(2025, 4, 1, 16, 0)),
    # Mon 27 October 2025 (CET again) 19:30 in Baku is 16:30 in Strasbourg: Tuesday.
    (datetime(2025, 10, 27, 19, 30), datetime(2025, 10, 28, 16, 0)),
    # Mon 22 December 2025 02:30 in Baku is Sunday 23:30 in Strasbourg: Monday.
    (datetime(2025, 12, 22, 2, 30), datetime(2025, 12, 22, 16, 0)),
    # Wed 24 December 2025 23:30 in Baku: 25 and 26 December (Alsace) and the weekend
    # are not working days → Monday 29 December.
    (datetime(2025, 12, 24, 23, 30), datetime(2025, 12, 29, 16, 0)),
    # Thu 17 April 2025 20:00 in Baku (18:00 CEST): Good Friday, the weekend and Easter
    # Monday are not working days → Tuesday 22 April.
    (datetime(2025, 4, 17, 20, 0), datetime(2025, 4, 22, 16, 0)),
])
def test_rule39_from_a_lawyers_clock_in_baku(rules: RuleSet, sent: datetime,
                                             dealt_with: datetime) -> None:
    trigger = sent.replace(tzinfo=ZoneInfo("Asia/Baku"))
    due = compute(rules, "echr.rule39", trigger)[0].due
    assert due == dealt_with.replace(tzinfo=PARIS)
    assert isinstance(due, datetime) and due.utcoffset() == dealt_with.replace(
        tzinfo=PARIS).utcoffset()
