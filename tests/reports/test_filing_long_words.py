"""A web address or a reference longer than a line, cited in a filing draft, is printed across
lines where the line ends and copies from the PDF whole: nothing is put inside it (a space
every 100 characters made the Court's reader copy a broken address)."""

from __future__ import annotations

import io

from pypdf import PdfReader

from caseapp.domain.enums import Sensitivity
from caseapp.reports.filing_doc import Draft, render_pdf

ADDRESS = "https://hudoc.echr.coe.int/eng?i=" + "001-22" * 40 + "&tab=judgment-ruling-text"


def _text(pdf: bytes) -> str:
    # (pypdf, not pdftotext, which takes a hyphen ending a line for a word's hyphenation)
    return "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages)


def test_a_long_address_in_a_filing_copies_whole() -> None:
    draft = Draft(title="Application", subtitle="Draft", level=Sensitivity.SHAREABLE, header="H")
    draft.h2(f"Source: {ADDRESS}")
    draft.para(f"The ruling is published at {ADDRESS} since May.")
    draft.bullets([f"Annex: {ADDRESS}"])
    text = _text(render_pdf(draft, author="A. Lawyer"))
    lines = [line.strip() for line in text.splitlines()]
    joined = "".join(lines)  # the address goes on across lines, nothing inside it
    assert joined.count(ADDRESS) == 3
    assert all(len(line) < 120 for line in lines)  # and it was split to fit the page
