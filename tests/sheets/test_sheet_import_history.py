"""What a spreadsheet import wrote is in each captive's history: a captive it added reads as
added, with its stay and notes; one it merged a row into reads the fields it filled (the
status it changed above all), the names and the note it added; undoing the import reads as
the changes back. The import wrote one entry for the whole file, in no captive's history: a
captive released by a row read as released with nothing in their history saying when or by
whom, and a captive the sheet added had an empty history."""

from __future__ import annotations

from pathlib import Path

from caseapp.domain.enums import AuditAction
from caseapp.services.casefile import CaseFile
from caseapp.services.sheet_import import decisions_for, import_rows
from caseapp.services.sheet_import_undo import undo_import
from caseapp.services.sheet_preview import preview
from tests.sheets.makers import write_csv

ROWS = [["ФИО", "Дата рождения", "Статус", "Дата статуса", "Место содержания", "Дата задержания",
         "Примечания"],
        ["Саргсян Давид", "12.03.1985", "освобожден", "02.10.2026", "", "", "Видели по ТВ"],
        ["Петросян Тигран", "1990", "под стражей", "", "Баку, СИЗО", "01.05.2024", "Ранен"]]


def _history(cf: CaseFile, captive_id: int) -> list[tuple[str, AuditAction, str]]:
    return [(e.entity, e.action, e.field) for e in cf.audit.for_captive(captive_id)]


def test_an_import_and_its_undo_are_in_each_captives_history(case_file: CaseFile,
                                                             tmp_path: Path) -> None:
    cf = case_file
    there = cf.captives.create(names=["Саргсян Давид"], status="pre_trial",
                               status_since="2026-08-01").id
    pv = preview(cf, write_csv(tmp_path / "list.csv", ROWS))
    result = import_rows(cf, pv, decisions_for(pv, on_duplicate="merge"))
    [added] = result.created

    merged = _history(cf, there)[1:]
    changed = {f: e for e in cf.audit.for_captive(there) if (f := e.field)}
    assert ("captives", AuditAction.UPDATE, "status") in merged
    assert (changed["status"].old_value, changed["status"].new_value) == ("pre_trial", "released")
    assert changed["status_since"].new_value == "2026-10-02"
    assert changed["birth_date"].new_value == "1985-03-12"
    assert ("notes", AuditAction.CREATE, "") in merged
    assert all(e.actor == "tester" for e in cf.audit.for_captive(there))

    new = _history(cf, added)
    assert new[0] == ("captives", AuditAction.CREATE, "")
    assert {("detention_places", AuditAction.CREATE, ""), ("notes", AuditAction.CREATE, "")} \
        <= set(new)
    first = cf.audit.for_captive(added)[0]
    assert "Петросян Тигран" in (first.new_value or "") and first.summary == "Петросян Тигран"

    undo_import(cf, result)
    back = _history(cf, there)[len(merged) + 1:]
    assert ("captives", AuditAction.UPDATE, "status") in back
    assert ("notes", AuditAction.DELETE, "") in back
    undone = [e for e in cf.audit.for_captive(there) if e.field == "status"][-1]
    assert (undone.old_value, undone.new_value) == ("released", "pre_trial")
    assert cf.captives.get(there).status.value == "pre_trial"
    gone = [e for e in cf.audit.recent(50) if e.record_uid == first.record_uid]
    assert gone[0].action is AuditAction.DELETE  # (the newest first)


def test_a_notes_title_written_by_caseapp_reads_as_words_in_its_history(
        qapp, case_file: CaseFile, tmp_path: Path) -> None:
    """The title CaseApp gives the notes a sheet adds ("From the spreadsheet") read, in the
    added note's entry, as the stored form: {"message":{"text":"From the spreadsheet"…."""
    from caseapp.ui.views.audit_texts import audit_change, audit_tooltip

    cf = case_file
    pv = preview(cf, write_csv(tmp_path / "list.csv", ROWS))
    result = import_rows(cf, pv, decisions_for(pv, on_duplicate="merge"))
    [note] = [e for e in cf.audit.for_captive(result.created[0])
              if e.entity == "notes" and e.action is AuditAction.CREATE]
    assert "Title: From the spreadsheet" in audit_tooltip(note)
    assert "Title: From the spreadsheet" in audit_change(note)
    assert "message" not in audit_tooltip(note)
