"""Advocacy: organisations, people in them, interventions addressed to them, documents,
deadlines, and the audit trail."""

from datetime import date, datetime, time
from typing import TYPE_CHECKING, Any

from sqlalchemy import (
    JSON,
    Boolean,
    Column,
    Date,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    String,
    Table,
    Text,
    Time,
    false,
)
from sqlalchemy.orm import Mapped, deferred, mapped_column, relationship

from caseapp.db.base import Base, Record, UTCDateTime, enum_column, utcnow
from caseapp.domain.enums import (
    AuditAction,
    Channel,
    DeadlineStatus,
    InterventionStatus,
    OrganisationKind,
    Reliability,
    Sensitivity,
)

if TYPE_CHECKING:
    from caseapp.db.models.captive import Captive


class Organisation(Record, Base):
    __tablename__ = "organisations"

    name: Mapped[str] = mapped_column(String(300))
    kind: Mapped[OrganisationKind] = mapped_column(
        enum_column(OrganisationKind), default=OrganisationKind.OTHER
    )
    country: Mapped[str] = mapped_column(String(100), default="")
    address: Mapped[str] = mapped_column(Text, default="")
    email: Mapped[str] = mapped_column(String(200), default="")
    phone: Mapped[str] = mapped_column(String(100), default="")
    website: Mapped[str] = mapped_column(String(300), default="")
    notes: Mapped[str] = mapped_column(Text, default="")
    sensitivity: Mapped[Sensitivity] = mapped_column(
        enum_column(Sensitivity), default=Sensitivity.SHAREABLE
    )


class Contact(Record, Base):
    """A person, usually within an organisation (a family member may have none)."""

    __tablename__ = "contacts"

    organisation_id: Mapped[int | None] = mapped_column(
        ForeignKey("organisations.id", ondelete="SET NULL"), index=True
    )
    name: Mapped[str] = mapped_column(String(300))
    role: Mapped[str] = mapped_column(String(200), default="")
    language: Mapped[str] = mapped_column(String(16), default="")
    email: Mapped[str] = mapped_column(String(200), default="")
    phone: Mapped[str] = mapped_column(String(100), default="")
    address: Mapped[str] = mapped_column(Text, default="")
    notes: Mapped[str] = mapped_column(Text, default="")
    sensitivity: Mapped[Sensitivity] = mapped_column(
        enum_column(Sensitivity), default=Sensitivity.INTERNAL
    )


intervention_captives = Table(
    "intervention_captives",
    Base.metadata,
    Column("intervention_id", ForeignKey("interventions.id", ondelete="CASCADE"), primary_key=True),
    Column("captive_id", ForeignKey("captives.id", ondelete="CASCADE"), primary_key=True),
)


class Intervention(Record, Base):
    """One step of advocacy: a letter, meeting, call or filing, and what came of it."""

    __tablename__ = "interventions"

    made_on: Mapped[date] = mapped_column(Date, index=True)
    organisation_id: Mapped[int | None] = mapped_column(
        ForeignKey("organisations.id", ondelete="SET NULL"), index=True
    )
    contact_id: Mapped[int | None] = mapped_column(
        ForeignKey("contacts.id", ondelete="SET NULL"), index=True
    )
    channel: Mapped[Channel] = mapped_column(enum_column(Channel), default=Channel.LETTER)
    subject: Mapped[str] = mapped_column(String(300), default="")
    request: Mapped[str] = mapped_column(Text, default="")
    response: Mapped[str] = mapped_column(Text, default="")
    status: Mapped[InterventionStatus] = mapped_column(
        enum_column(InterventionStatus), default=InterventionStatus.DRAFT
    )
    follow_up_on: Mapped[date | None] = mapped_column(Date, index=True)
    sensitivity: Mapped[Sensitivity] = mapped_column(
        enum_column(Sensitivity), default=Sensitivity.INTERNAL
    )

    captives: Mapped[list["Captive"]] = relationship(
        secondary=intervention_captives, order_by="Captive.id"
    )


class Document(Record, Base):
    """A file kept inside the case file: its bytes, never a path on disk."""

    __tablename__ = "documents"

    captive_id: Mapped[int | None] = mapped_column(
        ForeignKey("captives.id", ondelete="CASCADE"), index=True
    )
    prosecution_id: Mapped[int | None] = mapped_column(
        ForeignKey("prosecutions.id", ondelete="SET NULL")
    )
    hearing_id: Mapped[int | None] = mapped_column(ForeignKey("hearings.id", ondelete="SET NULL"))
    intervention_id: Mapped[int | None] = mapped_column(
        ForeignKey("interventions.id", ondelete="SET NULL")
    )
    title: Mapped[str] = mapped_column(String(300))
    filename: Mapped[str] = mapped_column(String(300), default="")
    media_type: Mapped[str] = mapped_column(String(100), default="application/octet-stream")
    size: Mapped[int] = mapped_column(Integer, default=0)
    sha256: Mapped[str] = mapped_column(String(64), index=True)
    content: Mapped[bytes] = deferred(mapped_column(LargeBinary))
    # A searchable copy made by OCR (caseapp.services.ocr): the original above is untouched.
    text_pdf: Mapped[bytes | None] = deferred(mapped_column(LargeBinary))
    text_pdf_sha256: Mapped[str] = mapped_column(String(64), default="")
    text_layer: Mapped[str] = mapped_column(Text, default="", deferred=True)
    ocr_languages: Mapped[str] = mapped_column(String(50), default="")
    # The pages OCR may not have read (caseapp.domain.scan_pages), numbered from 1: whose way
    # up could not be told, and not checked for it (the time for it ran out).
    ocr_unsure_pages: Mapped[list[int]] = mapped_column(JSON, default=list)
    ocr_unchecked_pages: Mapped[list[int]] = mapped_column(JSON, default=list)
    source: Mapped[str] = mapped_column(String(300), default="")
    received_on: Mapped[date | None] = mapped_column(Date)
    reliability: Mapped[Reliability] = mapped_column(
        enum_column(Reliability), default=Reliability.UNVERIFIED
    )
    notes: Mapped[str] = mapped_column(Text, default="")
    sensitivity: Mapped[Sensitivity] = mapped_column(
        enum_column(Sensitivity), default=Sensitivity.INTERNAL
    )


class Deadline(Record, Base):
    __tablename__ = "deadlines"
    # The deadlines a record set off are looked up by it on every save of that record
    # (caseapp.services.deadline_engine): without this index, a scan of every deadline.
    __table_args__ = (Index("ix_deadlines_trigger", "trigger_kind", "trigger_uid"),)

    captive_id: Mapped[int | None] = mapped_column(
        ForeignKey("captives.id", ondelete="CASCADE"), index=True
    )
    title: Mapped[str] = mapped_column(String(300))
    rule_id: Mapped[str] = mapped_column(String(100), default="")  # empty: entered by hand
    rule_version: Mapped[str] = mapped_column(String(20), default="")
    trigger_kind: Mapped[str] = mapped_column(String(50), default="")  # e.g. "detention_order"
    trigger_uid: Mapped[str] = mapped_column(String(36), default="")  # record that triggered it
    trigger_date: Mapped[date | None] = mapped_column(Date)
    due_on: Mapped[date] = mapped_column(Date, index=True)
    due_time: Mapped[time | None] = mapped_column(Time)
    timezone: Mapped[str] = mapped_column(String(64), default="")
    status: Mapped[DeadlineStatus] = mapped_column(
        enum_column(DeadlineStatus), default=DeadlineStatus.OPEN, index=True
    )
    overridden: Mapped[bool] = mapped_column(Boolean, default=False)
    explanation: Mapped[list[Any]] = mapped_column(JSON, default=list)  # computation steps
    status_reason: Mapped[str] = mapped_column(Text, default="")
    notes: Mapped[str] = mapped_column(Text, default="")
    # A hard deadline is set by a court and cannot be missed: shown apart, never snoozed
    # without a reason (caseapp.services.deadline_engine.DeadlineEngine.snooze).
    hard: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())
    # The document it came from (the order, the Court's letter).
    document_id: Mapped[int | None] = mapped_column(
        ForeignKey("documents.id", ondelete="SET NULL"), index=True
    )
    # Its own level; a deadline computed from a record is never shown below that record's level
    # (caseapp.domain.redaction.effective_level).
    sensitivity: Mapped[Sensitivity] = mapped_column(
        enum_column(Sensitivity), default=Sensitivity.SHAREABLE
    )


class AuditEntry(Base):
    """One changed field of one record (or the creation or deletion of a record).

    ``prev_hash`` and ``hash`` chain the entries (see :mod:`caseapp.db.audit_chain`).
    """

    __tablename__ = "audit_entries"

    id: Mapped[int] = mapped_column(primary_key=True)
    uid: Mapped[str] = mapped_column(String(36), unique=True)
    at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow, index=True)
    actor: Mapped[str] = mapped_column(String(100))
    action: Mapped[AuditAction] = mapped_column(enum_column(AuditAction))
    entity: Mapped[str] = mapped_column(String(50))  # table name
    record_uid: Mapped[str] = mapped_column(String(36), index=True)
    captive_uid: Mapped[str] = mapped_column(String(36), default="", index=True)
    summary: Mapped[str] = mapped_column(String(300), default="")  # record label at the time
    field: Mapped[str] = mapped_column(String(50), default="")
    old_value: Mapped[str | None] = mapped_column(Text)
    new_value: Mapped[str | None] = mapped_column(Text)
    prev_hash: Mapped[str] = mapped_column(String(64), default="", server_default="")
    hash: Mapped[str] = mapped_column(String(64), default="", server_default="")


class FileEvent(Base):
    """Events of this database file itself (created, migrated, imported into); not exported."""

    __tablename__ = "file_events"

    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    actor: Mapped[str] = mapped_column(String(100), default="")
    kind: Mapped[str] = mapped_column(String(50))
    detail: Mapped[str] = mapped_column(Text, default="")
