"""Deadlines stored in the case file. (Computing them from rules is the deadline engine's
job; here they are records a lawyer can add, edit, close and dismiss.)"""

from __future__ import annotations

from typing import Any

from sqlalchemy.orm import Session

from caseapp.db.models import Deadline, Document
from caseapp.domain.deadline_steps import load_steps
from caseapp.domain.dto import Changes, DeadlineDTO
from caseapp.domain.enums import AuditAction, DeadlineStatus
from caseapp.domain.errors import ValidationError
from caseapp.domain.messages import Message, msg
from caseapp.domain.rule_names import RuleTitles, read_naming_rules
from caseapp.domain.same_day import deadline_order
from caseapp.domain.stored_messages import Stored, stored_text
from caseapp.domain.zone_check import known_zone
from caseapp.services.audit_trail import audit
from caseapp.services.base import announce, record_key, snapshot
from caseapp.services.records import RecordService, require_captive

# The audit entry that carries the lawyer's note on a deleted deadline (after the entry of
# the deletion itself, in the same transaction).
DELETE_NOTE_FIELD = "note"


class DeadlineService(RecordService[Deadline, DeadlineDTO]):
    model = Deadline
    dto = DeadlineDTO
    noun = msg("deadline")
    required = ("title", "due_on")
    order_by = ("due_on", "id")
    # How the rules in force name a rule (the case file sets it): a reason stored before,
    # naming the rule by its id, reads with its title (caseapp.domain.rule_names).
    rule_titles: RuleTitles | None = None

    def list(self, **filters: Any) -> list[DeadlineDTO]:
        """As :meth:`RecordService.list`, in every list's order (as they fall due, on one day
        in the order the law takes them: :func:`deadline_order`), not as recorded."""
        return sorted(super().list(**filters), key=deadline_order)

    def summary(self, obj: Deadline) -> str:
        return obj.title

    def apply(self, s: Session, obj: Deadline, fields: dict[str, Any]) -> None:
        if isinstance(fields.get("status_reason"), Message):  # CaseApp's, put back (undo)
            fields = {**fields, "status_reason": Stored(stored_text(fields["status_reason"]))}
        super().apply(s, obj, fields)
        # A computed deadline whose date the lawyer changes is kept as theirs from then on
        # (unless the write says so itself: an undo gives the date back to the rules).
        if obj.id is not None and obj.rule_id and {"due_on", "due_time"} & set(fields) \
                and "overridden" not in fields:
            obj.overridden = True

    def validate(self, s: Session, obj: Deadline) -> None:
        if obj.timezone:  # (none: a whole day of no court, due by the end of the lawyer's)
            known_zone(obj.timezone)
        if obj.captive_id is not None:
            require_captive(s, obj.captive_id)
        if obj.status is DeadlineStatus.DISMISSED and not (obj.status_reason or "").strip():
            raise ValidationError(msg("Say why the deadline is dismissed."), field="status_reason")
        if obj.document_id is not None:
            document = s.get(Document, obj.document_id)
            if document is None:
                raise ValidationError(msg("There is no document with ID {record_id}.", record_id=obj.document_id),
                                      field="document_id")
            if document.captive_id is not None and obj.captive_id is None:
                raise ValidationError(msg("The document “{title}” belongs to a captive; this deadline is about no "
                                          "captive.", title=document.title), field="document_id")
            if document.captive_id is not None and document.captive_id != obj.captive_id:
                raise ValidationError(msg("The document “{title}” belongs to another captive.",
                                          title=document.title), field="document_id")

    def delete(self, record_id: int, note: str = "") -> None:
        """Delete a deadline for good; ``note`` (why) goes into the audit trail beside the
        deletion, with who and when."""
        with self.ctx.transaction() as s:
            obj = self._load(s, record_id)
            self.audit_deletion(s, obj, note=note)
            change = Changes("deadlines", AuditAction.DELETE, (record_key(obj),),
                             self.captive_ids(obj))
            if self.before_delete is not None:
                self.before_delete(s, obj)
            s.delete(obj)
            s.flush()
            announce(s, change)

    def audit_deletion(self, s: Session, obj: Deadline, *, note: str = "",
                       captive_uid: str | None = None, also: dict[str, Any] | None = None,
                       ) -> None:
        """The audit entries of a deadline about to be deleted: the record as it was (what
        the daily log and the calendar's cancellation read, :mod:`calendar_deletions`), with
        ``also`` beside its columns, and the lawyer's ``note``. ``captive_uid``: whose History
        shows it (its own captive's by default)."""
        summary = self.summary(obj)
        if captive_uid is None:
            captive_uid = self.captive_uid(s, obj)
        audit(s, self.ctx, AuditAction.DELETE, obj, summary=summary, captive_uid=captive_uid,
              old={**snapshot(obj, self._columns()), **(also or {})})
        if (note or "").strip():
            audit(s, self.ctx, AuditAction.DELETE, obj, summary=summary,
                  captive_uid=captive_uid, field=DELETE_NOTE_FIELD, new=note.strip())

    def audit_restored(self, s: Session, obj: Deadline) -> None:
        """The audit entry of a deleted deadline put back (flushed) other than by its own
        undo (a merge undone): a record again, with a SEQUENCE above its cancellation's."""
        audit(s, self.ctx, AuditAction.CREATE, obj, summary=self.summary(obj),
              captive_uid=self.captive_uid(s, obj), new=snapshot(obj, self._columns()))

    def to_dto(self, s: Session, obj: Deadline) -> DeadlineDTO:
        return self.make_dto(obj, explanation=load_steps(obj.explanation),
                             status_reason=read_naming_rules(obj.status_reason,
                                                                     self.rule_titles))
