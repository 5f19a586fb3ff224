"""What tells a detention order apart from the other orders of its captive wherever a text
names it by its start ("replaced by the order from 1 Nov 2026", "Notes on the order of 1 Nov
2026"): its start alone when no other order starts that day; else its decision day, its court
or its expiry, the first of them no other order of that day shares, so that a reader of two
papers of one day can tell which one is meant."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, Literal

Telling = Literal["start", "decided", "court", "expires"]


def _court(order: Any) -> str:
    return " ".join((order.ordering_court or "").split()).casefold()


def telling(order: Any, orders: Sequence[Any]) -> Telling:
    """How ``order`` (one of ``orders``) is named: "start" (its start alone), "decided"
    (its decision day too), "court" (its court too) or "expires" (its expiry too)."""
    same_day = [o for o in orders if o.id != order.id and o.start_date == order.start_date]
    if not same_day:
        return "start"
    if order.decided_on is not None and all(o.decided_on != order.decided_on for o in same_day):
        return "decided"
    if _court(order) and all(_court(o) != _court(order) for o in same_day):
        return "court"
    if all(o.expires_on != order.expires_on for o in same_day):
        return "expires"
    return "decided" if order.decided_on is not None else "start"
