"""What the preview says of the whole sheet stands on lines of its own, each a sentence: the
note on a header over two rows began its line in small letters ("заголовок объединён…")."""

from __future__ import annotations

from pathlib import Path

from caseapp.ui.dialogs.sheet_import import SheetImportDialog

TWO_HEADER_ROWS = ("ФИО;Дата;Дата;Статус\n;рождения;захвата;\n"
                   "Петросян Арам;17.05.1990;10.11.2020;в плену\nМамедов Рашад;1985;19.09.2023;осужден\n")


def test_each_notice_of_the_preview_is_a_sentence(qtbot, ui, tmp_path: Path) -> None:
    path = tmp_path / "list.csv"
    path.write_text(TWO_HEADER_ROWS, encoding="utf-8")
    dialog = SheetImportDialog(ui, path, mappings_folder=tmp_path / "maps")
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.next.click()
    dialog.next.click()
    assert dialog.steps.currentIndex() == 2, dialog.message.text()
    lines = dialog.summary.text().splitlines()
    assert any(line.startswith("The header is merged over rows 1 and 2") for line in lines)
    assert all(line[:1].isupper() or not line[:1].isalpha() for line in lines), lines
