"""Whether the text of a list, read in some encoding, is garbled: what a wrong encoding makes
of names, which every encoding but UTF-8 reads without an error. Choosing UTF-16 for an 8-bit
file gives Chinese characters; an 8-bit encoding for a UTF-16 file, a NUL between every two
letters; UTF-8 read as Windows-1251, "РџРµС‚СЂРѕСЃСЏРЅ"; KOI8-R as Windows-1251, "пЕТРОСЯН";
Windows-1251 as Windows-1252, "Ïåòðîñÿí"; ARMSCII-8 as Windows-1251, "¶сЗ·бсЫіЭ" (signs
inside words).
A list of names holds none of these: its letters are Latin (Azerbaijani ə, ş, ğ among
them), Cyrillic or Armenian, its words written as names are.

:func:`garbled` says which sign a text shows (a :class:`Garble`), or None when it reads as
names may.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable
from enum import StrEnum
from itertools import pairwise

# The scripts of the letters of a list of names (unicodedata names them first).
_SCRIPTS = ("LATIN", "CYRILLIC", "ARMENIAN", "GEORGIAN")
# The 8-bit encodings whose reading of UTF-8 bytes is told by reading it back.
_EIGHT_BIT = ("cp1251", "cp1252", "koi8-r")


class Garble(StrEnum):
    CONTROL = "control"  # NULs and other control characters among the letters
    SCRIPT = "script"  # letters of scripts no list of names is written in (Chinese…)
    UTF8 = "utf8"  # UTF-8 letters read as an 8-bit encoding's pairs of letters
    ACCENTS = "accents"  # words of accented Latin letters only: Cyrillic read as Windows-1252
    CASE = "case"  # small and capital letters mixed inside words as no name is written
    SIGNS = "signs"  # signs between the letters of words (¶, ·, »): ARMSCII-8 as Windows-1251


def read_as_utf8(encoding: str) -> bool:
    """Whether ``encoding`` (as CaseApp names one) is UTF-8, with or without its mark."""
    return encoding.lower().replace("_", "-").removesuffix("-sig") in ("utf-8", "utf8")


def garbled(texts: Iterable[str], *, utf8: bool = False) -> Garble | None:
    """The sign that ``texts`` (the cells of a list's first rows) are read in a wrong
    encoding: one character in ten a control character; a third of the letters or more of
    other scripts than Latin, Cyrillic, Armenian and Georgian; the whole text UTF-8 once
    written back in an 8-bit encoding; most of its words with accented letters made of
    nothing else ("Ôàìèëèÿ": Windows-1251 read as Windows-1252; "Müller" has plain letters
    too); or most of its words of three letters or more
    written with a small letter before a capital inside them.

    ``utf8``: the text was read as UTF-8, without an error. Its letters of other scripts are
    then the file's own (a foreign national's name in Chinese, Hindi or Persian), no sign of
    a wrong reading: the reading that makes them (an 8-bit file read as UTF-16) is not
    UTF-8, and UTF-8 does not read the other encodings' bytes without an error."""
    text = "\n".join(texts)
    if not text.strip():
        return None
    control = sum(1 for ch in text if unicodedata.category(ch) == "Cc" and ch not in "\t\r\n")
    if 10 * control >= len(text):
        return Garble.CONTROL
    letters = [ch for ch in text if ch.isalpha()]
    foreign = sum(1 for ch in letters if not unicodedata.name(ch, "").startswith(_SCRIPTS))
    if letters and 3 * foreign >= len(letters) and not utf8:
        return Garble.SCRIPT
    if _utf8_read_as_8_bit(text):
        return Garble.UTF8
    words = [w for w in "".join(ch if ch.isalpha() else " " for ch in text).split() if len(w) >= 3]
    accented = [w for w in words if not w.isascii()]
    latin_1 = sum(1 for w in accented if all("\u00c0" <= ch <= "\u00ff" for ch in w))
    if latin_1 >= 2 and 2 * latin_1 > len(accented):
        return Garble.ACCENTS
    mixed = sum(1 for w in words if any(a.islower() and b.isupper() for a, b in pairwise(w)))
    if words and 2 * mixed > len(words):
        return Garble.CASE
    signed = _words_with_signs(text)
    if signed and 5 * signed >= len(text.split()):
        return Garble.SIGNS
    return None


# What may stand between two letters of a name: a hyphen, an apostrophe, a dot, a slash
# (two spellings in one cell), Armenian punctuation (U+055A-U+055F).
_IN_NAMES = frozenset("-‐‑–'’ʼ`./") | frozenset(map(chr, range(0x055A, 0x0560)))


def _is_sign(ch: str) -> bool:
    """A sign no name holds between its letters: a symbol (¶ is punctuation to Unicode, ©
    and ° symbols), quotation marks (» «), superscripts and fractions (³, ¼); never ASCII
    (a list's own separators), which no wrong reading of letters makes."""
    return not ch.isascii() and ch not in _IN_NAMES and unicodedata.category(ch) in (
        "Po", "Pi", "Pf", "So", "Sm", "Sc", "Sk", "No")


def _words_with_signs(text: str) -> int:
    """How many words of ``text`` hold a sign between two letters ("¶сЗ·бсЫіЭ")."""
    count = 0
    for word in text.split():
        inner = word.strip("".join(ch for ch in set(word) if not ch.isalpha()))
        if any(_is_sign(ch) and a.isalpha() and b.isalpha()
               for a, ch, b in zip(inner, inner[1:], inner[2:], strict=False)):
            count += 1
        elif any(_is_sign(ch) for ch in inner) and sum(map(_is_sign, inner)) * 4 >= len(inner):
            count += 1
    return count


def _utf8_read_as_8_bit(text: str) -> bool:
    """Whether ``text``, written back in one of the 8-bit encodings, is UTF-8 holding
    letters above ASCII: a UTF-8 list read in that encoding ("Петросян" as "РџРµС‚СЂРѕСЃСЏРЅ").
    A text written in that encoding is almost never well-formed UTF-8."""
    if text.isascii():
        return False
    for encoding in _EIGHT_BIT:
        try:
            raw = text.encode(encoding)
            raw.decode("utf-8")
        except (UnicodeEncodeError, UnicodeDecodeError):
            continue
        return True
    return False
