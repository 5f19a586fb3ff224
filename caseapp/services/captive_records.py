"""The records that belong to one captive, each checked against the captive's dates:
identity documents, places of detention (stays that may not overlap), welfare contacts
(proof of life) and notes. :class:`CaptiveChildService` is the base of every such record's
service (the proceedings' too)."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from caseapp.db.models import Captive, DetentionPlace, IdentityDocument, Note, WelfareContact
from caseapp.domain.dates import PartialDate, partial_date
from caseapp.domain.dto import DetentionPlaceDTO, IdentityDocumentDTO, NoteDTO, WelfareContactDTO
from caseapp.domain.errors import ValidationError
from caseapp.domain.messages import Message, msg
from caseapp.domain.stored_messages import stored_message
from caseapp.domain.validation import Period, check_no_overlap, check_not_before_capture, check_period
from caseapp.services import batch_rows
from caseapp.services.deadline_index import batch_index
from caseapp.services.labels import value_label
from caseapp.services.records import RecordService, require_captive
from caseapp.services.values import require_past


class CaptiveChildService(RecordService):
    """A record that belongs to one captive."""

    def validate(self, s: Session, obj: Any) -> None:
        require_captive(s, obj.captive_id)

    def capture_of(self, s: Session, obj: Any) -> PartialDate | None:
        c = batch_rows.record(s, Captive, obj.captive_id)
        return partial_date(c.capture_date, c.capture_date_precision) if c else None


class IdentityDocumentService(CaptiveChildService):
    model = IdentityDocument
    dto = IdentityDocumentDTO
    noun = msg("identity document")
    required = ("kind",)

    def validate(self, s: Session, obj: IdentityDocument) -> None:
        super().validate(s, obj)
        require_past(obj.issued_on, self.ctx.today(), field="issued_on", what=msg("The issue date"))
        if obj.issued_on and obj.expires_on:
            check_period(obj.issued_on, obj.expires_on, field="expires_on", what=msg("The document"))


# The session's key for the stays read up front by ``DetentionPlaceService.validating``.
_STAYS_READ = "detention_place_stays"


class DetentionPlaceService(CaptiveChildService):
    model = DetentionPlace
    dto = DetentionPlaceDTO
    noun = msg("place of detention")
    required = ("facility", "from_date")
    order_by = ("from_date", "id")

    def summary(self, obj: DetentionPlace) -> str:
        return obj.facility

    def validate(self, s: Session, obj: DetentionPlace) -> None:
        super().validate(s, obj)
        today = self.ctx.today()
        require_past(obj.from_date, today, field="from_date", what=msg("The arrival"))
        require_past(obj.to_date, today, field="to_date", what=msg("The departure"))
        check_period(obj.from_date, obj.to_date)
        check_not_before_capture(obj.from_date, self.capture_of(s, obj), field="from_date",
                                 what=msg("The arrival"))
        index = batch_index(s)
        if index is not None and obj.id is not None:
            index.stays.clear()  # (a stay changed, maybe of another captive now: read again)
        stays = s.info.get(_STAYS_READ, {}).get(obj.captive_id)
        known = None if stays is not None or index is None else index.stays_of(obj.captive_id)
        if known is not None:  # a captive the batch created: its stays are the batch's
            stays = [(o.id, Period(o.from_date, o.to_date, o.facility)) for o in known]
        elif stays is None:
            found = s.scalars(select(DetentionPlace).where(
                DetentionPlace.captive_id == obj.captive_id).order_by(DetentionPlace.id))
            with s.no_autoflush:
                stays = [(o.id, Period(o.from_date, o.to_date, o.facility)) for o in found]
        check_no_overlap(Period(obj.from_date, obj.to_date),
                         [period for place_id, period in stays if place_id != obj.id])
        if index is not None and obj.id is None:
            index.add_stay(obj)  # (a failing call drops the whole index)

    @contextmanager
    def validating(self, s: Session, places: Iterable[DetentionPlace]) -> Iterator[None]:
        """:meth:`validate` for many stays at once (an import): the stays of their captives
        are read up front, in a query per 500 captives instead of one per stay, and each
        stay is checked against them. Nothing may change these captives' stays inside."""
        captives = sorted({p.captive_id for p in places if p.captive_id is not None})
        stays: dict[int, list[tuple[int, Period]]] = {c: [] for c in captives}
        columns = (DetentionPlace.captive_id, DetentionPlace.id, DetentionPlace.from_date,
                   DetentionPlace.to_date, DetentionPlace.facility)
        for start in range(0, len(captives), 500):
            part = captives[start:start + 500]
            for captive_id, place_id, arrived, left, facility in s.execute(
                    select(*columns).where(DetentionPlace.captive_id.in_(part))
                    .order_by(DetentionPlace.id)):
                stays[captive_id].append((place_id, Period(arrived, left, facility)))
        outer = s.info.get(_STAYS_READ)
        s.info[_STAYS_READ] = stays
        try:
            yield
        finally:
            if outer is None:
                s.info.pop(_STAYS_READ, None)
            else:
                s.info[_STAYS_READ] = outer


class WelfareContactService(CaptiveChildService):
    model = WelfareContact
    dto = WelfareContactDTO
    noun = msg("welfare contact")
    required = ("contact_on", "kind")
    order_by = ("contact_on", "id")

    def summary(self, obj: WelfareContact) -> str | Message:
        return msg("{kind} {day}", kind=value_label(obj.kind), day=obj.contact_on)

    def validate(self, s: Session, obj: WelfareContact) -> None:
        super().validate(s, obj)
        require_past(obj.contact_on, self.ctx.today(), field="contact_on", what=msg("The contact"))
        check_not_before_capture(obj.contact_on, self.capture_of(s, obj), field="contact_on",
                                 what=msg("The contact"))


class NoteService(RecordService[Note, NoteDTO]):
    model = Note
    dto = NoteDTO
    noun = msg("note")
    order_by = ("written_at", "id")

    def summary(self, obj: Note) -> str | Message:
        # a title or text CaseApp wrote (a spreadsheet's note) as a message: read in each
        # reader's language
        said = stored_message(obj.title) or (None if obj.title else stored_message(obj.body))
        return said or obj.title or obj.body[:60]

    def apply(self, s: Session, obj: Note, fields: dict[str, Any]) -> None:
        super().apply(s, obj, fields)
        if obj.written_at is None:
            obj.written_at = datetime.now(UTC).replace(microsecond=0)
        if not obj.author:
            obj.author = self.ctx.actor

    def validate(self, s: Session, obj: Note) -> None:
        if not (obj.title or "").strip() and not (obj.body or "").strip():
            raise ValidationError(msg("A note needs a title or some text."), field="body")
        if obj.captive_id is not None:
            require_captive(s, obj.captive_id)
