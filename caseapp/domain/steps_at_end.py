"""The deadlines of detention orders an end of custody closes: the one rule the release's
write (:mod:`caseapp.services.custody_steps`) follows and the "Change status" dialog and
``caseapp captives status`` announce.

Once custody has ended (released, repatriated, dead), a step of a detention order due after
that day (the order's expiry, the extension motions, the filing steps) no longer runs: the
open ones are closed in the same write as the status, saying why, and open again when the
status is put back (Undo). A step the lawyer dated by hand is left open: the day is theirs,
and so is closing it; the dialog and the command line say how many stay open so.

The time limits of the international proceedings (ECHR Art. 35, Rule 39) and the steps of
the criminal case are not detention orders' steps: a release never closes them."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date


def closes_at_end(due_on: date, overridden: bool, day: date) -> bool:
    """Whether an open step of a detention order, due on ``due_on`` (``overridden``: dated
    by hand), is closed when custody ends on ``day``."""
    return due_on > day and not overridden


@dataclass(frozen=True, slots=True)
class StepsAtEnd:
    """Of a captive's open detention-order steps due after the day custody ends, the days of
    those the end closes and of those dated by hand, left open (each sorted)."""

    closing: tuple[date, ...] = ()
    by_hand: tuple[date, ...] = ()


def steps_at_end(steps: Iterable[tuple[date, bool]], day: date) -> StepsAtEnd:
    """``steps``: the open detention-order steps as (due day, dated by hand)."""
    after = sorted((due, by_hand) for due, by_hand in steps if due > day)
    return StepsAtEnd(tuple(due for due, by_hand in after if closes_at_end(due, by_hand, day)),
                      tuple(due for due, by_hand in after if by_hand))
