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
    decided_on: date | None = None


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


def test_a_count_known_only_as_a_range_is_warned_of_as_such() -> None:
    """A capture known only as 2025: held at least 341 days, at most 705. The warning counts
    the 705 (never late), but said them as certain (“705 days in custody: more than…”) beside
    the header's “at least 341”: it now says “up to”, and “at least” where even the least
    count is over the maximum (or custody is counted from the first order)."""
    from caseapp.domain.captive_rows import AtLeast

    def said(days: int) -> str:
        clock = detention_clock(1, CaptiveStatus.PRE_TRIAL, days, [ORDER], [], TODAY, TODAY,
                                MAXIMUM)
        return clock.warnings[clock.warning_kinds.index("maximum")]

    assert said(AtLeast(341, 705)) == (
        "Up to 705 days in custody (at least 341: the date of capture is known only to its "
        "month or year): perhaps more than the maximum of 548 days.")
    assert said(AtLeast(600, 705)) == \
        "At least 600 days in custody: more than the maximum of 548 days."
    assert said(AtLeast(705, 705)) == \
        "At least 705 days in custody: more than the maximum of 548 days."
    assert said(705) == "705 days in custody: more than the maximum of 548 days."
