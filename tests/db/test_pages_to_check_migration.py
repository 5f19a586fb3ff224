"""Revision 0023: the pages of a scan that may not have been read are kept with the document.
A document a file held before (made searchable or not) reads as having none to check (SQLite and
PostgreSQL): nothing was recorded then, and nothing is made up; reading it again records them."""

from __future__ import annotations

from pathlib import Path

import psycopg
import pytest

from caseapp.config import Location
from caseapp.db import migrate
from caseapp.db.engine import open_url
from caseapp.db.opening import open_sqlite
from caseapp.services import ocr
from caseapp.services.casefile import open_case_file
from tests.conftest import TODAY
from tests.db.old_rows import captive_rows
from tests.db.test_filing_facts_migration import STAMP
from tests.db.test_migrations import make_first_revision_file
from tests.services.scan_pages import scanned_pdf

SHA_ABC = "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"
# A scan made searchable before 0023 (its text copy kept), and one never read.
DOCUMENTS = (
    "INSERT INTO documents (id, uid, created_at, updated_at, captive_id, title, filename, "
    "media_type, size, sha256, content, text_pdf, text_pdf_sha256, text_layer, ocr_languages, "
    "source, reliability, notes, sensitivity) VALUES "
    f"(52, 'doc-52', {STAMP}, 1, 'Verdict', 'v.pdf', 'application/pdf', 3, '{SHA_ABC}', "
    f"'abc', 'abc', '{SHA_ABC}', 'Verdict words', 'hye+rus+eng+aze', '', 'confirmed', '', "
    "'internal'), "
    f"(53, 'doc-53', {STAMP}, 1, 'Letter', 'l.pdf', 'application/pdf', 3, '{SHA_ABC}', "
    "'abc', NULL, '', '', '', '', 'confirmed', '', 'internal')",
)


def _check(location: Location, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(ocr, "readiness", lambda languages=ocr.LANGUAGES: ocr.OcrReadiness(
        True, (), ""))
    monkeypatch.setattr(ocr, "read_upright", lambda content, media_type, languages=(), **_k: (
        ocr.ScanText(scanned_pdf(), "Verdict words", (2,), (4, 5))))
    cf = open_case_file(location, actor="t", today=lambda: TODAY)
    try:
        assert migrate.current_revision(cf.db) == migrate.head_revision()
        for doc_id in (52, 53):
            doc = cf.documents.get(doc_id)
            assert (doc.ocr_unsure_pages, doc.ocr_unchecked_pages) == ((), ())
        assert cf.documents.text_pdf_bytes(52) == b"abc"  # the copy made before is kept
        cf.ocr.make_searchable(53)
        doc = cf.documents.get(53)
        assert (doc.ocr_unsure_pages, doc.ocr_unchecked_pages) == ((2,), (4, 5))
        assert cf.check().ok, cf.check().problems
    finally:
        cf.close()


def test_0023_on_sqlite(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "before-0023.db"
    make_first_revision_file(path)  # captive 1
    db = open_sqlite(path)
    migrate.upgrade(db, "0022")
    with db.engine.begin() as conn:
        for sql in DOCUMENTS:
            conn.exec_driver_sql(sql.replace("'abc'", "X'616263'").replace("+00'", "'"))
    db.close()
    _check(Location(path=path), monkeypatch)


def test_0023_on_postgresql(empty_pg_url: str, monkeypatch: pytest.MonkeyPatch) -> None:
    db = open_url(empty_pg_url)
    migrate.upgrade(db, "0022")
    db.close()
    with psycopg.connect(empty_pg_url.replace("+psycopg", ""), autocommit=True) as conn:
        for sql in captive_rows(name="Պետրոսյան Անի"):
            conn.execute(sql)
        for sql in DOCUMENTS:
            conn.execute(sql)
        for table in ("captives", "captive_names", "documents"):
            conn.execute(f"SELECT setval('{table}_id_seq', 60)")
    _check(Location(url=empty_pg_url), monkeypatch)
