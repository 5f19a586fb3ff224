"""The header cue (every cell of a row with a value bold, or on a fill) read from files that
LibreOffice Calc saved, not only from files the tests write: a title row above the list's
header, the list, then a second table whose header is set as the list's own. The list ends
above that table, told by its header's look alone.

tests/fixtures/sheets/ holds what LibreOffice 7.4 wrote converting the XLSX files that
``tests.sheets.test_sheet_styled_tables._write`` makes of its ``LIST`` (rows 1, 2, 7 and 8
bold, or on a grey fill; for "named-style", in the built-in style "Headline 3", which Calc
keeps as a cell style whose parent is the bold named style):
``soffice --headless --convert-to ods --outdir DIR F.xlsx`` (and ``xls``)."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest

from caseapp.services.casefile import CaseFile
from caseapp.services.sheet_preview import preview
from caseapp.services.sheet_read import read_sheet

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "sheets"
FILES = ["calc-bold-header.ods", "calc-bold-header.xls", "calc-fill-header.ods",
         "calc-fill-header.xls", "calc-named-style-header.ods"]


def test_the_fixtures_were_written_by_libreoffice() -> None:
    for name in FILES:
        path = FIXTURES / name
        if path.suffix == ".ods":
            with zipfile.ZipFile(path) as z:
                assert b"<meta:generator>LibreOffice/" in z.read("meta.xml")
        else:
            assert path.read_bytes()[:8] == bytes.fromhex("d0cf11e0a1b11ae1")  # BIFF8 in OLE


@pytest.mark.parametrize("name", FILES)
def test_the_rows_calc_set_as_headers_are_told_by_their_look(name: str) -> None:
    data = read_sheet(FIXTURES / name)
    # the title and the list's header; the second table's title and header (0-based)
    assert set(data.shape.emphasised_rows) == {0, 1, 6, 7}


@pytest.mark.parametrize("name", FILES)
def test_a_calc_file_s_second_table_ends_the_list(case_file: CaseFile, name: str) -> None:
    pv = preview(case_file, FIXTURES / name)
    assert pv.header_row == 2  # below the title
    assert [r.row for r in pv.rows] == [3, 4, 5]
    assert pv.notices[0].startswith("row 8 (“Пленный | Освобождён | Статус")
