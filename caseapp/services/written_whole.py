"""A file written whole that could not be written (a full disk, no permission): said in one
sentence naming the file and what was kept, in the user's language, wherever in a chain of
errors the cause hides (SQLite's own errors included)."""

from __future__ import annotations

import errno
import os
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

from caseapp.domain.errors import CaseAppError, CaseFileError
from caseapp.domain.messages import Message
from caseapp.write_errors import disk_full, os_reason


def _write_failure(exc: BaseException, folder: Path | None = None) -> Message | str | None:
    """The real cause of a failed write into ``folder``, in the user's language ("No space
    left on the disk"), or None when ``exc`` is not a failure to write a file."""
    if isinstance(exc, OSError) and exc.strerror:
        return os_reason(exc)
    # SQLite's SQLITE_FULL, from either driver (or a rollback after it), or its "disk I/O
    # error" when its side files could not grow on a disk with almost no room left
    if disk_full(exc, folder=folder):
        return os_reason(OSError(errno.ENOSPC, os.strerror(errno.ENOSPC)))
    return None


@contextmanager
def reported_write_failure(message: Callable[[Message | str], Message],
                           folder: Path | None = None) -> Iterator[None]:
    """Turn a failed write inside the block (full disk, no permission) into one sentence,
    ``message(cause)``: "<cause> while writing <what>; <what was kept>". ``folder``: where
    the file is written (whose disk is looked at when SQLite says only "disk I/O error")."""
    try:
        yield
    except CaseAppError:  # said already
        raise
    except Exception as exc:
        cause = _write_failure(exc, folder)
        if cause is None:
            raise
        raise CaseFileError(message(cause), bad_input=True) from None


__all__ = ["reported_write_failure"]
