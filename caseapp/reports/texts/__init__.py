"""Every string that CaseApp prints *into* a document, in one catalogue per language.

The dossier, the status report and the letters' labels take their headings, labels, status
names and sentences from here (``en``, ``hy``, ``ru``, ``fr``: one module each; English is the source,
and a key missing from another language falls back to it). Dates and numbers come from CLDR
through Babel (:mod:`caseapp.domain.cldr`). The legal terms are those of
docs/glossary.md.

To add a language: a module with ``TEXTS`` and ``LABELS`` translating every key of
:mod:`~caseapp.reports.texts.en`, its CLDR locale in ``caseapp.domain.cldr.LOCALES``, and an entry in
:data:`CATALOGUES`; the tests in tests/reports/test_texts.py then say what is missing.
"""

from __future__ import annotations

from datetime import date
from enum import Enum

from caseapp.domain.cldr import (
    NBSP,
    format_date,
    format_date_short,
    format_datetime,
    format_month_year,
    format_month_year_from,
    format_month_year_short,
    format_number,
    format_year,
    language_name,
    plural_form,
)
from caseapp.domain.dates import PartialDate
from caseapp.domain.enums import DatePrecision
from caseapp.reports.texts import en, fr, hy, ru
from caseapp.reports.texts.kinds import Entry

CATALOGUES = {"en": en, "hy": hy, "ru": ru, "fr": fr}
DOCUMENT_LANGUAGES = tuple(CATALOGUES)  # the languages a dossier or a report can be printed in
TEXTS: dict[str, dict[str, Entry]] = {lang: m.TEXTS for lang, m in CATALOGUES.items()}
LABELS: dict[str, dict[str, str]] = {lang: m.LABELS for lang, m in CATALOGUES.items()}
# A status said of a woman, in a language where it agrees with her (see ru.FEMININE).
FEMININE: dict[str, dict[str, str]] = {lang: getattr(m, "FEMININE", {})
                                       for lang, m in CATALOGUES.items()}
# A sentence or label about the captive said of a woman, in a language where it agrees with
# her (see ru.OF_A_WOMAN: «Взята в плен»).
OF_A_WOMAN: dict[str, dict[str, Entry]] = {lang: getattr(m, "OF_A_WOMAN", {})
                                           for lang, m in CATALOGUES.items()}

__all__ = [
    "DOCUMENT_LANGUAGES", "LABELS", "NBSP", "TEXTS", "check_language", "format_date",
    "format_date_short", "format_datetime", "format_month_year", "format_number",
    "format_partial", "format_partial_short", "format_year", "label", "language_name",
    "status_label", "t", "t_of", "tn",
]


def check_language(lang: str) -> str:
    """``lang`` if documents can be printed in it, else :class:`ValueError` naming the choice."""
    if lang not in CATALOGUES:
        raise ValueError(f"Documents cannot be printed in “{lang}”: choose one of "
                         + ", ".join(DOCUMENT_LANGUAGES) + ".")
    return lang


def _entry(key: str, lang: str) -> Entry:
    return TEXTS.get(lang, {}).get(key) or TEXTS["en"][key]


def t(key: str, lang: str = "en", **values: object) -> str:
    """The document string ``key`` in ``lang`` (English if missing), formatted with ``values``."""
    entry = _entry(key, lang)
    if isinstance(entry, dict):  # a sentence about a count, asked for without one
        entry = entry["other"]
    return entry.format(**values) if values else entry


def _female(sex: Enum | str | None) -> bool:
    return sex is not None and str(getattr(sex, "value", sex)) == "female"


def t_of(key: str, lang: str, sex: Enum | str | None, **values: object) -> str:
    """The document string ``key`` said of the captive, who is of ``sex`` (None when the
    level withholds it): a woman's own form where the language makes it agree with her
    (Russian «Взята в плен»), else :func:`t`."""
    entry = OF_A_WOMAN.get(lang, {}).get(key) if _female(sex) else None
    if entry is None:
        return t(key, lang, **values)
    if isinstance(entry, dict):
        entry = entry["other"]
    return entry.format(**values) if values else entry


def tn(key: str, count: int, lang: str = "en", **values: object) -> str:
    """The sentence ``key`` about ``count`` things, in the plural form ``lang`` uses for that
    number ("1 день", "2 дня", "5 дней", "21 день"); ``{count}`` is written with the
    language's digit grouping."""
    entry = _entry(key, lang)
    if isinstance(entry, dict):
        entry = entry.get(plural_form(count, lang)) or entry["other"]
    return entry.format(count=format_number(count, lang), **values)


def format_partial(value: PartialDate | None, lang: str = "en", *, since: bool = False) -> str:
    """A date known to a precision: "March 1979", "1961", "about 14 March 1979"; ``since``:
    as it follows "since" ("с марта 1979 г." in Russian)."""
    if value is None:
        return ""
    v = value.value
    if value.precision is DatePrecision.YEAR:
        return format_year(v, lang)
    if value.precision is DatePrecision.MONTH:
        return format_month_year_from(v, lang) if since else format_month_year(v, lang)
    text = format_date(v, lang)
    if since and lang in _DAY_AFTER_SINCE:  # French: « depuis le 5 mai 2024 (environ) »
        article, about = _DAY_AFTER_SINCE[lang]
        return f"{article}{text}{about if value.precision is DatePrecision.APPROXIMATE else ''}"
    if value.precision is DatePrecision.APPROXIMATE:
        return f"{t('about', lang)} {text}"
    return text


# A day after "since" where the language puts an article before it and says "about" after it
# (French: « depuis le 14 mars 1979 environ », but « depuis mars 1979 »).
_DAY_AFTER_SINCE = {"fr": ("le ", " environ")}


def format_partial_short(value: PartialDate | date | None, lang: str = "en") -> str:
    """A date known to a precision, in a table column: "05.2024" (ru, hy) or "May 2024" for a
    month, "2024" for a year, "about 14.03.1979"; a plain date as :func:`format_date_short`."""
    if not isinstance(value, PartialDate):
        return format_date_short(value, lang)
    v = value.value
    if value.precision is DatePrecision.YEAR:
        return format_year(v, lang)
    if value.precision is DatePrecision.MONTH:
        return format_month_year_short(v, lang)
    text = format_date_short(v, lang)
    if value.precision is DatePrecision.APPROXIMATE:
        return f"{t('about', lang)} {text}"
    return text


def status_label(status: Enum | str | None, lang: str, sex: Enum | str | None) -> str:
    """A captive's status as said of them: the feminine form for a woman where the language
    makes it agree (Russian), else :func:`label`."""
    if status is not None and _female(sex):
        key = status.value if isinstance(status, Enum) else str(status)
        feminine = FEMININE.get(lang, {}).get(key)
        if feminine:
            return feminine
    return label(status, lang)


def label(value: Enum | str | None, lang: str = "en") -> str:
    """How a stored value (an enum member or its value) reads in a document."""
    if value is None:
        return t("withheld", lang)
    key = value.value if isinstance(value, Enum) else str(value)
    return (LABELS.get(lang, {}).get(key) or LABELS["en"].get(key)
            or key.replace("_", " ").capitalize())


def nothing_line(level: Enum, lang: str = "en") -> str:
    """What an empty section says: below the internal level that nothing is shown at it (more
    may be recorded above); at the internal level, where nothing is left out, that nothing is
    recorded."""
    return t("nothing_recorded" if level.value == "internal" else "nothing", lang)


def level_line(level: Enum, lang: str = "en") -> str:
    """The line that heads (or foots) every printed page of an output made at ``level``."""
    return t("level_line", lang, level=label(level, lang).upper(),
             meaning=t(f"level_{level.value}", lang))
