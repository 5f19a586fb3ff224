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
LITERAL = '{"text":'  # a line of someone's text that is exactly a stored form, kept as text


class Stored(str):
    """A text CaseApp hands back already in its stored form (lines it read with
    :func:`stored_form` and its own :func:`stored_text` joined): stored as it is. A plain
    ``str`` is the user's data, stored so that it reads back as written."""


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
    except (AssertionError, KeyError, TypeError, ValueError, RecursionError):
        return None
    return message if stored_text(message) == stored else None  # else someone's own text


def stored_literal(stored: str | None) -> str | None:
    """The text a stored literal holds (someone's line that reads like a stored form), or
    None."""
    if not stored or not stored.startswith(LITERAL):
        return None
    try:
        text = json.loads(stored)["text"]
    except (KeyError, TypeError, ValueError, RecursionError):
        return None
    return text if isinstance(text, str) and _literal(text) == stored else None


def _literal(text: str) -> str:
    return json.dumps({"text": text}, ensure_ascii=False, separators=(",", ":"))


def escaped(line: str) -> str:
    """How someone's line is stored: as written, unless it would read as a stored form (a
    message CaseApp wrote, or such a literal), then as a literal that reads back as it is."""
    bare = line.strip()
    return (_literal(line) if stored_message(bare) or stored_literal(bare) is not None
            else line)


def read_text(stored: str | None) -> str | Message:
    """A stored text as a reader takes it: the message it holds, else the text."""
    if (literal := stored_literal(stored)) is not None:
        return literal
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
    if not stored or (MARK not in stored and LITERAL not in stored):
        return stored or ""
    lines = stored.split("\n")
    return (StoredLines(stored) if any(stored_message(line) or stored_literal(line) is not None
                                       for line in lines) else stored)


def shown_lines(stored: str | None, lang: str | None = None) -> str:
    """A stored text of lines in ``lang`` (the current language by default)."""
    value = read_lines(stored)
    return value.render(lang) if isinstance(value, StoredLines) else value


def stored_lines(value: object, before: str | None = None) -> object:
    """What a text column stores for ``value`` written over ``before`` (its stored value):
    what was read put back as stored (undo); a line that reads as one of ``before``'s messages
    reads in some language stored as that message again (a form saved with that line left as
    it was shown); every other line as written, the lawyer's own text (one she edited too),
    escaped if it reads like a stored form (:func:`escaped`). A :class:`Stored` text is
    CaseApp's own, stored as it is. Anything but text is left to the column."""
    if isinstance(value, StoredLines):
        return value.stored
    if isinstance(value, Stored):
        return str(value)
    if isinstance(value, Message):
        return stored_text(value)
    if not isinstance(value, str):
        return value
    if not isinstance(before, str) or MARK not in before:
        return "\n".join(escaped(line) for line in value.split("\n"))
    said = {_spaced(shown): line for line in before.split("\n")
            if (message := stored_message(line))
            for shown in (message.render(lang) for lang in LANGUAGES)}
    return "\n".join(said.get(_spaced(line)) or escaped(line) for line in value.split("\n"))


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
