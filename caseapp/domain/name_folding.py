"""A word folded to its search key (:func:`fold_word`): transliterated to ASCII with
``anyascii`` and folded by the rules that erase the usual differences between the English,
French, Russian-derived and Armenian romanisations; and the folding a sound key is made from
(:func:`sound_fold`, :mod:`caseapp.domain.name_sounds`).
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from anyascii import anyascii

# Letters anyascii romanises differently from how names are spelt in practice.
_PRE_MAP = str.maketrans({
    "Ə": "A", "ə": "a",  # Azerbaijani schwa: Əliyev → Aliyev
    # Azerbaijani and Turkish ç is ch (anyascii: c), so that the folding of tch meets it:
    # Mkrtçyan as Mkrtchyan, Мкртчян.
    "Ç": "Ch", "ç": "ch",
    # Azerbaijani and Turkish ş, and the š of the scholarly romanisations, are sh (anyascii:
    # s), which the keys keep apart from s (Qasımov is not Həşimov / Hashimov).
    "Ş": "Sh", "ş": "sh", "Š": "Sh", "š": "sh",
})


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
    # sh is kept apart from s (as "W", then "w", which no other folded word holds: w is read
    # as v): Cyrillic ш, Armenian շ, Azerbaijani ş and sh are never written с, ս or s by any
    # convention, and two names a sibilant apart are two people (Шушанян is not Сусанна,
    # Qasımov not Hashimov). A Latin s typed last may be the beginning of an sh: see
    # caseapp.domain.names.name_terms.
    ("sh", "W"),
    ("zh", "z"),
    ("ou", "u"),  # French: Ghougassian
    ("w", "v"),  # Western Armenian: Geworgyan
    ("y", "i"),  # Vardanyan / Vardanian, Aliyev / Aliev
)


_SOFT_U = re.compile(r"([b-df-hj-np-tv-zW])iu")


# The particles of an Azerbaijani patronymic ("Əli oğlu", "Tofiq qızı": son, daughter of)
# as the Russian convention and the press write them: Али оглы, Тофик кызы, Tofig gizi.
_PARTICLES = {"ogli": "oglu", "kizi": "qizi", "gizi": "qizi"}


def ascii_fold(text: str) -> str:
    """Lower-case ASCII form: diacritics and scripts removed, punctuation kept."""
    text = unicodedata.normalize("NFC", text).translate(_PRE_MAP)
    for armenian, latin in _ARMENIAN_DIGRAPHS:
        text = text.replace(armenian, latin)
    return anyascii(text).lower()


# The French gu before e and i is a g (Serguei, Guevorkian, Guiragos: Sergei, Gevorkian,
# Kirakos); the sound key reads it so.
_SOUND_FOLD_RULES = (("gue", "ge"), ("gui", "gi"), *_FOLD_RULES)


_NOT_LETTERS = re.compile(r"[^a-z0-9]")


_DOUBLED = re.compile(r"([a-zW])\1+")


# Three or more of one letter in a row, as typed: no name has them in any of its spellings
# (Armenian, Russian, Azerbaijani or Latin), so such a run is what was typed by accident, not
# a spelling to fold. (The folding may make one of a name: Seyyidov, s-e-i-i-i-d, is Seyidov.)
RUN = re.compile(r"([a-zW])\1\1")


def _one_of_two(m: re.Match[str]) -> str:
    """A double letter as one (Petrossian, Aliiev, Mkrttchian); a run of three or more as it
    is: folded to one letter, "aaaaaaaaaa" typed by accident was "a", the beginning of every
    name in A, and listed hundreds of captives as matches."""
    run = m.group()
    return run[0] if len(run) == 2 else run


@lru_cache(maxsize=100_000)  # names repeat: the same surnames fill a case file
def fold_word(word: str) -> str:
    """The search key of one word."""
    return _fold(unicodedata.normalize("NFC", word).lower(), _FOLD_RULES)


@lru_cache(maxsize=100_000)
def _letters(word: str) -> str:
    """A lower-case word's ASCII letters and digits: what both foldings start from (the
    costly part, done once for the search key and the sound key of its usual reading)."""
    return _NOT_LETTERS.sub("", ascii_fold(word))


def _fold(word: str, rules: tuple[tuple[str, str], ...]) -> str:
    key = _letters(word)
    for old, new in rules:
        key = key.replace(old, new)
    # A word-initial Ye (Yeghiazaryan, Yerevan) is written Е / Ե, which romanise as "E".
    if key.startswith("ie"):
        key = key[1:]
    # A "yu" after a consonant is Russian ю for a u softened before it: Azerbaijani ü
    # (Şükürov / Шукюров, Günel / Гюнель), Armenian յու (Harutyunyan / Арутюнян).
    key = _SOFT_U.sub(r"\1u", key)
    # Doubled letters carry no meaning across romanisations (Aliiev, Mkrttchian, Seyyidov as
    # Seyidov); a run of three or more typed is kept (:func:`_one_of_two`).
    typed_run = RUN.search(_letters(word)) is not None
    key = _DOUBLED.sub(_one_of_two if typed_run else r"\1", key)
    key = key.replace("W", "w")  # letters only: 1990 stays
    return _PARTICLES.get(key, key)


_MARKED_SH = str.maketrans({"Ş": "S", "ş": "s", "Š": "S", "š": "s"})


def sh_unmarked(word: str) -> str:
    """The search key of ``word`` written with a Latin ş or š, as a keyboard without them
    types it: with s (Şahin as Sahin, Həşimov as Həsimov); "" for another word. The index
    keeps it besides the word's own key (:func:`caseapp.domain.names.name_keys`), so that a
    name copied from a text that dropped the marks still finds the one written with them;
    a ш or a շ has no such key (Сусанна does not find Шушанян)."""
    unmarked = word.translate(_MARKED_SH)
    return fold_word(unmarked) if unmarked != word else ""


def sh_begun(word: str) -> str | None:
    """``word`` with the h of an sh it may be the beginning of: a word typed that ends in a
    Latin s (the lawyer typing "Shushanyan" letter by letter has typed "S", then "Shus"); else
    None. Its keys keep the sh apart from s, so the word typed is looked for as both
    (:func:`caseapp.domain.names.name_terms`): "S" finds Shushanyan and Сусанна, "Su" only
    Сусанна. A Cyrillic с or an Armenian ս is never the beginning of an sh (ш, շ)."""
    return word + "h" if word[-1:] in ("s", "S") and word.isalpha() else None


@lru_cache(maxsize=100_000)
def sound_fold(word: str) -> str:
    """What the sound key of one word is made from: its search key (:func:`fold_word`) with
    the French gu before e and i read as g."""
    return _fold(unicodedata.normalize("NFC", word).lower(), _SOUND_FOLD_RULES)
