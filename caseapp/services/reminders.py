"""The deadlines as the lists and the reminders read them (grouped by when they fall due),
the calendar export's events, and what the reminders announce; "Needs attention" is read by
:mod:`caseapp.services.attention`."""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from itertools import repeat
from typing import Any

from sqlalchemy import Text, cast, or_, select

from caseapp.db.models import CaptiveName, Deadline
from caseapp.domain.custody_step_lines import notes_at_level
from caseapp.domain.dates import MOST_DAYS_APART, due_moment
from caseapp.domain.deadline_steps import ESTIMATE_MARK, is_estimated, load_steps, naming_rules
from caseapp.domain.dto import DeadlineDTO, DeletedEventDTO, HearingDTO
from caseapp.domain.enums import DeadlineStatus, Sensitivity
from caseapp.domain.hearing_days import HEARING_REMINDER_DAYS, hearing_ahead, hearing_days_span
from caseapp.domain.messages import Message, Translated, msg
from caseapp.domain.moot_hearings import CALLED_OFF
from caseapp.domain.redaction import Omission, OmissionLog, OmissionSummary
from caseapp.domain.rules import RuleSet
from caseapp.domain.same_day import deadline_order
from caseapp.domain.snooze_lines import snoozed_until
from caseapp.domain.stored_messages import read_lines, read_text
from caseapp.services.attention import Attention, AttentionItem, AttentionReader, WelfareAlerts
from caseapp.services.base import ServiceContext, output_level
from caseapp.services.calendar_deletions import deleted_events
from caseapp.services.calendar_sequences import closed_since, sequences
from caseapp.services.captive_names import names_everywhere
from caseapp.services.collector import collector_paused
from caseapp.services.deadline_engine import DeadlineEngine
from caseapp.services.deadline_rows import DeadlineRow, Group, _group_of_day, open_group
from caseapp.services.deadline_rule_notes import RULES_DIFFER
from caseapp.services.deadline_writes import TRIGGER_KINDS
from caseapp.services.labels import value_label
from caseapp.services.levels import load_levels
from caseapp.services.moot_reads import custody_ended, made_moot, without_moot
from caseapp.services.overview import OverviewService
from caseapp.services.plain_rows import (
    frozen_records,
    plain_columns,
    plain_rows,
)
from caseapp.services.proceedings import HearingService
from caseapp.services.reminder_alerts import due_and_coming, hearings_soon


@dataclass(frozen=True)
class CalendarEvents:
    """What a calendar export holds: open deadlines (overdue included) and hearings to
    come, with each rule's reminder days for the alarms."""

    deadlines: tuple[DeadlineDTO, ...]
    hearings: tuple[HearingDTO, ...]  # captive_ids: only the captives the level may name
    lead_days: dict[str, tuple[int, ...]]
    level: Sensitivity = Sensitivity.INTERNAL
    # each named captive's name in every language: the spelling in the language's script,
    # else the Latin display name (names_in_languages)
    names: dict[int, Translated] = dataclasses.field(default_factory=dict)
    omitted: tuple[Omission, ...] = ()
    # each event's SEQUENCE, by its record's uid (caseapp.services.calendar_sequences)
    sequences: dict[str, int] = dataclasses.field(default_factory=dict)
    # deadlines closed lately (done or dismissed), allowed at the level: written cancelled
    closed: tuple[DeadlineDTO, ...] = ()
    # hearings and deadlines deleted lately, allowed at the level: written cancelled
    # (caseapp.services.calendar_deletions); their SEQUENCE is in ``sequences``
    deleted: tuple[DeletedEventDTO, ...] = ()
    # the day each snoozed deadline's snooze ends, by uid: no reminder rings before it
    snoozed: dict[str, date] = dataclasses.field(default_factory=dict)
    # the uids of the hearings (among ``hearings``) the end of their captives' custody made
    # moot: written cancelled, saying so
    custody_ended: frozenset[str] = frozenset()


# How far back a calendar carries deadlines due then and closed since (done or dismissed),
# written cancelled: an earlier export may hold them open.
CLOSED_SHOWN_DAYS = 30
# The section of a calendar's omissions that lists the deadlines left out.
DEADLINES = msg("Deadlines")


@dataclass(frozen=True)
class Alerts:
    """What the reminders announce: deadlines due today or overdue (not snoozed), overdue
    advocacy follow-ups, and captives without proof of life beyond the case's threshold;
    ``coming``: the deadlines ahead whose first reminder day has come (not snoozed), each
    with the reminder day reached (7: from 7 days before its day until its next reminder
    day), in the order they fall due; ``hearings``: the hearings whose day here is today or
    tomorrow, not yet begun nor called off, each with the days to its day here (0, 1)."""

    deadlines: tuple[DeadlineRow, ...]
    follow_ups: tuple[AttentionItem, ...]
    welfare: WelfareAlerts
    coming: tuple[tuple[DeadlineRow, int], ...] = ()
    hearings: tuple[tuple[HearingDTO, int], ...] = ()

    @property
    def empty(self) -> bool:
        return not (self.deadlines or self.coming or self.hearings or self.follow_ups
                    or self.welfare)


# The deadline's columns in the order of DeadlineDTO's fields (rows are built positionally).
_DTO_FIELDS = tuple(f.name for f in dataclasses.fields(DeadlineDTO))


def _says_rules_differ(step: object) -> bool:
    return isinstance(step, Message) and step.text == RULES_DIFFER


def _rules_differ(conn: Any, stmt: Any) -> dict[int, tuple[Message, ...]]:
    """The steps saying the rules differ of the deadlines ``stmt`` reads that have one, by id:
    the explanations of those few only (the lists leave the explanation out)."""
    table = Deadline.__table__
    # Only a deadline kept as it was says so: one set by hand, or closed (not every step's
    # JSON is searched).
    found = select(table.c.id, table.c.explanation).where(
        or_(table.c.overridden.is_(True), table.c.status != DeadlineStatus.OPEN),
        cast(table.c.explanation, Text).contains(RULES_DIFFER))
    if stmt.whereclause is not None:
        found = found.where(stmt.whereclause)
    return {i: said for i, steps in conn.execute(found)
            if (said := tuple(s for s in load_steps(steps) if _says_rules_differ(s)))}


def _estimated(conn: Any, stmt: Any) -> frozenset[int]:
    """The ids of the deadlines ``stmt`` reads whose steps say they are an estimate (a
    capture known to its month or year): the few set off by a captive's capture are searched
    (the lists leave the explanation out)."""
    table = Deadline.__table__
    found = select(table.c.id).where(table.c.trigger_kind == TRIGGER_KINDS["captives"],
                                     cast(table.c.explanation, Text).contains(ESTIMATE_MARK))
    if stmt.whereclause is not None:
        found = found.where(stmt.whereclause)
    return frozenset(conn.execute(found).scalars())


class ReminderService:
    def __init__(self, ctx: ServiceContext, overview: OverviewService, engine: DeadlineEngine,
                 hearings: HearingService):
        self.ctx = ctx
        self.hearings = hearings
        self.overview = overview
        self.engine = engine  # its rule set and clock settings are the case file's
        self._attention = AttentionReader(ctx, engine)

    @property
    def rule_set(self) -> RuleSet:
        return self.engine.rule_set

    def rows(self, *, include_closed: bool = False, due_by: date | None = None,
             explanations: bool = False) -> list[DeadlineRow]:
        """Every deadline (open ones only unless ``include_closed``; due by ``due_by`` if
        given) with its captive's name and its rule's body, in due-date order. Core rows,
        not ORM objects: the list may hold tens of thousands.

        The lists leave each deadline's explanation out (``explanation`` is empty: a dozen
        steps of JSON a row, read only for the one deadline shown in detail, see
        :meth:`explanation`) unless ``explanations`` asks for them (calendar export)."""
        today = self.ctx.today()
        table = Deadline.__table__
        stmt = (select(*(table.c[f] for f in _DTO_FIELDS if explanations or f != "explanation"))
                .order_by(table.c.due_on, table.c.due_time, table.c.id))
        if not include_closed:
            stmt = stmt.where(table.c.status == DeadlineStatus.OPEN)
        if due_by is not None:  # (one due at an hour in a zone may fall due here by then)
            stmt = stmt.where(table.c.due_on <= due_by + timedelta(days=MOST_DAYS_APART))
        with collector_paused():  # tens of thousands of rows that all live as long as the list
            with self.ctx.read() as s:
                conn = s.connection()
                columns: list[Sequence[Any]] = plain_columns(conn, stmt)  # no ORM, no Rows
                named = select(CaptiveName.captive_id, CaptiveName.full_name).where(
                    CaptiveName.is_primary)
                if due_by is not None:  # a few (the reminders'): not every captive's name
                    named = named.where(CaptiveName.captive_id.in_(
                        select(table.c.captive_id).where(stmt.whereclause)))  # type: ignore[arg-type]
                names: dict[int, str] = dict(plain_rows(conn, named)) if columns[0] else {}  # type: ignore[arg-type]
                differs = {} if explanations or not columns[0] else _rules_differ(conn, stmt)
                estimated = frozenset() if explanations or not columns[0] \
                    else _estimated(conn, stmt)
            rows = self._rows_of(columns, names, today, explanations, differs, estimated)
        if due_by is None:
            return rows
        return [r for r in rows if r.day_here <= due_by]

    def _rows_of(self, columns: list[Sequence[Any]], names: dict[int, str], today: date,
                 explanations: bool,
                 differs: dict[int, tuple[Message, ...]] | None = None,
                 estimated: frozenset[int] = frozenset()) -> list[DeadlineRow]:
        """The rows of the deadlines read as ``columns`` (those of DeadlineDTO's fields, the
        explanation left out unless ``explanations``; ``differs``: the steps saying the rules
        differ of those that have one, by id, read apart)."""
        cut = _DTO_FIELDS.index("explanation")
        if explanations:
            columns[cut] = tuple(map(load_steps, columns[cut]))
        else:
            columns.insert(cut, tuple(repeat((), len(columns[0]))))
        # CaseApp's own status reasons are stored as messages (read in the reader's language)
        reason = _DTO_FIELDS.index("status_reason")
        columns[reason] = tuple(map(read_text, columns[reason]))
        notes = _DTO_FIELDS.index("notes")  # and its lines in the notes (a snooze, a verdict)
        columns[notes] = tuple(map(read_lines, columns[notes]))
        rules = {r.id: (r.body, r.verified) for r in self.rule_set}
        week, now = today + timedelta(days=7), self.ctx.now()
        by_day: dict[date, Group] = {}  # the group of an open, unsnoozed deadline by its day
        no_rule = ("", None)
        rows = []
        for d in frozen_records(DeadlineDTO, columns):
            body, verified = rules.get(d.rule_id, no_rule)
            until = snoozed_until(d.notes) if d.notes else None
            if d.status is not DeadlineStatus.OPEN:
                group = Group.CLOSED
            elif until is not None and until > today:
                group = Group.SNOOZED
            elif d.timezone and (d.due_time is not None
                                 or abs((d.due_on - today).days) <= MOST_DAYS_APART):
                # its day here and its moment: an hour, or the end of the court's day near today
                # (further off, a whole day's group is its own day's, as "Needs attention" counts)
                group = open_group(d.due_on, d.due_time, d.timezone, today=today, week=week,
                                   now=now)
            elif (group := by_day.get(d.due_on)) is None:  # type: ignore[assignment]
                group = by_day[d.due_on] = _group_of_day(d.due_on, today, week)
            said = (tuple(s for s in d.explanation if _says_rules_differ(s)) if explanations
                    else differs.get(d.id, ()) if differs else ())
            rows.append(DeadlineRow(d, names.get(d.captive_id, "") if d.captive_id else "",
                                    body, verified, until, group, said,
                                    is_estimated(d.explanation) if explanations
                                    else d.id in estimated))
        rows.sort(key=lambda r: deadline_order(r.deadline, r.captive_name))
        return rows

    def explanation(self, deadline_id: int) -> tuple[Any, ...]:
        """How one deadline was computed (its steps, as stored, a rule they name by its
        title): what the lists leave out, read when a deadline is shown in detail. Empty when
        there is no such deadline."""
        with self.ctx.read() as s:
            steps = s.execute(select(Deadline.explanation)
                              .where(Deadline.id == deadline_id)).scalar()
        return naming_rules(load_steps(steps), self.rule_set)

    def next_moment(self) -> datetime | None:
        """The next moment (aware, UTC) an open deadline due at an hour in a zone, or a whole
        day in its court's zone, falls due (the end of that day there), or a hearing announced
        begins, after now and within about a day (None: none): when the lists, "Needs
        attention" and the reminders must be read again to call it overdue, or to stop
        announcing the hearing (later ones are found by the next check, at the latest the
        next midnight's)."""
        today, now = self.ctx.today(), self.ctx.now()
        t = Deadline.__table__
        with self.ctx.read() as s:
            timed = s.execute(select(t.c.due_on, t.c.due_time, t.c.timezone).where(
                t.c.status == DeadlineStatus.OPEN, t.c.timezone != "",
                t.c.due_on >= today - timedelta(days=MOST_DAYS_APART),
                t.c.due_on <= today + timedelta(days=MOST_DAYS_APART))).all()
        ahead = [m for day, at, zone in timed
                 if (m := due_moment(day, at, zone)) is not None and m > now]
        start, end = hearing_days_span(today, today + timedelta(days=1))
        ahead += [h.starts_at for h in self.hearings.list(start=start, end=end)
                  if h.state not in CALLED_OFF and now < h.starts_at <= now + timedelta(days=1)]
        return min(ahead, default=None)

    def due(self, within_days: int = 0, *, explanations: bool = False) -> list[DeadlineRow]:
        """Open, unsnoozed deadlines due by today + ``within_days`` (overdue included): what
        the start-up reminder and the tray announce."""
        horizon = self.ctx.today() + timedelta(days=within_days)
        return [r for r in self.rows(due_by=horizon, explanations=explanations)
                if r.group is not Group.SNOOZED]

    def calendar(self, within_days: int = 365, *,
                 level: Sensitivity | str = Sensitivity.SHAREABLE,
                 explanations: bool = True) -> CalendarEvents:
        """Open deadlines and hearings to come at ``level``: each is kept only if its effective
        level (its own, its trigger's or prosecution's, its captive's) is allowed, and at the
        public level only captives who consented to publicity are named or have events.
        What is left out is listed in ``omitted`` (for the lawyer, never written). Without
        ``explanations`` the deadlines' steps are left out (read only for what shows them:
        the calendar file's descriptions, JSON)."""
        with self.ctx.snapshot():  # one consistent read
            return self._calendar(within_days, output_level(self.ctx, level), explanations)

    def _calendar(self, within_days: int, level: Sensitivity,
                  explanations: bool) -> CalendarEvents:
        today = self.ctx.today()
        horizon = today + timedelta(days=within_days)
        start, end = hearing_days_span(today, horizon)
        # Every open deadline due by the horizon, snoozed ones too (a snooze quiets the
        # reminders, the deadline stays due), and those closed lately: a calendar that holds
        # one from an earlier export then marks it cancelled rather than keep it as open.
        rows = self.rows(include_closed=True, due_by=horizon, explanations=explanations)
        all_deadlines = [r.deadline for r in rows if r.group is not Group.CLOSED]
        since = today - timedelta(days=CLOSED_SHOWN_DAYS)
        audit_readable = self.ctx.clearance is None  # the audit trail is internal
        all_closed = self._closed_lately([r.deadline for r in rows if r.group is Group.CLOSED],
                                         since, audit_readable)
        all_hearings = [h for h in self.hearings.list(start=start, end=end)
                        if hearing_ahead(h.starts_at, today) and h.starts_at.date() <= horizon]
        # An adjourned or cancelled sitting stays, marked cancelled: a calendar that holds it
        # from an earlier export then cancels it rather than keep it as going ahead.
        called_off = [h for h in all_hearings if h.state in CALLED_OFF]
        with self.ctx.read() as s:
            levels = load_levels(s.connection())
            # (moot told only from a status the level shows: see caseapp.domain.moot_hearings)
            going = without_moot(all_hearings, {
                cid: over for cid, over in custody_ended(
                    s, (c for h in all_hearings for c in h.captive_ids)).items()
                if level.allows(levels.captive_field(cid, "status"))})
            # (and one a release made moot: written cancelled too, saying why)
            ended = made_moot(all_hearings, going)
            all_hearings = sorted([*going, *called_off, *ended], key=lambda h: (h.starts_at, h.id))

        def named(cid: int | None) -> bool:
            return levels.names_captive(cid, level)
        log = OmissionLog()
        deadlines = []
        for d in all_deadlines:
            if level.allows(levels.deadline(d)) and named(d.captive_id):
                deadlines.append(d)
            else:
                log.add(DEADLINES, msg("{day} {title}", day=d.due_on,
                                              title=self.rule_set.title_everywhere(
                                                  d.title, d.rule_id)))
        closed = [d for d in all_closed if level.allows(levels.deadline(d)) and named(d.captive_id)]

        def at_level(d: DeadlineDTO) -> DeadlineDTO:  # (its notes may tell the status)
            shown = d.captive_id is None or level.allows(levels.captive_field(d.captive_id,
                                                                              "status"))
            notes = notes_at_level(d.notes, shown)
            return d if notes is d.notes else dataclasses.replace(d, notes=notes or "")
        deadlines, closed = [at_level(d) for d in deadlines], [at_level(d) for d in closed]
        hearings = []
        for h in all_hearings:
            shown = tuple(c for c in h.captive_ids if named(c))
            said = msg("{day} {title}", day=h.starts_at.date(), title=value_label(h.kind))
            if level.allows(levels.hearings.get(h.id, Sensitivity.INTERNAL)) and shown:
                hearings.append(dataclasses.replace(h, captive_ids=shown))
                # The hearing is in, but not every captive it concerns is named in it.
                for _ in range(len(h.captive_ids) - len(shown)):
                    log.add(msg("Captives not named at a hearing"), said)
            else:
                log.add(msg("Hearings"), said)
        ids = {d.captive_id for d in deadlines if d.captive_id is not None}
        ids |= {c for h in hearings for c in h.captive_ids}
        with self.ctx.read() as s:
            numbers = sequences(s, [*deadlines, *closed], hearings,
                                audit_readable=audit_readable)
            deleted, deleted_numbers = deleted_events(s, today, since, level, levels, named,
                                                      horizon, audit_readable=audit_readable)
        listed = {d.uid for d in deadlines}
        snoozed = {r.deadline.uid: r.snoozed_until for r in rows
                   if r.group is Group.SNOOZED and r.snoozed_until is not None
                   and r.deadline.uid in listed}
        return CalendarEvents(tuple(deadlines), tuple(hearings), self.rule_set.reminder_days(),
                              level=level, names=self._names(ids),
                              omitted=log.omissions(), sequences=numbers | deleted_numbers,
                              closed=tuple(closed), deleted=tuple(deleted), snoozed=snoozed,
                              custody_ended=frozenset(h.uid for h in ended))

    def _closed_lately(self, closed: list[DeadlineDTO], since: date,
                       audit_readable: bool) -> list[DeadlineDTO]:
        """The closed deadlines (done or dismissed) a calendar writes cancelled: those due
        since ``since``, and those closed since (an overdue deadline, which every export
        carried while open, closed today: a phone holding it open must drop it). Who cannot
        read the audit trail (below internal) asks the server which were closed since."""
        recent = [d for d in closed if d.due_on >= since]
        older = [d for d in closed if d.due_on < since]
        with self.ctx.read() as s:
            shut = closed_since(s, (d.uid for d in older), datetime.combine(since, time.min, UTC),
                                audit_readable=audit_readable) if older else set()
        return sorted([*recent, *(d for d in older if d.uid in shut)], key=deadline_order)

    def calendar_preview(self, within_days: int = 365, *,
                         level: Sensitivity | str = Sensitivity.SHAREABLE) -> OmissionSummary:
        """What a calendar at ``level`` leaves out, before it is written."""
        events = self.calendar(within_days, level=level, explanations=False)
        return OmissionSummary(msg("calendar"), events.level, events.omitted)

    def _names(self, ids: set[int]) -> dict[int, Translated]:
        """Each captive's name as a calendar in each language writes it (what a synced phone
        shows): :func:`caseapp.services.captive_names.names_everywhere`."""
        return names_everywhere(self.ctx, ids)

    def alerts(self) -> Alerts:
        """What the tray and the banner announce (see Alerts), from one consistent read:
        the same follow-ups and captives without news as :meth:`attention`'s, in its order."""
        with self.ctx.snapshot():
            due, coming = self._due_and_coming()
            return Alerts(due, tuple(self._attention.overdue_follow_ups()),
                          self._attention.welfare(), coming, self._hearings_soon())

    def _hearings_soon(self) -> tuple[tuple[HearingDTO, int], ...]:
        """The hearings to announce (:func:`hearings_soon`), not moot (their captives'
        custody over), with the days to their day here."""
        today = self.ctx.today()
        start, end = hearing_days_span(today - timedelta(days=1),
                                       today + timedelta(days=max(HEARING_REMINDER_DAYS) + 1))
        soon = hearings_soon(self.hearings.list(start=start, end=end), today=today,
                             now=self.ctx.now())
        if not soon:
            return ()
        with self.ctx.read() as s:  # (a hearing kept names only those it is not moot for)
            going = without_moot([h for h, _ahead in soon], custody_ended(
                s, (c for h, _ahead in soon for c in h.captive_ids)))
        ahead_of = {h.id: ahead for h, ahead in soon}
        return tuple((h, ahead_of[h.id]) for h in going)

    def _due_and_coming(self) -> tuple[tuple[DeadlineRow, ...],
                                       tuple[tuple[DeadlineRow, int], ...]]:
        """The deadlines due by today (:meth:`due`'s) and those ahead whose first reminder
        day has come (:func:`due_and_coming`), from one read of the deadlines due by the
        furthest reminder day of any rule."""
        leads = self.rule_set.reminder_days()
        furthest = max((max(days) for days in leads.values() if days), default=1)
        return due_and_coming(self.due(max(furthest, 1)), today=self.ctx.today(),
                              reminder_days=leads)

    def attention(self, *, within_days: int = 7) -> Attention:
        """What "Needs attention" lists (see :meth:`AttentionReader.read`)."""
        return self._attention.read(within_days)

    def overdue_follow_ups(self) -> list[AttentionItem]:
        """Interventions whose follow-up date has passed and that are not closed, the most
        overdue first: the same rule as the Advocacy log's count."""
        return self._attention.overdue_follow_ups()
