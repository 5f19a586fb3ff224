"""Periods of custody read from a captive's status history: the releases that ended custody
and the gaps between a release and a re-arrest.

Days in custody count the periods of detention, not the calendar since the capture: the
length of pre-trial detention under ECHR Art. 5 § 3 and the cumulative custody compared with
the statutory maximum (DOMAIN.md, "Detention order") add up the periods a person was held,
so the days between a release and a re-arrest are not counted. One rule for the captive's
file, the lists, the dossier, the status report, the letters and the settling of a detention
order's steps (:mod:`caseapp.services.custody_steps`).
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from caseapp.domain.enums import CaptiveStatus
from caseapp.domain.status_order import in_date_order

# A status change as the history records it, in the order recorded: the new status and the
# day it took effect (None: no day, as a captive made without one or a change undone to it).
# Read in the order of the days (:func:`~caseapp.domain.status_order.in_date_order`): a change
# typed in after a later one counts where its day puts it.
Change = tuple[CaptiveStatus, date | None]


def _by_date(history: Sequence[Change]) -> list[Change]:
    return in_date_order(history, lambda c: c[1])


def releases(history: Sequence[Change]) -> list[date]:
    """The days custody ended (released, repatriated, dead), by date. A release withdrawn
    ends nothing: set by mistake and then undone or put back, the next status (by date; of
    the same day, recorded later) is in custody as of that day, or with no day (an undo to a
    status that had none)."""
    history = _by_date(history)
    out: list[date] = []
    for (status, day), after in zip(history, [*history[1:], None][:len(history)], strict=True):
        withdrawn = after is not None and not after[0].ended and (
            after[1] is None or (day is not None and after[1] <= day))
        if status.ended and day is not None and not withdrawn:
            out.append(day)
    return out


def gaps(history: Sequence[Change]) -> list[tuple[date, date]]:
    """The periods out of custody between a release (:func:`releases`) and the next status
    in custody as of a later day (a re-arrest): ``(released, back)``, the days from the
    release up to the day before the re-arrest not held."""
    ended = set(releases(history))
    history = _by_date(history)
    out = []
    released: date | None = None
    for status, day in history:
        if status.ended and day is not None and day in ended:
            released = released or day
        elif released is not None and status.in_custody and day is not None and day > released:
            out.append((released, day))
            released = None
    return out


def days_held(capture: date | None, end: date, history: Sequence[Change]) -> int | None:
    """Whole days in custody from ``capture`` to ``end`` (today, or the day custody ended),
    less the gaps between a release and a re-arrest; None when the capture is unknown."""
    if capture is None:
        return None
    days = max(0, (end - capture).days)
    if not history:  # held throughout (the usual captive): no release to leave out
        return days
    for released, back in gaps(history):
        start, stop = max(released, capture), min(back, end)
        if stop > start:
            days -= (stop - start).days
    return max(0, days)
