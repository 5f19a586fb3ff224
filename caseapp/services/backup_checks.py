"""Checking a backup (or any case file) with its passphrase: it opens, passes SQLite's
integrity check and SQLCipher's page authentication, and holds as many rows in every table as
the case file did. Nothing is written."""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from caseapp.db import key_wrap
from caseapp.db.file_checks import file_kind, not_a_case_file
from caseapp.db.sqlite_connect import connect_file
from caseapp.domain.messages import Message, msg, msg_n
from caseapp.services.backup_record import changed_since_made, read_record


@dataclass(frozen=True)
class Verification:
    """The result of checking a backup (or any case file) with its passphrase."""

    ok: bool
    problems: tuple[Message, ...]
    counts: dict[str, int]
    encrypted: bool
    details: tuple[str, ...] = ()  # what SQLite reported, shown on request
    locked: bool = False  # encrypted and not opened by the passphrase given (or none given)
    notes: tuple[Message, ...] = ()  # what a restore says besides (a backup it could not check)


# ---- reading and checking a database file ------------------------------------------------

def table_counts(conn: Any) -> dict[str, int]:
    """Rows in every table of an open DB-API connection (run inside one read transaction)."""
    names = [r[0] for r in conn.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
        "ORDER BY name")]
    return {n: conn.execute(f'SELECT count(*) FROM "{n}"').fetchone()[0] for n in names}


def verify_file(path: Path, passphrase: str | None,
                expected_counts: dict[str, int] | None = None) -> Verification:
    """Open ``path`` with ``passphrase`` and check it page by page; nothing is written."""
    path = Path(path)
    kind = file_kind(path)
    encrypted = kind == "encrypted"
    if kind in ("missing", "empty"):
        return Verification(False, (msg("{path} is missing.", path=path) if kind == "missing"
                                    else msg("{path} is empty.", path=path),), {}, False)
    reason = not_a_case_file(path) if encrypted else None
    if reason:
        return Verification(False, (msg("{path} cannot be read: {reason}.", path=path,
                                        reason=reason),), {}, False)
    if encrypted and not passphrase:
        return Verification(False, (msg("{path} is encrypted: its passphrase is needed to verify "
                                        "it.", path=path),), {}, True, locked=True)
    if encrypted:  # with recovery set up, the passphrase unwraps the file's key
        passphrase = key_wrap.sqlcipher_key(path, passphrase)
    conn = connect_file(path, passphrase if encrypted else None)
    problems: list[Message] = []
    damage: list[str] = []
    counts: dict[str, int] = {}
    try:
        conn.execute("PRAGMA query_only = ON")
        try:
            conn.execute("SELECT count(*) FROM sqlite_master").fetchall()
        except Exception:  # noqa: BLE001 - each driver has its own error classes
            unreadable = (msg("{path} cannot be read: the passphrase is wrong or the file is "
                              "damaged.", path=path) if encrypted else
                          msg("{path} cannot be read: the file is damaged.", path=path))
            return Verification(False, (unreadable,), {}, encrypted, locked=encrypted)
        try:
            rows = [r[0] for r in conn.execute("PRAGMA integrity_check").fetchall()]
            damage += [r for r in rows if r != "ok"]
            if encrypted:
                damage += [str(r[0]) for r in conn.execute("PRAGMA cipher_integrity_check")]
            counts = table_counts(conn)
        except Exception as exc:  # noqa: BLE001 - a damaged page fails the read itself
            damage.append(str(exc))
    finally:
        conn.close()
    if damage:
        problems.append(msg_n("{path} is damaged: SQLite's check found {count} problem.",
                              "{path} is damaged: SQLite's check found {count} problems.",
                              len(damage), path=path))
    if expected_counts is not None and not problems and counts != expected_counts:
        differ = sorted(n for n in set(counts) | set(expected_counts)
                        if counts.get(n) != expected_counts.get(n))
        problems.append(msg("The number of records differs from the case file in: {tables}.",
                            tables=", ".join(differ)))
    return Verification(not problems, tuple(problems), counts, encrypted, tuple(damage[:50]))


def verify_backup(path: Path, passphrase: str | None) -> Verification:
    """:func:`verify_file` of a backup, as :func:`locked_but_intact` says it."""
    return locked_but_intact(path, verify_file(path, passphrase), passphrase)


def locked_but_intact(path: Path, check: Verification, passphrase: str | None) -> Verification:
    """``check`` of the backup at ``path``: one that ``passphrase`` did not open while its record
    vouches for it (its SHA-256 is the one recorded when it was made) is intact, and said to
    be: it was made before the passphrase was changed, not damaged."""
    if not (check.locked and passphrase and read_record(path).meta
            and changed_since_made(path) is None):
        return check
    return dataclasses.replace(check, problems=(msg(
        "{path} does not open with this passphrase, but it is intact (its SHA-256 is the one "
        "recorded when it was made): it opens with the passphrase the case file had when the "
        "backup was made.", path=path),))


__all__ = ["Verification", "locked_but_intact", "table_counts", "verify_backup", "verify_file"]
