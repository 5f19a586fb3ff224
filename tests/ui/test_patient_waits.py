"""The tests' waits (tests/conftest.py) are timed on the monotonic clock: the machine's clock
set forward during a wait (a CI run's did) does not end it before its time."""

from __future__ import annotations

import time

import pytest


def test_a_wait_outlasts_the_clock_set_forward(qtbot, monkeypatch: pytest.MonkeyPatch) -> None:
    wall = [time.time()]

    def jumping() -> float:
        wall[0] += 3600.0  # an hour later at every reading
        return wall[0]

    monkeypatch.setattr(time, "time", jumping)
    calls = []

    def ready() -> bool:
        calls.append(1)
        return len(calls) >= 5

    qtbot.waitUntil(ready, timeout=1000)
    assert len(calls) == 5

