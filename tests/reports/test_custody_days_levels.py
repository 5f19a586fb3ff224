"""The days in custody an output gives at a level are counted from what that level shows. A
release above the level, left out of the output, makes no gap in the figure there: a figure
with the gap taken out would tell the reader that a release happened. The status above the
level withholds the figure (the count ends with a release); with the capture date unknown,
the count starts at the first detention order the level shows.

Captured 1 January 2026, released 1 March (an internal status change, marker QRELEASEINTZ),
detained again 1 October: 59 + 57 = 116 days held, 330 days since the capture (today is
27 November 2026, tests/conftest.py)."""

from __future__ import annotations

from pathlib import Path

import pytest
from docx import Document

from caseapp.domain.enums import Sensitivity
from caseapp.reports.dossier import render_dossier
from caseapp.reports.letter_templates import LetterTemplate
from caseapp.reports.status_pdf import render_status_pdf
from caseapp.services.casefile import CaseFile
from caseapp.services.dossier_data import build_dossier
from caseapp.services.letter_data import generate_letter, letter_missing_fields
from caseapp.services.status_report_data import build_status_report
from tests.reports.conftest import LAWYER, docx_text, pdf_text

PUB, SHR, INT = Sensitivity.PUBLIC, Sensitivity.SHAREABLE, Sensitivity.INTERNAL
MARKER = "QRELEASEINTZ"
HELD, SINCE_CAPTURE = 116, 330


def _released_and_back(cf: CaseFile, **fields: object) -> int:
    cid = cf.captives.create(names=["Vardanyan Armen"], status="held", status_since="2026-01-01",
                             sensitivity="public", consent_publicity=True,
                             field_levels={"status": "public", "capture_date": "public"},
                             **fields).id
    cf.captives.set_status(cid, "released", effective_on="2026-03-01", note=MARKER,
                           level="internal")
    cf.captives.set_status(cid, "pre_trial", effective_on="2026-10-01", level="public")
    return cid


def _letter(cf: CaseFile, cid: int, level: Sensitivity, tmp: Path) -> str:
    doc = Document()
    doc.add_paragraph("Days: [{{ days_in_custody }}]")
    path = tmp / f"days_{level.value}.docx"
    doc.save(str(path))
    template = LetterTemplate(key=f"days_{level.value}", title="Days", language="en",
                              level=level, path=path, shipped=False)
    missing = letter_missing_fields(cf, template, cid, lawyer=LAWYER)
    return docx_text(generate_letter(cf, template, cid, lawyer=LAWYER,
                                     extra={n: "-" for n, _ in missing}))


def _said(cf: CaseFile, cid: int, level: Sensitivity, tmp: Path) -> dict[str, str]:
    """Every output's text at ``level``, and the figure each gives."""
    dossier = build_dossier(cf, cid, level=level)
    report = build_status_report(cf, level=level)
    return {
        "dossier": "\n".join(pdf_text(render_dossier(dossier))),
        "dossier figure": str(dossier.captive.days_in_custody),
        "report": "\n".join(pdf_text(render_status_pdf(report))),
        "report figure": str(next(r.days_in_custody for r in report.rows if r.id == cid)),
        "letter": _letter(cf, cid, level, tmp),
    }


@pytest.mark.parametrize(("level", "figure"), [(PUB, SINCE_CAPTURE), (SHR, SINCE_CAPTURE),
                                               (INT, HELD)], ids=lambda x: str(x))
def test_a_release_above_the_level_makes_no_gap_there(any_case_file: CaseFile, tmp_path: Path,
                                                      level: Sensitivity, figure: int) -> None:
    """On a team server too (the status report reads the status changes at the level)."""
    cid = _released_and_back(any_case_file, capture="2026-01-01")
    said = _said(any_case_file, cid, level, tmp_path)
    assert said["dossier figure"] == said["report figure"] == str(figure), said
    assert f"{figure} days (since 1 January 2026)" in said["dossier"].replace("\n", " ")
    assert f"Days: [{figure}]" in said["letter"]
    if level is not INT:  # neither the release nor a figure that counts it out
        for text in (said["dossier"], said["report"], said["letter"]):
            assert MARKER not in text and str(HELD) not in text


@pytest.mark.parametrize("level", [PUB, SHR], ids=lambda x: x.value)
def test_the_status_above_the_level_withholds_the_figure(case_file: CaseFile, tmp_path: Path,
                                                         level: Sensitivity) -> None:
    """The status is internal: whether custody ended (and when) is not shown, so neither is
    a count that ends there or runs on to today."""
    cid = _released_and_back(case_file, capture="2026-01-01")
    case_file.captives.update(cid, field_levels={"status": "internal",
                                                 "capture_date": "public"})
    case_file.captives.set_status(cid, "released", effective_on="2026-11-11", level="public")
    assert case_file.captives.get(cid).days_in_custody == 59 + 41
    said = _said(case_file, cid, level, tmp_path)
    assert said["dossier figure"] == said["report figure"] == "None", said
    assert "Days: [-]" in said["letter"]  # withheld: the letter asks for it


@pytest.mark.parametrize("order_level", ["internal", "shareable"])
def test_an_unknown_capture_counts_from_the_first_order_the_level_shows(
        case_file: CaseFile, tmp_path: Path, order_level: str) -> None:
    """The capture date unknown: the days run from the first detention order (1 January,
    in an internal criminal case) less the internal release's gap; at the shareable level,
    which shows neither, from the order of 1 October. The first order hidden by its own
    level, or only by its case's (recorded as shareable: the count from it would date the
    hidden case)."""
    cid = _released_and_back(case_file)
    hidden = case_file.prosecutions.create(captive_id=cid, case_number="QCASEINTZ",
                                           sensitivity="internal")
    shown = case_file.prosecutions.create(captive_id=cid, case_number="1-22/2026",
                                          sensitivity="shareable")
    case_file.detention_orders.create(captive_id=cid, prosecution_id=hidden.id,
                                      start_date="2026-01-01", term_months=2,
                                      sensitivity=order_level)
    case_file.detention_orders.create(captive_id=cid, prosecution_id=shown.id,
                                      start_date="2026-10-01", term_months=4,
                                      sensitivity="shareable")
    internal = _said(case_file, cid, INT, tmp_path)
    assert internal["dossier figure"] == internal["report figure"] == str(HELD), internal
    assert ("116 days (since the first detention order, 1 January 2026: the date of capture "
            "is unknown)") in internal["dossier"].replace("\n", " ")
    shareable = _said(case_file, cid, SHR, tmp_path)
    assert shareable["dossier figure"] == shareable["report figure"] == "57", shareable
    assert "57 days (since the first detention order, 1 October 2026" in \
        shareable["dossier"].replace("\n", " ")
    for text in (shareable["dossier"], shareable["report"], shareable["letter"]):
        assert MARKER not in text and "QCASEINTZ" not in text and "116" not in text
