"""The files CaseApp writes from a case file (a dossier, a report, a letter, a calendar, an
export, a filing pack), noted among the file's events: the seizure exposure report lists them,
since a dossier saved on the laptop is taken with it as much as the case file.

The note says where the file was written, at which level, and when; never what it holds.
It stays inside the case file (encrypted with it). A file opened read-only, or a team login
below internal clearance (the file's events are internal), writes no note: its outputs go
unlisted, which the report's limits say."""

from __future__ import annotations

import json
import logging
from collections.abc import Iterable
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from caseapp.domain.enums import Sensitivity
from caseapp.domain.exposure import WrittenOutput

if TYPE_CHECKING:
    from caseapp.services.casefile import CaseFile

OUTPUT_WRITTEN = "output written"
log = logging.getLogger(__name__)


def note_written(cf: CaseFile, path: Path | str, level: Sensitivity | str) -> None:
    """Note that an output at ``level`` was written to ``path`` (a file or a pack's folder).
    Never fails the output: it is written already."""
    if cf.db.read_only is not None or cf.login.restricted:
        return
    detail = json.dumps({"path": str(Path(path).expanduser().absolute()),
                         "level": Sensitivity(level).value}, ensure_ascii=False)
    try:
        cf.log_event(OUTPUT_WRITTEN, detail)
    except Exception:  # (the output is written; only its note is missing)
        log.warning("the note of an output written could not be kept", exc_info=True)


def written_outputs(events: Iterable[tuple[str, str, datetime]]) -> tuple[WrittenOutput, ...]:
    """The outputs the file's ``events`` (kind, detail, when) note, in the order written; a
    note that cannot be read is left out."""
    found = []
    for kind, detail, at in events:
        if kind != OUTPUT_WRITTEN:
            continue
        try:
            data = json.loads(detail)
            found.append(WrittenOutput(at, Sensitivity(data["level"]), str(data["path"])))
        except (ValueError, KeyError, TypeError):
            continue
    return tuple(found)


__all__ = ["OUTPUT_WRITTEN", "note_written", "written_outputs"]
