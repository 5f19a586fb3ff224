"""Which hearings are not to come: the one rule for the hearings no screen, list, report,
reminder, calendar or letter presents as "the next hearing" of a captive — one the lawyer
recorded as held, adjourned or cancelled, and one a release makes moot.

Only a hearing still ``scheduled`` is to come (:class:`~caseapp.domain.enums.HearingState`).
One adjourned is to come again only as the hearing at its ``next_date`` (a new record); one
cancelled is not at all. Each reader keeps the hearing in its list, marked.

A hearing on custody itself (the extension of detention: :data:`CUSTODY_HEARINGS`) has
nothing left to decide once the captive is released, repatriated or dead: from the day
custody ended on, such a hearing of that captive is not theirs to come. The hearings of the
criminal case (preliminary, trial, verdict, appeal, cassation, other) are not: a trial can
go on in absentia and an appeal after a release, so they stay the next hearing. A captive
in custody again (re-arrested after a release: their status is no longer one that ends
custody) has every hearing ahead of them again.

Nothing recorded changes: the hearing stays in the file, in its list and on the timeline
(marked there), and counts again as soon as the status is put back. A release writes no
state to the hearing (the state is what the court did): the readers leave it out.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from caseapp.domain.enums import CaptiveStatus, HearingKind, HearingState

# The kinds of hearing whose only purpose is custody (detention extension or review).
CUSTODY_HEARINGS = frozenset({HearingKind.DETENTION_EXTENSION})
# The rule trigger each decided hearing sets off (a hearing counts as decided once it has
# taken place and is recorded held or its outcome is entered (:func:`has_decided`), unless it
# is recorded adjourned or cancelled: then nothing was decided that day, and what it set off
# is closed, saying why, until that is corrected: caseapp.services.called_off). Their outcome
# is written once they have begun (caseapp.services.proceedings).
HEARING_EVENTS = {
    HearingKind.VERDICT: "verdict",
    HearingKind.APPEAL: "appellate_decision",
    HearingKind.CASSATION: "final_domestic_decision",
}
# The states of a hearing still to come (on its day or after: caseapp.domain.hearing_days.hearing_ahead).
TO_COME = frozenset({HearingState.SCHEDULED})
# The states of a hearing whose sitting on its day did not take place (a calendar marks it
# cancelled; a document says so).
CALLED_OFF = frozenset({HearingState.ADJOURNED, HearingState.CANCELLED})


def has_decided(outcome: str | None, state: HearingState | str | None) -> bool:
    """Whether a hearing that has begun decided something, as every rule it sets off and the
    filings read it: recorded held (the court sat: a verdict is announced, the 20 days run
    from then, whether or not its outcome is typed yet), or with its outcome entered; never
    one recorded adjourned or cancelled. A past hearing not recorded (still scheduled) with no
    outcome has not: it may have been adjourned."""
    if state in CALLED_OFF:
        return False
    return state == HearingState.HELD or bool((outcome or "").strip())


def to_come(state: HearingState | str | None) -> bool:
    """Whether a hearing in ``state`` may still take place (None: recorded before the state
    was kept, so scheduled)."""
    return state is None or state in TO_COME


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


def moot(kind: HearingKind | str | None, day: date, over: CustodyOver | None, *,
         state: HearingState | str | None) -> bool:
    """Whether a hearing of ``kind`` on ``day`` (in the court's zone), in ``state``, is not to
    come for a captive whose custody is ``over``: one no longer scheduled (held, adjourned,
    cancelled), or a custody hearing on or after the day custody ended."""
    return not to_come(state) or (over is not None and kind in CUSTODY_HEARINGS
                                  and (over.since is None or day >= over.since))


def moot_days(hearings: Iterable[tuple[date, str | None]], day: date | None) -> tuple[date, ...]:
    """Of a captive's ``hearings`` still to come, as (day, kind), the days of those custody
    ending on ``day`` makes moot, in order."""
    over = CustodyOver(day)
    return tuple(sorted(d for d, kind in hearings
                        if moot(kind, d, over, state=HearingState.SCHEDULED)))
