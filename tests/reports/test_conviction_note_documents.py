"""The note on a pre-trial order's open step after a conviction (it may no longer govern
custody; the rule is not verified) is printed where the dossier and the status report list
deadlines, in the document's language (French too), as the Deadlines view, the calendar and captives
show say it; not where the level withholds the status, which the note would tell."""

from __future__ import annotations

import io

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader

from caseapp.domain.lawyer import LawyerProfile
from caseapp.services import outputs
from caseapp.services.casefile import CaseFile

FULL = {"en": "Convicted on 25 Nov 2026: after the verdict custody may no longer run",
        "ru": "Обвинительный приговор от 25.11.2026: после приговора содержание под стражей",
        "hy": "Դատապարտվել է՝ 25.11.2026. դատավճռից հետո կալանքը",
        "fr": "Jugement de condamnation du 25/11/2026 : après le jugement, la détention peut ne "
              "plus reposer sur cette ordonnance"}
SHORT = {"en": "Convicted on 25 Nov 2026: may no longer apply (the rule is not verified).",
         "ru": "Обвинительный приговор от 25.11.2026: может уже не применяться",
         "hy": "Դատապարտվել է՝ 25.11.2026. կարող է այլևս չկիրառվել",
         "fr": "Jugement de condamnation du 25/11/2026 : peut ne plus s’appliquer (règle non "
               "vérifiée)."}


def _flat(text: str) -> str:
    return " ".join(text.replace("\xa0", " ").split())


def _pdf(data: bytes) -> str:
    return _flat("\n".join(p.extract_text() for p in PdfReader(io.BytesIO(data)).pages))


def _xlsx_cells(data: bytes) -> list[str]:
    wb = load_workbook(io.BytesIO(data))
    return [str(c.value) for ws in wb.worksheets for row in ws.iter_rows() for c in row
            if c.value is not None]


def _convicted(cf: CaseFile, *, status_level: str = "shareable") -> int:
    c = cf.captives.create(names=["Aram Sargsyan"], capture="2026-11-20", status="pre_trial",
                           sensitivity="shareable", consent_publicity=True,
                           field_levels={"status": status_level})
    cf.detention_orders.create(captive_id=c.id, start_date="2026-11-21", term_months=4,
                               sensitivity="shareable")
    cf.captives.set_status(c.id, "convicted", effective_on="2026-11-25", level="shareable")
    return c.id


@pytest.mark.parametrize("lang", ["en", "ru", "hy", "fr"])
def test_the_dossier_prints_the_note_under_the_orders_steps(case_file: CaseFile,
                                                            lang: str) -> None:
    cid = _convicted(case_file)
    text = _pdf(outputs.dossier(case_file, cid, level="shareable", author="t",
                                lawyer=LawyerProfile(), lang=lang).data)
    assert _flat(FULL[lang]) in text


@pytest.mark.parametrize("lang", ["en", "ru", "hy", "fr"])
def test_the_status_report_marks_the_next_deadline(case_file: CaseFile, lang: str) -> None:
    _convicted(case_file)
    pdf = _pdf(outputs.status_report(case_file, level="shareable", author="t", lang=lang).data)
    assert _flat(SHORT[lang]) in pdf
    cells = _xlsx_cells(outputs.status_report(case_file, level="shareable", author="t",
                                              fmt="xlsx", lang=lang).data)
    assert any(_flat(SHORT[lang]) in _flat(c) for c in cells)


def test_no_note_where_the_level_withholds_the_status(case_file: CaseFile) -> None:
    cid = _convicted(case_file, status_level="internal")
    dossier = _pdf(outputs.dossier(case_file, cid, level="shareable", author="t",
                                   lawyer=LawyerProfile()).data)
    report = _pdf(outputs.status_report(case_file, level="shareable", author="t").data)
    assert "Convicted" not in dossier and "Convicted" not in report
    inside = _pdf(outputs.dossier(case_file, cid, level="internal", author="t",
                                  lawyer=LawyerProfile()).data)
    assert _flat(FULL["en"]) in inside
