"""Text as it is kept: what the user typed, pasted or imported, without the characters
nobody means to keep in a case file.

- Control characters (C0 and C1, DEL: ESC, BEL, NUL …) are removed from every text: a
  terminal obeys them when the text is printed, a document (DOCX, PDF) cannot hold them.
  A line break or a tab in a one-line field (a name, a title, an author) becomes a space;
  a text of several lines (notes, an address) keeps its line breaks and tabs.
- In one-line fields, the invisible formatting characters are removed too: soft hyphen,
  zero-width space, joiner and non-joiner (U+200B–D), word joiner and the invisible
  operators (U+2060–4), the Mongolian vowel separator, the marks and embeddings that reorder
  text (U+200E/F, U+202A–E, U+2066–9) and the byte order mark. Unseen, they make two equal-looking names differ
  and hide a name from search, or show it reversed.
- A lone surrogate is not text at all (JSON can spell one, ``"\\ud800"``): it is refused.

Every path that writes text goes through here: the services' fields (the window, the
command line, a JSON or spreadsheet import) and the text options of the documents.
"""

from __future__ import annotations

import re

from caseapp.domain.errors import ValidationError
from caseapp.domain.messages import Message, msg

_CONTROLS = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")  # all but tab and line feed
_LINE_BREAKS = re.compile(r"[\t\n\r\x0b\x0c\x85\u2028\u2029]+")
INVISIBLE = ("\u00ad\u180e\u200b\u200c\u200d\u200e\u200f\u202a\u202b\u202c\u202d\u202e"
             "\u2060\u2061\u2062\u2063\u2064\u2066\u2067\u2068\u2069\ufeff")
_INVISIBLE = re.compile(f"[{INVISIBLE}]")
_SURROGATE = re.compile("[\ud800-\udfff]")
# The marks and embeddings that reorder text (U+200E/F, U+202A–E, U+2066–9, the Arabic
# letter mark): printed, they make a terminal show what follows them reversed or moved.
BIDI_CONTROLS = "\u061c\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"
_SHOWN = re.compile(f"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f{BIDI_CONTROLS}]|\r(?!\n)")
# What one_line or several_lines would change (but the ends' spaces): looked for first, as a
# text is nearly always clean.
_UNCLEAN_LINE = re.compile(f"[\x00-\x1f\x7f-\x9f\u2028\u2029{INVISIBLE}\ud800-\udfff]")
_UNCLEAN_LINES = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\ud800-\udfff]")


def is_clean(text: str, *, lines: bool = False) -> bool:
    """Whether ``text`` is kept as it is (by :func:`several_lines` with ``lines``, else by
    :func:`one_line`, the ends' spaces aside)."""
    return (_UNCLEAN_LINES if lines else _UNCLEAN_LINE).search(text) is None


def one_line(text: str, *, what: str | Message | None = None, strip: bool = True) -> str:
    """``text`` for a one-line field: line breaks and tabs as spaces, control and invisible
    formatting characters removed, the ends stripped (unless not ``strip``). ``what`` names
    the field in the refusal of a lone surrogate."""
    _refuse_surrogates(text, what)
    text = _INVISIBLE.sub("", _CONTROLS.sub("", _LINE_BREAKS.sub(" ", text)))
    return text.strip() if strip else text


def several_lines(text: str, *, what: str | Message | None = None) -> str:
    """``text`` for a field of several lines: control characters removed but line breaks
    (a carriage return before one too) and tabs."""
    _refuse_surrogates(text, what)
    return _CONTROLS.sub("", text.replace("\r\n", "\n"))


def _refuse_surrogates(text: str, what: str | Message | None) -> None:
    if _SURROGATE.search(text):
        raise ValidationError(
            msg("{field} holds a character that is not text (a lone surrogate).",
                field=what) if what is not None else
            msg("The text holds a character that is not text (a lone surrogate)."))


# The embeddings, overrides and isolates (U+202A–E, U+2066–9): kept in a note as typed, but a
# document sets a value inside its own sentence, where one left open reorders the words after
# the value (an override prints them reversed). The marks (U+200E/F, U+061C) reorder nothing
# beyond the letter next to them and stay.
_SPILLING = re.compile("[\u202a-\u202e\u2066-\u2069]")


def contained(text: str) -> str:
    """``text`` as a document sets it into a sentence: without the bidirectional embeddings,
    overrides and isolates that would reorder the document's own words around it."""
    return _SPILLING.sub("", text)


def blank(text: str) -> bool:
    """Whether ``text`` shows nothing: only spaces, control characters and invisible
    formatting characters (:data:`INVISIBLE`: a zero-width space, a soft hyphen, a
    right-to-left override), as a value pasted from a web page may be."""
    return not _INVISIBLE.sub("", _CONTROLS.sub("", text)).strip()


def printable(text: str) -> str:
    """``text`` as it may be printed on a terminal: each control character (but a line
    break, a carriage return before one, and a tab: a calendar or a CSV written to the
    standard output ends its lines with CR LF) and each bidirectional control
    (:data:`BIDI_CONTROLS`) shown as its escape (``\\x1b``, ``\\u202e``) instead of obeyed."""
    return _SHOWN.sub(lambda m: m.group().encode("unicode_escape").decode("ascii"), text)


__all__ = ["BIDI_CONTROLS", "INVISIBLE", "blank", "contained", "is_clean", "one_line", "printable",
           "several_lines"]
