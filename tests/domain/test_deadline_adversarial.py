"""Every shipped rule against a computation written here, independently of the engine: the
months with dateutil's relativedelta (a day past a month's end clamped to it), the days with
timedelta, the working days with the holidays package read directly (its weekends, its
public holidays and the Saturdays made working days by decree). Triggers on every day of
several years (month ends, 29 February, the days around Novruz, the Bayrams that move each
year, New Year in Azerbaijan and the Armenian holidays), moments at 23:59 and 00:00 in Baku
typed from Yerevan, Paris, New York and Auckland, across clock changes. No date the engine
gives may be later than the independent one, and for the rules whose counting is verified
none may differ."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import UTC, date, datetime, time, timedelta
from functools import cache
from zoneinfo import ZoneInfo

import holidays
import pytest
from dateutil.relativedelta import relativedelta

from caseapp.domain.deadlines import compute
from caseapp.domain.rule_files import load_rules

RULES = load_rules()
BAKU, YEREVAN, PARIS = ZoneInfo("Asia/Baku"), ZoneInfo("Asia/Yerevan"), ZoneInfo("Europe/Paris")
TYPED_IN = [ZoneInfo(z) for z in ("Asia/Yerevan", "Europe/Paris", "America/New_York",
                                  "Pacific/Auckland", "Asia/Baku")]


def days(first: date, last: date) -> Iterator[date]:
    day = first
    while day <= last:
        yield day
        day += timedelta(days=1)


# Every day from 2019 to 2027: every month end, 29 Feb 2020 and 2024, eight Novruz and
# Bayram runs, the New Year days.
EVERY_DAY = list(days(date(2019, 1, 1), date(2027, 12, 31)))
# One day in five of the same years (for the slower chains), month ends always.
SOME_DAYS = [d for d in EVERY_DAY if d.toordinal() % 5 == 0 or (d + timedelta(days=1)).day == 1]


@cache
def _country(country: str, subdivision: str | None, year: int) -> holidays.HolidayBase:
    return holidays.country_holidays(country, subdiv=subdivision, years=range(year - 1, year + 2))


def working(country: str | None, day: date, subdivision: str | None = None) -> bool:
    if country is None:
        return day.weekday() < 5
    cal = _country(country, subdivision, day.year)
    if day in cal:
        return False
    return day.weekday() < 5 or day in getattr(cal, "weekend_workdays", ())


def near_estimated(country: str, day: date) -> bool:
    """Whether a holiday the package only estimates ("Eid al-Fitr (estimated)") falls on
    ``day`` or the day before or after: it may really fall a day earlier or later."""
    cal = holidays.country_holidays(country, years=range(day.year - 1, day.year + 2),
                                    language="en_US")
    return any("estimated" in cal.get(day + timedelta(days=n), "") for n in (-1, 0, 1))


def previous_working(country: str, day: date) -> date:
    """The previous working day, one next to an estimated holiday not counting as one (never
    later when unsure)."""
    while not working(country, day) or near_estimated(country, day):
        day -= timedelta(days=1)
    return day


def next_working(country: str | None, day: date, subdivision: str | None = None) -> date:
    while not working(country, day, subdivision):
        day += timedelta(days=1)
    return day


def months(day: date, n: int) -> date:
    return day + relativedelta(months=n)


def due(rule_id: str, trigger: date | datetime, **params: int) -> date | datetime:
    found = [d for d in compute(RULES, rule_id, trigger, params or None) if d.rule_id == rule_id]
    assert len(found) == 1, rule_id
    return found[0].due


def due_day(rule_id: str, trigger: date | datetime, **params: int) -> date:
    d = due(rule_id, trigger, **params)
    return d.date() if isinstance(d, datetime) else d


# The plain rules counted from a day: (rule, parameters, the independent count).
PLAIN: list[tuple[str, dict[str, int], Callable[[date], date]]] = [
    ("az.verdict.appeal", {}, lambda d: d + timedelta(days=20)),
    ("az.cassation", {}, lambda d: months(d, 1)),
    ("az.detention.appeal", {"appeal_days": 3}, lambda d: d + timedelta(days=3)),
    ("am.verdict.appeal", {}, lambda d: months(d, 1)),  # unverified: never rolled forward
    ("am.detention.appeal", {"appeal_days": 7}, lambda d: d + timedelta(days=7)),
    ("echr.application", {}, lambda d: months(d, 4 if d >= date(2022, 2, 1) else 6)),
    ("echr.communication.friendly_settlement", {}, lambda d: d + timedelta(weeks=12)),
    ("echr.communication.government_observations", {"weeks": 16},
     lambda d: d + timedelta(weeks=16)),
    ("echr.delivery.time_limit", {"weeks": 6}, lambda d: d + timedelta(weeks=6)),
    ("echr.ecomms.download", {}, lambda d: months(d, 12)),
    ("echr.judgment.referral", {}, lambda d: months(d, 3)),  # Art. 43 § 1, never rolled
    ("echr.judgment.final", {}, lambda d: months(d, 3)),  # Art. 44 § 2 (b), a reminder
    ("echr.rule39_site.download", {}, lambda d: months(d, 3)),
    ("generic.proof_of_life_check", {"days": 30}, lambda d: d + timedelta(days=30)),
    ("generic.follow_up", {"days": 14}, lambda d: next_working(None, d + timedelta(days=14))),
    ("geneva.capture_card", {}, lambda d: d + timedelta(days=7)),
    ("geneva.pow_trial.notice", {}, lambda d: d - timedelta(weeks=3)),
    ("geneva.pow_trial.counsel", {}, lambda d: d - timedelta(weeks=2)),
    ("un.hrc.state_reply", {}, lambda d: months(d, 6)),
    ("un.wgad.government_reply", {}, lambda d: d + timedelta(days=60)),
]


@pytest.mark.parametrize(("rule_id", "params", "expected"), PLAIN, ids=[p[0] for p in PLAIN])
def test_each_plain_rule_on_every_day(rule_id: str, params: dict[str, int],
                                      expected: Callable[[date], date]) -> None:
    wrong = [(d, due_day(rule_id, d, **params), expected(d)) for d in EVERY_DAY
             if due_day(rule_id, d, **params) != expected(d)]
    assert wrong == []


def test_every_shipped_rule_is_checked_here() -> None:
    counted_here = {p[0] for p in PLAIN} | {
        "echr.application.6m", "echr.rule39", "az.detention.expiry",
        "az.detention.extension_request", "az.detention.extension_upstream_10",
        "az.detention.extension_upstream_7", "am.detention.extension_request",
        "generic.reply_expected", "az.arrest.bring_before_judge", "am.arrest.bring_before_judge",
        "az.court.decides_detention_motion"}
    assert {r.id for r in RULES} <= counted_here


def am_back_working_days(day: date, n: int) -> date:
    while n:
        day -= timedelta(days=1)
        if working("AM", day):
            n -= 1
    return previous_working("AM", day)


def test_the_armenian_extension_motion_counts_five_working_days_back() -> None:
    wrong = [(d, got, want) for d in EVERY_DAY
             if (got := due_day("am.detention.extension_request", d))
             != (want := am_back_working_days(d, 5))]
    assert wrong == []


def test_a_reply_expected_in_working_days_is_never_later_than_the_weekdays_count() -> None:
    def forward(day: date, n: int) -> date:
        while n:
            day += timedelta(days=1)
            if day.weekday() < 5:
                n -= 1
        return day

    wrong = [(d, got, want) for d in EVERY_DAY
             if (got := due_day("generic.reply_expected", d, working_days=10))
             > (want := forward(d, 10))]
    assert wrong == []


@pytest.mark.parametrize(("term_months", "term_days"), [(4, 0), (2, 0), (3, 0), (1, 0), (5, 0),
                                                        (4, 10), (0, 30), (6, 15)])
def test_an_order_and_its_extension_steps_on_every_other_day(term_months: int,
                                                             term_days: int) -> None:
    """An order extended some months (and days) at a time: its expiry and the three steps
    before it (−10, −7, −5 rolled back to the previous working day in Azerbaijan)."""
    wrong = []
    for start in SOME_DAYS:
        found = {d.rule_id: d.due_on for d in compute(
            RULES, "az.detention.expiry", start,
            {"term_months": term_months, "term_days": term_days})}
        months_first = months(start, term_months) + timedelta(days=term_days)
        days_first = months(start + timedelta(days=term_days), term_months)
        expiry = min(months_first, days_first)  # never later when unsure which comes first
        want = {"az.detention.expiry": expiry,
                "az.detention.extension_upstream_10": expiry - timedelta(days=10),
                "az.detention.extension_upstream_7": expiry - timedelta(days=7),
                "az.detention.extension_request": previous_working(
                    "AZ", expiry - timedelta(days=5))}
        if found != want:
            wrong.append((start, found, want))
    assert wrong == []


def test_successive_four_month_extensions_chain_on_the_stated_expiry() -> None:
    """An order of four months extended four months at a time from each expiry: every
    expiry is the last one plus four months, clamped (31 Oct → 28/29 Feb → 29 Jun)."""
    start = date(2023, 10, 31)
    for _ in range(9):
        expiry = due_day("az.detention.expiry", start, term_months=4)
        assert expiry == months(start, 4)
        start = expiry


def test_the_echr_limit_changes_on_1_february_2022() -> None:
    assert due_day("echr.application", date(2022, 1, 31)) == date(2022, 7, 31)
    assert due_day("echr.application", date(2022, 2, 1)) == date(2022, 6, 1)
    assert due_day("echr.application.6m", date(2021, 8, 31)) == date(2022, 2, 28)
    assert due_day("echr.application", date(2023, 10, 31)) == date(2024, 2, 29)


def rule39_expected(moment: datetime) -> datetime:
    """Received at ``moment``: dealt with on that day in Strasbourg if it is a working day
    and it came by 16:00, else the next working day (weekends, French and Alsatian public
    holidays), by 16:00."""
    local = moment.astimezone(PARIS)
    day = local.date() + timedelta(days=1) if local.time() > time(16, 0) else local.date()
    return datetime.combine(next_working("FR", day, "6AE"), time(16, 0), PARIS)


def test_rule39_on_every_day_at_hours_around_the_cut_off() -> None:
    wrong = []
    for day in SOME_DAYS:
        for at in (time(0, 0), time(7, 59), time(15, 59), time(16, 0), time(16, 1),
                   time(23, 59)):
            moment = datetime.combine(day, at, PARIS)
            got = due("echr.rule39", moment)
            if got != rule39_expected(moment) or got.utcoffset() != rule39_expected(
                    moment).utcoffset():
                wrong.append((moment, got, rule39_expected(moment)))
    assert wrong == []


HOURS = [("az.arrest.bring_before_judge", 48, BAKU), ("am.arrest.bring_before_judge", 72, YEREVAN),
         ("az.court.decides_detention_motion", 24, BAKU)]


@pytest.mark.parametrize(("rule_id", "hours", "zone"), HOURS, ids=[h[0] for h in HOURS])
def test_hours_are_real_elapsed_hours_from_any_zone(rule_id: str, hours: int,
                                                    zone: ZoneInfo) -> None:
    """Across the clock changes of Paris, New York and Auckland (and Armenia's and
    Azerbaijan's until 2011 and 2016): the due moment is the trigger plus the hours of real
    time, shown on the court's clock."""
    wrong = []
    for day in [*days(date(2011, 3, 20), date(2011, 4, 5)),
                *days(date(2015, 10, 20), date(2015, 11, 5)),
                *days(date(2024, 3, 25), date(2024, 4, 10)),
                *days(date(2024, 10, 22), date(2024, 11, 8)), *SOME_DAYS[::7]]:
        for typed in TYPED_IN:
            for at in (time(0, 0), time(1, 30), time(2, 30), time(23, 59)):
                moment = datetime.combine(day, at, typed)
                got = due(rule_id, moment)
                assert isinstance(got, datetime)
                if got.astimezone(UTC) != moment.astimezone(UTC) + timedelta(hours=hours) or \
                        got.utcoffset() != got.astimezone(zone).utcoffset():
                    wrong.append((moment, got))
    assert wrong == []


# The day-counted rules of a country of one zone: counted from the earlier of the day typed
# and the day in that zone; of no country: the earlier of the day typed and the day at UTC−12.
COURT_DAY = [("az.verdict.appeal", BAKU, lambda d: d + timedelta(days=20)),
             ("az.cassation", BAKU, lambda d: months(d, 1)),
             ("am.verdict.appeal", YEREVAN, lambda d: months(d, 1)),
             ("echr.application", None, lambda d: months(d, 4)),
             ("geneva.capture_card", None, lambda d: d + timedelta(days=7)),
             ("un.wgad.government_reply", None, lambda d: d + timedelta(days=60))]


@pytest.mark.parametrize(("rule_id", "court", "expected"), COURT_DAY,
                         ids=[c[0] for c in COURT_DAY])
def test_a_moment_at_midnight_in_baku_typed_anywhere(rule_id: str, court: ZoneInfo | None,
                                                     expected: Callable[[date], date]) -> None:
    earliest = ZoneInfo("Etc/GMT+12")  # UTC−12 (POSIX signs are inverted)
    wrong = []
    for day in [*SOME_DAYS[SOME_DAYS.index(date(2022, 3, 1)):][::3],
                *days(date(2024, 3, 28), date(2024, 4, 2)),
                *days(date(2024, 10, 25), date(2024, 10, 29))]:
        for at in (time(23, 59), time(0, 0)):
            instant = datetime.combine(day, at, BAKU)
            for typed in TYPED_IN:
                moment = instant.astimezone(typed)
                start = min(moment.date(), instant.astimezone(court or earliest).date())
                if (got := due_day(rule_id, moment)) != expected(start):
                    wrong.append((moment, got, expected(start)))
    assert wrong == []


DAY_RULES = [(r.id, {p.name: (p.default if p.default is not None else 7)
                     for p in r.parameters})
             for r in RULES if not r.counts_hours and r.timezone is None]


@pytest.mark.parametrize(("rule_id", "params"), DAY_RULES, ids=[r[0] for r in DAY_RULES])
def test_the_fast_path_and_the_full_path_give_the_same_day(rule_id: str,
                                                           params: dict[str, int]) -> None:
    """A day counts on the fast path (plans), a moment on the full one: the same day at noon
    UTC (that day everywhere from UTC−12 to UTC+11) gives the same due day. (At noon UTC on
    31 January 2022 it was already 1 February at UTC+14: a moment then gets the four
    months of a decision of 1 February, test_the_echr_limit_around_1_february_2022…)"""
    wrong = [(d, fast, full) for d in SOME_DAYS if d != date(2022, 1, 31)
             if (fast := due_day(rule_id, d, **params))
             != (full := due_day(rule_id, datetime.combine(d, time(12, 0), UTC), **params))]
    assert wrong == []


def test_the_echr_limit_around_1_february_2022_from_any_zone() -> None:
    """Every half hour from 30 January to 2 February 2022, typed in five zones: the limit is
    never later than the earliest of the limits of the days that moment fell on anywhere
    (six months for a decision up to 31 January, four from 1 February)."""
    earliest, latest = ZoneInfo("Etc/GMT+12"), ZoneInfo("Etc/GMT-14")
    wrong = []
    instant = datetime(2022, 1, 30, 0, 0, tzinfo=UTC)
    while instant < datetime(2022, 2, 3, tzinfo=UTC):
        first, last = instant.astimezone(earliest).date(), instant.astimezone(latest).date()
        want = min(months(d, 4 if d >= date(2022, 2, 1) else 6)
                   for d in days(first, last))
        for typed in TYPED_IN:
            if (got := due_day("echr.application", instant.astimezone(typed))) != want:
                wrong.append((instant.astimezone(typed), got, want))
        instant += timedelta(minutes=30)
    assert wrong == []
