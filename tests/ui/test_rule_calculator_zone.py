"""The rule calculator names a due moment's zone as the Deadlines view does."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

from caseapp.ui.dialogs.rule_calculator import due_text


def test_the_calculator_names_the_zone_by_its_identifier(qtbot) -> None:
    said = due_text(datetime(2026, 12, 4, 16, 0, tzinfo=ZoneInfo("Europe/Paris")))
    assert said.endswith(" Europe/Paris"), said
    assert "CET" not in said
