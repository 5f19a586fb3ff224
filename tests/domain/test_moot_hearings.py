"""The rule for the hearings a release makes moot (caseapp.domain.moot_hearings) and the
detention clock that reads it."""

from __future__ import annotations

from datetime import date, datetime
from zoneinfo import ZoneInfo

from caseapp.domain.clock import detention_clock
from caseapp.domain.enums import CaptiveStatus, HearingKind
from caseapp.domain.moot_hearings import CustodyOver, custody_over, moot

BAKU = ZoneInfo("Asia/Baku")
TODAY = date(2026, 11, 27)


def test_only_a_custody_hearing_from_the_day_custody_ended_is_moot() -> None:
    over = custody_over(CaptiveStatus.RELEASED, date(2026, 11, 20))
    assert over == CustodyOver(date(2026, 11, 20))
    assert moot(HearingKind.DETENTION_EXTENSION, date(2027, 1, 28), over)
    assert moot("detention_extension", date(2026, 11, 20), over)  # a stored value too
    assert not moot(HearingKind.DETENTION_EXTENSION, date(2026, 11, 19), over)
    for kind in (HearingKind.TRIAL_SESSION, HearingKind.APPEAL, HearingKind.VERDICT,
                 HearingKind.OTHER, None):
        assert not moot(kind, date(2027, 1, 28), over)
    # a day not recorded: every custody hearing still to come is after it
    assert moot(HearingKind.DETENTION_EXTENSION, date(2027, 1, 28), CustodyOver(None))


def test_custody_goes_on_for_every_status_that_does_not_end_it() -> None:
    for status in CaptiveStatus:
        over = custody_over(status, date(2026, 11, 20))
        assert (over is not None) is (status in (CaptiveStatus.RELEASED,
                                                 CaptiveStatus.REPATRIATED,
                                                 CaptiveStatus.DECEASED))
    assert custody_over(None, None) is None
    assert custody_over("no such status", None) is None


def test_the_clock_of_a_released_captive_skips_the_moot_hearing_not_the_trial() -> None:
    extension = datetime(2027, 1, 28, 11, tzinfo=BAKU)
    trial = datetime(2027, 2, 15, 10, tzinfo=BAKU)
    kinds = [HearingKind.DETENTION_EXTENSION, HearingKind.TRIAL_SESSION]

    def next_for(status: CaptiveStatus, released: list[date]) -> datetime | None:
        return detention_clock(1, status, None, (), [extension, trial], None, TODAY,
                               released=released, hearing_kinds=kinds).next_hearing
    assert next_for(CaptiveStatus.RELEASED, [date(2026, 11, 20)]) == trial
    assert next_for(CaptiveStatus.PRE_TRIAL, [date(2026, 11, 20)]) == extension  # re-arrested
    assert next_for(CaptiveStatus.PRE_TRIAL, []) == extension
