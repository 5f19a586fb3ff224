"""Help → About CaseApp, from the keyboard: the version, CaseApp's licence, and the notices
of what it runs with, Qt's LGPL terms among them."""

from __future__ import annotations

import tomllib
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel, QMenu, QPlainTextEdit

REPO = Path(__file__).resolve().parents[2]


def test_help_about_opens_by_keyboard_with_version_licence_and_qts_lgpl(blank_window, qtbot) -> None:
    version = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))["project"]["version"]
    blank_window.activateWindow()
    qtbot.waitUntil(blank_window.isActiveWindow)
    qtbot.keyClick(blank_window, Qt.Key.Key_H, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: isinstance(QApplication.activePopupWidget(), QMenu))
    qtbot.keyClick(QApplication.activePopupWidget(), Qt.Key.Key_A)  # &About CaseApp

    qtbot.waitUntil(lambda: blank_window.findChild(QPlainTextEdit, "about_notices") is not None)
    dialog = blank_window.findChild(QPlainTextEdit, "about_notices").window()
    qtbot.waitUntil(dialog.isVisible)
    assert dialog.findChild(QLabel, "about_version").text() == f"CaseApp {version}"
    assert "(GPL-3.0-or-later)" in dialog.findChild(QLabel, "about_licence").text()
    lgpl = dialog.findChild(QLabel, "about_lgpl").text()
    # Run from source, the Qt libraries are those of the environment's PySide6 package.
    import PySide6
    assert f"They are in {PySide6.__path__[0]}." in lgpl
    assert "https://download.qt.io/official_releases/QtForPython/" in lgpl

    notices = dialog.findChild(QPlainTextEdit, "about_notices").toPlainText()
    # PySide6's own entry, from its installed metadata: its name, then its version and licence.
    lines = [line.strip() for line in notices.splitlines()]
    at = lines.index("PySide6_Essentials")
    assert lines[at + 1] == PySide6.__version__
    assert lines[at + 2] == "LGPL-3.0-only OR GPL-2.0-only OR GPL-3.0-only"
    assert "replace them with your own build of the same Qt and PySide6 version" in notices

    # The dialog takes the keyboard: its Close button has the focus, and Escape closes it.
    qtbot.waitUntil(lambda: dialog.isAncestorOf(QApplication.focusWidget()))
    with qtbot.waitSignal(dialog.finished):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Escape)


def test_in_the_bundle_about_shows_the_bundled_notices_and_the_bundles_qt_folder(
        qtbot, tmp_path: Path, monkeypatch) -> None:
    """What a frozen CaseApp sees: sys.frozen and sys._MEIPASS (the bundle's _internal)."""
    import sys

    from caseapp.ui.dialogs.about import AboutDialog

    internal = tmp_path / "Ֆելիքս's folder" / "_internal"
    (internal / "resources").mkdir(parents=True)
    (internal / "resources" / "THIRD-PARTY-NOTICES.txt").write_text(
        "Notices written by build.spec\nzxcvbn\n  4.5.0\n  MIT\n", encoding="utf-8")
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "_MEIPASS", str(internal), raising=False)

    dialog = AboutDialog()
    qtbot.addWidget(dialog)
    assert dialog.notices.toPlainText() == "Notices written by build.spec\nzxcvbn\n  4.5.0\n  MIT\n"
    assert f"They are in {internal / 'PySide6'}." in dialog.findChild(QLabel, "about_lgpl").text()
