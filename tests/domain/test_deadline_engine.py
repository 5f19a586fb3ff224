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
from dateutil.relativedelta import relativedelta
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from caseapp.domain.deadline_plans import is_working_day
from caseapp.domain.deadlines import ComputedDeadline, compute
from caseapp.domain.dto import DeadlineDTO
from caseapp.domain.enums import DeadlineStatus
from caseapp.domain.errors import NotFound, ValidationError
from caseapp.domain.non_working_days import non_working_reason
from caseapp.domain.recompute import ChangeKind, recompute
from caseapp.domain.rule_files import load_rules
from caseapp.domain.rules import Roll, RuleSet, Unit

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
id = "test.az.next"
version = "1"
title = "Twenty days, next working day in Azerbaijan (counting verified)"
trigger = "test"
offset = { amount = 20, unit = "calendar_days" }
roll = "next_working_day"
calendar = "az"
source = "test"
verified = true
counting_verified = true

[[rules]]
id = "test.am.next"
version = "1"
title = "One month, next working day in Armenia (counting verified)"
trigger = "test"
offset = { amount = 1, unit = "months" }
roll = "next_working_day"
calendar = "am"
source = "test"
verified = true
counting_verified = true

[[rules]]
id = "test.unverified.next"
version = "1"
title = "A lawyer's own rule, not verified, asking for the next working day"
trigger = "test"
offset = { amount = 20, unit = "calendar_days" }
roll = "next_working_day"
calendar = "az"
source = "my notes"
verified = false

[[rules]]
id = "test.period.only"
version = "1"
title = "Period verified, counting not said: still never later"
trigger = "test"
offset = { amount = 20, unit = "calendar_days" }
roll = "next_working_day"
calendar = "az"
cutoff = "16:00"
timezone = "Asia/Baku"
source = "my notes"
verified = true

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
title = "Months without clamping (counting verified)"
trigger = "test"
offset = { amount = 4, unit = "months" }
month_end_clamp = false
source = "test"
verified = true
counting_verified = true

[[rules]]
id = "test.overflow.unverified"
version = "1"
title = "Months without clamping, counting not verified"
trigger = "test"
offset = { amount = 1, unit = "months" }
month_end_clamp = false
source = "test"
verified = true

[[rules]]
id = "test.working.unverified"
version = "1"
title = "Working days forward, counting not verified"
trigger = "test"
offset = { amount = 3, unit = "working_days" }
calendar = "weekends"
source = "test"
verified = true

[[rules]]
id = "test.always.closed"
version = "1"
title = "A court that never sits"
trigger = "test"
offset = { amount = 1, unit = "calendar_days" }
roll = "next_working_day"
calendar = { closures = [ { name = "All year", from = "01-01", to = "12-31" } ] }
source = "test"
verified = true
counting_verified = true

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


def en(deadline: ComputedDeadline) -> tuple[str, ...]:
    """The steps as the English interface shows them (CLDR's en_GB dates, no-break spaces
    written as plain ones here for legibility)."""
    return tuple(step.render("en").replace("\u00a0", " ") for step in deadline.steps)


def one(rules: RuleSet, rule_id: str, trigger: date | datetime, **params) -> ComputedDeadline:
    return compute(rules, rule_id, trigger, params)[0]


# -- months, clamping, leap years -----------------------------------------------------------

def test_31_october_plus_4_months_is_clamped_to_the_end_of_february(rules: RuleSet) -> None:
    leap = one(rules, "echr.application", date(2023, 10, 31))
    assert leap.due == date(2024, 2, 29)
    assert en(leap)[:3] == (
        "trigger Tue, 31 Oct 2023",
        "+4 months → 29 Feb 2024 (clamped to the month's end: the month has no day 31)",
        "Thu, 29 Feb 2024 is a working day",
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
    assert "moved to the first day of the next month" in en(d)[1]


@pytest.mark.parametrize(("trigger", "due"), [
    (date(2024, 1, 31), date(2024, 2, 29)),  # not 1 March
    (date(2023, 1, 31), date(2023, 2, 28)),
    (date(2023, 3, 31), date(2023, 4, 30)),  # not 1 May
    (date(2023, 4, 30), date(2023, 5, 30)),  # a day the month has: nothing to clamp
])
def test_an_unverified_count_is_clamped_however_the_rule_file_asks(
        rules: RuleSet, trigger: date, due: date) -> None:
    """Never later when unsure: the first day of the next month is later than the month's
    last day, so a rule whose way of counting is unverified ends on the month's last day,
    on the fast path and on the full one (a trigger with a time of day), and says why."""
    d = one(rules, "test.overflow.unverified", trigger)
    assert d.due == due
    # (13:00 UTC: the same day even at UTC−12, where a rule of no country counts from)
    full = one(rules, "test.overflow.unverified", datetime(trigger.year, trigger.month,
                                                            trigger.day, 13, 0, tzinfo=UTC))
    assert full.due == due
    if trigger.day != due.day:
        assert en(d)[1] == (f"+1 month → {due.day} {due:%b %Y} (clamped to the month's end: "
                            f"the month has no day {trigger.day}; the rule file asks for the "
                            "first day of the next month, but a date is never moved later "
                            "while the rule's way of counting is unverified)")


def test_detention_term_in_months_and_days(rules: RuleSet) -> None:
    d = one(rules, "az.detention.expiry", date(2024, 1, 15), term_months=2, term_days=10)
    assert d.due == date(2024, 3, 25)
    assert en(d)[1:3] == ("+2 months (Term of the order (months)) → 15 Mar 2024",
                          "+10 days (Term of the order (days)) → 25 Mar 2024")


# -- the ECHR -------------------------------------------------------------------------------

def test_echr_deadline_on_a_sunday_is_not_rolled(rules: RuleSet) -> None:
    d = one(rules, "echr.application", date(2023, 11, 3))
    assert d.due == date(2024, 3, 3)
    assert "Sun, 3 Mar 2024 is not a working day: weekend" in en(d)
    assert "not rolled: this rule does not move off weekends or holidays" in en(d)


def test_echr_deadline_in_the_christmas_closure_is_not_rolled(rules: RuleSet) -> None:
    d = one(rules, "echr.application", date(2023, 8, 25))
    assert d.due == date(2023, 12, 25)
    assert any("ECHR Registry closed" in s for s in en(d))


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
    assert six.variant is not None
    assert six.variant.render("en").replace("\u00a0", " ") == (
        "the trigger 31 Jan 2022 is before 1 Feb 2022: rule echr.application.6m (version 1) "
        "applies instead")
    assert six.variant in six.steps


def test_rule_39_office_hours_in_strasbourg(rules: RuleSet) -> None:
    paris = ZoneInfo("Europe/Paris")
    friday_evening = one(rules, "echr.rule39", datetime(2024, 3, 1, 17, 30, tzinfo=paris))
    assert friday_evening.due == datetime(2024, 3, 4, 16, 0, tzinfo=paris)
    assert "17:30 is after the 16:00 cut-off" in en(friday_evening)[1]
    assert en(friday_evening)[-1] == ("due by 16:00 Europe/Paris time on Mon, 4 Mar 2024 "
                                      "(office hours from 08:00)")
    # 10:00 in Baku is 07:00 in Strasbourg: before office hours, dealt with the same day.
    baku_morning = one(rules, "echr.rule39", datetime(2024, 3, 6, 10, 0,
                                                      tzinfo=ZoneInfo("Asia/Baku")))
    assert baku_morning.due == datetime(2024, 3, 6, 16, 0, tzinfo=paris)
    assert (baku_morning.due_on, baku_morning.due_time, baku_morning.timezone) == (
        date(2024, 3, 6), time(16, 0), "Europe/Paris")
    assert any("before office hours" in s for s in en(baku_morning))


def test_rule_39_the_courts_public_holidays_are_not_working_days(rules: RuleSet) -> None:
    paris = ZoneInfo("Europe/Paris")
    # Wednesday 24 December 2025 at 17:00: after the cut-off, so from Thursday 25 December
    # (Christmas), Friday 26 December (St Stephen's Day, a public holiday in Alsace), then
    # the weekend: dealt with on Monday 29 December.
    christmas = one(rules, "echr.rule39", datetime(2025, 12, 24, 17, 0, tzinfo=paris))
    assert christmas.due == datetime(2025, 12, 29, 16, 0, tzinfo=paris)
    assert ("Thu, 25 Dec 2025 is not a working day: public holiday in FR, "
            "“Christmas Day”") in en(christmas)
    # Saturday 27 December 2025 in the morning: Monday 29 December.
    saturday = one(rules, "echr.rule39", datetime(2025, 12, 27, 9, 0, tzinfo=paris))
    assert saturday.due == datetime(2025, 12, 29, 16, 0, tzinfo=paris)
    # Good Friday 29 March 2024 at 10:00: Easter Monday is a holiday too → Tuesday 2 April.
    easter = one(rules, "echr.rule39", datetime(2024, 3, 29, 10, 0, tzinfo=paris))
    assert easter.due == datetime(2024, 4, 2, 16, 0, tzinfo=paris)
    # Ascension Day, Thursday 9 May 2024 → Friday 10 May.
    ascension = one(rules, "echr.rule39", datetime(2024, 5, 9, 11, 0, tzinfo=paris))
    assert ascension.due == datetime(2024, 5, 10, 16, 0, tzinfo=paris)


# -- rolling against real holidays ----------------------------------------------------------

def test_az_next_working_day_past_a_moved_day_off_eid_and_a_weekend(rules: RuleSet) -> None:
    d = one(rules, "test.az.next", date(2023, 6, 7))  # a rule whose counting is verified
    assert d.due == date(2023, 7, 3)
    assert ("Tue, 27 Jun 2023 is not a working day: public holiday in AZ, "
            "“Day off (substituted from 24 Jun 2023)”") in en(d)  # the date as CLDR writes it
    assert en(d)[-1].startswith("fell on Tue, 27 Jun 2023 → rolled to the next working "
                                "day Mon, 3 Jul 2023 (also not working days: 28 Jun 2023: "
                                "public holiday in AZ, “Eid al-Adha”")


def test_az_saturday_made_a_working_day_is_a_working_day(rules: RuleSet) -> None:
    # 24 June 2023 was a working Saturday in Azerbaijan (its day off moved to 27 June).
    d = one(rules, "az.verdict.appeal", date(2023, 6, 4))
    assert d.due == date(2023, 6, 24)
    assert en(d)[-1] == ("Sat, 24 Jun 2023 is a working day "
                         "(a weekend day made a working day by decree)")


def test_az_sunday_made_a_working_day_is_a_working_day(rules: RuleSet) -> None:
    # 28-29 December 2024 were working days in Azerbaijan (days off moved to 30 December
    # and 3 January 2025 by the Cabinet of Ministers).
    d = one(rules, "test.az.next", date(2024, 12, 9))
    assert d.due == date(2024, 12, 29)
    assert "a weekend day made a working day by decree" in en(d)[-1]
    assert one(rules, "test.az.next", date(2024, 12, 10)).due == date(2025, 1, 6)


# -- never later when the way of counting is not verified -------------------------------------

def test_az_verdict_appeal_over_new_year_is_not_moved_later(rules: RuleSet) -> None:
    # 12 December 2024 + 20 days = Wednesday 1 January 2025, a public holiday; the next
    # working day would be Monday 6 January, but Art. 384's counting is not verified.
    d = one(rules, "az.verdict.appeal", date(2024, 12, 12))
    assert d.due == date(2025, 1, 1)
    assert en(d) == (
        "trigger Thu, 12 Dec 2024",
        "+20 days → 1 Jan 2025",
        "Wed, 1 Jan 2025 is not a working day: public holiday in AZ, “New Year's Day”",
        "not rolled: the code's rule on non-working days is not verified",
    )
    assert d.verified  # the period itself is verified: no caution line


def test_az_verdict_appeal_on_a_moved_day_off_stays(rules: RuleSet) -> None:
    assert one(rules, "az.verdict.appeal", date(2023, 6, 7)).due == date(2023, 6, 27)
    assert one(rules, "az.verdict.appeal", date(2024, 12, 10)).due == date(2024, 12, 30)


def test_az_cassation_clamped_to_a_saturday_stays(rules: RuleSet) -> None:
    d = one(rules, "az.cassation", date(2024, 10, 31))
    assert d.due == date(2024, 11, 30)  # November has no 31st; a Saturday, not rolled
    assert "clamped to the month's end" in en(d)[1]
    assert en(d)[-1] == "not rolled: the code's rule on non-working days is not verified"


def test_a_users_unverified_rule_asking_for_the_next_working_day_never_moves_later(
        rules: RuleSet) -> None:
    d = one(rules, "test.unverified.next", date(2024, 12, 12))
    assert d.due == date(2025, 1, 1)
    assert "not rolled: the code's rule on non-working days is not verified" in en(d)
    assert any("never moved later" in s for s in en(d))
    assert en(d)[-1] == "caution: this rule has not been verified against its source"
    # The same rule with the counting verified would roll: the engine decides, not the data.
    assert one(rules, "test.az.next", date(2024, 12, 12)).due == date(2025, 1, 6)


def test_a_verified_period_alone_does_not_allow_a_later_date(rules: RuleSet) -> None:
    baku = ZoneInfo("Asia/Baku")
    d = one(rules, "test.period.only", datetime(2024, 12, 12, 17, 30, tzinfo=baku))
    # After the 16:00 cut-off, yet counted from the same day; 1 January is not rolled.
    assert d.due == datetime(2025, 1, 1, 16, 0, tzinfo=baku)
    assert "17:30 is after the 16:00 cut-off, but counted from the same day" in en(d)[1]
    assert "not rolled: the code's rule on non-working days is not verified" in en(d)


def test_an_unverified_rule_may_still_move_earlier(rules: RuleSet) -> None:
    # Expiry 2 June 2024 − 5 days = Tuesday 28 May, Independence Day in Azerbaijan: the
    # unverified rule still moves it back to Monday 27 May (earlier is always allowed).
    assert one(rules, "az.detention.extension_request", date(2024, 6, 2)).due == date(2024, 5, 27)
    # Expiry 6 June 2024 − 5 days = Saturday 1 June → Friday 31 May.
    d = one(rules, "az.detention.extension_request", date(2024, 6, 6))
    assert d.due == date(2024, 5, 31)
    assert "rolled to the previous working day Fri, 31 May 2024" in en(d)[-2]


def test_az_previous_working_day_before_novruz(rules: RuleSet) -> None:
    # Expiry 28 March 2024 − 5 days = Saturday 23 March, inside the Novruz holidays (20-26).
    d = one(rules, "az.detention.extension_request", date(2024, 3, 28))
    assert d.due == date(2024, 3, 19)
    assert "rolled to the previous working day Tue, 19 Mar 2024" in en(d)[-2]
    assert en(d)[-1] == "caution: this rule has not been verified against its source"


def test_am_next_working_day_past_new_year(rules: RuleSet) -> None:
    d = one(rules, "test.am.next", date(2023, 11, 30))
    assert d.due == date(2024, 1, 3)  # Sat 30 Dec, New Year's Eve, 1-2 January skipped
    # The shipped Armenian appeal is unverified: Saturday 30 December stands.
    unverified = one(rules, "am.verdict.appeal", date(2023, 11, 30))
    assert unverified.due == date(2023, 12, 30)
    assert "not rolled: the code's rule on non-working days is not verified" in en(unverified)


def test_am_saturday_made_a_working_day_is_a_working_day(rules: RuleSet) -> None:
    # 1 February 2020 was a working Saturday in Armenia (day off moved to 27 January).
    assert one(rules, "am.verdict.appeal", date(2020, 1, 1)).due == date(2020, 2, 1)


def test_am_previous_working_day(rules: RuleSet) -> None:
    d = one(rules, "test.am.before", date(2024, 1, 4))
    assert d.due == date(2023, 12, 29)  # 1 January, New Year's Eve and a Saturday skipped


def test_am_working_days_backwards_count_the_working_saturday(rules: RuleSet) -> None:
    d = one(rules, "am.detention.extension_request", date(2020, 2, 5))
    assert d.due == date(2020, 1, 30)  # 4, 3, Saturday 1 February, 31 and 30 January
    assert "−5 working days → 30 Jan 2020" in en(d)[1]


def test_working_days_forward_skip_holidays(rules: RuleSet) -> None:
    d = one(rules, "generic.reply_expected", date(2024, 12, 20), working_days=3)
    assert d.due == date(2024, 12, 25)  # weekends only: Christmas is not a holiday here


def test_an_unverified_count_of_working_days_forward_is_counted_in_calendar_days(
        rules: RuleSet) -> None:
    """Never later when unsure: 3 working days from a Friday reach Wednesday, 3 calendar days
    Monday; a rule whose way of counting is unverified ends on Monday, on the fast path and
    on the full one, and says why (a count back, earlier either way, stays in working days:
    test_am_working_days_backwards_count_the_working_saturday)."""
    d = one(rules, "test.working.unverified", date(2024, 12, 20))
    assert d.due == date(2024, 12, 23)
    full = one(rules, "test.working.unverified", datetime(2024, 12, 20, 13, 0, tzinfo=UTC))
    assert full.due == date(2024, 12, 23)
    assert en(d)[1] == ("+3 working days → 23 Dec 2024 (counted in calendar days: the rule "
                        "file asks for working days, but a date is never moved later while "
                        "the rule's way of counting is unverified)")


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
    assert en(d) == ("trigger Sat, 30 Mar 2024 10:00 Asia/Baku (given as 30 Mar 2024 06:00 UTC)",
                     "+48 hours → 1 Apr 2024 10:00 Asia/Baku",
                     "caution: this rule has not been verified against its source")


def test_72_hours_in_armenia_from_the_hour_of_deprivation_of_liberty(rules: RuleSet) -> None:
    # Deprived of liberty on Friday 22 March 2024 at 23:15 in Yerevan (19:15 UTC).
    d = one(rules, "am.arrest.bring_before_judge", datetime(2024, 3, 22, 19, 15, tzinfo=UTC))
    assert d.due == datetime(2024, 3, 25, 23, 15, tzinfo=ZoneInfo("Asia/Yerevan"))
    assert d.verified and en(d)[-1] == "+72 hours → 25 Mar 2024 23:15 Asia/Yerevan"


def test_hours_across_a_clock_change_are_real_hours(rules: RuleSet) -> None:
    d = one(rules, "test.paris.48h", datetime(2024, 3, 30, 10, 0))  # naive: Paris time
    assert d.due == datetime(2024, 4, 1, 11, 0, tzinfo=ZoneInfo("Europe/Paris"))
    assert d.due.astimezone(UTC) - d.trigger.astimezone(UTC) == timedelta(hours=48)
    assert "taken as Europe/Paris time" in en(d)[0]
    assert "the clocks changed in between" in en(d)[1]


def test_hours_need_a_time(rules: RuleSet) -> None:
    with pytest.raises(ValidationError, match="counts hours: give the date and time"):
        compute(rules, "az.arrest.bring_before_judge", date(2024, 3, 30))


# -- negative offsets -------------------------------------------------------------------------

def test_three_weeks_before_a_pow_trial(rules: RuleSet) -> None:
    trial = date(2024, 6, 3)
    notice, counsel = one(rules, "geneva.pow_trial.notice", trial), one(
        rules, "geneva.pow_trial.counsel", trial)
    assert (notice.due, counsel.due) == (date(2024, 5, 13), date(2024, 5, 20))
    assert en(notice)[1] == "−3 weeks → 13 May 2024"


def test_five_days_before_expiry(rules: RuleSet) -> None:
    d = one(rules, "az.detention.extension_request", date(2024, 5, 20))
    assert d.due == date(2024, 5, 15) and en(d)[1] == "−5 days → 15 May 2024"


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
    assert en(request)[:3] == ("set off by the deadline of rule az.detention.expiry",
                               "trigger Thu, 29 Feb 2024", "−5 days → 24 Feb 2024")
    assert "rolled to the previous working day Fri, 23 Feb 2024" in en(request)[4]
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
    with pytest.raises(ValidationError, match="must be a whole number written with the digits "
                                              "0 to 9, not “four”"):
        compute(rules, "az.detention.expiry", date(2024, 1, 1), {"term_months": "four"})
    # 13 November 2024 was a day off in Azerbaijan (moved from Saturday 23 November); the
    # period is unverified, so it is not moved to the 14th.
    assert one(rules, "az.detention.appeal", date(2024, 11, 10), appeal_days="3").due == date(
        2024, 11, 13)
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
    assert past.reminders == () and en(past)[-1] == (
        "this date has already passed (today is 1 Jun 2024)")


# -- the corrected rules, by hand ---------------------------------------------------------------

def test_un_hrc_six_months_from_the_transmission_clamped(rules: RuleSet) -> None:
    d = one(rules, "un.hrc.state_reply", date(2024, 8, 31))
    assert d.due == date(2025, 2, 28)  # February 2025 has no 31st; a Friday


def test_echr_communication_gives_only_the_friendly_settlement_reminder(rules: RuleSet) -> None:
    d = one(rules, "echr.communication.friendly_settlement", date(2026, 11, 2))
    assert d.due == date(2027, 1, 25)  # + 12 weeks
    with pytest.raises(ValidationError, match="Time limit set in the Court's letter"):
        compute(rules, "echr.communication.government_observations", date(2026, 11, 2))
    assert one(rules, "echr.communication.government_observations", date(2026, 11, 2),
               weeks=14).due == date(2027, 2, 8)


def test_geneva_capture_card_and_trial_notice(rules: RuleSet) -> None:
    # Arrival at a transit camp on Saturday 28 December 2024: a week at most, no day off moves it.
    assert one(rules, "geneva.capture_card", date(2024, 12, 28)).due == date(2025, 1, 4)
    # Trial opening Monday 13 January 2025: the notice must have been received by 23 December.
    assert one(rules, "geneva.pow_trial.notice", date(2025, 1, 13)).due == date(2024, 12, 23)


# -- absurd values at compute time ------------------------------------------------------------

def test_a_trigger_at_the_ends_of_the_calendar_is_one_clear_error(rules: RuleSet) -> None:
    with pytest.raises(ValidationError, match="outside the years 1900 to 2199"):
        compute(rules, "az.verdict.appeal", date(9999, 12, 20))
    with pytest.raises(ValidationError, match="outside the years 1900 to 2199"):
        compute(rules, "az.detention.extension_request", date(1, 1, 2))
    with pytest.raises(ValidationError, match="outside the years 1900 to 2199"):
        compute(rules, "echr.application", "9999-12-31T23:59+14:00")
    # The last year inside the range still computes.
    assert one(rules, "echr.application", date(2199, 1, 10)).due == date(2199, 5, 10)


def test_an_absurd_parameter_is_refused(rules: RuleSet) -> None:
    with pytest.raises(ValidationError, match="cannot be more than 36600") as absurd:
        compute(rules, "az.detention.appeal", date(2024, 1, 1), {"appeal_days": 10**12})
    # the unit in the reader's language, not the rule file's key
    assert absurd.value.message.render("ru").endswith("36600 (календарных дней).")
    with pytest.raises(ValidationError, match=r"\(term_months\) cannot be negative"):
        compute(rules, "az.detention.expiry", date(2024, 1, 1), {"term_months": -10**9})


@pytest.mark.parametrize(("rule_id", "params", "words", "field"), [
    # a term of nothing, or counted backwards
    ("az.detention.expiry", {"term_months": 0}, "needs a term of more than 0: term_months, "
     "term_days are all 0", "term_months"),
    ("az.detention.expiry", {"term_months": "0", "term_days": "0"}, "are all 0", "term_months"),
    ("az.detention.expiry", {"term_months": -4}, "(term_months) cannot be negative (“-4”)",
     "term_months"),
    ("az.detention.expiry", {"term_months": 4, "term_days": "-3"},
     "(term_days) cannot be negative (“-3”)", "term_days"),
    ("echr.delivery.time_limit", {"weeks": -2}, "(weeks) cannot be negative", "weeks"),
    ("echr.delivery.time_limit", {"weeks": 0}, "(weeks) must be more than 0: a term of 0 "
     "gives the trigger day itself", "weeks"),
    ("az.detention.appeal", {"appeal_days": "-1"}, "(appeal_days) cannot be negative",
     "appeal_days"),
    ("generic.reply_expected", {"working_days": -36600}, "(working_days) cannot be negative",
     "working_days"),
    # digits Python's int() reads, but no person types
    ("az.detention.expiry", {"term_months": "4_0"}, "(term_months) must be a whole number "
     "written with the digits 0 to 9, not “4_0”", "term_months"),
    ("az.detention.expiry", {"term_months": "\u0664"}, "digits 0 to 9, not “\u0664”",
     "term_months"),
    ("az.detention.expiry", {"term_months": "\uff14"}, "digits 0 to 9", "term_months"),
    ("az.detention.expiry", {"term_months": True}, "digits 0 to 9", "term_months"),
])
def test_a_term_that_counts_nothing_or_backwards_is_refused(
        rules: RuleSet, rule_id: str, params: dict, words: str, field: str) -> None:
    with pytest.raises(ValidationError) as refused:
        compute(rules, rule_id, date(2024, 1, 1), params)
    assert words in refused.value.message.render("en") and refused.value.field == field
    assert "\n" not in refused.value.message.render("en")


def test_a_zero_part_of_a_term_is_fine_when_the_other_is_not(rules: RuleSet) -> None:
    assert one(rules, "az.detention.expiry", date(2024, 1, 1), term_months=0,
               term_days="45").due == date(2024, 2, 15)
    assert one(rules, "az.detention.expiry", date(2024, 1, 1), term_months="4").due == date(
        2024, 5, 1)


@pytest.mark.parametrize(("rule_id", "trigger", "params", "due"), [
    ("az.detention.expiry", date(2199, 12, 31), {"term_months": 4}, "2200-04-30"),
    ("geneva.pow_trial.notice", date(1900, 1, 1), {}, "1899-12-11"),  # 3 weeks before
    ("generic.reply_expected", date(2199, 12, 20), {"working_days": 100}, "2200-05-"),
])
def test_a_due_date_outside_the_years_computed_is_refused(
        rules: RuleSet, rule_id: str, trigger: date, params: dict, due: str) -> None:
    with pytest.raises(ValidationError, match=f"gives {due}.*outside the years 1900 to 2199"):
        compute(rules, rule_id, trigger, params)


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
    mine = Stored("az.verdict.appeal", "2", date(2024, 5, 20), trigger_date=date(2024, 5, 2),
                  overridden=True)
    [change] = recompute([mine], fresh)
    assert change.kind is ChangeKind.KEEP and change.existing is mine
    # the dates as CLDR writes them in English, kept together by no-break spaces
    assert change.why.render("en") == (
        "You set this date by hand (20\u00a0May\u00a02024); the rule now gives "
        "23\u00a0May\u00a02024. Your date is kept: check which is right.")
    # and in Russian, whose day.month.year the reason takes even before it is translated
    assert "(20.05.2024)" in change.why.render("ru") and "23.05.2024" in change.why.render("ru")
    same = Stored("az.verdict.appeal", "2", date(2024, 5, 23), overridden=True)
    assert recompute([same], fresh) == []


def test_recompute_updates_when_the_trigger_or_the_rule_changes(rules: RuleSet) -> None:
    fresh = compute(rules, "az.verdict.appeal", date(2024, 5, 3))
    moved = Stored("az.verdict.appeal", "2", date(2024, 5, 22), trigger_date=date(2024, 5, 2))
    [change] = recompute([moved], fresh)
    assert change.kind is ChangeKind.UPDATE and change.fresh is fresh[0]
    assert change.why.render("en") == (
        "Due date 22\u00a0May\u00a02024 → 23\u00a0May\u00a02024: the trigger date changed "
        "from 2\u00a0May\u00a02024 to 3\u00a0May\u00a02024.")
    old_rule = Stored("az.verdict.appeal", "1", date(2024, 5, 23), trigger_date=date(2024, 5, 3))
    [change] = recompute([old_rule], fresh)
    assert change.kind is ChangeKind.UPDATE
    assert "rule az.verdict.appeal changed from version 1 to 2" in change.reason
    same = Stored("az.verdict.appeal", "2", date(2024, 5, 23), trigger_date=date(2024, 5, 3))
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
        rule_version="2", trigger_kind="rule39_request", trigger_uid="t1",
        trigger_date=date(2024, 3, 1), due_on=date(2024, 3, 4), due_time=time(16, 0),
        timezone="Europe/Paris", status=DeadlineStatus.OPEN, overridden=False,
        explanation=fresh[0].steps, status_reason="", notes="")
    assert recompute([dto], fresh) == []
    edited = DeadlineDTO(**{**dto.__dict__, "due_time": time(12, 0), "overridden": True})
    [change] = recompute([edited], fresh)
    assert change.kind is ChangeKind.KEEP
    assert "(4\u00a0Mar\u00a02024 12:00 Europe/Paris)" in change.why.render("en")


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
    if roll is Roll.NEXT_WORKING_DAY and due in official:  # never later when unsure: a
        # holiday the package only estimates may be a working day, counted forward to
        assert all("estimated" in part for part in official[due].split(";")), official[due]
    else:
        assert due not in official
    assert due.weekday() < 5 or due in official.weekend_workdays  # a working Saturday


@pytest.fixture(scope="module")
def prop_folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("generated-rules")


_GENERATED: dict[tuple, RuleSet] = {}


def _generated_rule_set(root: Path, country: str | None, roll: Roll, unit: Unit,
                        amount: int, flags: tuple[bool, bool] = (True, True)) -> RuleSet:
    """A one-rule set with the given calendar, roll and offset, and (verified,
    counting_verified) flags (built once per combination)."""
    key = (root, country, roll, unit, amount, flags)
    if key not in _GENERATED:
        folder = root / f"{country}-{roll.value}-{unit.value}-{amount}-{flags[0]}-{flags[1]}"
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
verified = {str(flags[0]).lower()}
counting_verified = {str(flags[1]).lower()}
""", encoding="utf-8")
        _GENERATED[key] = load_rules(folder, shipped=False)
    return _GENERATED[key]


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(country=st.sampled_from(["AZ", "AM", None]), trigger=DATES,
       unit=st.sampled_from([Unit.CALENDAR_DAYS, Unit.WEEKS, Unit.MONTHS]),
       amount=st.integers(min_value=-60, max_value=60),
       flags=st.sampled_from([(False, False), (True, False), (False, True)]))
def test_an_unverified_rule_is_never_later_than_the_plain_computation(
        prop_folder: Path, country: str | None, trigger: date, unit: Unit, amount: int,
        flags: tuple[bool, bool]) -> None:
    rule_set = _generated_rule_set(prop_folder, country, Roll.NEXT_WORKING_DAY, unit, amount,
                                   flags)
    plain = {Unit.CALENDAR_DAYS: lambda: trigger + timedelta(days=amount),
             Unit.WEEKS: lambda: trigger + timedelta(weeks=amount),
             Unit.MONTHS: lambda: trigger + relativedelta(months=amount)}[unit]()
    assert compute(rule_set, "prop.rule", trigger)[0].due == plain


@pytest.mark.parametrize(("trigger", "months", "days", "due", "first"), [
    (date(2026, 1, 29), 1, 1, date(2026, 2, 28), "days"),  # months first: 1 March
    (date(2026, 1, 25), 1, 5, date(2026, 2, 28), "days"),  # months first: 2 March
    (date(2027, 2, 20), 2, 10, date(2027, 4, 30), None),  # days first: 2 May
    (date(2026, 2, 28), 1, 1, date(2026, 3, 29), None),  # days first: 1 April
])
def test_a_detention_term_of_months_and_days_never_ends_on_the_later_count(
        rules: RuleSet, trigger: date, months: int, days: int, due: date,
        first: str | None) -> None:
    """The rule adds the months, then the days; the days first can end earlier (at a
    month's end). The order is not verified: the earlier day, on the fast path and the
    full one, and the steps say so."""
    d = one(rules, "az.detention.expiry", trigger, term_months=months, term_days=days)
    full = one(rules, "az.detention.expiry",
               datetime(trigger.year, trigger.month, trigger.day, 9, 0, tzinfo=UTC),
               term_months=months, term_days=days)
    assert d.due == due and full.due == due
    said = " ".join(en(d))
    assert ("days added before the months" in said) is (first == "days")
