"""Every string that CaseApp prints *into* a document, in one place per language.

Dossiers and status reports are in English for now; letters are in the language of their
template and take their dates and labels from here. To translate a document, add the
language's table below (missing keys fall back to English)."""

from __future__ import annotations

from datetime import date, datetime
from enum import Enum

from caseapp.domain.dates import PartialDate
from caseapp.domain.enums import DatePrecision

MONTHS = {
    "en": ("January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December"),
    # genitive, as in a date: "27 ноября 2026 г."
    "ru": ("января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа",
           "сентября", "октября", "ноября", "декабря"),
    # genitive, as in a date: "27 նոյեմբերի 2026 թ."
    "hy": ("հունվարի", "փետրվարի", "մարտի", "ապրիլի", "մայիսի", "հունիսի", "հուլիսի",
           "օգոստոսի", "սեպտեմբերի", "հոկտեմբերի", "նոյեմբերի", "դեկտեմբերի"),
}
MONTHS_NOMINATIVE_EN = MONTHS["en"]
MONTHS_SHORT = {"en": ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct",
                       "Nov", "Dec")}
NBSP = "\u00a0"
YEAR_SUFFIX = {"en": "", "ru": " г.", "hy": " թ."}


def format_date(value: date | datetime | None, lang: str = "en") -> str:
    """A date as written in a letter of that language: 27 November 2026, 27 ноября 2026 г.,
    27 նոյեմբերի 2026 թ. ``""`` for no date."""
    if value is None:
        return ""
    months = MONTHS.get(lang, MONTHS["en"])
    return f"{value.day} {months[value.month - 1]} {value.year}{YEAR_SUFFIX.get(lang, '')}"


def format_date_short(value: date | datetime | None, lang: str = "en") -> str:
    """A date for a table column, kept on one line: 27 Nov 2026 (27.11.2026 without a table
    of short month names)."""
    if value is None:
        return ""
    months = MONTHS_SHORT.get(lang)
    if months is None:
        return f"{value.day:02d}.{value.month:02d}.{value.year}"
    return f"{value.day}{NBSP}{months[value.month - 1]}{NBSP}{value.year}"


def format_partial(value: PartialDate | None, lang: str = "en") -> str:
    """A date known to a precision: "March 1979", "1961", "about 14 March 1979"."""
    if value is None:
        return ""
    v = value.value
    if value.precision is DatePrecision.YEAR:
        return str(v.year)
    if value.precision is DatePrecision.MONTH:
        if lang == "en":
            return f"{MONTHS_NOMINATIVE_EN[v.month - 1]} {v.year}"
        return f"{v.month:02d}.{v.year}"
    text = format_date(v, lang)
    if value.precision is DatePrecision.APPROXIMATE:
        return f"{_text('about', lang)} {text}"
    return text


def format_datetime(value: datetime | None, lang: str = "en") -> str:
    """Date, time and zone of a hearing, in the court's time zone."""
    if value is None:
        return ""
    zone = value.tzname() or ""
    return f"{format_date_short(value, lang)}, {value:%H:%M}{NBSP}{zone}".rstrip()


TEXTS: dict[str, dict[str, str]] = {
    "en": {
        "about": "about",
        "none": "—",
        "yes": "yes",
        "no": "no",
        "unknown": "unknown",
        "now": "now",
        "withheld": "not disclosed",
        # dossier
        "dossier": "Dossier",
        "dossier_title": "Dossier: {name}",
        "dossier_subject": "Case dossier of {name}, printed at the {level} level",
        "level_line": "Printed at the {level} level: {meaning}",
        "level_public": "may be published.",
        "level_shareable": "for partners and authorities; not for publication.",
        "level_internal": "for the legal team only. Do not pass on.",
        "page_of": "Page {page} of {pages}",
        "printed_on": "Printed on {date} · version {version}",
        "prepared_by": "Prepared by {name}",
        "names": "Names",
        "name": "Name",
        "script": "Script",
        "language": "Language",
        "kind": "Kind",
        "status": "Status",
        "since": "since {date}",
        "days_in_custody": "Days in custody",
        "days_value": "{days} days (since {date})",
        "held_at": "Place of detention",
        "last_contact": "Last confirmed contact",
        "last_contact_short": "Last contact",
        "days_ago": "{date} ({days} days ago)",
        "category": "Category",
        "sec_key_facts": "Key facts and current asks",
        "key_facts": "Key facts",
        "current_asks": "Current asks",
        "sec_capture": "Capture and legal status",
        "capture_date": "Date of capture",
        "capture_place": "Place of capture",
        "capturing_authority": "Capturing authority",
        "circumstances": "Circumstances",
        "birth": "Date of birth",
        "birth_place": "Place of birth",
        "citizenship": "Citizenship",
        "sex": "Sex",
        "consent": "Consent on file",
        "power_of_attorney": "power of attorney",
        "publicity": "consent to publicity",
        "status_history": "Status history",
        "date": "Date",
        "from": "From",
        "to": "To",
        "note": "Note",
        "identity_documents": "Identity documents",
        "number": "Number",
        "issuer": "Issued by",
        "sec_custody": "Custody history and welfare contacts",
        "places": "Places of detention",
        "facility": "Facility",
        "address": "Address for letters",
        "visits": "Visits and other proof of life",
        "source": "Source",
        "confirmed": "Confirmed",
        "notes": "Notes",
        "sec_domestic": "Domestic proceedings timeline",
        "prosecution": "Criminal case {number}",
        "investigating_body": "Investigating body",
        "court": "Court",
        "judge": "Judge",
        "prosecutor": "Prosecutor",
        "defence": "Defence counsel",
        "opened_on": "Opened on",
        "charges": "Charges",
        "charge": "Charge",
        "brought_on": "Brought on",
        "detention_orders": "Detention orders and extensions",
        "decided": "Decided",
        "term": "Term",
        "expires": "Expires",
        "appeal": "Appeal",
        "hearings": "Hearings",
        "when": "When",
        "outcome": "Outcome",
        "next_deadlines": "Next deadlines",
        "due": "Due",
        "deadline": "Deadline",
        "sec_international": "International proceedings and next deadlines",
        "body": "Body",
        "reference": "Reference",
        "lodged": "Lodged",
        "sec_health": "Health and treatment",
        "sec_family": "Family contact log",
        "family_news": "Calls and letters between the captive and the family",
        "family_talks": "Our contacts with the family",
        "sec_communications": "Communications log",
        "addressee": "Addressee",
        "subject": "Subject and request",
        "response": "Response",
        "channel": "Channel",
        "sec_annex": "Annex: index of documents",
        "annex_intro": "Each exhibit is identified by the SHA-256 hash of its file; a copy whose "
                       "hash differs is not the document listed here.",
        "document": "Document",
        "received": "Received",
        "sha256": "SHA-256",
        "nothing": "Nothing to report at this level.",
        # dossier: representative, ECHR essentials, chronology, custody total, notes
        "representative": "Representative",
        "organisation": "Organisation",
        "bar_number": "Bar number",
        "contacts": "Contacts",
        "dated": "Date",
        "echr": "European Court of Human Rights",
        "echr_application": "ECHR application no.",
        "rule39": "Rule 39 (interim measure)",
        "rule39_value": "{status} (requested {date})",
        "articles": "Convention articles",
        "communicated_on": "Communicated to the Government",
        "pre_trial": "Pre-trial custody",
        "pre_trial_ongoing": "{days} days, since {since}",
        "pre_trial_ended": "{days} days, {since} to {until}",
        "pre_trial_left": "{left} days left of the maximum of {max} days",
        "pre_trial_over": "{over} days MORE than the maximum of {max} days",
        "co_defendants": "Co-defendants at shared hearings",
        "not_named": "{n} other(s), not named at this level",
        "sec_chronology": "Chronology",
        "chronology_intro": "Capture, status changes, custody, detention orders, hearings and "
                            "filings, in one list.",
        "event": "Event",
        "detail": "Details",
        "ev_captured": "Captured",
        "ev_moved_to": "Taken to",
        "ev_left": "Left",
        "ev_communicated": "Communicated to the Government",
        "ev_status": "Status: {status}",
        "ev_order": "Detention order ({kind}) until {date}",
        "ev_hearing": "Hearing: {kind}",
        "ev_filing": "{body}: {kind}",
        "sec_notes": "Internal notes",
        "author": "Author",
        "title": "Title",
        # status report
        "report_title": "Status report on captives",
        "report_subject": "Status report printed at the {level} level",
        "report_printed": "Printed on {date}",
        "report_scope": "{count} captives · {filters}",
        "all_captives": "all captives",
        "filter_status": "status: {value}",
        "filter_tag": "tag: {value}",
        "sec_summary": "Summary",
        "by_status": "Captives by status",
        "by_category": "Captives by category",
        "by_forum": "International proceedings by forum",
        "count": "Count",
        "custody_histogram": "Days in custody",
        "captives_axis": "captives",
        "year_first": "< 1 year",
        "years_span": "{a}–{b} years",
        "years_more": "{a}+ years",
        "days_axis": "time in custody",
        "sec_table": "Captives",
        "next_deadline": "Next deadline",
        "next_hearing": "Next hearing",
        "proceedings": "Proceedings",
        "sec_hearings": "Upcoming hearings (next {days} days)",
        "concerns": "Captives",
        "total": "Total",
        "id": "ID",
        "latin": "Latin spelling",
        "days": "Days",
        "sheet_captives": "Captives",
        "sheet_summary": "Summary",
        "sheet_hearings": "Hearings",
        # the daily log of deadline control
        "log_title": "Deadline control: daily log",
        "log_subject": "Deadlines entered, changed, done and dismissed on {date}, printed at "
                       "the {level} level",
        "log_day": "{date} (times in {zone})",
        "log_counts": "Entered: {entered} · changed: {changed} · snoozed: {snoozed} · done: "
                      "{done} · dismissed: {dismissed} · reopened: {reopened} · deleted: "
                      "{deleted}",
        "log_nothing": "No deadline was entered, changed or closed on this day.",
        "log_time": "Time",
        "log_who": "Who",
        "log_what": "What",
        "log_deadline": "Deadline",
        "log_note": "Note or change",
        "log_due": "due {date}",
        "log_hard": "HARD DEADLINE (set by a court)",
        "log_signed": "Checked by: ____________________   Date: ____________",
        "log_entered": "Entered",
        "log_changed": "Changed",
        "log_snoozed": "Snoozed",
        "log_done": "Done",
        "log_dismissed": "Dismissed",
        "log_reopened": "Reopened",
        "log_deleted": "Deleted",
        "log_field_title": "title",
        "log_field_due_on": "due date",
        "log_field_due_time": "due time",
        "log_field_timezone": "time zone",
        "log_field_hard": "hard deadline",
        "log_field_document_id": "document (ID)",
        "log_field_captive_id": "captive (ID)",
        "log_field_notes": "notes",
        "log_field_status_reason": "reason",
        "log_field_sensitivity": "level",
        "log_field_overridden": "date set by hand",
        # letters
        "bar_no": "Bar no. {n}",
        "article": "Art. {a}",
    },
    "ru": {
        "about": "около",
        "bar_no": "Рег. № {n}",
        "article": "ст. {a}",
    },
    "hy": {
        "about": "մոտ.",
        "bar_no": "Արտոնագիր № {n}",
        "article": "հոդ. {a}",
    },
}


def _text(key: str, lang: str = "en") -> str:
    return TEXTS.get(lang, {}).get(key) or TEXTS["en"][key]


def t(key: str, lang: str = "en", **values: object) -> str:
    """The document string ``key`` in ``lang`` (English if missing), formatted with ``values``."""
    text = _text(key, lang)
    return text.format(**values) if values else text


# Labels of stored values (enums) as printed in documents.
LABELS: dict[str, dict[str, str]] = {
    "en": {
        "missing": "Missing / whereabouts unknown", "held": "Held, no charges known",
        "pre_trial": "Detained pre-trial", "on_trial": "On trial", "convicted": "Convicted",
        "released": "Released", "repatriated": "Repatriated", "deceased": "Deceased",
        "civilian": "Civilian", "serviceman": "Serviceman / prisoner of war",
        "former_official": "Former official", "other": "Other",
        "male": "Male", "female": "Female", "unknown": "Unknown",
        "Armn": "Armenian", "Latn": "Latin", "Cyrl": "Cyrillic", "Zyyy": "Other",
        "native": "native", "transliteration": "transliteration", "alias": "alias",
        "initial": "Initial", "extension": "Extension",
        "detention_extension": "Detention extension", "preliminary": "Preliminary hearing",
        "trial_session": "Trial session", "verdict": "Verdict", "appeal": "Appeal",
        "cassation": "Cassation",
        "icrc_visit": "ICRC visit", "lawyer_visit": "Lawyer visit",
        "consular_visit": "Consular visit", "family_call": "Family call",
        "family_letter": "Family letter", "media_appearance": "Media appearance",
        "echr": "ECHR", "wgad": "UN WGAD", "un_hrc": "UN Human Rights Committee",
        "un_special_procedures": "UN special procedures",
        "application": "Application", "rule_39": "Rule 39 request",
        "communication": "Communication", "urgent_appeal": "Urgent appeal",
        "draft": "Draft", "lodged": "Lodged", "communicated": "Communicated",
        "pending": "Pending", "granted": "Granted", "rejected": "Rejected",
        "decided": "Decided", "closed": "Closed",
        "letter": "Letter", "email": "E-mail", "meeting": "Meeting", "call": "Call",
        "filing": "Filing", "sent": "Sent", "acknowledged": "Acknowledged",
        "answered": "Answered",
        "confirmed": "Confirmed", "probable": "Probable", "unverified": "Unverified",
        "doubtful": "Doubtful",
        "appointed": "appointed", "chosen": "chosen",
        "public": "public", "shareable": "shareable", "internal": "internal",
    },
    "ru": {
        "missing": "пропал без вести, местонахождение неизвестно",
        "held": "удерживается без предъявления обвинения",
        "pre_trial": "содержится под стражей до суда", "on_trial": "находится под судом",
        "convicted": "осуждён", "released": "освобождён", "repatriated": "репатриирован",
        "deceased": "скончался",
        "civilian": "гражданское лицо", "serviceman": "военнослужащий, военнопленный",
        "former_official": "бывшее должностное лицо",
    },
    "hy": {
        "missing": "անհայտ կորած, գտնվելու վայրն անհայտ է",
        "held": "պահվում է առանց մեղադրանք ներկայացնելու",
        "pre_trial": "կալանավորված է մինչև դատաքննությունը",
        "on_trial": "դատաքննության փուլում է", "convicted": "դատապարտված է",
        "released": "ազատ է արձակվել", "repatriated": "հայրենադարձվել է",
        "deceased": "մահացել է",
        "civilian": "քաղաքացիական անձ", "serviceman": "զինծառայող, ռազմագերի",
        "former_official": "նախկին պաշտոնատար անձ",
    },
}


def label(value: Enum | str | None, lang: str = "en") -> str:
    """How a stored value (an enum member or its value) reads in a document."""
    if value is None:
        return _text("withheld", lang)
    key = value.value if isinstance(value, Enum) else str(value)
    return (LABELS.get(lang, {}).get(key) or LABELS["en"].get(key)
            or key.replace("_", " ").capitalize())
