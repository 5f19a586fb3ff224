"""Help → Open Log Folder, from the keyboard: the file manager is asked for the log folder."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMenu

from caseapp.ui import support


def test_help_open_log_folder_shows_the_platforms_log_folder(blank_window, qtbot, tmp_path: Path,
                                                             monkeypatch) -> None:
    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path / "state"))
    opened: list[str] = []
    monkeypatch.setattr(support.QDesktopServices, "openUrl", lambda url: opened.append(url.toLocalFile()) or True)

    blank_window.activateWindow()
    qtbot.waitUntil(blank_window.isActiveWindow)
    qtbot.keyClick(blank_window, Qt.Key.Key_H, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: isinstance(QApplication.activePopupWidget(), QMenu))
    qtbot.keyClick(QApplication.activePopupWidget(), Qt.Key.Key_L)

    qtbot.waitUntil(lambda: opened != [])
    # platformdirs' log folder on Linux: $XDG_STATE_HOME/<app>/log, made if it was not there.
    assert opened == [str(tmp_path / "state" / "CaseApp" / "log")]
    assert (tmp_path / "state" / "CaseApp" / "log").is_dir()
