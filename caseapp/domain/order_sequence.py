"""In which sequence a captive's detention orders came, as custody runs under them: by start;
of orders starting on the same day, the later decision replaces the earlier (a court's
decision of the 5th, starting the 1st, replaces one of the 2nd starting the same day). When
the decision days do not say (one is not recorded, or they are the same day), the order
recorded last is taken, as before, and :func:`unsettled_same_day` says so: the lawyer is
told which order was taken, since the papers do not settle it.

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


SequenceKey = tuple[date, int]  # the start, and the place among the orders starting that day


def sequence_keys(orders: Iterable[Sequenced]) -> dict[int, SequenceKey]:
    """Each order's place (by id): by start, and of those starting on one day by decision
    day when every one of them has one (the same day: as recorded), else as recorded."""
    by_day: dict[date, list[Sequenced]] = {}
    for o in orders:
        by_day.setdefault(o.start_date, []).append(o)
    keys: dict[int, SequenceKey] = {}
    for day, same in by_day.items():
        for n, o in enumerate(sorted(same, key=_within_day(same))):
            keys[o.id] = (day, n)
    return keys


def _within_day(same: list[Sequenced]) -> Callable[[Sequenced], tuple[date, int]]:
    """The order of ``same`` (orders starting on one day): by decision day only when every
    one has one."""
    if len(same) > 1 and all(o.decided_on is not None for o in same):
        return lambda o: (o.decided_on or date.min, o.id)
    return lambda o: (date.min, o.id)


def unsettled_same_day(orders: Iterable[Sequenced], taken: Sequenced) -> bool:
    """Whether another of ``orders`` (those that could replace it: of its criminal case)
    starts on ``taken``'s day and the decision days do not say which
    of them came later (one is not recorded, or both are the same day): ``taken`` was chosen
    as the one recorded last."""
    others = [o for o in orders if o.start_date == taken.start_date and o.id != taken.id]
    return any(o.decided_on is None or taken.decided_on is None
               or o.decided_on == taken.decided_on for o in others)
