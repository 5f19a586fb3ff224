"""What the filings need beyond the captive's file, as frozen records (see
caseapp.services.detention_facts and caseapp.services.deliveries)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from caseapp.domain.enums import CourtPortal, ReleaseKind, Sensitivity
from caseapp.domain.proof_of_life import ProofClock
from caseapp.domain.special_risk import RiskReason


@dataclass(frozen=True)
class DetentionFactsDTO:
    id: int | None  # None: nothing recorded yet (every field at its default)
    captive_id: int
    state_confirmed: bool = False
    confirmed_on: date | None = None
    confirmed_source: str = ""
    risk_health: bool = False
    risk_disability: bool = False
    risk_hunger_strike: bool = False
    risk_notes: str = ""
    release_kind: ReleaseKind | None = None
    sensitivity: Sensitivity = Sensitivity.INTERNAL


@dataclass(frozen=True)
class CaptiveRisk:
    """One captive's facts with what is computed from them (the age reason, the proof-of-life
    clock), as the captive's file shows them."""

    facts: DetentionFactsDTO
    reasons: tuple[RiskReason, ...]
    age: int | None
    proof: ProofClock

    @property
    def special_risk(self) -> bool:
        return bool(self.reasons)


@dataclass(frozen=True)
class CourtDeliveryDTO:
    id: int
    uid: str
    captive_id: int | None
    proceeding_id: int | None
    document_id: int | None
    portal: CourtPortal
    appeared_on: date
    title: str
    application_number: str
    time_limit_weeks: int | None
    downloaded_on: date | None
    notes: str
    sensitivity: Sensitivity
    deleted_from_portal_on: date  # when the portal deletes it (see caseapp.services.deliveries)
