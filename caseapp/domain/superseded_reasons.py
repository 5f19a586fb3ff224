"""The reason a detention order's steps are closed with when a later order continues custody
over them ("Superseded: custody continued under the order from …"), and how a stored status
reason is told to be it, in any language and for whichever day
(:mod:`caseapp.services.custody_steps` closes the steps and opens them again).
"""

from __future__ import annotations

from collections.abc import Collection
from functools import lru_cache
from typing import Any

from caseapp.domain.messages import Message, msg, written_from
from caseapp.domain.stored_messages import stored_message


def superseded(order: Any, orders: Collection[Any] = ()) -> Message:
    """Why the steps of the orders before ``order`` are closed (the status reason): the order
    named by its start, and by its decision day too when another of ``orders`` (the captive's)
    starts that day, so that the reason names one order."""
    same_day = any(o.id != order.id and o.start_date == order.start_date for o in orders)
    if same_day and order.decided_on is not None:
        return msg("Superseded: custody continued under the order decided on {decided}, "
                   "from {day}.", decided=order.decided_on, day=order.start_date)
    return msg("Superseded: custody continued under the order from {day}.", day=order.start_date)


@lru_cache(maxsize=4096)
def says_superseded(reason: str | None) -> bool:
    """Whether a status reason is one :func:`superseded` wrote (in any of the languages,
    for whichever day: the order's start may have been edited since), stored as a message or
    written as text before. (Kept per reason: the steps of many orders give the same.)"""
    said = stored_message(reason)
    if said is not None:
        return said.text in _SUPERSEDED_TEXTS
    return written_from(reason, _superseded_from) or any(
        reason.startswith(before) and reason.endswith(after)  # type: ignore[union-attr]
        for before, after in _SUPERSEDED_WRITTEN_EARLIER)


def _superseded_from(day: str) -> Message:
    return msg("Superseded: custody continued under the order from {day}.", day=day)


# The reason as the Armenian and Russian catalogues wrote it until session 53 (they read the
# order's start as its decision day): such text stored by an older CaseApp is still its own.
_SUPERSEDED_WRITTEN_EARLIER = (
    ("Փոխարինված է. կալանքը շարունակվել է ", "-ի որոշմամբ։"),
    ("Заменено: содержание под стражей продолжено по постановлению от ", "."),
)
_SUPERSEDED_TEXTS = frozenset({
    _superseded_from("").text,
    msg("Superseded: custody continued under the order decided on {decided}, from {day}.").text})
