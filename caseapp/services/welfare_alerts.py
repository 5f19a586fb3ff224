"""The captives without confirmed news beyond the case's threshold, as the reminders announce
them (:class:`WelfareAlerts`), read without building the rest of "Needs attention"
(:mod:`caseapp.services.attention`, whose reader builds on :class:`WelfareReader`).
"""

from __future__ import annotations

from array import array
from collections.abc import Iterator
from dataclasses import dataclass

from caseapp.domain.clock import detention_clock
from caseapp.services.attention_reads import each_watched_captive, name_ranks
from caseapp.services.base import ServiceContext
from caseapp.services.settings import read_settings


@dataclass(frozen=True)
class WelfareAlerts:
    """The captives without confirmed news beyond the case's threshold, as the reminders
    announce them: in the order of "Needs attention"'s welfare items (the longest without
    news first, then by name), each as its id and its days without news (-1: no confirmed
    news is recorded). Ids and days only: at 100,000 captives tens of thousands may be
    without news, and the reminders write the lines of the few they show (reading those
    captives' names then)."""

    ids: array  # of captive ids ("q")
    days: array  # of days without news, -1 when none is recorded ("q")

    def __len__(self) -> int:
        return len(self.ids)

    def __iter__(self) -> Iterator[tuple[int, int | None]]:
        """(captive id, days without news or None) of each, in order."""
        return ((cid, None if days < 0 else days) for cid, days in zip(self.ids, self.days,
                                                                        strict=True))

    def days_of(self, n: int) -> int | None:
        """The days without news of the ``n``-th (None: no confirmed news recorded)."""
        return None if self.days[n] < 0 else self.days[n]


class WelfareReader:
    """The welfare part of :class:`~caseapp.services.attention.AttentionReader`."""

    ctx: ServiceContext

    def welfare(self) -> WelfareAlerts:
        """The captives without news beyond the threshold: the welfare items of
        :meth:`read`, in its order, without building its other items (every captive's other
        warnings, the forgotten files, the deadlines of the week) only to drop them, nor an
        item and a sentence for each (see :class:`WelfareAlerts`)."""
        today = self.ctx.today()
        ids, days_without, urgency = array("q"), array("q"), array("q")
        with self.ctx.read() as s:
            settings = read_settings(s).clock()
            conn = s.connection()
            for c in each_watched_captive(conn, today):  # one at a time
                # The welfare warning reads only the status, the last confirmed contact and
                # the case's threshold (the same in every captive's settings): the orders,
                # hearings and custody maximum of the other warnings are left out.
                clock = detention_clock(c.id, c.status, c.days_in_custody, (), (),
                                        c.last_contact, today, settings, category=c.category)
                if "welfare" in clock.warning_kinds:
                    days = clock.days_since_welfare_contact
                    ids.append(c.id)
                    days_without.append(-1 if days is None else days)
                    urgency.append(-(days if days is not None else 10**6))  # as attention's _urgency
            ranks = name_ranks(conn) if ids else {}
        # The order attention's _urgency gives welfare items: the most days first (none
        # recorded before any), then by name (equal names by id), without a name kept for
        # each (one number a captive: the urgency, then the place by name below 2**32)
        order = sorted(range(len(ids)), key=lambda n: (urgency[n] << 32) + ranks[ids[n]])
        return WelfareAlerts(array("q", (ids[n] for n in order)),
                             array("q", (days_without[n] for n in order)))
