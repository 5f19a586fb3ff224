"""The rule for the hearings a release makes moot (caseapp.domain.moot_hearings) and the
detention clock that reads it."""

from __future__ import annotations

from datetime import date, datetime
from zoneinfo import ZoneInfo

from caseapp.domain.clock import detention_clock
from caseapp.domain.enums import CaptiveStatus, HearingKind, HearingState
from caseapp.domain.moot_hearings import CustodyOver, custody_over, moot, to_come

BAKU = ZoneInfo("Asia/Baku")
TODAY = date(2026, 11, 27)


def test_only_a_custody_hearing_from_the_day_custody_ended_is_moot() -> None:
    over = custody_over(CaptiveStatus.RELEASED, date(2026, 11, 20))
    assert over == CustodyOver(date(2026, 11, 20))
    assert moot(HearingKind.DETENTION_EXTENSION, date(2027, 1, 28), over, state=None)
    assert moot("detention_extension", date(2026, 11, 20), over, state=None)  # a stored value too
    assert not moot(HearingKind.DETENTION_EXTENSION, date(2026, 11, 19), over, state=None)
    for kind in (HearingKind.TRIAL_SESSION, HearingKind.APPEAL, HearingKind.VERDICT,
                 HearingKind.OTHER, None):
        assert not moot(kind, date(2027, 1, 28), over, state=None)
    # a day not recorded: every custody hearing still to come is after it
    assert moot(HearingKind.DETENTION_EXTENSION, date(2027, 1, 28), CustodyOver(None), state=None)


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


def test_only_a_scheduled_hearing_is_to_come() -> None:
    """Held, adjourned or cancelled: not to come, whatever the kind or custody; scheduled (or
    recorded before the state was kept) stays to come while custody goes on."""
    day = date(2027, 1, 28)
    for kind in (HearingKind.TRIAL_SESSION, HearingKind.DETENTION_EXTENSION):
        assert not moot(kind, day, None, state=HearingState.SCHEDULED)
        assert not moot(kind, day, None, state=None)
        for state in (HearingState.HELD, HearingState.ADJOURNED, HearingState.CANCELLED,
                      "cancelled"):
            assert moot(kind, day, None, state=state)
    assert [s for s in HearingState if to_come(s)] == [HearingState.SCHEDULED]


def test_the_clock_skips_a_cancelled_or_adjourned_hearing() -> None:
    first = datetime(2027, 1, 28, 11, tzinfo=BAKU)
    second = datetime(2027, 2, 15, 10, tzinfo=BAKU)

    def next_for(state: HearingState) -> datetime | None:
        return detention_clock(1, CaptiveStatus.PRE_TRIAL, None, (), [first, second], None,
                               TODAY, hearing_states=[state, None]).next_hearing
    assert next_for(HearingState.SCHEDULED) == first
    assert next_for(HearingState.CANCELLED) == second
    assert next_for(HearingState.ADJOURNED) == second
