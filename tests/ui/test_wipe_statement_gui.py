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
