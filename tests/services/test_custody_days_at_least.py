"""Days in custody of a captive whose capture is known only to its year or month ("2025"):
counted from its first day (1 January), they stated up to a year of custody nobody knows of,
as an exact number, in the lists, the captive's file, the dossier, the status report, the
letters and the filings. Every surface now counts from its last day and says "at least"
(≥ in a table); the custody maximum's warnings still count from its first day, never late.

Today in every test is Friday 2026-11-27 (tests/conftest.py): from 31 December 2025, 331
days; from 1 January 2025, 695."""

from __future__ import annotations

import io
import re
from pathlib import Path

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader

from caseapp.domain.captive_rows import AtLeast
from caseapp.domain.lawyer import LawyerProfile
from caseapp.reports.letter_values import letter_context
from caseapp.services import outputs
from caseapp.services.casefile import CaseFile
from caseapp.services.dossier_data import build_dossier
from tests.cli.cli_run import run
from tests.conftest import TODAY
from tests.services.test_custody_days import _every_number

LEAST, MOST = 331, 695


def _flat(text: str) -> str:
    return " ".join(text.replace("\xa0", " ").replace("\u202f", " ").split())


def _pdf(data: bytes) -> str:
    return _flat(" ".join(p.extract_text() for p in PdfReader(io.BytesIO(data)).pages))


def _captured_in_2025(cf: CaseFile) -> int:
    cid = cf.captives.create(names=["Vardanyan Armen"], capture="2025", status="pre_trial",
                             sensitivity="shareable", consent_publicity=True).id
    cf.detention_orders.create(captive_id=cid, start_date="2026-10-01", term_months=4,
                               sensitivity="shareable")
    return cid


def test_every_surface_counts_at_least_from_the_last_day_of_the_year(case_file: CaseFile) -> None:
    cid = _captured_in_2025(case_file)
    numbers = _every_number(case_file, cid)
    attention = numbers.pop("attention")  # the maximum's: from the first day
    assert set(numbers.values()) == {LEAST}, numbers
    assert all(isinstance(n, AtLeast) and n.most == MOST for n in numbers.values()), numbers
    assert attention == MOST


def test_the_maximum_still_warns_from_the_first_day(case_file: CaseFile) -> None:
    cid = _captured_in_2025(case_file)
    case_file.settings.set("custody_max_days", 600, captive_id=cid)
    [over] = case_file.reminders.attention().of_kind("maximum")
    assert over.captive_id == cid and "695 days" in over.text
    clock = case_file.deadline_engine.clock(cid)
    assert clock.days_over_max == MOST - 600 and any("695 days" in w for w in clock.warnings)
    pre_trial = build_dossier(case_file, cid, level="internal").extras.pre_trial
    assert pre_trial.days == LEAST and pre_trial.days_left == 600 - MOST


@pytest.mark.parametrize("lang, said", [
    ("en", "at least 331 days (the date of capture is known only as 2025)"),
    ("ru", "не менее 331 дня (дата пленения известна лишь как 2025"),
    ("hy", "առնվազն 331 օր"),
    ("fr", "au moins 331 jours"),
])
def test_the_dossier_says_at_least(case_file: CaseFile, lang: str, said: str) -> None:
    cid = _captured_in_2025(case_file)
    text = _pdf(outputs.dossier(case_file, cid, level="shareable", author="t",
                                lawyer=LawyerProfile(), lang=lang).data)
    assert said in text
    # the most days never stated as the count (as a number of its own: the dossier's version, a
    # hexadecimal hash printed on each page, may hold the digits)
    assert re.search(r"(?<![0-9a-f])695(?![0-9a-f])", text) is None


def test_the_report_the_letter_and_the_command_line_say_at_least(case_file: CaseFile,
                                                                 tmp_path: Path) -> None:
    cid = _captured_in_2025(case_file)
    exact = case_file.captives.create(names=["Stepanyan Gagik"], capture="2025-01-01",
                                      status="held", sensitivity="shareable",
                                      consent_publicity=True).id
    pdf = _pdf(outputs.status_report(case_file, level="shareable", author="t").data)
    assert "≥ 331" in pdf and "≥ 695" not in pdf and " 695 " in f" {pdf} "
    book = load_workbook(io.BytesIO(outputs.status_report(case_file, level="shareable",
                                                          author="t", fmt="xlsx").data))
    cells = {row[0].value: row[6] for row in book.worksheets[0].iter_rows() if row[0].value
             in (cid, exact)}
    assert cells[cid].value == LEAST and "≥" in cells[cid].number_format  # a number still
    assert cells[exact].value == MOST and "≥" not in cells[exact].number_format
    dossier = build_dossier(case_file, cid, level="shareable")
    context = letter_context(dossier, lang="ru", lawyer=LawyerProfile(), today=TODAY)
    assert _flat(context["days_in_custody"]) == "не менее 331"
    path = case_file.db.path
    case_file.close()
    # (the command line counts to the real today)
    code, out, err = run("--lang", "en", "--db", str(path), "captives", "show", str(cid))
    assert code == 0, err
    assert "Days in custody: at least " in out and "(the date of capture is known only" in out
    code, out, err = run("--lang", "en", "--db", str(path), "captives", "list")
    assert code == 0, err
    rows = {line.split()[0]: line for line in out.splitlines() if line[:1].isdigit()}
    assert "≥" in rows[str(cid)] and "≥" not in rows[str(exact)]


def test_the_window_says_at_least(qapp, case_file: CaseFile) -> None:
    from caseapp.ui.models.captives import COLUMNS, CaptivesTableModel
    from caseapp.ui.views.captive_facts import custody_fact

    cid = _captured_in_2025(case_file)
    fact = custody_fact(case_file.deadline_engine.clock(cid))
    assert fact is not None and fact[0] == "At least 331 days in custody"
    case_file.settings.set("custody_max_days", 600, captive_id=cid)
    fact = custody_fact(case_file.deadline_engine.clock(cid))
    assert fact is not None and fact[0] == "At least 331 of 600 days in custody"
    assert fact[1] is not None  # the maximum passed, from the first day: the alert colour
    model = CaptivesTableModel()
    model.set_rows(case_file.overview.captive_rows())
    assert model.index(0, [c.id for c in COLUMNS].index("days")).data() == "≥ 331"


def test_counted_from_the_first_order_is_at_least_too(case_file: CaseFile) -> None:
    """The capture date unknown: the days run from the first detention order, which custody
    lasted at least; every surface says so (the dossier named the order already)."""
    cid = case_file.captives.create(names=["Stepanyan Gagik"], status="pre_trial").id
    case_file.detention_orders.create(captive_id=cid, start_date="2026-10-01", term_months=4)
    numbers = _every_number(case_file, cid)
    assert set(numbers.values()) == {57}, numbers
    # (the maximum's count, and the dossier's pre-trial line, which says "since 1 Oct 2026")
    plain = {"attention", "dossier pre-trial"}
    assert all(isinstance(n, AtLeast) for k, n in numbers.items() if k not in plain), numbers
    path = case_file.db.path
    assert path is not None
    case_file.close()
    code, out, err = run("--lang", "en", "--db", str(path), "captives", "show", str(cid))
    assert code == 0, err
    assert "(counted from the first detention order: the date of capture is unknown)" in out
