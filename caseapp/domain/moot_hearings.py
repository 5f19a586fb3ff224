"""Which hearings a release makes moot: the one rule for the hearings no screen, list,
report, reminder or letter presents as "the next hearing" of a captive whose custody has
ended.

A hearing on custody itself (the extension of detention: :data:`CUSTODY_HEARINGS`) has
nothing left to decide once the captive is released, repatriated or dead: from the day
custody ended on, such a hearing of that captive is not theirs to come. The hearings of the
criminal case (preliminary, trial, verdict, appeal, cassation, other) are not: a trial can
go on in absentia and an appeal after a release, so they stay the next hearing. A captive
in custody again (re-arrested after a release: their status is no longer one that ends
custody) has every hearing ahead of them again.

Nothing recorded changes: the hearing stays in the file, in its list and on the timeline
(marked there), and counts again as soon as the status is put back. The case file holds no
"cancelled" state of a hearing (its outcome is the court's words, free text), so the readers
leave the hearing out rather than the release writing anything to it.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from caseapp.domain.enums import CaptiveStatus, HearingKind

# The kinds of hearing whose only purpose is custody (detention extension or review).
CUSTODY_HEARINGS = frozenset({HearingKind.DETENTION_EXTENSION})


@dataclass(frozen=True, slots=True)
class CustodyOver:
    """A captive's custody has ended, ``since`` that day (None: the day is not recorded, so
    every hearing still to come is after it)."""

    since: date | None


def custody_over(status: CaptiveStatus | str | None, since: date | None) -> CustodyOver | None:
    """The end of custody a status (recorded ``since``) says, None while custody goes on (or
    the status is unknown or withheld)."""
    if status is None:
        return None
    try:
        ended = CaptiveStatus(status).ended
    except ValueError:
        return None
    return CustodyOver(since) if ended else None


def moot(kind: HearingKind | str | None, day: date, over: CustodyOver | None) -> bool:
    """Whether a hearing of ``kind`` on ``day`` (in the court's zone) is moot for a captive
    whose custody is ``over``: a custody hearing on or after the day custody ended."""
    return (over is not None and kind in CUSTODY_HEARINGS
            and (over.since is None or day >= over.since))


def moot_days(hearings: Iterable[tuple[date, str | None]], day: date | None) -> tuple[date, ...]:
    """Of a captive's ``hearings`` still to come, as (day, kind), the days of those custody
    ending on ``day`` makes moot, in order."""
    over = CustodyOver(day)
    return tuple(sorted(d for d, kind in hearings if moot(kind, d, over)))
