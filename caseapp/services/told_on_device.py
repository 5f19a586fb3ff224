"""What this device's user was already told of a case file she may not mark herself.

An opening tells some things once, and notes in the case file that it did (a file event:
:data:`caseapp.services.court_zone_fill.MARK`). A team member below internal clearance may
neither write nor read the file's events, so the note cannot go there: it is kept here, in
CaseApp's own state folder of this user (``told.json`` in platformdirs' user state path, the
window's and the command line's alike), as a digest of what was told under a digest of the
case file it was told of. Told again when what would be told changes (other rule files,
other deadlines), or of another case file.

Nothing of the case file is kept in the clear: both are SHA-256 digests. A store that cannot
be read (missing, damaged, not CaseApp's) counts as nothing told; one that cannot be written
is left as it is (the user is told again next time, which loses nothing).
"""

from __future__ import annotations

import hashlib
import json
import logging
from collections.abc import Iterable
from pathlib import Path

from platformdirs import user_state_path

from caseapp import APP_NAME
from caseapp.fileio import atomic_write_bytes

log = logging.getLogger(__name__)

STORE_NAME = "told.json"
KEPT_AT_MOST = 200  # case files remembered (the oldest told is forgotten first)


def store_path() -> Path:
    return user_state_path(APP_NAME, appauthor=False) / STORE_NAME


def digest(parts: Iterable[str]) -> str:
    """One SHA-256 of ``parts`` (each told apart from the next)."""
    h = hashlib.sha256()
    for part in parts:
        h.update(part.encode("utf-8") + b"\0")
    return h.hexdigest()


def _read() -> dict[str, str]:
    try:
        data = json.loads(store_path().read_bytes())
    except (OSError, ValueError):
        return {}
    if not isinstance(data, dict):
        return {}
    return {k: v for k, v in data.items() if isinstance(k, str) and isinstance(v, str)}


def first_telling(about: str, what: str) -> bool:
    """Whether ``what`` (a digest) is news about ``about`` (a digest naming the case file and
    the kind of thing told) on this device; if so, it is noted as told."""
    told = _read()
    if told.get(about) == what:
        return False
    told.pop(about, None)
    told[about] = what
    kept = dict(list(told.items())[-KEPT_AT_MOST:])
    try:
        store_path().parent.mkdir(parents=True, exist_ok=True)
        atomic_write_bytes(store_path(), json.dumps(kept, indent=0).encode("utf-8"))
    except OSError as exc:
        log.warning("what was told not kept: %s", type(exc).__name__)
    return True


__all__ = ["digest", "first_telling", "store_path"]
