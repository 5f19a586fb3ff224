"""Revision 0013: the facts for filings, the Court's deliveries, the lawyer's call on a
contact's independence and OCR copies of documents. Records written before keep their meaning
(SQLite and PostgreSQL); on a team server the new tables get policies, and a login sees none
of their rows above its clearance (level markers)."""

from __future__ import annotations

import io
from pathlib import Path

import psycopg
import pytest

from caseapp.cli import main
from caseapp.config import Location
from caseapp.db import migrate
from caseapp.db.engine import open_url
from caseapp.db.opening import open_sqlite
from caseapp.domain.enums import Sensitivity
from caseapp.services.casefile import open_case_file
from tests.conftest import TODAY
from tests.db.old_rows import captive_rows
from tests.db.test_migrations import make_first_revision_file
from tests.postgres import login_url, unique_login

STAMP = "'2024-01-01 00:00:00+00', '2024-01-01 00:00:00+00'"
PASSWORD = "Filing-Facts-Password-42"


def _old_rows(execute) -> None:  # type: ignore[no-untyped-def]
    execute("INSERT INTO welfare_contacts (id, uid, created_at, updated_at, captive_id, "
            "contact_on, kind, confirmed, source, notes, sensitivity) VALUES "
            f"(51, 'w-51', {STAMP}, 1, '2021-05-01', 'icrc_visit', true, 'ICRC', '', 'internal')")
    execute("INSERT INTO documents (id, uid, created_at, updated_at, captive_id, title, filename, "
            "media_type, size, sha256, content, source, reliability, notes, sensitivity) VALUES "
            f"(52, 'doc-52', {STAMP}, 1, 'Verdict', 'v.pdf', 'application/pdf', 3, "
            "'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad', "
            "'abc', '', 'confirmed', '', 'internal')")


def _check(location: Location) -> None:
    cf = open_case_file(location, actor="t", today=lambda: TODAY)
    try:
        assert migrate.current_revision(cf.db) == migrate.head_revision()
        contact = cf.welfare_contacts.get(51)
        assert contact.independent is None  # judged by its kind: an ICRC visit counts
        assert cf.detention_facts.risk(1).proof.last_independent.isoformat() == "2021-05-01"
        assert cf.documents.text_pdf_bytes(52) is None
        assert cf.documents.content(52) == b"abc"
        assert cf.detention_facts.of_captive(1).id is None
        d = cf.deliveries.create(captive_id=1, appeared_on="2026-01-05", title="Letter")
        assert d.deleted_from_portal_on.isoformat() == "2027-01-05"
        assert cf.check().ok, cf.check().problems
    finally:
        cf.close()


def test_0013_on_sqlite(tmp_path: Path) -> None:
    path = tmp_path / "before-0013.db"
    make_first_revision_file(path)  # captive 1
    db = open_sqlite(path)
    migrate.upgrade(db, "0011")
    with db.engine.begin() as conn:
        _old_rows(lambda sql: conn.exec_driver_sql(sql.replace("true", "1").replace("'abc'", "X'616263'")
                                                   .replace("+00'", "'")))
    db.close()
    _check(Location(path=path))


def test_0013_on_postgresql(empty_pg_url: str, tmp_path: Path) -> None:
    db = open_url(empty_pg_url)
    migrate.upgrade(db, "0011")
    db.close()
    with psycopg.connect(empty_pg_url.replace("+psycopg", ""), autocommit=True) as conn:
        for sql in captive_rows(name="Պետրոսյան Անի"):
            conn.execute(sql)
        _old_rows(conn.execute)
        for table in ("captives", "captive_names", "welfare_contacts", "documents"):
            conn.execute(f"SELECT setval('{table}_id_seq', 60)")
    _check(Location(url=empty_pg_url))


def run(*argv: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    return main(list(argv), out=out, err=err), out.getvalue(), err.getvalue()


def test_a_team_login_sees_no_facts_or_delivery_above_its_clearance(
        pg_url: str, monkeypatch: pytest.MonkeyPatch) -> None:
    cf = open_case_file(Location(url=pg_url), actor="owner", today=lambda: TODAY)
    try:
        open_c = cf.captives.create(names=["Open Captive"], sensitivity="public",
                                    consent_publicity=True)
        hidden = cf.captives.create(names=["Hidden Captive"], sensitivity="internal")
        for level in ("public", "shareable", "internal"):
            cf.deliveries.create(captive_id=open_c.id, appeared_on="2026-01-05",
                                 title=f"{level}deliverymark", sensitivity=level)
        cf.deliveries.create(captive_id=hidden.id, appeared_on="2026-01-05",
                             title="hiddenparentmark", sensitivity="public")
        cf.detention_facts.record(open_c.id, state_confirmed=True,
                                  confirmed_source="sharedfactsmark", sensitivity="shareable")
        cf.detention_facts.record(hidden.id, state_confirmed=True,
                                  confirmed_source="secretfactsmark", sensitivity="public")
    finally:
        cf.close()
    assert run("team", "init", "--db", pg_url)[0] == 0
    monkeypatch.setenv("CASEAPP_NEW_PASSWORD", PASSWORD)
    seen: dict[Sensitivity, set[str]] = {}
    for clearance in Sensitivity:
        name = unique_login(clearance.value)
        assert run("team", "add-user", name, "--clearance", clearance.value,
                   "--db", pg_url)[0] == 0
        url = login_url(pg_url, name, PASSWORD).replace("+psycopg", "")
        with psycopg.connect(url) as conn:
            words = {r[0] for r in conn.execute("SELECT title FROM court_deliveries")}
            words |= {r[0] for r in conn.execute("SELECT confirmed_source FROM detention_facts")}
            words |= {r[0] for r in conn.execute(
                "SELECT title FROM deadlines")}  # the download reminders follow them
        seen[clearance] = {w for w in words if w.endswith("mark")}
    assert seen[Sensitivity.PUBLIC] == {"publicdeliverymark"}
    assert seen[Sensitivity.SHAREABLE] == {"publicdeliverymark", "shareabledeliverymark",
                                           "sharedfactsmark"}
    assert seen[Sensitivity.INTERNAL] == {"publicdeliverymark", "shareabledeliverymark",
                                          "internaldeliverymark", "hiddenparentmark",
                                          "sharedfactsmark", "secretfactsmark"}
