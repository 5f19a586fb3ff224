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
  country, its ``timezone``): it follows, each change in the audit trail (old → new). On a
  team's server, where the deadlines are shared and each colleague's rule files are her
  own, only to a court whose day ends earlier (:func:`plan_of`): colleagues whose rule files
  differ would otherwise move them back and forth, each flip audited; the one whose rules
  give a later court is told once (:mod:`caseapp.services.court_zone_notices`).

Only open deadlines are looked at (a closed one is not due). Their date never moves: only
the moment their day ends. A deadline whose rule is no longer in force keeps the zone it had:
nothing says where its court is now, and dropping the zone could only make its day end later,
at the lawyer's own midnight (when unsure, the earlier end is kept). A deadline recomputed
under a changed rule follows it too, on a team's server only to a court whose day ends
earlier (:meth:`caseapp.services.deadline_writes.DeadlineWrites._sync`,
:func:`caseapp.domain.court_zones.zone_saved`).

A file open read-only is not written; :mod:`caseapp.services.court_zone_notices` says what
it keeps. The rules are not parsed at every opening: a file event (:data:`MARK`) notes the stamp
of the rule files the file was last looked at with (a digest of their names and bytes:
:mod:`caseapp.domain.rule_file_stamps`); until they change, an opening costs that digest of
a few small files and one small read of plain SQL. A new file is marked at once, its
deadlines keeping their zone from the start.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from caseapp.db.plain_reads import newest_event_detail, zones_of_whole_days
from caseapp.domain.court_zones import court_ends_earlier, court_zone
from caseapp.domain.enums import DeadlineStatus
from caseapp.domain.errors import CaseAppError

log = logging.getLogger(__name__)

CaseFile = Any  # caseapp.services.casefile.CaseFile (which calls this module)


MARK = "court zones"  # the file event saying its whole-day deadlines keep their court's zone
MARK_TEXT = "whole-day deadlines keep their court's zone"
STAMP = "; rule files "  # before the rule files' stamp in the mark's detail


@dataclass(frozen=True)
class Followed:
    """What :func:`give_court_zones` changed: how many deadlines were given a zone, and the
    rules whose open deadlines moved to another court with the zone each now ends its day
    in ("": the lawyer's own midnight) and how many moved; on a team's server, ``held``: the
    rules whose deadlines keep a court whose day ends earlier than the one the opener's rule
    files give, by that zone (not moved: :func:`plan_of`), to tell her once; ``refused``: the
    server let this login read only (nothing was written)."""

    given: int = 0
    moved: dict[str, tuple[str, int]] = field(default_factory=dict)
    held: dict[str, tuple[str, int]] = field(default_factory=dict)
    refused: bool = False


@dataclass(frozen=True)
class Row:
    """An open whole-day deadline of a rule in force whose zone is not its rule's, and the
    zone its rule gives now."""

    id: int
    rule_id: str
    due_on: date
    kept: str  # the zone it keeps ("": none, written before deadlines kept one)
    wanted: str


@dataclass(frozen=True)
class Plan:
    """What following the rules' courts would do: ``blank``, deadlines keeping no zone, given
    their rule's; ``moves``, deadlines keeping another court's, brought to their rule's;
    ``held``, on a team's server, those whose rule's court ends the day later than the court
    they keep (left as they are)."""

    blank: tuple[Row, ...] = ()
    moves: tuple[Row, ...] = ()
    held: tuple[Row, ...] = ()


def mark_detail(case_file: CaseFile) -> str:
    """The detail of a mark made now: :data:`MARK_TEXT` and the rule files' stamp."""
    stamp = case_file.rule_files_stamp()
    return MARK_TEXT + (STAMP + stamp if stamp else "")


def mark_looked_at(case_file: CaseFile) -> None:
    """Note that the file's whole-day deadlines keep their rules' court's zone with the rule
    files as they are (a new file's): later openings do not look again until they change."""
    case_file.log_event(MARK, mark_detail(case_file))


def zones_wanted(case_file: CaseFile, kept: set[tuple[str, str]]) -> dict[str, str]:
    """Of the (rule, zone) pairs the open whole-day deadlines keep, the rules some of whose
    deadlines keep another zone than their rule gives now (the file's rule set read), with
    that zone. A rule not in force is left out: it keeps the court it had."""
    rule_set = case_file.rule_set
    wanted: dict[str, str] = {}
    for rule_id, zone in sorted(kept):
        if rule_id not in rule_set:
            continue  # gone: it keeps the court it had
        court = court_zone(rule_set.get(rule_id))
        if zone != court:
            wanted[rule_id] = court
    return wanted


def shared(case_file: CaseFile) -> bool:
    """Whether the case file is a team's, on a server (its deadlines shared by colleagues who
    each read their own rule files)."""
    return case_file.db.path is None


def plan_of(s: Any, wanted: dict[str, str], *, earlier_only: bool) -> Plan:
    """Which open whole-day deadlines of the rules of ``wanted`` would follow their rule's
    court (read in ``s``). With ``earlier_only`` (a team's server), a deadline keeping a court
    is moved only to one whose day ends earlier (:func:`caseapp.domain.court_zones.
    court_ends_earlier`), never to a later one nor to the lawyer's own midnight: the rule
    files of one colleague's laptop are no surer than another's, and the earlier end is kept
    when unsure; so colleagues whose rule files differ do not move the shared deadlines back
    and forth. Alone in a case file of her own, the lawyer's rule files are the file's, and
    her deadlines follow them either way."""
    from sqlalchemy import func, select

    from caseapp.db.models import Deadline

    if not wanted:
        return Plan()
    blank: list[Row] = []
    moves: list[Row] = []
    held: list[Row] = []
    for id_, rule_id, due_on, zone in s.execute(select(
            Deadline.id, Deadline.rule_id, Deadline.due_on,
            func.coalesce(Deadline.timezone, "")).where(
            Deadline.status == DeadlineStatus.OPEN, Deadline.due_time.is_(None),
            Deadline.rule_id.in_(sorted(wanted))).order_by(Deadline.id)):
        row = Row(id_, rule_id, due_on, zone, wanted[rule_id])
        if zone == row.wanted:
            continue
        if not zone:
            blank.append(row)
        elif earlier_only and not court_ends_earlier(due_on, row.wanted, zone):
            held.append(row)
        else:
            moves.append(row)
    return Plan(tuple(blank), tuple(moves), tuple(held))


def by_rule(rows: Iterable[Row], *, kept: bool = False) -> dict[str, tuple[str, int]]:
    """Each rule of ``rows`` with the zone its rule gives (with ``kept``, the zone its first
    deadline keeps) and how many of its deadlines."""
    counted: dict[str, tuple[str, int]] = {}
    for row in rows:
        zone = row.kept if kept else row.wanted
        counted[row.rule_id] = (counted.get(row.rule_id, (zone, 0))[0],
                                counted.get(row.rule_id, (zone, 0))[1] + 1)
    return counted


def looked_at_already(case_file: CaseFile, detail: str) -> bool:
    """Whether the file was looked at before with the rule files as they are now (its newest
    mark says so): nothing to follow."""
    if not detail.partition(STAMP)[2]:
        return False
    with case_file.db.plain_reading() as raw:
        return newest_event_detail(raw, MARK) == detail


def told_on_device(case_file: CaseFile, detail: str, rows: Iterable[Row]) -> bool:
    """Whether a login below internal clearance, which may neither write nor read the file's
    mark, was told of ``rows`` before on this device with the rule files as they are
    (``detail``); noted as told if not (:mod:`caseapp.services.told_on_device`)."""
    from sqlalchemy.engine import make_url

    from caseapp.services.told_on_device import digest, first_telling

    # The case file by its server and database (its identity is closed below internal).
    url = make_url(str(case_file.db.url))
    about = digest((MARK, str(url.host), str(url.port), str(url.database),
                    case_file.login.login))
    what = digest((detail, *(f"{r.id} {r.due_on} {r.kept} {r.wanted}" for r in rows)))
    return not first_telling(about, what)


def _read_refused(exc: BaseException) -> bool:
    """Whether the server refused the write because this login may only read there (a
    read-only transaction, a standby, no right to write): SQLSTATE 25006 or 42501."""
    return getattr(getattr(exc, "orig", None), "sqlstate", None) in ("25006", "42501")


def give_court_zones(case_file: CaseFile, *, once: bool = True) -> Followed:
    """Bring the zone of the open whole-day deadlines in step with their rules' court's
    (see the module's description and :func:`plan_of`); what was changed. With ``once`` (an
    opening), a file looked at with the same rule files is not looked at again, and one
    looked at now is marked so; without (an import), the file's open whole-day deadlines are
    looked at, those just added among them. A file open read-only is left as it is (read as
    before: :mod:`caseapp.services.court_zone_notices` says what it keeps); a write refused is
    left to the next opening. A colleague of lower clearance on a team's server changes the
    deadlines she sees, and leaves the mark to one who sees them all; what she is told once
    is remembered on her device (:func:`told_on_device`)."""
    if case_file.db.read_only is not None:
        return Followed()
    detail = mark_detail(case_file)
    if once and looked_at_already(case_file, detail):
        return Followed()
    with case_file.db.plain_reading() as raw:
        kept = zones_of_whole_days(raw)
    if not kept:
        return Followed()
    from sqlalchemy import select
    from sqlalchemy.exc import SQLAlchemyError

    from caseapp.db.models import FileEvent

    try:
        wanted = zones_wanted(case_file, kept)
        with case_file.ctx.transaction() as s:
            plan = plan_of(s, wanted, earlier_only=shared(case_file))
            followed = follow_in(case_file, s, plan)
            told = not case_file.login.restricted and bool(plan.held) and s.scalar(
                select(FileEvent.id).where(
                    FileEvent.kind == MARK, FileEvent.detail == detail,
                    FileEvent.actor == case_file.ctx.actor).limit(1)) is not None
            if once and not case_file.login.restricted:
                s.add(FileEvent(actor=case_file.ctx.actor, kind=MARK, detail=detail))
    except (CaseAppError, SQLAlchemyError) as exc:
        log.warning("court zones not given: %s", type(exc).__name__)
        return Followed(refused=_read_refused(exc))
    if once and plan.held and case_file.login.restricted:  # (the file's events are closed)
        told = told_on_device(case_file, detail, plan.held)
    if not once or told:  # (an import says nothing; a colleague is told once what is kept)
        return followed
    return Followed(followed.given, followed.moved, by_rule(plan.held, kept=True))


def follow_in(case_file: CaseFile, s: Any, plan: Plan) -> Followed:
    """In the transaction ``s``: the deadlines of ``plan`` keeping no zone given their rule's
    (one statement per zone), those keeping another court's brought to their rule's, each
    change audited."""
    from sqlalchemy import func, select, update

    from caseapp.db.models import Deadline

    blank: dict[str, list[int]] = {}
    for row in plan.blank:
        blank.setdefault(row.wanted, []).append(row.id)
    given = 0
    for zone, ids in blank.items():
        given += s.execute(update(Deadline).where(
            Deadline.id.in_(ids), func.coalesce(Deadline.timezone, "") == "").values(
            timezone=zone)).rowcount or 0
    moved: dict[str, list[int]] = {}
    for row in plan.moves:
        moved.setdefault(row.wanted, []).append(row.id)
    for zone, ids in moved.items():
        rows = list(s.scalars(select(Deadline).where(Deadline.id.in_(ids)).order_by(
            Deadline.id)))
        case_file.deadline_engine.follow_court_zone(s, rows, zone)
        given += len(rows)
    return Followed(given, by_rule(plan.moves))


def follow_rules_in(case_file: CaseFile, s: Any) -> Followed:
    """:func:`give_court_zones` in the caller's transaction ``s`` (a travel copy's merge: a
    deadline changed on the road by an earlier version brings back no zone)."""
    from sqlalchemy import select

    from caseapp.db.models import Deadline

    kept = {(str(rule), str(zone or "")) for rule, zone in s.execute(
        select(Deadline.rule_id, Deadline.timezone).distinct().where(
            Deadline.status == DeadlineStatus.OPEN, Deadline.due_time.is_(None),
            Deadline.rule_id != ""))}
    if not kept:
        return Followed()
    plan = plan_of(s, zones_wanted(case_file, kept), earlier_only=shared(case_file))
    return follow_in(case_file, s, plan)
