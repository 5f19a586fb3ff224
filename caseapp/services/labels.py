"""Words the services' messages use, in the user's language: a level's name, a stored value
as the documents name it, a hearing as its audit entries name it, why two records may be one
person. A field's and a record kind's names are in :mod:`caseapp.domain.field_labels`.
"""

from __future__ import annotations

from datetime import date
from typing import Any
from zoneinfo import ZoneInfo

from caseapp.domain.cldr import format_date
from caseapp.domain.enums import Sensitivity
from caseapp.domain.field_labels import LEVEL_NAMES
from caseapp.domain.messages import Message, Translated, msg
from caseapp.reports.texts import DOCUMENT_LANGUAGES, label, status_label, t


def level_label(level: Sensitivity | str) -> Message:
    """A sensitivity level's name ("internal", "shareable", "public") in the user's language."""
    return LEVEL_NAMES[Sensitivity(level)]


def document_text(key: str) -> Translated:
    """A word of the documents' catalogue (a dossier section's title …) in every language, for
    a message that names it in the user's language."""
    return Translated(tuple((lang, t(key, lang)) for lang in DOCUMENT_LANGUAGES))


def value_label(value: object) -> Translated:
    """A stored value (a hearing's kind, a status …) as the documents name it, in every
    language."""
    return Translated(tuple((lang, label(value, lang)) for lang in DOCUMENT_LANGUAGES))  # type: ignore[arg-type]


def status_of(status: object, sex: object) -> Translated:
    """A captive's status said of them (a woman's in the feminine where the language makes
    it agree: :func:`caseapp.reports.texts.status_label`), in every language."""
    return Translated(tuple((lang, status_label(status, lang, sex))  # type: ignore[arg-type]
                            for lang in DOCUMENT_LANGUAGES))


# Languages whose status, inside a sentence, is written in lower case, as the glossary gives
# it («կարգավիճակ՝ հայրենադարձված (… -ից)», «статус: осуждён с …»); English keeps its
# label's capital (the window's caseapp.ui.labels.status_in_sentence says it the same way).
_LOWER_IN_A_SENTENCE = frozenset({"hy", "ru"})


def status_in_a_sentence(status: object, sex: object) -> Translated:
    """:func:`status_of` said inside a sentence: in Armenian and Russian in lower case."""
    return Translated(tuple((lang, text[:1].lower() + text[1:] if lang in _LOWER_IN_A_SENTENCE
                             else text) for lang, text in status_of(status, sex).texts))


def long_date(day: date) -> Translated:
    """``day`` written out as each language writes a date in a sentence (1 December 2026,
    1 декабря 2026 г., 2026 թ. դեկտեմբերի 1)."""
    return Translated(tuple((lang, format_date(day, lang)) for lang in DOCUMENT_LANGUAGES))


# Why two records may be one person (caseapp.domain.sheet_match): kept as these keys (the
# JSON output gives them so), shown in the user's language.
MATCH_REASONS: dict[str, Message] = {
    "same name": msg("same name"),
    "similar name": msg("similar name"),
    "same birth date": msg("same birth date"),
    "birth dates agree as far as both are known":
        msg("birth dates agree as far as both are known"),
    "different birth dates": msg("different birth dates"),
    "same capture date": msg("same capture date"),
    "capture dates agree as far as both are known":
        msg("capture dates agree as far as both are known"),
    "different capture dates": msg("different capture dates"),
}


def match_reasons(reasons: tuple[str, ...] | list[str], separator: str = ", ") -> str:
    """The reasons of a likely duplicate in the user's language, joined."""
    return separator.join(str(MATCH_REASONS.get(r, r)) for r in reasons)


def hearing_summary(hearing: Any) -> Message:
    """A hearing as its audit entries name it: its day where it sits, and its kind."""
    starts = hearing.starts_at
    local = starts.astimezone(ZoneInfo(hearing.timezone)) if hearing.timezone else starts
    return msg("Hearing of {day}: {kind}", day=local.date(), kind=value_label(hearing.kind))
