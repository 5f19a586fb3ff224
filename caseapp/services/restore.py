"""Restoring a backup into a case file: the backup is checked against its sidecar (when it
has one of CaseApp's) and verified with its passphrase, and is never restored over a case file
it is not a backup of unless the user says so; the case file is written under a temporary
name and renamed, so a refused or failed restore changes nothing."""

from __future__ import annotations

import dataclasses
import shutil
from pathlib import Path
from typing import TYPE_CHECKING

from caseapp.db import key_wrap
from caseapp.db.file_checks import file_kind, team_server_dump
from caseapp.db.in_use import held_alone
from caseapp.db.revisions import known_revisions
from caseapp.db.sqlite_connect import connect_file
from caseapp.domain.errors import CaseFileError, TargetExists, WrongPassphrase
from caseapp.domain.messages import Message, msg
from caseapp.fileio import atomic_path
from caseapp.services.backup_checks import Verification, locked_but_intact, verify_file
from caseapp.services.backup_record import changed_since_made, record_problem
from caseapp.services.written_whole import reported_write_failure

if TYPE_CHECKING:
    from caseapp.services.identity import Owner


def _not_openable(path: Path, passphrase: str | None, check: Verification) -> Message | None:
    """Why the sound database at ``path`` is no case file this CaseApp can open (another
    program's database, an empty one, one written by a newer CaseApp), or None."""
    if "alembic_version" not in check.counts:
        return msg("it is a database, but not a CaseApp case file")
    conn = connect_file(path, passphrase if check.encrypted else None)
    try:
        conn.execute("PRAGMA query_only = ON")
        stored = [str(r[0]) for r in conn.execute("SELECT version_num FROM alembic_version")]
    finally:
        conn.close()
    known = known_revisions()
    newer = [r for r in stored if known and r not in known]
    if newer:
        return msg("it was written by a newer version of CaseApp (schema {schema}); update "
                   "CaseApp to restore it", schema=", ".join(newer))
    return None


def _verified_backup(backup: Path, passphrase: str | None
                     ) -> tuple[Verification, str | None]:
    """The backup checked with ``passphrase``, in any of the forms it may have been typed in
    (``key_wrap.typed_forms``), and the key that read it: with recovery set up, the key its
    key file's wrap gave."""
    if file_kind(backup) != "encrypted" or not passphrase:
        return verify_file(backup, passphrase), passphrase
    for form in key_wrap.typed_forms(passphrase):
        key = key_wrap.sqlcipher_key(backup, form)
        check = verify_file(backup, key)
        if not check.locked:
            break
    return locked_but_intact(backup, check, passphrase), key


def restore(backup: Path, to: Path, *, passphrase: str | None, overwrite: bool = False,
            other_case_file: bool = False, belongs_to: Owner | None = None) -> Verification:
    """Copy a verified ``backup`` to the new case file ``to``.

    The backup is verified first; ``to`` is written under a temporary name and renamed,
    and an existing ``to`` is never replaced without ``overwrite`` (close it first: its
    own -wal and -shm files are removed with it). A backup of another case file than the
    one it replaces (or ``belongs_to``) is refused (:class:`OtherCaseFile`) unless
    ``other_case_file`` (:func:`caseapp.services.identity.restore_notes`).
    """
    backup, to = Path(backup).expanduser(), Path(to).expanduser()
    if not backup.is_file():
        raise CaseFileError(msg("There is no backup at {backup}.", backup=backup), bad_input=True)
    if team_server_dump(backup):  # (read as SQLite, it would be "cut off": it is sound)
        raise CaseFileError(msg("{backup} is a team server's backup (pg_dump's custom format), "
                                "not the backup of a case file on this computer: it is restored "
                                "into a new database on a team server. Nothing was changed.",
                                backup=backup), bad_input=True)
    if to.exists() and to.resolve() == backup.resolve():
        raise CaseFileError(msg("Restore the backup to another file than itself."), bad_input=True)
    if to.exists() and not overwrite:
        raise TargetExists(msg("{path} exists already; nothing was changed.", path=to),
                           bad_input=True)
    unvouched = record_problem(backup)
    if unvouched:  # (what it holds besides is not read: it never refuses a sound backup)
        raise CaseFileError(msg("The backup {backup} cannot be restored: {reason}. Nothing was "
                                "changed; restore another backup, or move the record away to "
                                "restore this one on its database check alone.", backup=backup,
                                reason=unvouched), bad_input=True)
    changed = changed_since_made(backup)
    if changed:  # damaged: another backup is the user's to choose
        raise CaseFileError(msg("The backup {backup} cannot be restored: {reason}. Nothing was "
                                "changed; restore an older backup.", backup=backup, reason=changed),
                            damaged=True)
    typed = passphrase
    check, passphrase = _verified_backup(backup, passphrase)
    if not check.ok:
        refused = msg("The backup {backup} cannot be restored: {problem}", backup=backup,
                      problem=check.problems[0])
        if check.locked:  # the GUI asks for the backup's passphrase again
            raise WrongPassphrase(refused, bad_input=True, details=check.details)
        not_case_file = any(w in check.problems[0].render("en")
                            for w in ("not a case file", "not a CaseApp case file"))
        # Not a case file, or a damaged one: either way another backup is the user's to choose.
        raise CaseFileError(refused, bad_input=True, damaged=not not_case_file,
                            details=check.details)
    unusable = _not_openable(backup, passphrase, check)
    if unusable is not None:
        raise CaseFileError(msg("The backup {backup} cannot be restored: {reason}. Nothing was "
                                "changed.", backup=backup, reason=unusable), bad_input=True)
    from caseapp.services.identity import restore_notes  # (SQLAlchemy: only to restore)

    notes = restore_notes(backup, passphrase, to, typed, overwrite=overwrite,
                          belongs_to=belongs_to, other_case_file=other_case_file)
    def failed(cause: Message | str) -> Message:
        return msg("{cause} while writing the restored case file {path}; nothing was changed.",
                   cause=cause, path=to)

    with (reported_write_failure(failed, to.parent), held_alone(to),  # never under a window
          atomic_path(to, overwrite=overwrite) as tmp, reported_write_failure(failed, to.parent)):
        shutil.copyfile(backup, tmp)
        copied = verify_file(tmp, passphrase, check.counts)
        if not copied.ok:
            raise CaseFileError(msg("The restored copy failed its check ({problem}); nothing was "
                                    "changed.", problem=copied.problems[0]))
        key_wrap.copy_keys(backup, to)
        if overwrite:  # an old write-ahead log would be replayed into the restored file
            for suffix in ("-wal", "-shm", "-journal"):
                Path(f"{to}{suffix}").unlink(missing_ok=True)
    return dataclasses.replace(copied, notes=notes)
