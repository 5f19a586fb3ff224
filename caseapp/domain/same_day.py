"""The one order of deadlines every list, report, calendar and the CLI give: as they fall
due, and of those due on one day, in the order the law takes them.

On one day: first those due at an hour, by their moment (:func:`due_order`); then what the
lawyer must act on before what follows from it — the steps of an expiring detention order
in their legal sequence before the expiry, the request for referral before "the judgment
becomes final" — (:func:`act_rank`); then by the captive's name as shown; then by the rule
and the deadline's uid, which do not depend on the order the records were typed or
imported in (never the row's id).

The sequence of the shipped rules is written here (the rules' files say what each rule
is; tests/test_same_day_order.py checks every rule named here is shipped). A rule not
named here (a lawyer's own, a deadline entered by hand) is an action, between the steps
and the events that follow from them."""

from __future__ import annotations

from datetime import date, datetime, time
from functools import lru_cache
from typing import Protocol

from caseapp.domain.collation import name_order_text
from caseapp.domain.dates import due_order
from caseapp.domain.messages import current_language

# Steps to take, in the legal sequence (one before the next on one day).
STEPS: tuple[str, ...] = (
    # AZ CCrP Art. 159.3-1, 159.2: investigator → supervising prosecutor → senior
    # prosecutor → the motion in court, all before the order expires.
    "az.detention.extension_upstream_10",
    "az.detention.extension_upstream_7",
    "az.detention.extension_request",
    "am.detention.extension_request",
)
# What follows when nothing was done by then: after every action due that day.
EVENTS: tuple[str, ...] = (
    "az.detention.expiry",                       # after the motions to extend it
    "echr.communication.friendly_settlement",    # a reminder, after a filing due that day
    "echr.judgment.final",                       # after the request for referral (Art. 43, 44 § 2)
)

_RANK: dict[str, int] = {
    **{rule: n for n, rule in enumerate(STEPS)},
    **{rule: len(STEPS) + 1 + n for n, rule in enumerate(EVENTS)},
}
_ACTION = len(STEPS)  # any other rule, or none


def act_rank(rule_id: str | None) -> int:
    """Where a deadline of ``rule_id`` stands among those due on its day: steps in their
    sequence, then actions, then the events that follow from missing them."""
    return _RANK.get(rule_id or "", _ACTION)


class Due(Protocol):
    """What the order reads of a deadline (a DTO, a row of a query)."""

    @property
    def due_on(self) -> date: ...
    @property
    def due_time(self) -> time | None: ...
    @property
    def timezone(self) -> str: ...
    @property
    def rule_id(self) -> str: ...
    @property
    def uid(self) -> str: ...


DeadlineKey = tuple[date, int, datetime, int, str, str, str]


def deadline_order(d: Due, captive_name: str = "", lang: str | None = None) -> DeadlineKey:
    """The sort key of deadline ``d`` in every list (see the module): ``captive_name`` as the
    list shows it, sorted as ``lang`` (the current language by default) sorts names."""
    return (*due_order(d.due_on, d.due_time, d.timezone or ""), act_rank(d.rule_id),
            _name(captive_name, lang or current_language()), d.rule_id or "", d.uid)


# A list of tens of thousands of deadlines names a few thousand captives: each read once.
_name = lru_cache(maxsize=4096)(name_order_text)
