"""Every kind of record in a captive's file, declared once for the add / edit dialogs.

A :class:`~caseapp.ui.dialogs.kind_declaration.Kind` names the service that stores the
record, its fields (for :class:`~caseapp.ui.dialogs.record_dialog.RecordDialog`), how a record
reads back into the dialog and what a new one starts with; the choices its reference fields
offer come from :mod:`caseapp.ui.dialogs.record_choices`.
:mod:`caseapp.ui.dialogs.captive_dialogs` turns a kind into dialogs; field labels are source
texts translated in the context "CaptiveDialogs".
"""

from __future__ import annotations

from typing import Any

from caseapp.domain.clock import current_order, file_releases
from caseapp.domain.current_case import hearing_prefill
from caseapp.domain.enums import (
    Channel,
    CounselKind,
    DetentionOrderKind,
    ExpirySource,
    HearingKind,
    HearingState,
    InterventionStatus,
    NameKind,
    ReleaseKind,
    Reliability,
    Sensitivity,
    WelfareContactKind,
)
from caseapp.domain.proof_of_life import Independence
from caseapp.ui.dialogs import record_choices as choices
from caseapp.ui.dialogs.kind_declaration import (
    CaptiveDialogs,
    Env,
    Kind,
    level_placeholder,
    sensitivity_field,
)
from caseapp.ui.dialogs.record_dialog import Field
from caseapp.ui.formats import date_text, datetime_text
from caseapp.ui.labels import label
from caseapp.ui.tr_marks import QT_TRANSLATE_NOOP
from caseapp.ui.value_text import citation_text

# ---- the kinds of record ------------------------------------------------------------------------

NAME = Kind(
    "captive_names", "names",
    QT_TRANSLATE_NOOP("CaptiveDialogs", "Add name"),
    QT_TRANSLATE_NOOP("CaptiveDialogs", "Edit name"),
    lambda env: [
        Field("full_name", CaptiveDialogs.tr("Name as written"), required=True,
              help=CaptiveDialogs.tr("In any script; the script is recognised from the letters")),
        Field("language", CaptiveDialogs.tr("Language"), "language"),
        Field("kind", CaptiveDialogs.tr("Kind"), "enum", enum=NameKind),
        Field("is_primary", CaptiveDialogs.tr("Primary name"), "bool",
              help=CaptiveDialogs.tr("The name shown first everywhere")),
    ],
    describe=lambda n: n.full_name,
    defaults=lambda env: {"kind": NameKind.TRANSLITERATION},
)

IDENTITY_DOCUMENT = Kind(
    "identity_documents", "identity_documents",
    QT_TRANSLATE_NOOP("CaptiveDialogs", "Add identity document"),
    QT_TRANSLATE_NOOP("CaptiveDialogs", "Edit identity document"),
    lambda env: [
        Field("kind", CaptiveDialogs.tr("Document"), required=True,
              help=CaptiveDialogs.tr("Passport, national ID card, military ID, birth "
                                      "certificate…")),
        Field("number", CaptiveDialogs.tr("Number")),
        Field("issuer", CaptiveDialogs.tr("Issued by")),
        Field("issued_on", CaptiveDialogs.tr("Issued on"), "date"),
        Field("expires_on", CaptiveDialogs.tr("Valid until"), "date"),
        sensitivity_field(),
    ],
    describe=lambda d: f"{d.kind} {d.number}".strip(), defaults=level_placeholder,
)

DETENTION_PLACE = Kind(
    "detention_places", "detention_places",
    QT_TRANSLATE_NOOP("CaptiveDialogs", "Add place of detention"),
    QT_TRANSLATE_NOOP("CaptiveDialogs", "Edit place of detention"),
    lambda env: [
        Field("facility", CaptiveDialogs.tr("Facility"), required=True),
        Field("address", CaptiveDialogs.tr("Address for letters"), "multiline"),
        Field("from_date", CaptiveDialogs.tr("From"), "date", required=True),
        Field("to_date", CaptiveDialogs.tr("Until"), "date",
              help=CaptiveDialogs.tr("Leave empty while the captive is still held there")),
        Field("notes", CaptiveDialogs.tr("Notes"), "multiline"),
        sensitivity_field(),
    ],
    describe=lambda p: p.facility, defaults=level_placeholder, shrink=("address", "notes"),
)

WELFARE_CONTACT = Kind(
    "welfare_contacts", "welfare_contacts",
    QT_TRANSLATE_NOOP("CaptiveDialogs", "Add welfare contact"),
    QT_TRANSLATE_NOOP("CaptiveDialogs", "Edit welfare contact"),
    lambda env: [
        Field("contact_on", CaptiveDialogs.tr("Date"), "date", required=True),
        Field("kind", CaptiveDialogs.tr("Kind"), "enum", enum=WelfareContactKind),
        Field("confirmed", CaptiveDialogs.tr("Confirmed (proof of life)"), "bool",
              help=CaptiveDialogs.tr("Only confirmed contacts count for the days since the "
                                      "last contact")),
        Field("independent", CaptiveDialogs.tr("Independent proof of life"), "optional_enum",
              enum=Independence,
              help=CaptiveDialogs.tr("Empty: as the kind says (ICRC, consular and lawyer visits "
                                     "are independent; calls, letters and videos published by "
                                     "the detaining side are not)")),
        Field("source", CaptiveDialogs.tr("Source")),
        Field("notes", CaptiveDialogs.tr("Notes"), "multiline"),
        sensitivity_field(),
    ],
    describe=lambda c: f"{label(c.kind)} {date_text(c.contact_on)}",
    defaults=lambda env: {"contact_on": env.ui.today(), "confirmed": True, **level_placeholder(env)},
    values=lambda c: {"contact_on": c.contact_on, "kind": c.kind, "confirmed": c.confirmed,
                      "independent": Independence.of(c.independent), "source": c.source,
                      "notes": c.notes, "sensitivity": c.sensitivity},
    prepare=lambda v: {**v, **({"independent": Independence.flag(v["independent"])}
                               if "independent" in v else {})},
)


DETENTION_FACTS = Kind(
    "detention_facts", "detention_facts",
    QT_TRANSLATE_NOOP("CaptiveDialogs", "Facts for filings"),
    QT_TRANSLATE_NOOP("CaptiveDialogs", "Facts for filings"),
    lambda env: [
        Field("state_confirmed", CaptiveDialogs.tr("The detaining state confirmed the detention"),
              "bool"),
        Field("confirmed_on", CaptiveDialogs.tr("Confirmed on"), "date"),
        Field("confirmed_source", CaptiveDialogs.tr("Source of the confirmation")),
        Field("risk_health", CaptiveDialogs.tr("Special risk: health"), "bool"),
        Field("risk_disability", CaptiveDialogs.tr("Special risk: disability"), "bool"),
        Field("risk_hunger_strike", CaptiveDialogs.tr("Special risk: hunger strike"), "bool"),
        Field("risk_notes", CaptiveDialogs.tr("About the risk"), "multiline"),
        Field("release_kind", CaptiveDialogs.tr("Kind of release"), "optional_enum",
              enum=ReleaseKind),
        sensitivity_field(),
    ],
    describe=lambda f: CaptiveDialogs.tr("facts for filings"),
    defaults=lambda env: {"sensitivity": Sensitivity.INTERNAL},
)

PROSECUTION = Kind(
    "prosecutions", "prosecutions",
    QT_TRANSLATE_NOOP("CaptiveDialogs", "Add prosecution"),
    QT_TRANSLATE_NOOP("CaptiveDialogs", "Edit prosecution"),
    lambda env: [
        Field("case_number", CaptiveDialogs.tr("Case number")),
        Field("investigating_body", CaptiveDialogs.tr("Investigating body")),
        Field("court", CaptiveDialogs.tr("Court")),
        Field("judge", CaptiveDialogs.tr("Judge")),
        Field("prosecutor", CaptiveDialogs.tr("Prosecutor")),
        Field("defence_counsel", CaptiveDialogs.tr("Defence counsel")),
        Field("counsel_kind", CaptiveDialogs.tr("Counsel"), "enum", enum=CounselKind),
        Field("language", CaptiveDialogs.tr("Language of proceedings"), "language"),
        Field("opened_on", CaptiveDialogs.tr("Case opened on"), "date"),
        Field("notes", CaptiveDialogs.tr("Notes"), "multiline"),
        sensitivity_field(),
    ],
    describe=lambda p: p.case_number or CaptiveDialogs.tr("this prosecution"),
    defaults=lambda env: {"counsel_kind": CounselKind.UNKNOWN, **level_placeholder(env)},
)

CHARGE = Kind(
    "charges", "charges",
    QT_TRANSLATE_NOOP("CaptiveDialogs", "Add charge"),
    QT_TRANSLATE_NOOP("CaptiveDialogs", "Edit charge"),
    lambda env: [
        Field("prosecution_id", CaptiveDialogs.tr("Case"), "ref", choices=choices.prosecutions(env),
              required=True),
        Field("code", CaptiveDialogs.tr("Criminal code")),
        Field("article", CaptiveDialogs.tr("Article"), required=True),
        Field("part", CaptiveDialogs.tr("Part")),
        Field("title", CaptiveDialogs.tr("Offence")),
        Field("brought_on", CaptiveDialogs.tr("Charged on"), "date"),
    ],
    describe=lambda c: f"{citation_text(c)} {c.title}".strip(), owner=None,
    # The code's name as the lawyer writes it, in the interface's language.
    defaults=lambda env: {"code": CaptiveDialogs.tr("Criminal Code of the Republic of Azerbaijan")},
)


def _order_values(o: Any) -> dict[str, Any]:
    # A computed expiry shows as empty (the dialog previews it); a stated one as its date.
    computed = o.expiry_source is ExpirySource.COMPUTED
    return {"kind": o.kind, "prosecution_id": o.prosecution_id, "ordering_court": o.ordering_court,
            "decided_on": o.decided_on, "start_date": o.start_date, "term_months": o.term_months,
            "term_days": o.term_days,
            "expires_on": None if computed else o.expires_on,
            "appeal_filed_on": o.appeal_filed_on, "appeal_outcome": o.appeal_outcome,
            "notes": o.notes, "sensitivity": o.sensitivity}


def _order_defaults(env: Env) -> dict[str, Any]:
    prosecutions = env.file.prosecutions if env.file else ()
    out: dict[str, Any] = {"kind": DetentionOrderKind.INITIAL, **level_placeholder(env),
                           "prosecution_id": prosecutions[-1].id if prosecutions else None}
    # Most orders extend the one custody runs under (the header's: of two from the same day,
    # not necessarily the one expiring last): same court, same term, from its expiry.
    last = current_order(env.file.detention_orders, env.ui.today(), file_releases(env.file)) \
        if env.file else None
    if last is not None:
        out.update(kind=DetentionOrderKind.EXTENSION, start_date=last.expires_on,
                   term_months=last.term_months, term_days=last.term_days,
                   ordering_court=last.ordering_court, prosecution_id=last.prosecution_id)
    return out


DETENTION_ORDER = Kind(
    "detention_orders", "detention_orders",
    QT_TRANSLATE_NOOP("CaptiveDialogs", "Add detention order"),
    QT_TRANSLATE_NOOP("CaptiveDialogs", "Edit detention order"),
    lambda env: [
        Field("kind", CaptiveDialogs.tr("Kind"), "enum", enum=DetentionOrderKind),
        Field("prosecution_id", CaptiveDialogs.tr("Case"), "ref", choices=choices.prosecutions(env)),
        Field("ordering_court", CaptiveDialogs.tr("Ordering court")),
        Field("decided_on", CaptiveDialogs.tr("Decided on"), "date"),
        Field("start_date", CaptiveDialogs.tr("Detention from"), "date", required=True),
        Field("term_months", CaptiveDialogs.tr("Term: months"), "int", maximum=120),
        Field("term_days", CaptiveDialogs.tr("Term: days"), "int", maximum=366),
        Field("expires_on", CaptiveDialogs.tr("Expires on"), "date",
              help=CaptiveDialogs.tr("Leave empty: computed as the start plus the term (a day "
                                      "past the end of a month is moved to its last day). "
                                      "Fill in only when the order states another date.")),
        Field("appeal_filed_on", CaptiveDialogs.tr("Appeal filed on"), "date"),
        Field("appeal_outcome", CaptiveDialogs.tr("Appeal outcome")),
        Field("notes", CaptiveDialogs.tr("Notes"), "multiline"),
        sensitivity_field(),
    ],
    describe=lambda o: CaptiveDialogs.tr("the order of %1 (until %2)")
    .replace("%1", date_text(o.start_date)).replace("%2", date_text(o.expires_on)),
    defaults=_order_defaults, values=_order_values, shrink=("notes",),
    # An empty expiry means "computed": the start and term are then saved with it.
    linked=(frozenset({"start_date", "term_months", "term_days", "expires_on"}),),
)


def _hearing_defaults(env: Env) -> dict[str, Any]:
    out: dict[str, Any] = {"captive_ids": [env.captive_id] if env.captive_id else [],
                           "timezone": "Asia/Baku", **level_placeholder(env)}
    if env.file and env.captive_id:  # only from this captive's current case
        out.update(hearing_prefill(env.file, env.captive_id))
    return out


HEARING = Kind(
    "hearings", "hearings",
    QT_TRANSLATE_NOOP("CaptiveDialogs", "Add hearing"),
    QT_TRANSLATE_NOOP("CaptiveDialogs", "Edit hearing"),
    lambda env: [
        Field("starts_at", CaptiveDialogs.tr("Date and time"), "datetime", required=True,
              help=CaptiveDialogs.tr("Local time of the court")),
        Field("timezone", CaptiveDialogs.tr("Time zone"), "timezone"),
        Field("kind", CaptiveDialogs.tr("Kind"), "enum", enum=HearingKind),
        Field("court", CaptiveDialogs.tr("Court")),
        Field("judge", CaptiveDialogs.tr("Judge")),
        Field("prosecution_id", CaptiveDialogs.tr("Case"), "ref", choices=choices.prosecutions(env)),
        Field("captive_ids", CaptiveDialogs.tr("Captives concerned"), "captives",
              source=choices.captives(env),
              help=CaptiveDialogs.tr("Add every co-defendant: the hearing appears in each "
                                      "one's file")),
        Field("state", CaptiveDialogs.tr("State"), "enum", enum=HearingState,
              help=CaptiveDialogs.tr("Adjourned or cancelled: the hearing is no longer the next "
                                      "one, nor reminded of")),
        Field("outcome", CaptiveDialogs.tr("Outcome"), "multiline"),
        Field("next_date", CaptiveDialogs.tr("Next hearing on"), "date"),
        Field("notes", CaptiveDialogs.tr("Notes"), "multiline"),
        sensitivity_field(),
    ],
    describe=lambda h: CaptiveDialogs.tr("the %1 hearing of %2")
    .replace("%1", label(h.kind).lower()).replace("%2", datetime_text(h.starts_at)),
    defaults=_hearing_defaults, owner=None, shrink=("outcome", "notes"),
    linked=(frozenset({"starts_at", "timezone"}),),
)


INTERVENTION = Kind(
    "interventions", "interventions",
    QT_TRANSLATE_NOOP("CaptiveDialogs", "Add intervention"),
    QT_TRANSLATE_NOOP("CaptiveDialogs", "Edit intervention"),
    lambda env: [
        Field("made_on", CaptiveDialogs.tr("Date"), "date", required=True),
        Field("organisation_id", CaptiveDialogs.tr("Organisation"), "ref",
              choices=choices.organisations(env)),
        Field("contact_id", CaptiveDialogs.tr("Person"), "ref", choices=choices.contacts(env),
              narrow_by="organisation_id", groups=choices.contact_organisations(env)),
        Field("channel", CaptiveDialogs.tr("Channel"), "enum", enum=Channel),
        Field("subject", CaptiveDialogs.tr("Subject")),
        Field("request", CaptiveDialogs.tr("Request"), "multiline"),
        Field("response", CaptiveDialogs.tr("Response"), "multiline"),
        Field("status", CaptiveDialogs.tr("Status"), "enum", enum=InterventionStatus),
        Field("follow_up_on", CaptiveDialogs.tr("Follow up on"), "date"),
        Field("captive_ids", CaptiveDialogs.tr("Captives concerned"), "captives",
              source=choices.captives(env)),
        sensitivity_field(),
    ],
    describe=lambda i: i.subject or date_text(i.made_on), owner=None,
    shrink=("request", "response"),
    defaults=lambda env: {"made_on": env.ui.today(), "status": InterventionStatus.SENT,
                          "captive_ids": [env.captive_id] if env.captive_id else [],
                          **level_placeholder(env)},
)

DOCUMENT = Kind(
    "documents", "documents",
    QT_TRANSLATE_NOOP("CaptiveDialogs", "Add document"),
    QT_TRANSLATE_NOOP("CaptiveDialogs", "Edit document"),
    lambda env: [
        Field("title", CaptiveDialogs.tr("Title"), required=True),
        Field("filename", CaptiveDialogs.tr("File name")),
        Field("source", CaptiveDialogs.tr("Source"), help=CaptiveDialogs.tr("Who gave or sent it")),
        Field("received_on", CaptiveDialogs.tr("Received on"), "date"),
        Field("reliability", CaptiveDialogs.tr("Reliability"), "enum", enum=Reliability),
        Field("prosecution_id", CaptiveDialogs.tr("Case"), "ref", choices=choices.prosecutions(env)),
        Field("hearing_id", CaptiveDialogs.tr("Hearing"), "ref", choices=choices.hearings(env)),
        Field("intervention_id", CaptiveDialogs.tr("Intervention"), "ref",
              choices=choices.interventions(env)),
        Field("notes", CaptiveDialogs.tr("Notes"), "multiline"),
        sensitivity_field(),
    ],
    describe=lambda d: d.title, shrink=("notes",),
    defaults=lambda env: {"received_on": env.ui.today(), "reliability": Reliability.UNVERIFIED,
                          **level_placeholder(env)},
)

NOTE = Kind(
    "notes", "notes",
    QT_TRANSLATE_NOOP("CaptiveDialogs", "Add note"),
    QT_TRANSLATE_NOOP("CaptiveDialogs", "Edit note"),
    lambda env: [
        Field("title", CaptiveDialogs.tr("Title")),
        Field("body", CaptiveDialogs.tr("Text"), "multiline"),
        sensitivity_field(),
    ],
    describe=lambda n: n.title or n.body[:40], defaults=level_placeholder,
)
