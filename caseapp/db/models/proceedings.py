"""Domestic and international proceedings: prosecutions, charges, detention orders,
hearings and filings with international bodies."""

from datetime import date, datetime
from typing import TYPE_CHECKING

from sqlalchemy import Column, Date, ForeignKey, Integer, String, Table, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from caseapp.db.base import Base, Record, UTCDateTime, enum_column
from caseapp.domain.enums import (
    CounselKind,
    DetentionOrderKind,
    ExpirySource,
    HearingKind,
    HearingState,
    InternationalBody,
    InternationalProceedingKind,
    ProceedingStatus,
    Sensitivity,
)

if TYPE_CHECKING:
    from caseapp.db.models.captive import Captive


class Prosecution(Record, Base):
    __tablename__ = "prosecutions"

    captive_id: Mapped[int] = mapped_column(ForeignKey("captives.id", ondelete="CASCADE"), index=True)
    case_number: Mapped[str] = mapped_column(String(100), default="")
    investigating_body: Mapped[str] = mapped_column(String(300), default="")
    court: Mapped[str] = mapped_column(String(300), default="")
    judge: Mapped[str] = mapped_column(String(200), default="")
    prosecutor: Mapped[str] = mapped_column(String(200), default="")
    defence_counsel: Mapped[str] = mapped_column(String(200), default="")
    counsel_kind: Mapped[CounselKind] = mapped_column(
        enum_column(CounselKind), default=CounselKind.UNKNOWN
    )
    language: Mapped[str] = mapped_column(String(16), default="")
    opened_on: Mapped[date | None] = mapped_column(Date)
    notes: Mapped[str] = mapped_column(Text, default="")
    sensitivity: Mapped[Sensitivity] = mapped_column(
        enum_column(Sensitivity), default=Sensitivity.SHAREABLE
    )

    charges: Mapped[list["Charge"]] = relationship(
        back_populates="prosecution", cascade="all, delete-orphan", order_by="Charge.id"
    )


class Charge(Record, Base):
    __tablename__ = "charges"

    prosecution_id: Mapped[int] = mapped_column(
        ForeignKey("prosecutions.id", ondelete="CASCADE"), index=True
    )
    code: Mapped[str] = mapped_column(String(100), default="")  # "Criminal Code of Azerbaijan"
    article: Mapped[str] = mapped_column(String(20))
    part: Mapped[str] = mapped_column(String(20), default="")
    title: Mapped[str] = mapped_column(String(300), default="")
    brought_on: Mapped[date | None] = mapped_column(Date)

    prosecution: Mapped[Prosecution] = relationship(back_populates="charges")


class DetentionOrder(Record, Base):
    __tablename__ = "detention_orders"

    captive_id: Mapped[int] = mapped_column(ForeignKey("captives.id", ondelete="CASCADE"), index=True)
    prosecution_id: Mapped[int | None] = mapped_column(
        ForeignKey("prosecutions.id", ondelete="SET NULL"), index=True
    )
    ordering_court: Mapped[str] = mapped_column(String(300), default="")
    decided_on: Mapped[date | None] = mapped_column(Date)
    start_date: Mapped[date] = mapped_column(Date)
    term_months: Mapped[int] = mapped_column(Integer, default=0)
    term_days: Mapped[int] = mapped_column(Integer, default=0)
    expires_on: Mapped[date] = mapped_column(Date, index=True)
    # Whether the order states its expiry or it was computed from the start and the term
    # when recorded (a computed expiry follows an edited term; a stated one is kept).
    expiry_source: Mapped[ExpirySource] = mapped_column(
        enum_column(ExpirySource), default=ExpirySource.COMPUTED
    )
    kind: Mapped[DetentionOrderKind] = mapped_column(
        enum_column(DetentionOrderKind), default=DetentionOrderKind.INITIAL
    )
    appeal_filed_on: Mapped[date | None] = mapped_column(Date)
    appeal_outcome: Mapped[str] = mapped_column(Text, default="")
    notes: Mapped[str] = mapped_column(Text, default="")
    sensitivity: Mapped[Sensitivity] = mapped_column(
        enum_column(Sensitivity), default=Sensitivity.SHAREABLE
    )


hearing_captives = Table(
    "hearing_captives",
    Base.metadata,
    Column("hearing_id", ForeignKey("hearings.id", ondelete="CASCADE"), primary_key=True),
    Column("captive_id", ForeignKey("captives.id", ondelete="CASCADE"), primary_key=True),
)


class Hearing(Record, Base):
    """A court sitting; co-defendants share one hearing."""

    __tablename__ = "hearings"

    starts_at: Mapped[datetime] = mapped_column(UTCDateTime, index=True)
    timezone: Mapped[str] = mapped_column(String(64), default="UTC")  # IANA zone of the court
    court: Mapped[str] = mapped_column(String(300), default="")
    kind: Mapped[HearingKind] = mapped_column(enum_column(HearingKind), default=HearingKind.OTHER)
    judge: Mapped[str] = mapped_column(String(200), default="")
    prosecution_id: Mapped[int | None] = mapped_column(
        ForeignKey("prosecutions.id", ondelete="SET NULL"), index=True
    )
    outcome: Mapped[str] = mapped_column(Text, default="")
    next_date: Mapped[date | None] = mapped_column(Date)
    # Held, adjourned (to next_date) or cancelled; scheduled until recorded (revision 0017).
    state: Mapped[HearingState] = mapped_column(
        enum_column(HearingState), default=HearingState.SCHEDULED
    )
    notes: Mapped[str] = mapped_column(Text, default="")
    sensitivity: Mapped[Sensitivity] = mapped_column(
        enum_column(Sensitivity), default=Sensitivity.SHAREABLE
    )

    captives: Mapped[list["Captive"]] = relationship(
        secondary=hearing_captives, order_by="Captive.id"
    )


class InternationalProceeding(Record, Base):
    __tablename__ = "international_proceedings"

    captive_id: Mapped[int] = mapped_column(ForeignKey("captives.id", ondelete="CASCADE"), index=True)
    body: Mapped[InternationalBody] = mapped_column(enum_column(InternationalBody))
    kind: Mapped[InternationalProceedingKind] = mapped_column(
        enum_column(InternationalProceedingKind)
    )
    reference: Mapped[str] = mapped_column(String(100), default="")
    lodged_on: Mapped[date | None] = mapped_column(Date)
    # When the body communicated the case to the government (ECHR), transmitted it (WGAD)
    # or registered it (HRC): the trigger of the government's time limit.
    communicated_on: Mapped[date | None] = mapped_column(Date)
    # The date of a Chamber judgment of the ECHR (revision 0033): the Grand Chamber referral
    # time limit and the judgment's finality run from it (Convention Arts 43 § 1, 44 § 2 (b)).
    judgment_on: Mapped[date | None] = mapped_column(Date)
    # The Convention articles invoked, as written ("3, 5 § 1, 5 § 4, P1-1") (revision 0014).
    convention_articles: Mapped[str] = mapped_column(String(200), default="")
    status: Mapped[ProceedingStatus] = mapped_column(
        enum_column(ProceedingStatus), default=ProceedingStatus.DRAFT
    )
    outcome: Mapped[str] = mapped_column(Text, default="")
    notes: Mapped[str] = mapped_column(Text, default="")
    sensitivity: Mapped[Sensitivity] = mapped_column(
        enum_column(Sensitivity), default=Sensitivity.SHAREABLE
    )
