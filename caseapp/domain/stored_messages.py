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

from caseapp.domain.messages import LANGUAGES, Message, text_of

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


# -- a text column of lines: the lawyer's own, and CaseApp's (a deadline's or a captive's notes)


class StoredLines(str):
    """A text column whose lines mix the lawyer's own text with sentences CaseApp wrote (a
    conviction note, a snooze), as a reader takes it: a ``str`` in the reader's language (the
    current one when it was read), so that every reader that shows, edits or searches the text
    reads it in her language and never its stored form; :meth:`render` gives it in another (a
    document's). Written back as it is (undo), it is stored as it was (:func:`stored_lines`)."""

    lines: tuple[str | Message, ...]
    stored: str

    def __new__(cls, stored: str) -> StoredLines:
        lines = tuple(read_text(line) for line in stored.split("\n"))
        made = super().__new__(cls, "\n".join(text_of(line) for line in lines))
        made.lines, made.stored = lines, stored
        return made

    def __getnewargs__(self) -> tuple[str]:  # copied, pickled: from the stored form
        return (self.stored,)

    def render(self, lang: str | None = None) -> str:
        return "\n".join(text_of(line, lang) for line in self.lines)


def read_lines(stored: str | None) -> str:
    """A stored text of lines as a reader takes it: a :class:`StoredLines` if CaseApp wrote
    one of them, else the text as it is (the lawyer's, or an older file's)."""
    if not stored or MARK not in stored:
        return stored or ""
    return StoredLines(stored) if any(map(stored_message, stored.split("\n"))) else stored


def shown_lines(stored: str | None, lang: str | None = None) -> str:
    """A stored text of lines in ``lang`` (the current language by default)."""
    value = read_lines(stored)
    return value.render(lang) if isinstance(value, StoredLines) else value


def stored_lines(value: object, before: str | None = None) -> object:
    """What a text column stores for ``value`` written over ``before`` (its stored value):
    what was read put back as stored (undo); a line that reads as one of ``before``'s messages
    reads in some language stored as that message again (a form saved with that line left as
    it was shown); every other line as written, the lawyer's own text (one she edited too).
    Anything but text is left to the column."""
    if isinstance(value, StoredLines):
        return value.stored
    if isinstance(value, Message):
        return stored_text(value)
    if not isinstance(value, str) or not isinstance(before, str) or MARK not in before:
        return value
    said = {_spaced(shown): line for line in before.split("\n")
            if (message := stored_message(line))
            for shown in (message.render(lang) for lang in LANGUAGES)}
    return "\n".join(said.get(_spaced(line), line) for line in value.split("\n"))


def _spaced(line: str) -> str:
    """A line as compared with what was shown: its spaces as any, a form gives back a
    no-break space (of a date) as a space."""
    return " ".join(line.split())


def stored_form(value: str | None) -> str:
    """A text as its column stores it: what was read (:class:`StoredLines`) as stored."""
    return value.stored if isinstance(value, StoredLines) else value or ""


def said_lines(stored: str | None) -> list[Message]:
    """The messages CaseApp wrote among the lines of a stored text."""
    return [m for line in (stored or "").split("\n") if (m := stored_message(line))]
