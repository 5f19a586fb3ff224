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
    # the first values are the data's, not the header's second row ("Family · Vardanyan")
    assert [dialog.columns.item(i, 2).text() for i in range(2)] == ["VARDANYAN", "Tigran"]
    _next(qtbot, dialog)
    assert [(r.row, r.label) for r in dialog.preview.rows] == [(3, "Tigran Vardanyan")]


def test_the_choice_for_a_likely_duplicate_is_shown_whole(qtbot, ui, tmp_path: Path) -> None:
    # A month's list imported again: the choice of each row already there was cut to
    # "Choos" in a column as narrow as its title.
    rows = [["ФИО", "Дата рождения", "Дата пленения"],
            ["Варданян Тигран Арменович", "12.03.1985", "13.12.2020"]]
    first = SheetImportDialog(ui, write_xlsx(tmp_path / "may.xlsx", {"Лист1": rows}),
                              mappings_folder=tmp_path / "maps")
    qtbot.addWidget(first)
    first.show()
    _next(qtbot, first)
    _next(qtbot, first)
    qtbot.mouseClick(first.do_import, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: ui.case_file.captives.count() >= 1)
    again = SheetImportDialog(ui, write_xlsx(tmp_path / "june.xlsx", {"Лист1": rows}),
                              mappings_folder=tmp_path / "maps")
    qtbot.addWidget(again)
    again.show()
    _next(qtbot, again)
    _next(qtbot, again)
    [choice] = again.choices.values()
    qtbot.waitUntil(lambda: again.rows.columnWidth(1) >= choice.sizeHint().width())
