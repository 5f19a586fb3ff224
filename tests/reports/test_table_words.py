"""Tables in printed reports never break a word in the middle: a column is as wide as its
longest word, and when a row's longest words together are wider than the page the table's
text is set smaller (caseapp.reports.pdfkit.table)."""

from __future__ import annotations

import io

from pypdf import PdfReader
from reportlab.platypus import Paragraph

from caseapp.domain.enums import Sensitivity
from caseapp.reports.pdfkit import ReportDocument, make_styles, table

# The exposure report's captives table in Armenian: six columns whose longest words
# (“public”, “at trial”, “consent to publicity”, “records”) are together wider than A4.
HEADERS = ["Անուն", "Այլ անուններ", "Մակարդակ", "Կարգավիճակ",
           "Համաձայնություն հրապարակայնությանը", "Գրառումներ"]
ROW = ["Ալբերտ Համբարձումյան (Albert Hambardzumyan)", "Hambardzumyan; Амбарцумян",
       "հրապարակային", "Դատաքննության փուլում", "այո", "79"]
WIDTHS = [0.25, 0.23, 0.1, 0.16, 0.15, 0.11]


def _page_words(headers: list[str], rows: list[list[str]]) -> set[str]:
    buf = io.BytesIO()
    s = make_styles()
    doc = ReportDocument(buf, header_left="", header_right="", level=Sensitivity.INTERNAL,
                         title="", author="", subject="")
    doc.render([Paragraph("Table", s.body),
                table(s, headers, rows, WIDTHS, total_width=doc.width)])
    page = PdfReader(io.BytesIO(buf.getvalue())).pages[0].extract_text()
    return set(page.replace("(", " ").replace(")", " ").replace(";", " ").split())


def test_armenian_words_too_wide_together_are_set_smaller_not_broken() -> None:
    words = _page_words(HEADERS, [ROW] * 3)
    for cell in [*HEADERS, *ROW]:
        for word in cell.replace("(", " ").replace(")", " ").replace(";", " ").split():
            assert word in words, f"{word!r} broken across lines"


def test_a_table_that_fits_keeps_its_size() -> None:
    s = make_styles()
    narrow = table(s, ["Name", "Level"], [["Aram", "public"]], [0.5, 0.5], total_width=400)
    first_cell = narrow.rows[0][0]
    assert first_cell.style.fontSize == s.cell.fontSize


def test_a_date_held_together_by_no_break_spaces_is_not_broken_beside_long_words() -> None:
    """A dossier's hearing of 20 August 2024 in a row whose court holds an 80-letter word and
    whose outcome a 300-character link printed its date as "20 Au / g 202 / 4, 10: / 00 +0 /
    4": the date is written with no-break spaces ("20 Aug 2024"), which the line breaking
    never breaks at, but the column was sized for its pieces ("2024,"). The column is sized
    for the whole date now, and the date is printed whole."""
    when = "20\u00a0Aug\u00a02024, 10:00\u00a0+04"
    row = [when, "Trial session", "Court Ter" + "abcdefghijklmnopqrstuvwxyz" * 3,
           "Outcome https://example.org/" + "a1b2c3d4e5" * 28]
    buf = io.BytesIO()
    s = make_styles()
    doc = ReportDocument(buf, header_left="", header_right="", level=Sensitivity.INTERNAL,
                         title="", author="", subject="")
    doc.render([table(s, ["When", "Kind", "Court", "Outcome"], [row],
                      [0.18, 0.16, 0.27, 0.39], total_width=doc.width)])
    page = PdfReader(io.BytesIO(buf.getvalue())).pages[0].extract_text()
    lines = [" ".join(line.replace("\u00a0", " ").split()) for line in page.splitlines()]
    assert any(line.startswith("20 Aug 2024,") for line in lines), lines
