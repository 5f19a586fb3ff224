"""Small formatters shared by the views: dates, sizes, "3 of 12", "yesterday".

Sentences are translated whole, with placeholders (``%1``) and plural forms (``%n``): never
glued from pieces, so that every language can order and inflect its own words."""

from __future__ import annotations

import re
from datetime import date, datetime, time

from PySide6.QtCore import QCoreApplication, QDate, QLocale, QTime

from caseapp.domain.dates import PartialDate
from caseapp.domain.enums import DatePrecision
from caseapp.ui.i18n import plural

translate = QCoreApplication.translate  # lupdate reads every translate("Context", "source") call


_PLACEHOLDER = re.compile(r"%([1-9])")


def fill(text: str, *values: str) -> str:
    """``text`` with %1, %2… replaced by ``values`` in one pass, so that a value holding
    "%2" (a court's or a person's name can) is never replaced in turn."""
    return _PLACEHOLDER.sub(
        lambda m: values[int(m.group(1)) - 1] if int(m.group(1)) <= len(values) else m.group(0),
        text)


def count_text(shown: int, total: int, all_text: str) -> str:
    """“3 of 12” while a filter hides some rows, ``all_text`` (“12 documents”) otherwise."""
    if shown == total:
        return all_text
    return translate("ViewsCommon", "%1 of %2").replace("%1", number(shown)).replace("%2", number(total))


def days_ago(days: int) -> str:
    """How long ago something happened, ``days`` days before today: "today", "yesterday",
    "3 days ago" (a day in the future, should one come: "in 2 days")."""
    if days == 0:
        return translate("ViewsCommon", "today")
    if days == 1:
        return translate("ViewsCommon", "yesterday")
    if days < 0:
        return days_from_now(-days)
    return plural(translate("ViewsCommon", "%n day(s) ago", None, days), days)


def days_from_now(days: int) -> str:
    """When something falls due, ``days`` days after today: "today", "tomorrow", "in 3 days"
    (a day in the past: "yesterday", "3 days ago")."""
    if days == 0:
        return translate("ViewsCommon", "today")
    if days == 1:
        return translate("ViewsCommon", "tomorrow")
    if days < 0:
        return days_ago(-days)
    return plural(translate("ViewsCommon", "in %n day(s)", None, days), days)


def _english(locale: QLocale) -> bool:
    return locale.language() in (QLocale.Language.English, QLocale.Language.C)


def _qdate(value: date) -> QDate:
    return QDate(value.year, value.month, value.day)


def long_date(value: date | None) -> str:
    """A day as people write it in the interface's language, from its locale's long format
    without the weekday: "12 May 2025" (the English of CaseApp's documents),
    "12 мая 2025 г.", "2025 թ. մայիսի 12". "" for no day."""
    if value is None:
        return ""
    if isinstance(value, datetime):
        value = value.date()
    locale = QLocale()
    if _english(locale):
        return locale.toString(_qdate(value), "d MMMM yyyy")
    pattern = re.sub(r",?\s*dddd,?\s*", " ", locale.dateFormat(QLocale.FormatType.LongFormat)).strip()
    return locale.toString(_qdate(value), pattern)


def date_text(value: date | None) -> str:
    """A day in a table cell, a list or a short sentence: the locale's numeric form with the
    whole year ("01.12.2026" in Armenian and Russian), "1 Dec 2026" in English (never the
    US "12/1/26" nor ISO). "" for no day. Sort such columns by the date, not this text."""
    if value is None:
        return ""
    if isinstance(value, datetime):
        value = value.date()
    locale = QLocale()
    if _english(locale):
        return locale.toString(_qdate(value), "d MMM yyyy")
    pattern = locale.dateFormat(QLocale.FormatType.ShortFormat)
    if "yyyy" not in pattern:
        pattern = pattern.replace("yy", "yyyy")
    return locale.toString(_qdate(value), pattern)


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
    """A date known to a precision, as the locale writes it: a year "1990", a month
    "май 1990" / "մայիս 1990" / "May 1990", a day :func:`date_text`, an approximate day
    with "≈" before it."""
    if value is None:
        return ""
    if value.precision is DatePrecision.YEAR:
        return str(value.value.year)
    if value.precision is DatePrecision.MONTH:
        locale = QLocale()
        month = locale.standaloneMonthName(value.value.month, QLocale.FormatType.LongFormat)
        return f"{month} {value.value.year}"
    text = date_text(value.value)
    return f"≈ {text}" if value.precision is DatePrecision.APPROXIMATE else text


def date_key(value: date | None) -> date:
    """The sort key of a date column: by the date, an empty cell first."""
    return value if value is not None else date.min


def number(value: int) -> str:
    """A count with the locale's digit grouping: "1 234" (hy, ru), "1,234" (en)."""
    return QLocale().toString(value)


def short_date(value: date) -> str:
    """A day and month in the interface's language: "3 Dec", "3 дек.", "3 դեկ."."""
    return QLocale().toString(_qdate(value), "d MMM")


def short_when(value: datetime, *, weekday: bool = False) -> str:
    """A day, month and time in the interface's language: "Mon 7 Dec 10:30", "пн 7 дек. 10:30"."""
    day = QLocale().toString(_qdate(value), "ddd d MMM" if weekday else "d MMM")
    return f"{day} {time_text(value)}"


def human_size(size: int) -> str:
    """1 536 bytes read as "1.5 KB"."""
    if size < 1024:
        return translate("ViewsCommon", "%1 B").replace("%1", number(size))
    value = size / 1024
    for unit in (translate("ViewsCommon", "KB"), translate("ViewsCommon", "MB"), translate("ViewsCommon", "GB")):
        if value < 1024 or unit == translate("ViewsCommon", "GB"):
            return f"{QLocale().toString(value, 'f', 1)} {unit}"
        value /= 1024
    return f"{QLocale().toString(value, 'f', 1)} {translate('ViewsCommon', 'GB')}"


def hearing_of(when: date, court: str) -> str:
    """A hearing named by its day and court: "Hearing of 3 June 2025, Baku Military Court"."""
    if court:
        return fill(translate("ViewsCommon", "Hearing of %1, %2"), long_date(when), court)
    return translate("ViewsCommon", "Hearing of %1").replace("%1", long_date(when))


def intervention_of(subject: str, made_on: date) -> str:
    """An intervention named by its subject and day: "Intervention “Access” of 2 May 2025"."""
    return fill(translate("ViewsCommon", "Intervention “%1” of %2"), subject, long_date(made_on))


def case_of(case_number: str) -> str:
    """A prosecution named by its number: "Case 1-77/2026"."""
    if case_number:
        return translate("ViewsCommon", "Case %1").replace("%1", case_number)
    return translate("ViewsCommon", "Criminal case")
