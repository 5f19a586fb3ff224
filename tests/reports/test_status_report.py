"""The status report: filters and levels, PDF text and charts, XLSX reloaded."""

from __future__ import annotations

import re
from datetime import date, datetime

import openpyxl
import pytest

from caseapp.domain.enums import CaptiveStatus, InternationalBody
from caseapp.domain.errors import ValidationError
from caseapp.reports.status_pdf import render_status_pdf
from caseapp.reports.status_report import write_status_report
from caseapp.reports.status_rows import custody_histogram
from caseapp.reports.status_xlsx import render_status_xlsx
from caseapp.services.casefile import CaseFile
from caseapp.services.status_report_data import build_status_report
from tests.reports.conftest import ARMENIAN, LATIN, SECRET, Small, pdf_metadata, pdf_text


def test_rows_counts_and_filters(demo: CaseFile) -> None:
    report = build_status_report(demo)
    assert len(report.rows) == 25
    assert report.count_by("status")[CaptiveStatus.PRE_TRIAL] == 6
    assert report.proceedings_by_forum()[InternationalBody.ECHR] >= 10
    by_name = {r.latin_name: r for r in report.rows}
    tigran = by_name["Tigran Vardanyan"]
    assert tigran.name == "Տիգրան Վարդանյան" and tigran.place
    assert tigran.days_in_custody == (date(2026, 11, 27) - date(2023, 9, 27)).days
    assert tigran.next_deadline is not None and tigran.next_deadline >= date(2026, 11, 27)
    assert tigran.proceedings[InternationalBody.ECHR] == 2
    assert all(h.starts_at >= datetime(2026, 11, 27).astimezone() for h in
               report.upcoming_hearings) or report.upcoming_hearings == ()
    only = build_status_report(demo, status="missing")
    assert {r.status for r in only.rows} == {CaptiveStatus.MISSING}
    tagged = build_status_report(demo, tag="Khtsaberd group")
    assert len(tagged.rows) == 5
    public = build_status_report(demo, level="public")
    assert 0 < len(public.rows) < 25  # captives not public are left out
    assert all(r.last_contact is None for r in public.rows)  # welfare contacts are internal
    with pytest.raises(ValidationError, match="not a status"):
        build_status_report(demo, status="lost")


def test_internal_records_stay_out_of_a_shareable_report(small: Small) -> None:
    report = build_status_report(small.cf, level="shareable")
    (row,) = report.rows
    assert row.place == "Baku Pre-trial Detention Centre No. 1"
    assert row.last_contact == date(2026, 9, 1)  # the internal visit of 1 October is left out
    data = render_status_pdf(report, author="Anna Example")
    text = "\n".join(pdf_text(data))
    assert SECRET not in text
    assert LATIN in text and ARMENIAN in text
    assert "Printed at the SHAREABLE level" in text
    assert build_status_report(small.cf, level="public").rows == ()


def test_pdf_has_summary_table_hearings_and_pages(demo: CaseFile) -> None:
    report = build_status_report(demo)
    data = render_status_pdf(report, author="Anna Example")
    pages = pdf_text(data)
    text = "\n".join(pages)
    for heading in ("Summary", "Captives by status", "Days in custody", "Captives",
                    "Upcoming hearings (next 30 days)", "International proceedings by forum"):
        assert heading in text
    assert "Ժիրայր Թադևոսյան" in text and "Zhirayr Tadevosyan" in text
    for n, page in enumerate(pages, 1):
        assert f"Page {n} of {len(pages)}" in page
    assert pdf_metadata(data)["/Author"] == "Anna Example"


def test_xlsx_reloads_with_rows_real_dates_and_filters(demo: CaseFile, tmp_path) -> None:
    report = build_status_report(demo)
    out = tmp_path / "r.xlsx"
    write_status_report(report, out, fmt="xlsx", author="Anna Example")
    wb = openpyxl.load_workbook(out)
    ws = wb["Captives"]
    header = [c.value for c in ws[1]]
    assert header[:4] == ["ID", "Latin spelling", "Name", "Status"]
    assert ws.max_row == 26 and ws.freeze_panes == "A2" and ws.auto_filter.ref.startswith("A1:")
    rows = {r[1]: r for r in ws.iter_rows(min_row=2, values_only=True)}
    tigran = rows["Tigran Vardanyan"]
    assert tigran[2] == "Տիգրան Վարդանյան" and tigran[3] == "Detained pre-trial"
    assert isinstance(tigran[7], datetime)  # next deadline, a real date
    assert ws.cell(row=2, column=8).number_format == "yyyy-mm-dd"
    assert wb.properties.creator == "Anna Example"
    summary = [r for r in wb["Summary"].iter_rows(values_only=True)]
    assert ("Detained pre-trial", 6) in summary
    assert wb["Hearings"].max_row >= 2
    # The look: a dark header row of white bold text, top-aligned and wrapped; set widths.
    head = ws.cell(row=1, column=9)
    assert head.font.b and head.font.color.rgb == "00FFFFFF"
    assert head.fill.fill_type == "solid" and head.fill.fgColor.rgb == "001F3F66"
    assert head.alignment.vertical == "top" and head.alignment.wrap_text
    assert ws.cell(row=2, column=9).font.b is False  # data rows plain
    assert ws.column_dimensions["B"].width == 28 and ws.column_dimensions["I"].width >= 50
    assert ws.cell(row=26, column=12).number_format == "yyyy-mm-dd"  # last contact, last row
    hearings = wb["Hearings"]
    assert hearings.freeze_panes == "A2" and hearings.auto_filter.ref.startswith("A1:E")
    assert hearings.cell(row=2, column=1).number_format == "yyyy-mm-dd"
    title = wb["Summary"]["A1"]
    assert title.font.b and title.font.sz == 14
    assert wb["Summary"]["B4"].number_format == "yyyy-mm-dd"
    assert wb["Summary"].column_dimensions["A"].width == 48
    with pytest.raises(ValueError, match="pdf or xlsx"):
        write_status_report(report, tmp_path / "x", fmt="csv")
    assert render_status_xlsx(report)[:2] == b"PK"


def test_xlsx_columns_hold_their_longest_russian_text(demo: CaseFile, tmp_path) -> None:
    """Fixed widths cut «В предварительном заключении», «Военнослужащий / военнопленный» and
    the State Security Service's isolator on screen and on paper: each text column is as wide
    as its longest cell, or the longer cells wrap."""
    out = tmp_path / "r.xlsx"
    write_status_report(build_status_report(demo), out, fmt="xlsx", lang="ru")
    ws = openpyxl.load_workbook(out).worksheets[0]
    longest: dict[str, int] = {}
    for row in ws.iter_rows(min_row=2):
        for cell in row:
            if isinstance(cell.value, str):
                longest[cell.column_letter] = max(longest.get(cell.column_letter, 0),
                                                  len(cell.value))
    assert longest["D"] >= len("В предварительном заключении")
    for row in ws.iter_rows(min_row=2):
        for cell in row:
            if isinstance(cell.value, str) and ws.column_dimensions[cell.column_letter].width < len(cell.value):
                assert cell.alignment.wrap_text, cell.coordinate
    assert ws.column_dimensions["D"].width >= len("В предварительном заключении")


def test_histogram_buckets_by_year() -> None:
    from caseapp.domain.reports import StatusRow

    def row(days: int | None) -> StatusRow:
        return StatusRow(1, "", "", None, None, "", days, None, "", None, None, {})

    assert custody_histogram([row(None)]) == []
    assert custody_histogram([row(10), row(400), row(800), row(366)]) == [
        ("< 1 year", 1), ("1–2 years", 2), ("2–3 years", 1)]
    assert custody_histogram([row(5000)])[-1] == ("10+ years", 1)


def test_charts_render_for_an_empty_report(case_file: CaseFile) -> None:
    report = build_status_report(case_file)
    assert report.rows == ()
    assert "0 captives" in "\n".join(pdf_text(render_status_pdf(report)))


def test_a_word_longer_than_its_column_is_broken_inside_the_column(case_file: CaseFile) -> None:
    """A name typed without spaces (or a long reference) stays in its column of the captives'
    table; it used to run across the whole page over the other columns."""
    word = "Vardanyan" * 30
    case_file.captives.create(names=[word], capture="2023-09-27", status="pre_trial",
                              sensitivity="shareable")
    text = "\n".join(pdf_text(render_status_pdf(build_status_report(case_file))))
    pieces = re.findall(r"[Vardny]{5,}", text)  # the name's pieces, wherever they are
    assert "".join(pieces) == word  # every letter printed once, in order
    assert len(pieces) > 5 and max(len(p) for p in pieces) < 40  # short lines in the column


def test_wrapped_lines_break_between_words_and_inside_a_word_too_long() -> None:
    from reportlab.pdfbase.pdfmetrics import stringWidth

    from caseapp.reports.fonts import SANS, register_fonts
    from caseapp.reports.pdfkit import wrapped_lines

    register_fonts()
    words = "Detained at the Baku pre-trial detention centre"
    assert wrapped_lines(words, SANS, 8, 80) == [w.strip() for w in wrapped_lines(words, SANS,
                                                                                   8, 80)]
    assert " ".join(wrapped_lines(words, SANS, 8, 80)) == words
    for long in ("Ա" * 200, "Ж" * 200, "X" * 200):
        lines = wrapped_lines(f"Name {long} end", SANS, 8, 80)
        assert all(stringWidth(line, SANS, 8) <= 80 for line in lines)
        assert "".join(lines).replace(" ", "") == f"Name{long}end"
        assert len(lines) > 5


@pytest.mark.parametrize(("level", "lang", "words"), [
    ("shareable", "en", "SHAREABLE"), ("internal", "ru", "ВНУТРЕННИЙ"), ("public", "hy", "")])
def test_every_printed_page_of_the_xlsx_says_its_level(demo: CaseFile, tmp_path, level: str,
                                                       lang: str, words: str) -> None:
    report = build_status_report(demo, level=level)
    out = tmp_path / "r.xlsx"
    write_status_report(report, out, fmt="xlsx", lang=lang)
    wb = openpyxl.load_workbook(out)
    from caseapp.reports.texts import level_line
    line = level_line(report.level, lang)
    assert words in line
    for ws in wb.worksheets:  # the captives, the summary and the hearings alike
        assert ws.oddHeader.center.text == line, ws.title
        assert "&P" in ws.oddFooter.right.text and "&N" in ws.oddFooter.right.text
        assert ws.page_setup.paperSize == 9  # A4
    captives, hearings = wb.worksheets[0], wb.worksheets[2]
    # the captives' table: two pages across at most, names and header on every page
    assert captives.page_setup.orientation == "landscape"
    assert captives.sheet_properties.pageSetUpPr.fitToPage
    assert (captives.page_setup.fitToWidth, captives.page_setup.fitToHeight) == (2, 0)
    assert captives.print_title_rows == "$1:$1" and captives.print_title_cols == "$A:$C"
    assert hearings.page_setup.fitToWidth == 1 and hearings.print_title_rows == "$1:$1"


@pytest.mark.parametrize(("lang", "sentence"), [
    ("en", "No captive in this report has a known time in custody."),
    ("hy", "Այս զեկույցի գերիներից ոչ մեկի կալանքի տևողությունը հայտնի չէ։"),
    ("ru", "Ни у одного пленного в этом отчёте срок содержания под стражей не известен."),
])
def test_a_report_without_days_in_custody_says_so_under_the_histograms_heading(
        case_file: CaseFile, lang: str, sentence: str) -> None:
    """A lawyer's first report (one captive, missing): the heading "Days in custody" stood
    over an empty space, as if the chart had failed to print."""
    case_file.captives.create(names=["Արմեն Սարգսյան"], capture="~2020-11-15")
    report = build_status_report(case_file, level="shareable")
    assert [r.days_in_custody for r in report.rows] == [None]
    text = re.sub(r"\s+", " ", "\n".join(pdf_text(render_status_pdf(report, lang=lang))))
    assert sentence in text


def test_the_last_contact_is_the_last_confirmed_one(case_file: CaseFile) -> None:
    """A report of news not confirmed (a rumour through a cellmate's family) is not proof of
    life: the report's "last confirmed contact" is the confirmed one before it."""
    cid = case_file.captives.create(names=["Aram Sargsyan"], capture="2024-11-20",
                                    status="pre_trial").id
    case_file.welfare_contacts.create(captive_id=cid, contact_on="2026-09-14",
                                      kind="icrc_visit", confirmed=True)
    case_file.welfare_contacts.create(captive_id=cid, contact_on="2026-11-20",
                                      kind="family_call", confirmed=False)
    (row,) = build_status_report(case_file).rows
    assert row.last_contact == date(2026, 9, 14)


def test_a_stay_that_ended_is_not_the_place_of_detention(case_file: CaseFile) -> None:
    """Moved out of a prison to a place not known yet: the report does not keep naming the
    prison as where the captive is held."""
    cid = case_file.captives.create(names=["Aram Sargsyan"], capture="2024-11-20",
                                    status="pre_trial").id
    case_file.detention_places.create(captive_id=cid, facility="Gobustan Prison",
                                      from_date="2025-01-10", to_date="2026-10-02")
    (row,) = build_status_report(case_file).rows
    assert row.place == ""
    case_file.detention_places.create(captive_id=cid, facility="Baku Pre-trial Detention Centre",
                                      from_date="2026-10-02")
    (row,) = build_status_report(case_file).rows
    assert row.place == "Baku Pre-trial Detention Centre"
