"""File → Export Captives List…: the demo's captives written to an XLSX file at the internal
level, with its mapping beside it; the file read back with that mapping into an empty case
file gives the same captives. A file name the list cannot be written as is refused in the
dialog, nothing written."""

from __future__ import annotations

import io
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit

from caseapp.cli import main
from caseapp.config import Location
from caseapp.services.casefile import open_case_file
from caseapp.ui.main_window import MainWindow
from tests.conftest import TODAY
from tests.ui.driving import WAIT, click


def _people(cf) -> set[tuple]:
    return {(tuple(sorted(n.full_name for n in c.names)), c.birth, c.capture, c.status, c.category)
            for c in cf.captives.list()}


def test_the_captives_list_exports_and_reads_back_with_its_mapping(
        qtbot, blank_window: MainWindow, demo_copy: Path, tmp_path: Path, message_boxes) -> None:
    assert blank_window.open_path(demo_copy)
    expected = _people(blank_window.case_file)
    blank_window.actions_by_id["export_sheet"].trigger()  # (no shortcut: File → Export…)
    qtbot.waitUntil(lambda: getattr(blank_window, "export_sheet_dialog", None) is not None
                    and blank_window.export_sheet_dialog.isVisible(), timeout=WAIT)
    dialog = blank_window.export_sheet_dialog

    path = dialog.findChild(QLineEdit, "export_sheet_path")
    path.setFocus()
    qtbot.keyClicks(path, str(tmp_path / "list.txt"))
    click(qtbot, dialog, "export_sheet_do")
    error = dialog.findChild(QLabel, "export_sheet_error")
    assert error.isVisible() and ".xlsx or .csv" in error.text()
    assert not (tmp_path / "list.txt").exists()

    level = dialog.findChild(QComboBox, "export_sheet_level")
    level.setFocus()
    for _ in range(2):  # shareable → public → internal
        qtbot.keyClick(level, Qt.Key.Key_Down)
    assert level.currentText() == "Internal"
    path.selectAll()
    qtbot.keyClicks(path, str(tmp_path / "captives.xlsx"))
    click(qtbot, dialog, "export_sheet_do")
    qtbot.waitUntil(lambda: dialog.made is not None, timeout=WAIT)
    assert dialog.made.rows == len(expected) and not dialog.isVisible()
    mapping = tmp_path / "captives.mapping.toml"
    assert dialog.made.mapping_path == mapping and mapping.is_file()

    empty = tmp_path / "empty.db"
    out, err = io.StringIO(), io.StringIO()
    assert main(["init", "--no-encrypt", "--db", str(empty)], out=out, err=err) == 0
    code = main(["import-sheet", str(tmp_path / "captives.xlsx"), "--mapping", str(mapping),
                 "--on-duplicate", "create", "--db", str(empty)], out=out, err=err)
    assert (code, err.getvalue()) == (0, ""), out.getvalue()
    back = open_case_file(Location(path=empty), actor="tester", today=lambda: TODAY)
    try:
        assert _people(back) == expected
    finally:
        back.close()
