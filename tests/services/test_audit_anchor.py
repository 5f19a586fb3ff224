"""The audit log tells the truth: entries removed, added or edited with plain SQL outside
CaseApp (with the passphrase) are reported by `check` and when the file is opened."""

from __future__ import annotations

import io
import sqlite3
from pathlib import Path
from typing import Any

import pytest

from caseapp.cli import main
from caseapp.config import Location
from caseapp.domain.errors import NotFound
from caseapp.domain.messages import set_language
from caseapp.services.casefile import CaseFile, open_case_file
from tests.conftest import TODAY

PASS = "juniper saddle quarry ninety"
SEAL_BROKEN = "The audit log's anchor was changed outside CaseApp (its seal no longer matches its values)."
ANCHOR_GONE = ("The audit log's anchor was removed outside CaseApp, so removed audit entries "
               "cannot be detected.")
ANCHOR_GONE_HEADER = ("The audit log's anchor was removed outside CaseApp: only audit entries "
                      "removed before that can still be detected, by the count kept in the "
                      "file header.")


def open_file(path: Path, passphrase: str | None = None, *, create: bool = False) -> CaseFile:
    return open_case_file(Location(path=path), passphrase=passphrase, create=create,
                          actor="Արմինե", today=lambda: TODAY, backup_root=path.parent / "backups")


def sql(path: Path, passphrase: str | None, *statements: str) -> list[Any]:
    """Run ``statements`` on the file with a plain SQL connection, as someone outside
    CaseApp would; returns the rows of the last one."""
    if passphrase is None:
        conn = sqlite3.connect(path)
    else:
        import sqlcipher3

        conn = sqlcipher3.connect(str(path))
        conn.execute("PRAGMA key = '" + passphrase + "'")
    try:
        rows: list[Any] = []
        for statement in statements:
            rows = conn.execute(statement).fetchall()
        conn.commit()
        return rows
    finally:
        conn.close()


def two_entries(path: Path, passphrase: str | None = None) -> None:
    """A new case file whose audit log holds exactly two entries (a creation, a change)."""
    cf = open_file(path, passphrase, create=True)
    org = cf.organisations.create(name="Մարդու իրավունքների պաշտպան {{ 7*7 }}")
    cf.organisations.update(org.id, country="AM")
    assert cf.check().ok and cf.warnings == ()
    cf.close()
    assert sql(path, passphrase, "SELECT count(*) FROM audit_entries") == [(2,)]


def problems_of(path: Path, passphrase: str | None = None) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """(the warnings on open, the problems `check` reports)."""
    cf = open_file(path, passphrase)
    try:
        return cf.warnings, cf.check().problems
    finally:
        cf.close()


@pytest.mark.parametrize("passphrase", [None, PASS], ids=["plain", "encrypted"])
def test_deleting_the_newest_entry_is_reported_on_open_and_by_check(tmp_path: Path,
                                                                    passphrase: str | None) -> None:
    path = tmp_path / "case.db"
    two_entries(path, passphrase)
    sql(path, passphrase, "DELETE FROM audit_entries WHERE id = (SELECT max(id) FROM audit_entries)")
    removed = "1 audit entry was removed outside CaseApp: the log holds 1, CaseApp wrote 2."
    assert problems_of(path, passphrase) == ((removed,), (removed,))
    # Writing more does not hide it: the anchor counts on from what CaseApp wrote.
    cf = open_file(path, passphrase)
    org = cf.organisations.list()[0]
    cf.organisations.update(org.id, country="FR")
    cf.close()
    later = "1 audit entry was removed outside CaseApp: the log holds 2, CaseApp wrote 3."
    assert problems_of(path, passphrase) == ((later,), (later,))


def test_deleting_every_entry_is_reported(tmp_path: Path) -> None:
    path = tmp_path / "case.db"
    two_entries(path)
    sql(path, None, "DELETE FROM audit_entries")
    removed = "2 audit entries were removed outside CaseApp: the log holds 0, CaseApp wrote 2."
    assert problems_of(path) == ((removed,), (removed,))


def test_deleting_the_anchor_is_reported(tmp_path: Path) -> None:
    path = tmp_path / "case.db"
    two_entries(path)
    sql(path, None, "DELETE FROM audit_anchor")
    assert problems_of(path) == ((ANCHOR_GONE,), (ANCHOR_GONE,))


@pytest.mark.parametrize("newest", [1, 2], ids=["the newest", "all"])
def test_entries_deleted_with_the_anchor_are_counted_from_the_file_header(
        tmp_path: Path, newest: int) -> None:
    """Cutting off the newest entries and deleting the anchor that counts them read only
    "the anchor was removed, so removed audit entries cannot be detected": the file header
    still held the count, and said how many went."""
    path = tmp_path / "case.db"
    two_entries(path)
    sql(path, None, f"DELETE FROM audit_entries WHERE id > {2 - newest}", "DELETE FROM audit_anchor")
    held = 2 - newest
    told = (ANCHOR_GONE_HEADER,
            f"{newest} audit entr{'y was' if newest == 1 else 'ies were'} removed outside "
            f"CaseApp: the log holds {held}, CaseApp wrote 2.")
    assert problems_of(path) == (told, told)
    # (so are they when the anchor's table is dropped)
    sql(path, None, "DROP TABLE audit_anchor")
    warnings, problems = problems_of(path)
    assert warnings[1:] == told[1:] and problems[-1] == told[1], (warnings, problems)


def test_entries_written_after_the_anchor_was_deleted_are_no_false_alarm(tmp_path: Path) -> None:
    path = tmp_path / "case.db"
    two_entries(path)
    sql(path, None, "DELETE FROM audit_anchor")
    cf = open_file(path)
    org = cf.organisations.list()[0]
    cf.organisations.update(org.id, country="FR")  # (the header no longer moves)
    cf.close()
    assert problems_of(path) == ((ANCHOR_GONE,), (ANCHOR_GONE,))


def test_dropping_the_anchor_table_is_reported(tmp_path: Path) -> None:
    path = tmp_path / "case.db"
    two_entries(path)
    sql(path, None, "DROP TABLE audit_anchor")  # (with entries too: the test above)
    warnings, problems = problems_of(path)
    assert warnings[0].startswith("The audit log's anchor table is missing")
    assert warnings[0] in problems


def test_an_anchor_edited_to_fit_the_deletion_is_reported(tmp_path: Path) -> None:
    path = tmp_path / "case.db"
    two_entries(path)
    sql(path, None, "DELETE FROM audit_entries WHERE id = 2",
        "UPDATE audit_anchor SET entry_count = 1, head_id = 1, "
        "head_hash = (SELECT hash FROM audit_entries WHERE id = 1)")
    assert problems_of(path) == ((SEAL_BROKEN,), (SEAL_BROKEN,))


def test_an_older_anchor_put_back_is_reported(tmp_path: Path) -> None:
    """The anchor row of an older copy is consistent in itself; the file header is not."""
    path = tmp_path / "case.db"
    two_entries(path)
    [old] = sql(path, None, "SELECT entry_count, head_id, head_hash, seal FROM audit_anchor")
    cf = open_file(path)
    org = cf.organisations.list()[0]
    cf.organisations.update(org.id, country="FR")
    cf.organisations.update(org.id, country="BE")
    cf.close()
    sql(path, None, "DELETE FROM audit_entries WHERE id > 2",
        f"UPDATE audit_anchor SET entry_count = {old[0]}, head_id = {old[1]}, "
        f"head_hash = '{old[2]}', seal = '{old[3]}'")
    expected = ("The audit log's anchor (2 entries) disagrees with the count kept in the file "
                "header (4): the anchor was replaced outside CaseApp, for example by one copied "
                "from an older copy of the file.")
    assert problems_of(path) == ((expected,), (expected,))
    before = set_language("ru")  # the count agrees with its noun: 2 записи, never 2 записей
    try:
        warnings, _ = problems_of(path)
    finally:
        set_language(before)
    assert warnings[0].startswith("Якорь журнала аудита (2 записи) расходится")


def test_an_entry_added_outside_caseapp_is_reported(tmp_path: Path) -> None:
    path = tmp_path / "case.db"
    two_entries(path)
    sql(path, None,
        "INSERT INTO audit_entries (uid, at, actor, action, entity, record_uid, captive_uid, "
        "summary, field, old_value, new_value, prev_hash, hash) SELECT 'forged', at, actor, "
        "action, entity, record_uid, captive_uid, summary, field, old_value, new_value, hash, "
        "hash FROM audit_entries WHERE id = 2")
    warnings, problems = problems_of(path)
    added = "1 audit entry was added outside CaseApp: the log holds 3, CaseApp wrote 2."
    assert warnings == (added,)
    assert problems[0].startswith("Audit entry 3 (") and added in problems


# The columns of an audit entry, each with an SQL expression that changes it.
COLUMN_EDITS = {
    "uid": "uid || '-x'",
    "at": "'2020-01-01 00:00:00.000000'",
    "actor": "'Ալիև'",
    "action": "CASE action WHEN 'delete' THEN 'update' ELSE 'delete' END",
    "entity": "'notes'",
    "record_uid": "record_uid || '-x'",
    "captive_uid": "captive_uid || '-x'",
    "summary": "summary || ' (edited)'",
    "field": "field || '_x'",
    "old_value": "COALESCE(old_value, '') || 'edited'",
    "new_value": "COALESCE(new_value, '') || 'edited'",
    "prev_hash": "'" + "0" * 64 + "'",
    "hash": "'" + "f" * 64 + "'",
}


@pytest.mark.parametrize("column", list(COLUMN_EDITS))
def test_editing_any_column_of_an_entry_is_reported(tmp_path: Path, column: str) -> None:
    path = tmp_path / "case.db"
    cf = open_file(path, create=True)
    captive = cf.captives.create(names=["Կարապետյան Գոհար"], summary="marker-internal")
    cf.captives.update(captive.id, health="marker-health")
    cf.captives.update(captive.id, current_asks="ICRC visit")
    cf.close()
    [(middle,)] = sql(path, None, "SELECT id FROM audit_entries WHERE field = 'health'")
    sql(path, None, f"UPDATE audit_entries SET {column} = {COLUMN_EDITS[column]} WHERE id = {middle}")
    _, problems = problems_of(path)
    assert problems, f"an edit of {column} went unnoticed"
    assert problems[0].startswith(f"Audit entry {middle} (")
    assert "outside CaseApp" in problems[0]


def test_renumbering_entries_is_reported(tmp_path: Path) -> None:
    path = tmp_path / "case.db"
    two_entries(path)
    sql(path, None, "UPDATE audit_entries SET id = 100 WHERE id = 1")  # now after the other
    _, problems = problems_of(path)
    assert problems[0].startswith("Audit entry 2 (") and "does not follow" in problems[0]
    assert problems[1] == ("The newest audit entry is not the one CaseApp wrote last: audit "
                           "entries were replaced or renumbered outside CaseApp.")


def imported(tmp_path: Path) -> Path:
    """A new case file into which a file of two entries was imported (export.json): its
    path. Its audit log holds those two entries and the import's own."""
    source = tmp_path / "source.db"
    two_entries(source)
    cf = open_file(source)
    cf.export_json(tmp_path / "export.json")
    cf.close()
    target = tmp_path / "target.db"
    cf = open_file(target, create=True)
    cf.import_json(tmp_path / "export.json")
    assert cf.check().ok
    cf.close()
    return target


def test_an_import_moves_the_anchor(tmp_path: Path) -> None:
    target = imported(tmp_path)
    # The two entries of the source and the import's own entry: the newest is cut off.
    sql(target, None, "DELETE FROM audit_entries WHERE id = 3")
    removed = "1 audit entry was removed outside CaseApp: the log holds 2, CaseApp wrote 3."
    assert problems_of(target) == ((removed,), (removed,))


def test_encrypting_and_changing_the_passphrase_keep_the_anchor(tmp_path: Path) -> None:
    path = tmp_path / "case.db"
    two_entries(path)
    cf = open_file(path)
    cf.change_passphrase(None, PASS, PASS)
    cf.change_passphrase(PASS, PASS + " again", PASS + " again")
    cf.close()
    assert problems_of(path, PASS + " again") == ((), ())


def test_a_restored_backup_keeps_the_anchor(tmp_path: Path) -> None:
    from caseapp.services.restore import restore

    path = tmp_path / "case.db"
    two_entries(path, PASS)
    cf = open_file(path, PASS)
    info = cf.backups.backup_now("manual")
    cf.close()
    restore(info.path, tmp_path / "restored.db", passphrase=PASS)
    assert problems_of(tmp_path / "restored.db", PASS) == ((), ())


def test_cli_warns_on_open_and_check_fails(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "case.db"
    two_entries(path)
    sql(path, None, "DELETE FROM audit_entries WHERE id = 2")
    out, err = io.StringIO(), io.StringIO()
    code = main(["check", "--db", str(path)], out=out, err=err)
    removed = "1 audit entry was removed outside CaseApp: the log holds 1, CaseApp wrote 2."
    assert code == 1
    assert f"PROBLEM: {removed}\n" in out.getvalue()
    code = main(["captives", "list", "--db", str(path)], out=io.StringIO(), err=err)
    assert code == 0
    assert f"caseapp: warning: {removed}\n" in capsys.readouterr().err


def test_an_export_carries_the_entries_but_not_the_chain(tmp_path: Path) -> None:
    """The chain belongs to the file: an export has no hashes to be trusted or copied."""
    import json

    path = tmp_path / "case.db"
    two_entries(path)
    cf = open_file(path)
    cf.export_json(tmp_path / "export.json")
    cf.close()
    rows = json.loads((tmp_path / "export.json").read_text(encoding="utf-8"))["tables"]["audit_entries"]
    assert [r["field"] for r in rows] == ["", "country"]
    assert [sorted({"prev_hash", "hash"} & set(r)) for r in rows] == [[], []]


def test_an_import_into_a_file_with_its_own_log_continues_chain_and_anchor(tmp_path: Path) -> None:
    source, target = tmp_path / "source.db", tmp_path / "target.db"
    two_entries(source)
    cf = open_file(source)
    cf.export_json(tmp_path / "export.json")
    cf.close()
    cf = open_file(target, create=True)
    cf.captives.create(names=["Ղազարյան Սոնա"], summary="marker-target")  # the target's own entry
    cf.import_json(tmp_path / "export.json")
    assert cf.check().ok and cf.warnings == ()
    cf.close()
    # The target's own entry, the source's two, and the import's own entry.
    assert sql(target, None, "SELECT entry_count, head_id FROM audit_anchor") == [(4, 4)]
    sql(target, None, "DELETE FROM audit_entries WHERE id = 4")
    removed = "1 audit entry was removed outside CaseApp: the log holds 3, CaseApp wrote 4."
    assert problems_of(target) == ((removed,), (removed,))


def test_the_seal_has_a_fixed_form(tmp_path: Path) -> None:
    """Files written today must verify in later versions: the sealed text is pinned here."""
    import hashlib

    path = tmp_path / "case.db"
    two_entries(path)
    [(count, head_id, head_hash, seal)] = sql(
        path, None, "SELECT entry_count, head_id, head_hash, seal FROM audit_anchor")
    assert (count, head_id) == (2, 2)
    text = f'["caseapp-audit-anchor",1,2,2,"{head_hash}"]'
    assert seal == hashlib.sha256(text.encode()).hexdigest()
    assert sql(path, None, "PRAGMA user_version") == [(2,)]


def test_an_entrys_hash_has_a_fixed_form(tmp_path: Path) -> None:
    """Chains written today must verify in later versions: the hashed text of an entry, and
    how its time, action and empty fields are written in it, is pinned here."""
    import hashlib
    import json
    from datetime import UTC, datetime

    from caseapp.db.audit_chain import entry_hash
    from caseapp.domain.enums import AuditAction

    entry = {"uid": "e-1", "at": datetime(2026, 12, 5, 7, 51, 3, 5, tzinfo=UTC),
             "actor": "Ани", "action": AuditAction.UPDATE, "entity": "notes",
             "record_uid": "n-1", "captive_uid": "", "summary": "Note: «Звонок»",
             "field": "title", "old_value": None, "new_value": "Call"}
    text = ('["prev","e-1","2026-12-05 07:51:03.000005","Ани","update","notes","n-1","",'
            '"Note: «Звонок»","title",null,"Call"]')
    assert json.dumps(json.loads(text), ensure_ascii=False, separators=(",", ":")) == text
    assert entry_hash(entry, "prev") == hashlib.sha256(text.encode("utf-8")).hexdigest()
    # The same instant given in another zone is hashed as the same UTC time.
    from zoneinfo import ZoneInfo
    baku = entry["at"].astimezone(ZoneInfo("Asia/Baku"))  # type: ignore[attr-defined]
    assert entry_hash({**entry, "at": baku}, "prev") == entry_hash(entry, "prev")


def test_a_batch_moves_the_anchor_once_over_all_its_entries(tmp_path: Path) -> None:
    """The anchor (and the header) move at the commit, over every entry of the transaction;
    a refused call's entries are not counted; the newest entry cut off still shows."""
    path = tmp_path / "batch.db"
    two_entries(path)
    cf = open_file(path)
    with cf.ctx.batch():
        org = cf.organisations.create(name="Комитет «Ա» 1")  # entry 3
        cf.organisations.update(org.id, country="AZ")  # entry 4
        with pytest.raises(NotFound):  # refused: nothing of it is written
            cf.organisations.update(10_000, country="AM")
        cf.organisations.create(name="Second")  # entry 5
    cf.close()
    # Five entries: the two of the file, then a creation, a change and a creation.
    assert sql(path, None, "SELECT count(*) FROM audit_entries") == [(5,)]
    assert sql(path, None, "SELECT entry_count FROM audit_anchor") == [(5,)]
    assert sql(path, None, "PRAGMA user_version") == [(5,)]
    assert problems_of(path) == ((), ())
    sql(path, None, "DELETE FROM audit_entries WHERE id = (SELECT max(id) FROM audit_entries)")
    on_open, found = problems_of(path)
    assert any("1 audit entry was removed outside CaseApp" in p for p in found), found
    assert on_open, "opening the file warns too"


@pytest.mark.parametrize(("lang", "named", "twice"), [
    ("ru", "«Импорт: export.json»", "Импорт «Импорт"),
    ("hy", "«Ներմուծում՝ export.json»", "Ներմուծում «Ներմուծում"),
])
def test_an_edited_imports_entry_names_the_import_once(tmp_path: Path, lang: str, named: str,
                                                        twice: str) -> None:
    """The line about an import's entry edited outside CaseApp names it by its summary
    ("Import of export.json"), not after its kind too («Импорт «Импорт: export.json»»)."""
    target = imported(tmp_path)
    sql(target, None, "UPDATE audit_entries SET actor = 'Ալիև' WHERE entity = 'imports'")
    before = set_language(lang)
    try:
        _, problems = problems_of(target)
    finally:
        set_language(before)
    [line] = [p for p in problems if "export.json" in p]
    assert named in line and twice not in line, line
