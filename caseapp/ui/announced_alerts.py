"""Which reminders were announced, to tell what is new: each alert's key (a deadline
announced again when it moves from due today to overdue, one ahead at each later reminder
day), what stays announced on a new day, and which alerts' lines can be shown (the banner's
first ones, the tray's new ones) — the bookkeeping of :class:`~caseapp.ui.notifier.Notifier`,
without Qt."""

from __future__ import annotations

from array import array
from bisect import bisect_left
from collections.abc import Container
from datetime import date
from itertools import islice
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # the reminders (and the deadline rules they import) come after the start
    from caseapp.services.reminders import Alerts


# What was announced: ("deadline", id, its group), ("hearing", id, LEAD + days to its day),
# ("follow_up", id, ""), ("welfare", captive id, ""): a deadline that moves to another group
# (due today → overdue) is announced again.
Key = tuple[str, int | None, str]
TOOLTIP_LINES, TRAY_LINES = 12, 5  # the lines of the banner's tooltip, of a tray message


# The state of a deadline (or hearing) announced ahead of its day, at the reminder day
# reached ("lead 7"): announced again at its next reminder day, not each new day in between.
LEAD = "lead "
# The alerts' sections in the order announced; the captives without news come last.
SECTIONS = ("deadlines", "coming", "hearings", "follow_ups")


def alert_count(alerts: Alerts) -> int:
    return sum(len(getattr(alerts, name)) for name in SECTIONS) + len(alerts.welfare)


def alert_at(alerts: Alerts, n: int) -> tuple[str, int]:
    """The section of the ``n``-th alert and its place in it."""
    for name in SECTIONS:
        size = len(getattr(alerts, name))
        if n < size:
            return name, n
        n -= size
    return "welfare", n


def alert_key(alerts: Alerts, n: int) -> Key:
    """The key of the ``n``-th alert, in the order announced: deadlines due, deadlines
    coming, hearings today and tomorrow, follow-ups, captives without news."""
    section, k = alert_at(alerts, n)
    if section == "deadlines":
        row = alerts.deadlines[k]
        return ("deadline", row.deadline.id, row.group.value)
    if section == "coming":  # (a snooze ended since: announced again, as its day begins)
        row, lead = alerts.coming[k]
        after = f" after {row.snoozed_until.isoformat()}" if row.snoozed_until else ""
        return ("deadline", row.deadline.id, f"{LEAD}{lead}{after}")
    if section == "hearings":
        hearing, ahead = alerts.hearings[k]
        return ("hearing", hearing.id, f"{LEAD}{ahead}")
    if section == "follow_ups":
        return ("follow_up", alerts.follow_ups[k].intervention_id, "")
    return ("welfare", alerts.welfare.ids[k], "")


def alert_captive_ids(alerts: Alerts, n: int) -> tuple[int, ...]:
    """The captives the ``n``-th alert names (the first, for a follow-up; every one, for
    a hearing)."""
    section, k = alert_at(alerts, n)
    if section == "hearings":
        return alerts.hearings[k][0].captive_ids
    cid = (alerts.deadlines[k].deadline.captive_id if section == "deadlines"
           else alerts.coming[k][0].deadline.captive_id if section == "coming"
           else alerts.follow_ups[k].captive_id if section == "follow_ups"
           else alerts.welfare.ids[k])
    return (cid,) if cid else ()


class Announced:
    """What was announced on ``day`` in this session, to tell what is new: the keys of the
    deadlines and follow-ups, and the ids of the captives announced without news (a sorted
    array, not a key each: at 100,000 captives tens of thousands may be without news)."""

    def __init__(self, day: date | None = None) -> None:
        self.day = day
        self.keys: set[Key] = set()
        self.welfare = array("q")

    def __contains__(self, key: object) -> bool:
        if not (isinstance(key, tuple) and len(key) == 3):
            return False
        if key[0] != "welfare":
            return key in self.keys
        n = bisect_left(self.welfare, key[1])
        return n < len(self.welfare) and self.welfare[n] == key[1]

    def __len__(self) -> int:
        return len(self.keys) + len(self.welfare)

    def add(self, alerts: Alerts) -> None:
        """Every alert of ``alerts`` is announced."""
        self.keys.update(alert_key(alerts, n)
                         for n in range(alert_count(alerts) - len(alerts.welfare)))
        if not set(alerts.welfare.ids).issubset(self.welfare):
            self.welfare = array("q", sorted({*self.welfare, *alerts.welfare.ids}))

    def copy(self) -> Announced:
        other = Announced(self.day)
        other.keys, other.welfare = set(self.keys), array("q", self.welfare)
        return other

    def clear(self) -> None:
        """Nothing announced."""
        self.day = None
        self.keys.clear()
        self.welfare = array("q")

    def on(self, day: date) -> Announced:
        """What stays announced on ``day``: everything on the same day; on a new day only
        the deadlines and hearings ahead at the reminder day they had reached (every alert
        due is announced again, as on opening the window that morning)."""
        if day == self.day:
            return self
        other = Announced(day)
        other.keys = {k for k in self.keys if k[2].startswith(LEAD)}
        return other


def shown_entries(alerts: Alerts, announced: Container[Key]) -> list[int]:
    """The positions of the alerts whose lines can be shown: the first ones (the banner and
    its tooltip) and the first ones not announced before (the tray). Only these lines are
    written: at 100,000 captives tens of thousands may be without news."""
    count = alert_count(alerts)
    fresh = islice((n for n in range(count) if alert_key(alerts, n) not in announced),
                   TRAY_LINES)
    return sorted({*range(min(TOOLTIP_LINES, count)), *fresh})


def alert_captives(alerts: Alerts, announced: Container[Key] = ()) -> set[int]:
    """The captives named by the lines that can be shown (whose spellings they need)."""
    return {cid for n in shown_entries(alerts, announced) for cid in alert_captive_ids(alerts, n)}
