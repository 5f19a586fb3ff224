"""The custody maximum bounds custody before and during trial (held, detained pre-trial, on
trial): the detention clock warns of it whenever such a captive has been held longer, an
order recorded or not, and never of a captive convicted (a sentence is not pre-trial
custody) or released. The header coloured "705 of 548 days in custody" as an alert while
Needs attention said nothing of a captive detained pre-trial with no order recorded, and
coloured it for a captive convicted years ago."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

import pytest

from caseapp.domain.clock import ClockSettings, detention_clock
from caseapp.domain.enums import CaptiveStatus

TODAY = date(2026, 11, 27)
MAXIMUM = ClockSettings(statutory_max_days=548)


@dataclass
class Order:
    id: int
    start_date: date
    expires_on: date
    prosecution_id: int | None = None


ORDER = Order(1, date(2026, 10, 1), date(2027, 2, 1))


@pytest.mark.parametrize("status", [CaptiveStatus.HELD, CaptiveStatus.PRE_TRIAL,
                                    CaptiveStatus.ON_TRIAL])
@pytest.mark.parametrize("orders", [[ORDER], []], ids=["order", "no order"])
def test_held_before_or_during_trial_longer_than_the_maximum_is_warned_of(
        status: CaptiveStatus, orders: list[Order]) -> None:
    clock = detention_clock(1, status, 705, orders, [], TODAY, TODAY, MAXIMUM)
    assert "maximum" in clock.warning_kinds and clock.days_over_max == 157
    assert any("705 days in custody: more than the maximum of 548 days" in w
               for w in clock.warnings)


@pytest.mark.parametrize("status", [CaptiveStatus.CONVICTED, CaptiveStatus.RELEASED,
                                    CaptiveStatus.DECEASED])
def test_a_sentence_or_custody_over_is_not_over_the_maximum(status: CaptiveStatus) -> None:
    clock = detention_clock(1, status, 705, [ORDER], [], TODAY, TODAY, MAXIMUM)
    assert "maximum" not in clock.warning_kinds and clock.days_over_max is None
