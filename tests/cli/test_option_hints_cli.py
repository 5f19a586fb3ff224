"""The services' messages name no command-line option (the window shows them too, with its own
button or question: ``tests/architecture/test_service_messages_name_no_options.py``); the
command line adds its own hint, in the same one line: the option that replaces a file, the
command that restores the latest verified backup of a damaged case file, the encoding to read
a spreadsheet in."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from caseapp.config import Location
from caseapp.services.casefile import open_case_file
from tests.cli.cli_run import digest, one_line, run
from tests.reliability.test_open_checks import flipped, make


@pytest.fixture
def plain(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("CASEAPP_BACKUP_DIR", str(tmp_path / "backups"))
    db = tmp_path / "case.db"
    assert run("init", "--no-encrypt", "--db", str(db))[0] == 0
    return db


def test_a_restore_over_an_existing_file_names_force(plain: Path, tmp_path: Path) -> None:
    backup = tmp_path / "b.db"
    assert run("backup", "-o", str(backup), "--db", str(plain))[0] == 0
    before = digest(plain)
    code, out, err = run("restore", str(backup), "--to", str(plain))
    assert (code, out) == (2, "") and one_line(err), err
    assert f"{plain} exists already; nothing was changed." in err
    assert err.rstrip().endswith("To replace it, run the command again with --force.")
    assert digest(plain) == before


def test_a_backup_over_an_existing_file_names_force(plain: Path, tmp_path: Path) -> None:
    target = tmp_path / "b.db"
    target.write_text("mine", encoding="utf-8")
    code, out, err = run("backup", "-o", str(target), "--db", str(plain))
    assert (code, out) == (2, "") and one_line(err), err
    assert f"{target} exists already" in err and "--force" in err, err
    assert target.read_text(encoding="utf-8") == "mine"


def test_a_damaged_case_file_names_the_command_that_restores_its_latest_backup(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CASEAPP_BACKUP_DIR", str(tmp_path / "backups"))
    path = tmp_path / "case.db"
    make(path, None)
    cf = open_case_file(Location(path=path), actor="t", backup_root=tmp_path / "backups")
    latest = cf.backups.backup_now("close")
    cf.close()
    path.write_bytes(flipped(b"", path.read_bytes()))
    code, out, err = run("captives", "list", "--db", str(path))
    assert (code, out) == (2, "") and one_line(err), err
    assert f"The latest verified backup is {latest.path}" in err
    assert f"“caseapp restore {latest.path} --to NEW_FILE”" in err, err


def test_a_spreadsheet_in_an_uncertain_encoding_names_the_option_to_choose_the_other(
        plain: Path, tmp_path: Path) -> None:
    path = tmp_path / "list.csv"
    path.write_bytes("Name;Status\nPetrosyan А.;held\n".encode("cp1251"))
    code, out, err = run("import-sheet", str(path), "--dry-run", "--db", str(plain))
    assert (code, err) == (0, "")
    lines = out.splitlines()
    doubt = next(n for n, line in enumerate(lines) if "encoding is not certain" in line)
    assert lines[doubt].endswith("If the names look wrong, read it as Windows-1252.")
    assert lines[doubt + 1] == ("  To read the file as Windows-1252, run the command again with "
                                "--encoding cp1252.")  # (right after it)
    code, out, err = run("import-sheet", str(path), "--dry-run", "--format", "json",
                         "--db", str(plain))
    assert json.loads(out)["encoding_other"] == "cp1252"


def test_an_import_referring_to_an_unreadable_record_names_the_command_that_finds_it(
        plain: Path, tmp_path: Path) -> None:
    """The service says what is so (the window shows it too); the command line adds its check."""
    import sqlite3

    seed = tmp_path / "seed.json"
    seed.write_text(json.dumps({"format": "caseapp-export", "format_version": 1, "tables": {
        "captives": [{"uid": "c-1", "status": "held", "consent_publicity": True}],
        "captive_names": [{"uid": "n-1", "captive_uid": "c-1", "full_name": "Գարեգին Սարգսյան",
                           "script": "Armn"}]}}),
        encoding="utf-8")
    assert run("import", str(seed), "--db", str(plain))[0] == 0
    with sqlite3.connect(plain) as conn:
        conn.execute("UPDATE captives SET status = 'vanished'")
    note = tmp_path / "note.json"
    note.write_text(json.dumps({"format": "caseapp-export", "format_version": 1, "tables": {
        "notes": [{"uid": "note-1", "captive_uid": "c-1", "title": "Call",
                   "written_at": "2026-11-01T10:00:00+00:00"}]}}), encoding="utf-8")
    before = digest(plain)
    code, out, err = run("import", str(note), "--db", str(plain))
    assert (code, out) == (2, "") and one_line(err), err
    assert err.rstrip().endswith("holds a value CaseApp cannot read; run “caseapp check” to "
                                 "find it."), err
    assert digest(plain) == before


def test_an_import_that_kept_the_case_files_settings_names_the_command_that_changes_them(
        plain: Path, tmp_path: Path) -> None:
    assert run("settings", "set", "procedure", "az", "--db", str(plain))[0] == 0
    export = tmp_path / "other.json"
    export.write_text(json.dumps({"format": "caseapp-export", "format_version": 1,
                                  "case_settings": [{"key": "procedure", "value": "am"}],
                                  "tables": {}}), encoding="utf-8")
    code, out, err = run("import", str(export), "--db", str(plain))
    assert code == 0, err
    lines = out.splitlines()
    kept = next(n for n, line in enumerate(lines) if "not taken from the export" in line)
    assert "“caseapp settings set KEY VALUE”" in lines[kept + 1], out
