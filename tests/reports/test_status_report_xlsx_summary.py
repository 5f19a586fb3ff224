"""The status report's workbook says what its PDF says: a hearing's hour with its court's city
(as the PDF, the window and the deadlines do), and the counts of its summary in the order and
with the totals the PDF gives them."""

from __future__ import annotations

import io

import openpyxl
import pytest

from caseapp.reports.status_xlsx import render_status_xlsx
from caseapp.services.casefile import CaseFile
from caseapp.services.status_report_data import build_status_report
from tests.reports.conftest import Small

NB = "\u00a0"


@pytest.mark.parametrize(("lang", "hour"), [("en", f"11:00{NB}Baku"), ("ru", f"11:00{NB}Баку"),
                                            ("hy", f"11:00{NB}Բաքու")])
def test_a_hearings_hour_names_its_courts_city_not_an_offset(small: Small, lang: str,
                                                             hour: str) -> None:
    # "+04" is Yerevan's offset as much as Baku's; a reader of the sheet cannot tell which
    report = build_status_report(small.cf, hearing_days=30)
    wb = openpyxl.load_workbook(io.BytesIO(render_status_xlsx(report, lang=lang)))
    hearings = list(wb.worksheets[2].iter_rows(min_row=2, values_only=True))
    assert [row[1] for row in hearings] == [hour]


def test_the_summary_counts_statuses_in_the_pdfs_order_with_totals(case_file: CaseFile) -> None:
    # rows in the names' order put "Released" before "Missing" when a released captive's name
    # came first; the PDF lists the statuses in their own order and totals the groups
    for name, status in (("Aram Abrahamyan", "released"), ("Babken Babayan", "missing"),
                         ("Gor Gasparyan", "missing"), ("Davit Davtyan", "pre_trial")):
        case_file.captives.create(names=[name], status=status, category="civilian")
    case_file.international_proceedings.create(
        captive_id=case_file.captives.list()[0].id, body="wgad", kind="communication")
    case_file.international_proceedings.create(
        captive_id=case_file.captives.list()[1].id, body="echr", kind="application")
    report = build_status_report(case_file)
    wb = openpyxl.load_workbook(io.BytesIO(render_status_xlsx(report)))
    rows = list(wb.worksheets[1].iter_rows(values_only=True))

    def group(title: str) -> list[tuple[object, ...]]:
        start = rows.index((title, "Count")) + 1
        end = next((i for i in range(start, len(rows)) if rows[i] == (None, None)), len(rows))
        return rows[start:end]

    assert group("Captives by status") == [("Missing", 2), ("Detained pre-trial", 1),
                                           ("Released", 1), ("Total", 4)]
    assert group("Captives by category") == [("Civilian", 4), ("Total", 4)]
    assert group("International proceedings by forum") == [("ECHR", 1), ("UN WGAD", 1),
                                                           ("Total", 2)]
