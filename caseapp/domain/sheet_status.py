"""A status cell that says more than the status: "Осужден на 15 лет", "осуждён (15 л.)",
"Released 12.03.2024", "Ազատ է արձակվել 2024", "в СИЗО с 2023". Its leading words name the
status; the rest is kept for the lawyer to read. Never a guess: a cell whose rest names
another status ("освобожден, затем снова задержан"), or whose leading words name none, is
not read (pure: no file, no database)."""

from __future__ import annotations

import re
import unicodedata

from caseapp.domain.enums import CaptiveStatus
from caseapp.domain.messages import msg
from caseapp.domain.sheet_values import (
    STATUS_WORDS,
    CellError,
    clean_text,
    normalise,
    parse_word,
    word_member,
)

_WORD = re.compile(r"\w+")  # the words normalise() keeps
_MOST_WORDS = 12  # a longer cell is a note, not a status with a remark
_LEADING_PUNCTUATION = " \t,;:.-–—/"


# A word of the list marked uncertain: a question mark (Armenian ՞ too), a leading tilde, or
# words of doubt after it ("освобожден (не подтверждено)", "released - to be confirmed").
_UNSURE = re.compile(r"[?՞]|^\s*~|\b(unconfirmed|not confirmed|to be confirmed|tbc|"
                     r"уточн\w*|не подтвержд\w*|неподтвержд\w*|չհաստատ\w*|ճշտ\w*)\b",
                     re.IGNORECASE)


def refuse_uncertain(value: object, overrides: dict[str, str] | None = None) -> None:
    """Raise :class:`CellError` when a status, a category or a sex is marked uncertain
    ("погиб?", "Released (?)", "м?"): it was read as known, the mark dropped without a
    word, and a man only feared dead was recorded dead. A mapping's own word for the whole
    cell still gives it its meaning."""
    text = clean_text(value)
    if not _UNSURE.search(text):
        return
    if overrides and _as_typed(text) in {_as_typed(k) for k in overrides}:
        return  # (the mark and all: the app's own words have none)
    raise CellError(msg("is marked uncertain: it is recorded only when known; write what is "
                        "known, and the doubt in the notes"))


def _as_typed(text: str) -> str:
    return " ".join(text.casefold().split())


def parse_status(value: object, overrides: dict[str, str] | None = None
                 ) -> tuple[CaptiveStatus, str]:
    """The status a cell names, and the rest of the cell after the leading words naming it
    ("" when the whole cell names it). Raises :class:`CellError` as :func:`parse_word` does
    when no leading words name a status, or the rest names another, and when the cell is
    marked uncertain (:func:`refuse_uncertain`)."""
    refuse_uncertain(value, overrides)
    try:
        return parse_word(value, CaptiveStatus, STATUS_WORDS, overrides), ""
    except CellError as whole:
        text = unicodedata.normalize("NFC", clean_text(value))
        words = list(_WORD.finditer(text))[:_MOST_WORDS]
        for count in range(len(words) - 1, 0, -1):
            lead = normalise(" ".join(w.group() for w in words[:count]))
            member = word_member(lead, CaptiveStatus, STATUS_WORDS, overrides)
            if member is None:
                continue
            rest = text[words[count - 1].end():].lstrip(_LEADING_PUNCTUATION)
            if _names_another(rest, member, overrides):
                raise whole from None
            return member, rest
        raise whole from None


# What became of a dead captive's body ("body returned", "тело передано"): no status of theirs.
_REMAINS = re.compile(r"\b(?:body|remains|тело|останки|աճյունը|մարմինը)\s+\w+(?:\s+է)?",
                      re.IGNORECASE)


def _names_another(text: str, status: CaptiveStatus, overrides: dict[str, str] | None) -> bool:
    """Whether a run of the words of ``text`` names a status other than ``status`` (of a
    deceased captive, not what became of the body)."""
    if status is CaptiveStatus.DECEASED:
        text = _REMAINS.sub(" ", text)
    words = normalise(text).split()[:_MOST_WORDS]
    for i in range(len(words)):
        for j in range(i + 1, len(words) + 1):
            member = word_member(" ".join(words[i:j]), CaptiveStatus, STATUS_WORDS, overrides)
            if member is not None and member is not status:
                return True
    return False
