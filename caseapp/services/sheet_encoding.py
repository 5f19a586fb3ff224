"""The encoding of a CSV file: UTF-8 (with or without BOM), UTF-16 (with a BOM, or told by
its zero bytes), else the likelier of Windows-1251 and Windows-1252; and whether the choice
is in doubt (the bytes read plausibly in another encoding too), to be said in the preview.

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
    return Found("cp1251", "cp1252" if latin == cyrillic and (latin or single) else "")
