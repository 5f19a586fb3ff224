"""Days in custody of a captive whose capture is known only approximately ("~2025-06-10":
about that day) were stated as an exact number — in the lists, the captive's file, the status
report, the letters, the filings and on the command line — though the day they count from
is not known exactly. Every surface now says "about" (≈ in a table), counting from the day
given, as the dossier, which says "since about 10 June 2025", did already.

Today in every test is Friday 2026-11-27 (tests/conftest.py): from 10 June 2025, 535 days."""

from __future__ import annotations

import io
from pathlib import Path

from openpyxl import load_workbook
from pypdf import PdfReader

from caseapp.domain.captive_rows import About, AtLeast
from caseapp.domain.lawyer import LawyerProfile
from caseapp.reports.letter_values import letter_context
from caseapp.services import outputs
from caseapp.services.casefile import CaseFile
from caseapp.services.dossier_data import build_dossier
from tests.cli.cli_run import run
from tests.conftest import TODAY
from tests.services.test_custody_days import _every_number

DAYS = 535


def _flat(text: str) -> str:
    return " ".join(text.replace("\xa0", " ").replace("\u202f", " ").split())


def _captured_about(cf: CaseFile) -> int:
    cid = cf.captives.create(names=["Vardanyan Armen"], capture="~2025-06-10",
                             status="pre_trial", sensitivity="shareable",
                             consent_publicity=True).id
    cf.detention_orders.create(captive_id=cid, start_date="2026-10-01", term_months=4,
                               sensitivity="shareable")
    return cid


def test_every_surface_counts_about_so_many(case_file: CaseFile) -> None:
    cid = _captured_about(case_file)
    numbers = _every_number(case_file, cid)
    numbers.pop("attention")  # the maximum's: a number to compare
    numbers.pop("dossier pre-trial")  # from the first order: "since 1 Oct 2026"
    assert set(numbers.values()) == {DAYS}, numbers
    assert all(isinstance(n, About) and not isinstance(n, AtLeast)
               for n in numbers.values()), numbers


def test_the_report_the_letter_and_the_command_line_say_about(case_file: CaseFile) -> None:
    cid = _captured_about(case_file)
    exact = case_file.captives.create(names=["Stepanyan Gagik"], capture="2025-06-10",
                                      status="held", sensitivity="shareable",
                                      consent_publicity=True).id
    pdf = _flat(" ".join(p.extract_text() for p in PdfReader(io.BytesIO(
        outputs.status_report(case_file, level="shareable", author="t").data)).pages))
    assert f"≈ {DAYS}" in pdf and pdf.count(f"≈ {DAYS}") == 1
    book = load_workbook(io.BytesIO(outputs.status_report(case_file, level="shareable",
                                                          author="t", fmt="xlsx").data))
    cells = {row[0].value: row[6] for row in book.worksheets[0].iter_rows() if row[0].value
             in (cid, exact)}
    assert cells[cid].value == DAYS and "≈" in cells[cid].number_format  # a number still
    assert cells[exact].value == DAYS and "≈" not in cells[exact].number_format
    dossier = build_dossier(case_file, cid, level="shareable")
    for lang, said in (("ru", f"около {DAYS}"), ("en", f"about {DAYS}"), ("hy", f"մոտ {DAYS}")):
        context = letter_context(dossier, lang=lang, lawyer=LawyerProfile(), today=TODAY)
        assert _flat(context["days_in_custody"]) == said
    path = case_file.db.path
    assert isinstance(path, Path)
    case_file.close()
    code, out, err = run("--lang", "en", "--db", str(path), "captives", "show", str(cid))
    assert code == 0, err
    assert "Days in custody: about " in out and "(the date of capture is approximate)" in out
    code, out, err = run("--lang", "en", "--db", str(path), "captives", "list")
    assert code == 0, err
    rows = {line.split()[0]: line for line in out.splitlines() if line[:1].isdigit()}
    assert "≈" in rows[str(cid)] and "≈" not in rows[str(exact)]
    code, out, err = run("--db", str(path), "captives", "list", "--format", "json")
    assert code == 0, err
    assert '"days_in_custody_approximate": true' in out.replace("\n", "")


def test_the_window_says_about(qapp, case_file: CaseFile) -> None:
    from caseapp.ui.models.captives import COLUMNS, CaptivesTableModel
    from caseapp.ui.views.captive_facts import custody_fact

    cid = _captured_about(case_file)
    fact = custody_fact(case_file.deadline_engine.clock(cid))
    assert fact is not None and fact[0] == f"About {DAYS} days in custody"
    case_file.settings.set("custody_max_days", 500, captive_id=cid)
    clock = case_file.deadline_engine.clock(cid)
    fact = custody_fact(clock)
    assert fact is not None and fact[0] == f"About {DAYS} of 500 days in custody"
    assert any(w.startswith(f"About {DAYS} days in custody (the date of capture is approximate)")
               for w in clock.warnings)
    model = CaptivesTableModel()
    model.set_rows(case_file.overview.captive_rows())
    assert model.index(0, [c.id for c in COLUMNS].index("days")).data() == f"≈ {DAYS}"
