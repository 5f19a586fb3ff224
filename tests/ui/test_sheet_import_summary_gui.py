"""The import window's summary says only what is there: no "0 with errors… 0 may be someone
already there" (it read «0 с ошибками… 0, возможно…»), and one sentence when every row is a
new captive; in English, Russian and Armenian, with their plural forms."""

from __future__ import annotations

from pathlib import Path

import pytest

from caseapp.ui.dialogs.sheet_import import SheetImportDialog
from tests.sheets.makers import write_csv
from tests.ui.conftest import _in_language


@pytest.fixture
def english(qapp):  # type: ignore[no-untyped-def]
    """The window in English, its plural forms from the English catalogue."""
    yield from _in_language(qapp, "en", "en_GB")


ROWS = [["Name", "Date of birth"], ["Aram Abovyan", "1980"], ["Babken Babayan", "1981"]]


def _summary(qtbot, ui, path: Path, tmp_path: Path) -> str:  # type: ignore[no-untyped-def]
    dialog = SheetImportDialog(ui, path, mappings_folder=tmp_path / "maps")
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.next.click()
    dialog.next.click()
    assert dialog.steps.currentIndex() == 2, dialog.message.text()
    return dialog.summary.text().splitlines()[0]


@pytest.mark.parametrize(("language", "said"), [
    ("english", "2 new captives read from list.csv."),
    ("russian", "Из list.csv прочитаны 2 новых пленных."),
    ("armenian", "list.csv ֆայլից կարդացվեց 2 նոր գերի։"),
])
def test_all_rows_fine_is_one_sentence(qtbot, ui, tmp_path: Path, request,  # type: ignore[no-untyped-def]
                                       language: str, said: str) -> None:
    request.getfixturevalue(language)
    assert _summary(qtbot, ui, write_csv(tmp_path / "list.csv", ROWS), tmp_path) == said


def test_only_the_counts_there_are(qtbot, ui, russian, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    path = write_csv(tmp_path / "list.csv", [*ROWS, ["Gurgen Galstyan", "31.02.1990"]])
    said = _summary(qtbot, ui, path, tmp_path)
    assert said == "Из list.csv прочитаны 3 строки. 1 с ошибками (красным).", said


def test_one_new_captive_in_english(qtbot, ui, english, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    said = _summary(qtbot, ui, write_csv(tmp_path / "list.csv", ROWS[:2]), tmp_path)
    assert said == "1 new captive read from list.csv."


def test_rows_with_text_only_in_a_column_not_chosen_are_named(  # type: ignore[no-untyped-def]
        qtbot, ui, english, tmp_path: Path) -> None:
    """Row 3 holds text only in a column read into no field: the window names it, apart
    from the empty row 5, so that a column forgotten in the choice shows."""
    path = write_csv(tmp_path / "list.csv", [
        ["Name", "Date of birth", "Called by"], ["Aram Abovyan", "1980", ""],
        ["", "", "his sister, 12 May"], ["Babken Babayan", "1981", ""], ["", "", ""],
        ["Gurgen Galstyan", "1982", ""]])
    dialog = SheetImportDialog(ui, path, mappings_folder=tmp_path / "maps")
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.next.click()
    dialog.next.click()
    said = dialog.summary.text()
    assert "1 empty row left out." in said
    assert ("1 row with nothing in the columns you chose, left out (row 3): check that no "
            "column you need is left unchosen.") in said
