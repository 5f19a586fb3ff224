"""What needs the lawyer's attention: deadlines grouped by when they fall due, and the
warnings of every captive's detention clock, in a fixed, small number of queries."""

from __future__ import annotations

import dataclasses
from collections import defaultdict
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from enum import StrEnum
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import select

from caseapp.db.models import (
    CaptiveName,
    Deadline,
    DetentionOrder,
    Hearing,
    Intervention,
    hearing_captives,
    intervention_captives,
)
from caseapp.domain.advocacy import follow_up_overdue_days
from caseapp.domain.clock import DetentionClock, detention_clock
from caseapp.domain.deadline_steps import load_steps
from caseapp.domain.dto import DeadlineDTO, HearingDTO
from caseapp.domain.enums import DeadlineStatus, Sensitivity
from caseapp.domain.messages import msg, msg_n
from caseapp.domain.names import latin_display_name
from caseapp.domain.proof_of_life import proof_clock
from caseapp.domain.redaction import Omission, OmissionLog, OmissionSummary, publicity_refused
from caseapp.domain.rules import RuleSet
from caseapp.services.attention_reads import (
    WatchedCaptive,
    count_open,
    due_by,
    each_watched_captive,
    snooze_marked,
    watched_captives,
)
from caseapp.services.base import ServiceContext
from caseapp.services.deadline_engine import DeadlineEngine, snoozed_until
from caseapp.services.detention_facts import last_independent_dates
from caseapp.services.labels import value_label
from caseapp.services.levels import load_levels
from caseapp.services.overview import OverviewService
from caseapp.services.proceedings import HearingService
from caseapp.services.settings import read_settings


@dataclass(frozen=True)
class CalendarEvents:
    """What a calendar export holds: open deadlines (overdue included) and hearings to
    come, with each rule's reminder days for the alarms."""

    deadlines: tuple[DeadlineDTO, ...]
    hearings: tuple[HearingDTO, ...]  # captive_ids: only the captives the level may name
    lead_days: dict[str, tuple[int, ...]]
    level: Sensitivity = Sensitivity.INTERNAL
    names: dict[int, str] = dataclasses.field(default_factory=dict)  # Latin display names
    omitted: tuple[Omission, ...] = ()


class Group(StrEnum):
    OVERDUE = "overdue"
    TODAY = "today"
    THIS_WEEK = "this_week"  # within the next 7 days
    LATER = "later"
    SNOOZED = "snoozed"
    CLOSED = "closed"  # done or dismissed


@dataclass(frozen=True, slots=True)  # one per deadline in the lists: tens of thousands
class DeadlineRow:
    deadline: DeadlineDTO
    captive_name: str
    body: str  # the court or body of its rule ("" when entered by hand)
    verified: bool | None  # whether its rule was checked against the source (None: by hand)
    snoozed_until: date | None
    group: Group

    @property
    def id(self) -> int:
        """The deadline's id: how tables find a row again (selection kept across reloads)."""
        return self.deadline.id


@dataclass(frozen=True, slots=True)  # one per warning: tens of thousands at 100,000 captives
class AttentionItem:
    # "deadline", "follow_up", "expired", "expiry", "maximum", "pow_confinement", "welfare",
    # "independent" (no independent proof of life), "forgotten"
    kind: str
    captive_id: int | None
    captive_name: str
    text: str  # a sentence in the user's language, rendered when read (the GUI composes its own)
    due_on: date | None = None  # of the deadline, the follow-up, or the order's expiry
    deadline_id: int | None = None
    intervention_id: int | None = None  # of an overdue follow-up
    more_captives: int = 0  # the other captives it concerns, besides captive_name's
    # days left (expiry), in custody (maximum), confined awaiting trial (pow_confinement),
    # without news (welfare), overdue (follow_up)
    days: int | None = None
    # the statutory maximum, the days of GC III Art. 103's three months, the welfare threshold
    limit: int | None = None


@dataclass(frozen=True)
class Attention:
    today: date
    items: tuple[AttentionItem, ...]
    counts: dict[Group, int]  # open deadlines per group

    def of_kind(self, kind: str) -> list[AttentionItem]:
        return [i for i in self.items if i.kind == kind]

    @property
    def follow_ups_overdue(self) -> int:
        """Interventions whose follow-up is overdue (one each, however many captives)."""
        return len(self.of_kind("follow_up"))


@dataclass(frozen=True)
class Alerts:
    """What the reminders announce: deadlines due today or overdue (not snoozed), overdue
    advocacy follow-ups, and captives without proof of life beyond the case's threshold."""

    deadlines: tuple[DeadlineRow, ...]
    follow_ups: tuple[AttentionItem, ...]
    welfare: tuple[AttentionItem, ...]

    @property
    def empty(self) -> bool:
        return not (self.deadlines or self.follow_ups or self.welfare)


def _group_of_day(day: date, today: date, week: date) -> Group:
    if day < today:
        return Group.OVERDUE
    if day == today:
        return Group.TODAY
    return Group.THIS_WEEK if day <= week else Group.LATER


def group_of(d: DeadlineDTO, today: date, snoozed: date | None) -> Group:
    return _group(d, today, today + timedelta(days=7), snoozed)


def _group(d: DeadlineDTO, today: date, week: date, snoozed: date | None) -> Group:
    if d.status is not DeadlineStatus.OPEN:
        return Group.CLOSED
    if snoozed is not None and snoozed > today:
        return Group.SNOOZED
    return _group_of_day(d.due_on, today, week)


# The deadline's columns in the order of DeadlineDTO's fields (rows are built positionally).
_DTO_FIELDS = tuple(f.name for f in dataclasses.fields(DeadlineDTO))


class ReminderService:
    def __init__(self, ctx: ServiceContext, overview: OverviewService, engine: DeadlineEngine,
                 hearings: HearingService):
        self.ctx = ctx
        self.hearings = hearings
        self.overview = overview
        self.engine = engine  # its rule set and clock settings are the case file's

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
        columns = [table.c[f] for f in _DTO_FIELDS if explanations or f != "explanation"]
        stmt = select(*columns).order_by(table.c.due_on, table.c.due_time, table.c.id)
        if not include_closed:
            stmt = stmt.where(table.c.status == DeadlineStatus.OPEN)
        if due_by is not None:
            stmt = stmt.where(table.c.due_on <= due_by)
        with self.ctx.read() as s:
            conn = s.connection()  # Core results: no ORM loading per row
            records = conn.execute(stmt).all()
            named = select(CaptiveName.captive_id, CaptiveName.full_name).where(
                CaptiveName.is_primary)
            if due_by is not None:  # a few (the reminders'): not every captive's name
                named = named.where(CaptiveName.captive_id.in_(
                    select(table.c.captive_id).where(stmt.whereclause)))  # type: ignore[arg-type]
            names = dict(conn.execute(named).all()) if records else {}
        rules = {r.id: (r.body, r.verified) for r in self.rule_set}
        cut = _DTO_FIELDS.index("explanation")
        week = today + timedelta(days=7)
        rows = []
        for values in records:  # positional: the columns are in the order of the fields
            if explanations:
                d = DeadlineDTO(*values[:cut], load_steps(values[cut]),  # type: ignore[call-arg]
                                *values[cut + 1:])
            else:
                d = DeadlineDTO(*values[:cut], (), *values[cut:])  # type: ignore[call-arg]
            body, verified = rules.get(d.rule_id, ("", None))
            until = snoozed_until(d.notes) if d.notes else None
            rows.append(DeadlineRow(d, names.get(d.captive_id, "") if d.captive_id else "",
                                    body, verified, until, _group(d, today, week, until)))
        return rows

    def explanation(self, deadline_id: int) -> tuple[Any, ...]:
        """How one deadline was computed (its steps, as stored): what the lists leave out,
        read when a deadline is shown in detail. Empty when there is no such deadline."""
        with self.ctx.read() as s:
            steps = s.execute(select(Deadline.explanation)
                              .where(Deadline.id == deadline_id)).scalar()
        return load_steps(steps)

    def due(self, within_days: int = 0, *, explanations: bool = False) -> list[DeadlineRow]:
        """Open, unsnoozed deadlines due by today + ``within_days`` (overdue included): what
        the start-up reminder and the tray announce."""
        horizon = self.ctx.today() + timedelta(days=within_days)
        return [r for r in self.rows(due_by=horizon, explanations=explanations)
                if r.group is not Group.SNOOZED]

    def calendar(self, within_days: int = 365, *,
                 level: Sensitivity | str = Sensitivity.SHAREABLE) -> CalendarEvents:
        """Open deadlines and hearings to come at ``level``: each is kept only if its effective
        level (its own, its trigger's or prosecution's, its captive's) is allowed, and at the
        public level only captives who consented to publicity are named or have events.
        What is left out is listed in ``omitted`` (for the lawyer, never written)."""
        with self.ctx.snapshot():  # one consistent read
            return self._calendar(within_days, Sensitivity(level))

    def _calendar(self, within_days: int, level: Sensitivity) -> CalendarEvents:
        today = self.ctx.today()
        horizon = today + timedelta(days=within_days)
        start = datetime.combine(today - timedelta(days=1), time(), UTC)
        all_deadlines = [r.deadline for r in self.due(within_days, explanations=True)]
        all_hearings = [h for h in self.hearings.list(start=start)
                        if today <= h.starts_at.date() <= horizon]
        with self.ctx.read() as s:
            levels = load_levels(s.connection())

        def named(cid: int | None) -> bool:
            if cid is None:
                return True
            return (level.allows(levels.captives.get(cid, Sensitivity.INTERNAL))
                    and not publicity_refused(level, levels.consent.get(cid, False)))
        log = OmissionLog()
        deadlines = []
        for d in all_deadlines:
            if level.allows(levels.deadline(d)) and named(d.captive_id):
                deadlines.append(d)
            else:
                log.add(msg("Deadlines"), msg("{day} {title}", day=d.due_on, title=d.title))
        hearings = []
        for h in all_hearings:
            shown = tuple(c for c in h.captive_ids if named(c))
            if level.allows(levels.hearings.get(h.id, Sensitivity.INTERNAL)) and shown:
                hearings.append(dataclasses.replace(h, captive_ids=shown))
            else:
                log.add(msg("Hearings"), msg("{day} {title}", day=h.starts_at.date(), title=value_label(h.kind)))
        ids = {d.captive_id for d in deadlines if d.captive_id is not None}
        ids |= {c for h in hearings for c in h.captive_ids}
        return CalendarEvents(tuple(deadlines), tuple(hearings), self.rule_set.reminder_days(),
                              level=level, names=self._latin_names(ids),
                              omitted=log.omissions())

    def calendar_preview(self, within_days: int = 365, *,
                         level: Sensitivity | str = Sensitivity.SHAREABLE) -> OmissionSummary:
        """What a calendar at ``level`` leaves out, before it is written."""
        events = self.calendar(within_days, level=level)
        return OmissionSummary(msg("calendar"), events.level, events.omitted)

    def _latin_names(self, ids: set[int]) -> dict[int, str]:
        """The Latin display name of each captive (what a synced phone calendar can show)."""
        by_captive: dict[int, list[CaptiveName]] = defaultdict(list)
        with self.ctx.read() as s:
            for n in s.scalars(select(CaptiveName).where(CaptiveName.captive_id.in_(ids))
                               .order_by(CaptiveName.is_primary.desc(), CaptiveName.id)):
                by_captive[n.captive_id].append(n)
            return {cid: latin_display_name(names) for cid, names in by_captive.items()}

    def alerts(self) -> Alerts:
        """What the tray and the banner announce (see Alerts), from one consistent read:
        the same follow-ups and captives without news as :meth:`attention`'s, in its order,
        without building its other items (every captive's other warnings, the forgotten
        files, the deadlines of the week) only to drop them."""
        today = self.ctx.today()
        welfare = []
        with self.ctx.snapshot():
            due = self.due(0)
            follow_ups = self.overdue_follow_ups()
            with self.ctx.read() as s:
                settings = read_settings(s).clock()
                for c in each_watched_captive(s.connection(), today):  # one at a time
                    # The welfare warning reads only the status, the last confirmed contact
                    # and the case's threshold (the same in every captive's settings): the
                    # orders, hearings and custody maximum of the other warnings are left out.
                    clock = detention_clock(c.id, c.status, c.days_in_custody, (), (),
                                            c.last_contact, today, settings, category=c.category)
                    if "welfare" in clock.warning_kinds:
                        welfare.append(_warning(c, clock, "welfare", today))
        welfare.sort(key=_urgency)
        return Alerts(tuple(due), tuple(follow_ups), tuple(welfare))

    def _due_soon(self, today: date, within_days: int
                  ) -> tuple[dict[Group, int], list[AttentionItem], set[int]]:
        """The open deadlines counted per group, the items of those due within
        ``within_days`` (at most a week; overdue ones included, snoozed ones not), and the
        captives with a deadline snoozed to a later day (something ahead of them)."""
        week = today + timedelta(days=7)
        with self.ctx.read() as s:
            conn = s.connection()
            counted = count_open(conn, today, week)
            marked = snooze_marked(conn)
            due = due_by(conn, min(week, today + timedelta(days=within_days)))
        counts = dict.fromkeys(Group, 0)
        counts.update(zip((Group.OVERDUE, Group.TODAY, Group.THIS_WEEK, Group.LATER),
                          counted, strict=True))
        asleep: set[int] = set()  # deadlines snoozed to a day after today
        snoozed: set[int] = set()
        for did, cid, day, notes in marked:
            until = snoozed_until(notes)
            if until is not None and until > today:
                asleep.add(did)
                counts[_group_of_day(day, today, week)] -= 1
                counts[Group.SNOOZED] += 1
                if cid is not None:
                    snoozed.add(cid)
        items: dict[int, AttentionItem] = {}  # one per deadline (the last primary name, as before)
        for did, cid, title, day, name in due:
            if did not in asleep:
                items[did] = AttentionItem("deadline", cid, (name or "") if cid else "",
                                           title, day, did)
        return counts, list(items.values()), snoozed

    def _watched(self, today: date) -> list[WatchedCaptive]:
        with self.ctx.read() as s:
            return watched_captives(s.connection(), today)

    def _independent_proof(self, captives: list[WatchedCaptive],
                           today: date) -> list[AttentionItem]:
        """Captives in custody whose last independent proof of life (ICRC, consular or
        lawyer visit) is older than the case's threshold, or who have none."""
        held = [c for c in captives if c.status.in_custody]
        if not held:
            return []
        with self.ctx.read() as s:  # every captive's: no list of ids to bind, however many
            last = last_independent_dates(s)
            threshold = read_settings(s).independent_proof_days
        items = []
        for c in held:
            clock = proof_clock(last.get(c.id), today, threshold)
            if clock.overdue:
                text = str(msg("No independent proof of life is recorded.") if clock.days_since is None
                        else msg_n("No independent proof of life for {count} day (threshold {threshold}).",
                                   "No independent proof of life for {count} days (threshold {threshold}).",
                                   clock.days_since, threshold=threshold))
                items.append(AttentionItem("independent", c.id, c.primary_name, text,
                                           clock.last_independent, days=clock.days_since,
                                           limit=threshold))
        return items

    def overdue_follow_ups(self) -> list[AttentionItem]:
        """Interventions whose follow-up date has passed and that are not closed, the most
        overdue first: the same rule as the Advocacy log's count."""
        today = self.ctx.today()
        with self.ctx.read() as s:
            candidates = s.execute(
                select(Intervention.id, Intervention.subject, Intervention.made_on,
                       Intervention.follow_up_on, Intervention.status)
                .where(Intervention.follow_up_on < today)).all()
            late = {r.id: r for r in candidates
                    if follow_up_overdue_days(r.follow_up_on, r.status, today)}
            concerned: dict[int, list[int]] = defaultdict(list)
            names: dict[int, str] = {}
            if late:
                links = intervention_captives
                for iid, cid, name in s.execute(
                        select(links.c.intervention_id, links.c.captive_id, CaptiveName.full_name)
                        .join(CaptiveName, (CaptiveName.captive_id == links.c.captive_id)
                              & CaptiveName.is_primary)
                        .where(links.c.intervention_id.in_(late))
                        .order_by(links.c.intervention_id, links.c.captive_id)):
                    concerned[iid].append(cid)
                    names[cid] = name
        items = []
        for iid, r in late.items():
            ids = concerned.get(iid, [])
            items.append(AttentionItem(
                "follow_up", ids[0] if ids else None, names[ids[0]] if ids else "",
                r.subject or str(msg("Intervention of {day}", day=r.made_on)), r.follow_up_on,
                intervention_id=iid, days=follow_up_overdue_days(r.follow_up_on, r.status, today),
                more_captives=max(0, len(ids) - 1)))
        items.sort(key=lambda i: (i.due_on or date.max, i.intervention_id or 0))
        return items

    def attention(self, *, within_days: int = 7) -> Attention:
        """Deadlines due within a week and overdue advocacy follow-ups, then each captive's
        clock warnings (proof of life among them), then the captives in custody with nothing
        ahead of them at all ("forgotten files").

        Read without going through every deadline: the counts per group are one aggregate,
        the deadlines listed one due-within query, and whether a captive has anything ahead
        one ``EXISTS`` in the query of the captives watched."""
        today = self.ctx.today()
        with self.ctx.snapshot():
            counts, items, snoozed = self._due_soon(today, within_days)
            items.extend(self.overdue_follow_ups())
            captives = self._watched(today)
            orders: dict[int, list] = defaultdict(list)
            hearings: dict[int, list[datetime]] = defaultdict(list)
            start = datetime.combine(today - timedelta(days=1), time(), UTC)  # zones: slack
            with self.ctx.read() as s:
                conn = s.connection()
                for o in conn.execute(select(DetentionOrder.id, DetentionOrder.captive_id,
                                             DetentionOrder.start_date,
                                             DetentionOrder.expires_on)).all():
                    orders[o.captive_id].append(o)
                for cid, starts, zone in conn.execute(
                        select(hearing_captives.c.captive_id, Hearing.starts_at, Hearing.timezone)
                        .join(Hearing, Hearing.id == hearing_captives.c.hearing_id)
                        .where(Hearing.starts_at >= start)).all():
                    hearings[cid].append(starts.astimezone(ZoneInfo(zone or "UTC")))
            clock_settings = self.engine.clock_settings_for(c.id for c in captives)
            proof = self._independent_proof(captives, today)
        warned: list[AttentionItem] = []
        forgotten: list[AttentionItem] = []
        for c in captives:
            clock = detention_clock(c.id, c.status, c.days_in_custody, orders.get(c.id, ()),
                                    hearings.get(c.id, ()), c.last_contact, today,
                                    clock_settings[c.id], category=c.category)
            warned.extend(_warning(c, clock, kind, today) for kind in clock.warning_kinds)
            if not (c.ahead or c.id in snoozed) and clock.next_hearing is None:
                forgotten.append(AttentionItem(
                    "forgotten", c.id, c.primary_name,
                    str(msg("Nothing ahead: no open deadline and no hearing is recorded."))))
        warned.extend(proof)
        warned.sort(key=_urgency)
        return Attention(today, tuple([*items, *warned, *forgotten]), counts)


_ORDER = {"expired": 0, "expiry": 1, "maximum": 2, "pow_confinement": 3, "welfare": 4,
          "independent": 5}


def _urgency(i: AttentionItem) -> tuple[int, date, int, str]:
    """Most urgent first: the order expiring soonest, the longest without news."""
    return (_ORDER[i.kind], i.due_on or date.max, -(i.days if i.days is not None else 10**6),
            i.captive_name)


def _warning(c: WatchedCaptive, clock: DetentionClock, kind: str, today: date) -> AttentionItem:
    """The item of one of ``clock``'s warnings, ``kind``."""
    text = clock.warnings[clock.warning_kinds.index(kind)]
    pow_since, pow_ends = clock.pow_confined_since, clock.pow_confinement_ends
    due = {"expiry": clock.order_expires_on, "expired": clock.order_expires_on,
           "pow_confinement": pow_ends}.get(kind)
    days, limit = {
        "expiry": (clock.days_left, None), "expired": (clock.days_left, None),
        "maximum": (clock.days_in_custody, clock.statutory_max_days),
        # days confined awaiting trial, against the days of the three months
        "pow_confinement": ((today - pow_since).days if pow_since else None,
                            (pow_ends - pow_since).days if pow_since and pow_ends else None),
        "welfare": (clock.days_since_welfare_contact, clock.welfare_threshold_days),
    }[kind]
    return AttentionItem(kind, c.id, c.primary_name, text, due, days=days, limit=limit)
