"""The audit anchor's values and what their comparison with the log says
(:mod:`caseapp.db.audit_anchor` keeps the anchor; this module imports no SQLAlchemy, so that
opening a SQLite case file compares them with plain SQL: :func:`raw_problems`)."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Mapping
from typing import Any

from caseapp.domain.messages import msg, msg_n

ANCHOR_ID = 1
HEADER_MODULUS = 2**31  # user_version is a signed 32-bit integer


def seal(entry_count: int, head_id: int, head_hash: str) -> str:
    """SHA-256 over the anchor's values (a version tag first, so the form can change)."""
    text = json.dumps(["caseapp-audit-anchor", 1, entry_count, head_id, head_hash],
                      separators=(",", ":"))
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def header_value(entry_count: int) -> int:
    return entry_count % HEADER_MODULUS


MISSING_TABLE = msg("The audit log's anchor table is missing: it was removed outside CaseApp, "
                    "so removed audit entries cannot be detected.")


ANCHOR_REMOVED = msg("The audit log's anchor was removed outside CaseApp, so removed audit "
                     "entries cannot be detected.")


def anchor_gone(header: int | None, count: int, gone: object) -> list[str]:
    """What a log of ``count`` entries whose anchor (row or table) is gone says: ``gone``;
    or, when the file header counts more entries than the log holds, that the anchor was
    removed and how many entries were removed before (CaseApp never deletes an entry, and
    stops moving the header once the anchor is gone: a header that counts fewer is no
    evidence, and says nothing)."""
    if header is None or header <= count:
        return [str(gone)]
    return [str(msg("The audit log's anchor was removed outside CaseApp: only audit entries "
                    "removed before that can still be detected, by the count kept in the file "
                    "header.")), _removed(count, header)]


def _removed(held: int, written: int) -> str:
    return str(msg_n("{count} audit entry was removed outside CaseApp: the log holds {held}, "
                     "CaseApp wrote {written}.", "{count} audit entries were removed outside "
                     "CaseApp: the log holds {held}, CaseApp wrote {written}.", written - held,
                     held=held, written=written))


def judged(row: Mapping[str, Any] | None, header: int | None,
           actual: tuple[int, int, str]) -> list[str]:
    """Sentences saying how the log (``actual``: its count, the newest entry's id and hash)
    and the file header's count (``header``, None on a server) differ from the anchor row
    (None: removed)."""
    if row is None:
        return anchor_gone(header, actual[0], ANCHOR_REMOVED)
    if row["seal"] != seal(row["entry_count"], row["head_id"], row["head_hash"]):
        return [str(msg("The audit log's anchor was changed outside CaseApp (its seal no longer "
                        "matches its values)."))]
    found: list[str] = []
    if header is not None and header != header_value(row["entry_count"]):
        found.append(str(msg_n(
            "The audit log's anchor ({count} entry) disagrees with the count kept in the file "
            "header ({header}): the anchor was replaced outside CaseApp, for example by one "
            "copied from an older copy of the file.",
            "The audit log's anchor ({count} entries) disagrees with the count kept in the file "
            "header ({header}): the anchor was replaced outside CaseApp, for example by one "
            "copied from an older copy of the file.", row["entry_count"], header=header)))
    count, head_id, head_hash = actual
    expected = row["entry_count"]
    if count < expected:
        found.append(_removed(count, expected))
    elif count > expected:
        n = count - expected
        found.append(str(msg_n(
            "{count} audit entry was added outside CaseApp: the log holds {held}, CaseApp wrote "
            "{written}.", "{count} audit entries were added outside CaseApp: the log holds "
            "{held}, CaseApp wrote {written}.", n, held=count, written=expected)))
    elif (head_id, head_hash) != (row["head_id"], row["head_hash"]):
        found.append(str(msg(
            "The newest audit entry is not the one CaseApp wrote last: audit entries were "
            "replaced or renumbered outside CaseApp.")))
    return found


def raw_problems(conn: Any) -> list[str]:
    """:func:`judged` for a SQLite case file read on the DB-API connection ``conn`` (the
    open's: no entry of it is waiting to be counted)."""
    import sqlite3

    try:
        row = conn.execute("SELECT entry_count, head_id, head_hash, seal FROM audit_anchor "
                           "WHERE id = ?", (ANCHOR_ID,)).fetchone()
        missing = False
    except (sqlite3.DatabaseError, _cipher_error()):
        row, missing = None, True
    header = int(conn.execute("PRAGMA user_version").fetchone()[0])
    count = int(conn.execute("SELECT count(*) FROM audit_entries").fetchone()[0])
    if missing:
        return anchor_gone(header, count, MISSING_TABLE)
    anchor = None if row is None else dict(zip(("entry_count", "head_id", "head_hash", "seal"),
                                               row, strict=True))
    last = conn.execute("SELECT id, hash FROM audit_entries ORDER BY id DESC LIMIT 1").fetchone()
    return judged(anchor, header, (count, last[0], last[1]) if last else (count, 0, ""))


def _cipher_error() -> type[Exception]:
    """sqlcipher3's DatabaseError when sqlcipher3 is in use (it does not derive from
    sqlite3's); sqlite3's otherwise."""
    import sqlite3
    import sys

    module = sys.modules.get("sqlcipher3")
    return module.DatabaseError if module is not None else sqlite3.DatabaseError
