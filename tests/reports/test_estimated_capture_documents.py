"""A prisoner of war whose capture is known to its month only ("2026-11"): the capture card
is counted from 1 November (never later) and every document that lists it says that its
date is an estimate, in the document's language: the dossier, the status report (PDF and
XLSX), the calendar; a card counted from a known day is not marked."""

from __future__ import annotations

import io

import icalendar
import pytest
from openpyxl import load_workbook
from pypdf import PdfReader

from caseapp.domain.lawyer import LawyerProfile
from caseapp.services import outputs
from caseapp.services.casefile import CaseFile

MARK = {"en": "(estimate)", "ru": "(ориентировочно)", "hy": "(մոտավոր)", "fr": "(estimation)"}


def _flat(text: str) -> str:
    return " ".join(text.replace("\xa0", " ").split())


def _pdf(data: bytes) -> str:
    return _flat("\n".join(p.extract_text() for p in PdfReader(io.BytesIO(data)).pages))


def _xlsx_cells(data: bytes) -> list[str]:
    wb = load_workbook(io.BytesIO(data))
    return [_flat(str(c.value)) for ws in wb.worksheets for row in ws.iter_rows() for c in row
            if c.value is not None]


def _prisoner(cf: CaseFile, capture: str) -> int:
    return cf.captives.create(names=["Levon Sargsyan"], category="serviceman", capture=capture,
                              status="held", sensitivity="shareable",
                              consent_publicity=True).id


def _card_summaries(data: bytes) -> list[str]:
    cal = icalendar.Calendar.from_ical(data)
    return [str(e.get("summary")) for e in cal.walk("VEVENT")]


@pytest.mark.parametrize("lang", ["en", "ru", "hy", "fr"])
def test_every_document_marks_the_estimate(case_file: CaseFile, lang: str) -> None:
    cid = _prisoner(case_file, "2026-11")
    dossier = _pdf(outputs.dossier(case_file, cid, level="shareable", author="t",
                                   lawyer=LawyerProfile(), lang=lang).data)
    assert MARK[lang] in dossier
    report = _pdf(outputs.status_report(case_file, level="shareable", author="t",
                                        lang=lang).data)
    assert MARK[lang] in report
    cells = _xlsx_cells(outputs.status_report(case_file, level="shareable", author="t",
                                              fmt="xlsx", lang=lang).data)
    assert any(MARK[lang] in c for c in cells)
    summaries = _card_summaries(outputs.calendar(case_file, level="shareable", lang=lang).data)
    assert [s for s in summaries if MARK[lang] in s]


def test_a_card_from_a_known_day_is_not_marked(case_file: CaseFile) -> None:
    cid = _prisoner(case_file, "2026-11-20")
    dossier = _pdf(outputs.dossier(case_file, cid, level="shareable", author="t",
                                   lawyer=LawyerProfile()).data)
    report = _pdf(outputs.status_report(case_file, level="shareable", author="t").data)
    summaries = _card_summaries(outputs.calendar(case_file, level="shareable").data)
    assert "Capture card" in dossier and "Capture card" in report
    assert "estimate" not in dossier and "estimate" not in report
    assert summaries and not any("estimate" in s for s in summaries)
