"""`caseapp deadlines` marks what is overdue as the Deadlines view groups it: an Azerbaijani
appeal due today is "overdue" at 22:00 in Paris (its day over in Baku since 21:00), the
lawyer's own follow-up due today is not."""

from __future__ import annotations

import time as time_module
from collections.abc import Iterator
from datetime import UTC, date, datetime, time
from zoneinfo import ZoneInfo

import pytest

from caseapp.cli.deadlines import deadline_marks
from caseapp.domain.dto import DeadlineDTO
from caseapp.domain.enums import DeadlineStatus

DUE = date(2026, 12, 10)


def _deadline(zone: str, at: time | None = None) -> DeadlineDTO:
    return DeadlineDTO(id=1, uid="u", captive_id=None, title="Appeal",
                       rule_id="az.verdict.appeal" if zone else "", rule_version="1",
                       trigger_kind="", trigger_uid="", trigger_date=None, due_on=DUE, due_time=at,
                       timezone=zone, status=DeadlineStatus.OPEN, overridden=False,
                       explanation=(), status_reason="", notes="")


@pytest.fixture
def in_paris(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    monkeypatch.setenv("TZ", "Europe/Paris")
    time_module.tzset()
    yield


def test_the_remarks_say_overdue_once_the_day_has_ended_in_baku(in_paris) -> None:
    at_22 = datetime(2026, 12, 10, 22, tzinfo=ZoneInfo("Europe/Paris")).astimezone(UTC)
    at_20 = datetime(2026, 12, 10, 20, tzinfo=ZoneInfo("Europe/Paris")).astimezone(UTC)
    assert deadline_marks(_deadline("Asia/Baku"), DUE, at_22) == "overdue"
    assert deadline_marks(_deadline("Asia/Baku"), DUE, at_20) == ""
    assert deadline_marks(_deadline(""), DUE, at_22) == "entered by hand"
