"""Proceedings recorded decided, rejected or closed by an earlier version kept their open
reminders — the Government's reply, the end of the friendly-settlement phase — until each was
saved again: the rule closing them (:mod:`caseapp.services.ended_proceedings`) ran only on a
save. Opening the file brings each such proceeding's deadlines in step as a save would (the
deadline engine's own sync, each change in the audit trail by whoever opened the file, saying
why; an import computes each imported proceeding's deadlines already). Not an Alembic
revision, which does not read rule files.

Only proceedings that still have an open deadline their status closes are looked at: one
query at an opening with nothing to do. A file open read-only is left as it is; a login below
internal clearance (it sees only some deadlines) leaves it to the next opening by another.
"""

from __future__ import annotations

import logging
from typing import Any

from caseapp.db.plain_reads import ended_proceedings_with_open_deadlines
from caseapp.domain.errors import CaseAppError

log = logging.getLogger(__name__)

CaseFile = Any  # caseapp.services.casefile.CaseFile (which calls this module)


def close_ended_on_open(case_file: CaseFile) -> int:
    """Close the open deadlines of proceedings recorded as ended, as a save of each would;
    how many proceedings were brought in step."""
    if case_file.db.read_only is not None or case_file.login.restricted:
        return 0
    with case_file.db.plain_reading() as raw:  # (nothing to do: no engine built, no ORM)
        if not ended_proceedings_with_open_deadlines(raw):
            return 0
    from sqlalchemy import or_, select
    from sqlalchemy.exc import SQLAlchemyError

    from caseapp.db.models import Deadline, InternationalProceeding
    from caseapp.domain.enums import DeadlineStatus
    from caseapp.services.deadline_writes import TRIGGER_KINDS
    from caseapp.services.ended_proceedings import ENDED_REASONS, JUDGMENT_EVENT

    kind = TRIGGER_KINDS[InternationalProceeding.__tablename__]
    engine = case_file.deadline_engine
    try:
        with case_file.ctx.transaction() as s:
            stmt = (select(InternationalProceeding).distinct()
                    .join(Deadline, Deadline.trigger_uid == InternationalProceeding.uid)
                    .where(Deadline.trigger_kind == kind,
                           Deadline.status == DeadlineStatus.OPEN,
                           or_(InternationalProceeding.status.in_(list(ENDED_REASONS)),
                               InternationalProceeding.judgment_on.is_not(None)))
                    .order_by(InternationalProceeding.id))
            ended = list(s.scalars(stmt))
            if not ended:
                return 0
            kept = {r.id for r in engine.rules_for(JUDGMENT_EVENT)}
            # Only those whose open deadlines the status closes (not their judgment's).
            open_rules = {p.uid: set(s.scalars(select(Deadline.rule_id).where(
                Deadline.trigger_kind == kind, Deadline.trigger_uid == p.uid,
                Deadline.status == DeadlineStatus.OPEN))) for p in ended}
            ended = [p for p in ended if open_rules[p.uid] - kept]
            for proceeding in ended:
                engine.on_written(s, proceeding)
    except (CaseAppError, SQLAlchemyError) as exc:
        log.warning("ended proceedings' deadlines not closed on opening: %s",
                    type(exc).__name__)
        return 0
    return len(ended)
