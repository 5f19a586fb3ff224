"""Closed vocabularies of the case file.

Values are stored in the database and in JSON exports, so never rename a value;
add a new one instead. Labels for people live in the UI layer (translated).
"""

from __future__ import annotations

from enum import StrEnum
from typing import Self


class Sensitivity(StrEnum):
    """Who may see a record or field. Ordered: PUBLIC < SHAREABLE < INTERNAL."""

    PUBLIC = "public"
    SHAREABLE = "shareable"
    INTERNAL = "internal"

    @property
    def rank(self) -> int:
        return _SENSITIVITY_RANK[self]

    def allows(self, other: Sensitivity) -> bool:
        """True if something at level ``other`` may be shown when printing at ``self``."""
        return other.rank <= self.rank


_SENSITIVITY_RANK = {Sensitivity.PUBLIC: 0, Sensitivity.SHAREABLE: 1, Sensitivity.INTERNAL: 2}


class DatePrecision(StrEnum):
    EXACT = "exact"
    MONTH = "month"
    YEAR = "year"
    APPROXIMATE = "approximate"


class Sex(StrEnum):
    MALE = "male"
    FEMALE = "female"
    UNKNOWN = "unknown"


WITHHELD = "withheld"  # the value of a travel copy's placeholder (see _Placeholder)


class _Placeholder:
    """An enum whose member ``WITHHELD`` is what a travel copy holds for a field above its
    level ("not shown at this level"): no fact, never chosen nor recorded by anyone."""

    @property
    def chosen(self) -> bool:
        """A value a user can record (every one but the travel copy's placeholder)."""
        return getattr(self, "value", None) != WITHHELD

    @classmethod
    def choices(cls) -> list[Self]:
        """The values a user can record, in order."""
        return [m for m in cls if m.chosen]  # type: ignore[attr-defined]


class CaptiveCategory(_Placeholder, StrEnum):
    CIVILIAN = "civilian"
    SERVICEMAN = "serviceman"  # serviceman / prisoner of war
    FORMER_OFFICIAL = "former_official"
    OTHER = "other"
    # A travel copy's category above its level ("not shown at this level"), as for the status.
    WITHHELD = "withheld"


class CaptiveStatus(_Placeholder, StrEnum):
    MISSING = "missing"
    HELD = "held"
    PRE_TRIAL = "pre_trial"
    ON_TRIAL = "on_trial"
    CONVICTED = "convicted"
    RELEASED = "released"
    REPATRIATED = "repatriated"
    DECEASED = "deceased"
    # What a travel copy holds for a status above its level ("not shown at this level"): no
    # fact about the captive, never chosen nor recorded by anyone (see ``chosen``).
    WITHHELD = "withheld"

    @property
    def in_custody(self) -> bool:
        return self in _IN_CUSTODY

    @property
    def ended(self) -> bool:
        """Custody is over (released, repatriated or dead): days held stop counting."""
        return self in _ENDED


_ENDED = {CaptiveStatus.RELEASED, CaptiveStatus.REPATRIATED, CaptiveStatus.DECEASED}
_IN_CUSTODY = {
    CaptiveStatus.HELD,
    CaptiveStatus.PRE_TRIAL,
    CaptiveStatus.ON_TRIAL,
    CaptiveStatus.CONVICTED,
}


class NameKind(StrEnum):
    NATIVE = "native"
    TRANSLITERATION = "transliteration"
    ALIAS = "alias"


class Script(StrEnum):
    """ISO 15924 codes of the scripts names arrive in."""

    ARMENIAN = "Armn"
    LATIN = "Latn"
    CYRILLIC = "Cyrl"
    OTHER = "Zyyy"


class CounselKind(StrEnum):
    APPOINTED = "appointed"
    CHOSEN = "chosen"
    UNKNOWN = "unknown"


class DetentionOrderKind(StrEnum):
    INITIAL = "initial"
    EXTENSION = "extension"


class ExpirySource(StrEnum):
    """Where a detention order's expiry comes from: the order's own text, or its start plus
    its term, computed once when the order was recorded."""

    STATED = "stated"
    COMPUTED = "computed"


class HearingKind(StrEnum):
    DETENTION_EXTENSION = "detention_extension"
    PRELIMINARY = "preliminary"
    TRIAL_SESSION = "trial_session"
    VERDICT = "verdict"
    APPEAL = "appeal"
    CASSATION = "cassation"
    OTHER = "other"


class HearingState(StrEnum):
    """What became of a hearing: still ``scheduled`` (every hearing recorded before the
    state was kept is), ``held``, ``adjourned`` (to its ``next_date``) or ``cancelled``.
    Only a scheduled hearing is still to come (:mod:`caseapp.domain.moot_hearings`)."""

    SCHEDULED = "scheduled"
    HELD = "held"
    ADJOURNED = "adjourned"
    CANCELLED = "cancelled"


class WelfareContactKind(StrEnum):
    ICRC_VISIT = "icrc_visit"
    LAWYER_VISIT = "lawyer_visit"
    CONSULAR_VISIT = "consular_visit"
    FAMILY_CALL = "family_call"
    FAMILY_LETTER = "family_letter"
    MEDIA_APPEARANCE = "media_appearance"
    OTHER = "other"


class InternationalBody(StrEnum):
    ECHR = "echr"
    WGAD = "wgad"
    UN_HRC = "un_hrc"
    UN_SPECIAL_PROCEDURES = "un_special_procedures"
    OTHER = "other"


class InternationalProceedingKind(StrEnum):
    APPLICATION = "application"
    RULE_39 = "rule_39"
    COMMUNICATION = "communication"
    URGENT_APPEAL = "urgent_appeal"


class ProceedingStatus(StrEnum):
    DRAFT = "draft"
    LODGED = "lodged"
    COMMUNICATED = "communicated"
    PENDING = "pending"
    GRANTED = "granted"
    REJECTED = "rejected"
    DECIDED = "decided"
    CLOSED = "closed"


# The statuses of a proceeding that has ended: its communication's reminders are closed
# (caseapp.services.ended_proceedings, which says why for each).
ENDED_PROCEEDING_STATUSES = frozenset({ProceedingStatus.DECIDED, ProceedingStatus.REJECTED,
                                       ProceedingStatus.CLOSED})


class OrganisationKind(StrEnum):
    ICRC = "icrc"
    OMBUDSMAN = "ombudsman"
    EMBASSY = "embassy"
    MINISTRY = "ministry"
    UN_BODY = "un_body"
    COUNCIL_OF_EUROPE = "council_of_europe"
    COURT = "court"
    MEDIA = "media"
    NGO = "ngo"
    FAMILY = "family"
    OTHER = "other"


class Channel(StrEnum):
    LETTER = "letter"
    EMAIL = "email"
    MEETING = "meeting"
    CALL = "call"
    FILING = "filing"
    OTHER = "other"


class InterventionStatus(StrEnum):
    DRAFT = "draft"
    SENT = "sent"
    ACKNOWLEDGED = "acknowledged"
    ANSWERED = "answered"
    CLOSED = "closed"


class Reliability(StrEnum):
    CONFIRMED = "confirmed"
    PROBABLE = "probable"
    UNVERIFIED = "unverified"
    DOUBTFUL = "doubtful"


class DeadlineStatus(StrEnum):
    OPEN = "open"
    DONE = "done"
    DISMISSED = "dismissed"


class AuditAction(StrEnum):
    CREATE = "create"
    UPDATE = "update"
    DELETE = "delete"


class ReleaseKind(StrEnum):
    """How a captive came free (the filings and the status report distinguish them)."""

    PARDON = "pardon"
    AMNESTY = "amnesty"
    EXCHANGE = "exchange"
    END_OF_SENTENCE = "end_of_sentence"
    REPATRIATION = "repatriation"
    OTHER = "other"


class CourtPortal(StrEnum):
    """Where the ECHR puts its documents for the lawyer to download."""

    ECOMMS = "ecomms"  # the eComms account of the representative
    RULE39_SITE = "rule39_site"  # the Court's site for Rule 39 requests
