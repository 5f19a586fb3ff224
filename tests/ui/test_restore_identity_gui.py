"""The Backups dialog restores a backup of another case file (one found in this case file's
backups folder: a case file made again at the same path) only when the user says so, the
question defaulting to No."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog, QMessageBox

from caseapp.config import Location
from caseapp.services.casefile import CaseFile, open_case_file
from caseapp.ui.dialogs.backups import BackupsDialog
from caseapp.ui.worker import Runner
from tests.conftest import TODAY


def test_a_backup_of_another_case_file_is_restored_only_when_confirmed(
        qtbot, case_file: CaseFile, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        message_boxes) -> None:
    case_file.captives.create(names=["Vardanyan Armen"], status="held")
    other = open_case_file(Location(path=tmp_path / "other.db"), create=True, actor="t",
                           today=lambda: TODAY)
    try:
        other.captives.create(names=["Petrosyan Levon"], status="held")
        folder = case_file.backups.store.folder
        folder.mkdir(parents=True, exist_ok=True)
        other.backups.backup_to(folder / "case-20260101-000000-manual.db")
    finally:
        other.close()
    asked: list[tuple[str, object]] = []
    answers = [QMessageBox.StandardButton.No, QMessageBox.StandardButton.Yes,
               QMessageBox.StandardButton.No]  # (the last: "open it now?")

    def question(_parent, _title, text, _buttons, default):  # type: ignore[no-untyped-def]
        asked.append((text, default))
        return answers.pop(0)

    monkeypatch.setattr(QMessageBox, "question", staticmethod(question))
    target = tmp_path / "restored.db"
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        staticmethod(lambda *a, **k: (str(target), "")))
    opened: list[Path] = []
    runner = Runner()
    dialog = BackupsDialog(case_file, runner, open_restored=lambda p, s: opened.append(p))
    qtbot.addWidget(dialog)
    assert dialog.table.rowCount() == 1
    dialog.restore_selected()  # answered No
    assert not target.exists() and not opened
    text, default = asked[0]
    assert "another case file" in text and "case.db" in text
    assert default == QMessageBox.StandardButton.No
    assert "--other-case-file" not in text
    dialog.restore_selected()  # answered Yes
    assert target.exists() and len(asked) == 3
    restored = open_case_file(Location(path=target), actor="t")
    try:
        assert [c.primary_name for c in restored.captives.list()] == ["Petrosyan Levon"]
    finally:
        restored.close()
    runner.wait()


def test_the_exposure_report_from_another_case_files_backup_asks_first(
        qtbot, blank_window, demo_template: Path, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QLineEdit, QRadioButton

    from caseapp.ui import travel_actions
    from tests.conftest import copy_of
    from tests.ui.test_emergency_gui import fill_modal_then

    other = open_case_file(Location(path=tmp_path / "other.db"), create=True, actor="t",
                           today=lambda: TODAY)
    try:
        other.captives.create(names=["Petrosyan Levon"], status="held")
        backup = other.backups.backup_to(tmp_path / "laptop.db").path
    finally:
        other.close()
    w = blank_window
    assert w.open_path(copy_of(demo_template, tmp_path / "case.db"))
    target = tmp_path / "exposure.pdf"
    asked: list[tuple[str, object]] = []
    answers = [QMessageBox.StandardButton.No, QMessageBox.StandardButton.Yes]

    def question(_parent, _title, text, _buttons, default):  # type: ignore[no-untyped-def]
        asked.append((text, default))
        return answers.pop(0)

    monkeypatch.setattr(QMessageBox, "question", staticmethod(question))

    def fill(dialog) -> None:  # type: ignore[no-untyped-def]
        dialog.findChild(QRadioButton, "exposure_from_backup").setChecked(True)
        qtbot.keyClicks(dialog.findChild(QLineEdit, "exposure_backup"), str(backup))
        field = dialog.findChild(QLineEdit, "exposure_target")
        qtbot.keyClicks(field, str(target))
        qtbot.keyClick(field, Qt.Key.Key_Return)

    fill_modal_then(qtbot, fill)
    travel_actions.exposure_report(w)
    qtbot.waitUntil(lambda: len(asked) == 1, timeout=60000)
    assert w.runner.wait(60000)
    assert not target.exists()
    text, default = asked[0]
    assert "laptop.db" in text and "another case file" in text
    assert default == QMessageBox.StandardButton.No and "--other" not in text
    fill_modal_then(qtbot, fill)
    travel_actions.exposure_report(w)
    qtbot.waitUntil(lambda: "exposure.pdf" in w.statusBar().currentMessage(), timeout=60000)
    assert target.exists() and len(asked) == 2
