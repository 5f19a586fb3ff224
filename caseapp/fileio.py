"""Writing files so that a crash leaves the old file or the new one, never half of one.

Everything CaseApp writes outside the case file itself (exports, reports, backups,
restored files) is written to a temporary name beside the target, flushed to disk and
renamed over it; the temporary file is removed when anything fails.
"""

from __future__ import annotations

import os
import stat
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

# Files SQLite may leave beside a database it wrote.
SQLITE_SIDE_FILES = ("-journal", "-wal", "-shm")


def fsync_file(path: Path | str) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def fsync_dir(path: Path | str) -> None:
    """Make a rename in folder ``path`` durable (a no-op where folders cannot be opened)."""
    try:
        fd = os.open(path, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass  # some file systems do not sync folders
    finally:
        os.close(fd)


def existing_kind(path: Path | str) -> str | None:
    """What is at ``path``: ``file`` (a regular file, through symbolic links), ``folder``,
    ``special`` (a device, a pipe, a socket: reading one may never end, writing one never
    makes a file), or None when nothing is. Raises OSError when it cannot be looked at (no
    permission, a loop of symbolic links)."""
    try:
        mode = os.stat(path).st_mode
    except (FileNotFoundError, NotADirectoryError):
        return None
    if stat.S_ISREG(mode):
        return "file"
    return "folder" if stat.S_ISDIR(mode) else "special"


# The key file beside a case file with passphrase recovery set up (``db/key_wrap.py``):
# without it, that case file (or backup) cannot be opened; it goes wherever the file goes.
KEYS_SUFFIX = ".keys"


def remove_with_side_files(path: Path | str) -> None:
    for suffix in ("", *SQLITE_SIDE_FILES, KEYS_SUFFIX):
        Path(f"{path}{suffix}").unlink(missing_ok=True)


def _rename_no_overwrite(tmp: Path, path: Path) -> None:
    try:
        os.link(tmp, path)  # fails if path exists: no moment in which it could be overwritten
    except FileExistsError:
        raise
    except OSError:  # a file system without hard links (FAT): check, then rename
        if path.exists():
            raise FileExistsError(17, "The file exists already", str(path)) from None
        os.rename(tmp, path)
        return
    tmp.unlink()


@contextmanager
def atomic_path(path: Path | str, *, overwrite: bool = True) -> Iterator[Path]:
    """A temporary path beside ``path`` to write to; on success it is flushed and renamed
    to ``path``. With ``overwrite=False`` an existing ``path`` is never replaced
    (:class:`FileExistsError`), even if it appears while writing. An OSError names
    ``path``, never the temporary file the user did not choose."""
    path = Path(path)
    with _naming(path):
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
        except FileExistsError:  # a file (or a loop of links) where a folder of the path is
            raise NotADirectoryError(20, "A part of the path is not a folder", str(path)) from None
        if not overwrite and path.exists():
            raise FileExistsError(17, "The file exists already", str(path))
        fd, name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".part", dir=path.parent)
        os.close(fd)
        tmp = Path(name)
        try:
            yield tmp
            for suffix in SQLITE_SIDE_FILES:  # a database written there must be closed by now
                Path(f"{tmp}{suffix}").unlink(missing_ok=True)
            fsync_file(tmp)
            if overwrite:
                os.replace(tmp, path)
            else:
                _rename_no_overwrite(tmp, path)
            fsync_dir(path.parent)
        except BaseException:
            remove_with_side_files(tmp)
            raise


@contextmanager
def _naming(path: Path) -> Iterator[None]:
    """An OSError about the temporary file beside ``path`` (or its folder) raised as one
    about ``path``; so is one about a copy into it (``shutil.copyfile`` names the source
    first, the temporary file second)."""
    folder = Path(os.path.abspath(path.parent))

    def ours(named: Path) -> bool:  # mkstemp names it absolute
        named = Path(os.path.abspath(named))
        return named == folder or (
            named.parent == folder and named.name.startswith(f".{path.name}."))

    try:
        yield
    except OSError as exc:
        first = None if exc.filename is None else Path(exc.filename)
        second = None if exc.filename2 is None else Path(exc.filename2)
        if exc.errno is not None and (first is None or ours(first)
                                      or (second is not None and ours(second))):
            raise type(exc)(exc.errno, exc.strerror, str(path)) from exc
        raise


def atomic_write_bytes(path: Path | str, data: bytes) -> None:
    """Write ``data`` to a temporary file beside ``path``, flush it to disk, then rename."""
    with atomic_path(path) as tmp, open(tmp, "wb") as fh:
        fh.write(data)
