"""The captive and what belongs to them alone: names, status history, documents of identity,
places of detention, welfare contacts, notes."""

from datetime import date, datetime
from typing import Any

from sqlalchemy import JSON, Boolean, Column, Date, ForeignKey, LargeBinary, String, Table, Text
from sqlalchemy.orm import Mapped, deferred, mapped_column, relationship

from caseapp.db.base import Base, Record, UTCDateTime, enum_column
from caseapp.domain.enums import (
    CaptiveCategory,
    CaptiveStatus,
    DatePrecision,
    NameKind,
    Script,
    Sensitivity,
    Sex,
    WelfareContactKind,
)

captive_tags = Table(
    "captive_tags",
    Base.metadata,
    Column("captive_id", ForeignKey("captives.id", ondelete="CASCADE"), primary_key=True),
    Column("tag_id", ForeignKey("tags.id", ondelete="CASCADE"), primary_key=True),
)


class Tag(Base):
    __tablename__ = "tags"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(80), unique=True)


class Captive(Record, Base):
    __tablename__ = "captives"

    sex: Mapped[Sex] = mapped_column(enum_column(Sex), default=Sex.UNKNOWN)
    birth_date: Mapped[date | None] = mapped_column(Date)
    birth_date_precision: Mapped[DatePrecision] = mapped_column(
        enum_column(DatePrecision), default=DatePrecision.EXACT
    )
    birth_place: Mapped[str] = mapped_column(String(200), default="")
    citizenship: Mapped[str] = mapped_column(String(100), default="")
    category: Mapped[CaptiveCategory] = mapped_column(
        enum_column(CaptiveCategory), default=CaptiveCategory.CIVILIAN
    )
    status: Mapped[CaptiveStatus] = mapped_column(
        enum_column(CaptiveStatus), default=CaptiveStatus.MISSING, index=True
    )
    status_since: Mapped[date | None] = mapped_column(Date)
    capture_date: Mapped[date | None] = mapped_column(Date)
    capture_date_precision: Mapped[DatePrecision] = mapped_column(
        enum_column(DatePrecision), default=DatePrecision.EXACT
    )
    capture_place: Mapped[str] = mapped_column(String(200), default="")
    capture_circumstances: Mapped[str] = mapped_column(Text, default="")
    capturing_authority: Mapped[str] = mapped_column(String(200), default="")
    consent_power_of_attorney: Mapped[bool] = mapped_column(Boolean, default=False)
    consent_publicity: Mapped[bool] = mapped_column(Boolean, default=False)
    # The family consents to a submission to the UN Working Group on Enforced or Involuntary
    # Disappearances (revision 0014); the WGEID draft is refused without it.
    consent_family_wgeid: Mapped[bool] = mapped_column(Boolean, default=False)
    consent_notes: Mapped[str] = mapped_column(Text, default="")
    summary: Mapped[str] = mapped_column(Text, default="")  # key facts
    current_asks: Mapped[str] = mapped_column(Text, default="")
    health: Mapped[str] = mapped_column(Text, default="")  # health and treatment
    photo: Mapped[bytes | None] = deferred(mapped_column(LargeBinary))
    photo_media_type: Mapped[str] = mapped_column(String(100), default="")
    sensitivity: Mapped[Sensitivity] = mapped_column(
        enum_column(Sensitivity), default=Sensitivity.INTERNAL
    )
    # Level of individual sensitive fields, e.g. {"health": "internal", "birth_date": "shareable"}.
    field_levels: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)

    names: Mapped[list["CaptiveName"]] = relationship(
        back_populates="captive",
        cascade="all, delete-orphan",
        order_by="(CaptiveName.is_primary.desc(), CaptiveName.id)",
    )
    tags: Mapped[list[Tag]] = relationship(secondary=captive_tags, order_by=Tag.name)
    status_changes: Mapped[list["StatusChange"]] = relationship(
        cascade="all, delete-orphan", passive_deletes=True, order_by="StatusChange.id"
    )


class CaptiveName(Record, Base):
    __tablename__ = "captive_names"

    captive_id: Mapped[int] = mapped_column(ForeignKey("captives.id", ondelete="CASCADE"), index=True)
    full_name: Mapped[str] = mapped_column(String(300))
    script: Mapped[Script] = mapped_column(enum_column(Script))
    language: Mapped[str] = mapped_column(String(16), default="")  # BCP 47: hy, ru, en, az, fr
    kind: Mapped[NameKind] = mapped_column(enum_column(NameKind), default=NameKind.NATIVE)
    is_primary: Mapped[bool] = mapped_column(Boolean, default=False)

    captive: Mapped[Captive] = relationship(back_populates="names")


class StatusChange(Record, Base):
    __tablename__ = "status_changes"

    captive_id: Mapped[int] = mapped_column(ForeignKey("captives.id", ondelete="CASCADE"), index=True)
    old_status: Mapped[CaptiveStatus | None] = mapped_column(enum_column(CaptiveStatus))
    new_status: Mapped[CaptiveStatus] = mapped_column(enum_column(CaptiveStatus))
    effective_on: Mapped[date | None] = mapped_column(Date)
    note: Mapped[str] = mapped_column(Text, default="")
    recorded_by: Mapped[str] = mapped_column(String(100), default="")
    # Its note is free text: the record has its own level (the status itself also follows the
    # captive's ``status`` field level; see caseapp.domain.redaction).
    sensitivity: Mapped[Sensitivity] = mapped_column(
        enum_column(Sensitivity), default=Sensitivity.INTERNAL
    )


class IdentityDocument(Record, Base):
    __tablename__ = "identity_documents"

    captive_id: Mapped[int] = mapped_column(ForeignKey("captives.id", ondelete="CASCADE"), index=True)
    kind: Mapped[str] = mapped_column(String(100))  # passport, military ID, birth certificate
    number: Mapped[str] = mapped_column(String(100), default="")
    issuer: Mapped[str] = mapped_column(String(200), default="")
    issued_on: Mapped[date | None] = mapped_column(Date)
    expires_on: Mapped[date | None] = mapped_column(Date)
    sensitivity: Mapped[Sensitivity] = mapped_column(
        enum_column(Sensitivity), default=Sensitivity.INTERNAL
    )


class DetentionPlace(Record, Base):
    """One stay in one facility. Stays of one captive do not overlap."""

    __tablename__ = "detention_places"

    captive_id: Mapped[int] = mapped_column(ForeignKey("captives.id", ondelete="CASCADE"), index=True)
    facility: Mapped[str] = mapped_column(String(300))
    address: Mapped[str] = mapped_column(Text, default="")  # address for letters
    from_date: Mapped[date] = mapped_column(Date)
    to_date: Mapped[date | None] = mapped_column(Date)  # None: still there
    notes: Mapped[str] = mapped_column(Text, default="")
    sensitivity: Mapped[Sensitivity] = mapped_column(
        enum_column(Sensitivity), default=Sensitivity.SHAREABLE
    )


class WelfareContact(Record, Base):
    """Proof of life: a visit, call, letter or appearance that shows the captive alive."""

    __tablename__ = "welfare_contacts"

    captive_id: Mapped[int] = mapped_column(ForeignKey("captives.id", ondelete="CASCADE"), index=True)
    contact_on: Mapped[date] = mapped_column(Date, index=True)
    kind: Mapped[WelfareContactKind] = mapped_column(enum_column(WelfareContactKind))
    confirmed: Mapped[bool] = mapped_column(Boolean, default=True)
    # Independent proof of life (see caseapp.domain.proof_of_life): None follows the kind,
    # True/False is the lawyer's call for this contact.
    independent: Mapped[bool | None] = mapped_column(Boolean)
    source: Mapped[str] = mapped_column(String(300), default="")
    notes: Mapped[str] = mapped_column(Text, default="")
    sensitivity: Mapped[Sensitivity] = mapped_column(
        enum_column(Sensitivity), default=Sensitivity.INTERNAL
    )


class Note(Record, Base):
    __tablename__ = "notes"

    captive_id: Mapped[int | None] = mapped_column(
        ForeignKey("captives.id", ondelete="CASCADE"), index=True
    )
    title: Mapped[str] = mapped_column(String(300), default="")
    body: Mapped[str] = mapped_column(Text, default="")
    written_at: Mapped[datetime] = mapped_column(UTCDateTime)
    author: Mapped[str] = mapped_column(String(100), default="")
    sensitivity: Mapped[Sensitivity] = mapped_column(
        enum_column(Sensitivity), default=Sensitivity.INTERNAL
    )
