"""The header's days in custody against the maximum (“705 of 548 days in custody”, red when
over) only where the maximum bounds the custody: held, detained pre-trial or on trial. A
captive convicted years ago was shown “1,013 of 548 days in custody” in red, and a released
one against the maximum too, though Needs attention warned of neither."""

from __future__ import annotations

from datetime import date

import pytest

from caseapp.domain.clock import ClockSettings, detention_clock
from caseapp.domain.enums import CaptiveStatus
from caseapp.ui.views.captive_facts import custody_fact

TODAY = date(2026, 11, 27)


def _fact(status: CaptiveStatus, days: int) -> tuple[str, str | None]:
    clock = detention_clock(1, status, days, [], [], None, TODAY,
                            ClockSettings(statutory_max_days=548))
    fact = custody_fact(clock)
    assert fact is not None
    return fact


@pytest.mark.parametrize("status", [CaptiveStatus.CONVICTED, CaptiveStatus.RELEASED])
def test_no_maximum_once_custody_is_not_pre_trial(qapp, status: CaptiveStatus) -> None:
    text, colour = _fact(status, 1013)
    assert "548" not in text and colour is None, text


def test_held_pre_trial_over_the_maximum_is_red(qapp) -> None:
    text, colour = _fact(CaptiveStatus.PRE_TRIAL, 705)
    assert "705" in text and "548" in text and colour is not None
    text, colour = _fact(CaptiveStatus.PRE_TRIAL, 300)
    assert "300" in text and "548" in text and colour is None
