"""Whether an open SQLite case file is still where it was opened.

A synchronised folder (Dropbox, OneDrive) can put another version of the file in its
place while CaseApp has it open; a user or a program can move or delete it. SQLite's
connections keep the file they opened, so a change saved after that went into a file
nobody would open again, and SQLite's ``-wal`` file beside the path, holding what was saved
since the open, was later read with the new file and damaged it.

So every connection and every transaction first checks that the path still names the file
that was opened (:class:`Place`). When it does not, what this process had written is kept
once in a new file beside the path (SQLite's online backup, from a connection to the file
that was opened), the ``-wal`` and ``-shm`` files this process holds are taken away from the
new file's side, and the work stops with one line saying so (:class:`FileNotInPlace`).
"""

from __future__ import annotations

import os
import threading
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import Any

from caseapp.db import key_wrap
from caseapp.domain.errors import CaseFileError
from caseapp.domain.messages import msg
from caseapp.fileio import SQLITE_SIDE_FILES, atomic_path


class FileNotInPlace(CaseFileError):
    """The case file's path no longer names the file that was opened."""


def identity(path: Path) -> tuple[int, int] | None:
    """The file ``path`` names (device and inode), None where nothing is there."""
    try:
        st = os.stat(path)
    except FileNotFoundError:
        return None
    return st.st_dev, st.st_ino


def _held_here(path: Path) -> bool:
    """Whether this process holds ``path`` open (SQLite's ``-wal`` and ``-shm`` of the file it
    opened), read from the list of its open files (``/dev/fd``, Linux and macOS); True where
    that list cannot be read (SQLite keeps both open while it has the file open)."""
    try:
        here = os.stat(path)
    except OSError:
        return False
    try:
        fds = os.listdir("/dev/fd")
    except OSError:
        return True
    for name in fds:
        try:
            st = os.fstat(int(name))
        except (OSError, ValueError):
            continue
        if (st.st_dev, st.st_ino) == (here.st_dev, here.st_ino):
            return True
    return False


class Place:
    """The file a :class:`~caseapp.db.engine.Database` opened at ``path``, and what is done
    once when the path names another file or none. It keeps a connection of its own to the
    file while the path names it (``open_here``), from which that file is read when it has
    to be kept (``open_copy`` connects to the copy, keyed as a copy of this file is)."""

    def __init__(self, path: Path, open_here: Callable[[], Any],
                 open_copy: Callable[[Path], Any], now: Callable[[], datetime] = datetime.now):
        self.path = path
        self._open_here, self._open_copy = open_here, open_copy
        self.opened = identity(path)
        self._now = now
        self._lock = threading.Lock()
        self._here: Any = None  # the connection to the file opened, once checked in place
        self._refusal: FileNotInPlace | None = None

    def moved(self) -> bool:
        """Whether the path no longer names the file that was opened (a path that cannot be
        looked at, a stick pulled out, is not called moved: SQLite reports that itself)."""
        if self.opened is None:
            return False
        try:
            return identity(self.path) != self.opened
        except OSError:
            return False

    def check(self) -> None:
        """Raise :class:`FileNotInPlace` if the path no longer names the file that was opened.
        The first time, what this process holds of that file is kept beside the path."""
        if self._refusal is None and not self.moved():
            if self._here is None:
                with self._lock:
                    if self._here is None and not self.moved():
                        here = self._open_here()
                        # A first read opens its -wal and -shm, which SQLite will not open
                        # once the file is gone from the path.
                        here.execute("SELECT count(*) FROM sqlite_master").fetchall()
                        self._here = here
            return
        with self._lock:
            if self._refusal is None:
                self._refusal = self._refuse(self._here)
        raise self._refusal

    def close(self) -> None:
        """Close the connection kept to the file (the next check in place opens one again)."""
        with self._lock:
            here, self._here = self._here, None
        if here is not None:
            here.close()

    def _refuse(self, driver: Any) -> FileNotInPlace:
        kept = self._keep(driver) if driver is not None else None
        for suffix in SQLITE_SIDE_FILES:  # ours: never to be read with the file now there
            side = Path(f"{self.path}{suffix}")
            if kept is not None and identity(self.path) is not None and _held_here(side):
                side.unlink(missing_ok=True)
        if kept is not None:
            return FileNotInPlace(msg(
                "{file} was moved, replaced or deleted by another program while CaseApp had it "
                "open (a synchronised folder such as Dropbox or OneDrive can do this). What "
                "CaseApp held of it, your changes included, is kept in {kept}. Nothing more "
                "is written: close the case file and open the one you want to keep.",
                file=self.path, kept=kept), bad_input=True)
        return FileNotInPlace(msg(
            "{file} was moved, replaced or deleted by another program while CaseApp had it "
            "open (a synchronised folder such as Dropbox or OneDrive can do this). Nothing "
            "more is written: close the case file and open it again where it is now.",
            file=self.path), bad_input=True)

    def _keep(self, driver: Any) -> Path | None:
        """A copy of what ``driver`` reads, beside the path (None if it cannot be written)."""
        stamp = self._now().strftime("%Y-%m-%d %H-%M-%S")
        target = self.path.with_name(f"{self.path.stem} (kept by CaseApp {stamp})"
                                     f"{self.path.suffix}")
        try:
            with atomic_path(target, overwrite=False) as tmp:
                dst = self._open_copy(tmp)
                try:
                    driver.backup(dst)
                    dst.execute("PRAGMA journal_mode = DELETE")  # one self-contained file
                finally:
                    dst.close()
                key_wrap.copy_keys(self.path, target)
        except Exception:  # noqa: BLE001 - no room or no right there: said in the refusal
            return None
        return target

