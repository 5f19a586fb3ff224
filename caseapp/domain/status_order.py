"""A captive's status history in the order of its dates, whatever order it was typed in.

The current status is the latest by date; of two changes on one day, the one recorded later.
A change dated before the current status's day (a "backdated" change: a hearing learnt of
after the release) goes into the history in date order and leaves the current status as it
is: the history never says a captive was released and then put on trial before that.
One rule for the status history shown and printed, the days in custody and the releases
(:mod:`caseapp.domain.custody_periods`) and the write (:mod:`caseapp.services.captives`).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import replace
from datetime import date
from typing import TypeVar

from caseapp.domain.dto import StatusChangeDTO
from caseapp.domain.enums import CaptiveStatus

T = TypeVar("T")


def in_date_order(items: Iterable[T], day: Callable[[T], date | None]) -> list[T]:
    """``items`` (in the order recorded) by their day; of one day, in the order recorded. An
    undated item (a captive made without a status date, an undo to a status that had none)
    keeps its place right after the item recorded before it."""
    keyed = []
    last = date.min
    for i, item in enumerate(items):
        d = day(item)
        last = d if d is not None else last
        keyed.append(((last, i), item))
    return [item for _key, item in sorted(keyed, key=lambda k: k[0])]


def backdated(current: CaptiveStatus | None, since: date | None, new: CaptiveStatus,
              day: date | None, history: Sequence[tuple[CaptiveStatus, date | None]]) -> bool:
    """Whether a change to ``new`` on ``day`` is dated before the current status (``current``
    since ``since``) and so goes into the history without becoming the current status. The
    current status's own day moved earlier (a release found to have been two days sooner) is
    a correction, not a backdated change, while no other status lies between the two days."""
    if current is None or since is None or day is None or day >= since:
        return False
    if new != current:
        return True
    return any(d is not None and day <= d < since and status != current
               for status, d in history)


def status_on(history: Sequence[tuple[CaptiveStatus, date | None]],
              day: date) -> CaptiveStatus | None:
    """The status the history says was in force on ``day`` (None: none recorded by then)."""
    found = None
    for status, d in in_date_order(history, lambda c: c[1]):
        if d is not None and d <= day:
            found = status
    return found


def read_by_date(changes: Iterable[StatusChangeDTO]) -> list[StatusChangeDTO]:
    """The status history as it is shown and printed: ``changes`` (in the order recorded) by
    their dates, each one's previous status the status of the line before it by date (the one
    recorded was the current status when it was typed, which a change dated earlier and typed
    after it no longer is), and each line typed after a change dated later marked
    ``entered_later``. The recorded facts stay as they are; only their reading is by date."""
    ordered = in_date_order(sorted(changes, key=lambda c: c.id), lambda c: c.effective_on)
    out: list[StatusChangeDTO] = []
    for i, c in enumerate(ordered):
        later = any(o.id < c.id for o in ordered[i + 1:])
        before = ordered[i - 1].new_status if i else (None if later else c.old_status)
        out.append(replace(c, old_status=before, entered_later=later))
    return out


def kept_by_level(history: Sequence[StatusChangeDTO],
                  kept: Sequence[StatusChangeDTO]) -> tuple[StatusChangeDTO, ...]:
    """The lines of ``history`` (read by date) an output's level keeps: a line whose previous
    line is withheld says no previous status (it would name the withheld one)."""
    shown = {c.id for c in kept}
    before = {c.id: (history[i - 1].id if i else None) for i, c in enumerate(history)}
    return tuple(c if before.get(c.id) is None or before[c.id] in shown
                 else replace(c, old_status=None) for c in kept)
