"""An audit entry's summary, in the language of whoever reads the log.

A summary is either a record's own label at the time (a captive's name, a deadline's title:
data, kept as written) or a sentence CaseApp composes ("Import of cases.json", "Merge of A
into B"). A composed one is a message (:mod:`caseapp.domain.messages`) and is stored as the
JSON form of the message, ``{"message": {...}}``, in the same text column, so that

* the log shows it in the reader's language (:func:`shown_summary`, where the services read
  the log), and an entry written before summaries were messages still shows as written;
* the hash chain is computed, on SQLite by the app and on a team server by the server's
  ``caseapp_team.append_audit``, over exactly the text stored: no schema change, and the
  chain verifies the same way for both kinds of entry.

The column holds 300 characters: a message that would not fit keeps, of the values it gives
in several languages (a proceeding's body and kind), only the window's languages, else only
the writer's (and English); then it has its long text values (a file name) shortened until it
fits, and in the last resort is stored as its English text.
A record's own title that happens to read like a stored message is stored with a leading
space, so that it is never taken for one.
"""

from __future__ import annotations

import json
from dataclasses import replace

from caseapp.domain.messages import LANGUAGES, Listed, Message, Translated, current_language

LIMIT = 300  # the summary column's length
MARK = '{"message":'


def stored_summary(summary: str | Message, limit: int = LIMIT) -> str:
    """The text the audit entry stores for ``summary``: a message as its JSON form, a
    record's label as written (cut to the column's length)."""
    if not isinstance(summary, Message):
        text = summary[:limit]
        return (" " + text)[:limit] if text.startswith(MARK) else text
    # The documents' languages (French) are never the log's: the window's are kept first,
    # then the writer's alone, before the English the log would show to every reader.
    # A value that is data (a reference, a file name) is shortened only after that.
    for cap in (None, 120, 60, 24, 8):
        for languages in (None, LANGUAGES, tuple(dict.fromkeys((current_language(), "en")))):
            kept = summary if languages is None else _in_languages(summary, languages)
            text = _encoded(kept if cap is None else _shortened(kept, cap))
            if len(text) <= limit:
                return text
    return summary.render("en")[:limit]


def shown_summary(stored: str, lang: str | None = None) -> str:
    """The summary as the log shows it: a stored message rendered in ``lang`` (the current
    language by default), anything else as it was written."""
    message = stored_message(stored)
    return stored if message is None else message.render(lang)


def stored_message(stored: str) -> Message | None:
    """The message a stored summary holds, or None for a plain one (or a damaged one)."""
    if not stored.startswith(MARK):
        return None
    try:
        data = json.loads(stored)
        return Message.from_dict(data["message"])
    except (AssertionError, KeyError, TypeError, ValueError, RecursionError):
        return None


def _encoded(message: Message) -> str:
    return json.dumps({"message": message.as_dict()}, ensure_ascii=False,
                      separators=(",", ":"))


def _in_languages(message: Message, languages: tuple[str, ...]) -> Message:
    """``message`` with each value given in several languages (a :class:`Translated`, within
    a list or a message among its values too) kept in ``languages`` only."""
    def kept(value: object) -> object:
        if isinstance(value, Translated):
            return Translated(tuple((lang, text) for lang, text in value.texts if lang in languages)
                              or value.texts[:1])
        if isinstance(value, Listed):
            return Listed(tuple(kept(item) for item in value.items))
        if isinstance(value, Message):
            return _in_languages(value, languages)
        return value

    return replace(message, values=tuple((name, kept(value)) for name, value in message.values))


def _shortened(message: Message, cap: int) -> Message:
    values = tuple((name, value[:cap - 1] + "…" if isinstance(value, str) and len(value) > cap
                    else value) for name, value in message.values)
    return replace(message, values=values)
