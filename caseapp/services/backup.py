"""Backups of a case file: consistent, verified, encrypted like the case file, in rotation.

A backup is made with SQLite's online backup API inside one read transaction, so it is
a snapshot of committed transactions only, whatever else writes meanwhile. An encrypted
case file is backed up into an encrypted file keyed with the same passphrase (SQLCipher
gives it its own salt); a plain case file gives a plain backup, and says so. Every
backup is written to a temporary name, verified (it opens with the passphrase, passes
SQLite's integrity check and SQLCipher's page authentication, and holds as many rows in
every table as the case file did), flushed and only then renamed into place.

Automatic backups live in a folder per case file under the backups folder (setting:
``CASEAPP_BACKUP_DIR``, default ``backups`` in the user data folder), with a sidecar
JSON file each that holds when and why it was made, its size and SHA-256 and whether it
was verified, and no case data.
"""

from __future__ import annotations

import builtins
import hashlib
import json
import os
import re
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from platformdirs import user_data_path

from caseapp import APP_NAME
from caseapp.db import key_wrap
from caseapp.db.engine import Database
from caseapp.db.file_checks import file_kind
from caseapp.domain.errors import CaseFileError, TargetExists
from caseapp.domain.file_identity import FileIdentity, from_row
from caseapp.domain.messages import Message, msg
from caseapp.fileio import atomic_path, atomic_write_bytes, remove_with_side_files
from caseapp.services.backup_checks import (
    Verification,
    table_counts,
    verify_backup,
    verify_file,
)
from caseapp.services.backup_record import (
    SIDECAR_FORMAT,
    changed_since_made,
    read_record,
    record_problem,
    sha256_of,
    sidecar_of,
)
from caseapp.services.written_whole import reported_write_failure

BACKUP_DIR_ENV = "CASEAPP_BACKUP_DIR"
DEFAULT_KEEP = 10


def default_backup_root(env: Mapping[str, str] | None = None) -> Path:
    """``CASEAPP_BACKUP_DIR``, else ``backups`` beside the case files in the user data folder."""
    values = os.environ if env is None else env
    if values.get(BACKUP_DIR_ENV):
        return Path(values[BACKUP_DIR_ENV]).expanduser()
    return user_data_path(APP_NAME, appauthor=False) / "backups"


def utc_now() -> datetime:
    return datetime.now(UTC)


@dataclass(frozen=True)
class BackupInfo:
    """One backup file: when and why it was made, its size, and whether it was verified."""

    path: Path
    created_at: datetime  # aware, UTC
    size: int
    encrypted: bool
    verified: bool
    reason: str = ""
    sha256: str = ""
    problem: str = ""  # why the file is not what was backed up, in the user's language (then never
    # offered for restore)
    case_file: FileIdentity | None = None  # the identity of the case file it is a backup of

    @property
    def damaged(self) -> bool:
        return bool(self.problem)


# ---- writing a backup --------------------------------------------------------------------

def write_backup(db: Database, target: Path, *, overwrite: bool = False,
                 now: Callable[[], datetime] = utc_now, reason: str = "") -> BackupInfo:
    """Back up the open case file ``db`` into ``target``: consistent, verified, atomic.

    An existing ``target`` is replaced only with ``overwrite``. On any failure (a full
    disk, a verification that fails) nothing is left at ``target`` but what was there.
    """
    if db.path is None:
        raise CaseFileError(msg("A shared database is backed up by its server, not by CaseApp."),
                            bad_input=True)
    target = Path(target).expanduser()
    if os.path.realpath(target) == os.path.realpath(db.path):  # (resolve() raised on a loop)
        raise CaseFileError(msg("A backup cannot replace the case file itself; choose another "
                                "file."),
                            bad_input=True)
    if target.exists() and not overwrite:
        raise TargetExists(msg("{path} exists already; nothing was written.", path=target),
                           bad_input=True)
    def failed(cause: Message | str) -> Message:
        return msg("{cause} while writing the backup {path}; nothing was kept there, the case "
                   "file and earlier backups are unchanged.", cause=cause, path=target)

    # (SQLite's "disk I/O error" is told to be a full disk while the part written is still
    # on the disk: within the atomic write, which removes it)
    with (reported_write_failure(failed, target.parent),
          atomic_path(target, overwrite=overwrite) as tmp,
          reported_write_failure(failed, target.parent)):
        raw = db.engine.raw_connection()  # a pooled connection, already keyed
        try:
            src = raw.driver_connection
            assert src is not None  # a live pooled connection
            dst = db.connect_raw(tmp)
            try:
                src.execute("BEGIN")  # one snapshot for the counts and the copy
                try:
                    counts = table_counts(src)
                    identity = _identity_row(src)
                    src.backup(dst)
                finally:
                    src.execute("COMMIT")
                dst.execute("PRAGMA journal_mode = DELETE")  # one self-contained file
            finally:
                dst.close()
        finally:
            raw.close()
        check = verify_file(tmp, db.passphrase, counts)
        if not check.ok:
            raise CaseFileError(msg("The backup failed its verification ({problem}); it was not kept, "
                                    "and earlier backups are unchanged.", problem=check.problems[0]))
        key_wrap.copy_keys(db.path, target)  # before the backup itself is in place
        size, digest = tmp.stat().st_size, sha256_of(tmp)
    return BackupInfo(target, now(), size, db.encrypted, True, reason, digest, case_file=identity)


def _identity_row(conn: Any) -> FileIdentity | None:
    """The identity of the case file an open DB-API connection reads (in its transaction)."""
    return from_row(conn.execute("SELECT identity, created_at FROM case_file_identity "
                                 "ORDER BY id LIMIT 1").fetchone())


# ---- the rotation folder ----------------------------------------------------------------

_REASON = re.compile(r"[^a-z0-9-]+")
PASSPHRASE_CHANGED = "passphrase-changed.json"  # beside the backups: when it was last changed
PASSPHRASE_CHANGE_FORMAT = "caseapp-passphrase-change"
ROTATION = "rotation.json"  # how many backups the window keeps
ROTATION_FORMAT = "caseapp-backup-rotation"


class BackupStore:
    """The folder of one case file's automatic backups, newest ``keep`` of them kept."""

    def __init__(self, case_path: Path, *, root: Path | None = None, keep: int = DEFAULT_KEEP,
                 now: Callable[[], datetime] = utc_now):
        self.case_path = Path(case_path).expanduser()
        self.root = Path(root) if root is not None else default_backup_root()
        self.keep = max(1, keep)
        self.now = now
        # (a name not in UTF-8, from another system, by its bytes: surrogateescape)
        resolved = str(self.case_path.resolve()).encode("utf-8", "surrogateescape")
        self.folder = self.root / f"{self.case_path.stem}-{hashlib.sha256(resolved).hexdigest()[:8]}"

    def new_path(self, reason: str, when: datetime) -> Path:
        slug = _REASON.sub("-", reason.lower()).strip("-")[:30] or "backup"
        base = f"{self.case_path.stem}-{when:%Y%m%d-%H%M%S}-{slug}"
        path, n = self.folder / f"{base}.db", 1
        while path.exists():
            n += 1
            path = self.folder / f"{base}-{n}.db"
        return path

    def list(self) -> list[BackupInfo]:
        """Every backup in the folder, newest first, each file's SHA-256 checked against the
        one recorded when it was made: a changed or damaged file is not ``verified``."""
        if not self.folder.is_dir():
            return []
        found = [_inspect(path) for path in self.folder.glob("*.db")]
        return sorted(found, key=lambda b: (b.created_at, b.path.name), reverse=True)

    def latest_verified(self) -> BackupInfo | None:
        return next((b for b in self.list() if b.verified), None)

    def record(self, info: BackupInfo) -> None:
        meta = {"format": SIDECAR_FORMAT, "format_version": 1,
                "created_at": info.created_at.isoformat(), "reason": info.reason,
                "encrypted": info.encrypted, "verified": info.verified, "size": info.size,
                "sha256": info.sha256}
        if info.case_file is not None:  # (a copy, for the eye: the backup itself is checked)
            meta["case_file"] = info.case_file.identity
            if info.case_file.created is not None:
                meta["case_file_created"] = info.case_file.created.isoformat()
        atomic_write_bytes(sidecar_of(info.path), json.dumps(meta, indent=1).encode("utf-8"))

    def remember_keep(self) -> None:
        """Record ``keep`` in the folder (the window's number, from its settings): a backup
        made without a number of its own (``caseapp backup``) keeps as many. Not recorded
        (the disk full), such a backup keeps its default."""
        if self.recorded_keep() == self.keep:
            return
        meta = {"format": ROTATION_FORMAT, "keep": self.keep}
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
            atomic_write_bytes(self.folder / ROTATION, json.dumps(meta).encode("utf-8"))
        except OSError:
            pass

    def recorded_keep(self) -> int | None:
        """The number of backups :meth:`remember_keep` recorded, or None."""
        try:
            keep = json.loads((self.folder / ROTATION).read_bytes().decode("utf-8")).get("keep")
        except (OSError, ValueError, AttributeError):  # (none, junk, not an object)
            return None
        return keep if type(keep) is int and keep >= 1 else None

    def note_passphrase_change(self) -> None:
        """Record that the case file's passphrase was changed now: the backups made before
        open with the old one, which is then no proof that the passphrase typed for the file
        is right (:func:`caseapp.services.refused_passphrase.damaged_file`). Not recorded
        (the disk full) is no reason to undo the change, which is made."""
        meta = {"format": PASSPHRASE_CHANGE_FORMAT, "changed_at": self.now().isoformat()}
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
            atomic_write_bytes(self.folder / PASSPHRASE_CHANGED, json.dumps(meta).encode("utf-8"))
        except OSError:
            pass

    def passphrase_changed_at(self) -> datetime | None:
        """When the passphrase was last changed (:meth:`note_passphrase_change`); None when
        it was never recorded, and after every backup when the record cannot be read."""
        marker = self.folder / PASSPHRASE_CHANGED
        try:
            data = json.loads(marker.read_bytes().decode("utf-8"))
            when = datetime.fromisoformat(data["changed_at"])
            return when if when.tzinfo is not None else when.replace(tzinfo=UTC)
        except FileNotFoundError:
            return None
        except (OSError, ValueError, TypeError, KeyError):  # (a folder, junk, not ours)
            return datetime.max.replace(tzinfo=UTC)

    def remove_leftovers(self, untouched_for: timedelta = timedelta(hours=1)) -> builtins.list[Path]:
        """Remove the parts of backups left by a CaseApp killed while it wrote them
        (``.NAME.….part``, never listed: each a whole copy of the case file) not written to for
        ``untouched_for``; a backup another CaseApp is writing now is left alone."""
        if not self.folder.is_dir():
            return []
        before = time.time() - untouched_for.total_seconds()
        removed = []
        for part in self.folder.glob(".*.db.*.part"):
            try:
                if part.is_file() and part.stat().st_mtime < before:
                    remove_with_side_files(part)
                    removed.append(part)
            except OSError:  # (gone meanwhile, or not ours to remove: left as it is)
                continue
        return removed

    def rotate(self, made: Path | None = None) -> builtins.list[Path]:
        """Remove the oldest backups beyond ``keep``; returns what was removed. Never the
        backup just ``made`` (with the clock set back it seems older than the others) nor the
        newest verified one (newer files that nothing vouches for do not push it out)."""
        found = self.list()
        spared = {made, next((b.path for b in found if b.verified), None)} - {None}
        others = [b for b in found if b.path not in spared]
        removed = []
        for old in others[max(0, self.keep - len(spared)):]:
            sidecar_of(old.path).unlink(missing_ok=True)
            remove_with_side_files(old.path)
            removed.append(old.path)
        return removed


def _inspect(path: Path) -> BackupInfo:
    """One backup as its sidecar describes it, and whether the file still matches that. What
    the sidecar says is taken only in the form CaseApp writes it (one made by hand or damaged
    may say anything); whether the file is encrypted is read from the file itself."""
    record = read_record(path)
    meta = record.meta
    stat = path.stat()
    created = meta.get("created_at")
    try:
        when = datetime.fromisoformat(created) if isinstance(created, str) else None
    except ValueError:
        when = None
    if when is None or when.tzinfo is None:
        when = datetime.fromtimestamp(stat.st_mtime, UTC)
    problem = changed_since_made(path, record)
    vouched = bool(meta) and record_problem(path, record) is None
    reason = meta.get("reason")
    return BackupInfo(path, when, stat.st_size, file_kind(path) == "encrypted",
                      meta.get("verified") is True and not problem,
                      reason if isinstance(reason, str) else "",
                      meta["sha256"].lower() if vouched else "", str(problem) if problem else "")


class BackupService:
    """Backups of one open case file; what the Backups dialog and auto-backup call."""

    def __init__(self, db: Database, store: BackupStore | None = None):
        self.db = db
        self._store = store

    @property
    def store(self) -> BackupStore:
        if self.db.path is None:
            raise CaseFileError(msg("A shared database is backed up by its server, not by CaseApp."),
                                bad_input=True)
        if self._store is None:
            self._store = BackupStore(self.db.path)
        return self._store

    def backup_now(self, reason: str = "manual") -> BackupInfo:
        """A verified backup into the rotation folder; the oldest beyond the limit go."""
        store = self.store
        store.remove_leftovers()
        when = store.now()
        info = write_backup(self.db, store.new_path(reason, when), now=lambda: when, reason=reason)
        # The backup is in place and verified: kept whatever happens to its record (without
        # one it is listed as not verified, and no older backup is pruned for it).
        with reported_write_failure(lambda cause: msg(
                "{cause} while writing the record of the backup {path}: the backup was made and "
                "verified, but without its record it is listed as not verified. Older backups "
                "were kept.", cause=cause, path=info.path), store.folder):
            store.record(info)
        store.rotate(made=info.path)
        return info

    def backup_if_due(self, max_age: timedelta = timedelta(days=1), reason: str = "auto"
                      ) -> BackupInfo | None:
        """A backup if the newest verified one is older than ``max_age`` (or there is none)."""
        latest = self.store.latest_verified()  # (one dated ahead of the clock is no reason)
        if latest is not None and timedelta(0) <= self.store.now() - latest.created_at < max_age:
            return None
        return self.backup_now(reason)

    def backup_to(self, path: Path, *, overwrite: bool = False) -> BackupInfo:
        """A verified backup at a place the user chose (not rotated)."""
        return write_backup(self.db, Path(path), overwrite=overwrite, reason="manual")

    def list(self) -> list[BackupInfo]:
        return self.store.list()

    def verify(self, path: Path) -> Verification:
        """Check a backup again with this case file's passphrase, and first its record: a
        backup whose record is damaged, or that is no longer the file recorded, is not called
        intact, for the restore refuses it (as the list shows it damaged)."""
        path = Path(path)
        unvouched = changed_since_made(path)  # (a damaged record included)
        if unvouched is not None:
            return Verification(False, (msg("{reason}; it cannot be restored.",
                                            reason=unvouched),),
                                {}, file_kind(path) == "encrypted")
        return verify_backup(path, self.db.passphrase)
