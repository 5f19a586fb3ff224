"""The GUI's save dialogs refuse the open case file, its side files and the backups folder,
say why, and write nothing (the same rule as the command line)."""

from __future__ import annotations

import hashlib
import os
import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QFileDialog, QInputDialog

from caseapp.services.casefile import open_case_file
from caseapp.ui import file_actions
from caseapp.ui.main_window import MainWindow
from caseapp.ui.views.deadlines import export_calendar
from tests.conftest import TODAY


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def choose(monkeypatch: pytest.MonkeyPatch, path: Path | str) -> None:
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        staticmethod(lambda *a, **k: (str(path), "")))


@pytest.fixture
def window(qtbot, demo_template: Path, tmp_path: Path):
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    w = MainWindow(settings, lambda location, **kw: open_case_file(location, today=lambda: TODAY,
                                                                   **kw),
                   demo_builder=lambda p: shutil.copyfile(demo_template, p),
                   demo_path=tmp_path / "demo.db")
    qtbot.addWidget(w)
    w.show()
    qtbot.mouseClick(w.welcome.demo_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: w.case_file is not None, timeout=20000)
    yield w
    w.close()


def test_export_json_over_the_open_case_file_is_refused(
        qtbot, window, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        message_boxes: list[tuple[str, str]]) -> None:
    case = window.case_file.db.path
    window.runner.wait()
    before = digest(case)
    os.symlink(case, tmp_path / "export.json")
    for target in (case, tmp_path / "export.json", Path(f"{case}-wal")):
        message_boxes.clear()
        choose(monkeypatch, target)
        file_actions.export_json(window)
        window.runner.wait()
        assert message_boxes and message_boxes[0][0] == "warning", target
        assert "Nothing was written" in message_boxes[0][1]
    assert "is the open case file" in message_boxes[0][1] or "beside" in message_boxes[0][1]
    assert digest(case) == before
    assert window.case_file.captives.list()  # still opens and reads


def test_calendar_export_into_the_backups_folder_is_refused(
        qtbot, ui, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        message_boxes: list[tuple[str, str]]) -> None:
    from caseapp.ui.views.base import View

    backups = tmp_path / "xdg-data" / "CaseApp" / "backups"
    backups.mkdir(parents=True)
    # The internal level leaves nothing out, so the save dialog comes next.
    monkeypatch.setattr(QInputDialog, "getItem",
                        staticmethod(lambda _p, _t, _x, items, *a, **k: (items[2], True)))
    choose(monkeypatch, backups / "deadlines.ics")
    parent = View(ui)
    qtbot.addWidget(parent)
    export_calendar(ui, parent)
    qtbot.waitUntil(lambda: bool(message_boxes), timeout=10000)
    assert "inside the backups folder" in message_boxes[0][1]
    assert list(backups.iterdir()) == []
    # An ordinary target is written.
    choose(monkeypatch, tmp_path / "deadlines.ics")
    export_calendar(ui, parent)
    ui.runner.wait()
    qtbot.waitUntil(lambda: (tmp_path / "deadlines.ics").exists(), timeout=10000)
