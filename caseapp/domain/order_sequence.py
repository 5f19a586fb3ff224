"""In which sequence a captive's detention orders came, as custody runs under them: by start;
of orders starting on the same day, the later decision replaces the earlier (a court's
decision of the 5th, starting the 1st, replaces one of the 2nd starting the same day). When
the decision days do not say (one is not recorded, or they are the same day), the order
expiring first is taken as the one in force, whichever was entered first: a date is never
moved later when unsure (DOMAIN.md), and :func:`unsettled_same_day` says so, for the lawyer
to check the papers and record the decision days.

The detention clock, the settling of the orders' steps (superseded), the timeline and
every report read the sequence from here, so that the orders entered in any order give the
same expiry and the same deadlines."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from typing import Protocol


class Sequenced(Protocol):
    """What the sequence reads of an order (a DTO, a row of a query, a record)."""

    @property
    def id(self) -> int: ...
    @property
    def start_date(self) -> date: ...
    @property
    def decided_on(self) -> date | None: ...
    @property
    def expires_on(self) -> date: ...
    @property
    def prosecution_id(self) -> int | None: ...  # the criminal case; None: not recorded


SequenceKey = tuple[date, int]  # the start, and the place among the orders starting that day


def sequence_keys(orders: Iterable[Sequenced]) -> dict[int, SequenceKey]:
    """Each order's place (by id): by start, and of those starting on one day the one in force
    last (:func:`_within_day`)."""
    by_day: dict[date, list[Sequenced]] = {}
    for o in orders:
        by_day.setdefault(o.start_date, []).append(o)
    keys: dict[int, SequenceKey] = {}
    for day, same in by_day.items():
        for n, o in enumerate(_within_day(same)):
            keys[o.id] = (day, n)
    return keys


def _within_day(same: list[Sequenced]) -> list[Sequenced]:
    """``same`` (orders starting on one day) in sequence, the one in force last. Of the orders
    of one criminal case (of the whole day, when one is of no recorded case: it may be of
    any), one is replaced by another decided on a later day; of two whose decision days do
    not say (one not recorded, or the same day) the one expiring first is taken as in force,
    never the later date when the papers do not say; then as recorded. So the order in force
    is, of those no other replaced by a later decision, the one expiring first; the one
    before it, likewise of the rest; and so on. Orders of two cases do not replace each
    other: how they compare matters only to tell apart two of one case."""
    if len(same) < 2:
        return list(same)
    whole_day = any(o.prosecution_id is None for o in same)
    groups: dict[int | None, list[Sequenced]] = {}
    for o in same:
        groups.setdefault(None if whole_day else o.prosecution_id, []).append(o)
    place: dict[int, int] = {}
    for group in groups.values():
        left = list(group)
        while left:  # the last of those left: not replaced by a later decision, expiring first
            last = min((o for o in left if not any(_replaces(p, o) for p in left)),
                       key=lambda o: (o.expires_on, -o.id))
            place[last.id] = len(left) - 1
            left.remove(last)
    return sorted(same, key=lambda o: (place[o.id], -o.expires_on.toordinal(), o.id))


def _replaces(one: Sequenced, other: Sequenced) -> bool:
    """Whether the papers say ``one`` replaced ``other`` (of one day and case): decided later."""
    return one.decided_on is not None and other.decided_on is not None \
        and one.decided_on > other.decided_on


def unsettled_same_day(orders: Iterable[Sequenced], taken: Sequenced) -> bool:
    """Whether another of ``orders`` (those that could replace it: of its criminal case)
    starts on ``taken``'s day, ends on another day, and the decision days do not say which
    of them came later (one is not recorded, or both are the same day): ``taken`` was chosen
    as the one expiring first."""
    return any(o.id != taken.id and o.start_date == taken.start_date
               and o.expires_on != taken.expires_on
               and (o.decided_on is None or taken.decided_on is None
                    or o.decided_on == taken.decided_on) for o in orders)


def same_case(one: Sequenced, other: Sequenced) -> bool:
    """Whether one order can replace the other: of one criminal case, or one of no recorded
    case (read as of every case)."""
    return one.prosecution_id is None or other.prosecution_id is None \
        or one.prosecution_id == other.prosecution_id
