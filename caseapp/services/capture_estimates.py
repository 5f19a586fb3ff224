"""Capture cards of prisoners of war recorded before a capture known only to its month or
year ("2026-11") set one off, given when a case file is opened.

Such a capture counts the card (GC III Art. 70: 7 days) from the first day of its period,
never later, marked an estimate (:mod:`caseapp.domain.partial_triggers`). Earlier versions
counted none, and a captive they recorded got no card until the record was saved again: the
opening brings each such captive's deadlines in step as a save would (the deadline engine's
own sync, in the audit trail by whoever opened the file; a card long past is filed as
history). Once per file that needed it, noted as a file event: a card the lawyer deletes
afterwards does not come back at every opening (a save of the record would bring it back,
as it always has). Not an Alembic revision, which does not read rule files.
"""

from __future__ import annotations

import logging
from typing import Any

from caseapp.db.plain_reads import captures_without_card
from caseapp.domain.errors import CaseAppError

log = logging.getLogger(__name__)

CaseFile = Any  # caseapp.services.casefile.CaseFile (which calls this module)

MARK = "capture estimates"  # the file event saying the file was looked at once


def captives_to_count(case_file: CaseFile) -> list[int]:
    """The captives whose capture known to its month or year has set off no deadline, while
    the file was not looked at for them before."""
    with case_file.db.plain_reading() as raw:
        return captures_without_card(raw, MARK)


def count_capture_estimates(case_file: CaseFile) -> int:
    """Give each captive of :func:`captives_to_count` the deadlines of its capture; how many
    captives. A file open read-only is left as it is; a write refused, and a file opened by a
    login below internal clearance (it sees only some captives), to the next opening."""
    if case_file.db.read_only is not None or case_file.login.restricted:
        return 0
    ids = captives_to_count(case_file)
    if not ids:
        return 0
    from sqlalchemy import select
    from sqlalchemy.exc import SQLAlchemyError

    from caseapp.db.models import Captive

    engine = case_file.deadline_engine
    try:
        with case_file.ctx.transaction() as s:
            for captive in s.scalars(select(Captive).where(Captive.id.in_(ids))):
                engine.on_written(s, captive)
    except (CaseAppError, SQLAlchemyError) as exc:
        log.warning("capture cards not counted on opening: %s", type(exc).__name__)
        return 0
    case_file.log_event(MARK, f"{len(ids)} captives' capture cards counted as estimates")
    return len(ids)
