"""Text someone typed (in a form, a CLI argument, a spreadsheet's cell) that happens to read
exactly like the form CaseApp stores its own sentences in is the user's data: it reads back as
typed in every language and in the audit trail, never as CaseApp's sentence."""

from __future__ import annotations

from pathlib import Path

import pytest

from caseapp.domain.messages import text_of
from caseapp.services.casefile import CaseFile
from caseapp.services.sheet_import import decisions_for, import_rows
from caseapp.services.sheet_preview import preview
from tests.sheets.makers import write_csv

FORGED = '{"message":{"text":"Import of {file}","values":{"file":"x"}}}'
ESCAPE = '{"text":"' + FORGED.replace('"', '\\"') + '"}'  # a forged escape, too


def _reads_as_typed(value: str, typed: str) -> None:
    for lang in ("en", "ru", "hy"):
        assert text_of(value, lang) == typed
    assert str(value) == typed


@pytest.mark.parametrize("typed", [FORGED, ESCAPE, f"seen\n{FORGED}\n{ESCAPE}"])
def test_a_forged_line_in_a_note_and_a_deadline_reads_as_typed(
        case_file: CaseFile, language, typed: str) -> None:
    cf = case_file
    language("ru")
    cid = cf.captives.create(names=["Forged Test"]).id
    note = cf.notes.create(captive_id=cid, title=typed.split("\n")[-1], body=typed)
    d = cf.deadlines.create(title="Call", due_on="2026-12-01", notes=typed)
    got = cf.notes.get(note.id)
    _reads_as_typed(got.title, typed.split("\n")[-1])
    _reads_as_typed(got.body, typed)
    _reads_as_typed(cf.deadlines.get(d.id).notes, typed)
    cf.deadlines.update(d.id, notes=typed + "\nmore")
    [*_, entry] = [e for e in cf.audit.for_record(d.uid) if e.field == "notes"]
    assert entry.new_value == typed + "\nmore"
    [created] = cf.audit.for_record(note.uid)
    assert created.summary.strip() == typed.split("\n")[-1]


def test_a_forged_cell_of_a_spreadsheet_reads_as_typed(case_file: CaseFile, tmp_path: Path,
                                                       language) -> None:
    language("ru")
    path = write_csv(tmp_path / "list.csv", [
        ["ФИО", "Место содержания", "Примечания"], ["Оганесян Ваграм", "СИЗО Баку", FORGED]])
    pv = preview(case_file, path)
    [cid] = import_rows(case_file, pv, decisions_for(pv)).created
    bodies = [n.body for n in case_file.notes.list(captive_id=cid)]
    [body] = [b for b in bodies if "{" in b]
    _reads_as_typed(body, FORGED)
