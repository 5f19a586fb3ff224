"""The scans being read: one stopped alone by the lawyer, all with the case file, and those of
a window built again (its language changed) without stopping the readings begun after."""

from __future__ import annotations

import subprocess
from contextlib import ExitStack

import pytest

from caseapp.services.scan_readings import ReadingCancelled, Readings, ReadingStopped

_HELD = ExitStack()  # the readings' processes stay registered while each test runs


def _sleeper(reading: Readings) -> subprocess.Popen[str]:
    process = subprocess.Popen(["sleep", "60"], text=True, start_new_session=True)
    _HELD.enter_context(reading.running(process))
    return process


def test_a_reading_cancelled_stops_alone() -> None:
    readings = Readings()
    one, two = readings.one(), readings.one()
    first, second = _sleeper(one), _sleeper(two)
    one.cancel()
    assert first.wait(timeout=10) != 0
    assert second.poll() is None  # the other goes on
    with pytest.raises(ReadingCancelled):
        one.check()
    two.check()
    assert one.cancelled and not two.cancelled
    readings.stop()  # the case file closes: every reading, and any begun later
    assert second.wait(timeout=10) != 0
    with pytest.raises(ReadingStopped) as stopped:
        readings.one().check()
    assert not isinstance(stopped.value, ReadingCancelled)


def test_cancel_each_stops_those_begun_not_those_begun_after() -> None:
    readings = Readings()
    begun = readings.one()
    process = _sleeper(begun)
    readings.cancel_each()
    assert process.wait(timeout=10) != 0 and begun.cancelled
    readings.one().check()  # a reading asked for by the new window runs
