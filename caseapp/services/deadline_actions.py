"""The lawyer's actions on a deadline: done, dismissed, snoozed (what is due soon is the
reminders' :meth:`caseapp.services.reminders.ReminderService.due`, by each deadline's
moment)."""

from __future__ import annotations

from datetime import date
from typing import Any

from caseapp.domain.dto import DeadlineDTO
from caseapp.domain.enums import DeadlineStatus
from caseapp.domain.errors import ValidationError
from caseapp.domain.messages import msg
from caseapp.domain.snooze_lines import snooze_line, snooze_of
from caseapp.domain.stored_messages import Stored, stored_form, stored_text
from caseapp.services.base import ServiceContext
from caseapp.services.deadlines import DeadlineService


class DeadlineActions:
    """Part of :class:`~caseapp.services.deadline_engine.DeadlineEngine`: each action is one
    update of the deadline through its service (checked, audited, in one transaction)."""

    ctx: ServiceContext
    deadlines: DeadlineService

    def mark_done(self, deadline_id: int, note: str = "") -> DeadlineDTO:
        """Close a deadline as done; ``note`` (what was done) is kept as its status reason
        and in the audit trail, with who and when."""
        # The note replaces any earlier reason (why it was dismissed, or open again), which
        # the audit trail keeps: a done deadline never shows another state's reason.
        fields: dict[str, Any] = {"status": DeadlineStatus.DONE,
                                  "status_reason": (note or "").strip()}
        return self.deadlines.update(deadline_id, **fields)

    def dismiss(self, deadline_id: int, reason: str) -> DeadlineDTO:
        if not (reason or "").strip():
            raise ValidationError(msg("Say why the deadline is dismissed."),
                                  field="status_reason")
        return self.deadlines.update(deadline_id, status=DeadlineStatus.DISMISSED,
                                     status_reason=reason.strip())

    def snooze(self, deadline_id: int, until: date | str, reason: str = "") -> DeadlineDTO:
        """Hide an open deadline from the reminders until ``until`` (kept in its notes; the due
        date does not change). A hard deadline (set by a court) is never snoozed silently:
        without a ``reason`` it is refused; the reason is kept on the snooze line and so in
        the audit trail."""
        if isinstance(until, str):
            try:
                until = date.fromisoformat(until)
            except ValueError:
                raise ValidationError(msg("“{text}” is not a date (YYYY-MM-DD).", text=until),
                                      field="until") from None
        if until <= self.ctx.today():
            raise ValidationError(msg("Snooze until a day after today."), field="until")
        current = self.deadlines.get(deadline_id)
        why = " ".join((reason or "").split())
        if current.hard and not why:
            raise ValidationError(msg("“{title}” is a hard deadline set by a court: say why "
                                      "you snooze it.", title=current.title), field="reason")
        kept = [line for line in stored_form(current.notes).splitlines()
                if snooze_of(line) is None]
        notes = Stored("\n".join([*kept, stored_text(snooze_line(until, why))]))  # CaseApp's
        return self.deadlines.update(deadline_id, notes=notes)
