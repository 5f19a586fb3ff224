"""The Deadlines view and the dashboard's "Needs attention", against raw SQL producing the
same rows.

The file: ``--list-captives`` synthetic captives (the benchmarks' usual fill: names in three
scripts, a place, a welfare contact), each with a detention order and three open deadlines
carrying a twelve-step explanation as the deadline engine stores it; one deadline in fifty
is snoozed, one in forty is hard.

*Deadlines view*: what the view loads — every deadline (closed ones too) with its captive's
primary name, its rule's body, its snooze date and its group. The simple code runs the one
query with sqlite3 and computes the same group per row; both give, per row, (id, due date,
captive name, title, body, group).

*Needs attention*: the deadline items due within a week, the counts per group, overdue
follow-ups, each watched captive's clock warnings (the domain's own ``detention_clock`` and
``proof_clock`` on both sides: the row measures the reading, not the arithmetic) and the
captives with nothing ahead. The simple code reads the same facts with sqlite3: the
watched captives (in custody or missing) chosen in SQL, with their primary names, and the due
deadlines with their titles and captives' names, as the dashboard shows them (until
2026-12-02 it read every captive and no name: more and less than the app). The items (kind,
captive, name, due date, deadline, days, a deadline's title), in order, and the counts are
compared.
"""

from __future__ import annotations

import argparse
import random
import re
import sqlite3
import tempfile
from collections import defaultdict
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from benchmarks.ratio_rows import Row

TODAY = date(2026, 11, 27)
STEPS = 12


def _setup(args: argparse.Namespace) -> dict[str, Any]:
    from sqlalchemy import insert

    from caseapp.config import Location
    from caseapp.db.base import new_uid
    from caseapp.db.models import Deadline, DetentionOrder
    from caseapp.demo.synthetic import fill_synthetic
    from caseapp.domain.enums import DeadlineStatus
    from caseapp.services.casefile import open_case_file

    n = args.list_captives
    path = Path(tempfile.mkdtemp(prefix="caseapp-ratios-lists-")) / "lists.db"
    cf = open_case_file(Location(path=path), create=True, actor="benchmark",
                        today=lambda: TODAY)
    fill_synthetic(cf.ctx, n)
    rng = random.Random(17)
    rules = [r for r in cf.rule_set][:8]
    with cf.db.session_factory.begin() as s:
        conn = s.connection()
        orders, deadlines = [], []
        for cid in range(1, n + 1):
            begins = TODAY - timedelta(days=cid % 120)
            orders.append(dict(uid=new_uid(), captive_id=cid, start_date=begins,
                               term_months=4, term_days=0,
                               expires_on=begins + timedelta(days=120)))
            for k in range(3):
                due = TODAY + timedelta(days=(cid + 17 * k) % 200 - 20)
                rule = rules[(cid + k) % len(rules)] if (cid + k) % 3 else None
                steps = [f"step {i}: from {due - timedelta(days=i)} counting {i} days "
                         f"under the rule of the code ({cid}, {k})" for i in range(STEPS)]
                snoozed = rng.random() < 0.02
                deadlines.append(dict(
                    uid=new_uid(), captive_id=cid, title=f"Step {k} of order {cid}",
                    rule_id=rule.id if rule else "", due_on=due,
                    status=DeadlineStatus.OPEN, explanation=steps, hard=rng.random() < 0.025,
                    notes=(f"Snoozed until {TODAY + timedelta(days=3)}." if snoozed else "")))
        conn.execute(insert(DetentionOrder.__table__), orders)
        conn.execute(insert(Deadline.__table__), deadlines)
    return {"cf": cf, "path": path, "today": TODAY,
            "bodies": {r.id: r.body for r in cf.rule_set},
            "clock": cf.deadline_engine.clock_settings_for(range(1, n + 1)),
            "proof_days": _proof_days(cf)}


def _proof_days(cf: Any) -> int:
    from caseapp.services.settings import read_settings

    with cf.ctx.read() as s:
        return read_settings(s).independent_proof_days


# -- Deadlines view ------------------------------------------------------------------------

def _view_app(data: dict[str, Any]) -> list[tuple[Any, ...]]:
    return [(r.deadline.id, r.deadline.due_on, r.captive_name, r.deadline.title, r.body,
             r.group.value) for r in data["cf"].reminders.rows(include_closed=True)]


SNOOZE = re.compile(r"^Snoozed until (\d{4}-\d{2}-\d{2})(?:\.|: .*)?$", re.MULTILINE)


def _group(status: str, due: date, notes: str, today: date) -> str:
    if status != "open":
        return "closed"
    found = SNOOZE.findall(notes) if notes else None
    if found and date.fromisoformat(found[-1]) > today:
        return "snoozed"
    if due < today:
        return "overdue"
    if due == today:
        return "today"
    return "this_week" if due <= today + timedelta(days=7) else "later"


def _connect(data: dict[str, Any]) -> sqlite3.Connection:
    return sqlite3.connect(data["path"])


def _view_simple(data: dict[str, Any]) -> list[tuple[Any, ...]]:
    today, bodies = data["today"], data["bodies"]
    conn = _connect(data)
    try:
        rows = conn.execute(
            "SELECT d.id, d.due_on, coalesce(n.full_name, ''), d.title, d.rule_id, d.status,"
            " d.notes, d.due_time, d.timezone, d.hard, d.overridden, d.captive_id,"
            " d.document_id, d.status_reason, d.uid"
            " FROM deadlines d LEFT JOIN captive_names n"
            " ON n.captive_id = d.captive_id AND n.is_primary").fetchall()
    finally:
        conn.close()
    rows.sort(key=lambda r: _legal(r[1], r[7], r[8], r[4], r[14], r[2]))
    out = []
    for did, due_text, name, title, rule_id, status, notes, *_rest in rows:
        due = date.fromisoformat(due_text)
        out.append((did, due, name, title, bodies.get(rule_id, ""),
                    _group(status, due, notes, today)))
    return out


# -- Needs attention -----------------------------------------------------------------------

def _attention_app(data: dict[str, Any]) -> tuple[Any, ...]:
    a = data["cf"].reminders.attention()
    return (tuple((i.kind, i.captive_id, i.captive_name, i.due_on, i.deadline_id, i.days,
                   i.text if i.kind == "deadline" else None) for i in a.items),
            {g.value: c for g, c in a.counts.items()})


class _Due:
    __slots__ = ("due_on", "due_time", "rule_id", "timezone", "uid")

    def __init__(self, due: str, at: str | None, zone: str | None, rule: str, uid: str) -> None:
        self.due_on = date.fromisoformat(due)
        self.due_time = time.fromisoformat(at) if at else None
        self.timezone, self.rule_id, self.uid = zone or "", rule or "", uid


def _legal(due: str, at: str | None, zone: str | None, rule: str, uid: str,
           name: str) -> tuple[Any, ...]:
    """The lists' order of one day's deadlines (caseapp.domain.same_day), as the app gives."""
    from caseapp.domain.same_day import deadline_order
    return deadline_order(_Due(due, at, zone, rule, uid), name)


class _Order:
    __slots__ = ("expires_on", "id", "start_date")

    def __init__(self, oid: int, start: str, expires: str) -> None:
        self.id = oid
        self.start_date = date.fromisoformat(start)
        self.expires_on = date.fromisoformat(expires)


def _attention_simple(data: dict[str, Any]) -> tuple[Any, ...]:
    from caseapp.domain.clock import detention_clock
    from caseapp.domain.enums import CaptiveCategory, CaptiveStatus
    from caseapp.domain.proof_of_life import is_independent, proof_clock

    today, settings = data["today"], data["clock"]
    week = today + timedelta(days=7)
    watched = [s.value for s in CaptiveStatus if s.in_custody or s is CaptiveStatus.MISSING]
    conn = _connect(data)
    try:
        counts = dict.fromkeys(("overdue", "today", "this_week", "later", "snoozed", "closed"), 0)
        items: list[tuple[Any, ...]] = []
        counts.update(zip(("overdue", "today", "this_week", "later"), conn.execute(
            "SELECT count(*) FILTER (WHERE due_on < :t), count(*) FILTER (WHERE due_on = :t),"
            " count(*) FILTER (WHERE due_on > :t AND due_on <= :w),"
            " count(*) FILTER (WHERE due_on > :w) FROM deadlines WHERE status = 'open'",
            {"t": today.isoformat(), "w": week.isoformat()}).fetchone(), strict=True))
        snoozed: set[int] = set()  # their captives have something ahead
        for cid, due_text, notes in conn.execute(
                "SELECT captive_id, due_on, notes FROM deadlines"
                " WHERE status = 'open' AND notes LIKE '%Snoozed until%'"):
            due = date.fromisoformat(due_text)
            if _group("open", due, notes, today) == "snoozed":
                counts[_group("open", due, "", today)] -= 1
                counts["snoozed"] += 1
                snoozed.add(cid)
        due_rows = conn.execute(
                "SELECT d.id, d.captive_id, d.due_on, d.notes, d.title, coalesce(n.full_name, ''),"
                " d.due_time, d.timezone, d.rule_id, d.uid"
                " FROM deadlines d LEFT JOIN captive_names n"
                " ON n.captive_id = d.captive_id AND n.is_primary"
                " WHERE d.status = 'open' AND d.due_on <= ?", (week.isoformat(),)).fetchall()
        due_rows.sort(key=lambda r: _legal(r[2], r[6], r[7], r[8], r[9], r[5]))
        for did, cid, due_text, notes, title, name, *_rest in due_rows:
            due = date.fromisoformat(due_text)
            if _group("open", due, notes, today) != "snoozed":  # (none due at an hour here)
                items.append(("deadline", cid, name, due, did, (due - today).days, title))
        # (overdue follow-ups: none in this file; the app's query runs all the same)
        conn.execute("SELECT id FROM interventions WHERE follow_up_on < ?",
                     (today.isoformat(),)).fetchall()
        captives = conn.execute(
            "SELECT c.id, c.status, c.category, c.capture_date, c.status_since,"
            " coalesce(n.full_name, ''),"
            " EXISTS (SELECT 1 FROM deadlines d WHERE d.captive_id = c.id"
            " AND d.status = 'open' AND d.due_on >= ?)"
            " FROM captives c LEFT JOIN captive_names n ON n.captive_id = c.id AND n.is_primary"
            f" WHERE c.status IN ({', '.join('?' * len(watched))}) ORDER BY c.id",
            (today.isoformat(), *watched)).fetchall()
        orders: dict[int, list[_Order]] = defaultdict(list)
        for oid, cid, start, expires in conn.execute(
                "SELECT id, captive_id, start_date, expires_on FROM detention_orders"):
            orders[cid].append(_Order(oid, start, expires))
        hearings: dict[int, list[datetime]] = defaultdict(list)
        since = datetime.combine(today - timedelta(days=1), time(), UTC)
        for cid, starts, zone in conn.execute(
                "SELECT hc.captive_id, h.starts_at, h.timezone FROM hearing_captives hc"
                " JOIN hearings h ON h.id = hc.hearing_id WHERE h.starts_at >= ?",
                (since.isoformat(" ")[:19],)):
            at = datetime.fromisoformat(starts).replace(tzinfo=UTC)
            hearings[cid].append(at.astimezone(ZoneInfo(zone or "UTC")))
        contacts = dict(conn.execute(
            "SELECT captive_id, max(contact_on) FROM welfare_contacts WHERE confirmed"
            " GROUP BY captive_id"))
        independent: dict[int, date] = {}
        for cid, on_text, kind, confirmed, override in conn.execute(
                "SELECT captive_id, contact_on, kind, confirmed, independent"
                " FROM welfare_contacts"):
            on = date.fromisoformat(on_text)
            if is_independent(kind, confirmed=bool(confirmed),
                              override=None if override is None else bool(override)):
                if cid not in independent or on > independent[cid]:
                    independent[cid] = on
    finally:
        conn.close()
    threshold = data["proof_days"]
    kind_order = {"expired": 0, "expiry": 1, "maximum": 2, "pow_confinement": 3,
                  "welfare": 4, "independent": 5}
    warned: list[tuple[Any, ...]] = []
    forgotten: list[tuple[Any, ...]] = []
    for cid, status_text, category_text, capture_text, since_text, name, ahead in captives:
        status = CaptiveStatus(status_text)
        capture = date.fromisoformat(capture_text) if capture_text else None
        end = date.fromisoformat(since_text) if status.ended and since_text else today
        days = max(0, (end - capture).days) if capture else None
        last = date.fromisoformat(contacts[cid]) if cid in contacts else None
        clock = detention_clock(cid, status, days, orders.get(cid, ()), hearings.get(cid, ()),
                                last, today, settings[cid],
                                category=CaptiveCategory(category_text))
        pow_since, pow_ends = clock.pow_confined_since, clock.pow_confinement_ends
        for kind in clock.warning_kinds:
            due = {"expiry": clock.order_expires_on, "expired": clock.order_expires_on,
                   "pow_confinement": pow_ends}.get(kind)
            value = {"expiry": clock.days_left, "expired": clock.days_left,
                     "maximum": clock.days_in_custody,
                     "pow_confinement": (today - pow_since).days if pow_since else None,
                     "welfare": clock.days_since_welfare_contact}[kind]
            warned.append((kind, cid, name, due, None, value, None))
        if status.in_custody:
            proof = proof_clock(independent.get(cid), today, threshold)
            if proof.overdue:
                warned.append(("independent", cid, name, proof.last_independent, None,
                               proof.days_since, None))
        if not ahead and cid not in snoozed and clock.next_hearing is None:
            forgotten.append(("forgotten", cid, name, None, None, None, None))
    warned.sort(key=lambda i: (kind_order[i[0]], i[3] or date.max,
                               -(i[5] if i[5] is not None else 10**6), i[2], i[1]))
    return tuple([*items, *warned, *forgotten]), counts


def _same_attention(a: tuple[Any, ...], b: tuple[Any, ...]) -> bool:
    return a == b


ROWS = [
    Row("Deadlines view (captives × 3 deadlines)", 2.0, _setup, _view_app, _view_simple,
        lambda a, b: a == b),
    Row("Needs attention (captives × 3 deadlines)", 2.0, _setup, _attention_app,
        _attention_simple, _same_attention),
]
