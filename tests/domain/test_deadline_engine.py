"""The deadline engine against real calendars: Azerbaijani and Armenian public holidays
(with days off moved by decree), the ECHR's no-roll rule, hours across time zones,
chains of derived deadlines, and recomputation that respects the lawyer's own dates."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import holidays
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from caseapp.domain.deadlines import (
    ChangeKind,
    ComputedDeadline,
    compute,
    is_working_day,
    non_working_reason,
    recompute,
)
from caseapp.domain.dto import DeadlineDTO
from caseapp.domain.enums import DeadlineStatus
from caseapp.domain.errors import NotFound, ValidationError
from caseapp.domain.rules import Roll, RuleSet, Unit, load_rules

TEST_RULES = """
[[rules]]
id = "test.am.before"
version = "1"
title = "Three days before, on a working day in Armenia"
trigger = "test"
offset = { amount = -3, unit = "calendar_days" }
roll = "previous_working_day"
calendar = "am"
source = "test"

[[rules]]
id = "test.paris.48h"
version = "1"
title = "48 hours in Paris"
trigger = "test"
offset = { amount = 48, unit = "hours" }
timezone = "Europe/Paris"
source = "test"

[[rules]]
id = "test.overflow"
version = "1"
title = "Months without clamping"
trigger = "test"
offset = { amount = 4, unit = "months" }
month_end_clamp = false
source = "test"

[[rules]]
id = "test.always.closed"
version = "1"
title = "A court that never sits"
trigger = "test"
offset = { amount = 1, unit = "calendar_days" }
roll = "next_working_day"
calendar = { closures = [ { name = "All year", from = "01-01", to = "12-31" } ] }
source = "test"

[[rules]]
id = "test.loop.a"
version = "1"
title = "Loop A"
trigger = "test"
offset = { amount = 1, unit = "calendar_days" }
derives = ["test.loop.b"]
source = "test"

[[rules]]
id = "test.loop.b"
version = "1"
title = "Loop B"
trigger = "test"
offset = { amount = 1, unit = "calendar_days" }
derives = ["test.loop.a"]
source = "test"
"""


@pytest.fixture(scope="module")
def rules(tmp_path_factory: pytest.TempPathFactory) -> RuleSet:
    folder = tmp_path_factory.mktemp("user-rules")
    (folder / "tests.toml").write_text(TEST_RULES, encoding="utf-8")
    return load_rules(folder)


def one(rules: RuleSet, rule_id: str, trigger: date | datetime, **params) -> ComputedDeadline:
    return compute(rules, rule_id, trigger, params)[0]


# -- months, clamping, leap years -----------------------------------------------------------

def test_31_october_plus_4_months_is_clamped_to_the_end_of_february(rules: RuleSet) -> None:
    leap = one(rules, "echr.application", date(2023, 10, 31))
    assert leap.due == date(2024, 2, 29)
    assert leap.steps[:3] == (
        "trigger 2023-10-31 (Tuesday)",
        "+4 months → 2024-02-29 (clamped to the month's end: February 2024 has no 31st)",
        "2024-02-29 is a Thursday, a working day",
    )
    assert one(rules, "echr.application", date(2022, 10, 31)).due == date(2023, 2, 28)


def test_leap_day_triggers(rules: RuleSet) -> None:
    assert one(rules, "az.cassation", date(2024, 2, 29)).due == date(2024, 3, 29)
    assert one(rules, "un.hrc.state_reply", date(2024, 2, 29)).due == date(2024, 8, 29)
    six_months = "az.detention.expiry"
    assert one(rules, six_months, date(2023, 8, 29), term_months=6).due == date(2024, 2, 29)
    assert one(rules, six_months, date(2022, 8, 29), term_months=6).due == date(2023, 2, 28)


def test_without_clamping_the_next_month_begins(rules: RuleSet) -> None:
    d = one(rules, "test.overflow", date(2023, 10, 31))
    assert d.due == date(2024, 3, 1)
    assert "moved to the first day of the next month" in d.steps[1]


def test_detention_term_in_months_and_days(rules: RuleSet) -> None:
    d = one(rules, "az.detention.expiry", date(2024, 1, 15), term_months=2, term_days=10)
    assert d.due == date(2024, 3, 25)
    assert d.steps[1:3] == ("+2 months (Term of the order (months)) → 2024-03-15",
                            "+10 days (Term of the order (days)) → 2024-03-25")


# -- the ECHR -------------------------------------------------------------------------------

def test_echr_deadline_on_a_sunday_is_not_rolled(rules: RuleSet) -> None:
    d = one(rules, "echr.application", date(2023, 11, 3))
    assert d.due == date(2024, 3, 3)
    assert "2024-03-03 (Sunday) is not a working day: weekend" in d.steps
    assert "not rolled: this rule does not move off weekends or holidays" in d.steps


def test_echr_deadline_in_the_christmas_closure_is_not_rolled(rules: RuleSet) -> None:
    d = one(rules, "echr.application", date(2023, 8, 25))
    assert d.due == date(2023, 12, 25)
    assert any("ECHR Registry closed" in s for s in d.steps)


@pytest.mark.parametrize(("decision", "due", "applied"), [
    (date(2022, 1, 31), date(2022, 7, 31), "echr.application.6m"),  # a Sunday: not rolled
    (date(2022, 2, 1), date(2022, 6, 1), "echr.application"),
    (date(2021, 8, 31), date(2022, 2, 28), "echr.application.6m"),
])
def test_echr_six_months_for_decisions_before_1_february_2022(
        rules: RuleSet, decision: date, due: date, applied: str) -> None:
    for asked in ("echr.application", "echr.application.6m"):  # either id finds the right one
        d = one(rules, asked, decision)
        assert (d.due, d.applied_rule_id, d.rule_id) == (due, applied, asked)
        assert bool(d.variant) is (asked != applied)
    six = one(rules, "echr.application", date(2022, 1, 31))
    assert six.variant.startswith("the trigger 2022-01-31 is not on or after 2022-02-01: "
                                  "rule echr.application.6m applies instead")
    assert six.variant in six.steps


def test_rule_39_office_hours_in_strasbourg(rules: RuleSet) -> None:
    paris = ZoneInfo("Europe/Paris")
    friday_evening = one(rules, "echr.rule39", datetime(2024, 3, 1, 17, 30, tzinfo=paris))
    assert friday_evening.due == datetime(2024, 3, 4, 16, 0, tzinfo=paris)
    assert "17:30 is after the 16:00 cut-off" in friday_evening.steps[1]
    assert friday_evening.steps[-1] == ("due by 16:00 Europe/Paris time on Monday 2024-03-04 "
                                        "(office hours from 08:00)")
    # 10:00 in Baku is 07:00 in Strasbourg: before office hours, dealt with the same day.
    baku_morning = one(rules, "echr.rule39", datetime(2024, 3, 6, 10, 0,
                                                      tzinfo=ZoneInfo("Asia/Baku")))
    assert baku_morning.due == datetime(2024, 3, 6, 16, 0, tzinfo=paris)
    assert (baku_morning.due_on, baku_morning.due_time, baku_morning.timezone) == (
        date(2024, 3, 6), time(16, 0), "Europe/Paris")
    assert any("before office hours" in s for s in baku_morning.steps)


# -- rolling against real holidays ----------------------------------------------------------

def test_az_next_working_day_past_a_moved_day_off_eid_and_a_weekend(rules: RuleSet) -> None:
    d = one(rules, "az.verdict.appeal", date(2023, 6, 7))
    assert d.due == date(2023, 7, 3)
    assert ("2023-06-27 (Tuesday) is not a working day: public holiday in AZ, "
            "“Day off (substituted from 06/24/2023)”") in d.steps
    assert d.steps[-1].startswith("fell on Tuesday 2023-06-27 → rolled to the next working "
                                  "day Monday 2023-07-03 (also not working days: 2023-06-28 "
                                  "public holiday in AZ, “Eid al-Adha”")


def test_az_saturday_made_a_working_day_is_not_rolled(rules: RuleSet) -> None:
    # 24 June 2023 was a working Saturday in Azerbaijan (its day off moved to 27 June).
    d = one(rules, "az.verdict.appeal", date(2023, 6, 4))
    assert d.due == date(2023, 6, 24)
    assert d.steps[-1] == ("2023-06-24 is a Saturday, a working day "
                           "(a weekend day made a working day by decree)")


def test_az_sunday_made_a_working_day_is_not_rolled(rules: RuleSet) -> None:
    # 28-29 December 2024 were working days in Azerbaijan (days off moved to 30 December
    # and 3 January 2025 by the Cabinet of Ministers).
    d = one(rules, "az.verdict.appeal", date(2024, 12, 9))
    assert d.due == date(2024, 12, 29)
    assert "a weekend day made a working day by decree" in d.steps[-1]
    assert one(rules, "az.verdict.appeal", date(2024, 12, 10)).due == date(2025, 1, 6)


def test_az_previous_working_day_before_novruz(rules: RuleSet) -> None:
    # Expiry 28 March 2024 − 5 days = Saturday 23 March, inside the Novruz holidays (20-26).
    d = one(rules, "az.detention.extension_request", date(2024, 3, 28))
    assert d.due == date(2024, 3, 19)
    assert "rolled to the previous working day Tuesday 2024-03-19" in d.steps[-2]
    assert d.steps[-1] == "caution: this rule has not been verified against its source"


def test_am_next_working_day_past_new_year(rules: RuleSet) -> None:
    d = one(rules, "am.verdict.appeal", date(2023, 11, 30))
    assert d.due == date(2024, 1, 3)  # Sat 30 Dec, New Year's Eve, 1-2 January skipped


def test_am_saturday_made_a_working_day_is_not_rolled(rules: RuleSet) -> None:
    # 1 February 2020 was a working Saturday in Armenia (day off moved to 27 January).
    assert one(rules, "am.verdict.appeal", date(2020, 1, 1)).due == date(2020, 2, 1)


def test_am_previous_working_day(rules: RuleSet) -> None:
    d = one(rules, "test.am.before", date(2024, 1, 4))
    assert d.due == date(2023, 12, 29)  # 1 January, New Year's Eve and a Saturday skipped


def test_am_working_days_backwards_count_the_working_saturday(rules: RuleSet) -> None:
    d = one(rules, "am.detention.extension_request", date(2020, 2, 5))
    assert d.due == date(2020, 1, 30)  # 4, 3, Saturday 1 February, 31 and 30 January
    assert "−5 working days → 2020-01-30" in d.steps[1]


def test_working_days_forward_skip_holidays(rules: RuleSet) -> None:
    d = one(rules, "generic.reply_expected", date(2024, 12, 20), working_days=3)
    assert d.due == date(2024, 12, 25)  # weekends only: Christmas is not a holiday here


def test_a_calendar_without_working_days_is_reported(rules: RuleSet) -> None:
    with pytest.raises(ValidationError, match="has no working day within a year"):
        compute(rules, "test.always.closed", date(2024, 1, 1))


def test_calendar_answers() -> None:
    rs = load_rules()
    az = rs.calendars["az"]
    assert not is_working_day(az, date(2023, 6, 27))
    assert is_working_day(az, date(2023, 6, 24))
    assert non_working_reason(rs.calendars["weekends"], date(2024, 3, 3)) == "weekend"
    assert non_working_reason(rs.calendars["am"], date(2024, 1, 1)) == (
        "public holiday in AM, “New Year's Day”")


# -- hours ------------------------------------------------------------------------------------

def test_48_hours_from_an_arrest_in_another_time_zone(rules: RuleSet) -> None:
    d = one(rules, "az.arrest.bring_before_judge", datetime(2024, 3, 30, 6, 0, tzinfo=UTC))
    assert d.due == datetime(2024, 4, 1, 10, 0, tzinfo=ZoneInfo("Asia/Baku"))
    assert (d.due_time, d.timezone) == (time(10, 0), "Asia/Baku")
    assert d.steps == ("trigger 2024-03-30 10:00 Asia/Baku (given as 2024-03-30 06:00 UTC)",
                       "+48 hours → 2024-04-01 10:00 Asia/Baku")


def test_hours_across_a_clock_change_are_real_hours(rules: RuleSet) -> None:
    d = one(rules, "test.paris.48h", datetime(2024, 3, 30, 10, 0))  # naive: Paris time
    assert d.due == datetime(2024, 4, 1, 11, 0, tzinfo=ZoneInfo("Europe/Paris"))
    assert d.due.astimezone(UTC) - d.trigger.astimezone(UTC) == timedelta(hours=48)
    assert "taken as Europe/Paris time" in d.steps[0]
    assert "the clocks changed in between" in d.steps[1]


def test_hours_need_a_time(rules: RuleSet) -> None:
    with pytest.raises(ValidationError, match="counts hours: give the date and time"):
        compute(rules, "az.arrest.bring_before_judge", date(2024, 3, 30))


# -- negative offsets -------------------------------------------------------------------------

def test_three_weeks_before_a_pow_trial(rules: RuleSet) -> None:
    trial = date(2024, 6, 3)
    notice, counsel = one(rules, "geneva.pow_trial.notice", trial), one(
        rules, "geneva.pow_trial.counsel", trial)
    assert (notice.due, counsel.due) == (date(2024, 5, 13), date(2024, 5, 20))
    assert notice.steps[1] == "−3 weeks → 2024-05-13"


def test_five_days_before_expiry(rules: RuleSet) -> None:
    d = one(rules, "az.detention.extension_request", date(2024, 5, 20))
    assert d.due == date(2024, 5, 15) and d.steps[1] == "−5 days → 2024-05-15"


# -- chains, parameters, reminders ----------------------------------------------------------

def test_a_detention_order_sets_off_its_expiry_and_the_extension_deadlines(rules: RuleSet) -> None:
    chain = compute(rules, "az.detention.expiry", date(2023, 10, 31), {"term_months": 4})
    assert [(d.rule_id, d.due, d.derived_from) for d in chain] == [
        ("az.detention.expiry", date(2024, 2, 29), None),
        ("az.detention.extension_request", date(2024, 2, 23), "az.detention.expiry"),
        ("az.detention.extension_upstream_10", date(2024, 2, 19), "az.detention.expiry"),
        ("az.detention.extension_upstream_7", date(2024, 2, 22), "az.detention.expiry"),
    ]
    request = chain[1]
    assert request.trigger == date(2024, 2, 29)
    assert request.steps[:3] == ("set off by the deadline of rule az.detention.expiry",
                                 "trigger 2024-02-29 (Thursday)", "−5 days → 2024-02-24")
    assert "rolled to the previous working day Friday 2024-02-23" in request.steps[4]
    assert [d.verified for d in chain] == [True, False, False, False]


def test_a_loop_of_derived_rules_is_cut(rules: RuleSet) -> None:
    chain = compute(rules, "test.loop.a", date(2024, 1, 1))
    assert [(d.rule_id, d.due) for d in chain] == [("test.loop.a", date(2024, 1, 2)),
                                                   ("test.loop.b", date(2024, 1, 3))]


def test_parameters(rules: RuleSet) -> None:
    with pytest.raises(ValidationError, match="needs a value for “Term of the order"):
        compute(rules, "az.detention.expiry", date(2024, 1, 1))
    with pytest.raises(ValidationError, match="Appeal term stated in the order"):
        compute(rules, "az.detention.appeal", date(2024, 1, 1))  # nothing is assumed
    with pytest.raises(ValidationError, match="must be a whole number, not “four”"):
        compute(rules, "az.detention.expiry", date(2024, 1, 1), {"term_months": "four"})
    # 13 November 2024 was a day off in Azerbaijan (moved from Saturday 23 November).
    assert one(rules, "az.detention.appeal", date(2024, 11, 10), appeal_days="3").due == date(
        2024, 11, 14)
    with pytest.raises(NotFound):
        compute(rules, "no.such.rule", date(2024, 1, 1))


def test_reminders_and_today(rules: RuleSet) -> None:
    d = one(rules, "az.verdict.appeal", date(2024, 5, 2))
    assert d.due == date(2024, 5, 22)
    assert d.reminders == (date(2024, 5, 12), date(2024, 5, 17), date(2024, 5, 20),
                           date(2024, 5, 21))
    later = compute(rules, "az.verdict.appeal", date(2024, 5, 2), today=date(2024, 5, 18))[0]
    assert later.reminders == (date(2024, 5, 20), date(2024, 5, 21))
    past = compute(rules, "az.verdict.appeal", date(2024, 5, 2), today=date(2024, 6, 1))[0]
    assert past.reminders == () and past.steps[-1] == (
        "this date has already passed (today is 2024-06-01)")


# -- recompute --------------------------------------------------------------------------------

@dataclass(frozen=True)
class Stored:
    rule_id: str
    rule_version: str
    due_on: date
    due_time: time | None = None
    timezone: str = ""
    trigger_date: date | None = None
    overridden: bool = False
    status: str = "open"


def test_recompute_keeps_the_lawyers_own_date(rules: RuleSet) -> None:
    fresh = compute(rules, "az.verdict.appeal", date(2024, 5, 3))  # now due 23 May
    mine = Stored("az.verdict.appeal", "1", date(2024, 5, 20), trigger_date=date(2024, 5, 2),
                  overridden=True)
    [change] = recompute([mine], fresh)
    assert change.kind is ChangeKind.KEEP and change.existing is mine
    assert change.reason == ("You set this date by hand (2024-05-20); the rule now gives "
                             "2024-05-23. Your date is kept: check which is right.")
    same = Stored("az.verdict.appeal", "1", date(2024, 5, 23), overridden=True)
    assert recompute([same], fresh) == []


def test_recompute_updates_when_the_trigger_or_the_rule_changes(rules: RuleSet) -> None:
    fresh = compute(rules, "az.verdict.appeal", date(2024, 5, 3))
    moved = Stored("az.verdict.appeal", "1", date(2024, 5, 22), trigger_date=date(2024, 5, 2))
    [change] = recompute([moved], fresh)
    assert change.kind is ChangeKind.UPDATE and change.fresh is fresh[0]
    assert change.reason == ("Due date 2024-05-22 → 2024-05-23: the trigger date changed "
                             "from 2024-05-02 to 2024-05-03.")
    old_rule = Stored("az.verdict.appeal", "0", date(2024, 5, 23), trigger_date=date(2024, 5, 3))
    [change] = recompute([old_rule], fresh)
    assert change.kind is ChangeKind.UPDATE
    assert "rule az.verdict.appeal changed from version 0 to 1" in change.reason
    same = Stored("az.verdict.appeal", "1", date(2024, 5, 23), trigger_date=date(2024, 5, 3))
    assert recompute([same], fresh) == []


def test_recompute_adds_drops_and_leaves_hand_entered_and_closed_deadlines(rules: RuleSet) -> None:
    fresh = compute(rules, "az.detention.expiry", date(2024, 1, 15), {"term_months": 2})
    stored = [
        Stored("az.detention.expiry", "1", date(2024, 3, 15)),  # unchanged
        Stored("az.detention.extension_request", "1", date(2024, 3, 1), status="done"),
        Stored("", "", date(2024, 3, 2)),  # entered by hand: never touched
        Stored("az.retired.rule", "1", date(2024, 3, 3)),
        Stored("az.my.rule", "1", date(2024, 3, 4), overridden=True),
    ]
    changes = {c.rule_id: c for c in recompute(stored, fresh)}
    assert {k: c.kind for k, c in changes.items()} == {
        "az.detention.extension_request": ChangeKind.KEEP,  # closed: left as it is
        "az.detention.extension_upstream_10": ChangeKind.ADD,
        "az.detention.extension_upstream_7": ChangeKind.ADD,
        "az.retired.rule": ChangeKind.OBSOLETE,
        "az.my.rule": ChangeKind.KEEP,
    }
    assert "This deadline is closed" in changes["az.detention.extension_request"].reason


def test_recompute_reads_stored_deadline_dtos(rules: RuleSet) -> None:
    fresh = compute(rules, "echr.rule39", datetime(2024, 3, 1, 17, 30,
                                                   tzinfo=ZoneInfo("Europe/Paris")))
    dto = DeadlineDTO(
        id=1, uid="u1", captive_id=None, title="Rule 39", rule_id="echr.rule39",
        rule_version="1", trigger_kind="rule39_request", trigger_uid="t1",
        trigger_date=date(2024, 3, 1), due_on=date(2024, 3, 4), due_time=time(16, 0),
        timezone="Europe/Paris", status=DeadlineStatus.OPEN, overridden=False,
        explanation=fresh[0].steps, status_reason="", notes="")
    assert recompute([dto], fresh) == []
    edited = DeadlineDTO(**{**dto.__dict__, "due_time": time(12, 0), "overridden": True})
    [change] = recompute([edited], fresh)
    assert change.kind is ChangeKind.KEEP
    assert "(2024-03-04 12:00 Europe/Paris)" in change.reason


# -- properties -------------------------------------------------------------------------------

SHIPPED = load_rules()
DATES = st.dates(min_value=date(2000, 1, 1), max_value=date(2035, 12, 31))


def _positive_date_rules() -> list[str]:
    return [r.id for r in SHIPPED if not r.counts_hours and r.roll is not Roll.PREVIOUS_WORKING_DAY
            and all(p.param or p.amount > 0 for p in r.offset)]


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(rule_id=st.sampled_from(_positive_date_rules()), trigger=DATES,
       amount=st.integers(min_value=1, max_value=400))
def test_a_positive_offset_is_never_before_its_trigger(rule_id: str, trigger: date,
                                                       amount: int) -> None:
    rule = SHIPPED.get(rule_id)
    params = {p.name: amount for p in rule.parameters}
    for d in compute(SHIPPED, rule_id, trigger, params)[:1]:
        assert d.due >= trigger


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(country=st.sampled_from(["AZ", "AM", None]), trigger=DATES,
       roll=st.sampled_from([Roll.NEXT_WORKING_DAY, Roll.PREVIOUS_WORKING_DAY]),
       unit=st.sampled_from([Unit.CALENDAR_DAYS, Unit.WORKING_DAYS, Unit.WEEKS, Unit.MONTHS]),
       amount=st.integers(min_value=-60, max_value=60))
def test_a_rolled_deadline_never_lands_on_a_weekend_or_holiday(
        prop_folder: Path, country: str | None, trigger: date, roll: Roll, unit: Unit,
        amount: int) -> None:
    rule_set = _generated_rule_set(prop_folder, country, roll, unit, amount)
    due = compute(rule_set, "prop.rule", trigger)[0].due
    if country is None:
        assert due.weekday() < 5
        return
    # Checked against the holidays package directly, not through the engine.
    official = holidays.country_holidays(country)
    assert due not in official
    assert due.weekday() < 5 or due in official.weekend_workdays  # a working Saturday


@pytest.fixture(scope="module")
def prop_folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("generated-rules")


_GENERATED: dict[tuple, RuleSet] = {}


def _generated_rule_set(root: Path, country: str | None, roll: Roll, unit: Unit,
                        amount: int) -> RuleSet:
    """A one-rule set with the given calendar, roll and offset (built once per combination)."""
    key = (root, country, roll, unit, amount)
    if key not in _GENERATED:
        folder = root / f"{country}-{roll.value}-{unit.value}-{amount}"
        folder.mkdir()
        calendar = f'calendar = {{ country = "{country}" }}' if country else ""
        (folder / "prop.toml").write_text(f"""
[[rules]]
id = "prop.rule"
version = "1"
title = "Generated"
trigger = "test"
offset = {{ amount = {amount}, unit = "{unit.value}" }}
roll = "{roll.value}"
{calendar}
source = "test"
""", encoding="utf-8")
        _GENERATED[key] = load_rules(folder, shipped=False)
    return _GENERATED[key]
