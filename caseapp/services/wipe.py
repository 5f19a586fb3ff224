"""Deleting a case file for good: the emergency wipe and the destruction of a travel copy.

Each file is overwritten with random bytes, flushed to the disk, cut to nothing, renamed to a
random name (so that its name does not stay in the folder's entry) and removed; the folder is
flushed after. What the app knows of one case file (:func:`files_of_case_file`): the file, the
files SQLite keeps beside it (``-wal``, ``-shm``, ``-journal``), its key file (``NAME.keys``,
when passphrase recovery is set up), the copy kept before a schema
upgrade (``NAME.before-…``), a temporary file of an atomic write (``.NAME.…``) and, when asked,
its folder of automatic backups. Nothing else in the folder is touched.

What this can and cannot promise, said plainly (the README's "Travelling and emergencies"
says it to the lawyer): on a spinning disk, overwriting in place destroys the old content. On
an SSD, a memory card or a USB stick, the drive writes the new bytes elsewhere and keeps the
old ones in cells the system cannot address until it reuses them; copy-on-write file systems
(APFS, btrfs, ZFS), snapshots (Time Machine, shadow copies) and synchronised folders keep
copies of their own. There the wipe removes the file from the file system, and what stays
behind is only as safe as the case file's encryption and the disk's own encryption.
"""

from __future__ import annotations

import os
import secrets
import stat
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from caseapp.domain.messages import text_of
from caseapp.fileio import KEYS_SUFFIX, SQLITE_SIDE_FILES, fsync_dir
from caseapp.services.backup import BackupStore
from caseapp.write_errors import os_reason

CHUNK = 1 << 20


@dataclass(frozen=True)
class WipeResult:
    """What a wipe did: the files overwritten and removed, and those it could not remove."""

    removed: tuple[Path, ...] = ()
    failed: tuple[tuple[Path, str], ...] = ()
    overwritten_bytes: int = 0
    folders_removed: tuple[Path, ...] = field(default=())

    @property
    def complete(self) -> bool:
        return not self.failed


def files_of_case_file(case_path: Path | str, *, backups_root: Path | None = None,
                       include_backups: bool = False) -> list[Path]:
    """Every file that exists and that the app keeps for the case file at ``case_path``
    (see the module's description), the case file first."""
    path = Path(os.path.abspath(Path(case_path).expanduser()))
    found = [path, *(Path(f"{path}{s}") for s in (*SQLITE_SIDE_FILES, KEYS_SUFFIX))]
    folder = path.parent
    if folder.is_dir():
        for entry in sorted(folder.iterdir()):
            if entry.name.startswith(f"{path.name}.before-") or \
                    entry.name.startswith(f".{path.name}."):
                found.append(entry)
    if include_backups:
        backups = BackupStore(path, root=backups_root).folder
        if backups.is_dir():
            found.extend(sorted(p for p in backups.iterdir() if p.is_file() or p.is_symlink()))
    return [p for p in dict.fromkeys(found) if p.is_symlink() or p.exists()]


def backups_folder(case_path: Path | str, backups_root: Path | None = None) -> Path:
    return BackupStore(Path(os.path.abspath(Path(case_path).expanduser())), root=backups_root).folder


def overwrite_and_unlink(path: Path) -> int:
    """Overwrite the file at ``path`` with random bytes, flush, truncate, rename at random
    and remove it; returns the bytes overwritten. A symbolic link is removed, never followed
    (the file it points to is not the app's)."""
    if path.is_symlink() or not stat.S_ISREG(path.lstat().st_mode):
        path.unlink()
        return 0
    size = path.stat().st_size
    written = 0
    fd = os.open(path, os.O_WRONLY | getattr(os, "O_BINARY", 0))
    try:
        while written < size:
            n = os.write(fd, secrets.token_bytes(min(CHUNK, size - written)))
            written += n
        os.fsync(fd)
        os.ftruncate(fd, 0)
        os.fsync(fd)
    finally:
        os.close(fd)
    hidden = path.with_name(secrets.token_hex(8))
    try:
        os.replace(path, hidden)
    except OSError:
        hidden = path
    hidden.unlink()
    return written


def wipe_files(paths: Iterable[Path]) -> WipeResult:
    """Overwrite and remove each of ``paths``; a file that cannot be removed is said, and the
    others are still removed."""
    removed: list[Path] = []
    failed: list[tuple[Path, str]] = []
    total = 0
    folders: set[Path] = set()
    for path in paths:
        try:
            total += overwrite_and_unlink(path)
            removed.append(path)
            folders.add(path.parent)
        except FileNotFoundError:
            continue
        except OSError as exc:
            failed.append((path, text_of(os_reason(exc))))
    for folder in folders:
        fsync_dir(folder)
    return WipeResult(tuple(removed), tuple(failed), total)


def wipe_case_file(case_path: Path | str, *, backups_root: Path | None = None,
                   include_backups: bool = False) -> WipeResult:
    """Wipe the case file at ``case_path`` and every file the app keeps for it (its automatic
    backups too with ``include_backups``; their folder is removed once empty). The case file
    must be closed first."""
    paths = files_of_case_file(case_path, backups_root=backups_root,
                               include_backups=include_backups)
    result = wipe_files(paths)
    folders: tuple[Path, ...] = ()
    if include_backups:
        folder = backups_folder(case_path, backups_root)
        try:
            folder.rmdir()
            folders = (folder,)
        except OSError:
            pass  # not there, or something else in it that is not the app's
    return WipeResult(result.removed, result.failed, result.overwritten_bytes, folders)


__all__ = ["WipeResult", "backups_folder", "files_of_case_file", "overwrite_and_unlink",
           "wipe_case_file", "wipe_files"]
