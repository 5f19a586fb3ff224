"""The deadlines an international proceeding set off (the Government's reply to a
communication, the friendly-settlement phase), while the lawyer records what became of it:
closed when it is recorded decided, rejected or closed (the Working Group's opinion adopted,
the application declared inadmissible or struck out, a judgment given), open again when that
is corrected. The same steps as a hearing called off (:mod:`caseapp.services.called_off`).

A Chamber judgment (``judgment_on``) is what decides an application: the deadlines it sets off
(the three months to request referral to the Grand Chamber, the day the judgment becomes
final: :data:`JUDGMENT_EVENT`) run after the proceeding is recorded decided, and are never
closed by its status; the lawyer marks them done (the panel's rejection, the Grand Chamber's
own judgment). Time limits set in the Court's letters (a delivery's) are not closed either:
the Court sets them after a judgment too (just satisfaction reserved, observations on a
referral request), and a date typed from its letter is the lawyer's to close.

Only the deadlines the proceeding's status closed come back: those dismissed with one of
:data:`ENDED_REASONS` (the lawyer's own closings keep their state). They are opened saying
why (:data:`OPEN_AGAIN`), before the engine computes them again from the proceeding as it now
stands: a date set by hand (an extension granted to the Government) is kept, as always.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from datetime import date
from typing import Any

from caseapp.db.models import Deadline
from caseapp.domain.enums import (
    AuditAction,
    DeadlineStatus,
    InternationalBody,
    InternationalProceedingKind,
    ProceedingStatus,
)
from caseapp.domain.errors import ValidationError
from caseapp.domain.messages import msg
from caseapp.domain.stored_messages import stored_text
from caseapp.services.labels import value_label
from caseapp.services.values import require_past

# Why the open deadlines of a proceeding recorded so are closed.
ENDED_REASONS = {
    ProceedingStatus.DECIDED: msg("The international proceeding they were computed from was "
                                  "recorded as decided."),
    ProceedingStatus.REJECTED: msg("The international proceeding they were computed from was "
                                   "recorded as rejected."),
    ProceedingStatus.CLOSED: msg("The international proceeding they were computed from was "
                                 "recorded as closed."),
}
# Why they are closed once a judgment is recorded, whatever the status says (a referral
# accepted: pending again before the Grand Chamber): the communication's phase is over.
JUDGED = msg("A Chamber judgment was recorded in the international proceeding they were "
             "computed from: the communication's phase is over.")
# Why they are open again once it is no longer recorded so.
OPEN_AGAIN = msg("Open again: the international proceeding they were computed from is no "
                 "longer recorded as decided, rejected or closed.")
_CLOSED_HERE = frozenset(stored_text(m) for m in (*ENDED_REASONS.values(), JUDGED))
# The event of an ECHR Chamber judgment: its rules count from ``judgment_on``.
JUDGMENT_EVENT = "echr_judgment"


def has_ended(proceeding: Any) -> bool:
    """Whether ``proceeding`` is recorded as decided, rejected or closed: it sets off no
    deadline."""
    return proceeding.status in ENDED_REASONS


def communication_over(proceeding: Any) -> bool:
    """Whether the communication's deadlines are over: the proceeding is recorded ended, or
    a Chamber judgment is recorded in it."""
    return has_ended(proceeding) or judgment_day(proceeding) is not None


def judgment_day(proceeding: Any) -> date | None:
    """The day of an ECHR Chamber judgment the proceeding records, which its deadlines count
    from (another body's decision, or the Court's on interim measures, sets none off)."""
    return proceeding.judgment_on if _judged_kind(proceeding) else None


def _judged_kind(proceeding: Any) -> bool:
    """An application to the ECHR: the only proceeding a Chamber judgment ends."""
    return (proceeding.body is InternationalBody.ECHR
            and proceeding.kind is InternationalProceedingKind.APPLICATION)


def check_judgment_day(proceeding: Any, today: date) -> None:
    """Refuse a judgment date the deadlines would count wrongly from: one on another
    proceeding than an application to the ECHR (another body's, a Rule 39 request), one still
    ahead, one before the lodging or the communication."""
    day = proceeding.judgment_on
    if day is None:
        return
    if not _judged_kind(proceeding):
        raise ValidationError(msg(
            "The date of a Chamber judgment is for an application to the ECHR: record the "
            "decision of {body} in the outcome.", body=value_label(proceeding.body)),
            field="judgment_on")
    require_past(day, today, field="judgment_on", what=msg("The Chamber judgment"))
    if proceeding.communicated_on is not None and day < proceeding.communicated_on:
        raise ValidationError(msg(
            "The Chamber judgment ({judgment_on}) is before the communication to the "
            "Government ({communicated_on}): check both dates.", judgment_on=day,
            communicated_on=proceeding.communicated_on), field="judgment_on")
    if proceeding.lodged_on is not None and day < proceeding.lodged_on:
        raise ValidationError(msg(
            "The Chamber judgment ({judgment_on}) is before the lodging ({lodged_on}): check "
            "both dates.", judgment_on=day, lodged_on=proceeding.lodged_on),
            field="judgment_on")


def follow_status(proceeding: Any, known: Iterable[Deadline],
                  write: Callable[..., None], *, kept: frozenset[str] = frozenset()) -> None:
    """A proceeding recorded as ended closes its open deadlines (``known``: those it set off),
    saying why, as does one with a judgment; recorded otherwise, exactly those it closed are
    open again, saying why.
    ``kept``: the rules whose deadlines its end does not close (those of its judgment).
    ``write(rows, action, **fields)`` writes and audits (the engine's ``_write_all``)."""
    known = sorted((d for d in known if d.rule_id not in kept), key=lambda d: d.id)
    if communication_over(proceeding):
        reason = (ENDED_REASONS[ProceedingStatus(proceeding.status)] if has_ended(proceeding)
                  else JUDGED)
        write([d for d in known if d.status is DeadlineStatus.OPEN], AuditAction.UPDATE,
              status=DeadlineStatus.DISMISSED, status_reason=reason)
        return
    write([d for d in known if d.status is DeadlineStatus.DISMISSED
           and d.status_reason in _CLOSED_HERE], AuditAction.UPDATE,
          status=DeadlineStatus.OPEN, status_reason=OPEN_AGAIN)
