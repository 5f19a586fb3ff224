"""Fixtures of the services' tests."""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator

import pytest


@pytest.fixture
def laptop_in(monkeypatch: pytest.MonkeyPatch) -> Iterator[Callable[[str], None]]:
    """Sets this computer's time zone (the laptop crossing borders)."""
    def move(zone: str) -> None:
        monkeypatch.setenv("TZ", zone)
        time.tzset()
    yield move
    monkeypatch.undo()
    time.tzset()
