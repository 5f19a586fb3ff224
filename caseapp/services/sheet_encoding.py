"""The encoding of a CSV file: UTF-8 (with or without BOM), UTF-16 (with a BOM, or told by
its zero bytes), ARMSCII-8 (Armenian words told by their bytes), else the likelier of
Windows-1251 and Windows-1252 (or KOI8-R, told by its letters' case); and whether the choice
is in doubt (the bytes read plausibly in another encoding too), to be said in the preview.
Also the one list of the encodings a lawyer may choose (:data:`CHOICES`, the wizard's and
``--encoding``'s) and their names.

UTF-8 is told by its structure, not by a guess: every byte above 127 of a UTF-8 text is part
of a well-formed sequence, which a Windows-1251 text almost never is (a capital letter is
followed by a small one, not by one of the 64 bytes a sequence continues with). So a file is
UTF-8 when most of its bytes above 127 form such sequences, even when it does not decode
whole: cut in the middle of a letter at its end (a copy broken off), or holding a line
pasted from a file in another encoding. Such a file was read as Windows-1251 when its text
held no capital И (whose second byte is the one Windows-1251 lacks): every Armenian or
Azerbaijani letter of it garbled without a word said. charset-normalizer (a dependency)
was tried first: it reads a cut UTF-8 file of Armenian names as Windows-1251, a UTF-8 list
with one Windows-1251 cell as Windows-1252, and a cut Russian one as nothing at all.
"""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass

# A well-formed UTF-8 sequence of two to four bytes (RFC 3629: no overlong forms, no
# surrogates, nothing past U+10FFFF).
_UTF8_SEQUENCE = re.compile(
    rb"[\xc2-\xdf][\x80-\xbf]|\xe0[\xa0-\xbf][\x80-\xbf]|[\xe1-\xec\xee\xef][\x80-\xbf]{2}"
    rb"|\xed[\x80-\x9f][\x80-\xbf]|\xf0[\x90-\xbf][\x80-\xbf]{2}|[\xf1-\xf3][\x80-\xbf]{3}"
    rb"|\xf4[\x80-\x8f][\x80-\xbf]{2}")
_HIGH = re.compile(rb"[\x80-\xff]")
SAMPLE = 65536

# The encodings a lawyer may choose for a CSV list: in the wizard's first step and with
# --encoding on the command line (which takes any other of Python's too).
CHOICES = ("utf-8", "cp1251", "cp1252", "koi8-r", "armscii-8", "utf-16")
# The name each encoding CaseApp reads or finds is shown by.
ENCODINGS = {"utf-8": "UTF-8", "utf-8-sig": "UTF-8 with BOM", "cp1251": "Windows-1251",
             "cp1252": "Windows-1252", "koi8-r": "KOI8-R", "armscii-8": "ARMSCII-8",
             "utf-16": "UTF-16", "utf-16-le": "UTF-16 LE", "utf-16-be": "UTF-16 BE"}

# ARMSCII-8 (Armenian standard AST 34.002), which Python has no codec for: ASCII below 0xA0,
# then no-break space, Armenian punctuation and the 38 letters, each capital followed by its
# small letter (0xB2 Ա, 0xB3 ա … 0xFC Ֆ, 0xFD ֆ); 0xA1 and 0xFF are not used.
_ARMSCII_8 = (
    "".join(map(chr, range(0xA0))) + "\u00a0\ufffe\u0587\u0589)(\u00bb\u00ab\u2014.\u055d,-"
    "\u058a\u2026\u055c\u055b\u055e"
    + "".join(chr(0x0531 + k) + chr(0x0561 + k) for k in range(38)) + "\u055a\ufffe")
_ARMSCII_NAMES = frozenset({"armscii-8", "armscii8", "armscii_8"})


def known(encoding: str) -> str:
    """The encoding ``encoding`` names ("ARMSCII8" is "armscii-8"; Python's codecs as
    given), or "" when CaseApp cannot read it."""
    if encoding.strip().lower() in _ARMSCII_NAMES:
        return "armscii-8"
    try:
        codecs.lookup(encoding)
    except (LookupError, ValueError):  # ValueError: a name holding a NUL character
        return ""
    return encoding


def decode(raw: bytes, encoding: str) -> str:
    """``raw`` read in ``encoding`` (one :func:`known` gives); UnicodeDecodeError where a
    byte cannot be read."""
    if encoding == "armscii-8":
        return codecs.charmap_decode(raw, "strict", _ARMSCII_8)[0]
    return raw.decode(encoding)


@dataclass(frozen=True)
class Found:
    """The encoding a file is read in, and another it reads plausibly in too (``""``: none,
    the choice is certain)."""

    encoding: str
    other: str = ""


def detect_encoding(raw: bytes) -> str:
    """The encoding the file is read in (see :func:`find_encoding`)."""
    return find_encoding(raw).encoding


def find_encoding(raw: bytes) -> Found:
    if raw.startswith(codecs.BOM_UTF8):
        return Found("utf-8-sig")
    if raw.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return Found("utf-16")
    utf16 = _utf16_without_bom(raw[:4096])
    if utf16:
        return Found(utf16)
    try:
        raw.decode("utf-8")
    except UnicodeDecodeError:
        if _armenian_words(raw[:SAMPLE]):
            return Found("armscii-8")
        share = utf8_share(raw)
        if share >= 0.5:  # UTF-8, cut at its end or with a part in another encoding
            return Found("utf-8")
        windows = _cyrillic_or_latin(raw[:SAMPLE])
        if share >= 0.2 and not windows.other:  # a UTF-8 part pasted into it, perhaps
            return Found(windows.encoding, "utf-8")
        return windows
    return Found("utf-8")


def utf8_share(raw: bytes) -> float:
    """The share of the bytes above 127 that are parts of well-formed UTF-8 sequences (1.0
    for a UTF-8 text; a few hundredths for a Windows-1251 one)."""
    sample = raw[:SAMPLE * 4]
    high = len(_HIGH.findall(sample))
    if not high:
        return 0.0
    return sum(len(m) for m in _UTF8_SEQUENCE.findall(sample)) / high


def cut_utf8(raw: bytes, error: UnicodeDecodeError) -> bool:
    """Whether a UTF-8 decoding failed only because the file ends in the middle of a
    letter (its last bytes begin a sequence that is never finished) after letters of UTF-8
    (a lone byte at the end of a file without any is not told to be UTF-8)."""
    return (error.end == len(raw) and len(raw) - error.start < 4
            and error.reason == "unexpected end of data"
            and _UTF8_SEQUENCE.search(raw, max(0, error.start - SAMPLE), error.start) is not None)


# The high bytes of the UTF-16 units of a list: ASCII, Latin letters with accents (Azerbaijani
# ə, ş, ğ), Cyrillic, Armenian, and punctuation (« » — №).
_UTF16_HIGH = (0x00, 0x01, 0x02, 0x03, 0x04, 0x05, 0x20, 0x21)


def _utf16_without_bom(sample: bytes) -> str:
    """UTF-16 LE or BE when the high bytes of its units (at odd places for LE, even for BE)
    are those of a list's letters (nine in ten or more; zeros among them, the halves of its
    ASCII characters) and the text is printable. A UTF-8 file with zero bytes pasted into
    its cells (`Ф\\x00ИО`) was read as UTF-16 and refused: its other bytes are any."""
    sample = sample[: len(sample) // 2 * 2]
    if b"\x00" not in sample:
        return ""
    for candidate, high in (("utf-16-le", sample[1::2]), ("utf-16-be", sample[0::2])):
        if high.count(0) < 2 or 10 * sum(map(high.count, _UTF16_HIGH)) < 9 * len(high):
            continue
        try:
            text = sample.decode(candidate)
        except UnicodeDecodeError:
            continue
        if all(ch.isprintable() or ch in "\r\n\t" for ch in text):
            return candidate
    return ""


def _cyrillic_or_latin(raw: bytes) -> Found:
    """Windows-1251 or Windows-1252, by which reading gives plausible words. The bytes above
    127 are Cyrillic letters in the one and accented Latin letters in the other: Russian
    words are runs of them ("Ли Ян"), while Latin words hold one among plain letters
    ("Müller"). Words of two or more such letters count for 1251, words mixing them with
    plain ASCII letters for 1252; a tie (or nothing to judge) is 1251, the lists' usual
    encoding, with 1252 said as the other reading. A byte one of them cannot decode decides
    for the other."""
    readings: dict[str, str] = {}
    for encoding in ("cp1251", "cp1252"):
        try:
            readings[encoding] = raw.decode(encoding)
        except UnicodeDecodeError:
            continue
    if len(readings) < 2:
        return Found(next(iter(readings), "cp1251"))
    cyrillic = latin = single = 0
    for word in re.findall(r"[^\W\d_]+", readings["cp1252"]):
        high = sum(1 for ch in word if ord(ch) > 127)
        if not high:
            continue
        if high == len(word):
            cyrillic += len(word) >= 2
            single += len(word) == 1  # an initial ("А."): a letter in either reading
        else:
            latin += 1
    if latin > cyrillic:
        return Found("cp1252")
    if _koi8_r(readings["cp1251"]):
        return Found("koi8-r")
    return Found("cp1251", "cp1252" if latin == cyrillic and (latin or single) else "")


_CYRILLIC_WORD = re.compile(r"[А-яЁё]{2,}")


def _koi8_r(cp1251: str) -> bool:
    """Whether a text read as Windows-1251 is KOI8-R: the two have the small and the capital
    Cyrillic letters the other way round, so KOI8-R's names read as "пЕТРОСЯН аРАМ" (a small
    letter, then capitals), never as a name is written. Such words outnumber twice over those
    written as names ("Петросян"), two at least."""
    inverted = titled = 0
    for word in _CYRILLIC_WORD.findall(cp1251):
        if word[0].islower() and word[1:].isupper():
            inverted += 1
        elif word[0].isupper() and word[1:].islower():
            titled += 1
    return inverted >= 2 and inverted > 2 * titled


# A word of ARMSCII-8: a capital or small letter, then small letters only (odd bytes from
# 0xB3 to 0xFD, and 0xA2 the ligature և). In Windows-1251 or KOI8-R such bytes are Cyrillic
# letters of either parity.
_ARMSCII_WORD = re.compile(rb"[\xa2\xb2-\xfd][\xa2\xb3\xb5\xb7\xb9\xbb\xbd\xbf\xc1\xc3\xc5\xc7\xc9\xcb\xcd"
                           rb"\xcf\xd1\xd3\xd5\xd7\xd9\xdb\xdd\xdf\xe1\xe3\xe5\xe7\xe9\xeb\xed\xef"
                           rb"\xf1\xf3\xf5\xf7\xf9\xfb\xfd]+(?![\x80-\xff])")
_HIGH_WORD = re.compile(rb"(?<![\x80-\xff])[\x80-\xff]{3,}")


def _armenian_words(raw: bytes) -> bool:
    """Whether the words of three letters or more above 127 read as Armenian in ARMSCII-8
    (nine in ten; three at least): an old Armenian list, read as Windows-1251, had every
    name garbled into Cyrillic letters without a word. A Russian word of n letters is such
    a word by chance once in 2**(n-1)."""
    words = _HIGH_WORD.findall(raw)
    if len(words) < 3:
        return False
    armenian = sum(1 for w in words if _ARMSCII_WORD.fullmatch(w))
    return 10 * armenian >= 9 * len(words)
