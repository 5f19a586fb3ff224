"""The wizard's choice of encoding for a CSV list: a file no encoding found reads whole still
opens, the lawyer chooses among the encodings the command line takes, and sees the names as
each reads them before going on."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QLabel, QMessageBox, QPushButton

from caseapp.services.sheet_encoding import CHOICES
from caseapp.ui.dialogs.sheet_import import SheetImportDialog
from caseapp.ui.theme import error_style

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
    garbled, read = names.text().split("\n")  # reads, the UTF-8 rows garbled, and said to be
    assert garbled.startswith("These names are garbled") and read.startswith("Р¤Р°РјРёР»РёСЏ")
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


def test_a_quote_never_closed_is_said_and_the_encoding_not_blamed(qtbot, ui, tmp_path: Path) -> None:
    """A CSV list wrong in every encoding (a quote opened and never closed) showed "Not
    found: choose one" for the encoding, as if another would read it."""
    path = tmp_path / "list.csv"
    path.write_bytes((LIST + '"Алиев Шукюр;1979;в плену\nАбасов Рафик;1980;в плену\n'
                      'Гасанов Ильгар;1981;в плену\n').encode())
    dialog = _open(qtbot, ui, path, tmp_path)
    encoding = dialog.findChild(QComboBox, "sheet_encoding")
    names = dialog.findChild(QLabel, "sheet_encoding_names")
    assert encoding.itemText(0) == "UTF-8 (found)"
    assert names.text().startswith("list.csv, row 4 (line 4): a quote opened there is never closed")
    assert "encoding" not in names.text()


def _answer(monkeypatch, yes: bool) -> list[str]:
    asked: list[str] = []

    def question(parent, title, text, *args):
        asked.append(text)
        return QMessageBox.StandardButton.Yes if yes else QMessageBox.StandardButton.No

    monkeypatch.setattr(QMessageBox, "question", question)
    return asked


def test_names_read_into_junk_are_said_in_red_and_asked_about(
        qtbot, ui, tmp_path: Path, monkeypatch) -> None:
    """UTF-16 chosen for a UTF-8 list read it into Chinese characters, shown as names
    without a word, and the wizard went on with them."""
    path = tmp_path / "list.csv"
    path.write_bytes(LIST.encode() + b"\n")  # (an even number of bytes: UTF-16 reads them)
    dialog = _open(qtbot, ui, path, tmp_path)
    encoding = dialog.findChild(QComboBox, "sheet_encoding")
    names = dialog.findChild(QLabel, "sheet_encoding_names")
    red = error_style()  # the error colour of the palette in use
    assert names.text() == "Петросян Арам · Мамедов Рашад" and names.styleSheet() != red
    encoding.setCurrentIndex(encoding.findData("utf-16"))
    assert names.text().startswith("These are not names: most letters are of scripts")
    assert names.styleSheet() == red
    asked = _answer(monkeypatch, yes=False)
    qtbot.mouseClick(dialog.findChild(QPushButton, "sheet_next"), Qt.MouseButton.LeftButton)
    assert asked and dialog.steps.currentIndex() == 0  # not gone on without a word
    _answer(monkeypatch, yes=True)
    qtbot.mouseClick(dialog.findChild(QPushButton, "sheet_next"), Qt.MouseButton.LeftButton)
    assert dialog.steps.currentIndex() == 1  # the lawyer's choice, once asked
    qtbot.mouseClick(dialog.back, Qt.MouseButton.LeftButton)
    encoding.setCurrentIndex(encoding.findData("utf-8"))
    asked = _answer(monkeypatch, yes=False)
    qtbot.mouseClick(dialog.findChild(QPushButton, "sheet_next"), Qt.MouseButton.LeftButton)
    assert not asked and dialog.steps.currentIndex() == 1


def test_a_utf16_list_read_in_an_8_bit_encoding_is_said_to_hold_nuls(
        qtbot, ui, tmp_path: Path) -> None:
    path = tmp_path / "list.csv"
    path.write_bytes(LIST.encode("utf-16"))
    dialog = _open(qtbot, ui, path, tmp_path)
    encoding = dialog.findChild(QComboBox, "sheet_encoding")
    names = dialog.findChild(QLabel, "sheet_encoding_names")
    encoding.setCurrentIndex(encoding.findData("cp1251"))
    assert names.text().startswith("These are not names: the text holds NUL")
    encoding.setCurrentIndex(encoding.findData("utf-8"))  # UTF-8 cannot read it: an error
    assert names.text().startswith("list.csv is not in UTF-8")


def test_an_armenian_list_in_armscii_8_read_as_windows_1251_is_said_garbled(
        qtbot, ui, tmp_path: Path) -> None:
    """Its headers in English, its names read as Windows-1251 are Cyrillic letters with signs
    between them ("д»псблЫіЭ", "кіс·лЫіЭ"), too few of them with mixed case to be told: the
    wizard showed them as names."""
    from tests.sheets.test_sheet_encoding import _armscii

    path = tmp_path / "list.csv"
    path.write_bytes(_armscii("Name;Birth\nՊետրոսյան Արամ;1990\nՍարգսյան Կարեն;1985\n"
                              "Մկրտչյան Նարեկ;1979\n"))
    dialog = _open(qtbot, ui, path, tmp_path)
    encoding = dialog.findChild(QComboBox, "sheet_encoding")
    names = dialog.findChild(QLabel, "sheet_encoding_names")
    assert names.text() == "Պետրոսյան Արամ · Սարգսյան Կարեն · Մկրտչյան Նարեկ"  # found
    encoding.setCurrentIndex(encoding.findData("cp1251"))
    assert names.text().startswith("These names are garbled: signs such as ¶ and ·")
