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

The column holds 300 characters: a message that would not fit has its long text values (a
file name) shortened until it does, and in the last resort is stored as its English text.
A record's own title that happens to read like a stored message is stored with a leading
space, so that it is never taken for one.
"""

from __future__ import annotations

import json
from dataclasses import replace

from caseapp.domain.messages import Message

LIMIT = 300  # the summary column's length
MARK = '{"message":'


def stored_summary(summary: str | Message, limit: int = LIMIT) -> str:
    """The text the audit entry stores for ``summary``: a message as its JSON form, a
    record's label as written (cut to the column's length)."""
    if not isinstance(summary, Message):
        text = summary[:limit]
        return (" " + text)[:limit] if text.startswith(MARK) else text
    for cap in (None, 120, 60, 24, 8):
        text = _encoded(summary if cap is None else _shortened(summary, cap))
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


def _shortened(message: Message, cap: int) -> Message:
    values = tuple((name, value[:cap - 1] + "…" if isinstance(value, str) and len(value) > cap
                    else value) for name, value in message.values)
    return replace(message, values=values)
