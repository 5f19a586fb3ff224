"""The words of a header that say it is about a date or about a place ("Дата", "Место",
"Capture place", "Գերեվարում: Վայր"), and what they make of the field a header names (pure:
no file, no database). Matched against a header's words after
:func:`caseapp.domain.sheet_values.normalise` (small letters, no punctuation)."""

from __future__ import annotations

import re

DATE_WORD = re.compile(r"дата|даты|год|когда|date|dates|year|when|ամսաթիվ|ամսաթվ\w*|տարեթիվ|"
                       r"թիվ|երբ|tarix\w*|il[iı]?|n[əe] vaxt")
PLACE_WORD = re.compile(r"place|location|where|место|местонахождени\w*|где|վայր\w*|որտեղ|"
                        r"yer\w*|harada|lieu")
_DETENTION = re.compile(r"detention|содержани\w*|պահ\w*")
# The place of the event a date field is the date of.
PLACE_OF = {"birth": "birth_place", "capture": "capture_place"}


def _has(rx: re.Pattern[str], text: str) -> bool:
    return any(rx.fullmatch(w) for w in text.split())


def names_a_date(text: str) -> bool:
    """Whether a normalised header has a word of a date ("Дата и место рождения")."""
    return _has(DATE_WORD, text)


def place_meant(field: str, text: str) -> str:
    """The field a normalised header names, found to be ``field`` by its words: the place of
    a birth or a capture when the header names a place and no date ("Capture place",
    "Arrest location", "Где задержан": not the date of capture, which made every place in
    the column an error), the place of detention for "Detention place"."""
    if field not in PLACE_OF or not _has(PLACE_WORD, text) or _has(DATE_WORD, text):
        return field
    if field == "capture" and _has(_DETENTION, text):
        return "place"
    return PLACE_OF[field]


def bare_date_or_place(text: str) -> bool:
    """Whether a normalised header is a date's or a place's word alone ("Дата", "Place",
    "Ամսաթիվ"): under a group label ("Задержание" merged over "Дата | Место"), it is that
    event's date or place."""
    return bool(text) and (DATE_WORD.fullmatch(text) is not None
                           or PLACE_WORD.fullmatch(text) is not None)
