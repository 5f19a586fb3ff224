"""Organisations, contacts, and the advocacy log (interventions)."""

from __future__ import annotations

from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session, selectinload

from caseapp.db.models import Captive, Contact, Intervention, Organisation
from caseapp.domain.dto import ContactDTO, InterventionDTO, OrganisationDTO
from caseapp.domain.errors import ValidationError
from caseapp.domain.messages import Message, msg
from caseapp.services import batch_rows
from caseapp.services.records import RecordService
from caseapp.services.values import coerce_ids, column_equals, require_past


class OrganisationService(RecordService[Organisation, OrganisationDTO]):
    model = Organisation
    dto = OrganisationDTO
    noun = msg("organisation")
    required = ("name",)
    order_by = ("name", "id")

    def summary(self, obj: Organisation) -> str:
        return obj.name

    def uses(self, record_id: int) -> tuple[int, int]:
        """The interventions addressed to the organisation and the people in it: what its
        deletion would leave without it (the undo of its Add is refused while any are)."""
        with self.ctx.read() as s:
            return (s.scalar(select(func.count()).where(Intervention.organisation_id == record_id))
                    or 0,
                    s.scalar(select(func.count()).where(Contact.organisation_id == record_id)) or 0)

    def addressed_alone(self, record_id: int) -> int:
        """The interventions addressed to the organisation and to no person: its deletion
        would leave them with no addressee (one to a person of it keeps the person)."""
        with self.ctx.read() as s:
            return s.scalar(select(func.count()).where(
                Intervention.organisation_id == record_id,
                Intervention.contact_id.is_(None))) or 0


class ContactService(RecordService[Contact, ContactDTO]):
    model = Contact
    dto = ContactDTO
    noun = msg("contact")
    required = ("name",)
    order_by = ("name", "id")

    def summary(self, obj: Contact) -> str:
        return obj.name

    def uses(self, record_id: int) -> tuple[int, int]:
        """The interventions addressed to the person (and no people: see
        :meth:`OrganisationService.uses`)."""
        with self.ctx.read() as s:
            return (s.scalar(select(func.count()).where(Intervention.contact_id == record_id))
                    or 0, 0)

    def addressed_alone(self, record_id: int) -> int:
        """The interventions addressed to the person and to no organisation (a family
        member's, as a rule): their deletion would leave them with no addressee."""
        with self.ctx.read() as s:
            return s.scalar(select(func.count()).where(
                Intervention.contact_id == record_id,
                Intervention.organisation_id.is_(None))) or 0

    def validate(self, s: Session, obj: Contact) -> None:
        if obj.organisation_id is not None and batch_rows.record(
                s, Organisation, obj.organisation_id) is None:
            raise ValidationError(msg("There is no organisation with ID {record_id}.", record_id=obj.organisation_id),
                                  field="organisation_id")


class InterventionService(RecordService[Intervention, InterventionDTO]):
    """One advocacy step; ``captive_ids`` lists the captives it concerns."""

    model = Intervention
    dto = InterventionDTO
    noun = msg("intervention")
    required = ("made_on",)
    order_by = ("made_on", "id")

    def summary(self, obj: Intervention) -> str | Message:
        return obj.subject or msg("Intervention of {day}", day=obj.made_on)

    def captive_ids(self, obj: Intervention) -> tuple[int, ...]:
        return tuple(c.id for c in obj.captives)

    def relations(self, obj: Intervention) -> dict[str, Any]:
        return {"captives": [c.uid for c in obj.captives]}

    def apply(self, s: Session, obj: Intervention, fields: dict[str, Any]) -> None:
        fields = dict(fields)
        captive_ids = fields.pop("captive_ids", None)
        super().apply(s, obj, fields)
        if captive_ids is not None:
            ids = coerce_ids(captive_ids, field="captive_ids")
            found = {c.id: c for c in s.scalars(select(Captive).where(Captive.id.in_(ids)))}
            missing = [i for i in ids if i not in found]
            if missing:
                raise ValidationError(msg("There is no captive with ID {record_id}.",
                                          record_id=missing[0]), field="captive_ids")
            obj.captives = [found[i] for i in sorted(ids)]  # as the relationship loads them

    def validate(self, s: Session, obj: Intervention) -> None:
        require_past(obj.made_on, self.ctx.today(), field="made_on", what=msg("The intervention"))
        if obj.organisation_id is not None and s.get(Organisation, obj.organisation_id) is None:
            raise ValidationError(msg("There is no organisation with ID {record_id}.", record_id=obj.organisation_id),
                                  field="organisation_id")
        if obj.contact_id is not None:
            contact = s.get(Contact, obj.contact_id)
            if contact is None:
                raise ValidationError(msg("There is no contact with ID {record_id}.",
                                          record_id=obj.contact_id), field="contact_id")
            if obj.organisation_id is None:
                obj.organisation_id = contact.organisation_id
        if obj.follow_up_on is not None and obj.follow_up_on < obj.made_on:
            raise ValidationError(msg("The follow-up date is before the intervention."), field="follow_up_on")

    def to_dto(self, s: Session, obj: Intervention) -> InterventionDTO:
        return self.make_dto(obj, captive_ids=tuple(c.id for c in obj.captives))

    def list(self, *, captive_id: int | None = None, **filters: Any) -> list[InterventionDTO]:
        with self.ctx.read() as s:
            stmt = select(Intervention).options(selectinload(Intervention.captives))
            if captive_id is not None:
                stmt = stmt.where(Intervention.captives.any(Captive.id == captive_id))
            for name, value in filters.items():
                stmt = stmt.where(column_equals(Intervention, name, value))
            stmt = stmt.order_by(Intervention.made_on, Intervention.id)
            return [self.to_dto(s, i) for i in s.scalars(stmt)]
