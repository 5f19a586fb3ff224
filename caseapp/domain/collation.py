"""Names in alphabetical order as each language of CaseApp sorts them (after CLDR's
collation, the few rules a list of names needs; no ICU).

- The language's own script first (Armenian in hy, Cyrillic in ru, Latin in en), then the
  others in the order of their code points (Latin, Greek, Cyrillic, Georgian, Armenian…).
- Within a script, by letters whatever their case; a Latin letter with an accent sorts with
  its letter (Çelik under C, Ünal under U, Şahin under S: they came after Z), as do the
  Azerbaijani ə (with e) and ı (with i); the Russian ё with е (Артём before Артур, Ёлкин under
  Е: they came after Я), but й stays a letter of its own; the Armenian և as եւ, the two
  letters it is written with (as case folding reads it). Ties are broken by the accents,
  then by the text as typed.
"""

from __future__ import annotations

import re
import unicodedata

from caseapp.domain.clean_text import INVISIBLE
from caseapp.domain.name_words import APOSTROPHES, ARMENIAN_MARKS, FORMAT_CHARACTERS, HYPHENS

# The script each language's list puts first (the first letter of a name tells its script).
_OWN_SCRIPT = {"hy": ("\u0530", "\u058f"), "ru": ("\u0400", "\u052f")}
_LATIN_END = "\u02af"  # Latin letters and the IPA extensions (ə)
# Latin letters without a decomposition that sort with a plain one.
_LATIN_BASE = {"ə": "e", "ı": "i", "ø": "o", "ß": "ss", "æ": "ae", "œ": "oe", "đ": "d",
               "ł": "l", "ħ": "h", "þ": "th"}
_CYRILLIC_BASE = {"ё": "е"}


def _base(ch: str) -> str:
    if ch in _CYRILLIC_BASE:
        return _CYRILLIC_BASE[ch]
    if ch in _LATIN_BASE:
        return _LATIN_BASE[ch]
    return "".join(c for c in unicodedata.normalize("NFD", ch) if not unicodedata.combining(c))


# Each letter that sorts as another (a few hundred, made once): str.translate folds a name
# holding one (looked for first: most hold none) as the captives list sorts 100,000 of them.
_PRIMARY = {ord(ch): base for ch in (*map(chr, range(0xC0, ord(_LATIN_END) + 1)),
                                     *map(chr, range(0x1E00, 0x1F00)), *_CYRILLIC_BASE)
            if (base := _base(ch)) != ch}


_FIRST_LETTER = re.compile(r"[^\W\d_]")
_TO_FOLD = re.compile(f"[\u00c0-{_LATIN_END}\u1e00-\u1eff{''.join(_CYRILLIC_BASE)}]")


def name_sort_key(name: str, lang: str) -> tuple[int, str, str, str]:
    """The key that puts ``name`` in the alphabetical order of ``lang`` (en, hy, ru)."""
    folded = (name if name.isascii() else unicodedata.normalize("NFC", name)).strip().casefold()
    low, high = _OWN_SCRIPT.get(lang, ("A", _LATIN_END))
    first = _FIRST_LETTER.search(folded)
    rank = 0 if first is not None and low <= first.group() <= high else 1
    primary = folded.translate(_PRIMARY) if _TO_FOLD.search(folded) else folded
    return rank, primary, folded, name



def name_order_text(name: str, lang: str) -> str:
    """One text that sorts as :func:`name_sort_key` does, for a list holding 100,000 keys at
    once while it sorts (the captives list's first order): about half the memory of the
    key's tuple and its texts (14 MiB at 100,000 names; the peak of the window's start).
    The rank, the letters, the accents and the text as typed, each part ended by NUL (below
    every letter, as a shorter text is below a longer in a tuple); the accents' part is
    empty when the name has none, as the text without accents sorts before any with them
    (a letter's base is always below it: u before ü, е before ё)."""
    rank, primary, folded, _ = name_sort_key(name, lang)
    return f"{rank}{primary}\0{'' if folded == primary else folded}\0{name}"


_MARKS = re.compile("[\u0300-\u036f]")  # the accents NFKD takes off Latin and Cyrillic letters
# Read as nothing by a list's filter: the apostrophes and hyphens a name is written with or
# without (T'adevosyan, T’adevosyan, Tadevosyan; Ter-Petrosyan, Terpetrosyan), the Armenian
# marks over a vowel (Պետրո՛սյան) and the invisible format characters pasted with a name
# (a zero-width joiner inside it): the same characters the search reads so
# (caseapp.domain.names).
_NOTHING = re.compile(f"[{re.escape(APOSTROPHES + HYPHENS + ARMENIAN_MARKS)}"
                      f"{INVISIBLE}{FORMAT_CHARACTERS}]")
_ASCII_NOTHING = re.compile("['`-]")


def loosely(text: str) -> str:
    """``text`` as a list's filter compares it: whatever the case and the accents (Çelik as
    celik, Семёнов as семенов, İlham and Ilham as ilham, ı as i), composed or not (an é
    typed as e and an accent), a ligature as its letters (և as եւ), without its apostrophes,
    hyphens, Armenian marks and invisible characters (T’adevosyan as tadevosyan,
    Ter-Petrosyan as terpetrosyan: typed "Ter Petrosyan", both words are in it). Case
    folding alone kept the dot of İ ("i̇lham": "ilham" was not in it) and every accent."""
    if text.isascii():
        return _ASCII_NOTHING.sub("", text).casefold()
    text = _NOTHING.sub("", text)
    return _MARKS.sub("", unicodedata.normalize("NFKD", text)).casefold().replace("ı", "i")


__all__ = ["loosely", "name_order_text", "name_sort_key"]
