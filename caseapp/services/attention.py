"""What needs the lawyer's attention: the dashboard's "Needs attention" (deadlines due
within a week, overdue advocacy follow-ups, every watched captive's clock warnings, the files
with nothing ahead) and the captives without news the reminders announce (read by
:mod:`caseapp.services.welfare_alerts`), in a fixed, small number of queries."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from sqlalchemy import select

from caseapp.db.custody_history import release_histories
from caseapp.db.models import (
    CaptiveName,
    DetentionOrder,
    Hearing,
    Intervention,
    Prosecution,
    hearing_captives,
    intervention_captives,
)
from caseapp.domain.advocacy import follow_up_due, follow_up_overdue_days
from caseapp.domain.clock import DetentionClock, detention_clock
from caseapp.domain.custody_periods import releases
from caseapp.domain.dates import MOST_DAYS_APART, open_day_here
from caseapp.domain.messages import msg, msg_n
from caseapp.domain.moot_hearings import to_come
from caseapp.domain.proof_of_life import proof_clock
from caseapp.domain.same_day import DeadlineKey, deadline_order
from caseapp.domain.snooze_lines import snoozed_until
from caseapp.services.attention_reads import (
    WatchedCaptive,
    count_open,
    due_by,
    each_watched_captive,
    snooze_marked,
    timed_open,
)
from caseapp.services.base import ServiceContext
from caseapp.services.collector import collector_paused
from caseapp.services.deadline_engine import DeadlineEngine
from caseapp.services.deadline_prefetch import chunks
from caseapp.services.deadline_rows import Group, _group_of_day, open_group
from caseapp.services.detention_facts import last_independent_dates
from caseapp.services.settings import read_settings
from caseapp.services.welfare_alerts import WelfareReader


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
    # days left (expiry; a deadline: to the day it falls due here, negative when overdue),
    # in custody (maximum), confined awaiting trial (pow_confinement),
    # without news (welfare), overdue (follow_up)
    days: int | None = None
    # the statutory maximum, the days of GC III Art. 103's three months, the welfare threshold
    limit: int | None = None
    # of an order's expiry ("expiry", "expired"): the order, and when custody runs under
    # orders of several criminal cases, the one it is (its case's number, else its start)
    order_id: int | None = None
    case_number: str = ""
    order_start: date | None = None
    # of a deadline: the hour it is due by and its zone (None, "": a whole day), and whether
    # it is overdue now (:func:`caseapp.domain.dates.deadline_overdue`: one due at 16:00 in
    # Strasbourg today is overdue from then, though due "today")
    due_time: time | None = None
    timezone: str = ""
    overdue: bool = False


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
        return follow_up_counts(self.of_kind("follow_up"))[0]

    @property
    def follow_ups_today(self) -> int:
        """Interventions whose follow-up is due today."""
        return follow_up_counts(self.of_kind("follow_up"))[1]


def follow_up_counts(follow_ups: Iterable[AttentionItem]) -> tuple[int, int]:
    """Of the follow-ups to remind of (:meth:`AttentionReader.overdue_follow_ups`), how many
    are overdue and how many due today: the dashboard and the tray count them apart."""
    days = [item.days for item in follow_ups]
    overdue = sum(1 for d in days if d)
    return overdue, len(days) - overdue


class AttentionReader(WelfareReader):
    """The reads of "Needs attention" and of the reminders' follow-ups and captives
    without news (the reminder service's ``attention()`` and ``alerts()``)."""

    def __init__(self, ctx: ServiceContext, engine: DeadlineEngine):
        self.ctx = ctx
        self.engine = engine  # the clock settings are the case file's

    def read(self, within_days: int = 7) -> Attention:
        """Deadlines due within a week and overdue advocacy follow-ups, then each captive's
        clock warnings (proof of life among them), then the captives in custody with nothing
        ahead of them at all ("forgotten files").

        Read without going through every deadline: the counts per group are one aggregate,
        the deadlines listed one due-within query, and whether a captive has anything ahead
        one ``EXISTS`` in the query of the captives watched."""
        with collector_paused():  # tens of thousands of items that all live as long as the list
            return self._read(within_days)

    def _read(self, within_days: int) -> Attention:
        today = self.ctx.today()
        with self.ctx.snapshot():
            counts, items, snoozed = self._due_soon(today, within_days)
            items.extend(self.overdue_follow_ups())
            captives = self._watched(today)
            orders: dict[int, list] = defaultdict(list)
            hearings: dict[int, list[datetime]] = defaultdict(list)
            hearing_cases: dict[int, list[int | None]] = defaultdict(list)
            start = datetime.combine(today - timedelta(days=1), time(), UTC)  # zones: slack
            with self.ctx.read() as s:
                conn = s.connection()
                histories = release_histories(conn)
                for o in conn.execute(select(DetentionOrder.id, DetentionOrder.captive_id,
                                             DetentionOrder.start_date,
                                             DetentionOrder.expires_on,
                                             DetentionOrder.prosecution_id,
                                             DetentionOrder.decided_on)).all():
                    orders[o.captive_id].append(o)
                for cid, starts, zone, case, state in conn.execute(
                        select(hearing_captives.c.captive_id, Hearing.starts_at, Hearing.timezone,
                               Hearing.prosecution_id, Hearing.state)
                        .join(Hearing, Hearing.id == hearing_captives.c.hearing_id)
                        .where(Hearing.starts_at >= start)).all():
                    if not to_come(state):  # held, adjourned or cancelled: nothing ahead
                        continue
                    hearings[cid].append(starts.astimezone(ZoneInfo(zone or "UTC")))
                    hearing_cases[cid].append(case)
            clock_settings = self.engine.clock_settings_for(c.id for c in captives)
            proof = self._independent_proof(captives, today)
        warned: list[AttentionItem] = []
        forgotten: list[AttentionItem] = []
        # (an overdue deadline may be open: it is not ahead)
        nothing_ahead = str(msg(
            "Nothing ahead: no deadline still to come and no hearing to come."))
        def clock_of(c: WatchedCaptive, cases: dict[int, str] | None = None) -> DetentionClock:
            return detention_clock(c.id, c.status, c.days_in_custody, orders.get(c.id, ()),
                                   hearings.get(c.id, ()), c.last_contact, today,
                                   clock_settings[c.id], category=c.category,
                                   released=releases(histories.get(c.id, [])),
                                   history=histories.get(c.id, ()), cases=cases,
                                   hearing_cases=hearing_cases.get(c.id, ()))

        several: list[WatchedCaptive] = []  # held under orders of several criminal cases
        for c in captives:
            clock = clock_of(c)
            if len(clock.running) > 1 and "expiry" in clock.warning_kinds:
                several.append(c)  # their warnings name each order's case: read below
            else:
                warned.extend(_warnings(c, clock, today))
            if not (c.ahead or c.id in snoozed) and clock.next_hearing is None:
                forgotten.append(AttentionItem("forgotten", c.id, c.primary_name, nothing_ahead))
        if several:  # the few: their criminal cases' numbers in one query
            cases = self._case_numbers([o.prosecution_id for c in several
                                        for o in orders[c.id] if o.prosecution_id is not None])
            for c in several:
                warned.extend(_warnings(c, clock_of(c, cases), today))
        warned.extend(proof)
        warned.sort(key=_urgency)
        return Attention(today, tuple([*items, *warned, *forgotten]), counts)

    def _case_numbers(self, ids: list[int]) -> dict[int, str]:
        """The numbers of the criminal cases ``ids`` (an empty one: none recorded)."""
        with self.ctx.read() as s:
            return {pid: number or "" for part in chunks(sorted(set(ids)))
                    for pid, number in s.execute(select(Prosecution.id, Prosecution.case_number)
                                                 .where(Prosecution.id.in_(part)))}

    def _due_soon(self, today: date, within_days: int
                  ) -> tuple[dict[Group, int], list[AttentionItem], set[int]]:
        """The open deadlines counted per group, the items of those due within
        ``within_days`` (at most a week; overdue ones included, snoozed ones not), and the
        captives with a deadline snoozed to a later day (something ahead of them)."""
        week = today + timedelta(days=7)
        with self.ctx.read() as s:
            conn = s.connection()
            counted = count_open(conn, today, week)
            timed = timed_open(conn, today)
            marked = snooze_marked(conn)
            last = min(week, today + timedelta(days=within_days))
            due = due_by(conn, last + timedelta(days=MOST_DAYS_APART) if timed else last)
        counts = dict.fromkeys(Group, 0)
        counts.update(zip((Group.OVERDUE, Group.TODAY, Group.THIS_WEEK, Group.LATER),
                          counted, strict=True))
        # A deadline due at a moment in a zone (an hour, the end of a day in its court's zone)
        # is counted on the day it falls due here, and overdue once that moment has passed
        # (the aggregate counted it on its own day).
        now = self.ctx.now()
        here: dict[int, date] = {}
        group: dict[int, Group] = {}  # of those whose group is not their own day's
        late: dict[int, bool] = {}  # whether each is overdue now
        for did, day, at, zone in timed:
            grouped = open_group(day, at, zone, today=today, week=week, now=now)
            late[did] = grouped is Group.OVERDUE
            moved = open_day_here(day, at, zone, today=today, overdue=late[did])
            if moved != day:
                here[did] = moved
            if grouped is not (own := _group_of_day(day, today, week)):
                group[did] = grouped
                counts[own] -= 1
                counts[grouped] += 1
        asleep: set[int] = set()  # deadlines snoozed to a day after today
        snoozed: set[int] = set()
        for did, cid, day, notes in marked:
            until = snoozed_until(notes)
            if until is not None and until > today:
                asleep.add(did)
                counts[group.get(did) or _group_of_day(day, today, week)] -= 1
                counts[Group.SNOOZED] += 1
                if cid is not None:
                    snoozed.add(cid)
        items: dict[int, AttentionItem] = {}  # one per deadline (the last primary name, as before)
        order: dict[int, DeadlineKey] = {}  # every list's (caseapp.domain.same_day)
        for row in due:
            did, cid, title, day, name, at, zone = row[:7]
            if did not in asleep and (falls := here.get(did, day)) <= last:
                items[did] = AttentionItem("deadline", cid, (name or "") if cid else "",
                                           title, day, did, days=(falls - today).days,
                                           due_time=at, timezone=zone or "",
                                           overdue=late.get(did, falls < today))
                order[did] = deadline_order(row, (name or "") if cid else "")
        return counts, sorted(items.values(), key=lambda i: order[i.deadline_id or 0]), snoozed

    def _watched(self, today: date) -> list[WatchedCaptive]:
        with self.ctx.read() as s:
            return list(each_watched_captive(s.connection(), today, self.ctx.now()))

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
        texts: dict[int | None, str] = {}  # the sentence of each number of days, once
        items = []
        for c in held:
            clock = proof_clock(last.get(c.id), today, threshold)
            if clock.overdue:
                days = clock.days_since
                if (text := texts.get(days)) is None:
                    text = texts[days] = str(
                        msg("No independent proof of life is recorded.") if days is None
                        else msg_n("No independent proof of life for {count} day (threshold {threshold}).",
                                   "No independent proof of life for {count} days (threshold {threshold}).",
                                   days, threshold=threshold))
                items.append(AttentionItem("independent", c.id, c.primary_name, text,
                                           clock.last_independent, days=days,
                                           limit=threshold))
        return items

    def overdue_follow_ups(self) -> list[AttentionItem]:
        """Interventions not closed whose follow-up day has come: passed (overdue, the Advocacy
        log's count) or today, the day the lawyer chose to be reminded on (``days`` 0); the
        most overdue first."""
        today = self.ctx.today()
        with self.ctx.read() as s:
            candidates = s.execute(
                select(Intervention.id, Intervention.subject, Intervention.made_on,
                       Intervention.follow_up_on, Intervention.status)
                .where(Intervention.follow_up_on <= today)).all()
            late = {r.id: r for r in candidates
                    if follow_up_due(r.follow_up_on, r.status, today)}
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

_ORDER = {"expired": 0, "expiry": 1, "maximum": 2, "pow_confinement": 3, "welfare": 4,
          "independent": 5}


def _urgency(i: AttentionItem) -> tuple[int, date, int, str]:
    """Most urgent first: the order expiring soonest, the longest without news."""
    return (_ORDER[i.kind], i.due_on or date.max, -(i.days if i.days is not None else 10**6),
            i.captive_name)


def _warnings(c: WatchedCaptive, clock: DetentionClock, today: date) -> list[AttentionItem]:
    """The items of ``clock``'s warnings: one each (an order's expiry for each order custody
    runs under)."""
    return [_warning(c, clock, n, today) for n in range(len(clock.warning_kinds))]


def _warning(c: WatchedCaptive, clock: DetentionClock, n: int, today: date) -> AttentionItem:
    """The item of ``clock``'s ``n``-th warning."""
    kind, text = clock.warning_kinds[n], clock.warnings[n]
    order_id = clock.warning_orders[n] if n < len(clock.warning_orders) else None
    order = next((o for o in clock.running if o.order_id == order_id), None)
    if order is not None and kind in ("expiry", "expired"):
        left = (order.expires_on - today).days
        named = len(clock.running) > 1
        return AttentionItem(kind, c.id, c.primary_name, text, order.expires_on, days=left,
                             order_id=order.order_id,
                             case_number=order.case_number if named else "",
                             order_start=order.start_date if named else None)
    pow_since, pow_ends = clock.pow_confined_since, clock.pow_confinement_ends
    due = {"expiry": clock.order_expires_on, "expired": clock.order_expires_on,
           "pow_confinement": pow_ends}.get(kind)
    days, limit = {
        "expiry": (clock.days_left, None), "expired": (clock.days_left, None),
        "maximum": (clock.days_in_custody, clock.statutory_max_days),
        # days confined awaiting trial, against the days of the three months
        "pow_confinement": (clock.pow_days_confined,
                            (pow_ends - pow_since).days if pow_since and pow_ends else None),
        "welfare": (clock.days_since_welfare_contact, clock.welfare_threshold_days),
    }[kind]
    return AttentionItem(kind, c.id, c.primary_name, text, due, days=days, limit=limit,
                         order_id=order_id)
