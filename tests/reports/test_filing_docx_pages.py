"""Each page of a filing draft's .docx (the ECHR application, the Rule 39 request, the UN
submissions) is numbered in the footer, "Page 2 of 5" in the draft's language, as each page of
its PDF is: the Court's practice direction on written pleadings asks for pages numbered
consecutively, and a faxed request whose pages come apart is put back in order by them."""

from __future__ import annotations

import io

import pytest
from docx import Document
from docx.oxml.ns import qn

from caseapp.domain.enums import Sensitivity
from caseapp.reports.filing_doc import Draft, render_docx


def footer_text(data: bytes) -> str:
    """The footer's words, each page field as {PAGE} or {NUMPAGES}."""
    out = []
    for section in Document(io.BytesIO(data)).sections:
        for paragraph in section.footer._element.iter(qn("w:p")):
            for child in paragraph:
                if child.tag == qn("w:r"):
                    out += [t.text or "" for t in child.iter(qn("w:t"))]
                elif child.tag == qn("w:fldSimple"):
                    out.append("{" + child.get(qn("w:instr")).split()[0] + "}")
    return "".join(out)


@pytest.mark.parametrize(("lang", "numbered"), [
    ("en", "Page {PAGE} of {NUMPAGES}"), ("fr", "Page {PAGE} sur {NUMPAGES}"),
    ("ru", "Страница {PAGE} из {NUMPAGES}"), ("hy", "Էջ {PAGE} / {NUMPAGES}")])
def test_each_page_of_the_docx_is_numbered_in_the_drafts_language(lang: str,
                                                                 numbered: str) -> None:
    draft = Draft(title="Rule 39", subtitle="Request", level=Sensitivity.SHAREABLE,
                  header="Aram Petrosyan v. Azerbaijan", lang=lang)
    for n in range(60):
        draft.para(f"Paragraph {n}: the applicant's health is at immediate risk.")
    assert footer_text(render_docx(draft, author="A. Lawyer")) == numbered
