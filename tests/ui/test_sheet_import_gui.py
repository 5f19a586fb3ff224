"""File → Import Spreadsheet… in the window: the three steps with real clicks and keys, one
merge asked for the row that is a captive of the sheet under another spelling, the import
one step of the undo history."""

from __future__ import annotations

import re
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QLabel, QPushButton

from caseapp.domain.dates import PartialDate
from caseapp.domain.enums import CaptiveStatus, DatePrecision
from caseapp.ui.dialogs.sheet_import import SheetImportDialog
from caseapp.ui.dialogs.sheet_import_rows import problems, summary
from tests.sheets.makers import write_hidden_lists_then_captives, write_xlsx

SHEET = [
    ["Ազգանուն", "Անուն", "Дата рождения", "Дата задержания", "Статус"],
    ["Мкртчян", "Арташес", datetime(1990, 5, 17), "май 2024", "в плену"],
    ["Մկրտչյան", "Արտաշես", "1990", "2024", "կալանքի տակ"],
    ["Оганесян", "Ани", "12.03.1999", "", "пропала без вести"],
]


def _click(qtbot, dialog: SheetImportDialog, name: str) -> None:
    qtbot.mouseClick(dialog.findChild(QPushButton, name), Qt.MouseButton.LeftButton)


def test_the_wizard_imports_with_one_merge_and_undoes_in_one_step(qtbot, ui, tmp_path: Path,
                                                                    message_boxes) -> None:
    path = write_xlsx(tmp_path / "list.xlsx", {"Пленные": SHEET})
    before = {c.id for c in ui.case_file.captives.list()}
    dialog = SheetImportDialog(ui, path, mappings_folder=tmp_path / "maps")
    qtbot.addWidget(dialog)
    dialog.show()

    _click(qtbot, dialog, "sheet_next")  # the sheet → the columns, found from the headers
    assert dialog.steps.currentIndex() == 1
    assert dialog.edited_columns() == {0: "surname", 1: "given_name", 2: "birth", 3: "capture",
                                       4: "status"}
    _click(qtbot, dialog, "sheet_next")  # → the preview
    assert dialog.steps.currentIndex() == 2
    pv = dialog.preview
    assert [r.row for r in pv.with_duplicates] == [3]
    import_button = dialog.findChild(QPushButton, "sheet_do_import")
    assert not import_button.isEnabled()  # row 3 waits for a choice
    assert "row 3" in dialog.findChild(QLabel, "sheet_message").text()

    choice = dialog.findChild(QComboBox, "sheet_choice_3")
    assert choice.itemData(1) == "row:2"
    choice.setFocus()
    qtbot.keyClick(choice, Qt.Key.Key_Down)  # "Merge into row 2"
    assert choice.currentData() == "row:2" and import_button.isEnabled()
    _click(qtbot, dialog, "sheet_do_import")
    qtbot.waitUntil(lambda: dialog.import_result is not None and not dialog.isVisible())

    new = [c for c in ui.case_file.captives.list() if c.id not in before]
    assert sorted(c.primary_name for c in new) == ["Ани Оганесян", "Арташес Мкртчян"]
    artashes = next(c for c in new if c.primary_name == "Арташес Мкртчян")
    assert [n.full_name for n in artashes.names] == ["Арташес Мкртчян", "Արտաշես Մկրտչյան"]
    assert artashes.birth == PartialDate(datetime(1990, 5, 17).date(), DatePrecision.EXACT)
    assert artashes.capture == PartialDate(datetime(2024, 5, 1).date(), DatePrecision.MONTH)
    ani = next(c for c in new if c.primary_name == "Ани Оганесян")
    assert ani.status is CaptiveStatus.MISSING

    assert ui.ops.undo()  # one step takes the whole import back (after asking)
    assert any("Undoing “Import of list.xlsx”" in text for _, text in message_boxes)
    assert {c.id for c in ui.case_file.captives.list()} == before
    assert ui.ops.redo()
    assert len(ui.case_file.captives.list()) == len(before) + 2


def test_a_likely_duplicate_s_score_is_written_as_the_language_writes_numbers(
        qtbot, ui, tmp_path: Path) -> None:
    """The preview's "score 0,93" in Armenian or Russian (a decimal comma), not "0.93"."""
    from PySide6.QtCore import QLocale

    path = write_xlsx(tmp_path / "list.xlsx", {"Пленные": SHEET})
    dialog = SheetImportDialog(ui, path, mappings_folder=tmp_path / "maps")
    qtbot.addWidget(dialog)
    dialog.show()
    _click(qtbot, dialog, "sheet_next")
    _click(qtbot, dialog, "sheet_next")
    row = dialog.preview.with_duplicates[0]
    before = QLocale()
    try:
        for language in (QLocale.Language.Armenian, QLocale.Language.Russian):
            QLocale.setDefault(QLocale(language))
            text = problems(row)
            assert re.search(r"\d,\d\d", text) and not re.search(r"\d\.\d\d", text), text
    finally:
        QLocale.setDefault(before)


def test_columns_the_headers_do_not_name_are_mapped_by_hand(qtbot, ui, tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "list.xlsx", {"Лист": [["Кто", "Когда"], ["Казарян Артур", "2024"]]})
    dialog = SheetImportDialog(ui, path, mappings_folder=tmp_path / "maps")
    qtbot.addWidget(dialog)
    dialog.show()
    _click(qtbot, dialog, "sheet_next")
    assert dialog.steps.currentIndex() == 1 and dialog.edited_columns() == {}
    _click(qtbot, dialog, "sheet_next")
    # Nothing holds a name: the wizard stays on the columns and says why.
    assert dialog.steps.currentIndex() == 1
    assert "no column holds a name" in dialog.findChild(QLabel, "sheet_message").text()
    name_field = dialog.columns.cellWidget(0, 3)
    name_field.setFocus()
    qtbot.keyClick(name_field, Qt.Key.Key_Down)  # "Full name", the first field
    when = dialog.columns.cellWidget(1, 3)
    when.setCurrentIndex(when.findData("capture"))
    _click(qtbot, dialog, "sheet_next")
    assert dialog.steps.currentIndex() == 2
    assert dialog.preview.rows[0].shown == {"name": "Казарян Артур", "capture": "2024"}


def test_file_menu_opens_the_wizard_on_the_chosen_file(qtbot, blank_window, demo_copy: Path,
                                                        tmp_path: Path, monkeypatch) -> None:
    from PySide6.QtWidgets import QFileDialog

    path = write_xlsx(tmp_path / "list.xlsx", {"Пленные": SHEET})
    action = blank_window.actions_by_id["import_sheet"]
    assert not action.isEnabled()  # no case file open yet
    assert blank_window.open_path(demo_copy)
    assert action.isEnabled()
    monkeypatch.setattr(QFileDialog, "getOpenFileName",
                        staticmethod(lambda *a, **k: (str(path), "")))
    action.trigger()  # (no shortcut: File → Import Spreadsheet…)
    qtbot.waitUntil(lambda: getattr(blank_window, "sheet_dialog", None) is not None
                    and blank_window.sheet_dialog.isVisible())
    dialog = blank_window.sheet_dialog
    assert dialog.windowTitle().endswith("list.xlsx") and dialog.source.sheet.currentText() == "Пленные"
    dialog.reject()


def test_the_wizard_starts_on_the_first_visible_sheet_and_says_what_it_noticed(
        qtbot, ui, tmp_path: Path) -> None:
    write_hidden_lists_then_captives(tmp_path / "list.xlsx")
    dialog = SheetImportDialog(ui, tmp_path / "list.xlsx", mappings_folder=tmp_path / "maps")
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.source.sheet.currentText() == "Captives"
    _click(qtbot, dialog, "sheet_next")
    _click(qtbot, dialog, "sheet_next")
    assert dialog.steps.currentIndex() == 2
    assert "\nThe header is merged over rows 1 and 2" in dialog.summary.text()


def test_an_encoding_in_doubt_is_said_and_can_be_chosen(qtbot, ui, tmp_path: Path) -> None:
    """Latin names with Cyrillic initials read as Windows-1251 (А.) and -1252 (À.) alike:
    the first step says which encoding was found and that it is not certain; the other can
    be chosen."""
    path = tmp_path / "list.csv"
    path.write_bytes("Name;Status\nPetrosyan А.;held\n".encode("cp1251"))
    dialog = SheetImportDialog(ui, path, mappings_folder=tmp_path / "maps")
    qtbot.addWidget(dialog)
    dialog.show()
    encoding = dialog.findChild(QComboBox, "sheet_encoding")
    assert encoding.itemText(0) == ("Windows-1251 (found; not certain: the file reads as "
                                    "Windows-1252 too)")
    _click(qtbot, dialog, "sheet_next")
    _click(qtbot, dialog, "sheet_next")
    assert dialog.preview.rows[0].shown["name"] == "Petrosyan А."
    assert "read as Windows-1251, and it reads as Windows-1252 too" in dialog.preview.notices[0]
    assert "--encoding" not in dialog.preview.notices[0]  # (the command line's own hint)
    said = summary(dialog.preview).splitlines()
    doubt = next(n for n, line in enumerate(said) if "encoding is not certain" in line)
    assert said[doubt + 1] == ("To read the file as Windows-1252, go back to the first step and "
                               "choose it under Encoding.")  # (right after it)
    for _ in range(2):
        qtbot.mouseClick(dialog.back, Qt.MouseButton.LeftButton)
    encoding.setCurrentIndex(encoding.findData("cp1252"))
    _click(qtbot, dialog, "sheet_next")
    _click(qtbot, dialog, "sheet_next")
    assert dialog.preview.rows[0].shown["name"] == "Petrosyan À."
    assert not any("not certain" in n for n in dialog.preview.notices)
