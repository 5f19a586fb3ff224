"""Names in every script in the PDFs: a letter the bundled DejaVu fonts cannot draw (Chinese,
Devanagari, an emoji) is drawn as the replacement character "�", which a reader knows as "a
character that could not be shown", never as the empty box reportlab draws silently; and
a filing to the Court (a Rule 39 request, an ECHR application draft) sets a Persian or a
Hebrew name right to left and joined, as the dossier does."""

from __future__ import annotations

from pathlib import Path

from caseapp.domain.enums import Sensitivity
from caseapp.reports.dossier import render_dossier
from caseapp.reports.filing_doc import Draft, render_pdf
from caseapp.reports.fonts import REPLACEMENT, drawable
from caseapp.services.casefile import CaseFile
from caseapp.services.dossier_data import build_dossier
from tests.reports.pdf_words import pdf_words

PERSIAN = "محمد رضایی"
HEBREW = "דוד לוי"




def test_a_letter_the_fonts_lack_is_drawn_as_the_replacement_character(
        case_file: CaseFile, tmp_path: Path) -> None:
    cid = case_file.captives.create(
        names=[dict(full_name="王小明", language="zh", is_primary=True),
               dict(full_name="राजेश कुमार", language="hi"),
               dict(full_name="Wang Xiaoming", language="en", kind="transliteration")],
        capture="2024-05-01", status="held").id
    text = pdf_words(render_dossier(build_dossier(case_file, cid, level="internal")),
                      tmp_path)
    # Drawn with the font's empty glyph, pdftotext still gave the letters back: the page
    # showed boxes that looked like letters of the name.
    assert "王小明" not in text and "राजेश" not in text
    assert REPLACEMENT * 3 in text and f"{REPLACEMENT * 5} {REPLACEMENT * 5}" in text
    assert "Wang Xiaoming" in text


def test_what_the_fonts_draw_is_kept_composed() -> None:
    assert drawable("Jose\u0301 Mu\u0308ller") == "José Müller"  # NFC: the font's own é
    for value in ("Սևակ Եղիազարյան", "ნიკოლოზ ბერიძე", "İsmayıl Əliyev Bağırova",
                  "Γιώργος", "ДЖЕЙМС", PERSIAN, HEBREW, "line\nnext"):
        assert drawable(value) == value
    # a variation selector or a skin tone the font cannot draw changes no letter: left out
    assert drawable("Anna \u2764\ufe0f") == "Anna \u2764\ufe0f"
    assert drawable("\U0001f469\U0001f3fd") == REPLACEMENT


def test_a_filing_sets_right_to_left_names_as_they_read(tmp_path: Path) -> None:
    draft = Draft(title="Rule 39", subtitle=f"Request: {PERSIAN} v. Azerbaijan",
                  level=Sensitivity.SHAREABLE, header=PERSIAN)
    draft.h1(f"The applicant {HEBREW}")
    draft.para(f"Risk to {PERSIAN} & his health. " * 12)  # wraps over several lines
    draft.para(f"Release {HEBREW}", bold=True)
    text = pdf_words(render_pdf(draft, author=""), tmp_path)
    # drawn in the order stored, the Court read the Persian name backwards and unjoined
    assert text.count(PERSIAN) >= 12 and PERSIAN[::-1] not in text
    assert text.count(HEBREW) == 2 and HEBREW[::-1] not in text
    assert "&" in text and "&amp;" not in text
