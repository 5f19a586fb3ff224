"""The status report's "Next deadline" is the earliest open deadline, an overdue one included
and marked as overdue in the report's language: a captive whose extension request is overdue
does not look as if nothing were pending (the Deadlines view and "Needs attention" list it).
The dossier's "Next deadlines" lists it too, marked."""

from __future__ import annotations

import io
from datetime import datetime, timedelta

import openpyxl
import pytest

from caseapp.reports.dossier import render_dossier
from caseapp.services.casefile import CaseFile
from caseapp.services.dossier_data import build_dossier
from caseapp.services.outputs import status_report
from tests.conftest import TODAY
from tests.reports.conftest import pdf_text

OVERDUE = TODAY - timedelta(days=3)
LATER = TODAY + timedelta(days=20)


@pytest.fixture
def captive(case_file: CaseFile) -> int:
    c = case_file.captives.create(names=["Tigran Vardanyan"], capture="2023-09-27",
                                  status="pre_trial")
    case_file.deadlines.create(captive_id=c.id, title="Extension request", due_on=OVERDUE)
    case_file.deadlines.create(captive_id=c.id, title="Appeal", due_on=LATER)
    return c.id


@pytest.mark.parametrize(("lang", "marked"), [("en", "Overdue: Extension request"),
                                              ("ru", "Просрочен: Extension request"),
                                              ("hy", "Ժամկետանց՝ Extension request")])
def test_xlsx_shows_the_overdue_deadline_marked(case_file: CaseFile, captive: int, lang: str,
                                               marked: str) -> None:
    out = status_report(case_file, level="internal", author="", fmt="xlsx", lang=lang)
    (row,) = out.record.rows
    assert (row.next_deadline, row.next_deadline_overdue) == (OVERDUE, True)
    ws = openpyxl.load_workbook(io.BytesIO(out.data)).worksheets[0]
    cells = next(r for r in ws.iter_rows(min_row=2, values_only=True) if r[0] == captive)
    assert cells[7:9] == (datetime.combine(OVERDUE, datetime.min.time()), marked)


def test_pdf_shows_the_overdue_deadline_marked(case_file: CaseFile, captive: int) -> None:
    out = status_report(case_file, level="internal", author="", fmt="pdf", lang="ru")
    text = " ".join(" ".join(pdf_text(out.data)).split())
    assert "Просрочен: Extension request" in text
    assert "Appeal" not in text


def test_a_deadline_ahead_is_not_marked(case_file: CaseFile, captive: int) -> None:
    (request,) = [d for d in case_file.deadlines.list(captive_id=captive)
                  if d.title == "Extension request"]
    case_file.deadlines.update(request.id, status="done")
    out = status_report(case_file, level="internal", author="", fmt="xlsx", lang="en")
    (row,) = out.record.rows
    assert (row.next_deadline, row.next_deadline_overdue) == (LATER, False)
    ws = openpyxl.load_workbook(io.BytesIO(out.data)).worksheets[0]
    assert ws.cell(row=2, column=9).value == "Appeal"


@pytest.mark.parametrize(("lang", "marked"), [("en", "Overdue: Extension request"),
                                              ("ru", "Просрочен: Extension request")])
def test_the_dossier_lists_an_overdue_deadline_marked(case_file: CaseFile, captive: int,
                                                      lang: str, marked: str) -> None:
    """The dossier's "Next deadlines" left an overdue open deadline out: a lawyer reviewing
    the captive's file saw the appeal in 20 days and not the extension request already
    3 days late. It is listed first, marked as overdue; the one ahead is not marked."""
    data = build_dossier(case_file, captive, level="internal")
    assert [d.title for d in data.domestic_deadlines] == ["Extension request", "Appeal"]
    text = " ".join(" ".join(pdf_text(render_dossier(data, lang=lang))).split())
    assert marked in text
    assert text.index(marked) < text.index("Appeal")
    assert "Overdue: Appeal" not in text and "Просрочен: Appeal" not in text
