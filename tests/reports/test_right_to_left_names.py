"""Hebrew and Arabic names read right to left in the PDFs: pdftotext, which reads a line's
glyphs by where they stand on the page, gives the name back as it was typed (its letters
would come out reversed if they were drawn in the order they are stored), and Arabic letters
are drawn joined (their presentation forms, which NFKC folds back to the letters typed)."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

from caseapp.reports.bidi_text import for_drawing
from caseapp.reports.dossier import render_dossier
from caseapp.reports.fonts import register_fonts
from caseapp.reports.pdfkit import wrapped_lines
from caseapp.reports.status_pdf import render_status_pdf
from caseapp.services.casefile import CaseFile
from caseapp.services.dossier_data import build_dossier
from caseapp.services.status_report_data import build_status_report
from tests.reports.pdf_words import pdf_words

HEBREW = "דוד לוי"
ARABIC = "محمد علي"




@pytest.fixture
def captive(case_file: CaseFile) -> int:
    return case_file.captives.create(
        names=[dict(full_name=HEBREW, language="he", is_primary=True),
               dict(full_name=ARABIC, language="ar", kind="transliteration"),
               dict(full_name="David Levi", language="en", kind="transliteration")],
        capture="2024-05-01", status="pre_trial").id


def test_the_dossier_draws_hebrew_and_arabic_names_right_to_left(
        case_file: CaseFile, captive: int, tmp_path: Path) -> None:
    text = pdf_words(render_dossier(build_dossier(case_file, captive, level="internal")),
                      tmp_path)
    assert HEBREW in text and ARABIC in text
    assert HEBREW[::-1] not in text and ARABIC[::-1] not in text


def test_the_status_report_table_draws_them_right_to_left(case_file: CaseFile, captive: int,
                                                          tmp_path: Path) -> None:
    text = pdf_words(render_status_pdf(build_status_report(case_file, level="internal")),
                      tmp_path)
    assert HEBREW in text and HEBREW[::-1] not in text


def test_a_wrapped_right_to_left_name_keeps_its_lines_in_reading_order() -> None:
    font = register_fonts()
    lines = wrapped_lines("אברהם בן דוד לוי", font, 10, 50)
    assert len(lines) > 1
    # Broken in reading order, each line then drawn right to left: the first line holds the
    # first words, its letters reversed.
    assert lines[0][::-1].startswith("אברהם") and lines[-1][::-1].endswith("לוי")


def test_text_without_a_right_to_left_letter_is_left_alone() -> None:
    for value in ("Tigran Vardanyan", "Տիգրան Վարդանյան", "Тигран (12)", ""):
        assert for_drawing(value) == value


def test_a_wrapped_right_to_left_note_reads_its_lines_in_order(case_file: CaseFile, captive: int,
                                                              tmp_path: Path) -> None:
    """A Hebrew note long enough to wrap in the dossier: its first words on its first line
    (reordered whole and then broken, the last words came first)."""
    words = ["אחת", "שתיים", "שלוש", "ארבע", "חמש", "שש", "שבע", "שמונה", "תשע", "עשר"]
    note = " ".join(words * 6)
    case_file.captives.update(captive, summary=note)
    path = tmp_path / "out.pdf"
    path.write_bytes(render_dossier(build_dossier(case_file, captive, level="internal")))
    out = subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True,
                         text=True, check=True).stdout
    marks = str.maketrans("", "", "\u202a\u202b\u202c\u200e\u200f")  # pdftotext's direction marks
    lines = [" ".join(line.translate(marks).split()) for line in out.splitlines()
             if "שתיים" in line]
    assert len(lines) >= 2  # it wraps
    assert lines[0].startswith("אחת שתיים שלוש")  # the note's beginning, on its first line
    assert lines[-1].endswith("תשע עשר")  # and its end on the last


def test_a_right_to_left_note_longer_than_a_page_goes_on_over_the_next(
        case_file: CaseFile, captive: int, tmp_path: Path) -> None:
    note = "\n".join(f"שורה {n} של הערה ארוכה מאוד על מצב העציר" for n in range(1, 200))
    case_file.captives.update(captive, summary=note)
    text = pdf_words(render_dossier(build_dossier(case_file, captive, level="internal")),
                      tmp_path)
    text = text.translate(str.maketrans("", "", "\u202a\u202b\u202c"))  # direction marks
    assert text.count("של הערה ארוכה מאוד") == 199  # every line, none lost at the page breaks


def test_a_name_with_allah_in_it_is_drawn_letter_by_letter(case_file: CaseFile,
                                                         tmp_path: Path) -> None:
    """"عبد الله" (Abdullah): the reshaper set الله as its one-glyph ligature, which the
    bundled fonts lack, so the dossier and the report printed "عبد �": half the name lost.
    The word is drawn with the letters the fonts have, joined."""
    from caseapp.reports.fonts import REPLACEMENT

    name = "عبد الله الحسن"
    cid = case_file.captives.create(
        names=[dict(full_name=name, language="ar", is_primary=True),
               dict(full_name="Abdullah al-Hasan", language="en", kind="transliteration")],
        capture="2024-05-01", status="pre_trial").id
    for data in (render_dossier(build_dossier(case_file, cid, level="internal")),
                 render_status_pdf(build_status_report(case_file, level="internal"))):
        text = pdf_words(data, tmp_path)
        assert name in text and REPLACEMENT not in text
