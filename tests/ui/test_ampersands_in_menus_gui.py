"""A menu entry made of a lawyer's words shows an "&" in them as written, not as the entry's
shortcut letter: a recent case file "Tom & Jerry.db" read "Tom  Jerry.db" with the J
underlined, and the menu choosing among the captives of a record likewise."""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import QPoint, QTimer
from PySide6.QtWidgets import QApplication, QMenu

from caseapp.ui import settings as keys
from caseapp.ui.captive_names import CaptiveName, choose_captive


def shown(text: str) -> str:
    """What a menu shows of an entry's text: "&x" is x underlined, "&&" one "&"."""
    return re.sub("&(.)", r"\1", text)


def test_a_recent_file_with_an_ampersand_is_listed_as_named(blank_window, tmp_path: Path) -> None:
    path = str(tmp_path / "Tom & Jerry.db")
    keys.remember_file(blank_window.settings, path)
    menu = blank_window.recent_menu
    menu.aboutToShow.emit()
    assert [shown(a.text()) for a in menu.actions()] == [path]


def test_choosing_among_captives_names_them_as_written(qtbot) -> None:
    names = {1: CaptiveName(1, "Tom & Jerry Petrosyan", "Tom & Jerry Petrosyan"),
             2: CaptiveName(2, "Aram Sargsyan", "Aram Sargsyan")}
    seen: list[str] = []

    def read_and_close() -> None:
        menu = QApplication.activePopupWidget()
        if not isinstance(menu, QMenu):
            QTimer.singleShot(20, read_and_close)
            return
        seen.extend(shown(a.text()) for a in menu.actions())
        menu.close()

    QTimer.singleShot(0, read_and_close)
    assert choose_captive(None, [1, 2], names, QPoint(10, 10)) is None
    assert seen == ["Tom & Jerry Petrosyan", "Aram Sargsyan"]
