"""The dashboard at 1024×768 in Armenian, Russian and English: at least five recent changes
whole, one line each (a change took two lines and the box showed one and a half), and the
items that need attention in sight beside the hearings."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QListWidget

from tests.ui.captive_pages import WAIT
from tests.ui.small_screen import demo_window


def _whole_rows(widget: QListWidget) -> int:
    """How many of the list's rows are in sight whole (from its top, unscrolled)."""
    viewport = widget.viewport().rect()
    return sum(1 for row in range(widget.count())
               if viewport.contains(widget.visualItemRect(widget.item(row))))


@pytest.mark.parametrize("language", ["hy", "ru", "en"])
def test_five_recent_changes_and_the_attention_items_in_sight(
        qtbot, tmp_path: Path, armenian_demo_template: Path, language: str) -> None:
    with demo_window(qtbot, tmp_path, language, armenian_demo_template) as window:
        window.show_view("dashboard")
        view = window.views["dashboard"]
        qtbot.waitUntil(lambda: view.recent.count() >= 5 and view.attention.count() >= 2,
                        timeout=WAIT)
        qtbot.wait(50)  # laid out (no time asserted)
        assert _whole_rows(view.recent) >= 5
        assert _whole_rows(view.attention) >= 2
        text = view.recent.item(0).text()
        assert view.recent.item(0).toolTip() == text  # the whole change, however long
