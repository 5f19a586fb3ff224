"""Failures to write that are the user's to fix, told apart from damage: a full disk and a
read-only file or folder, each said in one sentence naming the file (exit 2 on the
command line), wherever in a chain of errors they hide (SQLite undoes a transaction
itself when the disk fills up, and the rollback that follows fails with another error).
"""

from __future__ import annotations

import errno
import os
from collections.abc import Iterator
from pathlib import Path

from caseapp.domain.errors import CaseFileError
from caseapp.domain.messages import Message, msg

# The system's reasons for a failed read or write, in the user's language: ``strerror`` is
# English whatever the language chosen ("Permission denied" in a Russian sentence).
_REASONS = {
    errno.EACCES: msg("Permission denied"),
    errno.EPERM: msg("The operation is not permitted"),
    errno.EROFS: msg("The disk is read-only"),
    errno.ENOENT: msg("No such file or folder"),
    errno.ENOTDIR: msg("A part of the path is not a folder"),
    errno.EISDIR: msg("It is a folder"),
    errno.ENAMETOOLONG: msg("The name is too long"),
    errno.EEXIST: msg("The file exists already"),
    errno.ENOSPC: msg("No space left on the disk"),
    errno.EDQUOT: msg("The disk quota is used up"),
    errno.EIO: msg("Input/output error: the disk may be failing or was removed"),
    errno.EBUSY: msg("The file or folder is in use"),
    errno.EINVAL: msg("The name is not allowed on this disk"),
    errno.ELOOP: msg("A symbolic link leads back to itself (a loop)"),
    errno.EFBIG: msg("The file is too large for this disk (a disk formatted FAT32 holds files of "
                     "at most 4 GB)"),
}


def os_reason(exc: OSError) -> Message:
    """Why the system refused a read or a write, as a message in the user's language; for a
    reason not known here, said so in it, the system's own (English) words only quoted."""
    reason = _REASONS.get(exc.errno) if exc.errno is not None else None
    if reason is not None:
        return reason
    words = exc.strerror or str(exc) or type(exc).__name__
    if exc.errno is None:
        return msg("The system refused the operation; its own words: “{words}”", words=words)
    return msg("The system refused the operation (error {code}); its own words: “{words}”",
               code=exc.errno, words=words)


def _chain(exc: BaseException | None) -> Iterator[BaseException]:
    """``exc``, the driver's error it wraps, and the errors it was raised from or while
    handling."""
    seen: set[int] = set()
    while exc is not None and id(exc) not in seen:
        seen.add(id(exc))
        yield exc
        exc = getattr(exc, "orig", None) or exc.__cause__ or exc.__context__


def disk_full(exc: BaseException | None, *, folder: Path | None = None) -> bool:
    """Whether ``exc``, or the error it was raised from or while handling (a rollback that
    failed because SQLite had already undone the transaction), is a full disk: the
    system's ENOSPC (or a quota's EDQUOT), SQLite's SQLITE_FULL from either driver, or
    SQLite's "disk I/O error" (its side files could not grow) while ``folder``'s disk has
    almost no room left."""
    for error in _chain(exc):
        if isinstance(error, OSError) and error.errno in (errno.ENOSPC, errno.EDQUOT):
            return True
        if "database or disk is full" in str(error):
            return True
        if folder is not None and "disk I/O error" in str(error) and _little_room(folder):
            return True
    return False


def _little_room(folder: Path) -> bool:
    try:
        fs = os.statvfs(folder)
    except (OSError, AttributeError):  # no statvfs on Windows
        return False
    return fs.f_bavail * fs.f_frsize < 1 << 20


def no_space(file: Path | str | object) -> CaseFileError:
    """The refusal to say when the disk of ``file`` filled up while it was written."""
    return CaseFileError(msg("No space left on the disk of {file} (or its folder is full): "
                             "nothing was changed. Free some space and try again.", file=file),
                         bad_input=True)


def read_only(exc: BaseException | None, path: Path | None = None) -> bool:
    """Whether ``exc`` (or an error in its chain) is a write refused because the file, or
    the folder SQLite keeps its side files in, is read-only; ``path``, the case file, tells
    SQLite's "unable to open database file" or "disk I/O error" apart from damage."""
    for error in _chain(exc):
        if isinstance(error, OSError) and error.errno in (errno.EROFS, errno.EACCES, errno.EPERM):
            return True
        text = str(error)
        if "readonly database" in text:
            return True
        if path is not None and ("unable to open database file" in text
                                 or "disk I/O error" in text) and not _writable(path):
            return True
    return False


def _writable(path: Path) -> bool:
    return os.access(path, os.W_OK) and os.access(path.parent, os.W_OK)


def read_only_error(file: Path | str | object) -> CaseFileError:
    """The refusal to say when ``file`` (or its folder) cannot be written."""
    return CaseFileError(msg("{file} is read-only (or its folder is): nothing was changed. Make "
                             "the file and its folder writable, or copy the file to a folder "
                             "you can write to.", file=file), bad_input=True)


def busy(exc: BaseException | None) -> bool:
    """Whether ``exc`` (or an error in its chain) is SQLite giving up waiting for another
    connection's write (it waits a few seconds first)."""
    return any("database is locked" in str(error) or "database table is locked" in str(error)
               for error in _chain(exc))


def busy_error(file: Path | str | object) -> CaseFileError:
    """The refusal to say when another process kept writing ``file`` too long."""
    return CaseFileError(msg("Another process (the window or another command) is writing {file}: "
                             "nothing was changed. Try again when it has finished.", file=file),
                         bad_input=True)


def refusal_for(exc: BaseException, file: Path | str | object, *, path: Path | None = None
                ) -> CaseFileError | None:
    """The refusal naming ``file`` when ``exc`` is a write the user can make possible (a
    full disk, a read-only file or folder, another process writing), else None. ``path``:
    the case file, whose folder tells a full disk and a read-only one from damage."""
    if disk_full(exc, folder=None if path is None else path.parent):
        return no_space(file)
    if read_only(exc, path):
        return read_only_error(file)
    if busy(exc):
        return busy_error(file)
    return None
