"""Reading the values of a spreadsheet's cells: dates with their precision, statuses,
categories and sex written as words in English, Russian or Armenian, and names.

Pure functions: each takes what a cell held (text, a number, a date) and returns the app's
value or raises :class:`CellError` with a reason a lawyer can act on.
"""

from __future__ import annotations

import re
import unicodedata
from datetime import date, datetime, timedelta
from enum import StrEnum
from typing import TypeVar

from caseapp.domain.clean_text import INVISIBLE
from caseapp.domain.dates import PartialDate
from caseapp.domain.enums import CaptiveCategory, CaptiveStatus, DatePrecision, NameKind, Sex
from caseapp.domain.messages import Message, msg


class CellError(ValueError):
    """A cell's value cannot be read: ``args[0]`` is the reason, a message finishing a
    sentence whose subject is the cell ("is not a date"); ``str(error)`` shows it."""


def normalise(text: str) -> str:
    """Case-folded, NFC, ё as е, punctuation as spaces, spaces collapsed."""
    text = unicodedata.normalize("NFC", text).casefold().replace("ё", "е")
    text = re.sub(r"[^\w]+", " ", text, flags=re.UNICODE)
    return " ".join(text.split())


# ---- hostile text ---------------------------------------------------------------------------

# A cell a spreadsheet program may take as a formula begins with one of these (a tab or a
# carriage return before one too); the export quotes every such cell with an apostrophe, and
# an apostrophe beginning a cell too, so that the importer, taking one apostrophe off, reads
# back exactly what was written.
FORMULA_START = frozenset("=+-@\t\r")
_QUOTE_BEFORE = FORMULA_START | {"'"}
# What makes a cell beginning with + - or @ run as a formula: a call, a link to another
# program (DDE's "|"), a sheet reference ("!"), a join ("&"), a comparison. "-5 years" and a
# phone number "+374 91 000001" have none.
_FORMULA_BODY = re.compile(r"[=(|!&\"]")
# Control characters, and the invisible ones (a zero-width space, a soft hyphen: pasted from
# a web page, they make a date unreadable and a name differ from its look-alike).
_CONTROL = re.compile(f"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f{INVISIBLE}]")
# What a spreadsheet program shows, and saves as the value, of a formula that fails.
FORMULA_ERROR = re.compile(r"#(NULL!|DIV/0!|VALUE!|REF!|NAME\?|NUM!|N/A|GETTING_DATA|SPILL!|"
                           r"CALC!|FIELD!|BLOCKED!|CONNECT!|BUSY!|UNKNOWN!|ССЫЛКА!|ЗНАЧ!|ДЕЛ/0!|"
                           r"ИМЯ\?|ЧИСЛО!|Н/Д|ПУСТО!)", re.IGNORECASE)


def looks_like_formula(text: str) -> bool:
    """Whether a spreadsheet would run ``text`` as a formula ("=1+1", "+cmd|' /C calc'!A0",
    "-2+3+cmd|' /C calc'!A0", "@SUM(1)")."""
    text = text.lstrip()
    if text[:1] == "=":
        return True
    return text[:1] in ("+", "-", "@") and _FORMULA_BODY.search(text) is not None


def quoted_for_sheet(text: str) -> str:
    """``text`` as a spreadsheet cell that is never run as a formula: with a leading
    apostrophe when it begins with = + - @, a tab, a carriage return (or spaces before one)
    or an apostrophe; :func:`clean_text` takes it off again."""
    first = text[:1]
    if first in _QUOTE_BEFORE or text.lstrip()[:1] in FORMULA_START:
        return "'" + text
    return text


def clean_text(value: object) -> str:
    """A cell as text: stripped, control characters removed; a formula is refused (CaseApp
    never runs one, and a stored one could run when the data is opened in a spreadsheet)
    unless quoted as text by a leading apostrophe ("'=x" reads as "=x", "''x" as "'x")."""
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    text = _CONTROL.sub("", str(value)).strip()
    if text.startswith("'") and (text[1:2] in _QUOTE_BEFORE
                                 or text[1:].lstrip()[:1] in FORMULA_START):
        return text[1:]  # quoted as text (a spreadsheet's own way, and caseapp export-sheet's)
    if looks_like_formula(text):
        raise CellError(msg("looks like a spreadsheet formula, not a value; type the value itself"))
    if FORMULA_ERROR.fullmatch(text):
        raise CellError(msg("is what a formula of the spreadsheet gives when it fails: correct "
                            "the formula there, or type the value"))
    return text


# A cell saying that nothing is known: punctuation alone ("?", "—", "-"), or a word for it
# ("н/д", "n/a", "нет данных", "неизвестно", "անհայտ"). Read as an empty cell, never as a
# name, a place or a date that cannot be read.
_UNKNOWN = re.compile(r"_*|н д|нд|n a|na|нет|нет данных|нет сведений|не известн\w*|неизвестн\w*|"
                      r"неизв|не указан\w*|unknown|not known|none|չկա|տվյալ(ներ)? չկա|անհայտ|"
                      r"հայտնի չէ")


_UNKNOWN_FIRST = frozenset("нnuչտհա")  # the first letters of those words
_UNKNOWN_LONGEST = 16


# A date of zeros ("00.00.0000", "0000-00-00"), as registers and exports write an unknown date.
_ZERO_DATE = re.compile(r"0{1,4}([./-])0{1,2}\1(0{2}|0{4})")


def says_unknown(value: object) -> bool:
    """Whether a cell says that nothing is known ("н/д", "?", "—", "unknown", a date of
    zeros). (Every cell is asked: most are told apart by their length or first letter.)"""
    if not isinstance(value, str):
        return False
    text = value.strip()
    if not text or len(text) > _UNKNOWN_LONGEST:
        return False
    if text[0] == "0" and _ZERO_DATE.fullmatch(text):
        return True
    first = next((ch for ch in text if ch.isalnum()), "")
    if first and first.casefold() not in _UNKNOWN_FIRST:
        return False
    return not FORMULA_ERROR.fullmatch(text) and bool(_UNKNOWN.fullmatch(normalise(text)))


# ---- tags ----------------------------------------------------------------------------------

def split_tags(value: object) -> list[str]:
    """The tags of a cell: separated by commas or semicolons; a tag holding either is written
    in double quotes ("a, b"), a quote inside doubled, as :func:`joined_tags` writes them.
    Each tag is read as :func:`clean_text` reads a cell (a formula is refused)."""
    text = _CONTROL.sub("", "" if value is None else str(value)).strip()
    tags: list[str] = []
    i, n = 0, len(text)
    while i < n:
        while i < n and text[i] == " ":
            i += 1
        if i < n and text[i] == '"':
            end = i + 1
            while True:
                end = text.find('"', end)
                if end < 0 or text[end + 1:end + 2] != '"':
                    break
                end += 2
            if end < 0:
                raise CellError(msg("has a tag whose opening quote is not closed"))
            tag = text[i + 1:end].replace('""', '"')
            rest = text.find(",", end), text.find(";", end)
            stops = [r for r in rest if r >= 0]
            i = min(stops) + 1 if stops else n
        else:
            stops = [r for r in (text.find(",", i), text.find(";", i)) if r >= 0]
            stop = min(stops) if stops else n
            tag, i = text[i:stop], stop + 1
        tag = clean_text(tag)
        if tag:
            tags.append(tag)
    return tags


def joined_tags(tags: tuple[str, ...] | list[str]) -> str:
    """Tags as one cell that :func:`split_tags` reads back unchanged, never a formula."""
    out = []
    for tag in tags:
        cell = quoted_for_sheet(tag)
        if any(ch in cell for ch in ',;"') or cell != cell.strip():
            cell = '"' + cell.replace('"', '""') + '"'
        out.append(cell)
    return ", ".join(out)


# ---- dates ---------------------------------------------------------------------------------

# Month names and their usual abbreviations; Russian and Armenian in the nominative and the
# genitive ("17 мая 2024", "մայիսի 17"). Matched on the whole word, after normalise().
_MONTH_WORDS: dict[int, tuple[str, ...]] = {
    1: ("january", "jan", "январь", "января", "янв", "հունվար", "հունվարի"),
    2: ("february", "feb", "февраль", "февраля", "фев", "февр", "փետրվար", "փետրվարի"),
    3: ("march", "mar", "март", "марта", "мар", "մարտ", "մարտի"),
    4: ("april", "apr", "апрель", "апреля", "апр", "ապրիլ", "ապրիլի"),
    5: ("may", "май", "мая", "մայիս", "մայիսի"),
    6: ("june", "jun", "июнь", "июня", "июн", "հունիս", "հունիսի"),
    7: ("july", "jul", "июль", "июля", "июл", "հուլիս", "հուլիսի"),
    8: ("august", "aug", "август", "августа", "авг", "օգոստոս", "օգոստոսի"),
    9: ("september", "sep", "sept", "сентябрь", "сентября", "сен", "сент", "սեպտեմբեր",
        "սեպտեմբերի"),
    10: ("october", "oct", "октябрь", "октября", "окт", "հոկտեմբեր", "հոկտեմբերի"),
    11: ("november", "nov", "ноябрь", "ноября", "ноя", "нояб", "նոյեմբեր", "նոյեմբերի"),
    12: ("december", "dec", "декабрь", "декабря", "дек", "դեկտեմբեր", "դեկտեմբերի"),
}
MONTHS: dict[str, int] = {w: m for m, words in _MONTH_WORDS.items() for w in words}

# Words around a date that say nothing about it: "2024 г.", "1990 г.р." (year of birth),
# "2024թ.", "17-ին", "year".
_FILLER = {"г", "года", "год", "гг", "р", "թ", "թվական", "թվականի", "ին", "year", "the", "of"}

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
    case file marks only a day approximate)."""
    if isinstance(value, str):
        text = clean_text(value)
        unsure = _UNCERTAIN.fullmatch(text)
        if unsure:
            inner = _plain_date(unsure.group("a") or unsure.group("b"))
            if inner.precision is DatePrecision.EXACT:
                return PartialDate(inner.value, DatePrecision.APPROXIMATE), None
            return inner, msg("is marked uncertain; kept as {date}, as the case file marks only "
                              "a day approximate", date=inner.iso())
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
    numeric = re.fullmatch(r"(\d{1,4})\s*([./\-])\s*(\d{1,4})(?:\s*\2\s*(\d{1,4}))?(?:\s*(?:г\.?\s*р|г|թ)\.?)?",
                           text.casefold())
    if numeric:
        return _from_numbers(numeric.group(1), numeric.group(3), numeric.group(4))
    if re.fullmatch(r"\d+(\.0+)?", text):
        return _from_number(float(text))
    return _from_words(text)


# A day and a time of that day, with or without a time zone ("2024-05-17T10:30:00+04:00").
_DATE_TIME = re.compile(r"(?P<day>[\d./\-]+?)(?:T|\s+)\d{1,2}:\d{2}(?::\d{2}(?:[.,]\d+)?)?"
                        r"\s*(?P<zone>Z|UTC|GMT|[+-]\d{2}:?\d{2})?", re.IGNORECASE)


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


def _from_numbers(a: str, b: str, c: str | None) -> PartialDate:
    if c is None:  # two parts: 05.2024 or 2024-05
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


# ---- words for the app's values --------------------------------------------------------------

E = TypeVar("E", bound=StrEnum)

# Each pattern is matched against the whole normalised cell. Russian participles take their
# feminine and plural endings (осужден, осуждена, осуждены).
STATUS_WORDS: tuple[tuple[str, CaptiveStatus], ...] = (
    (r"missing|disappeared|whereabouts unknown|unknown whereabouts|пропал\w* без вести|"
     r"без вести пропавш\w*|пропавш\w*|անհետ կորած|անհայտ կորած|անհայտ", CaptiveStatus.MISSING),
    (r"held|captive|in captivity|detained|in custody|prisoner|в плену|плен|пленн\w*|"
     r"удерживает\w*|задержан\w*|под стражей|содерж\w* под стражей|գերության մեջ|գերի|"
     r"գերեվարված|կալանքի տակ|կալանավորված|պահվում է", CaptiveStatus.HELD),
    (r"pre trial|pre trial detention|awaiting trial|under investigation|следствие|"
     r"под следствием|предварительн\w* заключени\w*|в сизо|сизо|նախաքննություն|"
     r"նախնական կալանք",
     CaptiveStatus.PRE_TRIAL),
    (r"on trial|trial|in court|под судом|суд|судебный процесс|идет суд|դատավարություն|"
     r"դատական քննություն|դատարանում", CaptiveStatus.ON_TRIAL),
    (r"convicted|sentenced|осужд[её]н\w*|приговор[её]н\w*|դատապարտված|դատապարտվել է",
     CaptiveStatus.CONVICTED),
    (r"released|freed|free|освобожд[её]н\w*|на свободе|ազատ արձակված|ազատված( է)?|ազատ|"
     r"ազատ (է )?արձակվել( է)?",
     CaptiveStatus.RELEASED),
    (r"repatriated|returned|returned home|репатриирован\w*|возвращ[её]н\w*|вернул\w*|"
     r"վերադարձված|վերադարձել է|հայրենադարձված", CaptiveStatus.REPATRIATED),
    (r"deceased|dead|died|killed|погиб\w*|умер\w*|скончал\w*|мертв\w*|զոհված|մահացած|"
     r"մահացել է", CaptiveStatus.DECEASED),
)
CATEGORY_WORDS: tuple[tuple[str, CaptiveCategory], ...] = (
    (r"civilian|civil|гражданск\w*( лицо)?|мирн\w* жител\w*|քաղաքացիական( անձ)?|"
     r"խաղաղ բնակիչ", CaptiveCategory.CIVILIAN),
    (r"serviceman|servicemen|soldier|military|pow|prisoner of war|военнослужащ\w*|военн\w*|"
     r"военнопленн\w*|солдат|զինծառայող|զինվոր|ռազմագերի", CaptiveCategory.SERVICEMAN),
    (r"former official|official|бывш\w* (чиновник|должностн\w* лиц\w*)|чиновник|"
     r"должностн\w* лиц\w*|նախկին պաշտոնյա|պաշտոնյա", CaptiveCategory.FORMER_OFFICIAL),
    (r"other|другое|иное|прочее|այլ", CaptiveCategory.OTHER),
)
SEX_WORDS: tuple[tuple[str, Sex], ...] = (
    (r"m|male|man|м|муж|мужской|мужчина|ա|արական|տղամարդ", Sex.MALE),
    (r"f|female|woman|ж|жен|женский|женщина|ի|իգական|կին", Sex.FEMALE),
    (r"unknown|неизвестно|անհայտ", Sex.UNKNOWN),
)


def word_member(text: str, enum: type[E], words: tuple[tuple[str, E], ...],
                overrides: dict[str, str] | None = None) -> E | None:
    """The member of ``enum`` a normalised text names as a whole (:func:`parse_word`), or
    None."""
    if overrides and text in overrides:
        return enum(overrides[text])
    for member in enum:
        if text in (member.value, normalise(member.value)):
            return member
    for pattern, member in words:
        if re.fullmatch(pattern, text):
            return member
    return None


def parse_word(value: object, enum: type[E], words: tuple[tuple[str, E], ...],
               overrides: dict[str, str] | None = None) -> E:
    """The member of ``enum`` a cell names: its own value ("held"), a word of ``words``, or
    one the mapping adds (``overrides``: normalised word → value)."""
    text = normalise(clean_text(value))
    if not text:
        raise CellError(msg("is empty"))
    member = word_member(text, enum, words, overrides)
    if member is not None:
        return member
    choices = ", ".join(m.value for m in enum)
    raise CellError(msg("is not a known word for one of: {choices} (add it to the mapping)",
                        choices=choices))


# ---- names ---------------------------------------------------------------------------------

_LANGUAGE = re.compile(r"[a-z]{2,3}(-[A-Za-z0-9]{2,8})*")


def parse_name_details(value: object) -> tuple[tuple[NameKind, str], ...]:
    """The kind and language of each name of a row, in the order of its name columns:
    "native:hy; transliteration; alias:ru" (a kind without a language: none), as
    :func:`joined_name_details` writes them."""
    out = []
    for part in clean_text(value).split(";"):
        kind, _, language = part.strip().partition(":")
        try:
            member = NameKind(kind.strip().casefold())
        except ValueError:
            raise CellError(msg("names “{kind}”, which is not a kind of name ({kinds})",
                                kind=kind.strip(), kinds=", ".join(NameKind))) from None
        language = language.strip()
        if language and not _LANGUAGE.fullmatch(language):
            raise CellError(msg("names “{language}”, which is not a language code (hy, ru, en)",
                                language=language))
        out.append((member, language))
    return tuple(out)


def joined_name_details(names: list[tuple[NameKind | str, str]]) -> str:
    """The kinds and languages of names as one cell :func:`parse_name_details` reads."""
    return "; ".join(f"{NameKind(k).value}:{lang}" if lang else NameKind(k).value
                     for k, lang in names)


def join_name(given: str, patronymic: str, surname: str) -> str:
    """One full name from its parts, in the order the app writes names: given name,
    patronymic, surname ("Արտաշես Գագիկի Մկրտչյան")."""
    return " ".join(p for p in (given.strip(), patronymic.strip(), surname.strip()) if p)


# Latin and Cyrillic letters that look alike: a word typed in one alphabet with a few of the
# other's ("Иванoв" with a Latin o, from a keyboard switched mid-word or a copied register).
_LATIN_LIKE = dict(zip("aceopxyABCEHKMOPTX", "асеорхуАВСЕНКМОРТХ", strict=True))
_CYRILLIC_LIKE = {v: k for k, v in _LATIN_LIKE.items()}


def _alphabet(ch: str) -> str:
    name = unicodedata.name(ch, "")
    return "cyrillic" if name.startswith("CYRILLIC") else "latin" if name.startswith("LATIN") else ""


def lookalikes_fixed(text: str) -> tuple[str, str]:
    """``text`` with each word's letters of the other alphabet that look like its own
    written in its own (a word's alphabet is the one most of its letters are in; a word
    whose other letters are not all lookalikes is left as it is); and the letters changed
    ("o"), empty when none."""
    changed: list[str] = []

    def fixed(word: str) -> str:
        counts = {"cyrillic": 0, "latin": 0}
        for ch in word:
            kind = _alphabet(ch)
            if kind:
                counts[kind] += 1
        if not counts["cyrillic"] or not counts["latin"] or counts["cyrillic"] == counts["latin"]:
            return word
        table = _LATIN_LIKE if counts["cyrillic"] > counts["latin"] else _CYRILLIC_LIKE
        foreign = "latin" if table is _LATIN_LIKE else "cyrillic"
        if any(_alphabet(ch) == foreign and ch not in table for ch in word):
            return word
        changed.extend(ch for ch in word if ch in table)
        return "".join(table.get(ch, ch) for ch in word)

    out = re.sub(r"[^\W\d_]+", lambda m: fixed(m.group(0)), text)
    return out, "".join(dict.fromkeys(changed))


def full_name(text: str) -> str:
    """A full-name cell as a name: "Surname, Given Patronymic" (the comma of registers and
    lists) is turned round to "Given Patronymic Surname"; spaces collapsed."""
    text = " ".join(text.split())
    if text.count(",") == 1:
        surname, given = (p.strip() for p in text.split(","))
        if surname and given:
            return f"{given} {surname}"
    return text
