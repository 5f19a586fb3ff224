"""``caseapp restore`` and ``caseapp backups list`` of a backup whose sidecar (the JSON record
beside it: when and why it was made, its size and SHA-256) was made by hand or damaged:
every key it may hold, missing or given a hostile value. Before, a record saying it was
CaseApp's with no "size" (or a size that is no number, negative, null or a list) ended in
exit 1, its line saying the backup's size had changed. Now a record that cannot vouch for its
backup is named in one line with what is wrong in it, exit code 2, and nothing is written;
what the record says besides (when, why, encrypted, verified) is taken only when it is what
CaseApp writes there, and never refuses a sound backup."""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from typing import Any

import pytest

from caseapp.services.backup import BackupStore
from tests.cli.cli_run import digest, one_line, run

PASS = "granite lantern orchard seven"
class _Missing:
    def __repr__(self) -> str:
        return "missing"


MISSING = _Missing()
HOSTILE: list[Any] = [MISSING, None, [1], {}, -5, "x", "", True, 1.5, float("inf"),
                      float("nan"), 10**30, "a\x00b"]
# The keys that vouch for the backup's bytes: a record without them in order refuses it.
VOUCHING = ("size", "sha256")
OTHER_KEYS = ("format_version", "created_at", "reason", "encrypted", "verified", "case_file",
              "case_file_created")


@pytest.fixture(scope="module")
def made(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, Any]]:
    """A case file's verified backup in its rotation folder, and its record as CaseApp wrote it."""
    root = tmp_path_factory.mktemp("made")
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("CASEAPP_BACKUP_DIR", str(root / "backups"))
        mp.setenv("CASEAPP_PASSPHRASE", PASS)
        assert run("init", "--db", str(root / "case.db"))[0] == 0
        assert run("backup", "--db", str(root / "case.db"))[0] == 0
    [backup] = (root / "backups").rglob("*.db")
    return backup, json.loads(backup.with_name(backup.name + ".json").read_text("utf-8"))


@pytest.fixture
def backup(made: tuple[Path, dict[str, Any]], tmp_path: Path,
           monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("CASEAPP_BACKUP_DIR", str(tmp_path / "backups"))
    monkeypatch.setenv("CASEAPP_PASSPHRASE", PASS)
    # the rotation folder of tmp_path/case.db, which `backups list --db` reads
    folder = BackupStore(tmp_path / "case.db", root=tmp_path / "backups").folder
    folder.mkdir(parents=True)
    shutil.copyfile(made[0], folder / made[0].name)
    return folder / made[0].name


def _write_record(backup: Path, meta: dict[str, Any], key: str, value: Any) -> Path:
    record = dict(meta)
    if value is MISSING:
        del record[key]
    else:
        record[key] = value
    sidecar = backup.with_name(backup.name + ".json")
    sidecar.write_text(json.dumps(record), encoding="utf-8")  # (inf and nan as Python writes them)
    return sidecar


def _listed(tmp_path: Path, backup: Path) -> dict[str, Any]:
    code, out, err = run("backups", "list", "--db", str(tmp_path / "case.db"), "--format", "json")
    assert code == 0 and "Traceback" not in err, err
    [row] = [b for b in json.loads(out) if Path(b["path"]).name == backup.name]
    return row


@pytest.mark.parametrize(("key", "value"), [
    (key, value) for key in VOUCHING for value in HOSTILE
    if (key, value) != ("size", 10**30)],  # (a number of bytes: the file's is not, below)
    ids=repr)
def test_a_record_that_cannot_vouch_for_its_backup_is_named_and_nothing_is_restored(
        made: tuple[Path, dict[str, Any]], backup: Path, tmp_path: Path, key: str,
        value: Any) -> None:
    sidecar = _write_record(backup, made[1], key, value)
    target = tmp_path / "restored.db"
    before = digest(backup)
    code, out, err = run("restore", str(backup), "--to", str(target))
    assert (code, out) == (2, ""), err
    assert one_line(err) and str(sidecar) in err and f"“{key}”" in err, err
    assert "unexpected" not in err
    assert not target.exists() and digest(backup) == before
    assert list(target.parent.glob("restored*")) == []
    # the Backups list shows it damaged, never verified, and says why
    row = _listed(tmp_path, backup)
    assert (row["damaged"], row["verified"]) == (True, False), row
    assert f"“{key}”" in row["problem"]


@pytest.mark.parametrize("value", HOSTILE, ids=repr)
@pytest.mark.parametrize("key", OTHER_KEYS)
def test_what_else_the_record_says_never_refuses_a_sound_backup(
        made: tuple[Path, dict[str, Any]], backup: Path, tmp_path: Path, key: str,
        value: Any) -> None:
    _write_record(backup, made[1], key, value)
    target = tmp_path / "restored.db"
    code, out, err = run("restore", str(backup), "--to", str(target))
    assert code == 0 and out.startswith("Restored ") and target.exists(), err
    row = _listed(tmp_path, backup)
    assert not row["damaged"]
    assert row["encrypted"] is True  # the file is encrypted, whatever the record says
    assert row["verified"] is (made[1]["verified"] if key != "verified" else value is True)
    assert isinstance(row["reason"], str)
    if key == "reason":
        assert row["reason"] == (value if isinstance(value, str) else "")


# JSON beside the backup that is not CaseApp's record: JSON of another kind than an object,
# or an object that does not say it is CaseApp's record ("format"). Before, each was taken for
# no record and the backup restored as one copied by hand, while a record that is no JSON at
# all refused it: the name NAME.db.json is CaseApp's, and whatever is there in its place
# cannot vouch for the backup.
NOT_A_RECORD: dict[str, bytes] = {
    "a list": b"[1, 2]", "a number": b"42", "a string": b'"caseapp-backup"', "null": b"null",
    "true": b"true", "an empty object": b"{}",
    "another program's object": b'{"name": "Backup of 6 December"}'}


@pytest.mark.parametrize("kind", list(NOT_A_RECORD))
def test_json_that_is_not_a_record_refuses_the_backup_and_lists_it_damaged(
        backup: Path, tmp_path: Path, kind: str) -> None:
    sidecar = backup.with_name(backup.name + ".json")
    sidecar.write_bytes(NOT_A_RECORD[kind])
    _refused_and_listed_damaged(backup, tmp_path, sidecar,
                                "“format”" if kind.endswith("object") else "not a record")


@pytest.mark.parametrize("value", [MISSING, None, [1], "caseapp-backup-2", "CASEAPP-BACKUP"],
                         ids=repr)
def test_a_record_of_another_format_refuses_the_backup(
        made: tuple[Path, dict[str, Any]], backup: Path, tmp_path: Path, value: Any) -> None:
    """A record like CaseApp's that does not say it is one in its "format"."""
    sidecar = _write_record(backup, made[1], "format", value)
    _refused_and_listed_damaged(backup, tmp_path, sidecar, "“format”")


def _refused_and_listed_damaged(backup: Path, tmp_path: Path, sidecar: Path, what: str) -> None:
    target = tmp_path / "restored.db"
    before = digest(backup)
    code, out, err = run("restore", str(backup), "--to", str(target))
    assert (code, out) == (2, ""), err
    assert one_line(err) and str(sidecar) in err and "Traceback" not in err, err
    assert "is damaged or was not written by CaseApp" in err and what in err, err
    assert not target.exists() and digest(backup) == before
    assert list(target.parent.glob("restored*")) == []
    row = _listed(tmp_path, backup)
    assert (row["damaged"], row["verified"]) == (True, False), row
    assert str(sidecar) in row["problem"] and what in row["problem"], row


def test_a_backup_changed_since_its_record_was_written_is_refused_as_bad_input(
        made: tuple[Path, dict[str, Any]], backup: Path, tmp_path: Path) -> None:
    """A sound record that does not match its backup any more (the file was cut short or
    changed) refuses it in one line, exit code 2 (another backup is the user's to choose)."""
    target = tmp_path / "restored.db"
    for size in (made[1]["size"] + 4096, 10**30, 0):
        _write_record(backup, made[1], "size", size)
        code, _, err = run("restore", str(backup), "--to", str(target))
        assert code == 2 and one_line(err) and "its size is not what it was" in err, err
    _write_record(backup, made[1], "sha256", "0" * 64)
    code, _, err = run("restore", str(backup), "--to", str(target))
    assert code == 2 and one_line(err) and "(SHA-256)" in err, err
    assert not target.exists()


# A record beside the backup that is no JSON at all: binary junk, a text file, nothing, a
# record cut short (a copy interrupted), one in another encoding, a folder of its name.
NOT_JSON: dict[str, Any] = {
    "binary junk": bytes(range(256)) * 4, "a text file": b"Backup of 6 December, made by Anna\n",
    "empty": b"", "blank": b" \n\t\n", "cut short": None, "UTF-16": None, "a folder": None}


@pytest.mark.parametrize("kind", list(NOT_JSON))
def test_a_record_that_is_no_json_refuses_the_backup_and_lists_it_damaged(
        made: tuple[Path, dict[str, Any]], backup: Path, tmp_path: Path, kind: str) -> None:
    """Before, such a record was taken for none, and the backup restored as one copied by
    hand; a record that is there but cannot be read cannot vouch for its backup."""
    sidecar = backup.with_name(backup.name + ".json")
    whole = json.dumps(made[1], indent=1)
    if kind == "a folder":
        sidecar.mkdir()
    else:
        content = NOT_JSON[kind]
        sidecar.write_bytes(whole[: len(whole) // 2].encode("utf-8") if kind == "cut short"
                            else whole.encode("utf-16") if kind == "UTF-16" else content)
    target = tmp_path / "restored.db"
    before = digest(backup)
    code, out, err = run("restore", str(backup), "--to", str(target))
    assert (code, out) == (2, ""), err
    assert one_line(err) and str(sidecar) in err and "Traceback" not in err, err
    assert "is damaged or was not written by CaseApp" in err, err
    assert not target.exists() and digest(backup) == before
    assert list(target.parent.glob("restored*")) == []
    row = _listed(tmp_path, backup)
    assert (row["damaged"], row["verified"]) == (True, False), row
    assert str(sidecar) in row["problem"]


def test_a_backup_without_a_record_is_restored_on_its_database_check(
        backup: Path, tmp_path: Path) -> None:
    """A backup copied by hand, without its record: nothing says it is damaged."""
    backup.with_name(backup.name + ".json").unlink(missing_ok=True)
    target = tmp_path / "restored.db"
    code, out, err = run("restore", str(backup), "--to", str(target))
    assert code == 0 and out.startswith("Restored ") and target.exists(), err
    row = _listed(tmp_path, backup)
    assert (row["damaged"], row["verified"]) == (False, False), row
