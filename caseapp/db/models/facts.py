"""Facts the filings need: the detaining state's confirmation of the detention, the special
risk a captive runs, how they were released; and the documents the ECHR delivered through its
portals."""

from datetime import date

from sqlalchemy import Boolean, Date, ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from caseapp.db.base import Base, Record, enum_column
from caseapp.domain.enums import CourtPortal, ReleaseKind, Sensitivity


class DetentionFacts(Record, Base):
    """One row per captive (at most): what the ECHR and UN forms ask beyond the captive's
    file. Health reasons are sensitive: the record is internal unless the lawyer lowers it."""

    __tablename__ = "detention_facts"

    captive_id: Mapped[int] = mapped_column(
        ForeignKey("captives.id", ondelete="CASCADE"), unique=True, index=True)
    state_confirmed: Mapped[bool] = mapped_column(Boolean, default=False)
    confirmed_on: Mapped[date | None] = mapped_column(Date)
    confirmed_source: Mapped[str] = mapped_column(String(300), default="")
    risk_health: Mapped[bool] = mapped_column(Boolean, default=False)
    risk_disability: Mapped[bool] = mapped_column(Boolean, default=False)
    risk_hunger_strike: Mapped[bool] = mapped_column(Boolean, default=False)
    risk_notes: Mapped[str] = mapped_column(Text, default="")
    release_kind: Mapped[ReleaseKind | None] = mapped_column(enum_column(ReleaseKind))
    sensitivity: Mapped[Sensitivity] = mapped_column(
        enum_column(Sensitivity), default=Sensitivity.INTERNAL)


class CourtDelivery(Record, Base):
    """A document the Court put in the lawyer's eComms account or on the Rule 39 site. It
    counts as delivered on the day it appears there; the portal deletes it later."""

    __tablename__ = "court_deliveries"

    captive_id: Mapped[int | None] = mapped_column(
        ForeignKey("captives.id", ondelete="CASCADE"), index=True)
    proceeding_id: Mapped[int | None] = mapped_column(
        ForeignKey("international_proceedings.id", ondelete="SET NULL"), index=True)
    document_id: Mapped[int | None] = mapped_column(
        ForeignKey("documents.id", ondelete="SET NULL"), index=True)
    portal: Mapped[CourtPortal] = mapped_column(enum_column(CourtPortal),
                                                default=CourtPortal.ECOMMS)
    appeared_on: Mapped[date] = mapped_column(Date, index=True)
    title: Mapped[str] = mapped_column(String(300))
    application_number: Mapped[str] = mapped_column(String(100), default="")
    # A time limit the Court's letter sets in weeks from delivery (none: no time limit, or a
    # fixed date entered as a deadline by hand).
    time_limit_weeks: Mapped[int | None] = mapped_column(Integer)
    downloaded_on: Mapped[date | None] = mapped_column(Date)
    notes: Mapped[str] = mapped_column(Text, default="")
    sensitivity: Mapped[Sensitivity] = mapped_column(
        enum_column(Sensitivity), default=Sensitivity.INTERNAL)
