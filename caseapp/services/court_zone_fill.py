"""The court's zone a whole-day deadline ends with, kept in step with its rule's when a case
file is opened or records are imported.

A whole-day deadline of a rule whose court's zone is known (the rule's own ``timezone``, or
its calendar's country keeping one zone: :func:`caseapp.domain.court_zones.court_zone`) is
due by the end of its day there (:func:`caseapp.domain.dates.deadline_overdue`). The rules
are files, the lawyer's own among them, read when a case file is opened; so an open deadline
can keep another zone than its rule gives now:

- none, written by an earlier version (before deadlines kept their court's zone), or brought
  by an export or a travel copy that version made: it is given its rule's zone, a step of
  the opening (or of the import, or of the merge: :func:`follow_rules_in`), not an Alembic
  revision, which does not read rule files;
- another court's, when the lawyer moved the rule's court in her rule file (its calendar's
  country, its ``timezone``): it follows, each change in the audit trail (old → new).

Only open deadlines are looked at (a closed one is not due). Their date never moves: only
the moment their day ends. A deadline whose rule is no longer in force keeps the zone it had:
nothing says where its court is now, and dropping the zone could only make its day end later,
at the lawyer's own midnight (when unsure, the earlier end is kept). A deadline recomputed
under a changed rule follows it too (:meth:`caseapp.services.deadline_writes.DeadlineWrites.
_sync`).

The rules are not parsed at every opening: a file event (:data:`MARK`) notes the stamp
of the rule files the file was last looked at with (a digest of their names and bytes:
:mod:`caseapp.domain.rule_file_stamps`); until they change, an opening costs that digest of
a few small files and one small read of plain SQL. A new file is marked at once, its
deadlines keeping their zone from the start.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from typing import Any

from caseapp.db.plain_reads import newest_event_detail, zones_of_whole_days
from caseapp.domain.court_zones import court_zone
from caseapp.domain.enums import DeadlineStatus
from caseapp.domain.errors import CaseAppError
from caseapp.domain.messages import Listed, Message, Translated, msg, msg_n

log = logging.getLogger(__name__)

CaseFile = Any  # caseapp.services.casefile.CaseFile (which calls this module)


MARK = "court zones"  # the file event saying its whole-day deadlines keep their court's zone
MARK_TEXT = "whole-day deadlines keep their court's zone"
STAMP = "; rule files "  # before the rule files' stamp in the mark's detail


@dataclass(frozen=True)
class Followed:
    """What :func:`give_court_zones` changed: how many deadlines were given a zone, and the
    rules whose open deadlines moved to another court with the zone each now ends its day
    in ("": the lawyer's own midnight) and how many moved."""

    given: int = 0
    moved: dict[str, tuple[str, int]] = field(default_factory=dict)


def mark_detail(case_file: CaseFile) -> str:
    """The detail of a mark made now: :data:`MARK_TEXT` and the rule files' stamp."""
    stamp = case_file.rule_files_stamp()
    return MARK_TEXT + (STAMP + stamp if stamp else "")


def mark_looked_at(case_file: CaseFile) -> None:
    """Note that the file's whole-day deadlines keep their rules' court's zone with the rule
    files as they are (a new file's): later openings do not look again until they change."""
    case_file.log_event(MARK, mark_detail(case_file))


def zones_wanted(case_file: CaseFile, kept: set[tuple[str, str]]
                 ) -> tuple[dict[str, list[str]], dict[str, list[str]]]:
    """Of the (rule, zone) pairs the open whole-day deadlines keep, the rules whose
    deadlines keep none and those keeping another court's, each by the zone their rule
    gives now (the file's rule set read). A rule not in force is left out."""
    rule_set = case_file.rule_set
    blank: dict[str, list[str]] = {}
    moved: dict[str, list[str]] = {}
    for rule_id, zone in sorted(kept):
        if rule_id not in rule_set:
            continue  # gone: it keeps the court it had
        wanted = court_zone(rule_set.get(rule_id))
        if zone != wanted:
            (moved if zone else blank).setdefault(wanted, []).append(rule_id)
    return blank, moved


def give_court_zones(case_file: CaseFile, *, once: bool = True) -> Followed:
    """Bring the zone of the open whole-day deadlines in step with their rules' court's
    (see the module's description); what was changed. With ``once`` (an
    opening), a file looked at with the same rule files is not looked at again, and one
    looked at now is marked so; without (an import), the file's open whole-day deadlines are
    looked at, those just added among them. A file open read-only is left as it is (read as before); a
    write refused is left to the next opening. A colleague of lower clearance on a team's
    server changes the deadlines she sees, and leaves the mark to one who sees them all."""
    if case_file.db.read_only is not None:
        return Followed()
    detail = mark_detail(case_file)
    with case_file.db.plain_reading() as raw:
        if once and detail.partition(STAMP)[2] and newest_event_detail(raw, MARK) == detail:
            return Followed()
        kept = zones_of_whole_days(raw)
    if not kept:
        return Followed()
    from sqlalchemy.exc import SQLAlchemyError

    from caseapp.db.models import FileEvent

    try:
        blank, moved = zones_wanted(case_file, kept)
        with case_file.ctx.transaction() as s:
            followed = follow_in(case_file, s, blank, moved)
            if once and not case_file.login.restricted:
                s.add(FileEvent(actor=case_file.ctx.actor, kind=MARK, detail=detail))
    except (CaseAppError, SQLAlchemyError) as exc:
        log.warning("court zones not given: %s", type(exc).__name__)
        return Followed()
    return followed


def follow_in(case_file: CaseFile, s: Any, blank: dict[str, list[str]],
              moved: dict[str, list[str]]) -> Followed:
    """In the transaction ``s``: the open whole-day deadlines of the rules of ``blank``
    keeping no zone given theirs (one statement per zone), those of ``moved`` keeping
    another court's brought to their rule's, each change audited."""
    from sqlalchemy import func, select, update

    from caseapp.db.models import Deadline

    whole_open = (Deadline.status == DeadlineStatus.OPEN, Deadline.due_time.is_(None))
    given = 0
    followed: dict[str, tuple[str, int]] = {}
    for zone, rule_ids in blank.items():
        given += s.execute(update(Deadline).where(
            *whole_open, Deadline.rule_id.in_(rule_ids),
            func.coalesce(Deadline.timezone, "") == "").values(timezone=zone)).rowcount or 0
    for zone, rule_ids in moved.items():
        rows = list(s.scalars(select(Deadline).where(
            *whole_open, Deadline.rule_id.in_(rule_ids),
            func.coalesce(Deadline.timezone, "") != "",
            func.coalesce(Deadline.timezone, "") != zone).order_by(Deadline.id)))
        case_file.deadline_engine.follow_court_zone(s, rows, zone)
        given += len(rows)
        for row in rows:
            followed[row.rule_id] = (zone, followed.get(row.rule_id, (zone, 0))[1] + 1)
    return Followed(given, followed)


def follow_rules_in(case_file: CaseFile, s: Any) -> Followed:
    """:func:`give_court_zones` in the caller's transaction ``s`` (a travel copy's merge: a
    deadline changed on the road by an earlier version brings back no zone)."""
    from sqlalchemy import select

    from caseapp.db.models import Deadline

    kept = {(str(rule), str(zone or "")) for rule, zone in s.execute(
        select(Deadline.rule_id, Deadline.timezone).distinct().where(
            Deadline.status == DeadlineStatus.OPEN, Deadline.due_time.is_(None),
            Deadline.rule_id != ""))}
    return follow_in(case_file, s, *zones_wanted(case_file, kept)) if kept else Followed()


def court_zones_on_open(case_file: CaseFile) -> tuple[str, ...]:
    """:func:`give_court_zones` as a case file is opened; what to tell the lawyer once: the
    open deadlines that moved with their rule to another court, their dates unchanged (none
    for those given the zone an earlier version did not keep)."""
    moved = give_court_zones(case_file).moved
    if not moved:
        return ()
    from caseapp.domain.cldr import zone_city
    from caseapp.domain.rules import TRANSLATED_LANGUAGES

    rule_set = case_file.rule_set
    lines: list[Message] = []
    for rule_id, (zone, _count) in sorted(moved.items()):
        rule = rule_set.quoted_title(rule_id)
        lines.append(msg("{rule}: {city}", rule=rule, city=Translated(tuple(
            (lang, zone_city(zone, lang)) for lang in ("en", *TRANSLATED_LANGUAGES))))
                     if zone else msg("{rule}: your own time zone", rule=rule))
    return (str(msg_n(
        "{count} open deadline now ends with the day at the court its rule gives in your rule "
        "files, changed since the case file was last opened; its date is unchanged: {rules}.",
        "{count} open deadlines now end with the day at the court their rules give in your "
        "rule files, changed since the case file was last opened; their dates are unchanged: "
        "{rules}.", sum(n for _zone, n in moved.values()),
        rules=Listed(tuple(lines)))),)
