"""A filing draft's tables in its .docx (the ECHR application's list of documents, the UN
forms' answers): a table longer than a page repeats its header row on each page, as the PDF
does, and its columns have the PDF's proportions (the document's title wide, its number
narrow), not five equal columns."""

from __future__ import annotations

import io

from docx import Document
from docx.oxml.ns import qn

from caseapp.domain.enums import Sensitivity
from caseapp.reports.filing_doc import Draft, render_docx

HEADERS = ("No.", "Date", "Document", "Pages", "File")
WIDTHS = (0.07, 0.14, 0.33, 0.11, 0.35)


def _table(rows: int):  # type: ignore[no-untyped-def]
    draft = Draft(title="Application", subtitle="Draft", level=Sensitivity.SHAREABLE, header="H")
    draft.grid(HEADERS, [(str(n), "1 Mar 2024", f"Decision of the court no. {n}", "1",
                          f"annex_{n}.pdf") for n in range(1, rows + 1)], WIDTHS)
    return Document(io.BytesIO(render_docx(draft, author="A. Lawyer"))).tables[0]


def test_a_long_table_repeats_its_header_row_on_each_page() -> None:
    table = _table(120)  # some four pages
    assert [c.text for c in table.rows[0].cells] == list(HEADERS)
    repeated = [row._tr.trPr is not None and row._tr.trPr.find(qn("w:tblHeader")) is not None
                for row in table.rows]
    assert repeated == [True] + [False] * 120


def test_its_columns_keep_the_pdfs_proportions() -> None:
    table = _table(3)
    for row in table.rows:
        widths = [cell.width for cell in row.cells]
        assert all(w is not None for w in widths)
        total = sum(widths)
        assert [round(w / total, 2) for w in widths] == list(WIDTHS)
