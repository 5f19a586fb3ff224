"""The detention clock on the day the order expires says so ("expires today"), never
"expires in 0 days", in every language; the days before it read in the right plural form."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

import pytest

from caseapp.domain import messages
from caseapp.domain.clock import ClockSettings, detention_clock
from caseapp.domain.enums import CaptiveStatus

TODAY = date(2026, 11, 27)


@dataclass
class Order:
    id: int
    start_date: date
    expires_on: date


def expiry_warning(expires_on: date) -> str:
    clock = detention_clock(1, CaptiveStatus.PRE_TRIAL, 30, [Order(1, date(2026, 10, 27), expires_on)],
                            [], TODAY, TODAY, ClockSettings())
    return clock.warnings[clock.warning_kinds.index("expiry")]


@pytest.mark.parametrize(("lang", "today"), [("en", "expires today"), ("ru", "истекает сегодня"),
                                             ("hy", "այսօր")])
def test_the_expiry_day_says_today(monkeypatch: pytest.MonkeyPatch, lang: str, today: str) -> None:
    monkeypatch.setattr(messages, "_language", [lang])
    said = expiry_warning(TODAY)
    assert today in said and " 0 " not in said, said


@pytest.mark.parametrize(("days", "word"), [(1, "день"), (2, "дня"), (5, "дней"), (21, "день")])
def test_the_days_before_read_in_russian_plural_forms(monkeypatch: pytest.MonkeyPatch, days: int,
                                                      word: str) -> None:
    monkeypatch.setattr(messages, "_language", ["ru"])
    settings = ClockSettings(expiry_warning_days=30)
    clock = detention_clock(1, CaptiveStatus.PRE_TRIAL, 30,
                            [Order(1, date(2026, 10, 27), date.fromordinal(TODAY.toordinal() + days))],
                            [], TODAY, TODAY, settings)
    said = clock.warnings[clock.warning_kinds.index("expiry")]
    assert f"{days} {word} " in said, said

