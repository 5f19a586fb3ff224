"""The import window on lists a reviewer brought: a list of headers only stops at the columns
with one line saying there is nothing to import (it showed "0 new captives" and an Import
button); "Name" merged over "Family | Given" reads the parts."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QPushButton

from caseapp.ui.dialogs.sheet_import import SheetImportDialog
from tests.sheets.makers import write_xlsx


def _next(qtbot, dialog: SheetImportDialog) -> None:
    qtbot.mouseClick(dialog.findChild(QPushButton, "sheet_next"), Qt.MouseButton.LeftButton)


def test_a_list_of_headers_only_stops_at_the_columns(qtbot, ui, tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "list.xlsx", {"Лист1": [["ФИО", "Дата рождения"]]})
    dialog = SheetImportDialog(ui, path, mappings_folder=tmp_path / "maps")
    qtbot.addWidget(dialog)
    dialog.show()
    _next(qtbot, dialog)
    _next(qtbot, dialog)
    assert dialog.steps.currentIndex() == 1  # not on to a preview of nothing
    assert dialog.findChild(QLabel, "sheet_message").text() == (
        "list.xlsx: no row under the header (row 1) holds anything: there is nothing to "
        "import.")


def test_name_merged_over_family_and_given_in_the_window(qtbot, ui, tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "list.xlsx", {"List": [
        ["Name", None, "Date of birth"], ["Family", "Given", None],
        ["VARDANYAN", "Tigran", "1985"]]}, merged=("A1:B1",))
    dialog = SheetImportDialog(ui, path, mappings_folder=tmp_path / "maps")
    qtbot.addWidget(dialog)
    dialog.show()
    _next(qtbot, dialog)
    assert dialog.edited_columns() == {0: "surname", 1: "given_name", 2: "birth"}
    _next(qtbot, dialog)
    assert [(r.row, r.label) for r in dialog.preview.rows] == [(3, "Tigran Vardanyan")]
