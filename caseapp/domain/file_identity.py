"""A case file's identity: a random UUID given when the file is made (or when an earlier
version's file is upgraded), which its backups, travel copies and exports carry, so that the
backup of one case file is never restored over another without a word.

A copy of a case file made by hand shares its identity: it is the same case file.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any


@dataclass(frozen=True)
class FileIdentity:
    """Which case file a file is (or was made from): its identity and when it was made."""

    identity: str  # a UUID, in its canonical form
    created: datetime | None = None  # when the case file was made (or first written), if known


def parsed(identity: object, created: object = None) -> FileIdentity | None:
    """The identity recorded as ``identity`` (and ``created``, a datetime or ISO text; one
    without a zone is UTC, as CaseApp stores times), or ``None`` when what is recorded is no
    UUID (missing, malformed: it cannot be checked)."""
    if not isinstance(identity, str):
        return None
    try:
        canonical = str(uuid.UUID(identity))
    except ValueError:
        return None
    when = created if isinstance(created, datetime) else None
    if isinstance(created, str):
        try:
            when = datetime.fromisoformat(created)
        except ValueError:
            when = None
    if when is not None and when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    return FileIdentity(canonical, when)


def same_case_file(ours: FileIdentity | None, theirs: FileIdentity | None) -> bool | None:
    """Whether two files are the same case file; ``None`` when either cannot be told."""
    if ours is None or theirs is None:
        return None
    return ours.identity == theirs.identity


def from_row(row: Any) -> FileIdentity | None:
    """The identity a row of ``case_file_identity`` (identity, created_at) records, as stored."""
    return None if row is None else parsed(row[0], row[1])
