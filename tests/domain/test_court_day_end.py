"""A whole-day deadline of a court whose zone is known (an Azerbaijani appeal due on
10 December, the court sitting in Baku) is due by the end of that day in Baku: overdue once
the day has ended there or here, whichever comes first. A lawyer in Paris saw it "due today"
until her own midnight, three hours after the day had ended in Baku; in New York, nine."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from caseapp.domain.court_zones import court_zone
from caseapp.domain.dates import deadline_overdue, due_day_here, due_order, open_day_here
from caseapp.domain.rule_files import load_rules

DUE = date(2026, 12, 10)
BAKU = "Asia/Baku"
END_IN_BAKU = datetime(2026, 12, 10, 20, 0, tzinfo=ZoneInfo("UTC"))  # 24:00 in Baku (UTC+4)


def _overdue(at: datetime, zone: str = BAKU, due: date = DUE) -> bool:
    here = at.tzinfo
    return deadline_overdue(due, None, zone, today=at.date(), now=at, here=here)


@pytest.mark.parametrize("laptop", ["Europe/Paris", "America/New_York", "Pacific/Pago_Pago"])
def test_west_of_the_court_it_is_overdue_when_the_day_ends_in_baku(laptop: str) -> None:
    here = ZoneInfo(laptop)
    before, at = (END_IN_BAKU - timedelta(seconds=1)).astimezone(here), END_IN_BAKU.astimezone(here)
    assert before.date() == at.date() == DUE  # still the 10th on the lawyer's own clock
    assert not _overdue(before)
    assert _overdue(at)
    assert due_day_here(DUE, None, BAKU, here) == DUE  # "today" until then, not "tomorrow"


def test_paris_at_22_is_overdue_at_20_not_yet() -> None:
    paris = ZoneInfo("Europe/Paris")
    assert not _overdue(datetime(2026, 12, 10, 20, 59, tzinfo=paris))
    assert _overdue(datetime(2026, 12, 10, 21, 0, tzinfo=paris))
    assert _overdue(datetime(2026, 12, 10, 22, 0, tzinfo=paris))
    # the lawyer's own follow-up (no zone) that day is still due today at 22:00
    assert not deadline_overdue(DUE, None, "", today=DUE,
                                now=datetime(2026, 12, 10, 22, 0, tzinfo=paris), here=paris)


@pytest.mark.parametrize("laptop", ["Asia/Baku", "Asia/Tokyo", "Pacific/Kiritimati"])
def test_east_of_the_court_the_lawyers_own_midnight_comes_first(laptop: str) -> None:
    here = ZoneInfo(laptop)
    last = datetime(2026, 12, 10, 23, 59, 59, tzinfo=here)
    assert last < END_IN_BAKU and not _overdue(last)  # nothing changes east of the court
    assert _overdue(datetime(2026, 12, 11, 0, 0, tzinfo=here))
    assert due_day_here(DUE, None, BAKU, here) == DUE  # never a day after its own


def test_summer_time_in_new_york_moves_the_hour_here_not_the_end_in_baku() -> None:
    """Baku keeps UTC+4 all year; New York goes from UTC−4 to UTC−5 on 1 November 2026: the
    end of the day in Baku is 16:00 there before the change, 15:00 after."""
    ny = ZoneInfo("America/New_York")
    for due, hour in ((date(2026, 10, 30), 16), (date(2026, 11, 2), 15)):
        assert not _overdue(datetime.combine(due, datetime.min.time(), ny)
                            .replace(hour=hour - 1, minute=59), due=due)
        assert _overdue(datetime.combine(due, datetime.min.time(), ny).replace(hour=hour),
                        due=due)


def test_summer_time_at_the_court_ends_its_day_at_its_own_midnight() -> None:
    """A court in Paris (summer time ends on 25 October 2026): its day ends at 23:00 UTC in
    winter, at 22:00 UTC on a summer day; seen from New York, 18:00 then 17:00."""
    ny = ZoneInfo("America/New_York")
    assert _overdue(datetime(2026, 10, 20, 18, 0, tzinfo=ny), "Europe/Paris", date(2026, 10, 20))
    assert not _overdue(datetime(2026, 10, 26, 18, 59, tzinfo=ny), "Europe/Paris",
                        date(2026, 10, 26))
    assert _overdue(datetime(2026, 10, 26, 19, 0, tzinfo=ny), "Europe/Paris", date(2026, 10, 26))


def test_no_zone_or_a_zone_not_known_keeps_the_lawyers_midnight() -> None:
    ny = ZoneInfo("America/New_York")
    evening = datetime(2026, 12, 10, 23, 0, tzinfo=ny)
    for zone in ("", "Not/AZone"):
        assert not _overdue(evening, zone)
    assert _overdue(datetime(2026, 12, 11, 0, 0, tzinfo=ny), "")


def test_it_is_sorted_by_the_end_of_its_day_among_the_hours_of_that_day() -> None:
    at_23_paris = due_order(DUE, datetime(2000, 1, 1, 23).time(), "Europe/Paris")
    at_16_paris = due_order(DUE, datetime(2000, 1, 1, 16).time(), "Europe/Paris")
    whole_baku = due_order(DUE, None, BAKU)
    own = due_order(DUE, None, "")
    assert sorted([own, at_23_paris, whole_baku, at_16_paris]) == [
        at_16_paris, whole_baku, at_23_paris, own]


def test_once_overdue_it_counts_from_its_own_day() -> None:
    assert open_day_here(DUE, None, BAKU, today=DUE, overdue=True) == DUE
    assert open_day_here(DUE, None, BAKU, today=DUE + timedelta(days=1), overdue=True) == DUE


def test_the_courts_zone_of_the_shipped_rules() -> None:
    rules = list(load_rules())
    zones = {r.calendar.country: court_zone(r) for r in rules if r.calendar.country}
    assert zones["AZ"] == "Asia/Baku" and zones["AM"] == "Asia/Yerevan"
    no_country = [r for r in rules if not r.calendar.country and not r.timezone]
    assert no_country and all(court_zone(r) == "" for r in no_country)
