"""Where the status report's pages break: a section's heading and the words under it never
stand alone at the foot of a page while what they introduce begins on the next."""

from __future__ import annotations

from datetime import date

from caseapp.domain.enums import CaptiveStatus, Sensitivity
from caseapp.domain.messages import Translated
from caseapp.domain.reports import StatusReportDTO, StatusRow
from caseapp.reports.status_pdf import render_status_pdf
from tests.reports.conftest import pdf_text

SOURCE = "QSOURCEZ Code of Criminal Procedure, Art. 384"


def _report(rows: int) -> StatusReportDTO:
    return StatusReportDTO(
        level=Sensitivity.INTERNAL, generated_on=date(2026, 11, 27), status_filter=None,
        tag_filter=None, hearing_days=30, upcoming_hearings=(),
        rows=tuple(StatusRow(
            id=n, name=f"Captive {n:03}", latin_name=f"Captive {n:03}",
            status=CaptiveStatus.ON_TRIAL, category=None, place="", days_in_custody=100 + n,
            next_deadline=date(2026, 12, 10), next_deadline_title="Appeal",
            next_deadline_source=Translated((("en", SOURCE),)), next_hearing=None,
            last_contact=None, proceedings={}) for n in range(rows)))


def test_the_deadline_sources_heading_is_on_the_page_of_the_list_it_introduces() -> None:
    # however many rows the captives' table has, wherever it ends on its last page
    moved = 0
    for rows in range(10, 26):
        pages = pdf_text(render_status_pdf(_report(rows)))
        heading = [i for i, page in enumerate(pages) if "Sources of the deadlines" in page]
        assert len(heading) == 1, rows
        page = pages[heading[0]]
        assert SOURCE in page, f"{rows} rows: the heading on page {heading[0] + 1}, its list after"
        moved += "Captive 0" not in page
    assert moved  # (some of these tables ended too near a page's foot for the list below)
