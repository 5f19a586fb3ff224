"""Dates and numbers as a document in a language writes them, from the CLDR data that Babel
ships (no month names or patterns of our own).

What CLDR gives, and therefore what the documents print (1 December 2026):

======  ===============================  ================  ==================  =========
lang    date (CLDR "long")               in a table        month and year      year
======  ===============================  ================  ==================  =========
en      1 December 2026                  1 Dec 2026        December 2026       2026
ru      1 декабря 2026 г.                01.12.2026        декабрь 2026 г.     2026
hy      2026 թ. դեկտեմբերի 1             01.12.2026        2026 թ. դեկտեմբեր   2026 թ.
fr      1er décembre 2026                01/12/2026        décembre 2026       2026
======  ===============================  ================  ==================  =========

English is British English (``en_GB``: day before month), as the documents have always been.
In a table column Russian and Armenian take CLDR's numeric day.month.year, as their legal
documents write dates in tables ("18 нояб. 2023 г." is too wide for a column, and CLDR's
Armenian month abbreviations, "հնս", are not in common use); English keeps the abbreviated
month, which no reader confuses with the American month/day order.
Armenian puts the year first, as Armenian legal acts date themselves ("2020 թվականի
նոյեմբերի 9-ի"). Two characters are evened out after Babel, so that one document spells its
dates one way and every font shows them: CLDR's narrow no-break space before "г." becomes an
ordinary no-break space, and the one-dot leader (U+2024) some Armenian patterns use for the
abbreviation point of "թ." becomes the full stop its other patterns use.
French writes the first day of a month as an ordinal, "1er décembre 2026" (the Imprimerie
nationale's rule; CLDR's patterns have no ordinal day, so it is added after Babel), and its
tables take CLDR's numeric 01/12/2026. French groups digits with CLDR's narrow no-break space,
written as an ordinary no-break space as in Russian ("1 154"), which every font has.
"""

from __future__ import annotations

import re
from datetime import date, datetime, time
from functools import cache, lru_cache

from babel import Locale
from babel.dates import format_date as _babel_date
from babel.dates import format_skeleton, format_time, get_timezone_location, match_skeleton
from babel.numbers import format_decimal

LOCALES = {"en": "en_GB", "ru": "ru_RU", "hy": "hy_AM", "fr": "fr_FR"}
NBSP = "\u00a0"
_EVEN = str.maketrans({"\u202f": NBSP, "\u2024": "."})
# CLDR skeletons of a date in a table column (see above)
SHORT_SKELETON = {"en": "yMMMd", "ru": "yMd", "hy": "yMd", "fr": "yMd"}


@cache
def locale_of(lang: str) -> Locale:
    """The CLDR locale of a document language (English for an unknown one)."""
    return Locale.parse(LOCALES.get(lang, LOCALES["en"]))


def language_name(code: str, lang: str = "en") -> str:
    """The name of the language ``code`` ("az", "hy-AM") as ``lang`` writes it ("азербайджанский",
    "հայերեն"); anything CLDR does not know as a language code, as written."""
    base = code.strip().replace("_", "-").split("-")[0].lower()
    return str(locale_of(lang).languages.get(base) or code) if base else code


def territory_name(code: str, lang: str = "en") -> str:
    """The name of the country ``code`` ("az", "AM") as ``lang`` writes it ("Азербайджан",
    "Հայաստան"); a code CLDR does not know, as written."""
    return str(locale_of(lang).territories.get(code.strip().upper()) or code)


def language_code(name: str, lang: str = "en") -> str | None:
    """The code of the language named ``name`` in ``lang`` or in English ("армянский",
    "Armenian": "hy"); None when neither names a language so."""
    key = name.strip().casefold()
    for language in dict.fromkeys((lang, "en")):
        for code, text in locale_of(language).languages.items():
            if "_" not in code and str(text).casefold() == key:
                return str(code)
    return None


def _even(text: str) -> str:
    return text.translate(_EVEN)


def _day(value: date | datetime) -> date:
    return value.date() if isinstance(value, datetime) else value


# Babel takes a tenth of a millisecond a date; a report on 10,000 captives prints 30,000 of
# them, most of them the same few hundred days.
# Languages whose day 1 of a month is written as an ordinal in a sentence: (the day as CLDR
# writes it, the ordinal).
_FIRST_OF_THE_MONTH = {"fr": ("1", "1er")}


def _first_of_the_month(text: str, day: date, lang: str) -> str:
    """French « 1er décembre 2026 », « mardi 1er décembre 2026 »."""
    if day.day != 1 or lang not in _FIRST_OF_THE_MONTH:
        return text
    plain, ordinal = _FIRST_OF_THE_MONTH[lang]
    return re.sub(rf"(?<!\d){plain}(?= )", ordinal, text, count=1)


@lru_cache(maxsize=8192)
def _long(day: date, lang: str) -> str:
    return _first_of_the_month(_even(_babel_date(day, "long", locale=locale_of(lang))), day, lang)


@lru_cache(maxsize=8192)
def _short(day: date, lang: str) -> str:
    skeleton = SHORT_SKELETON.get(lang, SHORT_SKELETON["en"])
    return _even(format_skeleton(skeleton, day, locale=locale_of(lang))).replace(" ", NBSP)


def format_date(value: date | datetime | None, lang: str = "en") -> str:
    """A date as a letter or a paragraph in that language writes it: 1 December 2026,
    1 декабря 2026 г., 2026 թ. դեկտեմբերի 1. ``""`` for no date."""
    if value is None:
        return ""
    return _long(_day(value), lang)


def format_date_short(value: date | datetime | None, lang: str = "en") -> str:
    """A date for a table column, kept on one line: 1 Dec 2026, 01.12.2026 (ru, hy)."""
    if value is None:
        return ""
    return _short(_day(value), lang)


@cache
def _weekday_pattern(lang: str) -> str:
    """CLDR's pattern of a date with its weekday, its day as wide as the short date's: CLDR
    gives Armenian "d.MM.y, E" beside a short "dd.MM.y", and a column would show 2.02.2024
    on one row and 02.03.2024 on the next."""
    skeletons = locale_of(lang).datetime_skeletons
    short = SHORT_SKELETON.get(lang, SHORT_SKELETON["en"])
    pattern = str(skeletons[match_skeleton(short.replace("d", "Ed"), skeletons)].pattern)
    if "dd" in str(skeletons[match_skeleton(short, skeletons)].pattern):
        pattern = re.sub(r"(?<![d'])d(?![d'])", "dd", pattern)
    return pattern


@lru_cache(maxsize=8192)
def _weekday(day: date, lang: str) -> str:
    return _even(_babel_date(day, _weekday_pattern(lang), locale=locale_of(lang))).replace(" ", NBSP)


def format_date_weekday(value: date | datetime | None, lang: str = "en") -> str:
    """A date with its weekday, as a table writes it: Mon, 4 Mar 2024 · пн, 04.03.2024 ·
    04.03.2024, երկ (CLDR's order of the two in each language)."""
    if value is None:
        return ""
    return _weekday(_day(value), lang)


def format_date_full(value: date | datetime | None, lang: str = "en") -> str:
    """A date with its weekday, as a sentence writes it: Monday, 4 March 2024 · понедельник,
    4 марта 2024 г. · 2024 թ. մարտի 4, երկուշաբթի (CLDR's full date)."""
    if value is None:
        return ""
    day = _day(value)
    return _first_of_the_month(_even(_babel_date(day, "full", locale=locale_of(lang))), day, lang)


def format_month_year(value: date, lang: str = "en") -> str:
    """A month of a year on its own (the nominative month): December 2026, декабрь 2026 г."""
    return _even(format_skeleton("yMMMM", value, locale=locale_of(lang)))


# A month of a year after "since" / "from": Russian declines the month ("с мая 2024 г.", CLDR's
# format-context month); the other languages keep the month on its own.
_MONTH_YEAR_FROM = {"ru": "MMMM y\u00a0'г'."}
# A month of a year in a table column: 05.2024 in Russian and Armenian, as their dates are
# written there; English names the month (05/2024 reads as May or as a day).
MONTH_SKELETON = {"en": "yMMM", "ru": "yMM", "hy": "yMM", "fr": "yMM"}


def format_month_year_from(value: date, lang: str = "en") -> str:
    """A month of a year after "since": since May 2024, с мая 2024 г."""
    pattern = _MONTH_YEAR_FROM.get(lang)
    if pattern is None:
        return format_month_year(value, lang)
    return _even(_babel_date(value, pattern, locale=locale_of(lang)))


def format_month_year_short(value: date, lang: str = "en") -> str:
    """A month of a year in a table column: May 2024, 05.2024 (ru, hy)."""
    skeleton = MONTH_SKELETON.get(lang, MONTH_SKELETON["en"])
    return _even(format_skeleton(skeleton, value, locale=locale_of(lang))).replace(" ", NBSP)


def format_year(value: date, lang: str = "en") -> str:
    """A year on its own: 2026, 2026 թ. in Armenian, 2026 г. in Russian (CLDR leaves the
    Russian year bare, but a Russian document writes "г." after a year alone as after a month's
    year: "1990 г.", as "май 1990 г.")."""
    text = _even(format_skeleton("y", value, locale=locale_of(lang)))
    return f"{text}{NBSP}г." if lang == "ru" and text.isdigit() else text


def format_datetime(value: datetime | None, lang: str = "en") -> str:
    """Date, time and zone of a hearing, in the court's time zone."""
    if value is None:
        return ""
    return f"{format_date_short(value, lang)}, {format_time_zone(value, lang)}"


def format_time_zone(value: datetime, lang: str = "en") -> str:
    """The time of a hearing and its zone, as the court's clock reads and the window and the
    deadlines name it: "10:00 Baku" ("10:00 Բաքու", "10:00 Баку"), the zone's city in ``lang``
    (an offset, "+04", is Yerevan's as much as Baku's, and "CET" names no place); a time with
    a fixed offset or an unnamed zone keeps what it has ("+04", "UTC")."""
    key = getattr(value.tzinfo, "key", None)  # a ZoneInfo's name
    zone = zone_city(key, lang) if isinstance(key, str) and key else (value.tzname() or "")
    return f"{value:%H:%M}{NBSP}{zone}".rstrip()  # the 24-hour clock, as the courts write it


@lru_cache(maxsize=1024)
def format_due_time(at: time | None, zone: str, lang: str = "en") -> str:
    """The hour a deadline is due by and its zone, as a document in ``lang`` writes them:
    the language's short time and the zone's city in that language ("16:00 Paris",
    "16:00 Париж", "16:00 Փարիզ", "16:00 Bakou"); the identifier itself for a zone of no
    city ("Etc/GMT+4", which is four hours behind UTC: "GMT+4" alone would be read the other
    way) or one CLDR does not know; the time alone for a time without a zone; "" for a
    whole day."""
    if at is None:
        return ""
    hour = format_time(at, "short", locale=locale_of(lang))
    if not zone:
        return hour
    return f"{hour}{NBSP}{zone_city(zone, lang)}"


@lru_cache(maxsize=1024)
def zone_city(zone: str, lang: str = "en") -> str:
    """A time zone's city in ``lang`` ("Baku", "Բաքու", "Баку", "Bakou" for Asia/Baku); the
    identifier itself for a zone of no city ("Etc/GMT+4": "GMT+4" alone would be read the
    other way) or one CLDR does not know."""
    city = ""
    if "/" in zone and not zone.startswith("Etc/"):
        try:
            city = get_timezone_location(zone, locale=locale_of(lang), return_city=True)
        except (LookupError, ValueError):  # a zone CLDR does not know
            city = ""
    return city or zone


# CLDR's minimumGroupingDigits (numbers.xml of each locale; 1 where it is not given): how many
# digits must stand before the first separator for numbers to be grouped at all. Armenian's
# is 2, so a count is grouped from five digits: 2224 օր, 12 224 օր (Qt's QLocale, built from
# the same CLDR, writes the window's counts so). Babel does not read this value, so it is
# kept here for the languages of LOCALES.
MINIMUM_GROUPING_DIGITS = {"en": 1, "ru": 1, "hy": 2, "fr": 1}


@lru_cache(maxsize=8192)
def format_number(value: int | float, lang: str = "en") -> str:
    """A count with the language's digit grouping, as CLDR has it: 1,001 (en), 1 001 (ru),
    1001 and 10 001 (hy: grouped from five digits)."""
    if type(value) is int and 0 <= value < 1000:
        # Below a thousand every language of LOCALES writes a count as its ASCII digits
        # (no grouping, Latin digits: tests/domain/test_message_numbers.py checks each
        # against Babel), and Babel's locale data costs a command printing "25 captives"
        # a tenth of its run.
        return str(value)
    # The primary group is three digits in each language of LOCALES.
    grouped = abs(value) >= 10 ** (2 + MINIMUM_GROUPING_DIGITS.get(lang, 1))
    return _even(format_decimal(value, locale=locale_of(lang), group_separator=grouped))


def format_fraction(value: float, lang: str = "en") -> str:
    """A fraction with two decimals and the language's decimal mark: 0.93 (en), 0,93 (ru,
    hy); a score of one is 1.00, so that the reader sees the scale."""
    return _even(format_decimal(value, format="0.00", locale=locale_of(lang)))



def plural_form(count: int, lang: str = "en") -> str:
    """The CLDR plural category of ``count`` in ``lang``: "one", "few", "many" or "other"."""
    return str(locale_of(lang).plural_form(count))
