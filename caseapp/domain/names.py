"""Names across scripts: detecting the script and folding spellings to one search key.

A captive's family name may be stored as ``Վարդանյան`` and searched as ``Варданян``,
``Vardanyan`` or ``Vardanian``. Each word is transliterated to ASCII with ``anyascii``
(a maintained library covering Armenian, Cyrillic and Azerbaijani Latin) and then
folded by a few rules that erase the usual differences between English, French,
Russian-derived and Armenian romanisations. Both stored text and queries go through
:func:`search_keys`, so whatever the spelling on either side, the keys meet.

The keys are stored in case files: a change to the folding needs an Alembic revision
that calls ``caseapp.db.search.rebuild`` so that existing files are indexed again.
"""

from __future__ import annotations

import re
from functools import lru_cache
import unicodedata

from anyascii import anyascii

from caseapp.domain.enums import Script

# Letters anyascii romanises differently from how names are spelt in practice.
_PRE_MAP = str.maketrans({"Ə": "A", "ə": "a"})  # Azerbaijani schwa: Əliyev → Aliyev

# Armenian ու is one sound, /u/; letter by letter it would read "ow".
_ARMENIAN_DIGRAPHS = (("ու", "u"), ("Ու", "U"), ("ՈՒ", "U"))

# Applied in order to the lower-case ASCII form of one word.
_FOLD_RULES: tuple[tuple[str, str], ...] = (
    ("tch", "ch"),  # French: Tchakhalian
    ("dzh", "j"),  # Russian-derived: Dzhivan
    ("dj", "j"),  # French: Djivan
    ("kh", "x"),
    ("gh", "g"),
    ("tz", "c"),
    ("ts", "c"),
    ("ch", "c"),
    ("sh", "s"),
    ("zh", "z"),
    ("ou", "u"),  # French: Ghougassian
    ("w", "v"),  # Western Armenian: Geworgyan
    ("y", "i"),  # Vardanyan / Vardanian, Aliyev / Aliev
)

_WORD = re.compile(r"[^\W_]+", re.UNICODE)


def ascii_fold(text: str) -> str:
    """Lower-case ASCII form: diacritics and scripts removed, punctuation kept."""
    text = unicodedata.normalize("NFC", text).translate(_PRE_MAP)
    for armenian, latin in _ARMENIAN_DIGRAPHS:
        text = text.replace(armenian, latin)
    return anyascii(text).lower()


@lru_cache(maxsize=100_000)  # names repeat: the same surnames fill a case file
def fold_word(word: str) -> str:
    """The search key of one word."""
    key = re.sub(r"[^a-z0-9]", "", ascii_fold(word))
    for old, new in _FOLD_RULES:
        key = key.replace(old, new)
    # A word-initial Ye (Yeghiazaryan, Yerevan) is written Е / Ե, which romanise as "E".
    if key.startswith("ie"):
        key = key[1:]
    # Doubled letters carry no meaning across romanisations (Aliiev, Mkrttchian).
    return re.sub(r"([a-z])\1+", r"\1", key)  # letters only: 1990 stays 1990


def search_keys(text: str) -> list[str]:
    """Search keys of every word of ``text``, in order, without empty ones."""
    keys: list[str] = []
    for word in _WORD.findall(text or ""):
        key = fold_word(word)
        if key:
            keys.append(key)
    return keys


def detect_script(text: str) -> Script:
    """The script most letters of ``text`` are written in."""
    counts = {Script.ARMENIAN: 0, Script.CYRILLIC: 0, Script.LATIN: 0}
    for ch in text:
        if not ch.isalpha():
            continue
        name = unicodedata.name(ch, "")
        if name.startswith("ARMENIAN"):
            counts[Script.ARMENIAN] += 1
        elif name.startswith("CYRILLIC"):
            counts[Script.CYRILLIC] += 1
        elif name.startswith("LATIN"):
            counts[Script.LATIN] += 1
    best = max(counts, key=counts.__getitem__)
    return best if counts[best] else Script.OTHER
