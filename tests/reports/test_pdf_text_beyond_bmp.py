"""Text copied out of a PDF is the text recorded, letter by letter, also for characters beyond
the Basic Multilingual Plane (an emoji, a mathematical letter, a rare Chinese character): a
lawyer pasting a name or a note from the dossier or a filing into an e-mail gets what was
typed, or "�" where the fonts had nothing to draw, never another real character."""

from __future__ import annotations

from pathlib import Path

from caseapp.domain.enums import Sensitivity
from caseapp.reports.dossier import render_dossier
from caseapp.reports.filing_doc import Draft, render_pdf
from caseapp.reports.fonts import REPLACEMENT
from caseapp.services.casefile import CaseFile
from caseapp.services.dossier_data import build_dossier
from tests.reports.pdf_words import pdf_text

DRAWN = "𝔸𝕣𝕒 😀 𐌀"  # the bundled DejaVu fonts draw these: mathematical letters, an emoji, Old Italic
NOT_DRAWN = "🙏 𠀀"  # these they do not (an emoji, a CJK Extension B character)


def test_a_dossier_gives_back_letters_beyond_the_basic_plane(
        case_file: CaseFile, tmp_path: Path) -> None:
    cid = case_file.captives.create(
        names=[dict(full_name=f"Ara {DRAWN} Petrosyan", language="en", is_primary=True)],
        capture="2024-05-01", status="held", summary=f"Family wrote {NOT_DRAWN} and {DRAWN}.").id
    text = pdf_text(render_dossier(build_dossier(case_file, cid, level="internal")), tmp_path)
    # reportlab's copy map wrote U+1D538 as five hex digits: pdftotext read U+1D53 "ᵓ"
    assert f"Ara {DRAWN} Petrosyan" in text
    assert f"Family wrote {REPLACEMENT} {REPLACEMENT} and {DRAWN}." in text
    assert "ᵓ" not in text


def test_a_filing_gives_back_letters_beyond_the_basic_plane(tmp_path: Path) -> None:
    draft = Draft(title="Rule 39", subtitle=f"Request: {DRAWN} v. Azerbaijan",
                  level=Sensitivity.SHAREABLE, header="")
    draft.para(f"The applicant wrote {DRAWN} {NOT_DRAWN}", bold=True)
    text = pdf_text(render_pdf(draft, author=""), tmp_path)
    assert f"Request: {DRAWN} v. Azerbaijan" in text
    assert f"The applicant wrote {DRAWN} {REPLACEMENT} {REPLACEMENT}" in text
