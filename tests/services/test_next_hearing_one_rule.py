"""A captive's next hearing is the same hearing in the captives list as in their file, the
dashboard and the command line: a hearing held this morning in the court's zone is today's
hearing until the day ends there (:func:`caseapp.domain.hearing_days.hearing_ahead`, the one rule).
The list read the hearings from the present instant on, so that after a hearing at 10:00 the
list named the next one (or none) while the file's header still named this one."""

from __future__ import annotations

from datetime import UTC, datetime
from zoneinfo import ZoneInfo

import pytest

from caseapp.domain.clock import clock_of_file
from caseapp.services.casefile import CaseFile
from tests.conftest import TODAY


@pytest.mark.parametrize("zone", ["Asia/Baku", "Asia/Yerevan", "America/Los_Angeles", "UTC"])
@pytest.mark.parametrize("hour", ["00:05", "10:00", "23:55"])
def test_a_hearing_held_this_morning_is_the_next_hearing_everywhere(
        any_case_file: CaseFile, zone: str, hour: str) -> None:
    """On a SQLite file and on a team server (the list's own SQL)."""
    cf = any_case_file
    cid = cf.captives.create(names=["Արամ Սարգսյան"], status="pre_trial",
                             capture="2026-03-01").id
    today = TODAY.isoformat()
    held = cf.hearings.create(captive_ids=[cid], starts_at=f"{today}T{hour}", timezone=zone,
                              kind="trial_session")
    cf.hearings.create(captive_ids=[cid], starts_at="2026-12-11T10:00", timezone=zone,
                       kind="trial_session")
    # the moment: the end of today in the court's zone, a minute before midnight there
    end_of_day = datetime.fromisoformat(f"{today}T23:59").replace(tzinfo=ZoneInfo(zone))
    cf.ctx.clock = lambda: end_of_day.astimezone(UTC)

    [row] = [r for r in cf.overview.captive_rows() if r.id == cid]
    file_clock = clock_of_file(cf.captive_file(cid), cf.ctx.today())
    engine_clock = cf.deadline_engine.clock(cid)
    upcoming = [h for h in cf.overview.dashboard().upcoming_hearings if cid in h.captive_ids]
    assert file_clock.next_hearing == held.starts_at
    assert engine_clock.next_hearing == held.starts_at
    assert upcoming and upcoming[0].starts_at == held.starts_at
    assert row.next_hearing == held.starts_at, "the list names another hearing than the file"
