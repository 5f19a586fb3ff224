"""The deadlines as the lists and the reminders read them (grouped by when they fall due),
the calendar export's events (read by :mod:`caseapp.services.reminder_calendar`), and what
the reminders announce; "Needs attention" is read by :mod:`caseapp.services.attention`."""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from itertools import repeat
from typing import Any

from sqlalchemy import Text, cast, or_, select

from caseapp.db.models import CaptiveName, Deadline
from caseapp.domain.dates import MOST_DAYS_APART, due_moment
from caseapp.domain.deadline_steps import ESTIMATE_MARK, is_estimated, load_steps, naming_rules
from caseapp.domain.dto import DeadlineDTO, HearingDTO
from caseapp.domain.enums import DeadlineStatus
from caseapp.domain.hearing_days import HEARING_REMINDER_DAYS, hearing_days_span
from caseapp.domain.messages import Message
from caseapp.domain.moot_hearings import CALLED_OFF
from caseapp.domain.rules import RuleSet
from caseapp.domain.same_day import deadline_order
from caseapp.domain.snooze_lines import snoozed_until
from caseapp.domain.stored_messages import read_lines, read_text
from caseapp.services.attention import Attention, AttentionItem, AttentionReader
from caseapp.services.base import ServiceContext
from caseapp.services.collector import collector_paused
from caseapp.services.deadline_engine import DeadlineEngine
from caseapp.services.deadline_rows import DeadlineRow, Group, _group_of_day, open_group
from caseapp.services.deadline_rule_notes import RULES_DIFFER
from caseapp.services.deadline_writes import TRIGGER_KINDS
from caseapp.services.moot_reads import custody_ended, without_moot
from caseapp.services.overview import OverviewService
from caseapp.services.plain_rows import (
    frozen_records,
    plain_columns,
    plain_rows,
)
from caseapp.services.proceedings import HearingService
from caseapp.services.reminder_alerts import due_and_coming, hearings_soon
from caseapp.services.reminder_calendar import CalendarExport
from caseapp.services.welfare_alerts import WelfareAlerts


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


class ReminderService(CalendarExport):
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
