"""Every kind of record in a captive's file, declared once for the add / edit dialogs.

A :class:`Kind` names the service that stores the record, its fields (for
:class:`~caseapp.ui.dialogs.record_dialog.RecordDialog`), how a record reads back into the
dialog and what a new one starts with. :mod:`caseapp.ui.dialogs.captive_dialogs` turns a kind
into dialogs; field labels are source texts translated in the context "CaptiveDialogs".
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field, replace
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtCore import QCoreApplication

from caseapp.domain.dates import add_term
from caseapp.domain.dto import CaptiveFileDTO
from caseapp.domain.enums import (
    CaptiveCategory,
    Channel,
    CounselKind,
    DetentionOrderKind,
    HearingKind,
    InternationalBody,
    InternationalProceedingKind,
    InterventionStatus,
    NameKind,
    ProceedingStatus,
    Reliability,
    Sensitivity,
    Sex,
    WelfareContactKind,
)
from caseapp.ui.context import UiContext
from caseapp.ui.dialogs.record_dialog import Field
from caseapp.ui.labels import label

CTX = "CaptiveDialogs"


def tr(text: str, n: int = -1) -> str:
    return QCoreApplication.translate(CTX, text, None, n) if text else ""


@dataclass
class Env:
    """What a dialog may offer as choices: the captive's loaded file, if any."""

    ui: UiContext
    captive_id: int | None = None
    file: CaptiveFileDTO | None = None


@dataclass(frozen=True)
class Kind:
    key: str
    add_title: str  # source texts, translated when shown
    edit_title: str
    service: str  # attribute of CaseFile
    fields: Callable[[Env], list[Field]]
    describe: Callable[[Any], str]
    defaults: Callable[[Env], dict[str, Any]] = lambda env: {}
    values: Callable[[Any], dict[str, Any]] | None = None  # a record as dialog values
    prepare: Callable[[dict[str, Any]], dict[str, Any]] = lambda v: v  # dialog -> service
    owner: str | None = "captive_id"  # set on create from the captive shown
    linked: tuple[frozenset[str], ...] = ()  # saved together when one of them changes
    shrink: tuple[str, ...] = field(default_factory=tuple)  # multiline fields kept short

    def svc(self, ui: UiContext) -> Any:
        return getattr(ui.case_file, self.service)


def _tr_fields(fields: list[Field]) -> list[Field]:
    return [replace(f, label=tr(f.label), help=tr(f.help)) for f in fields]


# ---- choices ----------------------------------------------------------------------------------

def _prosecutions(env: Env) -> list[tuple[str, int]]:
    rows = env.file.prosecutions if env.file else []
    return [(p.case_number or tr("Case without number (%1)").replace("%1", str(p.id)), p.id)
            for p in rows]


def _captives(env: Env) -> list[tuple[str, int]]:
    """Every captive; this one and their co-defendants first, where they are seen ticked."""
    hearings = env.file.hearings if env.file else ()
    near = {env.captive_id} | {i for h in hearings for i in h.captive_ids}
    rows = sorted(env.ui.case_file.overview.captive_rows(),
                  key=lambda r: (r.id not in near, r.latin_name.casefold(), r.id))
    return [(f"{r.latin_name} — {r.primary_name}" if r.latin_name != r.primary_name
             else r.primary_name, r.id) for r in rows]


def _organisations(env: Env) -> list[tuple[str, int]]:
    return [(o.name, o.id) for o in env.ui.case_file.organisations.list()]


def _contacts(env: Env) -> list[tuple[str, int]]:
    orgs = {o.id: o.name for o in env.ui.case_file.organisations.list()}
    return [(c.name + (f" ({orgs[c.organisation_id]})" if c.organisation_id in orgs else ""), c.id)
            for c in env.ui.case_file.contacts.list()]


def _hearings(env: Env) -> list[tuple[str, int]]:
    rows = env.file.hearings if env.file else []
    return [(f"{h.starts_at:%Y-%m-%d} {label(h.kind)}", h.id) for h in rows]


def _interventions(env: Env) -> list[tuple[str, int]]:
    rows = env.file.interventions if env.file else []
    return [(f"{i.made_on.isoformat()} {i.subject}".strip(), i.id) for i in rows]


SENSITIVITY = Field("sensitivity", QT_TRANSLATE_NOOP("CaptiveDialogs", "Sensitivity"), "enum", enum=Sensitivity,
                    help=QT_TRANSLATE_NOOP("CaptiveDialogs", "Who may see this record when a dossier is printed"))


def _sensitive(env: Env) -> dict[str, Any]:
    return {"sensitivity": Sensitivity.INTERNAL}


# ---- the kinds of record ------------------------------------------------------------------------

NAME = Kind(
    "captive_names", QT_TRANSLATE_NOOP("CaptiveDialogs", "Add name"), QT_TRANSLATE_NOOP("CaptiveDialogs", "Edit name"), "names",
    lambda env: [
        Field("full_name", QT_TRANSLATE_NOOP("CaptiveDialogs", "Name as written"), required=True,
              help=QT_TRANSLATE_NOOP("CaptiveDialogs", "In any script; the script is recognised from the letters")),
        Field("language", QT_TRANSLATE_NOOP("CaptiveDialogs", "Language"), help=QT_TRANSLATE_NOOP("CaptiveDialogs", "Language code: hy, en, ru, fr, az…")),
        Field("kind", QT_TRANSLATE_NOOP("CaptiveDialogs", "Kind"), "enum", enum=NameKind),
        Field("is_primary", QT_TRANSLATE_NOOP("CaptiveDialogs", "Primary name"), "bool",
              help=QT_TRANSLATE_NOOP("CaptiveDialogs", "The name shown first everywhere")),
    ],
    describe=lambda n: n.full_name,
    defaults=lambda env: {"kind": NameKind.TRANSLITERATION},
)

IDENTITY_DOCUMENT = Kind(
    "identity_documents", QT_TRANSLATE_NOOP("CaptiveDialogs", "Add identity document"), QT_TRANSLATE_NOOP("CaptiveDialogs", "Edit identity document"),
    "identity_documents",
    lambda env: [
        Field("kind", QT_TRANSLATE_NOOP("CaptiveDialogs", "Document"), required=True,
              help=QT_TRANSLATE_NOOP("CaptiveDialogs", "Passport, national ID card, military ID, birth certificate…")),
        Field("number", QT_TRANSLATE_NOOP("CaptiveDialogs", "Number")),
        Field("issuer", QT_TRANSLATE_NOOP("CaptiveDialogs", "Issued by")),
        Field("issued_on", QT_TRANSLATE_NOOP("CaptiveDialogs", "Issued on"), "date"),
        Field("expires_on", QT_TRANSLATE_NOOP("CaptiveDialogs", "Valid until"), "date"),
        SENSITIVITY,
    ],
    describe=lambda d: f"{d.kind} {d.number}".strip(), defaults=_sensitive,
)

DETENTION_PLACE = Kind(
    "detention_places", QT_TRANSLATE_NOOP("CaptiveDialogs", "Add place of detention"), QT_TRANSLATE_NOOP("CaptiveDialogs", "Edit place of detention"),
    "detention_places",
    lambda env: [
        Field("facility", QT_TRANSLATE_NOOP("CaptiveDialogs", "Facility"), required=True),
        Field("address", QT_TRANSLATE_NOOP("CaptiveDialogs", "Address for letters"), "multiline"),
        Field("from_date", QT_TRANSLATE_NOOP("CaptiveDialogs", "From"), "date", required=True),
        Field("to_date", QT_TRANSLATE_NOOP("CaptiveDialogs", "Until"), "date",
              help=QT_TRANSLATE_NOOP("CaptiveDialogs", "Leave empty while the captive is still held there")),
        Field("notes", QT_TRANSLATE_NOOP("CaptiveDialogs", "Notes"), "multiline"),
        SENSITIVITY,
    ],
    describe=lambda p: p.facility, defaults=_sensitive, shrink=("address", "notes"),
)

WELFARE_CONTACT = Kind(
    "welfare_contacts", QT_TRANSLATE_NOOP("CaptiveDialogs", "Add welfare contact"), QT_TRANSLATE_NOOP("CaptiveDialogs", "Edit welfare contact"),
    "welfare_contacts",
    lambda env: [
        Field("contact_on", QT_TRANSLATE_NOOP("CaptiveDialogs", "Date"), "date", required=True),
        Field("kind", QT_TRANSLATE_NOOP("CaptiveDialogs", "Kind"), "enum", enum=WelfareContactKind),
        Field("confirmed", QT_TRANSLATE_NOOP("CaptiveDialogs", "Confirmed (proof of life)"), "bool",
              help=QT_TRANSLATE_NOOP("CaptiveDialogs", "Only confirmed contacts count for the days since the last contact")),
        Field("source", QT_TRANSLATE_NOOP("CaptiveDialogs", "Source")),
        Field("notes", QT_TRANSLATE_NOOP("CaptiveDialogs", "Notes"), "multiline"),
        SENSITIVITY,
    ],
    describe=lambda c: f"{label(c.kind)} {c.contact_on.isoformat()}",
    defaults=lambda env: {"contact_on": env.ui.today(), "confirmed": True, **_sensitive(env)},
)

PROSECUTION = Kind(
    "prosecutions", QT_TRANSLATE_NOOP("CaptiveDialogs", "Add prosecution"), QT_TRANSLATE_NOOP("CaptiveDialogs", "Edit prosecution"), "prosecutions",
    lambda env: [
        Field("case_number", QT_TRANSLATE_NOOP("CaptiveDialogs", "Case number")),
        Field("investigating_body", QT_TRANSLATE_NOOP("CaptiveDialogs", "Investigating body")),
        Field("court", QT_TRANSLATE_NOOP("CaptiveDialogs", "Court")),
        Field("judge", QT_TRANSLATE_NOOP("CaptiveDialogs", "Judge")),
        Field("prosecutor", QT_TRANSLATE_NOOP("CaptiveDialogs", "Prosecutor")),
        Field("defence_counsel", QT_TRANSLATE_NOOP("CaptiveDialogs", "Defence counsel")),
        Field("counsel_kind", QT_TRANSLATE_NOOP("CaptiveDialogs", "Counsel"), "enum", enum=CounselKind),
        Field("language", QT_TRANSLATE_NOOP("CaptiveDialogs", "Language of proceedings"), help=QT_TRANSLATE_NOOP("CaptiveDialogs", "Language code, e.g. az")),
        Field("opened_on", QT_TRANSLATE_NOOP("CaptiveDialogs", "Case opened on"), "date"),
        Field("notes", QT_TRANSLATE_NOOP("CaptiveDialogs", "Notes"), "multiline"),
        SENSITIVITY,
    ],
    describe=lambda p: p.case_number or tr("this prosecution"),
    defaults=lambda env: {"counsel_kind": CounselKind.UNKNOWN, **_sensitive(env)},
)

CHARGE = Kind(
    "charges", QT_TRANSLATE_NOOP("CaptiveDialogs", "Add charge"), QT_TRANSLATE_NOOP("CaptiveDialogs", "Edit charge"), "charges",
    lambda env: [
        Field("prosecution_id", QT_TRANSLATE_NOOP("CaptiveDialogs", "Case"), "ref", choices=_prosecutions(env), required=True),
        Field("code", QT_TRANSLATE_NOOP("CaptiveDialogs", "Criminal code")),
        Field("article", QT_TRANSLATE_NOOP("CaptiveDialogs", "Article"), required=True),
        Field("part", QT_TRANSLATE_NOOP("CaptiveDialogs", "Part")),
        Field("title", QT_TRANSLATE_NOOP("CaptiveDialogs", "Offence")),
        Field("brought_on", QT_TRANSLATE_NOOP("CaptiveDialogs", "Charged on"), "date"),
    ],
    describe=lambda c: f"{c.citation} {c.title}".strip(), owner=None,
    defaults=lambda env: {"code": "Criminal Code of the Republic of Azerbaijan"},
)


def _order_values(o: Any) -> dict[str, Any]:
    computed = add_term(o.start_date, months=o.term_months, days=o.term_days) \
        if (o.term_months or o.term_days) else None
    return {"kind": o.kind, "prosecution_id": o.prosecution_id, "ordering_court": o.ordering_court,
            "decided_on": o.decided_on, "start_date": o.start_date, "term_months": o.term_months,
            "term_days": o.term_days,
            "expires_on": None if o.expires_on == computed else o.expires_on,
            "appeal_filed_on": o.appeal_filed_on, "appeal_outcome": o.appeal_outcome,
            "notes": o.notes, "sensitivity": o.sensitivity}


def _order_defaults(env: Env) -> dict[str, Any]:
    orders = sorted(env.file.detention_orders, key=lambda o: o.expires_on) if env.file else []
    prosecutions = env.file.prosecutions if env.file else ()
    out: dict[str, Any] = {"kind": DetentionOrderKind.INITIAL, **_sensitive(env),
                           "prosecution_id": prosecutions[-1].id if prosecutions else None}
    if orders:  # most orders extend the last one: same court, same term, from its expiry
        last = orders[-1]
        out.update(kind=DetentionOrderKind.EXTENSION, start_date=last.expires_on,
                   term_months=last.term_months, term_days=last.term_days,
                   ordering_court=last.ordering_court, prosecution_id=last.prosecution_id)
    return out


DETENTION_ORDER = Kind(
    "detention_orders", QT_TRANSLATE_NOOP("CaptiveDialogs", "Add detention order"), QT_TRANSLATE_NOOP("CaptiveDialogs", "Edit detention order"),
    "detention_orders",
    lambda env: [
        Field("kind", QT_TRANSLATE_NOOP("CaptiveDialogs", "Kind"), "enum", enum=DetentionOrderKind),
        Field("prosecution_id", QT_TRANSLATE_NOOP("CaptiveDialogs", "Case"), "ref", choices=_prosecutions(env)),
        Field("ordering_court", QT_TRANSLATE_NOOP("CaptiveDialogs", "Ordering court")),
        Field("decided_on", QT_TRANSLATE_NOOP("CaptiveDialogs", "Decided on"), "date"),
        Field("start_date", QT_TRANSLATE_NOOP("CaptiveDialogs", "Detention from"), "date", required=True),
        Field("term_months", QT_TRANSLATE_NOOP("CaptiveDialogs", "Term: months"), "int", maximum=120),
        Field("term_days", QT_TRANSLATE_NOOP("CaptiveDialogs", "Term: days"), "int", maximum=366),
        Field("expires_on", QT_TRANSLATE_NOOP("CaptiveDialogs", "Expires on"), "date",
              help=QT_TRANSLATE_NOOP("CaptiveDialogs", "Leave empty: computed as the start plus the term (a day past the end of "
                          "a month is moved to its last day). Fill in only when the order states "
                          "another date.")),
        Field("appeal_filed_on", QT_TRANSLATE_NOOP("CaptiveDialogs", "Appeal filed on"), "date"),
        Field("appeal_outcome", QT_TRANSLATE_NOOP("CaptiveDialogs", "Appeal outcome")),
        Field("notes", QT_TRANSLATE_NOOP("CaptiveDialogs", "Notes"), "multiline"),
        SENSITIVITY,
    ],
    describe=lambda o: tr("the order of %1 (until %2)").replace("%1", o.start_date.isoformat())
    .replace("%2", o.expires_on.isoformat()),
    defaults=_order_defaults, values=_order_values, shrink=("notes",),
    # An empty expiry means "computed": the start and term are then saved with it.
    linked=(frozenset({"start_date", "term_months", "term_days", "expires_on"}),),
)


def _hearing_defaults(env: Env) -> dict[str, Any]:
    out: dict[str, Any] = {"captive_ids": [env.captive_id] if env.captive_id else [],
                           "timezone": "Asia/Baku", **_sensitive(env)}
    if env.file and env.file.hearings:
        last = env.file.hearings[-1]
        out.update(timezone=last.timezone, court=last.court, judge=last.judge,
                   prosecution_id=last.prosecution_id, captive_ids=list(last.captive_ids))
    elif env.file and env.file.prosecutions:
        p = env.file.prosecutions[-1]
        out.update(court=p.court, judge=p.judge, prosecution_id=p.id)
    return out


HEARING = Kind(
    "hearings", QT_TRANSLATE_NOOP("CaptiveDialogs", "Add hearing"), QT_TRANSLATE_NOOP("CaptiveDialogs", "Edit hearing"), "hearings",
    lambda env: [
        Field("starts_at", QT_TRANSLATE_NOOP("CaptiveDialogs", "Date and time"), "datetime", required=True,
              help=QT_TRANSLATE_NOOP("CaptiveDialogs", "Local time of the court")),
        Field("timezone", QT_TRANSLATE_NOOP("CaptiveDialogs", "Time zone"), "timezone"),
        Field("kind", QT_TRANSLATE_NOOP("CaptiveDialogs", "Kind"), "enum", enum=HearingKind),
        Field("court", QT_TRANSLATE_NOOP("CaptiveDialogs", "Court")),
        Field("judge", QT_TRANSLATE_NOOP("CaptiveDialogs", "Judge")),
        Field("prosecution_id", QT_TRANSLATE_NOOP("CaptiveDialogs", "Case"), "ref", choices=_prosecutions(env)),
        Field("captive_ids", QT_TRANSLATE_NOOP("CaptiveDialogs", "Captives concerned"), "refs", choices=_captives(env),
              help=QT_TRANSLATE_NOOP("CaptiveDialogs", "Tick every co-defendant: the hearing appears in each one's file")),
        Field("outcome", QT_TRANSLATE_NOOP("CaptiveDialogs", "Outcome"), "multiline"),
        Field("next_date", QT_TRANSLATE_NOOP("CaptiveDialogs", "Next hearing on"), "date"),
        Field("notes", QT_TRANSLATE_NOOP("CaptiveDialogs", "Notes"), "multiline"),
        SENSITIVITY,
    ],
    describe=lambda h: tr("the %1 hearing of %2").replace("%1", label(h.kind).lower())
    .replace("%2", f"{h.starts_at:%Y-%m-%d %H:%M}"),
    defaults=_hearing_defaults, owner=None, shrink=("outcome", "notes"),
    linked=(frozenset({"starts_at", "timezone"}),),
)

INTERNATIONAL = Kind(
    "international_proceedings", QT_TRANSLATE_NOOP("CaptiveDialogs", "Add international proceeding"),
    QT_TRANSLATE_NOOP("CaptiveDialogs", "Edit international proceeding"), "international_proceedings",
    lambda env: [
        Field("body", QT_TRANSLATE_NOOP("CaptiveDialogs", "Body"), "enum", enum=InternationalBody),
        Field("kind", QT_TRANSLATE_NOOP("CaptiveDialogs", "Kind"), "enum", enum=InternationalProceedingKind),
        Field("reference", QT_TRANSLATE_NOOP("CaptiveDialogs", "Reference number")),
        Field("lodged_on", QT_TRANSLATE_NOOP("CaptiveDialogs", "Lodged on"), "date"),
        Field("status", QT_TRANSLATE_NOOP("CaptiveDialogs", "Status"), "enum", enum=ProceedingStatus),
        Field("outcome", QT_TRANSLATE_NOOP("CaptiveDialogs", "Outcome"), "multiline"),
        Field("notes", QT_TRANSLATE_NOOP("CaptiveDialogs", "Notes"), "multiline"),
        SENSITIVITY,
    ],
    describe=lambda p: f"{label(p.kind)} {p.reference}".strip(),
    defaults=lambda env: {"status": ProceedingStatus.LODGED, **_sensitive(env)},
)

INTERVENTION = Kind(
    "interventions", QT_TRANSLATE_NOOP("CaptiveDialogs", "Add intervention"), QT_TRANSLATE_NOOP("CaptiveDialogs", "Edit intervention"), "interventions",
    lambda env: [
        Field("made_on", QT_TRANSLATE_NOOP("CaptiveDialogs", "Date"), "date", required=True),
        Field("organisation_id", QT_TRANSLATE_NOOP("CaptiveDialogs", "Organisation"), "ref", choices=_organisations(env)),
        Field("contact_id", QT_TRANSLATE_NOOP("CaptiveDialogs", "Person"), "ref", choices=_contacts(env)),
        Field("channel", QT_TRANSLATE_NOOP("CaptiveDialogs", "Channel"), "enum", enum=Channel),
        Field("subject", QT_TRANSLATE_NOOP("CaptiveDialogs", "Subject")),
        Field("request", QT_TRANSLATE_NOOP("CaptiveDialogs", "Request"), "multiline"),
        Field("response", QT_TRANSLATE_NOOP("CaptiveDialogs", "Response"), "multiline"),
        Field("status", QT_TRANSLATE_NOOP("CaptiveDialogs", "Status"), "enum", enum=InterventionStatus),
        Field("follow_up_on", QT_TRANSLATE_NOOP("CaptiveDialogs", "Follow up on"), "date"),
        Field("captive_ids", QT_TRANSLATE_NOOP("CaptiveDialogs", "Captives concerned"), "refs", choices=_captives(env)),
        SENSITIVITY,
    ],
    describe=lambda i: i.subject or i.made_on.isoformat(), owner=None,
    shrink=("request", "response"),
    defaults=lambda env: {"made_on": env.ui.today(), "status": InterventionStatus.SENT,
                          "captive_ids": [env.captive_id] if env.captive_id else [],
                          **_sensitive(env)},
)

DOCUMENT = Kind(
    "documents", QT_TRANSLATE_NOOP("CaptiveDialogs", "Add document"), QT_TRANSLATE_NOOP("CaptiveDialogs", "Edit document"), "documents",
    lambda env: [
        Field("title", QT_TRANSLATE_NOOP("CaptiveDialogs", "Title"), required=True),
        Field("filename", QT_TRANSLATE_NOOP("CaptiveDialogs", "File name")),
        Field("source", QT_TRANSLATE_NOOP("CaptiveDialogs", "Source"), help=QT_TRANSLATE_NOOP("CaptiveDialogs", "Who gave or sent it")),
        Field("received_on", QT_TRANSLATE_NOOP("CaptiveDialogs", "Received on"), "date"),
        Field("reliability", QT_TRANSLATE_NOOP("CaptiveDialogs", "Reliability"), "enum", enum=Reliability),
        Field("prosecution_id", QT_TRANSLATE_NOOP("CaptiveDialogs", "Case"), "ref", choices=_prosecutions(env)),
        Field("hearing_id", QT_TRANSLATE_NOOP("CaptiveDialogs", "Hearing"), "ref", choices=_hearings(env)),
        Field("intervention_id", QT_TRANSLATE_NOOP("CaptiveDialogs", "Intervention"), "ref", choices=_interventions(env)),
        Field("notes", QT_TRANSLATE_NOOP("CaptiveDialogs", "Notes"), "multiline"),
        SENSITIVITY,
    ],
    describe=lambda d: d.title, shrink=("notes",),
    defaults=lambda env: {"received_on": env.ui.today(), "reliability": Reliability.UNVERIFIED,
                          **_sensitive(env)},
)

NOTE = Kind(
    "notes", QT_TRANSLATE_NOOP("CaptiveDialogs", "Add note"), QT_TRANSLATE_NOOP("CaptiveDialogs", "Edit note"), "notes",
    lambda env: [
        Field("title", QT_TRANSLATE_NOOP("CaptiveDialogs", "Title")),
        Field("body", QT_TRANSLATE_NOOP("CaptiveDialogs", "Text"), "multiline"),
        SENSITIVITY,
    ],
    describe=lambda n: n.title or n.body[:40], defaults=_sensitive,
)


def _split_tags(values: dict[str, Any]) -> dict[str, Any]:
    if isinstance(values.get("tags"), str):
        values = {**values, "tags": [t.strip() for t in values["tags"].split(",") if t.strip()]}
    return values


CAPTIVE_PERSON = Kind(
    "captives", QT_TRANSLATE_NOOP("CaptiveDialogs", "Add captive"), QT_TRANSLATE_NOOP("CaptiveDialogs", "Edit person and capture"), "captives",
    lambda env: [
        Field("sex", QT_TRANSLATE_NOOP("CaptiveDialogs", "Sex"), "enum", enum=Sex),
        Field("birth", QT_TRANSLATE_NOOP("CaptiveDialogs", "Date of birth"), "partial_date"),
        Field("birth_place", QT_TRANSLATE_NOOP("CaptiveDialogs", "Place of birth")),
        Field("citizenship", QT_TRANSLATE_NOOP("CaptiveDialogs", "Citizenship")),
        Field("category", QT_TRANSLATE_NOOP("CaptiveDialogs", "Category"), "enum", enum=CaptiveCategory),
        Field("capture", QT_TRANSLATE_NOOP("CaptiveDialogs", "Captured on"), "partial_date"),
        Field("capture_place", QT_TRANSLATE_NOOP("CaptiveDialogs", "Place of capture")),
        Field("capturing_authority", QT_TRANSLATE_NOOP("CaptiveDialogs", "Capturing authority")),
        Field("capture_circumstances", QT_TRANSLATE_NOOP("CaptiveDialogs", "Circumstances"), "multiline"),
        Field("tags", QT_TRANSLATE_NOOP("CaptiveDialogs", "Tags"), help=QT_TRANSLATE_NOOP("CaptiveDialogs", "Separated by commas")),
        SENSITIVITY,
    ],
    describe=lambda c: c.primary_name, owner=None, prepare=_split_tags,
    values=lambda c: {"sex": c.sex, "birth": c.birth, "birth_place": c.birth_place,
                      "citizenship": c.citizenship, "category": c.category, "capture": c.capture,
                      "capture_place": c.capture_place,
                      "capturing_authority": c.capturing_authority,
                      "capture_circumstances": c.capture_circumstances, "tags": ", ".join(c.tags),
                      "sensitivity": c.sensitivity},
)

CAPTIVE_CASE = Kind(
    "captives", QT_TRANSLATE_NOOP("CaptiveDialogs", "Add captive"), QT_TRANSLATE_NOOP("CaptiveDialogs", "Edit summary, asks and consent"), "captives",
    lambda env: [
        Field("summary", QT_TRANSLATE_NOOP("CaptiveDialogs", "Summary"), "multiline"),
        Field("current_asks", QT_TRANSLATE_NOOP("CaptiveDialogs", "Current asks"), "multiline"),
        Field("health", QT_TRANSLATE_NOOP("CaptiveDialogs", "Health and treatment"), "multiline"),
        Field("consent_power_of_attorney", QT_TRANSLATE_NOOP("CaptiveDialogs", "Power of attorney on file"), "bool"),
        Field("consent_publicity", QT_TRANSLATE_NOOP("CaptiveDialogs", "Consents to publicity"), "bool"),
        Field("consent_notes", QT_TRANSLATE_NOOP("CaptiveDialogs", "Notes on consent")),
    ],
    describe=lambda c: c.primary_name, owner=None,
)
