"""The dashboard on a 1024×600 screen (a netbook, a small laptop taken to a border crossing),
in Armenian and Russian: the recent changes kept five lines whatever the height, and Needs
attention, the list the lawyer opens the dashboard for, showed one item and part of the next.
On a short screen the recent changes give up two lines to it; at 1024×768 they keep five
(tests/ui/test_dashboard_room_gui.py)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.ui.captive_pages import WAIT
from tests.ui.small_screen import demo_window
from tests.ui.test_dashboard_room_gui import _whole_rows

SHORT = (1016, 568)  # maximised on a 1024 × 600 screen, inside the window manager's frame


@pytest.mark.parametrize("language", ["hy", "ru"])
def test_needs_attention_shows_two_items_whole_on_a_short_screen(
        qtbot, tmp_path: Path, armenian_demo_template: Path, language: str) -> None:
    with demo_window(qtbot, tmp_path, language, armenian_demo_template, size=SHORT) as window:
        window.show_view("dashboard")
        view = window.views["dashboard"]
        qtbot.waitUntil(lambda: view.recent.count() >= 5 and view.attention.count() >= 3,
                        timeout=WAIT)
        qtbot.wait(50)  # laid out (no time asserted)
        assert _whole_rows(view.attention) >= 2
        assert _whole_rows(view.recent) >= 3  # still some changes in sight
