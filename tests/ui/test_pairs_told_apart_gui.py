"""Wherever the window names two captives that may be one person — the merge dialog's heading,
the look-alikes said after an import, the spreadsheet import's "Merge into …" — each is named
by what tells the two apart (a place of capture), as Likely Duplicates names them, not by the
case file's id, which a lawyer does not know: the id is in a tooltip."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QFileDialog, QPushButton

from caseapp.ui import file_actions
from caseapp.ui.dialogs.merge_captives import MergeCaptivesDialog
from caseapp.ui.dialogs.sheet_import import SheetImportDialog
from caseapp.ui.dialogs.sheet_import_rows import problems
from tests.conftest import copy_of
from tests.sheets.makers import write_xlsx


def test_the_merge_dialog_names_the_two_by_what_tells_them_apart(qtbot, ui) -> None:
    cf = ui.case_file
    keep = cf.captives.create(names=["Aram Petrosyan"], capture="2020-11-10",
                              capture_place="Shushi").id
    other = cf.captives.create(names=["Арам Петросян"], capture="2020-11-10",
                               capture_place="Hadrut").id
    dialog = MergeCaptivesDialog(ui, keep, other)
    qtbot.addWidget(dialog)
    dialog.show()
    heading = dialog.heading.text()
    # both named alike in Latin letters, as the lists name them: only the facts tell them apart
    assert heading.startswith("Keep Aram Petrosyan (captured in Shushi) and merge Aram Petrosyan "
                              "(captured in Hadrut) into them."), heading
    assert "ID" not in heading
    assert dialog.heading.toolTip() == f"Kept: ID {keep}. Merged: ID {other}."
    dialog.close()


def test_the_look_alikes_of_an_import_are_named_by_what_tells_them_apart(
        qtbot, blank_window, _empty_template: Path, tmp_path: Path, message_boxes,
        monkeypatch) -> None:
    from caseapp.config import Location
    from caseapp.services.casefile import open_case_file
    from tests.conftest import TODAY

    theirs = open_case_file(Location(path=copy_of(_empty_template, tmp_path / "theirs.db")),
                            actor="colleague", today=lambda: TODAY)
    theirs.captives.create(names=["Aram Vardanyan"], birth="1980-03-02", capture_place="Hadrut")
    export = tmp_path / "theirs.json"
    theirs.export_json(export)
    theirs.close()
    assert blank_window.open_path(copy_of(_empty_template, tmp_path / "mine.db"))
    blank_window.case_file.captives.create(names=["Արամ Վարդանյան"], birth="1980-03-02",
                                           capture_place="Shushi")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (str(export), "")))
    monkeypatch.setattr(blank_window, "likely_duplicates", lambda: None)

    file_actions.import_json(blank_window)

    qtbot.waitUntil(lambda: any(kind == "box" for kind, _ in message_boxes), timeout=60000)
    said = next(text for kind, text in message_boxes if kind == "box")
    assert ("Aram Vardanyan (captured in Hadrut) like Արամ Վարդանյան (captured in Shushi)"
            in said), said
    assert "(ID" not in said


def test_the_spreadsheet_import_names_the_captive_to_merge_into_by_its_facts(
        qtbot, ui, tmp_path: Path) -> None:
    captive = ui.case_file.captives.create(names=["Aram Petrosyan"], birth="1990-05-03",
                                           capture_place="Shushi").id
    path = write_xlsx(tmp_path / "list.xlsx", {"List": [["Name", "Date of birth"],
                                                        ["Арам Петросян", "03.05.1990"]]})
    dialog = SheetImportDialog(ui, path, mappings_folder=tmp_path / "maps")
    qtbot.addWidget(dialog)
    dialog.show()
    for _ in range(2):
        qtbot.mouseClick(dialog.findChild(QPushButton, "sheet_next"), Qt.MouseButton.LeftButton)
    choice = dialog.findChild(QComboBox, "sheet_choice_2")
    assert choice.itemData(1) == f"merge:{captive}"
    assert choice.itemText(1) == "Merge into Aram Petrosyan (captured in Shushi)"
    assert choice.itemData(1, Qt.ItemDataRole.ToolTipRole) == f"ID {captive}"
    said = problems(dialog.preview.rows[0])  # the row's cell and its details below the table
    assert said.startswith("Like “Aram Petrosyan” (captured in Shushi; score "), said
    dialog.close()
