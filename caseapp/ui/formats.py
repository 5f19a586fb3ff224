"""How the interface writes a day, a time and a count: from the locale of the interface's
language (QLocale, CLDR data), never a hand-written month table nor ISO text. The one place
that decides it; views, models, widgets and the tray all use it. Columns showing these
texts sort by the value (:func:`date_key`), never by the text."""

from __future__ import annotations

import re
from datetime import date, datetime, time
from functools import lru_cache

from PySide6.QtCore import QCoreApplication, QDate, QDateTime, QLocale, QTime, QTimeZone

from caseapp.domain.dates import PartialDate
from caseapp.domain.enums import DatePrecision
from caseapp.ui.i18n import current_language


def _english(locale: QLocale) -> bool:
    return locale.language() in (QLocale.Language.English, QLocale.Language.C)


def _qdate(value: date) -> QDate:
    return QDate(value.year, value.month, value.day)


def _day(value: date) -> QDate:
    return _qdate(value.date() if isinstance(value, datetime) else value)


def long_date(value: date | None) -> str:
    """A day as people write it in the interface's language, from its locale's long format
    without the weekday: "12 May 2025" (the English of CaseApp's documents),
    "12 мая 2025 г.", "2025 թ. մայիսի 12". "" for no day."""
    if value is None:
        return ""
    locale = QLocale()
    if _english(locale):
        return locale.toString(_day(value), "d MMMM yyyy")
    pattern = re.sub(r",?\s*dddd,?\s*", " ", locale.dateFormat(QLocale.FormatType.LongFormat)).strip()
    return locale.toString(_day(value), pattern)


def date_text(value: date | None) -> str:
    """A day in a table cell, a list or a short sentence: the locale's numeric form with the
    whole year ("01.12.2026" in Armenian and Russian), "1 Dec 2026" in English (never the
    US "12/1/26" nor ISO). "" for no day. Sort such columns by the date, not this text."""
    if value is None:
        return ""
    return QLocale().toString(_day(value), date_edit_format())


def date_edit_format() -> str:
    """The pattern of :func:`date_text`, also the display format of a date edit (QDateEdit):
    "dd.MM.yyyy" in Armenian and Russian, "d MMM yyyy" in English."""
    locale = QLocale()
    if _english(locale):
        return "d MMM yyyy"
    pattern = locale.dateFormat(QLocale.FormatType.ShortFormat)
    return pattern if "yyyy" in pattern else pattern.replace("yy", "yyyy")


_NUMERIC_DAY = re.compile(r"(\d{1,2})\.(\d{1,2})\.(\d{4})")
_NUMERIC_MONTH = re.compile(r"(\d{1,2})\.(\d{4})")


def typed_date(text: str, *, partial: bool = False) -> str:
    """A day typed in a date field, as the services take it (ISO): the form :func:`date_text`
    shows ("30.06.1985", "30 Jun 1985"), a numeric day-first one ("30.6.1985") or ISO itself;
    with ``partial`` also a month ("06.1985", "1985-06"), a year and "~" before a day. Text
    that is none of these is given back as typed, for the services to say what is wrong."""
    text = text.strip()
    approximate = partial and text.startswith("~")
    body = text[1:].strip() if approximate else text
    day: date | None = None
    shown = QLocale().toDate(body, date_edit_format())
    if shown.isValid():
        day = date(shown.year(), shown.month(), shown.day())
    elif match := _NUMERIC_DAY.fullmatch(body):
        if partial and not approximate and int(match[1]) == 0:
            # "00.02.1990", as Soviet-era records write a day not known: the month (of
            # "00.00.1990" the year), never a day
            month = int(match[2])
            return match[3] if month == 0 else f"{match[3]}-{month:02d}" if month <= 12 \
                else text
        try:
            day = date(int(match[3]), int(match[2]), int(match[1]))
        except ValueError:
            return text
    elif partial and not approximate and (match := _NUMERIC_MONTH.fullmatch(body)) \
            and 1 <= int(match[1]) <= 12:
        return f"{match[2]}-{int(match[1]):02d}"
    if day is None:
        return _date_in_words(text, partial=partial) or text
    return ("~" if approximate else "") + day.isoformat()


def _date_in_words(text: str, *, partial: bool) -> str | None:
    """A date written with its month in words, as the spreadsheet import reads one ("март
    2024", "2024 թ. մարտ", "15 марта 2024 г.", "~15 March 2024"), in ISO; None when the text
    has no letter, is no date, or is one only with a caveat (a month or a year marked
    uncertain: said by the services, never stored rounded), or is not a day where one is
    needed."""
    if not any(ch.isalpha() for ch in text):  # numbers alone: not a spreadsheet serial here
        return None
    from caseapp.domain.sheet_dates import read_date
    from caseapp.domain.sheet_values import CellError

    try:
        read, caveat = read_date(text)
    except CellError:
        return None
    if caveat is not None:
        return None
    if read.precision is DatePrecision.EXACT:
        return read.value.isoformat()
    return read.iso() if partial else None


def typed_form(value: date | PartialDate) -> str:
    """How a date field shows ``value`` for editing: a day as :func:`date_text` shows it (with
    "~" when approximate), a month or a year as ISO ("1985-06", "1985")."""
    if isinstance(value, PartialDate):
        if value.precision is DatePrecision.EXACT:
            return date_text(value.value)
        if value.precision is DatePrecision.APPROXIMATE:
            return "~" + date_text(value.value)
        return value.iso()
    return date_text(value)


def time_text(value: time | datetime) -> str:
    """A time of day in the locale's short form: "13:05" (hy, ru), "1:05 PM" (en)."""
    return QLocale().toString(QTime(value.hour, value.minute), QLocale.FormatType.ShortFormat)


def datetime_text(value: datetime | None) -> str:
    """A day and time as given (a hearing in its court's time zone stays there):
    "01.12.2026 13:05", "1 Dec 2026 1:05 PM"."""
    if value is None:
        return ""
    return f"{date_text(value.date())} {time_text(value)}"


def partial_date_text(value: PartialDate | None) -> str:
    """A date known to a precision, as the documents write it in the interface's language
    (one owner, :mod:`caseapp.domain.cldr`: the window said «մայիս 1990» where the dossier
    says «1990 թ. մայիս»): a year "1990", «1990 г.», «1990 թ.»; a month "May 1990",
    «май 1990 г.», «1990 թ. մայիս»; a day :func:`date_text`; an approximate day with "≈"
    before it."""
    if value is None:
        return ""
    if value.precision in (DatePrecision.YEAR, DatePrecision.MONTH):
        # Babel's data, not needed to start the window
        from caseapp.domain.cldr import format_month_year, format_year

        write = format_year if value.precision is DatePrecision.YEAR else format_month_year
        return write(value.value, _locale_language())
    text = date_text(value.value)
    return f"≈ {text}" if value.precision is DatePrecision.APPROXIMATE else text


def _locale_language() -> str:
    """The language the window's dates are written in: its locale's, as :func:`date_text`."""
    name = QLocale().name().split("_")[0]
    return name if name in ("hy", "ru") else "en"


def date_key(value: date | None) -> date:
    """The sort key of a date column: by the date, an empty cell first."""
    return value if value is not None else date.min


_PLACEHOLDER = re.compile(r"%([1-9])")


def fill(text: str, *values: str) -> str:
    """``text`` with %1, %2… replaced by ``values`` in one pass, so that a value holding
    "%2" (a court's or a person's name, a subject can) is never replaced in turn."""
    return _PLACEHOLDER.sub(
        lambda m: values[int(m.group(1)) - 1] if int(m.group(1)) <= len(values) else m.group(0),
        text)


def number(value: int) -> str:
    """A count with the locale's digit grouping: "1 234" (hy, ru), "1,234" (en)."""
    return QLocale().toString(value)


_GROUP_SPACE = re.compile(r"(?<=\d)[ \u2009\u202f](?=\d{3}(?!\d))")


def unbroken_numbers(text: str) -> str:
    """``text`` with every space between a number's digit groups ("10 000", as Armenian and
    Russian group them) made a no-break space: a wrapped line never splits a number."""
    return _GROUP_SPACE.sub("\u00a0", text)


def short_date(value: date) -> str:
    """A day and month in the interface's language: "3 Dec", "3 дек.", "3 դեկ."."""
    return QLocale().toString(_qdate(value), "d MMM")


def short_when(value: datetime, *, weekday: bool = False) -> str:
    """A day, month and time in the interface's language: "Mon 7 Dec 10:30", "пн 7 дек. 10:30"."""
    day = QLocale().toString(_qdate(value), "ddd d MMM" if weekday else "d MMM")
    return f"{day} {time_text(value)}"


def short_due(day: date, at: time | None = None, zone: str = "") -> str:
    """When a deadline falls due, short, in the interface's language: its day and month,
    and for one due at an hour its time and its zone's city ("27 Nov 4:00 PM Paris",
    "27 нояб. 16:00 Париж"); a whole day's as :func:`short_date`."""
    if at is None:
        return short_date(day)
    return f"{short_date(day)} {time_text(at)} {zone_city(zone) if zone else ''}".rstrip()


def human_size(size: int) -> str:
    """A size in the interface's language: 1 536 bytes read as "1.5 KB", "1,5 КБ"."""
    if size < 1024:
        return QCoreApplication.translate("ViewsCommon", "%1 B").replace("%1", number(size))
    units = (QCoreApplication.translate("ViewsCommon", "KB"), QCoreApplication.translate("ViewsCommon", "MB"),
             QCoreApplication.translate("ViewsCommon", "GB"))
    value = size / 1024
    for unit in units[:-1]:
        if value < 1024:
            return f"{QLocale().toString(value, 'f', 1)} {unit}"
        value /= 1024
    return f"{QLocale().toString(value, 'f', 1)} {units[-1]}"


def zone_text(name: str, at: datetime | None = None) -> str:
    """A time zone as the interface's language names it ("Ադրբեջանի ստանդարտ ժամանակ",
    "Азербайджан, стандартное время"), summer or standard time as at ``at``; the
    identifier itself ("Asia/Baku") when the system knows no name for it."""
    zone = QTimeZone(name.encode())
    if not name or not zone.isValid():
        return name
    if at is None:
        shown = zone.displayName(QTimeZone.TimeType.GenericTime, QTimeZone.NameType.LongName,
                                 QLocale())
    else:
        moment = QDateTime.fromSecsSinceEpoch(int(at.timestamp()), zone)
        shown = zone.displayName(moment, QTimeZone.NameType.LongName, QLocale())
    return shown or name


def zone_city(name: str) -> str:
    """A time zone's city as the interface's language names it ("Բաքու", "Баку" for
    Asia/Baku, from the CLDR through Babel); the identifier's last part when Babel knows
    none ("Etc/GMT+4" → "GMT+4")."""
    return _city(name, QLocale().name())


@lru_cache(maxsize=256)  # asked once per row of the hearings list, on every repaint
def _city(name: str, locale_name: str) -> str:
    from babel import Locale, UnknownLocaleError
    from babel.dates import get_timezone_location

    fallback = name.rsplit("/", 1)[-1].replace("_", " ")
    try:
        return (get_timezone_location(name, locale=Locale.parse(locale_name), return_city=True)
                or fallback)
    except (LookupError, UnknownLocaleError, ValueError):  # an unknown zone or language
        return fallback


def zone_label(name: str, at: datetime | None = None) -> str:
    """:func:`zone_text` with the identifier beside it: "Ադրբեջանի ստանդարտ ժամանակ
    (Asia/Baku)"; the identifier alone when it has no other name."""
    shown = zone_text(name, at)
    return f"{shown} ({name})" if shown != name else name


def language_text(code: str | None) -> str:
    """A language code as the interface names it, capitalised as a list item: "hy" is
    "Armenian", "Армянский", "Հայերեն"; a code CLDR does not know, as written; none, ""."""
    if not code:
        return ""
    from caseapp.domain.cldr import language_name  # Babel's data, not needed to start the window

    name = language_name(code, current_language())
    return name[:1].upper() + name[1:] if name != code else code
