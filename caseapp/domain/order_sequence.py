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

from collections.abc import Callable, Iterable
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
    """Each order's place (by id): by start, and of those starting on one day the later
    decision last; the decision days unsettled, the one expiring first last
    (:func:`_within_day`)."""
    by_day: dict[date, list[Sequenced]] = {}
    for o in orders:
        by_day.setdefault(o.start_date, []).append(o)
    keys: dict[int, SequenceKey] = {}
    for day, same in by_day.items():
        for n, o in enumerate(sorted(same, key=_within_day(same))):
            keys[o.id] = (day, n)
    return keys


def _within_day(same: list[Sequenced]) -> Callable[[Sequenced], tuple[int, int, int]]:
    """The order of ``same`` (orders starting on one day): by decision day when every order
    of its criminal case starting that day has one (every order of the day, when one is of
    no recorded case: it may be of any); then (the same decision day, or not every one
    recorded) the one expiring first last, in force, never the later date when the papers do
    not say; then as recorded. Orders of two cases do not replace each other: how they
    compare matters only to tell apart two of one case."""
    if len(same) < 2:
        return lambda o: (0, 0, o.id)
    whole_day = any(o.prosecution_id is None for o in same)
    decided: dict[int | None, bool] = {}
    for o in same:
        case = None if whole_day else o.prosecution_id
        decided[case] = decided.get(case, True) and o.decided_on is not None
    return lambda o: (
        (o.decided_on or date.min).toordinal()
        if decided[None if whole_day else o.prosecution_id] else 0,
        -o.expires_on.toordinal(), o.id)


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
