"""A deadline due at an hour (the ECHR's 16:00 Strasbourg cut-off) is printed with that hour
and its zone, in the document's language, wherever the documents print its day: the status
report (PDF and XLSX) and the dossier printed the day alone, which reads as "by the day's
end". A deadline due on a whole day is printed as before."""

from __future__ import annotations

import io
from datetime import time

import openpyxl
import pytest

from caseapp.domain.cldr import format_due_time
from caseapp.reports.dossier import render_dossier
from caseapp.services.casefile import CaseFile
from caseapp.services.dossier_data import build_dossier
from caseapp.services.outputs import status_report
from tests.reports.conftest import pdf_text

NBSP = "\u00a0"


@pytest.fixture
def captives(case_file: CaseFile) -> tuple[int, int]:
    timed = case_file.captives.create(names=["Tigran Vardanyan"], capture="2026-09-27",
                                      status="pre_trial").id
    case_file.deadlines.create(captive_id=timed, title="Rule 39: medical report",
                               due_on="2026-12-01", due_time="16:00", timezone="Europe/Paris")
    whole = case_file.captives.create(names=["Aram Petrosyan"], capture="2026-09-27",
                                      status="pre_trial").id
    case_file.deadlines.create(captive_id=whole, title="Appeal", due_on="2026-12-02")
    return timed, whole


@pytest.mark.parametrize(("lang", "hour"), [("en", "16:00 Paris"), ("ru", "16:00 Париж"),
                                            ("hy", "16:00 Փարիզ"), ("fr", "16:00 Paris")])
def test_the_status_reports_sheet_gives_the_hour_and_zone(
        case_file: CaseFile, captives: tuple[int, int], lang: str, hour: str) -> None:
    timed, whole = captives
    out = status_report(case_file, level="internal", author="", fmt="xlsx", lang=lang)
    ws = openpyxl.load_workbook(io.BytesIO(out.data)).worksheets[0]
    rows = {r[0]: r for r in ws.iter_rows(min_row=2, values_only=True) if isinstance(r[0], int)}
    assert rows[timed][8] == f"{hour.replace(' ', NBSP)}\nRule 39: medical report"
    assert rows[whole][8] == "Appeal"  # a whole day's, as before


def test_the_status_reports_pdf_gives_the_hour_and_zone(
        case_file: CaseFile, captives: tuple[int, int]) -> None:
    out = status_report(case_file, level="internal", author="", fmt="pdf", lang="ru")
    text = " ".join(" ".join(pdf_text(out.data)).replace(NBSP, " ").split())
    assert "16:00 Париж Rule 39: medical report" in text
    assert "Appeal" in text and "Appeal 16:00" not in text


@pytest.mark.parametrize(("lang", "hour"), [("en", "16:00 Paris"), ("hy", "16:00 Փարիզ")])
def test_the_dossier_gives_the_hour_and_zone_in_its_language(
        case_file: CaseFile, captives: tuple[int, int], lang: str, hour: str) -> None:
    timed, _whole = captives
    text = " ".join(" ".join(pdf_text(render_dossier(
        build_dossier(case_file, timed, level="internal"), lang=lang))).replace(NBSP, " ").split())
    assert hour in text
    assert "Europe/Paris" not in text


@pytest.mark.parametrize(("zone", "lang", "written"), [
    ("Europe/Paris", "en", "16:00 Paris"),
    ("Asia/Baku", "ru", "16:00 Баку"),
    ("Asia/Baku", "fr", "16:00 Bakou"),
    ("America/New_York", "hy", "16:00 Նյու Յորք"),
    ("Pacific/Kiritimati", "ru", "16:00 Киритимати"),
    # no city: the identifier (Etc/GMT+4 is four hours behind UTC; "GMT+4" reads ahead)
    ("Etc/GMT+4", "en", "16:00 Etc/GMT+4"),
    ("Mars/Olympus", "en", "16:00 Mars/Olympus"),
    ("", "en", "16:00"),
])
def test_an_hour_and_zone_as_each_language_writes_them(zone: str, lang: str,
                                                      written: str) -> None:
    assert format_due_time(time(16), zone, lang).replace(NBSP, " ") == written
    assert format_due_time(None, zone, lang) == ""
