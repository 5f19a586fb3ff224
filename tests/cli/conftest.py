"""The command line chooses the messages' language for the whole process; each test starts
and ends in English, whatever the one before it chose."""

from __future__ import annotations

import pytest

from caseapp.domain import messages


@pytest.fixture(autouse=True)
def _messages_in_english(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(messages, "_language", ["en"])
