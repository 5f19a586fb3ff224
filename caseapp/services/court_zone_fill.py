"""Whole-day deadlines written before deadlines kept their court's time zone, given it when
a case file is opened.

A whole-day deadline of a rule whose court's zone is known (the rule's own, or its calendar's
country keeping one zone: :func:`caseapp.domain.court_zones.court_zone`) is due by the end of
its day there (:func:`caseapp.domain.dates.deadline_overdue`). Earlier versions stored such a
deadline with no zone, which kept it "due today" until the lawyer's own midnight, hours after
the day had ended in Baku for a lawyer in Paris. The zone is the rule's, which a rule file
gives (the lawyer's own included): a step of the opening, as the rule set is read, not an
Alembic revision, which does not read rule files. Its date is not changed; a file with
nothing to give costs one small read of plain SQL.
"""

from __future__ import annotations

import logging
from typing import Any

from caseapp.db.plain_reads import rules_of_whole_days_without_zone
from caseapp.domain.court_zones import court_zone
from caseapp.domain.errors import CaseAppError

log = logging.getLogger(__name__)

CaseFile = Any  # caseapp.services.casefile.CaseFile (which calls this module)


def zones_to_give(case_file: CaseFile) -> dict[str, list[str]]:
    """The rules by court zone whose whole-day deadlines keep no zone yet."""
    db = case_file.db
    if db.path is not None:
        with db.reading() as raw:
            rules = rules_of_whole_days_without_zone(raw)
    else:
        with db.engine.connect() as conn:
            rules = rules_of_whole_days_without_zone(conn.connection.driver_connection)
    by_zone: dict[str, list[str]] = {}
    rule_set = case_file.rule_set
    for rule_id in sorted(rules):
        if rule_id in rule_set and (zone := court_zone(rule_set.get(rule_id))):
            by_zone.setdefault(zone, []).append(rule_id)
    return by_zone


def give_court_zones(case_file: CaseFile) -> int:
    """Give the whole-day deadlines of each rule with a court's zone that zone; how many were
    given it. A file open read-only is left as it is (read as before: the lawyer's own
    midnight); a write refused is left to the next opening."""
    by_zone = zones_to_give(case_file)
    if not by_zone or case_file.db.read_only is not None:
        return 0
    from sqlalchemy import func, update
    from sqlalchemy.exc import SQLAlchemyError

    from caseapp.db.models import Deadline

    given = 0
    try:
        with case_file.ctx.transaction() as s:
            for zone, rule_ids in by_zone.items():
                given += s.execute(update(Deadline).where(
                    Deadline.rule_id.in_(rule_ids), Deadline.due_time.is_(None),
                    func.coalesce(Deadline.timezone, "") == "").values(timezone=zone)
                ).rowcount or 0
    except (CaseAppError, SQLAlchemyError) as exc:
        log.warning("court zones not given on opening: %s", type(exc).__name__)
        return 0
    if given:
        case_file.log_event("court zones", f"{given} whole-day deadlines given their court's zone")
    return given
