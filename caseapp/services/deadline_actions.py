"""The lawyer's actions on a deadline: done, dismissed, snoozed; and what is due soon."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from caseapp.domain.dto import DeadlineDTO
from caseapp.domain.enums import DeadlineStatus
from caseapp.domain.errors import ValidationError
from caseapp.domain.messages import msg
from caseapp.domain.snooze_lines import snooze_line, snooze_of, snoozed_until
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
        """Hide an open deadline from :meth:`upcoming` until ``until`` (kept in its notes;
        the due date does not change). A hard deadline (set by a court) is never snoozed
        silently: without a ``reason`` it is refused; the reason is kept on the snooze line
        and so in the audit trail."""
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

    def upcoming(self, within_days: int = 30, *, captive_id: int | None = None,
                 include_snoozed: bool = False) -> list[DeadlineDTO]:
        """Open deadlines due by today + ``within_days``, overdue ones included, in date
        order; snoozed ones are left out until their snooze ends."""
        if within_days < 0:
            raise ValidationError(msg("The number of days cannot be negative."), field="within")
        today = self.ctx.today()
        horizon = today + timedelta(days=within_days)
        filters: dict[str, Any] = {"status": DeadlineStatus.OPEN}
        if captive_id is not None:
            filters["captive_id"] = captive_id
        result = []
        for d in self.deadlines.list(**filters):
            if d.due_on > horizon:
                continue
            until = snoozed_until(d.notes)
            if not include_snoozed and until is not None and until > today:
                continue
            result.append(d)
        return result
