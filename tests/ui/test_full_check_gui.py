"""A case file whose damage only the full integrity check finds opens (the open runs the
quick check); when that check, run after the open, finds the damage, the window closes the
file at once, without a backup of the damaged file, and says so."""

from __future__ import annotations

from pathlib import Path

from caseapp.ui.main_window import MainWindow
from tests.db.test_background_check import make, stale_index
from tests.ui.test_main_window import settings, window  # noqa: F401 - fixtures


def test_damage_found_after_the_open_closes_the_file_and_says_so(
        qtbot, window: MainWindow, tmp_path: Path, message_boxes) -> None:  # noqa: F811
    path = tmp_path / "stale.db"
    make(path, None)
    stale_index(path, None)
    assert window.open_path(path)  # the quick check at the open passes
    qtbot.waitUntil(lambda: window.case_file is None, timeout=60000)
    assert window.pages.currentWidget() is window.welcome
    said = [text for kind, text in message_boxes if kind == "box"]
    assert len(said) == 1
    assert said[0].startswith("CaseApp closed the case file.")
    assert f"{path} is damaged or was changed outside CaseApp" in said[0]
    assert "ix_captives_status" in said[0]  # SQLite's words, behind "Show Details…"
    assert path.exists()  # kept as it is

