"""What people read for each stored value (translated; the stored values never change)."""

from __future__ import annotations

from enum import Enum

from PySide6.QtCore import QCoreApplication
from PySide6.QtCore import QT_TRANSLATE_NOOP as N
from PySide6.QtGui import QColor

from caseapp.domain import enums as e

CTX = "Labels"

_LABELS: dict[Enum, str] = {
    e.CaptiveStatus.MISSING: N(CTX, "Missing"),
    e.CaptiveStatus.HELD: N(CTX, "Held, no charges known"),
    e.CaptiveStatus.PRE_TRIAL: N(CTX, "Pre-trial detention"),
    e.CaptiveStatus.ON_TRIAL: N(CTX, "On trial"),
    e.CaptiveStatus.CONVICTED: N(CTX, "Convicted"),
    e.CaptiveStatus.RELEASED: N(CTX, "Released"),
    e.CaptiveStatus.REPATRIATED: N(CTX, "Repatriated"),
    e.CaptiveStatus.DECEASED: N(CTX, "Deceased"),
    e.CaptiveCategory.CIVILIAN: N(CTX, "Civilian"),
    e.CaptiveCategory.SERVICEMAN: N(CTX, "Serviceman / POW"),
    e.CaptiveCategory.FORMER_OFFICIAL: N(CTX, "Former official"),
    e.CaptiveCategory.OTHER: N(CTX, "Other"),
    e.Sex.MALE: N(CTX, "Male"),
    e.Sex.FEMALE: N(CTX, "Female"),
    e.Sex.UNKNOWN: N(CTX, "Unknown"),
    e.DatePrecision.EXACT: N(CTX, "Exact"),
    e.DatePrecision.MONTH: N(CTX, "Month"),
    e.DatePrecision.YEAR: N(CTX, "Year"),
    e.DatePrecision.APPROXIMATE: N(CTX, "Approximate"),
    e.Sensitivity.PUBLIC: N(CTX, "Public"),
    e.Sensitivity.SHAREABLE: N(CTX, "Shareable"),
    e.Sensitivity.INTERNAL: N(CTX, "Internal"),
    e.NameKind.NATIVE: N(CTX, "Native"),
    e.NameKind.TRANSLITERATION: N(CTX, "Transliteration"),
    e.NameKind.ALIAS: N(CTX, "Alias"),
    e.Script.ARMENIAN: N(CTX, "Armenian"),
    e.Script.LATIN: N(CTX, "Latin"),
    e.Script.CYRILLIC: N(CTX, "Cyrillic"),
    e.Script.OTHER: N(CTX, "Other script"),
    e.CounselKind.APPOINTED: N(CTX, "Appointed"),
    e.CounselKind.CHOSEN: N(CTX, "Chosen"),
    e.CounselKind.UNKNOWN: N(CTX, "Unknown"),
    e.DetentionOrderKind.INITIAL: N(CTX, "Initial"),
    e.DetentionOrderKind.EXTENSION: N(CTX, "Extension"),
    e.HearingKind.DETENTION_EXTENSION: N(CTX, "Detention extension"),
    e.HearingKind.PRELIMINARY: N(CTX, "Preliminary"),
    e.HearingKind.TRIAL_SESSION: N(CTX, "Trial session"),
    e.HearingKind.VERDICT: N(CTX, "Verdict"),
    e.HearingKind.APPEAL: N(CTX, "Appeal"),
    e.HearingKind.CASSATION: N(CTX, "Cassation"),
    e.HearingKind.OTHER: N(CTX, "Other"),
    e.WelfareContactKind.ICRC_VISIT: N(CTX, "ICRC visit"),
    e.WelfareContactKind.LAWYER_VISIT: N(CTX, "Lawyer visit"),
    e.WelfareContactKind.CONSULAR_VISIT: N(CTX, "Consular visit"),
    e.WelfareContactKind.FAMILY_CALL: N(CTX, "Family call"),
    e.WelfareContactKind.FAMILY_LETTER: N(CTX, "Family letter"),
    e.WelfareContactKind.MEDIA_APPEARANCE: N(CTX, "Media appearance"),
    e.WelfareContactKind.OTHER: N(CTX, "Other"),
    e.InternationalBody.ECHR: N(CTX, "European Court of Human Rights"),
    e.InternationalBody.WGAD: N(CTX, "UN Working Group on Arbitrary Detention"),
    e.InternationalBody.UN_HRC: N(CTX, "UN Human Rights Committee"),
    e.InternationalBody.UN_SPECIAL_PROCEDURES: N(CTX, "UN special procedures"),
    e.InternationalBody.OTHER: N(CTX, "Other body"),
    e.InternationalProceedingKind.APPLICATION: N(CTX, "Application"),
    e.InternationalProceedingKind.RULE_39: N(CTX, "Rule 39 request"),
    e.InternationalProceedingKind.COMMUNICATION: N(CTX, "Communication"),
    e.InternationalProceedingKind.URGENT_APPEAL: N(CTX, "Urgent appeal"),
    e.ProceedingStatus.DRAFT: N(CTX, "Draft"),
    e.ProceedingStatus.LODGED: N(CTX, "Lodged"),
    e.ProceedingStatus.COMMUNICATED: N(CTX, "Communicated"),
    e.ProceedingStatus.PENDING: N(CTX, "Pending"),
    e.ProceedingStatus.GRANTED: N(CTX, "Granted"),
    e.ProceedingStatus.REJECTED: N(CTX, "Rejected"),
    e.ProceedingStatus.DECIDED: N(CTX, "Decided"),
    e.ProceedingStatus.CLOSED: N(CTX, "Closed"),
    e.OrganisationKind.ICRC: N(CTX, "ICRC"),
    e.OrganisationKind.OMBUDSMAN: N(CTX, "Ombudsman"),
    e.OrganisationKind.EMBASSY: N(CTX, "Embassy"),
    e.OrganisationKind.MINISTRY: N(CTX, "Ministry"),
    e.OrganisationKind.UN_BODY: N(CTX, "UN body"),
    e.OrganisationKind.COUNCIL_OF_EUROPE: N(CTX, "Council of Europe"),
    e.OrganisationKind.COURT: N(CTX, "Court"),
    e.OrganisationKind.MEDIA: N(CTX, "Media"),
    e.OrganisationKind.NGO: N(CTX, "NGO"),
    e.OrganisationKind.FAMILY: N(CTX, "Family"),
    e.OrganisationKind.OTHER: N(CTX, "Other"),
    e.Channel.LETTER: N(CTX, "Letter"),
    e.Channel.EMAIL: N(CTX, "Email"),
    e.Channel.MEETING: N(CTX, "Meeting"),
    e.Channel.CALL: N(CTX, "Call"),
    e.Channel.FILING: N(CTX, "Filing"),
    e.Channel.OTHER: N(CTX, "Other"),
    e.InterventionStatus.DRAFT: N(CTX, "Draft"),
    e.InterventionStatus.SENT: N(CTX, "Sent"),
    e.InterventionStatus.ACKNOWLEDGED: N(CTX, "Acknowledged"),
    e.InterventionStatus.ANSWERED: N(CTX, "Answered"),
    e.InterventionStatus.CLOSED: N(CTX, "Closed"),
    e.Reliability.CONFIRMED: N(CTX, "Confirmed"),
    e.Reliability.PROBABLE: N(CTX, "Probable"),
    e.Reliability.UNVERIFIED: N(CTX, "Unverified"),
    e.Reliability.DOUBTFUL: N(CTX, "Doubtful"),
    e.DeadlineStatus.OPEN: N(CTX, "Open"),
    e.DeadlineStatus.DONE: N(CTX, "Done"),
    e.DeadlineStatus.DISMISSED: N(CTX, "Dismissed"),
}

# Badge colours of statuses (readable with white text in light and dark palettes).
STATUS_COLOURS: dict[e.CaptiveStatus, str] = {
    e.CaptiveStatus.MISSING: "#8e44ad",
    e.CaptiveStatus.HELD: "#c0392b",
    e.CaptiveStatus.PRE_TRIAL: "#d35400",
    e.CaptiveStatus.ON_TRIAL: "#b9770e",
    e.CaptiveStatus.CONVICTED: "#922b21",
    e.CaptiveStatus.RELEASED: "#1e8449",
    e.CaptiveStatus.REPATRIATED: "#117a65",
    e.CaptiveStatus.DECEASED: "#566573",
}


def label(value: Enum | None) -> str:
    if value is None:
        return ""
    text = _LABELS.get(value)
    return QCoreApplication.translate(CTX, text) if text else str(value.value).replace("_", " ")


def status_colour(status: e.CaptiveStatus) -> QColor:
    return QColor(STATUS_COLOURS[status])


def choices(enum: type[Enum]) -> list[tuple[str, Enum]]:
    return [(label(m), m) for m in enum]
