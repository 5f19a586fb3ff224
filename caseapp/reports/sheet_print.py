"""How a spreadsheet CaseApp writes prints: A4, as many pages across as asked, the table's
header row (and the columns that say whose row it is) on every page, and every printed page
headed by the level the sheet was made at, as a PDF's pages are, and numbered. A printed page
of a sheet then never goes out without its level."""

from __future__ import annotations

from typing import Any

from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from caseapp.domain.enums import Sensitivity
from caseapp.reports.texts import level_line, t


def print_setup(ws: Any, level: Sensitivity, lang: str, *, landscape: bool,
                pages_wide: int = 1, title_columns: int = 0) -> None:
    """Set ``ws`` to print on A4, ``pages_wide`` pages across (as many down as it takes),
    with its header row and its first ``title_columns`` on every page (the pages of the same
    rows one after the other), headed by the level's line in ``lang`` and numbered."""
    ws.page_setup.paperSize = Worksheet.PAPERSIZE_A4
    ws.page_setup.orientation = "landscape" if landscape else "portrait"
    ws.page_setup.fitToWidth = pages_wide
    ws.page_setup.fitToHeight = 0  # any number of pages down
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    if title_columns:
        ws.print_title_rows = "1:1"
        ws.print_title_cols = f"A:{get_column_letter(title_columns)}"
        ws.page_setup.pageOrder = "overThenDown"
    # "&" starts a code in a header or footer: a literal one is written twice.
    ws.oddHeader.center.text = level_line(level, lang).replace("&", "&&")
    ws.oddFooter.right.text = t("page_of", lang, page="&P", pages="&N")
