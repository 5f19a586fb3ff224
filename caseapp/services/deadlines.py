"""Deadlines stored in the case file. (Computing them from rules is the deadline engine's
job; here they are records a lawyer can add, edit, close and dismiss.)"""

from __future__ import annotations

from typing import Any

from sqlalchemy.orm import Session

from caseapp.db.models import Captive, Deadline
from caseapp.domain.dto import DeadlineDTO
from caseapp.domain.enums import DeadlineStatus
from caseapp.domain.errors import ValidationError
from caseapp.services.base import RecordService


class DeadlineService(RecordService[Deadline, DeadlineDTO]):
    model = Deadline
    dto = DeadlineDTO
    noun = "deadline"
    required = ("title", "due_on")
    order_by = ("due_on", "id")

    def summary(self, obj: Deadline) -> str:
        return obj.title

    def apply(self, s: Session, obj: Deadline, fields: dict[str, Any]) -> None:
        super().apply(s, obj, fields)
        # A computed deadline whose date the lawyer changes is kept as theirs from then on.
        if obj.id is not None and obj.rule_id and {"due_on", "due_time"} & set(fields):
            obj.overridden = True

    def validate(self, s: Session, obj: Deadline) -> None:
        if obj.captive_id is not None and s.get(Captive, obj.captive_id) is None:
            raise ValidationError(f"There is no captive with ID {obj.captive_id}.", field="captive_id")
        if obj.status is DeadlineStatus.DISMISSED and not (obj.status_reason or "").strip():
            raise ValidationError("Say why the deadline is dismissed.", field="status_reason")

    def to_dto(self, s: Session, obj: Deadline) -> DeadlineDTO:
        return self.make_dto(obj, explanation=tuple(obj.explanation or ()))
