"""The term of months and days a stored deadline was counted with, read back from its stored
steps, and whether an earlier version counted it the later way.

A deadline applied by hand from the rule calculator keeps no record of the values it was
given (the term of an order the case file does not record) but its explanation: the steps
"+1 month (Term of the order (months)) → 28 Feb 2027", "+1 day (…) → 1 Mar 2027", stored as
messages (:func:`caseapp.domain.deadline_steps.stored_steps`) or, by the versions before steps
were messages, as English text. This version counts a term of months and days the earlier of
months first and days first (:func:`caseapp.domain.dates.add_term_earlier`) and says so in a
step of its own; a deadline whose steps add months and days without that step, where the
days first end earlier, was counted the later way by an earlier version
(:func:`counted_later_by_steps`). Pure Python: read by the recount at a file's opening
(:mod:`caseapp.services.expiry_recount`).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from caseapp.domain.dates import add_term
from caseapp.domain.rules import Rule, Unit

# The stored step this version adds to a term it counted the days first.
DAYS_FIRST_STEP = "the days added before the months → {day}"
# An added amount as a message stores it, by the text of its unit.
_MESSAGE_UNITS = {"{sign}{count} month": Unit.MONTHS, "{sign}{count} day": Unit.CALENDAR_DAYS,
                  "{sign}{count} week": Unit.WEEKS}
_ADDED = ("{amount} → {day}", "{amount} → {day} ({note})")
# An added amount as the versions before messages wrote it: "+1 month (Term …) → 2027-02-28".
_TEXT_STEP = re.compile(r"^([+−-])(\d+) (working day|month|day|week|hour)s?\b.* → \d{4}-\d\d-\d\d")
_TEXT_UNITS = {"month": Unit.MONTHS, "day": Unit.CALENDAR_DAYS, "week": Unit.WEEKS}


@dataclass(frozen=True)
class StoredTerm:
    """The amounts a stored deadline's steps added, in their order, as ``(unit, amount)``;
    ``days_first``: a step says the days were added before the months (this version's)."""

    added: tuple[tuple[Unit, int], ...]
    days_first: bool

    @property
    def months(self) -> int:
        return sum(n for unit, n in self.added if unit is Unit.MONTHS)

    @property
    def days(self) -> int:
        return sum(n * (7 if unit is Unit.WEEKS else 1) for unit, n in self.added
                   if unit is not Unit.MONTHS)


def stored_term(steps: Iterable[Any] | None) -> StoredTerm | None:
    """The term of months and days a deadline's stored steps added (both more than 0, nothing
    but months, days and weeks, all added forward), else None."""
    added: list[tuple[Unit, int]] = []
    days_first = False
    for step in steps or ():
        if isinstance(step, Mapping):
            text = step.get("text")
            if isinstance(text, str) and text.startswith(DAYS_FIRST_STEP):
                days_first = True
            elif text in _ADDED:
                part = _message_amount(step)
                if part is None:
                    return None
                added.append(part)
        elif isinstance(step, str) and (found := _TEXT_STEP.match(step)):
            unit = _TEXT_UNITS.get(found.group(3))
            if unit is None or found.group(1) != "+":
                return None
            added.append((unit, int(found.group(2))))
    term = StoredTerm(tuple(added), days_first)
    if not term.months or not term.days:
        return None
    return term


def _message_amount(step: Mapping[str, Any]) -> tuple[Unit, int] | None:
    """The unit and amount of an added step stored as a message, None for one that is not
    forward months, days or weeks (hours, working days, a negative amount)."""
    try:
        amount = step["values"]["amount"]["message"]
        if amount.get("text") == "{amount} ({parameter})":  # a parameter's value
            amount = amount["values"]["amount"]["message"]
        unit = _MESSAGE_UNITS.get(amount["text"])
        sign = amount.get("values", {}).get("sign")
        count = amount["count"]
    except (KeyError, TypeError, AttributeError):
        return None
    if unit is None or sign != "+" or not isinstance(count, int) or count <= 0:
        return None
    return unit, count


def counted_later_by_steps(trigger: date, term: StoredTerm) -> tuple[date, date] | None:
    """``(later, earlier)``: the day the steps' amounts give added in their order (as an
    earlier version added them) and the day the days first give, when the steps do not say
    the days were added first and the days first end earlier; else None."""
    if term.days_first:
        return None
    try:
        day = trigger
        for unit, n in term.added:
            day = (add_term(day, months=n) if unit is Unit.MONTHS
                   else day + timedelta(days=n * (7 if unit is Unit.WEEKS else 1)))
        days_first = add_term(trigger + timedelta(days=term.days), months=term.months)
    except (ValueError, OverflowError):  # outside the calendar: nothing to count again
        return None
    return (day, days_first) if days_first < day else None


def rule_values(rule: Rule, term: StoredTerm) -> dict[str, int] | None:
    """The values of ``rule``'s parameters that give the steps' amounts (its offset's parts
    that are not 0, in order, against the steps), None where the rule does not count so now
    (its file changed since)."""
    values: dict[str, int] = {}
    added = list(term.added)
    for part in rule.offset:
        if part.param is None and part.amount == 0:
            continue
        if part.param is not None and not added:
            values[part.param] = 0  # a parameter given as 0: no step
            continue
        if not added:
            return None
        unit, n = added[0]
        same_unit = part.unit is unit
        if part.param is not None and not same_unit:
            values[part.param] = 0  # given as 0, no step of its own
            continue
        if not same_unit or (part.param is None and part.amount != n):
            return None
        if part.param is not None:
            values[part.param] = n
        added.pop(0)
    return None if added else values
