"""The underlined letter of a menu item (Alt+З, then Դ…) opens it at once only when no other
item of the same menu has that letter: with two, the key only moves between them and Enter
must follow. In Armenian, Reports → Դ stopped on "Dossier" and "Filing" in turn, in Russian
Captive → О on "Open" and "Merge", in English File → R on "Open Recent", "Set Up Passphrase
Recovery" and "Travel Copy". Each menu, in each language, has each letter once."""

from __future__ import annotations

import re
from collections import defaultdict
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtWidgets import QMenu

from caseapp.services.casefile import open_case_file
from caseapp.ui.language import apply_language
from tests.conftest import TODAY

MARK = re.compile(r"&(?!&)(\w)")


def letter(text: str) -> str | None:
    found = MARK.search(text.replace("&&", ""))
    return found.group(1).casefold() if found else None


def clashes(title: str, menu: QMenu, found: list[str]) -> None:
    by_letter: dict[str, list[str]] = defaultdict(list)
    for action in menu.actions():
        if action.isSeparator():
            continue
        if (key := letter(action.text())) is not None:
            by_letter[key].append(action.text())
        if action.menu() is not None:
            clashes(action.text(), action.menu(), found)
    found.extend(f"{title}: {' / '.join(texts)}" for texts in by_letter.values() if len(texts) > 1)


@pytest.mark.parametrize("lang", ["en", "hy", "ru"])
def test_no_menu_has_the_same_underlined_letter_twice(lang: str, qtbot, demo_copy: Path,
                                                      tmp_path: Path) -> None:
    from caseapp.ui.main_window import MainWindow

    apply_language(QCoreApplication.instance(), lang)  # put back after the test (tests/conftest)
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    window = MainWindow(settings, lambda location, **kw: open_case_file(location, today=lambda: TODAY,
                                                                        **kw),
                        demo_builder=lambda p: None, demo_path=tmp_path / "none.db")
    qtbot.addWidget(window)
    window.show()
    assert window.open_path(demo_copy)
    found: list[str] = []
    bar = QMenu()  # the menu bar's titles, as one menu: Alt+letter opens one of them
    for action in window.menuBar().actions():
        bar.addAction(action.text())
        clashes(action.text(), action.menu(), found)
    clashes("menu bar", bar, found)
    assert found == []
    assert letter(next(a.text() for a in window.menuBar().actions())) is not None
    window.set_case_file(None, backup_previous=False)
    window.close()
