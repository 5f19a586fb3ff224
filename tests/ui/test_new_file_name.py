"""A new case file named without an ending ("plain", as a lawyer types a name) is made as
"plain.db", so that File → Open, which lists the case files (*.db, *.caseapp), shows it.
Before, the file was made as "plain" and the Open dialog did not list it."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QFileDialog

from caseapp.services.casefile import open_case_file
from caseapp.ui import file_actions
from caseapp.ui.main_window import MainWindow
from caseapp.ui.opener import NewCaseFileDialog
from caseapp.ui.widgets.save_target import file_filter
from tests.conftest import TODAY


@pytest.fixture
def window(qtbot, tmp_path: Path, demo_template: Path) -> MainWindow:
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    w = MainWindow(settings, lambda location, **kw: open_case_file(location, today=lambda: TODAY, **kw),
                   demo_builder=lambda p: shutil.copyfile(demo_template, p),
                   demo_path=tmp_path / "demo.db")
    qtbot.addWidget(w)
    w.show()
    yield w
    w.set_case_file(None, backup_previous=False)
    w.close()


def create(window: MainWindow, monkeypatch: pytest.MonkeyPatch, typed: Path,
           chosen_filter: str) -> None:
    def dialog_exec(self: NewCaseFileDialog) -> int:
        self.plain.setChecked(True)
        self.accept()
        return 1

    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        staticmethod(lambda *a, **k: (str(typed), chosen_filter)))
    monkeypatch.setattr(NewCaseFileDialog, "exec", dialog_exec)
    file_actions.new_file(window)


def test_a_name_typed_without_an_ending_is_made_a_case_file_the_open_dialog_lists(
        window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    case_files = file_filter().split(";;")[0]
    create(window, monkeypatch, tmp_path / "plain", case_files)
    assert (tmp_path / "plain.db").exists() and not (tmp_path / "plain").exists()
    assert window.case_file is not None and window.case_file.db.path == tmp_path / "plain.db"


@pytest.mark.parametrize("name", ["gortser.caseapp", "gortser.DB", "gortser.db"])
def test_a_case_files_ending_is_kept(window: MainWindow, tmp_path: Path,
                                     monkeypatch: pytest.MonkeyPatch, name: str) -> None:
    create(window, monkeypatch, tmp_path / name, file_filter().split(";;")[0])
    assert [p.name for p in tmp_path.glob("gortser*") if "-" not in p.name] == [name]


def test_with_all_files_chosen_the_name_is_kept_as_typed(
        window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    create(window, monkeypatch, tmp_path / "plain", file_filter().split(";;")[1])
    assert (tmp_path / "plain").exists() and not (tmp_path / "plain.db").exists()


def test_an_existing_file_under_the_completed_name_is_not_overwritten(
        window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        message_boxes) -> None:
    (tmp_path / "plain.db").write_bytes(b"kept")
    create(window, monkeypatch, tmp_path / "plain", file_filter().split(";;")[0])
    assert (tmp_path / "plain.db").read_bytes() == b"kept"
    assert window.case_file is None
    assert any(str(tmp_path / "plain.db") in text for _, text in message_boxes)
