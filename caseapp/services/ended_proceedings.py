"""The deadlines an international proceeding set off (the Government's reply to a
communication, the friendly-settlement phase), while the lawyer records what became of it:
closed when it is recorded decided, rejected or closed (the Working Group's opinion adopted,
the application declared inadmissible or struck out, a judgment given), open again when that
is corrected. The same steps as a hearing called off (:mod:`caseapp.services.called_off`).

Only the deadlines the proceeding's status closed come back: those dismissed with one of
:data:`ENDED_REASONS` (the lawyer's own closings keep their state). They are opened saying
why (:data:`OPEN_AGAIN`), before the engine computes them again from the proceeding as it now
stands: a date set by hand (an extension granted to the Government) is kept, as always.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any

from caseapp.db.models import Deadline
from caseapp.domain.enums import AuditAction, DeadlineStatus, ProceedingStatus
from caseapp.domain.messages import msg
from caseapp.domain.stored_messages import stored_text

# Why the open deadlines of a proceeding recorded so are closed.
ENDED_REASONS = {
    ProceedingStatus.DECIDED: msg("The international proceeding they were computed from was "
                                  "recorded as decided."),
    ProceedingStatus.REJECTED: msg("The international proceeding they were computed from was "
                                   "recorded as rejected."),
    ProceedingStatus.CLOSED: msg("The international proceeding they were computed from was "
                                 "recorded as closed."),
}
# Why they are open again once it is no longer recorded so.
OPEN_AGAIN = msg("Open again: the international proceeding they were computed from is no "
                 "longer recorded as decided, rejected or closed.")
_CLOSED_HERE = frozenset(stored_text(m) for m in ENDED_REASONS.values())


def has_ended(proceeding: Any) -> bool:
    """Whether ``proceeding`` is recorded as decided, rejected or closed: it sets off no
    deadline."""
    return proceeding.status in ENDED_REASONS


def follow_status(proceeding: Any, known: Iterable[Deadline],
                  write: Callable[..., None]) -> None:
    """A proceeding recorded as ended closes its open deadlines (``known``: those it set off),
    saying why; recorded otherwise, exactly those it closed are open again, saying why.
    ``write(rows, action, **fields)`` writes and audits (the engine's ``_write_all``)."""
    known = sorted(known, key=lambda d: d.id)
    if has_ended(proceeding):
        write([d for d in known if d.status is DeadlineStatus.OPEN], AuditAction.UPDATE,
              status=DeadlineStatus.DISMISSED,
              status_reason=ENDED_REASONS[ProceedingStatus(proceeding.status)])
        return
    write([d for d in known if d.status is DeadlineStatus.DISMISSED
           and d.status_reason in _CLOSED_HERE], AuditAction.UPDATE,
          status=DeadlineStatus.OPEN, status_reason=OPEN_AGAIN)
