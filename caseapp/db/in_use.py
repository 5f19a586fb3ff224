"""Whether a case file is open elsewhere: every open of a SQLite case file (the window's, a
command's) holds a shared lock on the file (``flock``) for as long as it is open, and an
operation that replaces or deletes the file (``encrypt``, ``passphrase``, ``restore
--force``, ``travel-destroy``) first takes it alone, which is refused while any other open
holds it. The lock lives in the kernel: a process that dies lets it go, nothing is left on
disk. Where the system has no ``flock`` (Windows) or the file system refuses it, nothing is
locked and the callers' other checks remain.
"""

from __future__ import annotations

import os
import shutil
import stat
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from caseapp.domain.errors import CaseFileError
from caseapp.domain.messages import msg

try:
    import fcntl
except ImportError:  # pragma: no cover - Windows
    fcntl = None  # type: ignore[assignment]

# How long an open waits for a replacement of the file by another command to finish.
WAIT_FOR_REPLACEMENT = 15.0

# The descriptors this process holds open (its opens' marks), by the file they are of. SQLite
# locks a case file with POSIX locks, which the system drops, all of them, as soon as this
# process closes *any* descriptor of that file: a header read through a descriptor of its own
# (``open(path).read()``) after SQLite opened the file left it unlocked, another process's
# close then thought itself the last, checkpointed and deleted the ``-wal`` this process was
# still writing, and the next writer damaged the file. So what the process reads of a file it
# holds open is read through the mark it holds (:func:`read_head`, :func:`copy_held`).
_HELD: dict[tuple[int, int], list[int]] = {}
_HELD_LOCK = threading.Lock()


def _key(st: os.stat_result) -> tuple[int, int]:
    return st.st_dev, st.st_ino


def _held_fd(path: Path | str) -> int | None:
    try:
        key = _key(os.stat(path))
    except OSError:
        return None
    with _HELD_LOCK:
        fds = _HELD.get(key)
        return fds[0] if fds else None


def read_head(path: Path | str, size: int) -> bytes:
    """The first ``size`` bytes of the file at ``path``; of a file this process holds open,
    read through the descriptor it holds (never one opened and closed here: see _HELD)."""
    fd = _held_fd(path)
    if fd is not None:
        return os.pread(fd, size, 0)
    with open(path, "rb") as fh:
        return fh.read(size)


def copy_held(path: Path | str, target: Path | str) -> None:
    """Copy the file at ``path`` to ``target``, through the descriptor this process holds of
    it when it holds one (see _HELD)."""
    fd = _held_fd(path)
    if fd is None:
        shutil.copyfile(path, target)
        return
    with open(target, "wb") as out:
        offset = 0
        while block := os.pread(fd, 1 << 20, offset):
            out.write(block)
            offset += len(block)


def open_elsewhere(path: Path | str) -> CaseFileError:
    """The refusal of an operation that would replace ``path`` while it is open elsewhere."""
    return CaseFileError(msg("{file} is open in CaseApp (or another process); close it first. "
                             "Nothing was changed.", file=path), bad_input=True)


def _open_fd(path: Path | str) -> int | None:
    """A descriptor of the regular file ``path``; None for anything else (missing, not
    readable, a folder, a device or a pipe, never waited for): the open reports it."""
    try:
        fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK)
    except OSError:
        return None
    if not stat.S_ISREG(os.fstat(fd).st_mode):
        os.close(fd)
        return None
    return fd


def _same_file(fd: int, path: Path | str) -> bool:
    try:
        here, there = os.fstat(fd), os.stat(path)
    except OSError:
        return False
    return (here.st_dev, here.st_ino) == (there.st_dev, there.st_ino)


def hold_shared(path: Path | str) -> int | None:
    """A descriptor of ``path`` holding the shared lock of an open (close it with
    :func:`let_go`), or None where nothing can be locked. Waits while another command
    replaces the file, then holds the file that replaced it."""
    if fcntl is None:
        return None
    deadline = time.monotonic() + WAIT_FOR_REPLACEMENT
    while True:
        fd = _open_fd(path)
        if fd is None:
            return None
        try:
            fcntl.flock(fd, fcntl.LOCK_SH | fcntl.LOCK_NB)
        except BlockingIOError:
            os.close(fd)
            if time.monotonic() > deadline:
                raise CaseFileError(msg("{file} is being replaced by another CaseApp command "
                                        "(a passphrase change or a restore); try again when it "
                                        "has finished.", file=path), bad_input=True) from None
            time.sleep(0.1)
            continue
        except OSError:  # a file system without flock
            os.close(fd)
            return None
        if _same_file(fd, path):
            with _HELD_LOCK:
                _HELD.setdefault(_key(os.fstat(fd)), []).append(fd)
            return fd
        os.close(fd)  # replaced while it was waited for: hold the new file


def let_go(fd: int | None) -> None:
    if fd is not None:
        with _HELD_LOCK:
            for key, fds in list(_HELD.items()):
                if fd in fds:
                    fds.remove(fd)
                    if not fds:
                        del _HELD[key]
        os.close(fd)  # the lock goes with the descriptor


@contextmanager
def held_alone(path: Path | str) -> Iterator[None]:
    """``path`` locked against any open while the block replaces or deletes it; raises
    :func:`open_elsewhere`'s error, before anything is done, while it is open elsewhere
    (this process's own opens included: close them first). A missing file is not locked."""
    fd = _open_fd(path) if fcntl is not None else None
    if fd is None:
        yield
        return
    try:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            raise open_elsewhere(path) from None
        except OSError:
            pass  # a file system without flock
        yield
    finally:
        os.close(fd)


__all__ = ["copy_held", "held_alone", "hold_shared", "let_go", "open_elsewhere", "read_head"]
