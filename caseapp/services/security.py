"""Changing a case file's passphrase, or encrypting a plain case file, without risk.

The case file is never changed in place. SQLCipher's ``sqlcipher_export`` copies every
record into a new file beside it, keyed with the new passphrase; the copy is verified
(page authentication, integrity check, the same number of rows in every table), flushed
to disk and renamed over the case file in one step. A crash before the rename leaves the
case file as it was, with the old passphrase; after it, the file opens with the new one.
"""

from __future__ import annotations

import hmac
from pathlib import Path
from typing import Any

from caseapp.db import key_wrap
from caseapp.db.engine import Database
from caseapp.db.in_use import open_elsewhere
from caseapp.domain.errors import CaseFileError, WrongPassphrase
from caseapp.domain.messages import Message, msg
from caseapp.domain.passphrase import Strength, check_new_passphrase
from caseapp.fileio import atomic_path, remove_with_side_files
from caseapp.services.backup_checks import table_counts, verify_file
from caseapp.services.written_whole import reported_write_failure


def _cipher_connection(path: Path, passphrase: str | None) -> Any:  # a sqlcipher3 connection
    import sqlcipher3  # reads plain SQLite files too when no key is given

    conn = sqlcipher3.connect(str(path))
    conn.isolation_level = None
    conn.execute("PRAGMA cipher_log_level = NONE")
    if passphrase is not None:
        conn.execute("PRAGMA key = " + "'" + passphrase.replace("'", "''") + "'")
    conn.execute("PRAGMA temp_store = MEMORY")
    return conn


def leftovers(path: Path) -> list[Path]:
    """Temporary copies of the case file at ``path`` left by a passphrase change or
    ``encrypt`` that was killed before its rename (named ``.NAME.*.part`` beside it)."""
    path = Path(path)
    return sorted(p for p in path.parent.glob(f".{path.name}.*.part") if p.is_file())


def remove_leftovers(path: Path) -> list[Path]:
    """Remove :func:`leftovers` (and their journal files); returns what was removed."""
    found = leftovers(path)
    for part in found:
        remove_with_side_files(part)
    return found


def rekey_file(path: Path, old: str | None, new: str) -> None:
    """Write ``path`` again, encrypted with ``new``; ``old`` is its passphrase (None: plain).

    Every connection to the file must be closed. The file opens with ``old`` until the
    final rename and with ``new`` from then on, whenever a crash happens.
    """
    path = Path(path)

    def failed(cause: Message | str) -> Message:
        return msg("{cause} while writing the encrypted copy of {path}; the case file is "
                   "unchanged and opens as before.", cause=cause, path=path)

    # (SQLite's "disk I/O error" is told to be a full disk while the copy is on the disk)
    with (reported_write_failure(failed, path.parent), atomic_path(path) as tmp,
          reported_write_failure(failed, path.parent)):
        conn = _cipher_connection(path, old)
        try:
            conn.execute("ATTACH DATABASE ? AS rekeyed KEY ?", (str(tmp), new))
            conn.execute("BEGIN IMMEDIATE")  # nobody writes while the copy is made
            try:
                counts = table_counts(conn)
                conn.execute("SELECT sqlcipher_export('rekeyed')")
                # sqlcipher_export copies records, not the header: keep the audit anchor's count.
                header = int(conn.execute("PRAGMA main.user_version").fetchone()[0])
                conn.execute(f"PRAGMA rekeyed.user_version = {header}")
                conn.execute("COMMIT")
            except BaseException:
                if conn.in_transaction:  # SQLite undoes it itself on a full disk
                    conn.execute("ROLLBACK")
                raise
            conn.execute("DETACH DATABASE rekeyed")
        finally:
            conn.close()
        for suffix in ("-wal", "-journal"):
            if Path(f"{path}{suffix}").exists():
                raise open_elsewhere(path)  # by a program that does not lock it (caseapp.db.in_use)
        check = verify_file(tmp, new, counts)
        if not check.ok:
            raise CaseFileError(msg("The re-encrypted copy failed its check ({problem}); the passphrase was not "
                                    "changed.", problem=check.problems[0]))


def change_passphrase(db: Database, old: str | None, new: str,
                      repeat: str | None = None) -> Strength:
    """Give the open case file ``db`` the passphrase ``new`` (encrypting it if it is plain).

    ``old`` must be its current passphrase (None or "" for a plain file). ``db`` stays
    usable: its connections are reopened with the new key. Raises ValidationError for a
    weak new passphrase, CaseFileError for a wrong old one; nothing changes then.
    """
    if db.path is None:
        raise CaseFileError(msg("The passphrase of a shared database is set on its server."),
                            bad_input=True)
    db.refuse_writes()
    keys = key_wrap.read_keys(db.path) if key_wrap.is_raw_key(db.passphrase) else None
    if db.encrypted:
        if not old or not any(
                hmac.compare_digest(form.encode(), (db.passphrase or "").encode())
                or (keys is not None and key_wrap.unwrap_with_passphrase(keys, form))
                for form in key_wrap.typed_forms(old)):
            raise WrongPassphrase(msg("The current passphrase is wrong; nothing was changed."),
                                  bad_input=True)
    elif old:
        raise CaseFileError(msg("{path} is not encrypted; it has no current passphrase.", path=db.path),
                            bad_input=True)
    strength = check_new_passphrase(new, repeat)
    if keys is not None and db.passphrase:  # recovery set up: only the key file changes
        key_wrap.write_keys(db.path, key_wrap.with_passphrase(
            keys, key_wrap.data_key_of(db.passphrase), new))
        return strength
    try:
        with db.replacing():  # refused while the file is open elsewhere (a window)
            rekey_file(db.path, db.passphrase, new)
    except BaseException:
        db.rebind(db.passphrase)
        raise
    db.rebind(new)
    db.use_wal()
    return strength
