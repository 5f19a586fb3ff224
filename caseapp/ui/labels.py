"""What people read for each stored value (translated; the stored values never change)."""

from __future__ import annotations

from enum import Enum

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor

from caseapp.domain import enums as e
from caseapp.domain.proof_of_life import Independence
from caseapp.ui import theme
from caseapp.ui.i18n import current_language
from caseapp.ui.tr_marks import QT_TRANSLATE_NOOP

CTX = "Labels"

_LABELS: dict[Enum, str] = {
    e.CaptiveStatus.MISSING: QT_TRANSLATE_NOOP("Labels", "Missing"),
    e.CaptiveStatus.HELD: QT_TRANSLATE_NOOP("Labels", "Held, no charges known"),
    e.CaptiveStatus.PRE_TRIAL: QT_TRANSLATE_NOOP("Labels", "Detained pre-trial"),
    e.CaptiveStatus.ON_TRIAL: QT_TRANSLATE_NOOP("Labels", "On trial"),
    e.CaptiveStatus.CONVICTED: QT_TRANSLATE_NOOP("Labels", "Convicted"),
    e.CaptiveStatus.RELEASED: QT_TRANSLATE_NOOP("Labels", "Released"),
    e.CaptiveStatus.REPATRIATED: QT_TRANSLATE_NOOP("Labels", "Repatriated"),
    e.CaptiveStatus.DECEASED: QT_TRANSLATE_NOOP("Labels", "Deceased"),
    e.CaptiveStatus.WITHHELD: QT_TRANSLATE_NOOP("Labels", "Not shown at this level"),
    e.CaptiveCategory.CIVILIAN: QT_TRANSLATE_NOOP("Labels", "Civilian"),
    e.CaptiveCategory.SERVICEMAN: QT_TRANSLATE_NOOP("Labels", "Serviceman / POW"),
    e.CaptiveCategory.FORMER_OFFICIAL: QT_TRANSLATE_NOOP("Labels", "Former official"),
    e.CaptiveCategory.OTHER: QT_TRANSLATE_NOOP("Labels", "Other"),
    e.CaptiveCategory.WITHHELD: QT_TRANSLATE_NOOP("Labels", "Not shown at this level"),
    e.Sex.MALE: QT_TRANSLATE_NOOP("Labels", "Male"),
    e.Sex.FEMALE: QT_TRANSLATE_NOOP("Labels", "Female"),
    e.Sex.UNKNOWN: QT_TRANSLATE_NOOP("Labels", "Unknown"),
    e.DatePrecision.EXACT: QT_TRANSLATE_NOOP("Labels", "Exact"),
    e.DatePrecision.MONTH: QT_TRANSLATE_NOOP("Labels", "Month"),
    e.DatePrecision.YEAR: QT_TRANSLATE_NOOP("Labels", "Year"),
    e.DatePrecision.APPROXIMATE: QT_TRANSLATE_NOOP("Labels", "Approximate"),
    e.Sensitivity.PUBLIC: QT_TRANSLATE_NOOP("Labels", "Public"),
    e.Sensitivity.SHAREABLE: QT_TRANSLATE_NOOP("Labels", "Shareable"),
    e.Sensitivity.INTERNAL: QT_TRANSLATE_NOOP("Labels", "Internal"),
    e.NameKind.NATIVE: QT_TRANSLATE_NOOP("Labels", "Native"),
    e.NameKind.TRANSLITERATION: QT_TRANSLATE_NOOP("Labels", "Transliteration"),
    e.NameKind.ALIAS: QT_TRANSLATE_NOOP("Labels", "Alias"),
    e.Script.ARMENIAN: QT_TRANSLATE_NOOP("Labels", "Armenian"),
    e.Script.LATIN: QT_TRANSLATE_NOOP("Labels", "Latin"),
    e.Script.CYRILLIC: QT_TRANSLATE_NOOP("Labels", "Cyrillic"),
    e.Script.OTHER: QT_TRANSLATE_NOOP("Labels", "Other script"),
    e.CounselKind.APPOINTED: QT_TRANSLATE_NOOP("Labels", "Appointed"),
    e.CounselKind.CHOSEN: QT_TRANSLATE_NOOP("Labels", "Chosen"),
    e.CounselKind.UNKNOWN: QT_TRANSLATE_NOOP("Labels", "Unknown"),
    e.DetentionOrderKind.INITIAL: QT_TRANSLATE_NOOP("Labels", "Initial"),
    e.DetentionOrderKind.EXTENSION: QT_TRANSLATE_NOOP("Labels", "Extension"),
    e.ExpirySource.STATED: QT_TRANSLATE_NOOP("Labels", "As the order states it"),
    e.ExpirySource.COMPUTED: QT_TRANSLATE_NOOP("Labels", "Computed from the start and the term"),
    e.HearingKind.DETENTION_EXTENSION: QT_TRANSLATE_NOOP("Labels", "Detention extension"),
    e.HearingKind.PRELIMINARY: QT_TRANSLATE_NOOP("Labels", "Preliminary"),
    e.HearingKind.TRIAL_SESSION: QT_TRANSLATE_NOOP("Labels", "Trial session"),
    e.HearingKind.VERDICT: QT_TRANSLATE_NOOP("Labels", "Verdict"),
    e.HearingKind.APPEAL: QT_TRANSLATE_NOOP("Labels", "Appeal"),
    e.HearingKind.CASSATION: QT_TRANSLATE_NOOP("Labels", "Cassation"),
    e.HearingKind.OTHER: QT_TRANSLATE_NOOP("Labels", "Other"),
    e.WelfareContactKind.ICRC_VISIT: QT_TRANSLATE_NOOP("Labels", "ICRC visit"),
    e.WelfareContactKind.LAWYER_VISIT: QT_TRANSLATE_NOOP("Labels", "Lawyer visit"),
    e.WelfareContactKind.CONSULAR_VISIT: QT_TRANSLATE_NOOP("Labels", "Consular visit"),
    e.WelfareContactKind.FAMILY_CALL: QT_TRANSLATE_NOOP("Labels", "Family call"),
    e.WelfareContactKind.FAMILY_LETTER: QT_TRANSLATE_NOOP("Labels", "Family letter"),
    e.WelfareContactKind.MEDIA_APPEARANCE: QT_TRANSLATE_NOOP("Labels", "Media appearance"),
    e.WelfareContactKind.OTHER: QT_TRANSLATE_NOOP("Labels", "Other"),
    e.ReleaseKind.PARDON: QT_TRANSLATE_NOOP("Labels", "Pardon"),
    e.ReleaseKind.AMNESTY: QT_TRANSLATE_NOOP("Labels", "Amnesty"),
    e.ReleaseKind.EXCHANGE: QT_TRANSLATE_NOOP("Labels", "Exchange"),
    e.ReleaseKind.END_OF_SENTENCE: QT_TRANSLATE_NOOP("Labels", "End of sentence"),
    e.ReleaseKind.REPATRIATION: QT_TRANSLATE_NOOP("Labels", "Repatriation"),
    e.ReleaseKind.OTHER: QT_TRANSLATE_NOOP("Labels", "Other release"),
    e.CourtPortal.ECOMMS: QT_TRANSLATE_NOOP("Labels", "eComms"),
    e.CourtPortal.RULE39_SITE: QT_TRANSLATE_NOOP("Labels", "Rule 39 site"),
    Independence.INDEPENDENT: QT_TRANSLATE_NOOP("Labels", "Independent"),
    Independence.NOT_INDEPENDENT: QT_TRANSLATE_NOOP("Labels", "Not independent"),
    e.InternationalBody.ECHR: QT_TRANSLATE_NOOP("Labels", "European Court of Human Rights"),
    e.InternationalBody.WGAD: QT_TRANSLATE_NOOP("Labels", "UN Working Group on Arbitrary Detention"),
    e.InternationalBody.UN_HRC: QT_TRANSLATE_NOOP("Labels", "UN Human Rights Committee"),
    e.InternationalBody.UN_SPECIAL_PROCEDURES: QT_TRANSLATE_NOOP("Labels", "UN special procedures"),
    e.InternationalBody.OTHER: QT_TRANSLATE_NOOP("Labels", "Other body"),
    e.InternationalProceedingKind.APPLICATION: QT_TRANSLATE_NOOP("Labels", "Application"),
    e.InternationalProceedingKind.RULE_39: QT_TRANSLATE_NOOP("Labels", "Rule 39 request"),
    e.InternationalProceedingKind.COMMUNICATION: QT_TRANSLATE_NOOP("Labels", "Communication"),
    e.InternationalProceedingKind.URGENT_APPEAL: QT_TRANSLATE_NOOP("Labels", "Urgent appeal"),
    e.ProceedingStatus.DRAFT: QT_TRANSLATE_NOOP("Labels", "Draft"),
    e.ProceedingStatus.LODGED: QT_TRANSLATE_NOOP("Labels", "Lodged"),
    e.ProceedingStatus.COMMUNICATED: QT_TRANSLATE_NOOP("Labels", "Communicated"),
    e.ProceedingStatus.PENDING: QT_TRANSLATE_NOOP("Labels", "Pending"),
    e.ProceedingStatus.GRANTED: QT_TRANSLATE_NOOP("Labels", "Granted"),
    e.ProceedingStatus.REJECTED: QT_TRANSLATE_NOOP("Labels", "Rejected"),
    e.ProceedingStatus.DECIDED: QT_TRANSLATE_NOOP("Labels", "Decided"),
    e.ProceedingStatus.CLOSED: QT_TRANSLATE_NOOP("Labels", "Closed"),
    e.OrganisationKind.ICRC: QT_TRANSLATE_NOOP("Labels", "ICRC"),
    e.OrganisationKind.OMBUDSMAN: QT_TRANSLATE_NOOP("Labels", "Ombudsman"),
    e.OrganisationKind.EMBASSY: QT_TRANSLATE_NOOP("Labels", "Embassy"),
    e.OrganisationKind.MINISTRY: QT_TRANSLATE_NOOP("Labels", "Ministry"),
    e.OrganisationKind.UN_BODY: QT_TRANSLATE_NOOP("Labels", "UN body"),
    e.OrganisationKind.COUNCIL_OF_EUROPE: QT_TRANSLATE_NOOP("Labels", "Council of Europe"),
    e.OrganisationKind.COURT: QT_TRANSLATE_NOOP("Labels", "Court"),
    e.OrganisationKind.MEDIA: QT_TRANSLATE_NOOP("Labels", "Media"),
    e.OrganisationKind.NGO: QT_TRANSLATE_NOOP("Labels", "NGO"),
    e.OrganisationKind.FAMILY: QT_TRANSLATE_NOOP("Labels", "Family"),
    e.OrganisationKind.OTHER: QT_TRANSLATE_NOOP("Labels", "Other"),
    e.Channel.LETTER: QT_TRANSLATE_NOOP("Labels", "Letter"),
    e.Channel.EMAIL: QT_TRANSLATE_NOOP("Labels", "Email"),
    e.Channel.MEETING: QT_TRANSLATE_NOOP("Labels", "Meeting"),
    e.Channel.CALL: QT_TRANSLATE_NOOP("Labels", "Call"),
    e.Channel.FILING: QT_TRANSLATE_NOOP("Labels", "Filing"),
    e.Channel.OTHER: QT_TRANSLATE_NOOP("Labels", "Other"),
    e.InterventionStatus.DRAFT: QT_TRANSLATE_NOOP("Labels", "Draft"),
    e.InterventionStatus.SENT: QT_TRANSLATE_NOOP("Labels", "Sent"),
    e.InterventionStatus.ACKNOWLEDGED: QT_TRANSLATE_NOOP("Labels", "Acknowledged"),
    e.InterventionStatus.ANSWERED: QT_TRANSLATE_NOOP("Labels", "Answered"),
    e.InterventionStatus.CLOSED: QT_TRANSLATE_NOOP("Labels", "Closed"),
    e.Reliability.CONFIRMED: QT_TRANSLATE_NOOP("Labels", "Confirmed"),
    e.Reliability.PROBABLE: QT_TRANSLATE_NOOP("Labels", "Probable"),
    e.Reliability.UNVERIFIED: QT_TRANSLATE_NOOP("Labels", "Unverified"),
    e.Reliability.DOUBTFUL: QT_TRANSLATE_NOOP("Labels", "Doubtful"),
    e.DeadlineStatus.OPEN: QT_TRANSLATE_NOOP("Labels", "Open"),
    e.DeadlineStatus.DONE: QT_TRANSLATE_NOOP("Labels", "Done"),
    e.DeadlineStatus.DISMISSED: QT_TRANSLATE_NOOP("Labels", "Dismissed"),
}

# What became of a hearing, in a context of its own: its values ("held") are words of other
# vocabularies too (a captive "held"), and a label is found by value.
_HEARING_STATES: dict[Enum, str] = {
    e.HearingState.SCHEDULED: QT_TRANSLATE_NOOP("HearingState", "Scheduled"),
    e.HearingState.HELD: QT_TRANSLATE_NOOP("HearingState", "Held"),
    e.HearingState.ADJOURNED: QT_TRANSLATE_NOOP("HearingState", "Adjourned"),
    e.HearingState.CANCELLED: QT_TRANSLATE_NOOP("HearingState", "Cancelled"),
}

# A status said of a woman, in its own context: a language where it agrees with her (Russian
# «Освобождена») translates it there; one where it does not (Armenian) as in "Labels".
_OF_A_WOMAN: dict[Enum, str] = {
    e.CaptiveStatus.MISSING: QT_TRANSLATE_NOOP("StatusOfAWoman", "Missing"),
    e.CaptiveStatus.CONVICTED: QT_TRANSLATE_NOOP("StatusOfAWoman", "Convicted"),
    e.CaptiveStatus.RELEASED: QT_TRANSLATE_NOOP("StatusOfAWoman", "Released"),
    e.CaptiveStatus.REPATRIATED: QT_TRANSLATE_NOOP("StatusOfAWoman", "Repatriated"),
    e.CaptiveStatus.DECEASED: QT_TRANSLATE_NOOP("StatusOfAWoman", "Deceased"),
}


def status_label(status: e.CaptiveStatus | None, sex: e.Sex | None) -> str:
    """A captive's status said of them, next to their name: for a woman in the feminine
    where the language makes it agree; else :func:`label`."""
    text = _OF_A_WOMAN.get(status) if status is not None and sex is e.Sex.FEMALE else None
    return QCoreApplication.translate("StatusOfAWoman", text) if text else label(status)


# A status in a list's narrow column (the captives list at 1024 pixels): the long ones in a
# word or two, the whole status in the cell's tooltip. Of either sex (none agrees in Russian).
_SHORT_STATUS: dict[Enum, str] = {
    e.CaptiveStatus.HELD: QT_TRANSLATE_NOOP("ShortStatus", "Held"),
    e.CaptiveStatus.PRE_TRIAL: QT_TRANSLATE_NOOP("ShortStatus", "Pre-trial"),
    e.CaptiveStatus.ON_TRIAL: QT_TRANSLATE_NOOP("ShortStatus", "On trial"),
    e.CaptiveStatus.WITHHELD: QT_TRANSLATE_NOOP("ShortStatus", "Not shown"),
}


def short_status_label(status: e.CaptiveStatus | None, sex: e.Sex | None) -> str:
    """:func:`status_label` in a word or two where it is long ("Held, no charges known":
    "Held"); shown where the whole status is a tooltip away."""
    text = _SHORT_STATUS.get(status) if status is not None else None
    return QCoreApplication.translate("ShortStatus", text) if text else status_label(status, sex)


# A hearing's kind in the Hearings list's narrow column: the long ones in two words, the whole
# kind in the cell's tooltip («Կալանավորման ժամկետի …», «Заседание по …» were cut at 1024 px).
_SHORT_HEARING_KIND: dict[Enum, str] = {
    e.HearingKind.DETENTION_EXTENSION: QT_TRANSLATE_NOOP("ShortHearingKind", "Custody extension"),
    e.HearingKind.TRIAL_SESSION: QT_TRANSLATE_NOOP("ShortHearingKind", "Trial session"),
}


def short_hearing_kind(kind: e.HearingKind | None) -> str:
    """:func:`label` of a hearing's kind, in two words where it is long; shown where the
    whole kind is a tooltip away."""
    text = _SHORT_HEARING_KIND.get(kind) if kind is not None else None
    return QCoreApplication.translate("ShortHearingKind", text) if text else label(kind)


# Languages whose status, inside a sentence, is written in lower case, as the glossary gives
# it («ենթադրում է «նախնական կալանքի տակ» կարգավիճակ», «предполагает статус «осуждён»»);
# a label (a list's cell, the header) starts with a capital. English keeps its label's
# capital there, naming the status ("the status Convicted").
_LOWER_IN_A_SENTENCE = frozenset({"hy", "ru"})


def status_in_sentence(status: e.CaptiveStatus | None, sex: e.Sex | None) -> str:
    """:func:`status_label` said inside a sentence: in Armenian and Russian in lower case."""
    text = status_label(status, sex)
    if current_language() in _LOWER_IN_A_SENTENCE:
        return text[:1].lower() + text[1:]
    return text


def label(value: Enum | None) -> str:
    if value is None:
        return ""
    if isinstance(value, e.HearingState):
        return QCoreApplication.translate("HearingState", _HEARING_STATES[value])
    text = _LABELS.get(value)
    return QCoreApplication.translate(CTX, text) if text else str(value.value).replace("_", " ")


def status_colour(status: e.CaptiveStatus, background: QColor | None = None) -> QColor:
    """The status's colour for text or a mark on ``background`` (the palette's base when not
    given), at WCAG AA contrast in the light and the dark palette (see caseapp.ui.theme)."""
    return theme.status_text_colour(status, background)


def status_badge_colour(status: e.CaptiveStatus) -> QColor:
    """The status's colour as the fill of a badge with white text, in either palette."""
    return theme.status_badge_colour(status)


def choices(enum: type[Enum]) -> list[tuple[str, Enum]]:
    return [(label(m), m) for m in enum]
