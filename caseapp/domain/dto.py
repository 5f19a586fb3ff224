"""Frozen records the services hand out. The UI and the reports see only these, never
ORM objects. Field names match the columns of the case file so that they read the same
everywhere (services, JSON export, templates)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, time
from typing import Any

from caseapp.domain.dates import PartialDate
from caseapp.domain.enums import (
    AuditAction,
    CaptiveCategory,
    CaptiveStatus,
    Channel,
    CounselKind,
    DeadlineStatus,
    DetentionOrderKind,
    ExpirySource,
    HearingKind,
    HearingState,
    InternationalBody,
    InternationalProceedingKind,
    InterventionStatus,
    NameKind,
    OrganisationKind,
    ProceedingStatus,
    Reliability,
    Script,
    Sensitivity,
    Sex,
    WelfareContactKind,
)
from caseapp.domain.field_labels import LEVEL_NAMES
from caseapp.domain.found_by import FoundBy
from caseapp.domain.messages import Message, msg, msg_n
from caseapp.domain.table_counts import count_of, counts_of


@dataclass(frozen=True)
class Changes:
    """What one write changed: the UI refreshes the views that show these records."""

    entity: str
    action: AuditAction
    ids: tuple[int, ...]
    captive_ids: tuple[int, ...] = ()


@dataclass(frozen=True)
class NameDTO:
    id: int
    uid: str
    captive_id: int
    full_name: str
    script: Script
    language: str
    kind: NameKind
    is_primary: bool


@dataclass(frozen=True)
class CaptiveDTO:
    id: int
    uid: str
    primary_name: str
    latin_name: str  # a Latin-script spelling, for people who cannot read the native one
    names: tuple[NameDTO, ...]
    sex: Sex
    birth: PartialDate | None
    birth_place: str
    citizenship: str
    category: CaptiveCategory
    status: CaptiveStatus
    status_since: date | None
    capture: PartialDate | None
    capture_place: str
    capture_circumstances: str
    capturing_authority: str
    consent_power_of_attorney: bool
    consent_publicity: bool
    consent_notes: str
    summary: str
    current_asks: str
    health: str
    has_photo: bool
    photo_media_type: str
    sensitivity: Sensitivity
    field_levels: dict[str, Any]
    tags: tuple[str, ...]
    current_place: str  # facility of the open stay, "" if unknown
    days_in_custody: int | None
    created_at: datetime
    updated_at: datetime
    consent_family_wgeid: bool = False  # the family consents to a WGEID submission
    # Fields above the level the file is read at (a travel copy's, a team member's
    # clearance): what they hold is not the captive's (caseapp.services.reading_level).
    withheld: frozenset[str] = frozenset()


@dataclass(frozen=True)
class StatusChangeDTO:
    id: int
    uid: str
    captive_id: int
    old_status: CaptiveStatus | None
    new_status: CaptiveStatus
    effective_on: date | None
    note: str
    recorded_by: str
    created_at: datetime
    sensitivity: Sensitivity = Sensitivity.INTERNAL
    # Typed after a change dated later (a hearing learnt of after the release): it sits in the
    # history by its date, and ``old_status`` is read from the history by date, not as it was
    # recorded (caseapp.domain.status_order.read_by_date).
    entered_later: bool = False


@dataclass(frozen=True)
class IdentityDocumentDTO:
    id: int
    uid: str
    captive_id: int
    kind: str
    number: str
    issuer: str
    issued_on: date | None
    expires_on: date | None
    sensitivity: Sensitivity


@dataclass(frozen=True)
class DetentionPlaceDTO:
    id: int
    uid: str
    captive_id: int
    facility: str
    address: str
    from_date: date
    to_date: date | None
    notes: str
    sensitivity: Sensitivity


@dataclass(frozen=True)
class WelfareContactDTO:
    id: int
    uid: str
    captive_id: int
    contact_on: date
    kind: WelfareContactKind
    confirmed: bool
    source: str
    notes: str
    sensitivity: Sensitivity
    independent: bool | None = None  # None: as the kind says (caseapp.domain.proof_of_life)


@dataclass(frozen=True)
class NoteDTO:
    id: int
    uid: str
    captive_id: int | None
    title: str
    body: str
    written_at: datetime
    author: str
    sensitivity: Sensitivity


@dataclass(frozen=True)
class ChargeDTO:
    id: int
    uid: str
    prosecution_id: int
    code: str
    article: str
    part: str
    title: str
    brought_on: date | None

    @property
    def citation(self) -> str:
        art = f"Art. {self.article}" + (f"({self.part})" if self.part else "")
        return f"{self.code} {art}".strip()


@dataclass(frozen=True)
class ProsecutionDTO:
    id: int
    uid: str
    captive_id: int
    case_number: str
    investigating_body: str
    court: str
    judge: str
    prosecutor: str
    defence_counsel: str
    counsel_kind: CounselKind
    language: str
    opened_on: date | None
    notes: str
    sensitivity: Sensitivity
    charges: tuple[ChargeDTO, ...] = ()


@dataclass(frozen=True)
class DetentionOrderDTO:
    id: int
    uid: str
    captive_id: int
    prosecution_id: int | None
    ordering_court: str
    decided_on: date | None
    start_date: date
    term_months: int
    term_days: int
    expires_on: date
    kind: DetentionOrderKind
    appeal_filed_on: date | None
    appeal_outcome: str
    notes: str
    sensitivity: Sensitivity
    # "stated" by the order's text, or "computed" once from the start and the term
    expiry_source: ExpirySource = ExpirySource.COMPUTED


@dataclass(frozen=True)
class HearingDTO:
    id: int
    uid: str
    starts_at: datetime  # aware, in the court's time zone
    timezone: str
    court: str
    kind: HearingKind
    judge: str
    prosecution_id: int | None
    outcome: str
    next_date: date | None
    notes: str
    sensitivity: Sensitivity
    captive_ids: tuple[int, ...] = ()
    state: HearingState = HearingState.SCHEDULED  # only a scheduled one is still to come


@dataclass(frozen=True)
class DeletedEventDTO:
    """A hearing or deadline deleted lately, as a calendar cancels it: its uid and when it
    was set (``starts`` a date for a whole-day deadline, an aware time otherwise, ``None`` if
    the audit entry did not say), nothing it said (see caseapp.services.calendar_deletions)."""

    uid: str
    kind: str  # "hearing" or "deadline"
    starts: date | datetime | None
    deleted_on: date


@dataclass(frozen=True)
class InternationalProceedingDTO:
    id: int
    uid: str
    captive_id: int
    body: InternationalBody
    kind: InternationalProceedingKind
    reference: str
    lodged_on: date | None
    communicated_on: date | None
    status: ProceedingStatus
    outcome: str
    notes: str
    sensitivity: Sensitivity
    convention_articles: str = ""  # "3, 5 § 1, 5 § 4, P1-1"
    judgment_on: date | None = None  # the date of an ECHR Chamber judgment


@dataclass(frozen=True)
class OrganisationDTO:
    id: int
    uid: str
    name: str
    kind: OrganisationKind
    country: str
    address: str
    email: str
    phone: str
    website: str
    notes: str
    sensitivity: Sensitivity = Sensitivity.SHAREABLE


@dataclass(frozen=True)
class ContactDTO:
    id: int
    uid: str
    organisation_id: int | None
    name: str
    role: str
    language: str
    email: str
    phone: str
    address: str
    notes: str
    sensitivity: Sensitivity


@dataclass(frozen=True)
class InterventionDTO:
    id: int
    uid: str
    made_on: date
    organisation_id: int | None
    contact_id: int | None
    channel: Channel
    subject: str
    request: str
    response: str
    status: InterventionStatus
    follow_up_on: date | None
    sensitivity: Sensitivity
    captive_ids: tuple[int, ...] = ()


@dataclass(frozen=True)
class DocumentDTO:
    """A document's description; its bytes come from ``documents.content(id)``."""

    id: int
    uid: str
    captive_id: int | None
    prosecution_id: int | None
    hearing_id: int | None
    intervention_id: int | None
    title: str
    filename: str
    media_type: str
    size: int
    sha256: str
    source: str
    received_on: date | None
    reliability: Reliability
    notes: str
    sensitivity: Sensitivity
    # The pages OCR may not have read (caseapp.domain.scan_pages): whose way up could not be
    # told, and not checked for it; empty when there are none or OCR has not read it.
    ocr_unsure_pages: tuple[int, ...] = ()
    ocr_unchecked_pages: tuple[int, ...] = ()


@dataclass(frozen=True)
class DeadlineDTO:
    id: int
    uid: str
    captive_id: int | None
    title: str
    rule_id: str
    rule_version: str
    trigger_kind: str
    trigger_uid: str
    trigger_date: date | None
    due_on: date
    due_time: time | None
    timezone: str
    status: DeadlineStatus
    overridden: bool
    explanation: tuple[Any, ...]
    # the lawyer's text, or CaseApp's own reason as a message (read in the reader's language)
    status_reason: str | Message
    notes: str
    sensitivity: Sensitivity = Sensitivity.SHAREABLE
    hard: bool = False  # set by a court, cannot be missed
    document_id: int | None = None  # the document it came from

    @property
    def clock_time(self) -> str:
        """The time it is due by and its zone ("16:00 Europe/Paris"), "" for a whole day: as
        every listing that shows the day writes it beside the day."""
        return f"{self.due_time:%H:%M} {self.timezone}".rstrip() if self.due_time else ""


@dataclass(frozen=True)
class AuditEntryDTO:
    id: int
    at: datetime
    actor: str
    action: AuditAction
    entity: str
    record_uid: str
    captive_uid: str
    summary: str
    field: str
    old_value: str | None
    new_value: str | None


@dataclass(frozen=True)
class SearchResult:
    entity: str
    record_id: int
    captive_ids: tuple[int, ...]
    label: str
    matched_name: bool = False
    # Which of the record's texts the query is in, with a few of its words (the label alone
    # does not say it: a note by its title, a document by its title, not its text).
    found_by: FoundBy | None = None


@dataclass(frozen=True)
class LookAlike:
    """An imported captive who looks like one the case file already held (the score of
    ``caseapp duplicates``): both by ID and first name, and by what tells the two apart
    (:func:`caseapp.services.told_apart.told_apart`, at the level the file is read at)."""

    imported_id: int
    imported_name: str
    existing_id: int
    existing_name: str
    score: float
    imported_apart: tuple[Message, ...] = ()
    existing_apart: tuple[Message, ...] = ()


DIFFERING_LISTED = 20  # records an import names that the case file holds otherwise


@dataclass(frozen=True)
class ImportReport:
    added: dict[str, int] = field(default_factory=dict)
    skipped: dict[str, int] = field(default_factory=dict)  # already present (same uid)
    # Records the file gives twice (the same uid, the same content), added once: by table,
    # (record number, the earlier record it repeats).
    repeated: dict[str, list[tuple[int, int]]] = field(default_factory=dict)
    computed_deadlines: int = 0  # set off by the imported records, as if entered by hand
    # Records that came without a sensitivity level (an older export) and got the default.
    levels_defaulted: dict[str, int] = field(default_factory=dict)
    # Case settings of the export taken over ("procedure = 'am'"), and those not taken over
    # (this case file has its own value, or the value was refused): one line each.
    settings_applied: tuple[str, ...] = ()
    settings_kept: tuple[str, ...] = ()
    # Imported captives likely the same person as a captive already there (another case
    # file's copy has other uids): said, never merged by the import.
    look_alikes: tuple[LookAlike, ...] = ()
    # Open deadlines of the file counting from a record neither in the file nor in the case
    # file, kept as set by hand: one "“title” (uid …), due date" each.
    kept_by_hand: tuple[str, ...] = ()
    # The level the export was read at (``read_at_level``: a travel copy, a team login below
    # internal, ``export --level``): it held nothing above it. None: a whole copy.
    read_at_level: Sensitivity | None = None
    # Records the case file held already (the same uid) that the file gives otherwise, left
    # as the case file has them (an import only adds): one line each, with the file's values.
    differing: tuple[str, ...] = ()

    @property
    def notices(self) -> tuple[str, ...]:
        """Lines the import must show the user besides the counts."""
        lines = []
        if self.read_at_level is not None:
            lines.append(str(msg("The export was made at the {level} level: it held only what "
                                 "that level shows, not the whole case file. Records and "
                                 "fields above it were not in it and were not added.",
                                 level=LEVEL_NAMES[self.read_at_level])))
        if self.settings_applied:
            lines.append(str(msg("Case settings taken from the export: {settings}.",
                                 settings="; ".join(self.settings_applied))))
        if self.settings_kept:
            # (how to change them is the window's and the command line's own to say)
            lines.append(str(msg("Case settings not taken from the export: {settings}.",
                                 settings="; ".join(self.settings_kept))))
        if self.levels_defaulted:
            lines.append(str(msg_n(
                "{count} record had no sensitivity level and got the default (internal when "
                "it holds a note, else shareable; family organisations internal): {parts}. "
                "Check it before printing.",
                "{count} records had no sensitivity level and got the default (internal when "
                "they hold a note, else shareable; family organisations internal): {parts}. "
                "Check them before printing.",
                sum(self.levels_defaulted.values()),
                parts=counts_of(self.levels_defaulted.items()))))
        if self.repeated:
            # "1 captive (3 = 1)": the kind in the reader's language, then which record of
            # the file's list repeats which.
            which = "; ".join(f"{count_of(t, len(pairs))} ("
                              + ", ".join(f"{n} = {first}" for n, first in pairs) + ")"
                              for t, pairs in self.repeated.items())
            lines.append(str(msg_n(
                "{count} record of the file repeats an earlier one (the same uid and content) "
                "and was added once: {which}.",
                "{count} records of the file repeat earlier ones (the same uid and content) "
                "and were added once: {which}.",
                sum(len(p) for p in self.repeated.values()), which=which)))
        if self.kept_by_hand:
            lines.append(str(msg_n(
                "{count} open deadline of the file counts from a record that is neither in the "
                "file nor in the case file: it was kept as set by hand, and its date follows no "
                "record: {deadlines}. Check it, or dismiss it.",
                "{count} open deadlines of the file count from records that are neither in the "
                "file nor in the case file: they were kept as set by hand, and their dates "
                "follow no record: {deadlines}. Check them, or dismiss them.",
                len(self.kept_by_hand), deadlines="; ".join(self.kept_by_hand))))
        if self.differing:  # one notice: the window shows each apart, with a blank line
            shown = [f"  {line}" for line in self.differing[:DIFFERING_LISTED]]
            if len(self.differing) > DIFFERING_LISTED:
                shown.append("  " + str(msg_n("… and {count} more record.",
                                              "… and {count} more records.",
                                              len(self.differing) - DIFFERING_LISTED)))
            lines.append("\n".join([str(msg_n(
                "{count} record of the file is in the case file already, which holds it "
                "otherwise: an import only adds records, so it was left as the case file has "
                "it. What the file gives, to enter by hand if it is right:",
                "{count} records of the file are in the case file already, which holds them "
                "otherwise: an import only adds records, so they were left as the case file "
                "has them. What the file gives, to enter by hand if it is right:",
                len(self.differing))), *shown]))
        return tuple(lines)

    @property
    def total_added(self) -> int:
        return sum(self.added.values())


@dataclass(frozen=True)
class CaptiveFileDTO:
    """Everything recorded about one captive, for the captive's page, dossiers and exports."""

    captive: CaptiveDTO
    status_history: tuple[StatusChangeDTO, ...]
    identity_documents: tuple[IdentityDocumentDTO, ...]
    detention_places: tuple[DetentionPlaceDTO, ...]
    welfare_contacts: tuple[WelfareContactDTO, ...]
    prosecutions: tuple[ProsecutionDTO, ...]
    detention_orders: tuple[DetentionOrderDTO, ...]
    hearings: tuple[HearingDTO, ...]
    international_proceedings: tuple[InternationalProceedingDTO, ...]
    interventions: tuple[InterventionDTO, ...]
    documents: tuple[DocumentDTO, ...]
    deadlines: tuple[DeadlineDTO, ...]
    notes: tuple[NoteDTO, ...]


@dataclass(frozen=True)
class CheckReport:
    problems: tuple[str, ...]
    counts: dict[str, int]
    schema_revision: str
    details: tuple[str, ...] = ()  # what the database engine said, shown on request
    unchecked: tuple[str, ...] = ()  # what could not be checked (a read-only file), and why

    @property
    def ok(self) -> bool:
        return not self.problems
