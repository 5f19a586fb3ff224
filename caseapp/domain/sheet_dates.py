"""Reading a spreadsheet cell as a date known to a year, a month or a day: date cells,
spreadsheet serial numbers, and dates written as text in English, Russian or Armenian
("17.05.2024", "май 2024", "2024թ. մայիսի 17", "~1990"). Split from
:mod:`caseapp.domain.sheet_values`, whose text cleaning it uses.

Pure functions: each takes what a cell held and returns a :class:`PartialDate` or raises
:class:`CellError` with a reason a lawyer can act on.
"""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta

from caseapp.domain.dates import PartialDate
from caseapp.domain.enums import DatePrecision
from caseapp.domain.messages import Message, msg
from caseapp.domain.sheet_values import CellError, clean_text, normalise

# Month names and their usual abbreviations; Russian and Armenian in the nominative, the
# genitive ("17 мая 2024", "մայիսի 17") and the case after "in" ("в мае 2024", "մայիսին");
# Azerbaijani (below) as written alone and with its possessive ending ("2023-cü ilin 3
# oktyabrı"). Matched on the whole word, after normalise().
_MONTH_WORDS: dict[int, tuple[str, ...]] = {
    1: ("january", "jan", "январь", "января", "январе", "янв", "հունվար", "հունվարի",
        "հունվարին"),
    2: ("february", "feb", "февраль", "февраля", "феврале", "фев", "февр", "փետրվար",
        "փետրվարի", "փետրվարին"),
    3: ("march", "mar", "март", "марта", "марте", "мар", "մարտ", "մարտի", "մարտին"),
    4: ("april", "apr", "апрель", "апреля", "апреле", "апр", "ապրիլ", "ապրիլի", "ապրիլին"),
    5: ("may", "май", "мая", "мае", "մայիս", "մայիսի", "մայիսին"),
    6: ("june", "jun", "июнь", "июня", "июне", "июн", "հունիս", "հունիսի", "հունիսին"),
    7: ("july", "jul", "июль", "июля", "июле", "июл", "հուլիս", "հուլիսի", "հուլիսին"),
    8: ("august", "aug", "август", "августа", "августе", "авг", "օգոստոս", "օգոստոսի",
        "օգոստոսին"),
    9: ("september", "sep", "sept", "сентябрь", "сентября", "сентябре", "сен", "сент",
        "սեպտեմբեր", "սեպտեմբերի", "սեպտեմբերին"),
    10: ("october", "oct", "октябрь", "октября", "октябре", "окт", "հոկտեմբեր",
         "հոկտեմբերի", "հոկտեմբերին"),
    11: ("november", "nov", "ноябрь", "ноября", "ноябре", "ноя", "нояб", "նոյեմբեր",
         "նոյեմբերի", "նոյեմբերին"),
    12: ("december", "dec", "декабрь", "декабря", "декабре", "дек", "դեկտեմբեր",
         "դեկտեմբերի", "դեկտեմբերին"),
}
# Azerbaijani, each with its possessive ending; a month in capitals ("OKTYABRI") folds its ı
# to i.
_AZERBAIJANI_MONTHS = (("yanvar", "ı"), ("fevral", "ı"), ("mart", "ı"), ("aprel", "i"),
                       ("may", "ı"), ("iyun", "u"), ("iyul", "u"), ("avqust", "u"),
                       ("sentyabr", "ı"), ("oktyabr", "ı"), ("noyabr", "ı"), ("dekabr", "ı"))
MONTHS: dict[str, int] = {
    **{form: m for m, (word, ending) in enumerate(_AZERBAIJANI_MONTHS, start=1)
       for form in (word, word + ending, word + ending.replace("ı", "i"))},
    **{w: m for m, words in _MONTH_WORDS.items() for w in words}}

# The months in Roman numerals, as Soviet and Russian papers write them ("13.XII.2020").
_ROMAN_MONTHS = {r: m for m, r in enumerate(
    ("i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x", "xi", "xii"), start=1)}

# Words around a date that say nothing about it: "2024 г.", "1990 г.р." (year of birth),
# "в 2020 году", "2024թ.", "2020 թվականին", "17-ին", "year", "in".
# Azerbaijani: "1965-ci il", "2023-cü ilin", "2020-ci ildə".
_FILLER = {"г", "года", "год", "году", "гг", "р", "в", "թ", "թվական", "թվականի", "թվականին",
           "il", "ilin", "ildə", "ilində", "ci", "cı", "cu", "cü",
           "ին", "year", "the", "of", "in"}

_EXCEL_EPOCH = date(1899, 12, 30)  # serial 1 = 1900-01-01 (Excel's 1900 leap-year bug kept)
# Dates before it are counted one day off by spreadsheet programs (Excel's 1900 leap-year bug,
# kept by others for compatibility): serial 60 shows as 29.02.1900 and is read as 28.02.1900.
_FIRST_TRUE_DAY = date(1900, 3, 1)
SERIAL_RANGE = (10_000, 2_958_465)  # 1927-05-18 … 9999-12-31: smaller numbers are not dates


def parse_partial_date(value: object) -> PartialDate:
    """A cell as a date known to a year, a month or a day.

    Reads date cells, a year as a number (1990), a spreadsheet date serial (45429), and
    text: ``17.05.2024``, ``17/05/2024``, ``2024-05-17``, ``05.2024``, ``2024-05``,
    ``2024``, ``May 2024``, ``17 May 2024``, ``май 2024``, ``17 мая 2024 г.``,
    ``մայիս 2024``, ``2024թ. մայիսի 17``, ``~2024-05-17`` (approximate). Day first: a
    numeric date is read month first only when it cannot be day first (05/17/2024).
    """
    return read_date(value)[0]


# "~1990", "1990?", "approx. 1990", "около 1990", "մոտ 1990": a date the writer was unsure of.
_UNCERTAIN = re.compile(r"(?:~|approx\.?|approximately|about|ca\.?|circa|c\.|около|примерно|"
                        r"приблизительно|մոտ\.?|մոտավորապես)\s*(?P<a>.+?)\s*\??|"
                        r"(?P<b>.+?)\s*\?", re.IGNORECASE)


def read_date(value: object) -> tuple[PartialDate, Message | None]:
    """A cell as a date (:func:`parse_partial_date`) and the caveat of reading it, if any: a
    date marked uncertain ("~1990-05-17", "1990?", "около 1990") is an approximate day when
    it names a day; a month or a year is kept at its precision, which the caveat says (the
    case file marks only a day approximate: the cell goes to the captive's notes, see
    :func:`caseapp.domain.sheet_loose_dates.read_sheet_date`)."""
    if isinstance(value, str):
        text = clean_text(value)
        unsure = _UNCERTAIN.fullmatch(text)
        if unsure:
            inner = _plain_date(unsure.group("a") or unsure.group("b"))
            if inner.precision is DatePrecision.EXACT:
                return PartialDate(inner.value, DatePrecision.APPROXIMATE), None
            return inner, msg("is marked uncertain; kept as {date}, as the case file marks only "
                              "a day approximate, and the cell in the captive's notes",
                              date=inner.iso())
    return _plain_date(value), None


def _plain_date(value: object) -> PartialDate:
    if isinstance(value, PartialDate):  # a date cell shown as a month or a year
        return value
    if isinstance(value, date):
        shown = value.date() if isinstance(value, datetime) else value
        if shown < _FIRST_TRUE_DAY:
            raise CellError(msg("is a spreadsheet date before 1 March 1900, which spreadsheet "
                                "programs count one day off (their 29.02.1900 never was): a "
                                "small number in a date cell? Type the date"))
        return PartialDate(shown)
    if isinstance(value, bool):
        raise CellError(msg("is not a date"))
    if isinstance(value, int | float):
        return _from_number(value)
    text = clean_text(value)
    if not text:
        raise CellError(msg("is empty"))
    timed = _DATE_TIME.fullmatch(text)
    if timed:  # "1990-05-17 00:00:00", "17.05.1990 10:30", as programs write a date
        if timed.group("zone"):
            raise CellError(msg("has a time zone, so which day it is depends on where: write "
                                "the day itself (17.05.2024)"))
        day = _plain_date(timed.group("day"))
        if day.precision is DatePrecision.EXACT:
            return day
    # "17.05.1990", "17.05.1990 г.", "17.05.1990 года", "1990 թ.", "13.12.2020." (a full stop)
    numeric = re.fullmatch(r"(\d{1,4})\s*([./\-])\s*(\d{1,4})(?:\s*\2\s*(\d{1,4}))?"
                           r"(?:\s*(?:г\.?\s*р|года?|г|թվական\w*|թ))?\.?", text.casefold())
    if numeric:
        return _from_numbers(numeric.group(1), numeric.group(3), numeric.group(4),
                             dots=numeric.group(2) == ".")
    if plain_number(text):
        return _from_number(float(text))
    return _from_words(text)


# A day and a time of that day, with or without a time zone ("2024-05-17T10:30:00+04:00").
_DATE_TIME = re.compile(r"(?P<day>[\d./\-]+?)(?:T|\s+)\d{1,2}:\d{2}(?::\d{2}(?:[.,]\d+)?)?"
                        r"\s*(?P<zone>Z|UTC|GMT|[+-]\d{2}:?\d{2})?", re.IGNORECASE)


def plain_number(value: object) -> bool:
    """Whether a cell is a plain number: a number cell (not a date cell), or digits typed as
    text ("45429", "45429.0")."""
    if isinstance(value, bool):
        return False
    if isinstance(value, int | float):
        return True
    return isinstance(value, str) and re.fullmatch(r"\s*\d+(\.0+)?\s*", value) is not None


def _from_number(number: float) -> PartialDate:
    if not float(number).is_integer():
        raise CellError(msg("is a number with a fraction, not a date"))
    n = int(number)
    if 1000 <= n <= 9999:
        return PartialDate(date(n, 1, 1), DatePrecision.YEAR)
    if SERIAL_RANGE[0] <= n <= SERIAL_RANGE[1]:
        return PartialDate(_EXCEL_EPOCH + timedelta(days=n))
    raise CellError(msg("is a number that is neither a year nor a spreadsheet date"))


def _make(year: int, month: int = 1, day: int = 1, precision: DatePrecision = DatePrecision.EXACT
          ) -> PartialDate:
    if not 1000 <= year <= 9999:
        raise CellError(msg("has a year that is not four digits"))
    try:
        return PartialDate(date(year, month, day), precision)
    except ValueError:
        raise CellError(msg("is not a day of the calendar")) from None


def _from_numbers(a: str, b: str, c: str | None, *, dots: bool = False) -> PartialDate:
    if c is None:  # two parts: 05.2024 or 2024-05
        if len(a) == 4 and len(b) == 4:  # 1987-1988: born in one of two years
            raise CellError(msg("is a span of two years, not a date: write the year known "
                                "(1990), and the span in the notes"))
        if len(a) == 4:
            year, month = int(a), int(b)
        elif len(b) == 4:
            year, month = int(b), int(a)
        else:
            raise CellError(msg("has a year that is not four digits"))
        if not 1 <= month <= 12:
            raise CellError(msg("has a month that is not 1 to 12"))
        return _make(year, month, precision=DatePrecision.MONTH)
    if len(a) == 4:  # 2024-05-17
        _not_zero(int(c), int(b), int(a))
        return _make(int(a), int(b), int(c))
    if len(c) != 4:
        raise CellError(msg("has a year that is not four digits (write 17.05.2024)"))
    first, second, year = int(a), int(b), int(c)
    _not_zero(first, second, year)
    if first == 0:  # 00.05.1990, 00.00.1990: the day (and the month) not known, as registers write
        if second == 0:
            return _make(year, precision=DatePrecision.YEAR)
        if second > 12:
            raise CellError(msg("has a month that is not 1 to 12"))
        return _make(year, second, precision=DatePrecision.MONTH)
    if second > 12 and first <= 12:  # 05/17/2024 can only be month first
        if dots:  # no one writes a date month first with dots: 12.13.1987 is a slip
            raise CellError(msg("has a month that is not 1 to 12, and a date written with dots "
                                "is day first (17.05.2024): write the day meant"))
        first, second = second, first
    return _make(year, second, first)


# How spreadsheet programs show a date cell holding 0, an empty date a formula or a program
# left (Excel 00.01.1900, LibreOffice 30.12.1899, others 31.12.1899): saved as a CSV, it was
# read as January 1900 or a day of 1899, a captive born or captured then.
_ZERO_DATES = frozenset({(0, 1, 1900), (30, 12, 1899), (31, 12, 1899)})


def _not_zero(day: int, month: int, year: int) -> None:
    if (day, month, year) in _ZERO_DATES:
        raise CellError(msg("is how a spreadsheet shows a date cell holding 0, not a date: "
                            "leave the cell empty if the date is not known"))


def _from_words(text: str) -> PartialDate:
    spaced = re.sub(r"(?<=\d)(?=[^\W\d])|(?<=[^\W\d])(?=\d)", " ", normalise(text))  # 2024թ
    words = [w for w in spaced.split() if w not in _FILLER and w not in ("th", "st", "nd", "rd")]
    month = [MONTHS[w] for w in words if w in MONTHS]
    numbers = [w for w in words if w.isdigit()]
    rest = [w for w in words if w not in MONTHS and not w.isdigit()]
    if not month and len(rest) == 1 and rest[0] in _ROMAN_MONTHS:  # 13.XII.2020
        month, rest = [_ROMAN_MONTHS[rest[0]]], []
    if not rest and not month and len(numbers) == 1 and len(numbers[0]) == 4:
        return _make(int(numbers[0]), precision=DatePrecision.YEAR)  # 1990 г.
    if rest or len(month) != 1 or not 1 <= len(numbers) <= 2:
        raise CellError(msg("is not a date (write 17.05.2024, 05.2024, 2024 or “May 2024”)"))
    years = [n for n in numbers if len(n) == 4]
    days = [n for n in numbers if len(n) <= 2]
    if len(years) != 1 or len(days) != len(numbers) - 1:
        raise CellError(msg("has no four-digit year"))
    if days:
        return _make(int(years[0]), month[0], int(days[0]))
    return _make(int(years[0]), month[0], precision=DatePrecision.MONTH)


def only_month_or_year(value: object) -> PartialDate | None:
    """``value`` read as a month or a year alone (06.2026, 2026-06, июнь 2026, 2026), else
    None: where only a day is taken (a status's date), what says to give the first day known
    rather than that it is no date at all."""
    try:
        known = parse_partial_date(value)
    except (CellError, ValueError):
        return None
    return known if known.precision in (DatePrecision.MONTH, DatePrecision.YEAR) else None


def first_day_wanted(known: PartialDate) -> Message:
    """The end of a sentence whose subject is a cell giving only ``known`` (a month or a
    year) where a day is wanted."""
    day = known.value.strftime("%d.%m.%Y")
    if known.precision is DatePrecision.MONTH:
        return msg("gives only a month: a day is needed here; give the first day known, such "
                   "as {day}", day=day)
    return msg("gives only a year: a day is needed here; give the first day known, such as "
               "{day}", day=day)
