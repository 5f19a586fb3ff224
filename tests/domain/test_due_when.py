"""When an open deadline falls due, as one state the Deadlines view and the command line
both word (:func:`caseapp.domain.due_when.due_when`): read on a laptop in Paris."""

from __future__ import annotations

from datetime import UTC, date, datetime, time

import pytest

from caseapp.domain.dates import deadline_overdue
from caseapp.domain.due_when import DueState, due_when

DAY = date(2026, 11, 27)


pytestmark = pytest.mark.usefixtures("in_paris")  # (tests/conftest.py)


def when_at(moment: str, due_on: date, due_time: time | None = None, zone: str = "",
            snoozed_until: date | None = None):
    """The state at ``moment`` on the laptop's clock in Paris, overdue as the lists say."""
    from zoneinfo import ZoneInfo

    now = datetime.fromisoformat(moment).replace(tzinfo=ZoneInfo("Europe/Paris"))
    overdue = deadline_overdue(due_on, due_time, zone, today=now.date(), now=now.astimezone(UTC))
    return due_when(due_on, due_time, zone, today=now.date(), overdue=overdue,
                    snoozed_until=snoozed_until)


def test_a_whole_day_in_baku_ends_at_21_in_paris() -> None:
    before = when_at("2026-11-27 20:00", DAY, zone="Asia/Baku")
    assert (before.state, before.days, before.at) == (DueState.TODAY, 0, None)
    after = when_at("2026-11-27 22:00", DAY, zone="Asia/Baku")
    assert (after.state, after.days) == (DueState.DAY_ENDED, 0)
    assert after.at is not None and (after.at.date(), after.at.hour) == (DAY, 21)
    nextday = when_at("2026-11-28 09:00", DAY, zone="Asia/Baku")
    assert (nextday.state, nextday.days) == (DueState.OVERDUE, -1)


def test_the_courts_hour_passed_today() -> None:
    before = when_at("2026-11-27 15:59", DAY, time(16), "Europe/Paris")
    assert before.state is DueState.TODAY
    after = when_at("2026-11-27 16:00", DAY, time(16), "Europe/Paris")
    assert (after.state, after.days) == (DueState.HOUR_PASSED, 0)
    assert after.at is not None and after.at.hour == 16


def test_the_lawyers_own_day_and_days_ahead_or_overdue() -> None:
    assert when_at("2026-11-27 23:59", DAY).state is DueState.TODAY
    ahead = when_at("2026-11-24 10:00", DAY)
    assert (ahead.state, ahead.days) == (DueState.AHEAD, 3)
    late = when_at("2026-11-30 10:00", DAY)
    assert (late.state, late.days) == (DueState.OVERDUE, -3)


def test_a_snooze_ending_after_today_wins_one_ended_does_not() -> None:
    snoozed = when_at("2026-11-30 10:00", DAY, snoozed_until=date(2026, 12, 2))
    assert (snoozed.state, snoozed.until, snoozed.days) == (DueState.SNOOZED, date(2026, 12, 2), -3)
    over = when_at("2026-11-30 10:00", DAY, snoozed_until=date(2026, 11, 30))
    assert over.state is DueState.OVERDUE
