"""The emergency wipe says what it could not delete: a file beside the case file that it
could not remove was passed over in silence ("Emergency wipe done: 3 files overwritten and
deleted"), and the lawyer took the case file for gone."""

from __future__ import annotations

from pathlib import Path

from caseapp.ui.main_window import MainWindow
from tests.conftest import copy_of


def test_a_file_the_wipe_could_not_remove_is_named_and_stays_said(
        qtbot, blank_window: MainWindow, demo_template: Path, tmp_path: Path) -> None:
    cases = tmp_path / "cases"
    cases.mkdir()
    copy_of(demo_template, cases / "case.db")
    w = blank_window
    w.emergency.backups_root = tmp_path / "backups"
    assert w.open_path(cases / "case.db")
    stuck = cases / "case.db-journal"  # something the wipe cannot overwrite nor unlink
    stuck.mkdir()
    (stuck / "inside").write_bytes(b"x")
    result = w.emergency.wipe_now()
    assert result is not None and [p.name for p, _ in result.failed] == ["case.db-journal"]
    assert not (cases / "case.db").exists()
    said = w.statusBar().currentMessage()
    assert "case.db-journal" in said and str(cases) in said
    qtbot.wait(100)
    assert w.statusBar().currentMessage() == said  # not gone after a few seconds


def test_a_complete_wipe_says_only_what_it_removed(qtbot, blank_window: MainWindow,
                                                   demo_template: Path, tmp_path: Path) -> None:
    cases = tmp_path / "cases"
    cases.mkdir()
    copy_of(demo_template, cases / "case.db")
    w = blank_window
    w.emergency.backups_root = tmp_path / "backups"
    assert w.open_path(cases / "case.db")
    result = w.emergency.wipe_now()
    assert result is not None and result.complete
    said = w.statusBar().currentMessage()
    assert "overwritten and deleted" in said and "not" not in said.lower().replace("nothing", "")


def test_destroying_a_travel_copy_names_what_it_could_not_remove(
        qtbot, blank_window: MainWindow, demo_template: Path, tmp_path: Path,
        monkeypatch) -> None:
    from PySide6.QtWidgets import QMessageBox

    from caseapp.ui import travel_actions
    from tests.ui.test_emergency_gui import TRAVEL_PASSPHRASE, fill_modal_then, shareable_copy

    cases = tmp_path / "cases"
    cases.mkdir()
    copy_of(demo_template, cases / "case.db")
    target = shareable_copy(cases)
    stuck = cases / ".travel.db.stuck.part"  # a temporary file of a write, as a folder
    stuck.mkdir()
    (stuck / "inside").write_bytes(b"x")
    monkeypatch.setattr(QMessageBox, "warning",
                        staticmethod(lambda *_a, **_k: QMessageBox.StandardButton.Yes))

    def fill(dialog) -> None:
        dialog.path.setText(str(target))
        dialog.passphrase.setText(TRAVEL_PASSPHRASE)
        dialog.accept()

    reported: list[str] = []
    monkeypatch.setattr(blank_window, "report", lambda exc: reported.append(str(exc)))
    fill_modal_then(qtbot, fill)
    travel_actions.destroy_travel_copy(blank_window)
    qtbot.waitUntil(lambda: not target.exists() or bool(reported), timeout=60000)
    assert reported == []
    qtbot.waitUntil(lambda: ".travel.db.stuck.part" in blank_window.statusBar().currentMessage(),
                    timeout=10000)
