"""Reading a case file that cannot be written: on a read-only disk (a CD, a USB stick
mounted read-only), in a folder the user may not write to (a folder shared read-only), or
itself read-only. Such a file is opened read-only; every write is refused, saying why.

SQLite keeps a case file in write-ahead logging (WAL), whose readers use two side files,
``-wal`` and ``-shm``, which cannot be made in a read-only folder. So:

* when a ``-wal`` file with changes is there (the file is open elsewhere, or CaseApp
  stopped without closing it), SQLite's read-only mode (``mode=ro``) reads it with its ``-wal`` file: that
  needs the ``-shm`` file to be there too, or its folder writable; the open is refused
  otherwise (the newest changes, in the ``-wal`` file, could not be read);
* a ``-journal`` file beside it (a change cut off, which SQLite would undo first: a file
  not kept in WAL) cannot be undone without writing: the open is refused, saying so;
* otherwise the file is read as immutable (``immutable=1``): SQLite reads the file alone,
  with no side files and no locks. That is safe only while nobody writes to it, so the
  open notes the file's size and time and every read checks them
  (:meth:`ReadOnly.check_unchanged`): a file changed meanwhile is refused, never misread.
"""

from __future__ import annotations

import dataclasses
import os
from pathlib import Path

from caseapp.domain.errors import CaseFileError
from caseapp.domain.messages import Message, msg


def reason_not_writable(path: Path) -> Message | None:
    """Why the case file at ``path`` cannot be written (the disk, the folder, the file),
    None when it can."""
    statvfs = getattr(os, "statvfs", None)
    if statvfs is not None:
        try:
            if statvfs(path).f_flag & os.ST_RDONLY:
                return msg("it is on a read-only disk")
        except OSError:
            pass  # the checks below still tell
    if not os.access(path, os.W_OK):
        return msg("you may not write to the file")
    if not os.access(path.parent, os.W_OK):
        return msg("you may not write to its folder, where SQLite keeps its side files")
    return None


def _size(path: Path, suffix: str) -> int:
    """The size of the side file ``suffix`` (``-wal``, ``-journal``) beside ``path`` (0 when
    there is none)."""
    try:
        return os.stat(f"{path}{suffix}").st_size
    except OSError:
        return 0


def _wal_size(path: Path) -> int:
    return _size(path, "-wal")


def _fingerprint(path: Path) -> tuple[int, ...] | None:
    """The file's identity, size and time, and the size of its ``-wal`` file."""
    try:
        st = os.stat(path)
    except OSError:
        return None
    return st.st_ino, st.st_size, st.st_mtime_ns, _wal_size(path)


@dataclasses.dataclass(frozen=True)
class ReadOnly:
    """How a case file that cannot be written is read: why it is read-only, the URI its
    connections open, and (read as immutable) the file's identity, size and time at the open."""

    path: Path
    reason: Message
    uri: str
    fingerprint: tuple[int, ...] | None = None
    disk_full: bool = False  # read-only because its disk had no room for SQLite's side files

    def refusal(self) -> CaseFileError:
        """The one line every write says while the file is open read-only."""
        if self.disk_full:
            return CaseFileError(msg("{file} is open read-only ({reason}): nothing was changed. "
                                     "Free some space on its disk and open it again.",
                                     file=self.path, reason=self.reason), bad_input=True)
        return CaseFileError(msg("{file} is open read-only ({reason}): nothing was changed. To "
                                 "change it, copy it to a folder you can write to and open the "
                                 "copy.", file=self.path, reason=self.reason), bad_input=True)

    def notice(self) -> Message:
        """What the command line and the window say of the open."""
        return msg("{file} is open read-only ({reason}): it can be read, not changed.",
                   file=self.path, reason=self.reason)

    def check_unchanged(self) -> None:
        """Refuse to read a file read as immutable that another program changed since it was
        opened (SQLite would not notice, and would misread it)."""
        if self.fingerprint is None:
            return
        if _fingerprint(self.path) != self.fingerprint:
            raise CaseFileError(msg("{file} was changed by another program while it was open "
                                    "read-only: close it and open it again. Nothing was "
                                    "changed.", file=self.path), bad_input=True)


def read_only_mode(path: Path, *, disk_full: bool = False,
                   refused: bool = False) -> ReadOnly | None:
    """How to read the case file at ``path`` if it cannot be written (None when it can):
    because its disk is full (``disk_full``), SQLite was refused its side files beside it
    (``refused``), or the system says so. Raises :class:`CaseFileError` when it cannot be
    read either: its newest changes are in a ``-wal`` file SQLite cannot read without a
    ``-shm`` file it cannot make."""
    reason = (msg("its disk is full") if disk_full else reason_not_writable(path)
              or (msg("SQLite may not write its side files beside it") if refused else None))
    if reason is None:
        return None
    if _size(path, "-journal"):  # a change cut off that SQLite would undo first: it cannot here
        raise CaseFileError(msg("Cannot open {file}: a change to it was cut off, and undoing it "
                                "(from the file {journal} beside it) needs to write ({reason}). "
                                "Nothing was changed. Copy both files to a folder you can write "
                                "to and open the copy.", file=path, journal=f"{path.name}-journal",
                                reason=reason), bad_input=True)
    uri = path.absolute().as_uri() + "?mode=ro"
    if not _wal_size(path):  # no changes waiting beside the file (an empty one holds none)
        return ReadOnly(path, reason, uri + "&immutable=1", _fingerprint(path), disk_full)
    wal, shm = Path(f"{path}-wal"), Path(f"{path}-shm")
    if shm.exists() or os.access(path.parent, os.W_OK):
        return ReadOnly(path, reason, uri, disk_full=disk_full)
    raise CaseFileError(msg("Cannot open {file}: its newest changes are in the file {wal} "
                            "beside it, which cannot be read here ({reason}). Nothing was "
                            "changed. Copy both files to a folder you can write to and open "
                            "the copy.", file=path, wal=wal.name, reason=reason),
                        bad_input=True)


__all__ = ["ReadOnly", "read_only_mode", "reason_not_writable"]
