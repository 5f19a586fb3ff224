"""Schema migrations: upgrading an old case file keeps its records, copies it aside first,
and a case file from a newer CaseApp is refused untouched."""

from __future__ import annotations

import hashlib
import sqlite3
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext

from caseapp.config import Location
from caseapp.db import migrate
from caseapp.db.audit_chain import entry_hash
from caseapp.db.base import Base
from caseapp.db.opening import open_sqlite
from caseapp.domain.errors import CaseFileError
from caseapp.services.casefile import open_case_file
from tests.conftest import TODAY
from tests.db.old_rows import captive_rows

# new files here are made by the revisions themselves (tests/head_image.py)
pytestmark = pytest.mark.real_migrations

FIRST = "0001"


def make_first_revision_file(path: Path) -> None:
    """A case file as the first release wrote it, with one captive in it."""
    db = open_sqlite(path, create=True)
    migrate.upgrade(db, FIRST)
    with db.engine.begin() as conn:
        for sql in captive_rows():
            conn.exec_driver_sql(sql)
    db.close()


def upgrades_from_with_nothing_changed(path: Path, revision: str) -> None:
    """A case file with one captive, left at ``revision``, opens upgraded to the head with its
    captive and no problem: for a revision that changes nothing on SQLite (a team server's)."""
    make_first_revision_file(path)  # captive 1
    db = open_sqlite(path)
    migrate.upgrade(db, revision)
    db.close()
    cf = open_case_file(Location(path=path), actor="t", today=lambda: TODAY)
    try:
        assert migrate.current_revision(cf.db) == migrate.head_revision()
        assert len(cf.captives.list()) == 1
        assert cf.check().ok, cf.check().problems
    finally:
        cf.close()


def test_first_revision_file_is_upgraded_with_its_records(tmp_path: Path) -> None:
    path = tmp_path / "old.db"
    make_first_revision_file(path)
    cf = open_case_file(Location(path=path), actor="t", today=lambda: TODAY)
    try:
        assert migrate.current_revision(cf.db) == migrate.head_revision()
        captives = cf.captives.list()
        assert [c.primary_name for c in captives] == ["Վարդան Վարդանյան"]
        # The search index added by a later revision covers records the old file held.
        assert [c.id for c in cf.captives.list(search="Vardanian")] == [1]
    finally:
        cf.close()
    copies = list(tmp_path.glob("old.db.before-0001-*.bak"))
    assert len(copies) == 1
    with sqlite3.connect(copies[0]) as conn:
        assert conn.execute("SELECT version_num FROM alembic_version").fetchone() == (FIRST,)


def test_current_file_is_not_copied_again(tmp_path: Path) -> None:
    path = tmp_path / "cur.db"
    open_case_file(Location(path=path), create=True, actor="t").close()
    open_case_file(Location(path=path), actor="t").close()
    assert list(tmp_path.glob("*.bak")) == []


def test_file_from_a_newer_caseapp_is_refused_untouched(tmp_path: Path) -> None:
    path = tmp_path / "future.db"
    open_case_file(Location(path=path), create=True, actor="t").close()
    with sqlite3.connect(path) as conn:
        conn.execute("UPDATE alembic_version SET version_num = '9999'")
    before = hashlib.sha256(path.read_bytes()).hexdigest()
    with pytest.raises(CaseFileError, match="newer version of CaseApp"):
        open_case_file(Location(path=path), actor="t")
    assert hashlib.sha256(path.read_bytes()).hexdigest() == before
    assert list(tmp_path.glob("*.bak")) == []


def test_migrations_match_the_models(tmp_path: Path) -> None:
    """Every model change has its revision: the migrated schema equals the models."""
    db = open_sqlite(tmp_path / "m.db", create=True)
    migrate.upgrade(db)
    with db.engine.connect() as conn:
        ctx = MigrationContext.configure(conn, opts={
            "compare_type": True,
            "include_object": lambda o, name, t, r, c: not (t == "table" and name.startswith("search_fts")),
        })
        diff = compare_metadata(ctx, Base.metadata)
    db.close()
    assert diff == []


def test_downgrade_to_first_and_up_again(tmp_path: Path) -> None:
    from alembic import command

    db = open_sqlite(tmp_path / "d.db", create=True)
    migrate.upgrade(db)
    cfg = migrate.alembic_config()
    with db.engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.downgrade(cfg, FIRST)
    assert migrate.current_revision(db) == FIRST
    migrate.upgrade(db)
    assert migrate.current_revision(db) == migrate.head_revision()
    db.close()


def test_0003_keeps_international_proceedings_and_adds_communication_date(tmp_path: Path) -> None:
    path = tmp_path / "r2.db"
    make_first_revision_file(path)
    db = open_sqlite(path)
    migrate.upgrade(db, "0002")
    with db.engine.begin() as conn:
        conn.exec_driver_sql(
            "INSERT INTO international_proceedings (id, uid, created_at, updated_at, captive_id, "
            "body, kind, reference, lodged_on, status, outcome, notes, sensitivity) VALUES "
            "(1, 'p-1', '2024-01-01 00:00:00', '2024-01-01 00:00:00', 1, 'wgad', 'communication', "
            "'WGAD/1', '2024-02-01', 'lodged', '', '', 'shareable')")
    db.close()
    cf = open_case_file(Location(path=path), actor="t", today=lambda: TODAY)
    try:
        [p] = cf.international_proceedings.list()
        assert (p.reference, p.lodged_on.isoformat(), p.communicated_on) == ("WGAD/1", "2024-02-01", None)
        # The new date is a trigger: the government's reply is computed from it.
        cf.international_proceedings.update(p.id, communicated_on="2024-03-01")
        due = [d.due_on.isoformat() for d in cf.deadlines.list(captive_id=1)
               if d.rule_id == "un.wgad.government_reply"]
        assert due == ["2024-04-30"]
    finally:
        cf.close()


def test_audit_entries_of_a_0003_file_are_chained_by_0004(tmp_path: Path) -> None:
    from caseapp.db import audit_chain

    path = tmp_path / "third.db"
    make_first_revision_file(path)
    db = open_sqlite(path)
    migrate.upgrade(db, "0003")
    with db.engine.begin() as conn:
        for i, (action, field) in enumerate([("create", ""), ("update", "status"), ("delete", "")]):
            conn.exec_driver_sql(
                "INSERT INTO audit_entries (uid, at, actor, action, entity, record_uid, captive_uid, "
                "summary, field, old_value, new_value) VALUES (?, ?, 'lawyer', ?, 'captives', 'c-1', "
                "'c-1', 'Վարդան', ?, ?, ?)",
                (f"a-{i}", f"2024-01-0{i + 1} 10:00:00.000000", action, field,
                 None if i == 0 else "held", "pre_trial"))
    db.close()
    cf = open_case_file(Location(path=path), actor="t", today=lambda: TODAY)
    try:
        assert migrate.current_revision(cf.db) == migrate.head_revision()
        with cf.db.engine.connect() as conn:
            rows = conn.exec_driver_sql("SELECT prev_hash, hash FROM audit_entries ORDER BY id").all()
            assert audit_chain.first_break(conn) is None
        assert rows[0][0] == "" and all(len(h) == 64 for _, h in rows)
        assert [p for p, _ in rows[1:]] == [h for _, h in rows[:-1]]
        # New entries continue the chain; the check passes.
        cf.captives.update(1, summary="after the upgrade")
        assert cf.check().ok
    finally:
        cf.close()
    with sqlite3.connect(path) as conn:  # an edit made outside CaseApp
        conn.execute("UPDATE audit_entries SET new_value = 'released' WHERE uid = 'a-1'")
    cf = open_case_file(Location(path=path), actor="t", today=lambda: TODAY)
    try:
        problems = cf.check().problems
    finally:
        cf.close()
    assert len(problems) == 1 and problems[0].startswith("Audit entry 2 (2024-01-02 10:00:00 UTC")
    assert "changed outside CaseApp" in problems[0]


def test_a_0004_file_with_audit_entries_gets_a_correct_anchor(tmp_path: Path) -> None:
    """Upgrading anchors the entries already written: cutting the newest off shows after."""
    path = tmp_path / "fourth.db"
    make_first_revision_file(path)
    db = open_sqlite(path)
    migrate.upgrade(db, "0004")
    with db.engine.begin() as conn:
        prev = ""
        for i, value in enumerate(["held", "pre_trial", "convicted"]):
            at = f"2024-03-0{i + 1} 09:30:00.000000"
            values = {"uid": f"e-{i}", "at": at, "actor": "Լուսինե", "action": "update",
                      "entity": "captives", "record_uid": "c-1", "captive_uid": "c-1",
                      "summary": "Վարդան Վարդանյան", "field": "status", "old_value": None,
                      "new_value": value}
            digest = entry_hash(values, prev)  # chained as 0004 wrote them
            conn.exec_driver_sql(
                "INSERT INTO audit_entries (uid, at, actor, action, entity, record_uid, captive_uid, "
                "summary, field, old_value, new_value, prev_hash, hash) VALUES "
                "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (*values.values(), prev, digest))
            prev = digest
    db.close()
    cf = open_case_file(Location(path=path), actor="t", today=lambda: TODAY)
    try:
        assert cf.warnings == () and cf.check().ok
    finally:
        cf.close()
    with sqlite3.connect(path) as conn:
        assert conn.execute("SELECT entry_count, head_id FROM audit_anchor").fetchall() == [(3, 3)]
        assert conn.execute("PRAGMA user_version").fetchone() == (3,)
        conn.execute("DELETE FROM audit_entries WHERE uid = 'e-2'")
    cf = open_case_file(Location(path=path), actor="t", today=lambda: TODAY)
    try:
        removed = "1 audit entry was removed outside CaseApp: the log holds 2, CaseApp wrote 3."
        assert cf.warnings == (removed,) and cf.check().problems == (removed,)
    finally:
        cf.close()


def test_0005_gives_old_status_changes_deadlines_and_organisations_a_level(tmp_path: Path) -> None:
    """Rows written before levels existed: a note makes the row internal (an organisation's
    notes too, as the JSON import reads an old export), a family organisation is internal,
    everything else shareable; nothing is lost."""
    path = tmp_path / "fourth.db"
    make_first_revision_file(path)
    db = open_sqlite(path)
    migrate.upgrade(db, "0004")
    stamp = "'2024-01-01 00:00:00', '2024-01-01 00:00:00'"
    with db.engine.begin() as conn:
        for i, note in ((1, ""), (2, "Released on the mother's plea SECRET-NOTE")):
            conn.exec_driver_sql(
                "INSERT INTO status_changes (id, uid, created_at, updated_at, captive_id, "
                f"old_status, new_status, effective_on, note, recorded_by) VALUES ({i}, 's-{i}', "
                f"{stamp}, 1, NULL, 'pre_trial', '2024-01-0{i}', ?, 'lawyer')", (note,))
            conn.exec_driver_sql(
                "INSERT INTO deadlines (id, uid, created_at, updated_at, captive_id, title, rule_id, "
                "rule_version, trigger_kind, trigger_uid, due_on, timezone, status, overridden, "
                f"explanation, status_reason, notes) VALUES ({i}, 'd-{i}', {stamp}, 1, 'Appeal {i}', "
                "'', '', 'manual', '', '2030-01-01', '', 'open', 0, '[]', '', ?)", (note,))
        for i, kind, notes in ((1, "icrc", ""), (2, "family", ""),
                               (3, "embassy", "The consul spoke off the record SECRET-NOTE")):
            conn.exec_driver_sql(
                "INSERT INTO organisations (id, uid, created_at, updated_at, name, kind, country, "
                f"address, email, phone, website, notes) VALUES ({i}, 'o-{i}', {stamp}, "
                f"'Org {i}', '{kind}', '', '', '', '', '', ?)", (notes,))
    db.close()
    cf = open_case_file(Location(path=path), actor="t", today=lambda: TODAY)
    try:
        history = cf.captives.status_history(1)
        assert [(h.note, h.sensitivity.value) for h in history] == [
            ("", "shareable"), ("Released on the mother's plea SECRET-NOTE", "internal")]
        deadlines = sorted(cf.deadlines.list(captive_id=1), key=lambda d: d.id)
        assert [(d.title, d.sensitivity.value) for d in deadlines] == [
            ("Appeal 1", "shareable"), ("Appeal 2", "internal")]
        orgs = sorted(cf.organisations.list(), key=lambda o: o.id)
        assert [(o.name, o.sensitivity.value) for o in orgs] == [
            ("Org 1", "shareable"), ("Org 2", "internal"), ("Org 3", "internal")]
    finally:
        cf.close()


def _contents(db: object) -> tuple[list[tuple[str, ...]], dict[str, list[tuple[object, ...]]]]:
    """The schema as SQLite stores it and every table's rows, shadow tables included."""
    with db.engine.connect() as conn:  # type: ignore[attr-defined]
        raw = conn.connection.driver_connection
        # a table's lines in any order: two runs of the revisions order some constraints
        # differently (Alembic's batch mode rebuilds tables from sets)
        schema = sorted((kind, name, table, "\n".join(sorted(
            line.strip().rstrip(",") for line in sql.splitlines())))
            for kind, name, table, sql in raw.execute(
                "SELECT type, name, tbl_name, COALESCE(sql, '') FROM sqlite_master"))
        rows = {name: sorted(raw.execute(f'SELECT * FROM "{name}"').fetchall(), key=repr)
                for kind, name, _table, sql in schema
                if kind == "table" and "CREATE VIRTUAL" not in sql.upper()}
        pragmas = [raw.execute(f"PRAGMA {p}").fetchone()[0] for p in ("user_version", "application_id")]
    return [*schema, tuple(map(str, pragmas))], rows


@pytest.mark.parametrize("passphrase", [None, "correct horse battery"], ids=["plain", "encrypted"])
def test_the_tests_head_image_makes_the_files_the_revisions_make(
        tmp_path: Path, passphrase: str | None, _new_files_copy_the_migrated_schema: object) -> None:
    """Other tests' new files get their schema from tests/head_image.py (copied pages for a
    plain file, the image's statements and rows replayed in an encrypted one): the same
    schema, rows and pragmas as every revision run in turn."""
    image = _new_files_copy_the_migrated_schema
    made = {}
    for how, enabled in (("revisions", False), ("image", True)):
        image.enabled = enabled  # type: ignore[attr-defined]
        db = open_sqlite(tmp_path / f"{how}.db", passphrase=passphrase, create=True)
        try:
            migrate.upgrade(db)
            made[how] = _contents(db)
        finally:
            db.close()
    image.enabled = False  # type: ignore[attr-defined]
    assert made["image"][0] == made["revisions"][0]
    assert made["image"][1] == made["revisions"][1]
