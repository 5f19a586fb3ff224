"""Hearings are reminded of in the window too, as the calendar's alarm rings the day before:
the tray and the banner announced deadlines only, and a hearing in Baku the next morning
went unannounced unless the lawyer had imported the calendar. A hearing is announced the day
before its day here and on its day, until it starts; not one adjourned or cancelled, nor one
already begun. Its day is the one its start falls on the laptop's clock: 09:00 in Baku is
06:00 in Paris the same day, and 21:00 the evening before in Los Angeles. Dates by hand."""

from __future__ import annotations

import time
from collections.abc import Iterator

import pytest

from caseapp.services.casefile import CaseFile
from tests.services.test_deadline_hour_passed import clock_at


@pytest.fixture
def zone(monkeypatch: pytest.MonkeyPatch) -> Iterator[object]:
    def place(name: str) -> None:
        monkeypatch.setenv("TZ", name)
        time.tzset()
    yield place
    monkeypatch.undo()
    time.tzset()


def _announced(cf: CaseFile) -> list[tuple[int, int]]:
    return [(h.id, ahead) for h, ahead in cf.reminders.alerts().hearings]


def test_a_hearing_in_baku_is_announced_the_day_before_and_on_its_day_here(
        case_file: CaseFile, zone) -> None:
    cf = case_file
    cid = cf.captives.create(names=["Vardanyan Armen"], status="pre_trial").id
    baku = cf.hearings.create(captive_ids=[cid], starts_at="2026-12-09T09:00",
                              timezone="Asia/Baku", court="Baku Grave Crimes Court").id
    later = cf.hearings.create(captive_ids=[cid], starts_at="2026-12-11T09:00",
                               timezone="Asia/Baku").id
    off = cf.hearings.create(captive_ids=[cid], starts_at="2026-12-09T11:00",
                             timezone="Asia/Baku").id
    cf.hearings.update(off, state="adjourned", next_date="2027-01-15")

    zone("Asia/Yerevan")  # the same offset as Baku
    clock_at(cf, "2026-12-07 23:59")
    assert _announced(cf) == []
    clock_at(cf, "2026-12-08 00:01")
    assert _announced(cf) == [(baku, 1)]  # tomorrow
    clock_at(cf, "2026-12-09 08:59")
    assert _announced(cf) == [(baku, 0)]  # today, not begun
    clock_at(cf, "2026-12-09 09:00")
    assert _announced(cf) == []  # begun
    clock_at(cf, "2026-12-10 10:00")
    assert _announced(cf) == [(later, 1)]

    zone("Europe/Paris")  # 09:00 in Baku is 06:00 in Paris in winter
    clock_at(cf, "2026-12-09 05:59")
    assert _announced(cf) == [(baku, 0)]

    zone("America/Los_Angeles")  # 09:00 in Baku on the 9th is 21:00 on the 8th here
    clock_at(cf, "2026-12-07 09:00")
    assert _announced(cf) == [(baku, 1)]
    clock_at(cf, "2026-12-08 20:59")
    assert _announced(cf) == [(baku, 0)]
    clock_at(cf, "2026-12-08 21:00")
    assert _announced(cf) == []


def test_the_window_reads_again_as_a_hearing_announced_begins(case_file: CaseFile,
                                                              zone) -> None:
    """A hearing begun stayed in the banner until the next half-hourly check: its start is now
    among the moments the window waits for, as a deadline's hour is."""
    from datetime import UTC, datetime

    cf = case_file
    cid = cf.captives.create(names=["Vardanyan Armen"], status="pre_trial").id
    hearing = cf.hearings.create(captive_ids=[cid], starts_at="2026-12-09T09:00",
                                 timezone="Asia/Baku").id
    zone("Asia/Yerevan")
    clock_at(cf, "2026-12-09 08:00")
    assert cf.reminders.next_moment() == datetime(2026, 12, 9, 5, 0, tzinfo=UTC)
    clock_at(cf, "2026-12-07 08:00")  # more than a day before: found by a later check
    assert cf.reminders.next_moment() is None
    clock_at(cf, "2026-12-09 08:00")
    cf.hearings.update(hearing, state="adjourned", next_date="2027-01-15")
    assert cf.reminders.next_moment() is None
