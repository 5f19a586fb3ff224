"""Whole-day deadlines written before deadlines kept their court's time zone, given it when
a case file is opened.

A whole-day deadline of a rule whose court's zone is known (the rule's own, or its calendar's
country keeping one zone: :func:`caseapp.domain.court_zones.court_zone`) is due by the end of
its day there (:func:`caseapp.domain.dates.deadline_overdue`). Earlier versions stored such a
deadline with no zone, which kept it "due today" until the lawyer's own midnight, hours after
the day had ended in Baku for a lawyer in Paris. The zone is the rule's, which a rule file
gives (the lawyer's own included): a step of the opening, as the rule set is read, not an
Alembic revision, which does not read rule files. Its date is not changed. Once per file
(a file event says so; a new file is marked at once, its deadlines keeping their zone from
the start): later openings cost one small read of plain SQL, the rule set not read.
"""

from __future__ import annotations

import logging
from typing import Any

from caseapp.db.plain_reads import rules_of_whole_days_without_zone
from caseapp.domain.court_zones import court_zone
from caseapp.domain.enums import DeadlineStatus
from caseapp.domain.errors import CaseAppError

log = logging.getLogger(__name__)

CaseFile = Any  # caseapp.services.casefile.CaseFile (which calls this module)


MARK = "court zones"  # the file event saying its whole-day deadlines keep their court's zone


def rules_without_zone(case_file: CaseFile, *, once: bool = True) -> set[str]:
    """The rules whose open whole-day deadlines keep no zone (plain SQL); with ``once``,
    none in a file already looked at (:data:`MARK`)."""
    with case_file.db.plain_reading() as raw:
        return rules_of_whole_days_without_zone(raw, MARK if once else None)


def zones_of(case_file: CaseFile, rules: set[str]) -> dict[str, list[str]]:
    """``rules`` of a court's zone, by that zone (the file's rule set read)."""
    by_zone: dict[str, list[str]] = {}
    rule_set = case_file.rule_set
    for rule_id in sorted(rules):
        if rule_id in rule_set and (zone := court_zone(rule_set.get(rule_id))):
            by_zone.setdefault(zone, []).append(rule_id)
    return by_zone


def mark_looked_at(case_file: CaseFile) -> None:
    """Note that the file's whole-day deadlines keep their court's zone (a new file's, or
    an older one's once given): later openings do not look again."""
    case_file.log_event(MARK, "whole-day deadlines keep their court's zone")


def give_court_zones(case_file: CaseFile, *, once: bool = True) -> int:
    """Give the open whole-day deadlines' rules with a court's zone that zone on their
    whole-day deadlines; how many were given it. With ``once`` (an opening), a file looked
    at before is not looked at again (one small read of plain SQL, the rule set not read),
    and one looked at now is marked so; without (an import), the deadlines just imported
    are looked at. A file open read-only is left as it is (read as before: the lawyer's own
    midnight); a write refused is left to the next opening."""
    if case_file.db.read_only is not None:
        return 0
    rules = rules_without_zone(case_file, once=once)
    if not rules:
        return 0
    from sqlalchemy import func, update
    from sqlalchemy.exc import SQLAlchemyError

    from caseapp.db.models import Deadline

    given = 0
    try:
        by_zone = zones_of(case_file, rules)
        if by_zone:
            with case_file.ctx.transaction() as s:
                for zone, rule_ids in by_zone.items():
                    given += s.execute(update(Deadline).where(
                        Deadline.status == DeadlineStatus.OPEN,  # (a closed one is not due)
                        Deadline.rule_id.in_(rule_ids), Deadline.due_time.is_(None),
                        func.coalesce(Deadline.timezone, "") == "").values(timezone=zone)
                    ).rowcount or 0
        if once:
            mark_looked_at(case_file)
    except (CaseAppError, SQLAlchemyError) as exc:
        log.warning("court zones not given: %s", type(exc).__name__)
        return 0
    return given
