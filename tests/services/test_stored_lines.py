"""What CaseApp itself writes among a record's notes (the note on a pre-trial order's steps
after a conviction, a snooze, a spreadsheet import's notes) is stored as a message and read in
each reader's language: a Russian-speaking colleague writes, an Armenian lawyer and an English
dossier read. The lawyer's own lines stay hers; a form saved with CaseApp's line as it showed
it keeps it a message, a line she edited is her text; undo puts back what was there; an older
file's text reads as written; an export and its import carry the messages over."""

from __future__ import annotations

import io
import json
import re
from datetime import date
from pathlib import Path

from pypdf import PdfReader
from sqlalchemy import update

from caseapp.config import Location
from caseapp.db.models import Deadline
from caseapp.domain import messages
from caseapp.domain.lawyer import LawyerProfile
from caseapp.services import outputs
from caseapp.services.casefile import CaseFile, open_case_file
from caseapp.services.deadline_rows import Group
from caseapp.services.sheet_import import decisions_for, import_rows
from caseapp.services.sheet_preview import preview
from tests.cli.cli_run import run
from tests.sheets.makers import write_csv

ARMENIAN = re.compile("[\u0531-\u0587]")
CYRILLIC = re.compile("[\u0400-\u04ff]")
CONVICTED_EN = "Convicted on 25 Nov 2026: after the verdict custody may no longer run"


def _flat(text: str) -> str:
    return " ".join(text.replace("\xa0", " ").split())


def _convicted_under_russian(cf: CaseFile, language) -> tuple[int, int]:
    """A captive convicted on 25 Nov 2026, recorded under Russian: the captive, and one
    open step of the pre-trial order that carries the note."""
    language("ru")
    cid = cf.captives.create(names=["Aram Sargsyan"], capture="2026-11-20",
                             status="pre_trial").id
    cf.detention_orders.create(captive_id=cid, start_date="2026-11-21", term_months=4)
    cf.captives.set_status(cid, "convicted", effective_on="2026-11-25")
    [step, *_] = [d for d in cf.deadlines.list(captive_id=cid) if d.notes]
    return cid, step.id


def test_the_conviction_note_written_under_russian_reads_in_each_language(
        any_case_file: CaseFile, language) -> None:
    cf = any_case_file
    _cid, step = _convicted_under_russian(cf, language)
    language("en")
    notes = cf.deadlines.get(step).notes
    assert _flat(notes).startswith(CONVICTED_EN) and not CYRILLIC.search(notes)
    armenian = messages.text_of(notes, "hy")
    assert ARMENIAN.search(armenian) and not CYRILLIC.search(armenian)
    # The list the window shows and searches reads it in the reader's language too.
    [row] = [r for r in cf.reminders.rows() if r.deadline.id == step]
    assert _flat(row.deadline.notes).startswith(CONVICTED_EN)
    # A calendar in Armenian says it in Armenian (the description of the step's event).
    calendar = outputs.calendar(cf, level="internal", lang="hy").data.decode("utf-8")
    calendar = calendar.replace("\r\n ", "")  # (its long lines unfolded)
    assert "Դատապարտվել է" in calendar and "Обвинительный" not in calendar
    # The captive's history (audit trail) says it in the reader's language.
    history = [e.new_value for e in cf.audit.for_record(cf.deadlines.get(step).uid)
               if e.field == "notes"]
    assert history and all(_flat(v).startswith(CONVICTED_EN) for v in history if v)


def test_a_form_saved_as_shown_keeps_the_message_and_an_edited_line_is_hers(
        case_file: CaseFile, language) -> None:
    cf = case_file
    _cid, step = _convicted_under_russian(cf, language)
    language("en")
    before = cf.deadlines.get(step).notes  # what the edit form shows: readable text
    assert "{" not in before
    cf.deadlines.update(step, notes=before + "\nAsked the court for the verdict.")
    language("hy")
    first, own = cf.deadlines.get(step).notes.split("\n")
    assert ARMENIAN.search(first) and not CYRILLIC.search(first)
    assert own == "Asked the court for the verdict."
    # Undone as the window undoes (the values read before, written back): as it was.
    cf.deadlines.update(step, notes=before)
    language("ru")
    assert CYRILLIC.search(cf.deadlines.get(step).notes)
    # The lawyer rewrites CaseApp's sentence: from then on it is her text, for every reader.
    language("en")
    mine = before.replace("Check what the verdict decided", "I checked what the verdict decided")
    cf.deadlines.update(step, notes=mine)
    language("hy")
    assert cf.deadlines.get(step).notes == mine


def test_a_snooze_written_under_russian_reads_in_each_language(
        any_case_file: CaseFile, language) -> None:
    cf = any_case_file
    language("ru")
    d = cf.deadlines.create(title="Reply to the Court", due_on="2026-12-01", hard=True)
    cf.deadline_engine.snooze(d.id, "2026-12-05", reason="Канцелярия закрыта")
    language("en")
    assert _flat(cf.deadlines.get(d.id).notes) == \
        "Snoozed until 5 Dec 2026: Канцелярия закрыта"
    language("hy")
    armenian = cf.deadlines.get(d.id).notes
    assert ARMENIAN.search(armenian) and armenian.endswith("Канцелярия закрыта")
    # It still snoozes: out of the reminders until the 5th.
    assert d.id not in [r.deadline.id for r in cf.reminders.due(30)]
    [row] = [r for r in cf.reminders.rows(include_closed=True) if r.deadline.id == d.id]
    assert (row.group, row.snoozed_until) == (Group.SNOOZED, date(2026, 12, 5))
    # Snoozed again: the one line replaced, the lawyer's own lines kept.
    cf.deadlines.update(d.id, notes=cf.deadlines.get(d.id).notes + "\nCall the registry")
    cf.deadline_engine.snooze(d.id, "2026-12-08", reason="Still closed")
    language("en")
    assert _flat(cf.deadlines.get(d.id).notes) == \
        "Call the registry\nSnoozed until 8 Dec 2026: Still closed".replace("\n", " ")


def test_an_old_files_snooze_and_note_read_as_written(case_file: CaseFile, language) -> None:
    cf = case_file
    d = cf.deadlines.create(title="Call the family", due_on="2026-12-01")
    old = "Snoozed until 2026-12-07.\nОтложено по просьбе семьи"
    with cf.ctx.transaction() as s:
        s.execute(update(Deadline).where(Deadline.id == d.id).values(notes=old))
    language("hy")
    assert cf.deadlines.get(d.id).notes == old
    [row] = [r for r in cf.reminders.rows(include_closed=True) if r.deadline.id == d.id]
    assert row.snoozed_until == date(2026, 12, 7)
    cf.deadline_engine.snooze(d.id, "2026-12-09")  # the old line goes, the family's stays
    language("en")
    assert _flat(cf.deadlines.get(d.id).notes) == \
        "Отложено по просьбе семьи Snoozed until 9 Dec 2026."


def _imported_under_russian(cf: CaseFile, tmp_path: Path, language) -> int:
    language("ru")
    path = write_csv(tmp_path / "list.csv", [
        ["ФИО", "Место содержания", "Примечания"],
        ["Оганесян Ваграм", "СИЗО Баку", "звонил семье"]])
    pv = preview(cf, path)
    result = import_rows(cf, pv, decisions_for(pv))
    [cid] = result.created
    return cid


def test_a_spreadsheets_notes_read_in_each_language(case_file: CaseFile, tmp_path: Path,
                                                    language) -> None:
    cf = case_file
    cid = _imported_under_russian(cf, tmp_path, language)
    language("en")
    notes = {n.body: n.title for n in cf.notes.list(captive_id=cid)}
    assert notes == {
        "Place of detention (from the spreadsheet; since when is not known): СИЗО Баку":
            "From the spreadsheet",
        "звонил семье": "From the spreadsheet"}  # the sheet's own note as written
    # Found by the words of the reader's language, and labelled in it.
    found = [r for r in cf.search.everything("spreadsheet") if r.entity == "notes"]
    assert len(found) == 2 and {r.label for r in found} == {"From the spreadsheet"}
    language("hy")
    assert all(ARMENIAN.search(n.title) and not CYRILLIC.search(n.title)
               for n in cf.notes.list(captive_id=cid))
    # A dossier in English reads them in English.
    dossier = _flat("\n".join(p.extract_text() for p in PdfReader(io.BytesIO(outputs.dossier(
        cf, cid, level="internal", author="t", lawyer=LawyerProfile(), lang="en").data)).pages))
    assert "From the spreadsheet" in dossier and "Из таблицы" not in dossier
    assert "Place of detention (from the spreadsheet; since when is not known)" in dossier


def test_an_export_carries_the_messages_into_another_file(
        tmp_path: Path, _empty_template: Path, language) -> None:
    from tests.conftest import TODAY, copy_of

    db = copy_of(_empty_template, tmp_path / "case.db")
    cf = open_case_file(Location(path=db), actor="tester", today=lambda: TODAY)
    try:
        cid = _imported_under_russian(cf, tmp_path, language)
        _captive, step = _convicted_under_russian(cf, language)
        cf.deadline_engine.snooze(step, "2026-12-05")
        cf.export_json(tmp_path / "out.json")
    finally:
        cf.close()
    exported = json.loads((tmp_path / "out.json").read_text(encoding="utf-8"))["tables"]
    assert not any("Из таблицы" in str(n) for n in exported["notes"])
    other = copy_of(_empty_template, tmp_path / "other.db")
    cf = open_case_file(Location(path=other), actor="colleague", today=lambda: TODAY)
    try:
        cf.import_json(tmp_path / "out.json")
        language("en")
        titles = {n.title for n in cf.notes.list(captive_id=cid)}
        notes = _flat(cf.deadlines.get(step).notes)
    finally:
        cf.close()
    assert titles == {"From the spreadsheet"}
    assert CONVICTED_EN in notes and "Snoozed until 5 Dec 2026." in notes
    # The command line reads the imported file in its own language.
    language("en")
    code, out, err = run("--lang", "hy", "--db", str(other), "captives", "show", str(cid))
    assert code == 0, err
    assert "Из таблицы" not in out and ARMENIAN.search(out)
    code, out, err = run("--lang", "en", "--db", str(other), "captives", "show", "2")
    assert code == 0, err
    assert CONVICTED_EN in _flat(out) and "Обвинительный" not in out
