"""A summary CaseApp composes for the audit log ("Import of …", "Merge of … into …") is shown in
the reader's language; a record's own title and every entry written before stay as written;
and the hash chain verifies either way."""

from __future__ import annotations

import gettext
import io
import json
import sqlite3
from pathlib import Path

import pytest
from babel.messages.catalog import Catalog
from babel.messages.mofile import write_mo

from caseapp.domain import messages
from caseapp.domain.audit_summary import shown_summary, stored_message, stored_summary
from caseapp.domain.messages import msg
from caseapp.services.casefile import CaseFile

# A file name no one wrote the code around: three scripts, quotes, a backslash, a brace.
HOSTILE_FILE = 'Ашот «Ո՛չ» "x" \\ {file} 🕊.json'


@pytest.fixture
def russian(monkeypatch: pytest.MonkeyPatch) -> None:
    """A Russian catalogue holding the two summaries the tests read (the real one is filled by
    the lead from the delivery), the language set to Russian."""
    catalogue = Catalog(locale="ru")
    catalogue.add("Import of {file}", "Импорт: {file}")
    catalogue.add("{kind} {day}", "{kind} {day}")
    compiled = io.BytesIO()
    write_mo(compiled, catalogue)
    compiled.seek(0)
    russian = gettext.GNUTranslations(compiled)
    monkeypatch.setattr(messages, "_catalogue",
                        lambda lang: russian if lang == "ru" else gettext.NullTranslations())
    monkeypatch.setattr(messages, "_language", ["ru"])


def _import(case_file: CaseFile, tmp_path: Path, name: str) -> None:
    source = tmp_path / "source.json"
    case_file.export_json(source)
    target = tmp_path / name
    source.rename(target)
    case_file.import_json(target)


def test_an_import_is_summarised_in_the_readers_language(case_file: CaseFile, tmp_path: Path,
                                                          russian: None) -> None:
    _import(case_file, tmp_path, HOSTILE_FILE)
    [entry] = [e for e in case_file.audit.recent() if e.entity != "captives"][:1]
    # the file name is data: as written, never read as a template
    assert entry.summary == f"Импорт: {HOSTILE_FILE}"
    messages.set_language("en")
    assert case_file.audit.recent()[0].summary == f"Import of {HOSTILE_FILE}"
    assert case_file.check().ok  # the chain holds over the stored message


def test_an_entry_written_before_summaries_were_messages_shows_as_written(
        case_file: CaseFile, russian: None) -> None:
    c = case_file.captives.create(names=["Old Entry"])
    path = case_file.db.path
    case_file.db.engine.dispose()
    with sqlite3.connect(path) as conn:  # as an older CaseApp wrote it (the hash aside)
        conn.execute("UPDATE audit_entries SET summary = 'Import of old.json' WHERE record_uid = ?",
                     (c.uid,))
    [entry] = case_file.audit.for_record(c.uid)
    assert entry.summary == "Import of old.json"


def test_a_records_title_is_data_even_when_it_reads_like_a_stored_message(
        case_file: CaseFile, russian: None) -> None:
    c = case_file.captives.create(names=["Title Test"])
    forged = '{"message":{"text":"Import of {file}","values":{"file":"x"}}}'
    note = case_file.notes.create(captive_id=c.id, title=forged, body="b")
    [entry] = case_file.audit.for_record(note.uid)
    assert entry.summary.strip() == forged  # not rendered as «Импорт x»
    assert case_file.check().ok


def test_a_composed_summary_of_a_record_names_its_kind_and_date_in_the_language(
        case_file: CaseFile, russian: None) -> None:
    c = case_file.captives.create(names=["Welfare Test"])
    contact = case_file.welfare_contacts.create(captive_id=c.id, kind="icrc_visit",
                                                contact_on="2021-01-05")
    [entry] = case_file.audit.for_record(contact.uid)
    # the documents' Russian name of the kind, the date as Russian writes it in a table
    assert entry.summary == "Посещение МККК 05.01.2021"


def test_a_long_file_name_is_shortened_so_the_message_fits_the_column() -> None:
    name = "Վ" * 400 + ".json"
    stored = stored_summary(msg("Import of {file}", file=name))
    assert len(stored) <= 300
    message = stored_message(stored)
    assert message is not None and message.text == "Import of {file}"
    shown = shown_summary(stored, "en")
    assert shown.startswith("Import of ՎՎՎ") and shown.endswith("…")


def test_a_plain_summary_is_cut_to_the_column_and_a_damaged_message_shows_as_stored() -> None:
    assert stored_summary("x" * 400) == "x" * 300
    damaged = '{"message": {"values": 3}}'
    assert shown_summary(damaged, "ru") == damaged
    assert json.loads(stored_summary(msg("Import of a JSON export")))["message"]["text"] \
        == "Import of a JSON export"


@pytest.mark.parametrize("lang", ["hy", "ru"])
def test_every_international_proceeding_is_named_in_the_readers_language_in_the_history(
        case_file: CaseFile, lang: str) -> None:
    """A Rule 39 request, a communication to the UN Human Rights Committee and an urgent appeal
    to the UN special procedures were named in English in the captive's History tab and the
    dashboard's recent changes under Armenian and Russian ("ECHR Rule 39 request 21000/24"):
    their names in four languages did not fit the column, so the English was stored."""
    from caseapp.domain.enums import InternationalBody, InternationalProceedingKind
    from caseapp.reports.texts import label

    c = case_file.captives.create(names=["History Test"])
    wrong = []
    for body in InternationalBody:
        for kind in InternationalProceedingKind:
            messages.set_language(lang)  # the lawyer writes in the window's language
            try:
                p = case_file.international_proceedings.create(
                    captive_id=c.id, body=body, kind=kind, reference="CCPR/DEMO/4005/2024")
                [entry] = case_file.audit.for_record(p.uid)
            finally:
                messages.set_language("en")
            if not (label(body, lang) in entry.summary and label(kind, lang) in entry.summary
                    and "CCPR/DEMO/4005/2024" in entry.summary):
                wrong.append(entry.summary)
    assert not wrong, wrong
    assert case_file.check().ok
