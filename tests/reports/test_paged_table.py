"""Long tables laid out a page at a time (caseapp.reports.paged_table): the pages a lawyer
gets are the ones reportlab makes of the whole table, in time that grows with the rows."""

from __future__ import annotations

import io
import re
from collections import Counter
from typing import Any

import pytest
from pypdf import PdfReader
from reportlab.lib import colors
from reportlab.platypus import LongTable, Paragraph, TableStyle

from caseapp.domain.enums import Sensitivity
from caseapp.reports.paged_table import PagedTable
from caseapp.reports.pdfkit import Heading, ReportDocument, facts, make_styles

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


def test_each_cell_is_measured_once_and_drawn_once_however_long_the_table(
        monkeypatch: pytest.MonkeyPatch) -> None:
    wraps: Counter[int] = Counter()
    original = Paragraph.wrap

    def counted(self: Paragraph, *args: Any) -> Any:
        wraps[id(self)] += 1
        return original(self, *args)

    rows = _rows(1500, paragraphs=True)
    monkeypatch.setattr(Paragraph, "wrap", counted)
    _pdf(PagedTable([["Number", "Text"]], rows, [100, 300], STYLE))
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


def _words(count: int, tag: str) -> str:
    return " ".join(f"{tag}{i}" for i in range(count))


def _in_order(text: str, tag: str, count: int) -> bool:
    found = [int(m) for m in re.findall(rf"\b{tag}(\d+)\b", text)]
    return found == list(range(count))


def test_a_row_taller_than_a_page_goes_on_over_the_next_pages_and_nothing_is_lost() -> None:
    s = make_styles()
    rows: list[list[Any]] = [[Paragraph(f"Row {i}", s.cell), Paragraph("short", s.cell)]
                             for i in range(30)]
    rows.insert(10, [Paragraph("Long", s.cell), Paragraph(_words(3000, "w"), s.cell)])
    pages = _pages(_pdf(PagedTable([[Paragraph("Number", s.cell_head),
                                     Paragraph("Text", s.cell_head)]], rows, [100, 300],
                                   STYLE)))
    assert len(pages) >= 4
    assert _in_order("\n".join(pages), "w", 3000)  # every word once, in order
    assert all(f"Row {i}\n" in "\n".join(pages) + "\n" for i in range(30))
    # The header once on every page it goes over: not again above the long row.
    assert [p.count("Number") for p in pages] == [1] * len(pages)
    # Started below its heading, not left alone at the foot of a page.
    first = next(n for n, p in enumerate(pages) if "w0 " in p)
    assert "The table" in pages[first]


def test_a_few_facts_move_whole_to_the_next_page_a_very_long_one_goes_on_over_it() -> None:
    s = make_styles()
    long = facts(s, [("Name", "Aram"), ("Capture", _words(4000, "c"))], total_width=400)
    split_here = []
    for lines in range(30, 80):  # the facts start lower and lower on the page
        filler = [Paragraph("<br/>".join(["x"] * lines), s.body)]
        short = facts(s, [("Name", "Aram"), ("Status", "Detained")], total_width=400)
        pages = _pages(_pdf_of([*filler, short]))
        assert sum(("Name" in p) and ("Status" in p) for p in pages) == 1  # on one page
        split_here.append(len(pages) > 1)
    assert any(split_here)  # (some were at the foot of the page)
    assert long is not None
    pages = _pages(_pdf_of([Paragraph("<br/>".join(["x"] * 30), s.body), long]))
    assert len(pages) >= 3 and _in_order("\n".join(pages), "c", 4000)


def _pdf_of(story: list[Any]) -> bytes:
    buf = io.BytesIO()
    doc = ReportDocument(buf, header_left="Facts", header_right="", level=Sensitivity.INTERNAL,
                         title="Facts", author="", subject="")
    doc.render(story)
    return buf.getvalue()
