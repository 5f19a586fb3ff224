"""The moments a locked window says reminders wait in its file: when a deadline falls due at
its hour, and the start of each day here on which the reminders have something to say (a
deadline due or overdue, its reminder day, a hearing tomorrow or today). The answers are
written by hand from the clock: the laptop in Paris, 7 December 2026 at 10:00 (09:00 UTC)."""

from __future__ import annotations

import time
from collections.abc import Iterator
from datetime import UTC, datetime

import pytest

from caseapp.services.casefile import CaseFile
from caseapp.services.locked_reminders import moments_while_locked
from tests.services.test_deadline_hour_passed import clock_at


@pytest.fixture
def paris(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    monkeypatch.setenv("TZ", "Europe/Paris")
    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()


def utc(text: str) -> datetime:
    return datetime.fromisoformat(text).replace(tzinfo=UTC)


def _captive(cf: CaseFile) -> int:
    return cf.captives.create(names=["Vardanyan Armen"], status="pre_trial").id


def test_a_cut_off_and_the_days_from_a_deadlines_reminder_day(case_file: CaseFile,
                                                              paris: None) -> None:
    cf = case_file
    cid = _captive(cf)
    # due on 10 December (the lawyer's own day): its reminder the day before, then due, then
    # overdue every day after; due at 16:00 in Strasbourg on 12 December (15:00 UTC).
    cf.deadlines.create(captive_id=cid, title="Letter", due_on="2026-12-10")
    cf.deadlines.create(captive_id=cid, title="Rule 39", due_on="2026-12-12", due_time="16:00",
                        timezone="Europe/Paris")
    clock_at(cf, "2026-12-07 10:00")
    midnights = [utc(f"2026-12-{day:02d} 23:00") for day in range(8, 14)]  # of the 9th … 14th
    assert moments_while_locked(cf.reminders) == sorted([*midnights,
                                                         utc("2026-12-12 15:00")])


def test_a_deadline_done_or_far_off_gives_no_moment(case_file: CaseFile, paris: None) -> None:
    cf = case_file
    cid = _captive(cf)
    done = cf.deadlines.create(captive_id=cid, title="Done", due_on="2026-12-08",
                               due_time="16:00", timezone="Europe/Paris")
    cf.deadlines.update(done.id, status="done")
    cf.deadlines.create(captive_id=cid, title="Far", due_on="2027-03-01")
    clock_at(cf, "2026-12-07 10:00")
    assert moments_while_locked(cf.reminders) == []


def test_a_hearing_in_baku_the_day_before_and_its_day_here(case_file: CaseFile,
                                                          paris: None) -> None:
    cf = case_file
    cid = _captive(cf)
    # 09:00 in Baku on 11 December is 06:00 in Paris the same day: announced from the start
    # of the 10th (tomorrow) and of the 11th (today) here.
    cf.hearings.create(captive_ids=[cid], starts_at="2026-12-11T09:00", timezone="Asia/Baku")
    off = cf.hearings.create(captive_ids=[cid], starts_at="2026-12-13T09:00",
                             timezone="Asia/Baku").id
    cf.hearings.update(off, state="adjourned", next_date="2027-01-15")
    clock_at(cf, "2026-12-07 10:00")
    assert moments_while_locked(cf.reminders) == [utc("2026-12-09 23:00"),
                                                  utc("2026-12-10 23:00")]
