"""Opening case files: plain, encrypted, missing, wrong passphrase, not a case file."""

from __future__ import annotations

import hashlib
import sqlite3
from pathlib import Path

import pytest

from caseapp.config import Location
from caseapp.db.file_checks import file_kind
from caseapp.db.opening import open_sqlite
from caseapp.domain.errors import CaseFileError
from caseapp.services.casefile import open_case_file
from tests.conftest import ENCRYPTED_PASSPHRASE, TODAY, copy_of
from tests.key_derivation import TEST_KDF_ITERATIONS, production_key_derivation

PASS = "correct horse battery"


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def files_in(folder: Path) -> set[str]:
    return {p.name for p in folder.iterdir()}


def make_encrypted(path: Path, marker: str = "Zangezur-Marker-4711") -> None:
    cf = open_case_file(Location(path=path), passphrase=PASS, create=True, actor="t", today=lambda: TODAY)
    cf.captives.create(names=[marker])
    cf.close()


def test_missing_file_is_not_created_without_create(tmp_path: Path) -> None:
    with pytest.raises(CaseFileError, match="no case file") as exc:
        open_sqlite(tmp_path / "nothing.db")
    assert exc.value.bad_input
    assert files_in(tmp_path) == set()


def test_encrypted_file_holds_no_plaintext(tmp_path: Path) -> None:
    path = tmp_path / "secret.db"
    make_encrypted(path)
    assert file_kind(path) == "encrypted"
    assert b"Zangezur-Marker-4711" not in path.read_bytes()
    assert b"SQLite format 3" not in path.read_bytes()[:100]


def test_wrong_passphrase_is_refused_and_changes_nothing(tmp_path: Path) -> None:
    path = tmp_path / "secret.db"
    make_encrypted(path)
    before, names = digest(path), files_in(tmp_path)
    with pytest.raises(CaseFileError, match="passphrase is wrong") as exc:
        open_case_file(Location(path=path), passphrase="wrong", actor="t")
    assert exc.value.bad_input
    assert digest(path) == before
    assert files_in(tmp_path) == names


def test_encrypted_file_without_passphrase_says_so(tmp_path: Path) -> None:
    path = tmp_path / "secret.db"
    make_encrypted(path)
    with pytest.raises(CaseFileError, match="encrypted"):
        open_case_file(Location(path=path), actor="t")


def test_right_passphrase_reads_the_records(tmp_path: Path) -> None:
    path = tmp_path / "secret.db"
    make_encrypted(path)
    cf = open_case_file(Location(path=path), passphrase=PASS, actor="t", today=lambda: TODAY)
    assert [c.primary_name for c in cf.captives.list()] == ["Zangezur-Marker-4711"]
    cf.close()


def test_passphrase_with_quotes_works(tmp_path: Path) -> None:
    path = tmp_path / "q.db"
    tricky = "it's \"quoted\"; DROP TABLE x; --"
    open_case_file(Location(path=path), passphrase=tricky, create=True, actor="t").close()
    cf = open_case_file(Location(path=path), passphrase=tricky, actor="t")
    assert cf.db.encrypted
    cf.close()


def test_plain_file_given_a_passphrase_is_refused(db_path: Path) -> None:
    open_case_file(Location(path=db_path), create=True, actor="t").close()
    with pytest.raises(CaseFileError, match="not encrypted"):
        open_sqlite(db_path, passphrase="x")


def test_empty_and_garbage_files_are_refused_untouched(tmp_path: Path) -> None:
    empty = tmp_path / "empty.db"
    empty.write_bytes(b"")
    with pytest.raises(CaseFileError, match="empty"):
        open_sqlite(empty)
    garbage = tmp_path / "notes.txt"
    garbage.write_bytes(b"just some text, not a database" * 100)
    before = digest(garbage)
    with pytest.raises(CaseFileError):
        open_sqlite(garbage, passphrase="anything")
    assert digest(garbage) == before


def test_foreign_keys_and_wal_are_on(case_file) -> None:
    with case_file.db.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"


def test_other_sqlite_database_is_not_taken_for_a_case_file(tmp_path: Path) -> None:
    path = tmp_path / "other.db"
    with sqlite3.connect(path) as conn:
        conn.execute("CREATE TABLE invoices (id INTEGER PRIMARY KEY)")
    before = digest(path)
    with pytest.raises(CaseFileError, match="not a CaseApp case file"):
        open_case_file(Location(path=path), actor="t")
    assert digest(path) == before


def _reads_with(path: Path, iterations: int) -> bool:
    """Whether SQLCipher reads ``path`` with PASS when told the key took ``iterations``."""
    import sqlcipher3

    conn = sqlcipher3.connect(str(path))
    try:
        conn.execute("PRAGMA cipher_log_level = NONE")
        conn.execute(f"PRAGMA key = '{PASS}'")
        conn.execute(f"PRAGMA kdf_iter = {iterations}")
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        return True
    except sqlcipher3.DatabaseError:
        return False
    finally:
        conn.close()


def test_the_app_derives_the_key_with_sqlcipher_4s_full_iteration_count(
        tmp_path: Path, _encrypted_template: Path) -> None:
    """The suite derives keys cheaply (tests/key_derivation.py); the app keeps SQLCipher 4's
    PBKDF2-HMAC-SHA512 with 256,000 iterations, which is what makes guessing slow."""
    assert PASS == ENCRYPTED_PASSPHRASE  # the template's, below
    real = tmp_path / "real.db"
    with production_key_derivation():
        make_encrypted(real)
    cheap = copy_of(_encrypted_template, tmp_path / "cheap.db")  # made as every test's file
    assert _reads_with(real, 256_000) and not _reads_with(real, TEST_KDF_ITERATIONS)
    assert _reads_with(cheap, TEST_KDF_ITERATIONS) and not _reads_with(cheap, 256_000)
    with production_key_derivation():  # and the app opens what it made
        cf = open_case_file(Location(path=real), passphrase=PASS, actor="t", today=lambda: TODAY)
        try:
            assert [c.primary_name for c in cf.captives.list()] == ["Zangezur-Marker-4711"]
        finally:
            cf.close()
