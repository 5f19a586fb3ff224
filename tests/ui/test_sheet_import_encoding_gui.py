"""The wizard's choice of encoding for a CSV list: a file no encoding found reads whole still
opens, the lawyer chooses among the encodings the command line takes, and sees the names as
each reads them before going on."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QLabel, QPushButton

from caseapp.services.sheet_encoding import CHOICES
from caseapp.ui.dialogs.sheet_import import SheetImportDialog

LIST = "Фамилия имя отчество;Дата рождения;Статус\nПетросян Арам;17.05.1990;в плену\nМамедов Рашад;1985;осужден\n"


def _open(qtbot, ui, path: Path, tmp_path: Path) -> SheetImportDialog:
    dialog = SheetImportDialog(ui, path, mappings_folder=tmp_path / "maps")
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_a_list_no_encoding_found_reads_opens_and_the_lawyer_chooses_one(
        qtbot, ui, tmp_path: Path) -> None:
    """A UTF-8 list with a row pasted from a Windows-1251 file (UTF-8 does not read it
    whole) was a warning box and no wizard: the encoding could be given on the command line
    only."""
    path = tmp_path / "list.csv"
    path.write_bytes(LIST.encode() + "Алиев Шукюр;1979;в плену\n".encode("cp1251"))
    dialog = _open(qtbot, ui, path, tmp_path)
    encoding = dialog.findChild(QComboBox, "sheet_encoding")
    names = dialog.findChild(QLabel, "sheet_encoding_names")
    assert encoding.itemText(0) == "Not found: choose one"
    assert [encoding.itemData(i) for i in range(1, encoding.count())] == list(CHOICES)
    assert names.text().startswith("list.csv is in UTF-8 but line 4 is not")
    qtbot.mouseClick(dialog.findChild(QPushButton, "sheet_next"), Qt.MouseButton.LeftButton)
    assert dialog.steps.currentIndex() == 0  # not read: said, and the lawyer stays

    encoding.setCurrentIndex(encoding.findData("cp1251"))  # the names, live: the row pasted
    assert names.text().startswith("Р¤Р°РјРёР»РёСЏ")  # reads, the UTF-8 rows are garbled
    assert names.text().endswith(" · Алиев Шукюр | 1979 | в плену")
    encoding.setCurrentIndex(encoding.findData("utf-8"))
    assert names.text().startswith("list.csv is not in UTF-8: byte ")


def test_the_names_show_how_each_encoding_reads_them(qtbot, ui, tmp_path: Path) -> None:
    path = tmp_path / "list.csv"
    path.write_bytes(LIST.encode("koi8-r"))
    dialog = _open(qtbot, ui, path, tmp_path)
    encoding = dialog.findChild(QComboBox, "sheet_encoding")
    names = dialog.findChild(QLabel, "sheet_encoding_names")
    assert encoding.itemText(0) == "KOI8-R (found)"  # (was read as Windows-1251, garbled)
    assert names.text() == "Петросян Арам · Мамедов Рашад"
    encoding.setCurrentIndex(encoding.findData("cp1251"))
    assert "рЕФТПУСО бТБН | 17.05.1990" in names.text()  # garbled, before going on
    encoding.setCurrentIndex(0)
    qtbot.mouseClick(dialog.findChild(QPushButton, "sheet_next"), Qt.MouseButton.LeftButton)
    qtbot.mouseClick(dialog.findChild(QPushButton, "sheet_next"), Qt.MouseButton.LeftButton)
    assert [r.shown["name"] for r in dialog.preview.rows] == ["Петросян Арам", "Мамедов Рашад"]
