"""The window's preview of a spreadsheet in Russian: its dates as the window writes dates
everywhere else (13.12.2020, «май 2000 г.»: they were ISO, 2020-12-13), the exact value read
in the tooltip; a category taken from the title of the list's part in italics, its tooltip
and the row's details naming the title row (tests/fixtures/sheets/
ngo-parts-titled-by-category.xlsx)."""

from __future__ import annotations

from pathlib import Path

import pytest

from caseapp.ui.dialogs.sheet_import import SheetImportDialog
from caseapp.ui.dialogs.sheet_import_labels import PREVIEW_FIELDS

SHEET = Path(__file__).resolve().parent.parent / "fixtures" / "sheets" / \
    "ngo-parts-titled-by-category.xlsx"
BIRTH, CAPTURE, CATEGORY = (2 + PREVIEW_FIELDS.index(f) for f in ("birth", "capture", "category"))


def _preview(qtbot, ui, sheet: Path, tmp_path: Path) -> SheetImportDialog:
    """The import window on its preview of ``sheet``, with the columns its headers name."""
    dialog = SheetImportDialog(ui, sheet, mappings_folder=tmp_path / "maps")
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.next.click()
    dialog.next.click()
    assert dialog.steps.currentIndex() == 2, dialog.message.text()
    return dialog


@pytest.fixture
def previewed(qtbot, ui, russian, tmp_path: Path) -> SheetImportDialog:
    return _preview(qtbot, ui, SHEET, tmp_path)


def _line(dialog: SheetImportDialog, row: int) -> int:
    return next(n for n in range(dialog.rows.rowCount()) if dialog.rows.item(n, 0).text() == str(row))


def test_the_preview_writes_dates_as_the_window_does(previewed: SheetImportDialog) -> None:
    cell = previewed.rows.item
    four, five, six = (_line(previewed, r) for r in (4, 5, 6))
    assert (cell(four, BIRTH).text(), cell(four, CAPTURE).text()) == ("12.03.2001", "13.12.2020")
    assert cell(four, BIRTH).toolTip() == "12.03.2001 (прочитано как 2001-03-12)"
    assert (cell(five, BIRTH).text(), cell(six, BIRTH).text(), cell(six, CAPTURE).text()) == (
        "май 2000\u00a0г.", "1999\u00a0г.", "декабрь 2020\u00a0г.")
    assert cell(five, BIRTH).toolTip() == "май 2000\u00a0г. (прочитано как 2000-05)"


def test_a_category_from_a_title_says_so(previewed: SheetImportDialog) -> None:
    cell = previewed.rows.item
    four, six, nine = (_line(previewed, r) for r in (4, 6, 9))
    taken = cell(four, CATEGORY)
    assert taken.text() == "Военнослужащий / военнопленный" and taken.font().italic()
    assert taken.toolTip() == "Из названия части списка в строке 3 «Военнослужащие»"
    own = cell(six, CATEGORY)  # the row's own column: "гражданский"
    assert (own.text(), own.font().italic(), own.toolTip()) == (
        "Гражданское лицо", False, "Гражданское лицо")
    assert cell(nine, CATEGORY).toolTip() == ("Из названия части списка в строке 8 "
                                              "«Гражданские лица»")
    previewed.rows.selectRow(four)
    assert previewed.details.text().endswith(
        "Категория «Военнослужащий / военнопленный» взята из названия части списка в "
        "строке 3 «Военнослужащие»")
    assert ("Строки 4–5 получают категорию «Военнослужащий / военнопленный» из названия части "
            "списка в строке 3 «Военнослужащие», если в самой строке категория не указана."
            in previewed.summary.text().splitlines())


TITLED = SHEET.with_name("ngo-titles-with-counts-and-statuses.xlsx")


def test_a_titled_list_imports_without_leaving_out_rows_with_errors(qtbot, ui, russian,
                                                                   tmp_path: Path) -> None:
    # Its titles and total were "5 с ошибками (красным)": the import stayed disabled until
    # "leave out the rows with errors" was ticked.
    dialog = _preview(qtbot, ui, TITLED, tmp_path)
    assert dialog.do_import.isEnabled() and not dialog.skip_errors.isVisibleTo(dialog)
    assert ("5 строк — не люди: названия частей списка и итоги (серым), не импортируются."
            in dialog.summary.text())
    actions = {int(dialog.rows.item(n, 0).text()): dialog.rows.item(n, 1).text()
               for n in range(dialog.rows.rowCount())}
    assert {r: a for r, a in actions.items() if a.startswith("Не человек")} == {
        3: "Не человек? Прочитано как название части", 6: "Не человек? Прочитано как название части",
        8: "Не человек? Прочитано как название части", 11: "Не человек: название части",
        13: "Не человек: итог"}
    assert dialog.rows.item(_line(dialog, 13), 2).background().color().name() == "#e2e3e5"
    nine = _line(dialog, 9)  # "Освобождены" above it: its status, in italics, without a date
    status = 2 + PREVIEW_FIELDS.index("status")
    assert dialog.rows.item(nine, status).font().italic()
    dialog.rows.selectRow(nine)
    assert dialog.details.text().endswith(
        "Статус «Освобождён» взят из названия части списка в строке 8 «Освобождены»; даты "
        "статуса в таблице нет")
    dialog.rows.selectRow(_line(dialog, 3))
    assert "прочитана по её виду как название части списка" in dialog.details.text()
