"""What each table of a captive's file shows: the columns of every kind of record.

Column titles are source texts translated by the table model in the context "CaptiveTabs".
Some columns need the page (today's date, names of co-defendants, addressees).
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QPalette

from caseapp.domain.enums import ProceedingStatus
from caseapp.ui.formats import fill, language_text
from caseapp.ui.held_place import open_stay_end
from caseapp.ui.i18n import plural
from caseapp.ui.labels import label, status_label
from caseapp.ui.models.records import RecordColumn
from caseapp.ui.order_names import replaced_by_text
from caseapp.ui.theme import alert_text, caution_text
from caseapp.ui.tr_marks import QT_TRANSLATE_NOOP
from caseapp.ui.value_text import citation_text
from caseapp.ui.views.audit_texts import (
    Titles,
    action_label,
    audit_change,
    audit_tooltip,
    field_label,
    record_text,
)
from caseapp.ui.views.captive_tabs import (
    CaptiveTabs,
    col,
    date_col,
    days_text,
    intervention_overdue,
)
from caseapp.ui.views.formatters import (
    case_of,
    date_key,
    date_text,
    datetime_text,
    hearing_of,
    human_size,
    intervention_of,
    number,
    short_text,
)
from caseapp.ui.views.scan_page_lines import pages_to_check_lines

if TYPE_CHECKING:
    from caseapp.ui.views.captive_page import CaptivePage


def name_columns() -> list[RecordColumn]:
    return [col(QT_TRANSLATE_NOOP("CaptiveTabs", "Name"),
                lambda n: n.full_name + ("  ★" if n.is_primary else ""),
                lambda n: (not n.is_primary, n.id),
                tip=lambda n: CaptiveTabs.tr("Primary name") if n.is_primary else ""),
            col(QT_TRANSLATE_NOOP("CaptiveTabs", "Script"), lambda n: label(n.script)),
            col(QT_TRANSLATE_NOOP("CaptiveTabs", "Language"), lambda n: language_text(n.language)),
            col(QT_TRANSLATE_NOOP("CaptiveTabs", "Kind"), lambda n: label(n.kind))]


def identity_columns() -> list[RecordColumn]:
    return [col(QT_TRANSLATE_NOOP("CaptiveTabs", "Document"), lambda d: d.kind),
            col(QT_TRANSLATE_NOOP("CaptiveTabs", "Number"), lambda d: d.number),
            col(QT_TRANSLATE_NOOP("CaptiveTabs", "Issued by"), lambda d: d.issuer),
            date_col(QT_TRANSLATE_NOOP("CaptiveTabs", "Issued"), "issued_on"),
            date_col(QT_TRANSLATE_NOOP("CaptiveTabs", "Valid until"), "expires_on")]


def status_columns(view: CaptivePage) -> list[RecordColumn]:
    def said(status: Any) -> str:  # as the header says it: a woman's in the feminine (ru)
        return status_label(status, view.file.captive.sex if view.file is not None else None)

    def status(s: Any) -> str:  # a line typed after a later one says so: its place is its date
        return fill(CaptiveTabs.tr("%1 (entered later, on %2)"), said(s.new_status),
                    date_text(s.created_at.date())) if s.entered_later else said(s.new_status)

    def later(s: Any) -> str:
        return CaptiveTabs.tr("Entered after a change dated later: it is put in the history by "
                              "its date, and the status before each line is read by date.") \
            if s.entered_later else ""

    return [date_col(QT_TRANSLATE_NOOP("CaptiveTabs", "Since"), "effective_on"),
            col(QT_TRANSLATE_NOOP("CaptiveTabs", "Status"), status, tip=later),
            col(QT_TRANSLATE_NOOP("CaptiveTabs", "Before"), lambda s: said(s.old_status)),
            col(QT_TRANSLATE_NOOP("CaptiveTabs", "Note"), lambda s: s.note, tip=lambda s: s.note),
            col(QT_TRANSLATE_NOOP("CaptiveTabs", "By"), lambda s: s.recorded_by)]


def term_text(o: Any) -> str:
    m, d = o.term_months, o.term_days
    months = plural(CaptiveTabs.tr("%n month(s)", "", m), m) if m else ""
    days = plural(CaptiveTabs.tr("%n day(s)", "", d), d) if d else ""
    return " ".join(p for p in (months, days) if p)


def order_columns(view: CaptivePage) -> list[RecordColumn]:
    def expiry_colour(o: Any) -> str | None:
        standing = view.order_standing(o)
        if standing.replaced_by is not None:
            return quiet(o)
        left = (o.expires_on - view.today).days
        return alert_text() if standing.in_force and left <= 14 else None

    def quiet(o: Any) -> str | None:  # a replaced order: greyed, it no longer governs
        if view.order_standing(o).replaced_by is None:
            return None
        return view.palette().color(QPalette.ColorRole.PlaceholderText).name()

    def expiry_tip(o: Any) -> str:
        by = view.order_standing(o).replaced_by
        if by is None:
            return days_text((o.expires_on - view.today).days)
        return replaced_by_text(by, view.file.detention_orders if view.file else (), date_text)

    def appeal(o: Any) -> str:
        return ": ".join(p for p in (date_text(o.appeal_filed_on), o.appeal_outcome) if p)

    return [col(QT_TRANSLATE_NOOP("CaptiveTabs", "From"), lambda o: date_text(o.start_date),
                lambda o: date_key(o.start_date), colour=quiet, tip=expiry_tip),
            col(QT_TRANSLATE_NOOP("CaptiveTabs", "Expires"),
                lambda o: date_text(o.expires_on), lambda o: o.expires_on,
                colour=expiry_colour, tip=expiry_tip),
            col(QT_TRANSLATE_NOOP("CaptiveTabs", "Term"),
                term_text, lambda o: (o.term_months, o.term_days), colour=quiet),
            col(QT_TRANSLATE_NOOP("CaptiveTabs", "Kind"), lambda o: label(o.kind), colour=quiet),
            col(QT_TRANSLATE_NOOP("CaptiveTabs", "Ordering court"), lambda o: o.ordering_court,
                colour=quiet),
            col(QT_TRANSLATE_NOOP("CaptiveTabs", "Decided"), lambda o: date_text(o.decided_on),
                lambda o: date_key(o.decided_on), colour=quiet),
            col(QT_TRANSLATE_NOOP("CaptiveTabs", "Appeal"), appeal, tip=lambda o: o.appeal_outcome,
                colour=quiet)]


def place_columns(view: CaptivePage) -> list[RecordColumn]:
    def until(p: Any) -> str:
        c = view.file.captive if view.file is not None else None
        return date_text(p.to_date) or open_stay_end(c.status if c else None,
                                                     c.status_since if c else None, p.from_date)

    return [col(QT_TRANSLATE_NOOP("CaptiveTabs", "Facility"), lambda p: p.facility),
            date_col(QT_TRANSLATE_NOOP("CaptiveTabs", "From"), "from_date"),
            col(QT_TRANSLATE_NOOP("CaptiveTabs", "Until"),
                until, lambda p: p.to_date or date.max),
            col(QT_TRANSLATE_NOOP("CaptiveTabs", "Address for letters"),
                lambda p: p.address.replace("\n", ", "),
                tip=lambda p: p.address),
            col(QT_TRANSLATE_NOOP("CaptiveTabs", "Notes"),
                lambda p: p.notes, tip=lambda p: p.notes)]


def prosecution_columns() -> list[RecordColumn]:
    def defence(p: Any) -> str:
        kind = label(p.counsel_kind)  # "По назначению" alone; after the name "(по назначению)"
        return f"{p.defence_counsel} ({kind[:1].lower()}{kind[1:]})" if p.defence_counsel else kind

    return [col(QT_TRANSLATE_NOOP("CaptiveTabs", "Case number"), lambda p: p.case_number),
            col(QT_TRANSLATE_NOOP("CaptiveTabs", "Court"), lambda p: p.court),
            col(QT_TRANSLATE_NOOP("CaptiveTabs", "Judge"), lambda p: p.judge),
            col(QT_TRANSLATE_NOOP("CaptiveTabs", "Defence"), defence),
            date_col(QT_TRANSLATE_NOOP("CaptiveTabs", "Opened"), "opened_on"),
            col(QT_TRANSLATE_NOOP("CaptiveTabs", "Investigating body"),
                lambda p: p.investigating_body)]


AZ_CODE = "Criminal Code of the Republic of Azerbaijan"  # the charge dialog's default, in English


def _short_citation(citation: str) -> str:
    """The Azerbaijani code's long name shortened, as the charge dialog wrote it in English or
    in the interface's language."""
    short = CaptiveTabs.tr("AZ CC")
    for name in (AZ_CODE, QCoreApplication.translate("CaptiveDialogs", AZ_CODE)):
        citation = citation.replace(name, short)
    return citation.strip()


def charge_columns() -> list[RecordColumn]:
    return [col(QT_TRANSLATE_NOOP("CaptiveTabs", "Article"),
                lambda c: _short_citation(citation_text(c)),
                lambda c: (c.article, c.part), tip=citation_text),
            col(QT_TRANSLATE_NOOP("CaptiveTabs", "Offence"),
                lambda c: c.title, tip=lambda c: c.title),
            date_col(QT_TRANSLATE_NOOP("CaptiveTabs", "Charged"), "brought_on")]


def _court_and_judge(h: Any) -> str:
    return "\n".join(x for x in (h.court, h.judge) if x)


def hearing_columns(view: CaptivePage) -> list[RecordColumn]:
    def upcoming(h: Any) -> str | None:
        if h.starts_at.date() < view.today:
            return None
        return view.palette().color(QPalette.ColorRole.Link).name()

    return [col(QT_TRANSLATE_NOOP("CaptiveTabs", "Date and time"),
                lambda h: datetime_text(h.starts_at),
                lambda h: h.starts_at, tip=lambda h: h.timezone, colour=upcoming),
            col(QT_TRANSLATE_NOOP("CaptiveTabs", "Kind"), lambda h: label(h.kind)),
            # one column, the judge under the court: at 1024 pixels an Armenian row had no
            # room for both titles and its long words whole
            col(QT_TRANSLATE_NOOP("CaptiveTabs", "Court and judge"), _court_and_judge,
                lambda h: (h.court.casefold(), h.judge.casefold()), tip=_court_and_judge),
            col(QT_TRANSLATE_NOOP("CaptiveTabs", "Co-defendants"), lambda h: view.co_defendants(h),
                lambda h: len(h.captive_ids), tip=lambda h: view.co_defendants(h, full=True)),
            col(QT_TRANSLATE_NOOP("CaptiveTabs", "Outcome"),
                lambda h: h.outcome, tip=lambda h: h.outcome),
            date_col(QT_TRANSLATE_NOOP("CaptiveTabs", "Next"), "next_date")]


def international_columns() -> list[RecordColumn]:
    return [date_col(QT_TRANSLATE_NOOP("CaptiveTabs", "Lodged"), "lodged_on"),
            col(QT_TRANSLATE_NOOP("CaptiveTabs", "Body"), lambda p: label(p.body)),
            col(QT_TRANSLATE_NOOP("CaptiveTabs", "Kind"), lambda p: label(p.kind)),
            col(QT_TRANSLATE_NOOP("CaptiveTabs", "Reference"), lambda p: p.reference),
            col(QT_TRANSLATE_NOOP("CaptiveTabs", "Status"), _proceeding_status),
            col(QT_TRANSLATE_NOOP("CaptiveTabs", "Outcome"),
                lambda p: p.outcome, tip=lambda p: p.outcome)]


def _proceeding_status(p: Any) -> str:
    """The status, and on a line of its own the day of its Chamber judgment (the day the
    referral time limit runs from), else the day the case was communicated to the Government
    under it (the day the Government's time limit runs from): the table has no room at 1024
    pixels for a column of its own, nor a row for three lines."""
    if getattr(p, "judgment_on", None) is not None:
        return label(p.status) + "\n" + fill(CaptiveTabs.tr("judgment %1"),
                                              date_text(p.judgment_on))
    if p.communicated_on is None:
        return label(p.status)
    if p.status is ProceedingStatus.COMMUNICATED:  # "Communicated" said once, its day below
        return label(p.status) + "\n" + date_text(p.communicated_on)
    return label(p.status) + "\n" + fill(CaptiveTabs.tr("communicated %1"),
                                          date_text(p.communicated_on))


def welfare_columns(view: CaptivePage) -> list[RecordColumn]:
    def ago(c: Any) -> int:
        return (view.today - c.contact_on).days

    return [date_col(QT_TRANSLATE_NOOP("CaptiveTabs", "Date"), "contact_on"),
            col(QT_TRANSLATE_NOOP("CaptiveTabs", "Days ago"),
                lambda c: number(ago(c)), ago, right=True),
            col(QT_TRANSLATE_NOOP("CaptiveTabs", "Kind"), lambda c: label(c.kind)),
            col(QT_TRANSLATE_NOOP("CaptiveTabs", "Confirmed"),
                lambda c: CaptiveTabs.tr("yes") if c.confirmed
                else CaptiveTabs.tr("no, unconfirmed")),
            col(QT_TRANSLATE_NOOP("CaptiveTabs", "Source"), lambda c: c.source),
            col(QT_TRANSLATE_NOOP("CaptiveTabs", "Notes"),
                lambda c: c.notes, tip=lambda c: c.notes)]


def intervention_columns(view: CaptivePage) -> list[RecordColumn]:
    def follow(i: Any) -> str:
        if i.follow_up_on is None:
            return ""
        days = (i.follow_up_on - view.today).days
        if intervention_overdue(i, view.today):
            late = plural(CaptiveTabs.tr("%1, %Ln day(s) late", "", -days), -days)
            return late.replace("%1", date_text(i.follow_up_on))
        return f"{date_text(i.follow_up_on)} ({days_text(days)})"

    return [date_col(QT_TRANSLATE_NOOP("CaptiveTabs", "Date"), "made_on"),
            col(QT_TRANSLATE_NOOP("CaptiveTabs", "Addressee"), view.addressee, tip=view.addressee),
            col(QT_TRANSLATE_NOOP("CaptiveTabs", "Channel"), lambda i: label(i.channel)),
            col(QT_TRANSLATE_NOOP("CaptiveTabs", "Subject"),
                lambda i: i.subject, tip=lambda i: i.request),
            # the follow-up under the status: a row of eight columns had no room for their
            # Armenian titles and long words whole at 1024 pixels
            col(QT_TRANSLATE_NOOP("CaptiveTabs", "Status and follow-up"),
                lambda i: "\n".join(x for x in (label(i.status), follow(i)) if x),
                lambda i: date_key(i.follow_up_on),
                colour=lambda i: alert_text() if intervention_overdue(i, view.today) else None,
                tip=lambda i: CaptiveTabs.tr("Overdue: follow this up")
                if intervention_overdue(i, view.today) else ""),
            col(QT_TRANSLATE_NOOP("CaptiveTabs", "Captives"),
                lambda i: view.co_defendants(i), lambda i: len(i.captive_ids),
                tip=lambda i: view.co_defendants(i, full=True))]


def attachment(view: CaptivePage, d: Any) -> str:
    """Where a document of the captive's file is attached: "Hearing of 3 June 2025, Baku
    Military Court", an intervention, a case; "" when it is filed with the captive only."""
    f = view.file
    if d.hearing_id is not None:
        h = next((h for h in (f.hearings if f else ()) if h.id == d.hearing_id), None)
        return hearing_of(h.starts_at.date(), h.court) if h else CaptiveTabs.tr("A hearing")
    if d.intervention_id is not None:
        i = next((i for i in (f.interventions if f else ()) if i.id == d.intervention_id), None)
        return intervention_of(i.subject, i.made_on) if i else CaptiveTabs.tr("An intervention")
    if d.prosecution_id is not None:
        p = next((p for p in (f.prosecutions if f else ()) if p.id == d.prosecution_id), None)
        return case_of(p.case_number) if p else CaptiveTabs.tr("A criminal case")
    return ""


def document_columns(view: CaptivePage) -> list[RecordColumn]:
    return [col(QT_TRANSLATE_NOOP("CaptiveTabs", "Title"),
                lambda d: d.title,
                tip=lambda d: "\n".join(x for x in (d.notes, *pages_to_check_lines(d)) if x),
                colour=lambda d: caution_text() if pages_to_check_lines(d) else None),
            col(QT_TRANSLATE_NOOP("CaptiveTabs", "Attached to"), lambda d: attachment(view, d),
                tip=lambda d: attachment(view, d)),
            col(QT_TRANSLATE_NOOP("CaptiveTabs", "File"),
                lambda d: d.filename, tip=lambda d: d.media_type),
            col(QT_TRANSLATE_NOOP("CaptiveTabs", "Size"),
                lambda d: human_size(d.size), lambda d: d.size, right=True),
            date_col(QT_TRANSLATE_NOOP("CaptiveTabs", "Received"), "received_on"),
            col(QT_TRANSLATE_NOOP("CaptiveTabs", "Reliability"), lambda d: label(d.reliability)),
            col(QT_TRANSLATE_NOOP("CaptiveTabs", "Sensitivity"), lambda d: label(d.sensitivity)),
            col(QT_TRANSLATE_NOOP("CaptiveTabs", "SHA-256"),
                lambda d: d.sha256[:10] + "…", tip=lambda d: d.sha256)]


def local_time(value: Any) -> str:
    return datetime_text(value.astimezone())


def note_columns() -> list[RecordColumn]:
    return [col(QT_TRANSLATE_NOOP("CaptiveTabs", "Written"), lambda n: local_time(n.written_at),
                lambda n: n.written_at),
            col(QT_TRANSLATE_NOOP("CaptiveTabs", "Title"), lambda n: n.title or short_text(n.body, 50)),
            col(QT_TRANSLATE_NOOP("CaptiveTabs", "Author"), lambda n: n.author),
            col(QT_TRANSLATE_NOOP("CaptiveTabs", "Sensitivity"), lambda n: label(n.sensitivity))]


def history_columns(titles: Titles) -> list[RecordColumn]:
    """``titles``: a deadline's stored title as the interface shows it (see record_text)."""
    return [col(QT_TRANSLATE_NOOP("CaptiveTabs", "When"),
                lambda e: local_time(e.at), lambda e: (e.at, e.id)),
            col(QT_TRANSLATE_NOOP("CaptiveTabs", "Who"), lambda e: e.actor),
            col(QT_TRANSLATE_NOOP("CaptiveTabs", "What"),
                lambda e: action_label(e.action)),
            col(QT_TRANSLATE_NOOP("CaptiveTabs", "Record"), lambda e: record_text(e, titles),
                tip=lambda e: record_text(e, titles)),
            col(QT_TRANSLATE_NOOP("CaptiveTabs", "Field"), lambda e: field_label(e.field, e.entity)),
            col(QT_TRANSLATE_NOOP("CaptiveTabs", "Change"), lambda e: audit_change(e, titles),
                tip=lambda e: audit_tooltip(e, titles))]
