"""A JSON export nobody here wrote, whose texts read like the messages CaseApp stores.

CaseApp stores what it says in a record (an import's audit summary, a spreadsheet's note) as
``{"message": {"text": …, "values": …}}`` so that each reader reads it in her language. A
file from elsewhere can hold such a text with a placeholder its values lack, an attribute or
a format (``{day.year}``, ``{a:>900000000}``), or nested thousands of levels deep. Each must
import and read back as the text it is: never stop the import with "an unexpected error", nor
with "a number or a date is out of range", nor make a gigabyte of spaces.
"""

from __future__ import annotations

import json
import unicodedata
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from caseapp.domain.errors import ValidationError
from caseapp.services.casefile import CaseFile
from tests.services.test_import_validation import CAPTIVE, DOCUMENT, ORDER, valid_export, write


def stored(text: str, **values: object) -> str:
    """A text as CaseApp stores a message it wrote (its compact JSON form)."""
    return json.dumps({"message": {"text": text, "values": values}}, ensure_ascii=False,
                      separators=(",", ":"))


ATTRIBUTE = stored("Visit on {day.year}", day="x")
MISSING = stored("Import of {file}")
WIDE = stored("Visit {a:>900000000}", a="x")
DEEP = '{"message":{"text":"a","values":{"v":' + "[" * 50000 + "]" * 50000 + "}}}"


def _with_note(title: str, body: str) -> dict[str, Any]:
    data = valid_export()
    data["tables"]["notes"] = [{
        "uid": "0a8a4c1e-0000-4000-8000-0000000000a1", "captive_uid": CAPTIVE,
        "title": title, "body": body, "written_at": "2026-11-01T10:00:00+00:00",
        "sensitivity": "internal"}]
    return data


@pytest.mark.parametrize(("title", "body", "read"), [
    (ATTRIBUTE, "Met him.", ("Visit on {day.year}", "Met him.")),
    (MISSING, "Met him.", ("Import of {file}", "Met him.")),
    (WIDE, "Met him.", ("Visit {a:>900000000}", "Met him.")),
    ("", DEEP, ("", DEEP)),
    ("", "\n".join((ATTRIBUTE, MISSING, "Met him.")),
     ("", "Visit on {day.year}\nImport of {file}\nMet him.")),
], ids=["attribute", "missing-value", "huge-width", "nested-deep", "lines"])
def test_a_note_reading_like_a_broken_message_imports_as_written(
        title: str, body: str, read: tuple[str, str], case_file: CaseFile, tmp_path: Path,
        language: Callable[[str], str]) -> None:
    cf = case_file
    report = cf.import_json(write(tmp_path, _with_note(title, body)))

    assert report.added["notes"] == 1
    captive = next(c for c in cf.captives.list() if c.uid == CAPTIVE)
    for lang in ("en", "hy", "ru"):
        language(lang)
        (note,) = cf.notes.list(captive_id=captive.id)
        assert (note.title, note.body) == read  # its text, placeholders as written
        assert all(len(e.summary) < 1000 for e in cf.audit.for_captive(captive.id))


def test_an_audit_summary_missing_its_value_reads_in_every_language(
        case_file: CaseFile, tmp_path: Path, language: Callable[[str], str]) -> None:
    data = valid_export()
    data["tables"]["audit_entries"] = [{
        "uid": "0a8a4c1e-0000-4000-8000-0000000000a2", "at": "2026-11-01T10:00:00+00:00",
        "actor": "someone", "action": "create", "entity": "imports",
        "record_uid": "0a8a4c1e-0000-4000-8000-0000000000a3", "captive_uid": CAPTIVE,
        "summary": MISSING, "field": "", "old_value": None, "new_value": None}]
    cf = case_file
    cf.import_json(write(tmp_path, data))

    captive = next(c for c in cf.captives.list() if c.uid == CAPTIVE)
    for lang in ("en", "hy", "ru"):
        language(lang)
        summaries = [e.summary for e in cf.audit.for_captive(captive.id)]
        assert "Import of {file}" in summaries


# ---- a team member's import of a record raised above her clearance since ---------------------

def test_a_member_importing_a_record_now_above_her_clearance_is_told_so(
        pg_url: str, tmp_path: Path) -> None:
    """Anna (shareable) imports an export of the team's file made before a note in it was
    raised to internal: the server hides that note from her, so the import takes it for a new
    record, and the server refuses its uid. She is told that in her words, not with a cut-off
    "duplicate key val…" of the database's, and nothing is imported."""
    from caseapp.config import Location
    from caseapp.services.casefile import open_case_file
    from tests.conftest import TODAY
    from tests.postgres import login_url, unique_login

    password = "Hostile-Import-Password-36"
    owner = open_case_file(Location(url=pg_url), actor="owner", today=lambda: TODAY)
    try:
        captive = owner.captives.create(names=["Արամ Սարգսյան"], sensitivity="shareable")
        note = owner.notes.create(captive_id=captive.id, title="Visit", body="Seen well.",
                                  sensitivity="shareable")
        owner.export_json(tmp_path / "before.json")
        owner.notes.update(note.id, sensitivity="internal")
        owner.team.init()
        anna = unique_login("anna")
        owner.team.add_user(anna, clearance="shareable", password=password)
    finally:
        owner.close()
    data = json.loads((tmp_path / "before.json").read_text(encoding="utf-8"))
    data.pop("case_settings")
    data["tables"] = {"captives": data["tables"]["captives"],
                      "notes": data["tables"]["notes"]}
    path = write(tmp_path, data)

    member = open_case_file(Location(url=login_url(pg_url, anna, password)), actor=anna,
                            today=lambda: TODAY)
    try:
        with pytest.raises(ValidationError) as refused:
            member.import_json(path)
        said = str(refused.value)
        assert said.startswith(f"notes, record 1 (uid {note.uid}), field “uid”: ")
        assert "clearance" in said and "duplicate key" not in said
        assert [n.title for n in member.notes.list(captive_id=captive.id)] == []
    finally:
        member.close()


# ---- names written decomposed (NFD: a Mac's file names, a PDF copied, another tool) ----------

def test_a_name_written_decomposed_is_found_and_met_as_typed(
        case_file: CaseFile, tmp_path: Path) -> None:
    """An export spelling a captive's names in decomposed Unicode (й as и + a combining breve,
    Ş as S + a cedilla): the lawyer who types the names finds him, and the import says he looks
    like the captive already there under the same name. The word was cut at each combining
    mark: "Ёлкин" found nothing, and neither did "Yolkin" or "Şükürov"."""
    cf = case_file
    there = cf.captives.create(names=["Йосиф Ёлкин"])
    data = valid_export()
    data["tables"]["captive_names"] = [
        {"uid": "0a8a4c1e-0000-4000-8000-0000000000b1", "captive_uid": CAPTIVE,
         "full_name": unicodedata.normalize("NFD", "Йосиф Ёлкин"), "script": "Cyrl",
         "language": "ru", "kind": "native", "is_primary": True},
        {"uid": "0a8a4c1e-0000-4000-8000-0000000000b2", "captive_uid": CAPTIVE,
         "full_name": unicodedata.normalize("NFD", "Yusif Şükürov"), "script": "Latn",
         "language": "az", "kind": "alias", "is_primary": False}]
    report = cf.import_json(write(tmp_path, data))

    imported = next(c.id for c in cf.captives.list() if c.uid == CAPTIVE)
    assert [(a.imported_id, a.existing_id) for a in report.look_alikes] == [(imported, there.id)]
    for typed in ("Ёлкин", "Йосиф Ёлкин", "Şükürov", "Yusif Şükürov"):
        assert imported in cf.search.captive_ids(typed), typed


# ---- a captive's document attached to another captive's hearing, case or intervention -------

def _document_of_another(data: dict[str, Any], ref: str) -> None:
    other = "0a8a4c1e-0000-4000-8000-0000000000c1"
    data["tables"]["captives"].append({**data["tables"]["captives"][0], "uid": other})
    data["tables"]["captive_names"].append({
        **data["tables"]["captive_names"][0], "uid": "0a8a4c1e-0000-4000-8000-0000000000c2",
        "captive_uid": other, "full_name": "Գևորգ Սարգսյան"})
    data["tables"]["hearing_captives"] = [{"hearing_uid": data["tables"]["hearings"][0]["uid"],
                                           "captive_uid": other}]
    data["tables"]["prosecutions"] = [{"uid": "0a8a4c1e-0000-4000-8000-0000000000c3",
                                       "captive_uid": other, "case_number": "1-2/2026"}]
    data["tables"]["interventions"] = [{"uid": "0a8a4c1e-0000-4000-8000-0000000000c4",
                                        "made_on": "2026-11-01", "channel": "letter",
                                        "subject": "Visit"}]
    data["tables"]["intervention_captives"] = [{
        "intervention_uid": "0a8a4c1e-0000-4000-8000-0000000000c4", "captive_uid": other}]
    data["tables"]["documents"][0][f"{ref}_uid"] = {
        "hearing": data["tables"]["hearings"][0]["uid"],
        "prosecution": "0a8a4c1e-0000-4000-8000-0000000000c3",
        "intervention": "0a8a4c1e-0000-4000-8000-0000000000c4"}[ref]


@pytest.mark.parametrize(("ref", "said"), [
    ("hearing", "That hearing does not concern this captive."),
    ("prosecution", "That prosecution belongs to another captive."),
    ("intervention", "That intervention does not concern this captive."),
])
def test_a_document_attached_to_another_captives_record_is_refused(
        ref: str, said: str, case_file: CaseFile, tmp_path: Path) -> None:
    """Artashes's court decision, attached in the file to a hearing (a case, a letter) that
    concerns only Gevorg, was listed in Gevorg's dossier and printed in its annex, a document
    of another man's case in the file his family receives. It is refused, named, and nothing
    is imported."""
    data = valid_export()
    _document_of_another(data, ref)
    cf = case_file

    with pytest.raises(ValidationError) as refused:
        cf.import_json(write(tmp_path, data))

    assert str(refused.value) == (f"documents, record 1 (uid {DOCUMENT}), field “{ref}_id”: "
                                  f"{said}")
    assert cf.captives.list() == []


def test_a_document_of_a_hearing_its_captive_attends_is_taken(
        case_file: CaseFile, tmp_path: Path) -> None:
    data = valid_export()
    data["tables"]["documents"][0]["hearing_uid"] = data["tables"]["hearings"][0]["uid"]
    assert case_file.import_json(write(tmp_path, data)).added["documents"] == 1


# ---- one uid for two records of different tables ------------------------------------------

def test_a_uid_given_to_records_of_two_tables_is_refused(
        case_file: CaseFile, tmp_path: Path) -> None:
    """A converter that numbers each table's records from 1, or a file edited by hand, gives
    an internal detention order the uid of a shareable court hearing. A deadline takes the
    level of the record its trigger's uid names: the order's expiry and extension deadlines
    were read at the hearing's level and went into a shareable travel copy. The file is
    refused, naming the record and its uid, and nothing is imported."""
    data = valid_export()
    order = data["tables"]["detention_orders"][0]
    order["sensitivity"] = "internal"
    order["uid"] = data["tables"]["hearings"][0]["uid"]
    cf = case_file

    with pytest.raises(ValidationError) as refused:
        cf.import_json(write(tmp_path, data))

    assert str(refused.value).startswith(
        "detention_orders, record 1 (uid 0a8a4c1e-0000-4000-8000-000000000005), field “uid”: "
        "is also the uid of a record of hearings")
    assert cf.captives.list() == []


def test_a_uid_of_a_record_of_another_table_already_in_the_case_file_is_refused(
        case_file: CaseFile, tmp_path: Path) -> None:
    cf = case_file
    first = valid_export()
    del first["tables"]["detention_orders"]
    cf.import_json(write(tmp_path, first, "first.json"))
    second = valid_export()
    order = second["tables"]["detention_orders"][0]
    order["uid"] = second["tables"]["hearings"][0]["uid"]
    second["tables"]["hearings"] = second["tables"]["hearing_captives"] = []

    with pytest.raises(ValidationError, match="field “uid”: is also the uid of a record of "
                                              "hearings"):
        cf.import_json(write(tmp_path, second, "second.json"))


# ---- a deadline of one captive counting from another captive's record -------------------------

def test_a_deadline_counting_from_another_captives_order_is_refused(
        case_file: CaseFile, tmp_path: Path) -> None:
    """A deadline set by hand (kept as it is by an import) for Gevorg that counts from
    Artashes's detention order: Gevorg's file, dossier and calendar showed "Detention order
    expires" on a date of Artashes's order. Refused, naming the deadline and its trigger."""
    data = valid_export()
    other = "0a8a4c1e-0000-4000-8000-0000000000d1"
    data["tables"]["captives"].append({**data["tables"]["captives"][0], "uid": other})
    data["tables"]["captive_names"].append({
        **data["tables"]["captive_names"][0], "uid": "0a8a4c1e-0000-4000-8000-0000000000d2",
        "captive_uid": other, "full_name": "Գևորգ Սարգսյան"})
    data["tables"]["deadlines"] = [{
        "uid": "0a8a4c1e-0000-4000-8000-0000000000d3", "captive_uid": other,
        "title": "Detention order expires", "rule_id": "az.detention.expiry",
        "trigger_kind": "detention_order", "trigger_uid": ORDER,
        "trigger_date": "2026-10-01", "due_on": "2026-12-20", "status": "open",
        "overridden": True}]
    cf = case_file

    with pytest.raises(ValidationError) as refused:
        cf.import_json(write(tmp_path, data))

    assert str(refused.value).startswith(
        "deadlines, record 1 (uid 0a8a4c1e-0000-4000-8000-0000000000d3), field “trigger_uid”: "
        "counts from a record of another captive")
    assert cf.captives.list() == []

    data["tables"]["deadlines"][0]["captive_uid"] = CAPTIVE  # his own order's: kept
    assert cf.import_json(write(tmp_path, data)).added["deadlines"] == 1


# ---- the audit log's texts, kept as written: what no case file can keep -----------------------

def _audit_entry(summary: str) -> dict[str, Any]:
    return {"uid": "0a8a4c1e-0000-4000-8000-0000000000e1", "at": "2026-11-01T10:00:00+00:00",
            "actor": "someone", "action": "update", "entity": "captives",
            "record_uid": CAPTIVE, "captive_uid": CAPTIVE, "summary": summary,
            "field": "health", "old_value": None, "new_value": "well"}


@pytest.mark.parametrize(("summary", "said"), [
    ("Edited \ud800 by hand", "holds a character that is not text (a lone surrogate)"),
    ("Edited \x00 by hand", "holds a NUL character (U+0000), which a case file cannot keep"),
], ids=["lone-surrogate", "nul"])
def test_an_audit_entry_holding_what_cannot_be_stored_is_refused_in_one_line(
        summary: str, said: str, any_case_file: CaseFile, tmp_path: Path) -> None:
    """The audit log is imported as written (not cleaned as typed text is), so a character no
    database keeps reached the database: "an unexpected error (UnicodeEncodeError)", and on
    a team server a line holding the SQL statement and the entry's values. It is refused,
    naming the entry and the field, and nothing is imported."""
    data = valid_export()
    data["tables"]["audit_entries"] = [_audit_entry(summary)]
    cf = any_case_file

    with pytest.raises(ValidationError) as refused:
        cf.import_json(write(tmp_path, json.dumps(data).encode()))  # (\ud800 escaped)

    assert str(refused.value) == ("audit_entries, record 1 (uid 0a8a4c1e-0000-4000-8000-"
                                  f"0000000000e1), field “summary”: {said}")
    assert cf.captives.list() == []


@pytest.mark.parametrize("where", ["explanation", "field_levels"])
def test_a_lone_surrogate_in_a_json_column_is_refused_and_the_file_still_exports(
        where: str, case_file: CaseFile, tmp_path: Path) -> None:
    """A deadline's explanation holding a lone surrogate was imported; from then on every
    JSON export of the case file, and ``captives show --format json``, stopped with "an
    unexpected error (UnicodeEncodeError)". It is refused, named (and a field level's key
    holding one is said as such, no longer as a field that does not exist)."""
    data = valid_export()
    if where == "explanation":
        data["tables"]["deadlines"] = [{
            "uid": "0a8a4c1e-0000-4000-8000-0000000000f1", "captive_uid": CAPTIVE,
            "title": "Letter to the ombudsman", "due_on": "2026-12-20", "status": "open",
            "explanation": ["Agreed by phone \ud800"]}]
        table = "deadlines, record 1 (uid 0a8a4c1e-0000-4000-8000-0000000000f1)"
    else:
        data["tables"]["captives"][0]["field_levels"] = {"health\udc00": "internal"}
        table = f"captives, record 1 (uid {CAPTIVE})"
    cf = case_file

    with pytest.raises(ValidationError) as refused:
        cf.import_json(write(tmp_path, json.dumps(data).encode()))

    assert str(refused.value) == (f"{table}, field “{where}”: holds a character that is not "
                                  "text (a lone surrogate)")
    cf.export_json(tmp_path / "again.json")


@pytest.mark.parametrize("scope", ["charge:2\ud800", "zzz", "stage:vanished", "charge:"])
def test_a_setting_for_no_part_of_the_file_is_left_out_and_said(
        scope: str, case_file: CaseFile, tmp_path: Path) -> None:
    """A custody maximum whose scope is none CaseApp writes: one holding a lone surrogate
    stopped the import with "an unexpected error (UnicodeEncodeError)", and "zzz" was stored
    and listed by ``settings show`` as a maximum for "zzz". Left out and said; the records
    import."""
    data = valid_export()
    data["case_settings"] = [{"key": "custody_max_days", "scope": scope, "value": 100}]
    cf = case_file

    report = cf.import_json(write(tmp_path, json.dumps(data).encode()))

    assert report.added["captives"] == 1 and not report.settings_applied
    assert any("custody_max_days" in line and "left out" in line for line in report.settings_kept)


@pytest.mark.parametrize("where", ["field", "setting", "scope"])
def test_a_name_holding_a_lone_surrogate_is_said_in_a_line_that_can_be_printed(
        where: str, case_file: CaseFile, tmp_path: Path) -> None:
    """An unknown field, setting or scope whose name holds a lone surrogate was quoted as it
    was: printing the line stopped the command with "an unexpected error
    (UnicodeEncodeError)", after the import had been made. It is quoted escaped."""
    data = valid_export()
    if where == "field":
        data["tables"]["captives"][0]["nick\ud800"] = "x"
    elif where == "setting":
        data["case_settings"] = [{"key": "lawyer\ud800", "scope": "", "value": "x"}]
    else:
        data["case_settings"] = [{"key": "custody_max_days", "scope": "stage:\ud800",
                                  "value": 100}]
    cf = case_file

    try:
        lines = cf.import_json(write(tmp_path, json.dumps(data).encode())).settings_kept
    except ValidationError as refused:
        lines = (str(refused),)

    assert lines and all("\\ud800" in line for line in lines)
    for line in lines:
        line.encode("utf-8")


def test_an_export_whose_file_name_is_not_utf8_imports(case_file: CaseFile,
                                                      tmp_path: Path) -> None:
    """An export named in a Windows code page ("экспорт.json" in cp1251, from a USB stick or
    a ZIP file): its name reached the import's audit entry as Python's lone surrogates, and
    the import stopped with "an unexpected error (UnicodeEncodeError)", nothing imported. It
    imports, the audit entry naming the file with U+FFFD where its name was not UTF-8."""
    import os

    path = Path(os.fsdecode(bytes(tmp_path) + "/экспорт.json".encode("cp1251")))
    path.write_bytes(json.dumps(valid_export()).encode())
    cf = case_file

    assert cf.import_json(path).added["captives"] == 1
    (entry,) = [e for e in cf.audit.recent(500) if e.entity == "imports"]
    assert entry.summary == "Import of " + "\ufffd" * 7 + ".json"
