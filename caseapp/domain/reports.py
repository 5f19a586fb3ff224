"""What dossiers, status reports and letters are made of: the lawyer's details, the
sensitivity rules of printing, and the frozen records the report writers take.

A report is built *at a level* (public < shareable < internal). Whatever is above that
level is dropped while these records are built (see ``caseapp.services.dossier_data`` and
``caseapp.services.status_report_data``), so a writer cannot print what it never received.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field, fields
from datetime import date, datetime, time
from typing import TYPE_CHECKING, Any

from caseapp.domain.captive_rows import most_days
from caseapp.domain.dates import PartialDate
from caseapp.domain.enums import (
    CaptiveCategory,
    CaptiveStatus,
    InternationalBody,
    ProceedingStatus,
    ReleaseKind,
    Sensitivity,
    Sex,
    WelfareContactKind,
)
from caseapp.domain.errors import ValidationError
from caseapp.domain.lawyer import name_in_language
from caseapp.domain.messages import Message, Translated, msg
from caseapp.domain.name_display import NameRow
from caseapp.domain.order_standing import Standing
from caseapp.domain.redaction import LEVEL_FOLLOWS
from caseapp.domain.special_risk import RiskReason

if TYPE_CHECKING:
    from caseapp.domain.dto import (
        CaptiveDTO,
        DeadlineDTO,
        DetentionOrderDTO,
        DetentionPlaceDTO,
        DocumentDTO,
        HearingDTO,
        IdentityDocumentDTO,
        InternationalProceedingDTO,
        InterventionDTO,
        NoteDTO,
        ProsecutionDTO,
        StatusChangeDTO,
        WelfareContactDTO,
    )

# ---- levels -----------------------------------------------------------------------------------

def parse_level(value: str | Sensitivity) -> Sensitivity:
    try:
        return Sensitivity(value)
    except ValueError:
        choices = ", ".join(s.value for s in Sensitivity)
        raise ValidationError(msg("“{value}” is not a sensitivity level: choose one of "
                                  "{choices}.", value=value, choices=choices),
                              field="level") from None


def field_level(captive: CaptiveDTO, field: str) -> Sensitivity:
    """The level of one of the captive's own fields: its entry in ``field_levels`` (keyed by
    column name, e.g. ``capture_date``), else the captive record's level. A field is never
    less restricted than the record it belongs to."""
    raw = (captive.field_levels or {}).get(field)
    own = Sensitivity(raw) if raw else captive.sensitivity
    return own if own.rank >= captive.sensitivity.rank else captive.sensitivity


# CaptiveDTO attribute -> the column whose level governs it
CAPTIVE_FIELD_COLUMNS = {"birth": "birth_date", "capture": "capture_date",
                         "days_in_custody": "capture_date", **LEVEL_FOLLOWS,
                         "has_photo": "photo", "photo_media_type": "photo"}


# ---- the dossier ------------------------------------------------------------------------------

@dataclass(frozen=True)
class AddressedIntervention:
    """An advocacy step with its addressee's name resolved (as far as the level allows)."""

    intervention: InterventionDTO
    addressee: str  # "Person, Organisation", "" when withheld or unknown


@dataclass(frozen=True)
class DossierDTO:
    """One captive's file as printed at ``level``: nothing above the level is in here."""

    level: Sensitivity
    generated_on: date
    version: str  # a fingerprint of the contents: two printouts with one version say the same
    captive: CaptiveDTO  # fields above the level blanked, field_levels and tags emptied
    photo: bytes | None
    photo_media_type: str
    last_contact: date | None  # of the welfare contacts printed
    status_history: tuple[StatusChangeDTO, ...]
    identity_documents: tuple[IdentityDocumentDTO, ...]
    detention_places: tuple[DetentionPlaceDTO, ...]
    visits: tuple[WelfareContactDTO, ...]  # ICRC, lawyer, consular visits, media, other
    family_contacts: tuple[WelfareContactDTO, ...]  # family calls and letters
    prosecutions: tuple[ProsecutionDTO, ...]
    detention_orders: tuple[DetentionOrderDTO, ...]
    hearings: tuple[HearingDTO, ...]
    international_proceedings: tuple[InternationalProceedingDTO, ...]
    domestic_deadlines: tuple[DeadlineDTO, ...]  # open ones
    international_deadlines: tuple[DeadlineDTO, ...]  # open ones
    communications: tuple[AddressedIntervention, ...]
    family_communications: tuple[AddressedIntervention, ...]  # advocacy with family members
    annex: tuple[DocumentDTO, ...]
    withheld: int  # how many records and fields were left out at this level (not which)
    extras: DossierExtras | None = None  # representative, ECHR essentials, chronology…
    # deadline id -> the note printed under it (a pre-trial order's step after a conviction)
    deadline_notes: Mapping[int, Message | str] = field(default_factory=dict)
    # deadline id -> its rule's source in every language (printed under it in the dossier's)
    deadline_sources: Mapping[int, Translated] = field(default_factory=dict)
    # The capture date unknown: the start of the first detention order printed, from which
    # the days in custody are counted (None: counted from the capture, or not given).
    custody_counted_from: date | None = None
    # the ids of the open deadlines overdue when it was made (their day, or their hour,
    # passed: caseapp.domain.dates.deadline_overdue); None: those due before generated_on
    overdue_deadlines: frozenset[int] | None = None
    # order id -> whether the order is in force, or which printed order replaced it, as the
    # orders printed and the status at the level say (caseapp.domain.order_standing)
    order_standings: Mapping[int, Standing] = field(default_factory=dict)


FAMILY_CONTACT_KINDS = frozenset({WelfareContactKind.FAMILY_CALL, WelfareContactKind.FAMILY_LETTER})


# ---- the status report ------------------------------------------------------------------------

@dataclass(frozen=True)
class StatusRow:
    id: int
    name: str  # primary name (often in Armenian script)
    latin_name: str
    status: CaptiveStatus | None  # None: withheld at the level
    category: CaptiveCategory | None
    place: str
    days_in_custody: int | None
    next_deadline: date | None
    next_deadline_title: str
    next_hearing: datetime | None  # aware, in the court's time zone
    last_contact: date | None
    proceedings: dict[InternationalBody, int]  # filings by forum
    # the Latin, Armenian, Cyrillic and primary spellings, for a report in another language
    spellings: tuple[NameRow, ...] = ()
    # special risk (caseapp.domain.special_risk) and independent proof of life, as the level
    # allows them
    risk_reasons: tuple[RiskReason, ...] = ()
    last_independent: date | None = None
    # the level hides a source of the special risk (the facts record, the birth date): the
    # report must not count the captive as free of it
    risk_hidden: bool = False
    # the next deadline is overdue (its day, or its hour, has passed and it is still open:
    # caseapp.domain.dates.deadline_overdue): the report shows the earliest open deadline,
    # not only those still ahead
    next_deadline_overdue: bool = False
    # the hour the next deadline is due by and its zone (None, "": due by the day's end)
    next_deadline_time: time | None = None
    next_deadline_zone: str = ""
    # the note printed under the next deadline (a pre-trial order's step after a conviction)
    next_deadline_note: Message | str | None = None
    # its date counted from a month's or a year's first day (the day of capture not known)
    next_deadline_estimated: bool = False
    # the source of the rule that computed the next deadline, in every language; None for a
    # deadline entered or dated by hand, or whose rule is no longer defined
    next_deadline_source: Translated | None = None
    # the captive's sex, as the level allows it (None: withheld or not read): a status said
    # of a woman agrees with her where the language needs it
    sex: Sex | None = None


@dataclass(frozen=True)
class UpcomingHearing:
    starts_at: datetime  # aware, in the court's time zone
    court: str
    kind: str  # a HearingKind value
    names: tuple[str, ...]  # of the captives in this report it concerns (Latin headline names)
    captive_ids: tuple[int, ...] = ()  # the same captives, in the same order
    state: str | None = None  # adjourned or cancelled (a HearingState value); None: to come
    next_on: date | None = None  # the day an adjourned one was adjourned to


@dataclass(frozen=True)
class StatusReportDTO:
    level: Sensitivity
    generated_on: date
    status_filter: CaptiveStatus | None
    # The tag the captives were chosen by: named at the internal level only (tags are
    # internal); below it the report says only that a tag chose them (``tagged``).
    tag_filter: str | None
    rows: tuple[StatusRow, ...]
    upcoming_hearings: tuple[UpcomingHearing, ...]
    hearing_days: int  # the window of ``upcoming_hearings``
    # Captives left out of names, tables and counts because they did not consent to publicity
    # (public level only): the report says "others, not named: N".
    unnamed: int = 0
    tagged: bool = False  # the captives were chosen by a tag (named or not, see tag_filter)

    def count_by(self, attr: str) -> dict[Any, int]:
        counts: dict[Any, int] = {}
        for row in self.rows:
            key = getattr(row, attr)
            counts[key] = counts.get(key, 0) + 1
        return counts

    def special_risk_counts(self) -> tuple[int, dict[RiskReason, int]]:
        """Captives at special risk (any reason), and how many for each reason (a captive
        with two reasons counts under both)."""
        by_reason = {r: sum(1 for row in self.rows if r in row.risk_reasons) for r in RiskReason}
        return sum(1 for row in self.rows if row.risk_reasons), by_reason

    def special_risk_hidden(self) -> int:
        """Captives whose special risk the level does not show (a source above it)."""
        return sum(1 for row in self.rows if row.risk_hidden)

    def proceedings_by_forum(self) -> dict[InternationalBody, int]:
        total = {b: 0 for b in InternationalBody}
        for row in self.rows:
            for body, n in row.proceedings.items():
                total[body] += n
        return {b: n for b, n in total.items() if n}


def blank_fields(dto: Any, names: set[str]) -> Any:
    """A copy of a frozen DTO with ``names`` set to their empty value of the same type."""
    values = {}
    for f in fields(dto):
        value = getattr(dto, f.name)
        if f.name in names:
            value = _EMPTY.get(type(value), None)
        values[f.name] = value
    return type(dto)(**values)


_EMPTY: dict[type, Any] = {str: "", bool: False, tuple: (), dict: {}}


# ---- what an embassy or the ECHR needs on top (issue 10 §8) -----------------------------------
# Built by ``caseapp.services.dossier_extras_data.build_dossier_extras`` from records already filtered at
# the dossier's level; each item keeps the level of the record it comes from.

@dataclass(frozen=True)
class Representative:
    """Who represents the captive, from the lawyer's details (settings), and since when the
    block was printed. Not case data: it carries no level."""

    name: str
    organisation: str
    address: str
    bar_number: str
    phone: str
    email: str
    dated: date
    name_hy: str = ""  # the name in Armenian letters, for a dossier in Armenian
    name_ru: str = ""  # in Cyrillic letters, for one in Russian

    def name_for(self, lang: str) -> str:
        return name_in_language(lang, self.name, hy=self.name_hy, ru=self.name_ru)

    @property
    def empty(self) -> bool:
        return not (self.name or self.organisation)


@dataclass(frozen=True)
class EchrEssentials:
    """The ECHR facts a Registry or an embassy asks first."""

    application_numbers: tuple[str, ...]
    rule39_status: ProceedingStatus | None  # of the latest Rule 39 request printed
    rule39_lodged_on: date | None
    articles: tuple[str, ...]  # Convention articles invoked ("3", "5 § 4", "P1-1")
    communicated_on: date | None
    level: Sensitivity  # the strictest level of the filings these come from
    judgment_on: date | None = None  # the latest Chamber judgment on an application

    @property
    def empty(self) -> bool:
        return not (self.application_numbers or self.rule39_status or self.articles
                    or self.communicated_on or self.judgment_on)


@dataclass(frozen=True)
class ChronologyEntry:
    on: date
    kind: str  # capture, status, custody, order, hearing, filing
    event: Any  # an enum member (status, order kind, hearing kind, filing kind) or a text key
    detail: str  # the record's own words: place, court, reference, outcome
    level: Sensitivity  # of the record the entry comes from
    at: datetime | None = None  # aware, when the record has a time (hearings)
    until: date | None = None  # a detention order's expiry
    body: InternationalBody | None = None  # of a filing
    known: PartialDate | None = None  # the date as known (May 2024): ``on`` is its first day
    state: Any = None  # a hearing's HearingState (None: scheduled)
    next_on: date | None = None  # the day an adjourned hearing was adjourned to
    record_id: int | None = None  # of a detention order: its standing in the dossier


@dataclass(frozen=True)
class SharedHearing:
    """A hearing of several captives: who else stood trial (as far as the level allows)."""

    starts_at: datetime
    court: str
    co_defendants: tuple[str, ...]  # Latin names
    not_named: int  # co-defendants left out at this level
    level: Sensitivity
    # each co-defendant's spellings (in the order of co_defendants), so that a dossier in
    # Armenian or Russian names them in its own script where one is recorded
    spellings: tuple[tuple[Any, ...], ...] = ()


@dataclass(frozen=True)
class PreTrialCustody:
    days: int
    since: date
    until: date | None  # None: still in pre-trial custody on the dossier's date
    maximum_days: int | None  # the statutory maximum the lawyer set, None when not set
    level: Sensitivity
    since_known: PartialDate | None = None  # the capture date as known, ``since`` its first day

    @property
    def days_left(self) -> int | None:
        """Days left before the maximum, from the most days :attr:`days` may be (a capture
        known to its month: from its first day)."""
        most = most_days(self.days)
        return None if self.maximum_days is None or most is None else self.maximum_days - most


@dataclass(frozen=True)
class FilingFacts:
    """The facts the filings need, as the dossier's level allows them (None / empty: not
    recorded or above the level)."""

    state_confirmed: bool | None
    confirmed_on: date | None
    confirmed_source: str
    risk_reasons: tuple[RiskReason, ...]
    release_kind: ReleaseKind | None
    last_independent: date | None
    contacts_hidden: bool = False  # a welfare contact is above the level: "none" would be false


@dataclass(frozen=True)
class DossierExtras:
    representative: Representative | None
    echr: EchrEssentials | None
    chronology: tuple[ChronologyEntry, ...]
    shared_hearings: tuple[SharedHearing, ...]
    pre_trial: PreTrialCustody | None
    notes: tuple[NoteDTO, ...]
    filing: FilingFacts | None = None


_ARTICLES = re.compile(
    r"\bArt(?:icle)?s?\.?\s*((?:(?:P\d+-)?\d+(?:\s*§+\s*\d+(?:\s*\([a-z]\))?)?"
    r"(?:\s*(?:,|and|&|et)\s*)?)+)", re.IGNORECASE)
_PROTOCOL = re.compile(r"\s*of\s+(?:the\s+)?Protocol\s+No\.?\s*(\d+)", re.IGNORECASE)
_ONE_ARTICLE = re.compile(r"(?:P\d+-)?\d+(?:\s*§+\s*\d+(?:\s*\([a-z]\))?)?")


def convention_articles(*texts: str) -> tuple[str, ...]:
    """Convention articles named in free text ("Articles 3, 5 § 4 and 8", "Art. P1-1"), in
    order, without repeats."""
    found: list[str] = []
    for value in texts:
        for group in _ARTICLES.finditer(value or ""):
            protocol = _PROTOCOL.match(value, group.end())
            for one in _ONE_ARTICLE.findall(group.group(1)):
                one = re.sub(r"\s*§+\s*", " § ", one)
                if protocol and not one.startswith("P"):
                    one = f"P{protocol.group(1)}-{one}"  # Article 1 of Protocol No. 1
                if one not in found:
                    found.append(one)
    return tuple(found)
