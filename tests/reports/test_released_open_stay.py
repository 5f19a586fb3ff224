"""A captive released (or repatriated, or dead) whose stay at a place of detention was left
open, as case files recorded before the release ended the stay hold them: no output says
they are held there now. The captives list (window and command line), the dossier's cover
and custody history, the status report and the ECHR forms say where they were last held and
until when; while in custody, the stay is still "now".

Today in every test is Friday 2026-11-27 (tests/conftest.py)."""

from __future__ import annotations

import io
from pathlib import Path

from openpyxl import load_workbook

from caseapp.reports.dossier import render_dossier
from caseapp.reports.filing_echr import held_now
from caseapp.reports.letter_values import letter_context
from caseapp.reports.status_pdf import render_status_pdf
from caseapp.reports.status_xlsx import render_status_xlsx
from caseapp.services.casefile import CaseFile
from caseapp.services.dossier_data import build_dossier
from caseapp.services.status_report_data import build_status_report
from caseapp.ui.models.captives import COLUMNS
from tests.cli.cli_run import run
from tests.conftest import TODAY
from tests.reports.conftest import LAWYER, pdf_text

PLACE = "Baku Pre-Trial Centre No. 1"


def _released_with_open_stay(cf: CaseFile, status: str = "released") -> int:
    cid = cf.captives.create(names=["Vardanyan Armen"], capture="2026-01-10",
                             status="pre_trial", status_since="2026-01-10").id
    cf.detention_places.create(captive_id=cid, facility=PLACE, from_date="2026-02-01")
    cf.captives.set_status(cid, status, effective_on="2026-11-02")  # the stay left open
    return cid


def _words(pages: list[str]) -> str:
    """The pages' text with the lines a table cell wraps joined again."""
    return " ".join("\n".join(pages).split())


def _custody_rows(pages: list[str]) -> str:
    text = _words(pages)
    return text[text.index("Places of detention"):text.index("Domestic proceedings")]


def test_the_dossier_says_until_the_release_not_now(case_file: CaseFile) -> None:
    cid = _released_with_open_stay(case_file)
    pages = pdf_text(render_dossier(build_dossier(case_file, cid, level="internal")))
    custody = _custody_rows(pages)
    assert "until the release on 2 November 2026" in custody
    assert " now " not in custody
    assert f"Last held at {PLACE}" in _words(pages)  # the cover's place of detention
    ru = _words(pdf_text(render_dossier(build_dossier(case_file, cid, level="internal"),
                                        lang="ru")))
    assert "до освобождения 2 ноября 2026" in ru


def test_a_death_is_said_as_such_and_custody_still_says_now(case_file: CaseFile) -> None:
    dead = _released_with_open_stay(case_file, "deceased")
    custody = _custody_rows(pdf_text(render_dossier(build_dossier(case_file, dead,
                                                                  level="internal"))))
    assert "until the death on 2 November 2026" in custody
    held = case_file.captives.create(names=["Petrosyan Aram"], capture="2026-01-10",
                                     status="pre_trial", status_since="2026-01-10").id
    case_file.detention_places.create(captive_id=held, facility=PLACE, from_date="2026-02-01")
    pages = pdf_text(render_dossier(build_dossier(case_file, held, level="internal")))
    assert " now " in _custody_rows(pages) and "Last held" not in _words(pages)


def test_the_lists_and_the_report_say_last_held_at(case_file: CaseFile, db_path: Path) -> None:
    cid = _released_with_open_stay(case_file)
    row = next(r for r in case_file.overview.captive_rows() if r.id == cid)
    column = next(c for c in COLUMNS if c.id == "place")
    assert column.text(row) == f"Last held at {PLACE}"
    report = build_status_report(case_file)
    assert f"Last held at {PLACE}" in _words(pdf_text(render_status_pdf(report)))
    sheet = load_workbook(io.BytesIO(render_status_xlsx(report))).active
    assert f"Last held at {PLACE}" in {c.value for r in sheet.iter_rows() for c in r}
    code, out, _ = run("captives", "list", "--db", str(db_path))
    assert code == 0 and f"Last held at {PLACE}" in out
    code, out, _ = run("captives", "show", str(cid), "--db", str(db_path))
    assert code == 0 and f"Last held at: {PLACE}" in out and "Held at:" not in out


def test_letters_and_echr_forms_give_no_current_place(case_file: CaseFile) -> None:
    """A letter's {{detention_place}} and the ECHR forms' "Current place of detention" are
    empty once custody is over, even with the stay left open; filled while held."""
    cid = _released_with_open_stay(case_file)
    dossier = build_dossier(case_file, cid, level="internal")
    context = letter_context(dossier, lang="en", lawyer=LAWYER, today=TODAY)
    assert context["detention_place"] == "" and held_now(dossier.captive) == ""
    case_file.captives.set_status(cid, "pre_trial", effective_on="2026-11-20")  # re-arrested
    dossier = build_dossier(case_file, cid, level="internal")
    assert letter_context(dossier, lang="en", lawyer=LAWYER, today=TODAY)[
        "detention_place"] == PLACE == held_now(dossier.captive)


def test_the_command_lines_places_say_until_the_release_not_now(case_file: CaseFile,
                                                                db_path: Path) -> None:
    """`captives show` listed a dead or released captive's open stay as "– now"."""
    dead = _released_with_open_stay(case_file, "deceased")
    code, out, _ = run("captives", "show", str(dead), "--db", str(db_path))
    out = out.replace("\xa0", " ")
    places = out[out.index("Places of detention"):]
    assert code == 0 and f"1 Feb 2026 – until the death on 2 Nov 2026 {PLACE}" in places
    assert "now" not in places
    held = case_file.captives.create(names=["Petrosyan Aram"], capture="2026-01-10",
                                     status="pre_trial", status_since="2026-01-10").id
    case_file.detention_places.create(captive_id=held, facility=PLACE, from_date="2026-02-01")
    code, out, _ = run("captives", "show", str(held), "--db", str(db_path))
    assert f"1 Feb 2026 – now {PLACE}" in out.replace("\xa0", " ")


def test_the_un_drafts_give_no_current_place_once_custody_is_over(case_file: CaseFile) -> None:
    """The WGAD and WGEID drafts said "(from 1 February 2026, current)" of the place a dead
    captive was last held: now until the day custody ended, and current only while held."""
    from caseapp.services import filing_packs
    from tests.services.filing_data import docx_text

    def lines() -> list[str]:
        made = filing_packs.un_pack(case_file, dead, body="wgad", level="internal",
                                    author="A", lawyer=LAWYER)
        return docx_text(next(f.data for f in made.files if f.name.endswith(".docx"))
                         ).splitlines()

    def places() -> str:
        return next(line for line in lines() if line.startswith(PLACE))

    dead = _released_with_open_stay(case_file, "deceased")
    assert places() == f"{PLACE} (from 1 February 2026 to 2 November 2026)"
    # the duration counted to the death, said as of that day, not as of today's draft
    assert "296 days on 2 November 2026" in lines()
    case_file.captives.set_status(dead, "pre_trial", effective_on="2026-11-20")
    assert places() == f"{PLACE} (from 1 February 2026, current)"
    assert "303 days on 27 November 2026" in lines()  # 296 + the 7 days since the re-arrest


def test_the_command_lines_places_say_it_in_russian(case_file: CaseFile, db_path: Path) -> None:
    """(Needs resources/translations/incoming/custody.messages.json applied.)"""
    dead = _released_with_open_stay(case_file, "deceased")
    code, out, _ = run("--lang", "ru", "captives", "show", str(dead), "--db", str(db_path))
    assert code == 0 and "01.02.2026 – до смерти 02.11.2026" in out.replace("\xa0", " "), out
