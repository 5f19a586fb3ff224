"""When the day of a hearing is over: where the court sits, not on the laptop's calendar."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

from caseapp.domain.hearing_days import court_day_over

BAKU, PARIS, YEREVAN = ZoneInfo("Asia/Baku"), ZoneInfo("Europe/Paris"), ZoneInfo("Asia/Yerevan")


def test_a_baku_sittings_day_ends_at_21_00_in_paris_in_winter() -> None:
    sitting = datetime(2026, 12, 8, 10, 0, tzinfo=BAKU)
    assert not court_day_over(sitting, datetime(2026, 12, 8, 20, 59, tzinfo=PARIS))
    assert court_day_over(sitting, datetime(2026, 12, 8, 21, 0, tzinfo=PARIS))


def test_a_late_strasbourg_sitting_is_not_over_when_yerevans_day_has_turned() -> None:
    sitting = datetime(2027, 7, 6, 22, 30, tzinfo=PARIS)  # 00:30 on the 7th in Yerevan
    assert not court_day_over(sitting, datetime(2027, 7, 7, 1, 0, tzinfo=YEREVAN))
    assert court_day_over(sitting, datetime(2027, 7, 7, 2, 0, tzinfo=YEREVAN))


def test_the_night_the_clocks_go_back_in_paris() -> None:
    """25 hours on 25 October 2026: its midnight is 23:00 UTC, not 22:00."""
    sitting = datetime(2026, 10, 25, 9, 0, tzinfo=PARIS)
    assert not court_day_over(sitting, datetime(2026, 10, 25, 22, 30, tzinfo=ZoneInfo("UTC")))
    assert court_day_over(sitting, datetime(2026, 10, 25, 23, 0, tzinfo=ZoneInfo("UTC")))
