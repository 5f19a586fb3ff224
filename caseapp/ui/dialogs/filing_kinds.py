"""The dialogs of a captive's international filings: the proceedings before the ECHR and the
UN bodies, and the documents the Court delivered through its portals (each tied to its
proceeding and to the downloaded copy kept in the case file: the proof of what was delivered
and when, and the level it is kept at)."""

from __future__ import annotations

from caseapp.domain.enums import (
    CourtPortal,
    InternationalBody,
    InternationalProceedingKind,
    ProceedingStatus,
    Sensitivity,
)
from caseapp.ui.dialogs.kind_declaration import (
    CaptiveDialogs,
    Env,
    Kind,
    level_placeholder,
    sensitivity_field,
)
from caseapp.ui.dialogs.record_dialog import Field
from caseapp.ui.formats import date_text
from caseapp.ui.labels import label
from caseapp.ui.tr_marks import QT_TRANSLATE_NOOP


def _proceedings(env: Env) -> list[tuple[str, int]]:
    """The captive's international proceedings: the reference first (what the Court's
    letter quotes; the body's full name is long, and the list may be wider than the
    window), then the kind and the body."""
    rows = env.file.international_proceedings if env.file else []
    return [(" · ".join(t for t in (p.reference.strip(), label(p.kind), label(p.body)) if t),
             p.id) for p in rows]


def _documents(env: Env) -> list[tuple[str, int]]:
    """The captive's documents, by title and the day received."""
    rows = env.file.documents if env.file else []
    return [(f"{d.title} ({date_text(d.received_on)})" if d.received_on else d.title, d.id)
            for d in rows]


INTERNATIONAL = Kind(
    "international_proceedings", "international_proceedings",
    QT_TRANSLATE_NOOP("CaptiveDialogs", "Add international proceeding"),
    QT_TRANSLATE_NOOP("CaptiveDialogs", "Edit international proceeding"),
    lambda env: [
        Field("body", CaptiveDialogs.tr("Body"), "enum", enum=InternationalBody),
        Field("kind", CaptiveDialogs.tr("Kind"), "enum", enum=InternationalProceedingKind),
        Field("reference", CaptiveDialogs.tr("Reference number")),
        Field("convention_articles", CaptiveDialogs.tr("Convention articles"),
              help=CaptiveDialogs.tr("As in the application, separated by commas: "
                                     "3, 5 § 1, 5 § 4, P1-1")),
        Field("lodged_on", CaptiveDialogs.tr("Lodged on"), "date"),
        Field("communicated_on", CaptiveDialogs.tr("Communicated to the Government on"), "date",
              help=CaptiveDialogs.tr("The day in the letter of the Court, the Working Group or "
                                     "the Committee: the Government's time limit runs from it")),
        Field("judgment_on", CaptiveDialogs.tr("Chamber judgment delivered on"), "date",
              help=CaptiveDialogs.tr("ECHR only, the date on the Chamber judgment: the three "
                                     "months to request referral to the Grand Chamber run "
                                     "from it. Leave it empty for a Grand Chamber or "
                                     "Committee judgment, final at once")),
        Field("status", CaptiveDialogs.tr("Status"), "enum", enum=ProceedingStatus),
        Field("outcome", CaptiveDialogs.tr("Outcome"), "multiline"),
        Field("notes", CaptiveDialogs.tr("Notes"), "multiline"),
        sensitivity_field(),
    ],
    describe=lambda p: f"{label(p.kind)} {p.reference}".strip(),
    defaults=lambda env: {"status": ProceedingStatus.LODGED, **level_placeholder(env)},
)


DELIVERY = Kind(
    "court_deliveries", "deliveries",
    QT_TRANSLATE_NOOP("CaptiveDialogs", "Add delivery from the Court"),
    QT_TRANSLATE_NOOP("CaptiveDialogs", "Edit delivery from the Court"),
    lambda env: [
        Field("appeared_on", CaptiveDialogs.tr("Appeared in the account on"), "date",
              required=True,
              help=CaptiveDialogs.tr("The Court counts a document as delivered on the day it "
                                     "appears in your account: its time limits run from then")),
        Field("portal", CaptiveDialogs.tr("Portal"), "enum", enum=CourtPortal),
        Field("title", CaptiveDialogs.tr("Document"), required=True),
        Field("application_number", CaptiveDialogs.tr("Application number")),
        Field("proceeding_id", CaptiveDialogs.tr("International proceeding"), "ref",
              choices=_proceedings(env),
              help=CaptiveDialogs.tr("The application or request it was delivered in: it is "
                                     "kept at that proceeding's level at least")),
        Field("time_limit_weeks", CaptiveDialogs.tr("Time limit in the letter (weeks)"), "int",
              maximum=104, help=CaptiveDialogs.tr("0: none, or a date: enter it as a deadline")),
        Field("downloaded_on", CaptiveDialogs.tr("Downloaded on"), "date"),
        Field("document_id", CaptiveDialogs.tr("Downloaded copy"), "ref",
              choices=_documents(env),
              help=CaptiveDialogs.tr("The document of the case file that holds the copy "
                                     "downloaded from the portal")),
        Field("notes", CaptiveDialogs.tr("Notes"), "multiline"),
        sensitivity_field(),
    ],
    describe=lambda d: f"{d.title} {date_text(d.appeared_on)}",
    defaults=lambda env: {"appeared_on": env.ui.today(), "portal": CourtPortal.ECOMMS,
                          "sensitivity": Sensitivity.INTERNAL},
    prepare=lambda v: {**v, **({"time_limit_weeks": v["time_limit_weeks"] or None}
                               if "time_limit_weeks" in v else {})},
)
