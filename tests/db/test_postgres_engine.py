"""The same case file on a PostgreSQL server: migrations from the first revision, the services,
search across scripts, the command line with ``--db URL``, and what is never shown (the
password). Each test gets a new database on the test server (``pg_url``)."""

from __future__ import annotations

import io
import json
from pathlib import Path

import psycopg
import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext

from caseapp.cli import main
from caseapp.config import Location, resolve_location
from caseapp.db import migrate
from caseapp.db.base import Base
from caseapp.db.engine import open_url
from caseapp.domain.errors import CaseFileError
from caseapp.services.casefile import CaseFile, open_case_file
from tests.conftest import TODAY
from tests.db.old_rows import captive_rows


def run(*argv: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = main(list(argv), out=out, err=err)
    return code, out.getvalue(), err.getvalue()


def _plain(url: str) -> str:
    return url.replace("+psycopg", "")


def test_every_migration_runs_on_postgresql_and_keeps_the_records(empty_pg_url: str) -> None:
    """A database made by the first revision, with a captive written then, upgrades to head;
    the search index a later revision adds covers that captive."""
    db = open_url(empty_pg_url)
    migrate.upgrade(db, "0001")
    db.close()
    with psycopg.connect(_plain(empty_pg_url), autocommit=True) as conn:
        for sql in captive_rows():
            conn.execute(sql)
        conn.execute("SELECT setval('captives_id_seq', 1)")
        conn.execute("SELECT setval('captive_names_id_seq', 1)")
    cf = open_case_file(Location(url=empty_pg_url), actor="t", today=lambda: TODAY)
    try:
        assert migrate.current_revision(cf.db) == migrate.head_revision()
        assert [c.primary_name for c in cf.captives.list()] == ["Վարդան Վարդանյան"]
        assert cf.search.captive_ids("Vardanian") == [1]
        # A record written after the upgrade takes the next id (the sequences were kept).
        assert cf.captives.create(names=["Petrosyan Ani"]).id == 2
        assert cf.check().problems == ()
    finally:
        cf.close()


def test_the_migrated_server_schema_is_the_models_schema(pg_url: str) -> None:
    db = open_url(pg_url)
    try:
        with db.engine.connect() as conn:
            context = MigrationContext.configure(conn, opts={"compare_type": True,
                                                             "include_object": _not_by_hand})
            assert compare_metadata(context, Base.metadata) == []
    finally:
        db.close()


def _not_by_hand(obj: object, name: str | None, type_: str, reflected: bool, other: object) -> bool:
    from caseapp.db.search import SERVER_INDEX, SERVER_SOUND_INDEX

    return not (type_ == "index" and name in (SERVER_INDEX, SERVER_SOUND_INDEX))


def add(cf: CaseFile, *names: str, **fields: object) -> int:
    return cf.captives.create(names=list(names), **fields).id


@pytest.mark.parametrize(("stored", "query"), [
    ("Վարդանյան Արմեն", "Vardanian"),
    ("Варданян Армен", "Վարդանյան"),
    ("Ghukasyan Vahe", "Ղուկասյան"),
    ("Əliyev Elçin", "Алиев elc"),  # the last word a prefix, as typed
])
def test_search_across_scripts_on_both_engines(any_case_file: CaseFile, stored: str,
                                               query: str) -> None:
    target = add(any_case_file, stored)
    add(any_case_file, "Սարգսյան Տիգրան")  # someone else
    assert any_case_file.search.captive_ids(query) == [target]
    assert any_case_file.search.captive_ids("Vardanyan Gagik") == []


def test_search_finds_free_text_words_by_prefix_on_both_engines(any_case_file: CaseFile) -> None:
    captive = add(any_case_file, "Hakobyan Lilit", summary="Taken at the Lachin checkpoint.")
    add(any_case_file, "Grigoryan Aram", summary="Taken near Shusha.")
    assert any_case_file.search.captive_ids("lachi") == [captive]
    assert any_case_file.search.captive_ids("checkpoint taken") == [captive]
    # Words are matched from their start only, as on SQLite's FTS5.
    assert any_case_file.search.captive_ids("achin") == []


def test_the_server_search_uses_its_full_text_index(pg_url: str) -> None:
    cf = open_case_file(Location(url=pg_url), actor="t", today=lambda: TODAY)
    try:
        with cf.db.engine.connect() as conn:
            conn.exec_driver_sql("SET enable_seqscan = off")  # an empty table: force the choice
            plan = "\n".join(r[0] for r in conn.exec_driver_sql(
                "EXPLAIN SELECT id FROM search_entries WHERE to_tsvector('simple', "
                "search_entries.keys) @@ to_tsquery('simple', 'vardan:*')"))
        assert "ix_search_entries_keys_fulltext" in plan
    finally:
        cf.close()


def test_the_audit_log_names_the_database_login(pg_url: str) -> None:
    """Whatever CASEAPP_USER or the computer's login says, a server's audit log names the
    database login (``session_user``): here the tests' superuser, ``postgres``."""
    cf = open_case_file(Location(url=pg_url), actor="typed-in-name", today=lambda: TODAY)
    try:
        uid = cf.captives.create(names=["Sargsyan Narek"]).uid
        [entry] = cf.audit.for_record(uid)
        assert entry.actor == "postgres"
    finally:
        cf.close()


def test_the_command_line_works_with_a_database_url(pg_url: str, tmp_path: Path) -> None:
    cf = open_case_file(Location(url=pg_url), actor="t", today=lambda: TODAY)
    cf.captives.create(names=["Վարդանյան Արմեն"], summary="Marker-Lachin-77")
    cf.close()
    code, out, err = run("search", "Vardanian", "--db", pg_url)
    assert (code, err) == (0, "")
    assert "Վարդանյան Արմեն" in out
    code, out, err = run("check", "--db", pg_url)
    assert code == 0, err
    assert "No problems found" in out
    target = tmp_path / "export.json"
    code, _out, err = run("export", "-o", str(target), "--db", pg_url)
    assert code == 0, err
    exported = json.loads(target.read_text(encoding="utf-8"))
    assert "Marker-Lachin-77" in json.dumps(exported, ensure_ascii=False)


def test_the_url_may_come_from_the_environment(pg_url: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CASEAPP_DATABASE_URL", pg_url)
    assert resolve_location(None) == Location(url=pg_url)
    code, _out, err = run("captives", "list")
    assert (code, err) == (0, "")


def test_a_wrong_password_is_one_line_without_the_password(pg_url: str) -> None:
    scheme, rest = pg_url.split("://", 1)
    url = f"{scheme}://nobody_here:Secret-Word-913@{rest.split('@', 1)[1]}"
    code, _out, err = run("captives", "list", "--db", url)
    assert code == 2
    assert err.count("\n") == 1 and err.startswith("caseapp: Cannot connect to the team server")
    assert "Secret-Word-913" not in err
    assert "nobody_here:***@" in err


def test_a_url_of_another_kind_of_database_is_refused(tmp_path: Path) -> None:
    with pytest.raises(CaseFileError, match="not a team server's URL"):
        open_url("mysql://someone@localhost/cases")
    code, _out, err = run("captives", "list", "--db", "mysql://someone:pw@localhost/cases")
    assert code == 2 and "pw" not in err.replace("PostgreSQL", "")
    # Not even a URL (an unclosed IPv6 bracket): one line, the password not shown.
    code, _out, err = run("captives", "list", "--db", "postgresql+psycopg://u:Pass-882@[::1/x")
    assert code == 2 and err.count("\n") == 1 and "Pass-882" not in err
    assert "is not a database URL CaseApp can use" in err


@pytest.mark.parametrize("engine", ["sqlite", "postgresql"])
def test_revision_0010_upgrades_a_0008_case_file(engine: str, request: pytest.FixtureRequest,
                                                 tmp_path: Path) -> None:
    """A case file at 0008 holding a named captive: after the upgrade the name is still found
    across scripts, on the server through the new full-text index."""
    from sqlalchemy import text

    from caseapp.db import search
    from caseapp.db.opening import open_sqlite

    if engine == "sqlite":
        location = Location(path=tmp_path / "at-0008.db")
        db = open_sqlite(tmp_path / "at-0008.db", create=True)
    else:
        location = Location(url=request.getfixturevalue("empty_pg_url"))
        db = open_url(location.url or "")
    migrate.upgrade(db, "0008")
    with db.engine.begin() as conn:
        for sql in captive_rows(captive_id=7, name_id=3, name="Вардан Варданян", script="Cyrl",
                                language="ru", status="held", sensitivity="shareable"):
            conn.execute(text(sql))
        search.rebuild(conn)
    db.close()
    cf = open_case_file(location, actor="t", today=lambda: TODAY)
    try:
        assert migrate.current_revision(cf.db) == migrate.head_revision()
        assert cf.search.captive_ids("Vardanian") == [7]
        assert cf.search.captive_ids("Վարդան") == [7]
        if engine == "postgresql":
            with cf.db.engine.connect() as conn:
                indexes = set(conn.scalars(text(
                    "SELECT indexname FROM pg_indexes WHERE tablename = 'search_entries'")))
            assert "ix_search_entries_keys_fulltext" in indexes
    finally:
        cf.close()


def test_a_rarer_connection_failure_quotes_the_drivers_words_after_a_sentence(
        pg_url: str) -> None:
    """A cause CaseApp does not name itself: a sentence in the user's language saying what
    failed and that nothing was read or changed, the driver's (English) words quoted after."""
    code, _out, err = run("captives", "list", "--db", pg_url + "?sslmode=bogus")
    assert code == 2 and err.count("\n") == 1
    sentence, said, words = err.strip().partition(" The driver said: “")
    assert said and words.endswith("”") and "sslmode" in words, err
    assert sentence.startswith("caseapp: Cannot connect to the team server ")
    assert sentence.endswith(": nothing was read or changed."), err
