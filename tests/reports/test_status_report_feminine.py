"""The status report in Russian says a woman's status in the feminine («Освобождена»), a man's
as before, and only when the report's level shows her sex: at a level that withholds it the
status is said in the form that gives nothing away."""

from __future__ import annotations

import io

import openpyxl
from pypdf import PdfReader

from caseapp.reports.status_pdf import render_status_pdf
from caseapp.reports.status_xlsx import render_status_xlsx
from caseapp.services.casefile import CaseFile
from caseapp.services.status_report_data import build_status_report

NAMES = ("Анаит Давтян", "Артур Арутюнян", "Лилит Акопян")


def _statuses(data: bytes) -> dict[str, str]:
    """Each captive's status cell in the workbook's list of captives."""
    book = openpyxl.load_workbook(io.BytesIO(data))
    out = {}
    for ws in book:
        rows = ws.iter_rows(values_only=True)
        header = next(rows, ())
        if "Статус" not in header:
            continue
        for row in rows:
            name = next((c for c in row if c in NAMES), None)
            if name:
                out[name] = row[header.index("Статус")]
    return out


def test_a_womans_status_agrees_with_her_at_a_level_that_shows_her_sex(
        case_file: CaseFile) -> None:
    cf = case_file
    her = cf.captives.create(names=["Анаит Давтян"], sex="female", capture="2026-01-10",
                             status="pre_trial", sensitivity="shareable").id
    him = cf.captives.create(names=["Артур Арутюнян"], sex="male", capture="2026-01-10",
                             status="pre_trial", sensitivity="shareable").id
    hidden = cf.captives.create(names=["Лилит Акопян"], sex="female", capture="2026-01-10",
                                status="pre_trial", sensitivity="shareable",
                                field_levels={"sex": "internal"}).id
    for cid in (her, him, hidden):
        cf.custody.set_status(cid, "released", effective_on="2026-11-20", level="shareable")
    internal = build_status_report(cf, level="internal")
    assert _statuses(render_status_xlsx(internal, lang="ru")) == {
        "Анаит Давтян": "Освобождена", "Артур Арутюнян": "Освобождён",
        "Лилит Акопян": "Освобождена"}
    text = "".join(page.extract_text() for page in PdfReader(io.BytesIO(
        render_status_pdf(internal, lang="ru"))).pages)
    assert text.count("Освобождена") == 2
    shareable = build_status_report(cf, level="shareable")
    assert {r.id: r.sex for r in shareable.rows}[hidden] is None
    assert _statuses(render_status_xlsx(shareable, lang="ru")) == {
        "Анаит Давтян": "Освобождена", "Артур Арутюнян": "Освобождён",
        "Лилит Акопян": "Освобождён"}


def test_the_dossier_says_a_womans_status_as_the_report_does(case_file: CaseFile) -> None:
    """The dossier's cover and status history said «Освобождён (с 20 ноября 2026 г.)» of
    Анаит Давтян, where her file's header and the report say «Освобождена»; at a level that
    withholds her sex, the form that gives nothing away. A release that ended her stay left
    the cover's place of detention as "Последнее место содержания:" with no place."""
    from caseapp.reports.dossier import render_dossier
    from caseapp.services.dossier_data import build_dossier
    from tests.reports.conftest import pdf_text

    cf = case_file
    her = cf.captives.create(names=["Анаит Давтян"], sex="female", capture="2026-01-10",
                             status="pre_trial", sensitivity="shareable",
                             field_levels={"sex": "internal"}).id
    cf.detention_places.create(captive_id=her, facility="Бакинский СИЗО № 1",
                               from_date="2026-02-01")
    cf.custody.set_status(her, "released", effective_on="2026-11-20", level="shareable")

    def said(level: str) -> str:
        pages = pdf_text(render_dossier(build_dossier(cf, her, level=level), lang="ru"))
        return " ".join("\n".join(pages).split())

    internal = said("internal")
    assert "Освобождена (с 20 ноября 2026 г.)" in internal and "Освобождён" not in internal
    assert "Последнее место содержания" not in internal  # the stay ended with the release
    shareable = said("shareable")
    assert "Освобождён (с 20 ноября 2026 г.)" in shareable and "Освобождена" not in shareable
