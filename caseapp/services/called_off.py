"""The deadlines a verdict, appeal or cassation hearing set off, while the lawyer records
what became of it: closed when it is recorded adjourned or cancelled (nothing was decided
that day), open again when that is corrected (put back to scheduled or held).

Only the deadlines this hearing's state closed come back: those dismissed with one of
:data:`CALLED_OFF_REASONS` (the lawyer's own closings, a deadline already long past when
recorded, one the rules no longer give, keep their state). They are opened saying why
(:data:`OPEN_AGAIN`), before the engine computes them again from the hearing as it now
stands: a date is moved only as the rules move it (never later when the counting is not
verified), and one the rules no longer give (the hearing has not sat yet) is closed as
such. Undoing either step is the other step, so they are symmetrical.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from caseapp.db.models import Deadline
from caseapp.domain.enums import DeadlineStatus, HearingState
from caseapp.domain.messages import msg
from caseapp.domain.moot_hearings import CALLED_OFF
from caseapp.domain.stored_messages import stored_text

# Why the open deadlines of a hearing recorded adjourned or cancelled are closed.
CALLED_OFF_REASONS = {
    HearingState.ADJOURNED: msg("The hearing they were computed from was adjourned: nothing "
                                "was decided that day."),
    HearingState.CANCELLED: msg("The hearing they were computed from was cancelled."),
}
# Why they are open again once the hearing is no longer recorded so.
OPEN_AGAIN = msg("Open again: the hearing they were computed from is no longer recorded as "
                 "adjourned or cancelled.")
_CLOSED_HERE = frozenset(stored_text(m) for m in CALLED_OFF_REASONS.values())


def closed_by_state(deadlines: Iterable[Deadline]) -> list[Deadline]:
    """Of a hearing's ``deadlines``, those its being recorded adjourned or cancelled closed,
    in id order."""
    return sorted((d for d in deadlines if d.status is DeadlineStatus.DISMISSED
                   and d.status_reason in _CLOSED_HERE), key=lambda d: d.id)


def called_off(hearing: Any) -> bool:
    """Whether ``hearing`` is recorded adjourned or cancelled."""
    return hearing.state in CALLED_OFF
