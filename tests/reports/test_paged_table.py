"""Long tables laid out a page at a time (caseapp.reports.paged_table): the pages a lawyer
gets are the ones reportlab makes of the whole table, in time that grows with the rows."""

from __future__ import annotations

import io
from collections import Counter
from typing import Any

import pytest
from pypdf import PdfReader
from reportlab.lib import colors
from reportlab.platypus import LongTable, Paragraph, TableStyle

from caseapp.domain.enums import Sensitivity
from caseapp.reports.paged_table import PagedTable
from caseapp.reports.pdfkit import Heading, ReportDocument, make_styles

STYLE = [
    ("BACKGROUND", (0, 0), (-1, 0), colors.lightgrey),
    ("LINEBELOW", (0, 0), (-1, 0), 0.8, colors.blue),
    ("LINEBELOW", (0, 1), (-1, -1), 0.25, colors.grey),
    ("ROWBACKGROUNDS", (0, 1), (-1, -1), [None, colors.whitesmoke]),
    ("VALIGN", (0, 0), (-1, -1), "TOP"),
]


def _rows(count: int, paragraphs: bool) -> list[list[Any]]:
    """Rows one to four lines high, in an order that does not repeat with the pages."""
    s = make_styles()
    rows = []
    for i in range(count):
        lines = 1 + (i * 7) % 4
        cells = [f"Row {i}", "\n".join(f"line {k} of row {i}" for k in range(lines))]
        rows.append([Paragraph(c.replace("\n", "<br/>"), s.cell) for c in cells]
                    if paragraphs else cells)
    return rows


def _pdf(table: Any) -> bytes:
    buf = io.BytesIO()
    s = make_styles()
    doc = ReportDocument(buf, header_left="Table", header_right="", level=Sensitivity.INTERNAL,
                         title="Table", author="", subject="")
    doc.render([Paragraph("Above the table.", s.body), Heading("The table", s.h1), table,
                Paragraph("Below the table.", s.body)])
    return buf.getvalue()


def _pages(data: bytes) -> list[str]:
    return [p.extract_text() for p in PdfReader(io.BytesIO(data)).pages]


@pytest.mark.parametrize("paragraphs", [False, True], ids=["text cells", "paragraph cells"])
def test_the_same_rows_on_the_same_pages_as_one_reportlab_table(paragraphs: bool) -> None:
    rows = _rows(400, paragraphs)
    header = ["Number", "Text"]
    whole = LongTable([header, *rows], colWidths=[100, 300], repeatRows=1, hAlign="LEFT")
    whole.setStyle(TableStyle(STYLE))
    expected = _pages(_pdf(whole))
    got = _pages(_pdf(PagedTable([header], _rows(400, paragraphs), [100, 300], STYLE)))
    assert len(expected) > 8
    assert got == expected
    assert all(p.count("Number") == 1 for p in got[1:-1])  # the header on every page
    assert sum(p.count("Row ") for p in got) == 400  # every row once


def test_a_command_on_the_last_row_applies_on_the_last_page_only() -> None:
    rows = [[f"Row {i}", "x"] for i in range(300)]
    commands = [*STYLE, ("BACKGROUND", (0, -1), (-1, -1), colors.red)]
    reader = PdfReader(io.BytesIO(_pdf(PagedTable([["A", "B"]], rows, [100, 300], commands))))
    red = [b"1 0 0 rg" in page.get_contents().get_data() for page in reader.pages]
    assert len(red) > 3 and red[-1] and not any(red[:-1])


def test_each_cell_is_measured_once_and_drawn_once_however_long_the_table() -> None:
    wraps: Counter[int] = Counter()
    original = Paragraph.wrap

    def counted(self: Paragraph, *args: Any) -> Any:
        wraps[id(self)] += 1
        return original(self, *args)

    rows = _rows(1500, paragraphs=True)
    Paragraph.wrap = counted  # type: ignore[method-assign]
    try:
        _pdf(PagedTable([["Number", "Text"]], rows, [100, 300], STYLE))
    finally:
        Paragraph.wrap = original  # type: ignore[method-assign]
    per_cell = [wraps[id(cell)] for row in rows for cell in row]
    # (measured, drawn, and for the rows where a page ends, measured by the page that did not
    # take them; one table split by reportlab measured the rows left again on every page)
    assert max(per_cell) <= 3
    assert sum(per_cell) <= 2.2 * len(per_cell)


def test_a_short_table_inside_a_table_cell_is_drawn_whole() -> None:
    s = make_styles()
    inner = PagedTable([["Status", "Count"]], [["Detained", "3"], ["Released", "4"],
                                               ["Total", "7"]], [120, 60], STYLE)
    outer = LongTable([[inner, Paragraph("Beside the counts.", s.body)]], colWidths=[200, 200])
    text = "\n".join(_pages(_pdf(outer)))
    for word in ("Detained", "Released", "Total", "7", "Beside the counts."):
        assert word in text
