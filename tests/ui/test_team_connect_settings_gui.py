"""The team server's connection dialog over settings it cannot read (no server needed)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings

from caseapp.ui.team_connect import PORT_KEY, SERVER_KEY, ConnectDialog


def test_a_port_that_is_no_number_is_offered_as_the_usual_one(qtbot, tmp_path: Path) -> None:
    # (a settings file edited by hand: File → Connect to Team Server… was a ValueError)
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    settings.setValue(SERVER_KEY, "cases.example.org")
    settings.setValue(PORT_KEY, "five four three two")
    dialog = ConnectDialog(settings)
    qtbot.addWidget(dialog)
    assert dialog.port.value() == 5432
    assert dialog.host.text() == "cases.example.org"


def test_the_port_kept_is_offered(qtbot, tmp_path: Path) -> None:
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    settings.setValue(PORT_KEY, "6543")
    dialog = ConnectDialog(settings)
    qtbot.addWidget(dialog)
    assert dialog.port.value() == 6543
