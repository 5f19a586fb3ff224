"""A sentence CaseApp writes into a text column of a record (a deadline's status reason),
stored so that every reader reads it in her own language.

A record is shared: a colleague reads the case file in another language, a travel copy goes
abroad, a dossier prints in Armenian from a file edited in Russian. What CaseApp itself says
in a record ("Closed: custody ended…", "The rules no longer give…") is therefore stored as a
message (:mod:`caseapp.domain.messages`), not as text in the language of whoever happened to
be at work: as the JSON form ``{"message": {...}}`` in the same text column (no schema
change), as audit summaries are (:mod:`caseapp.domain.audit_summary`). The lawyer's own text
is stored as written: it is taken for a message only if it is exactly the compact JSON CaseApp
writes for one (a text column's value is stripped when stored, so a leading space cannot mark
it, as it does an audit summary). Text written before (an older file, in one language) reads as
written.
"""

from __future__ import annotations

import json

from caseapp.domain.messages import Message, text_of

MARK = '{"message":'


def stored_text(value: str | Message) -> str:
    """What the column stores for ``value``: a message as its JSON form, text as written."""
    if isinstance(value, Message):
        return json.dumps({"message": value.as_dict()}, ensure_ascii=False,
                          separators=(",", ":"))
    return value


def stored_message(stored: str | None) -> Message | None:
    """The message a stored text holds, or None for text (or a damaged one)."""
    if not stored or not stored.startswith(MARK):
        return None
    try:
        message = Message.from_dict(json.loads(stored)["message"])
    except (AssertionError, KeyError, TypeError, ValueError):
        return None
    return message if stored_text(message) == stored else None  # else someone's own text


def read_text(stored: str | None) -> str | Message:
    """A stored text as a reader takes it: the message it holds, else the text."""
    return stored_message(stored) or (stored or "")


def shown_text(stored: str | None, lang: str | None = None) -> str:
    """A stored text in ``lang`` (the current language by default)."""
    return text_of(read_text(stored), lang)
