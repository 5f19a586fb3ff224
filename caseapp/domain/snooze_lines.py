"""The line of a deadline's notes that snoozes it: how it is written and read back.

A snooze hides an open deadline from the lists of what is due until a day; its due date does
not change. The line is stored as a message (read in each reader's language), with the
lawyer's reason as she wrote it; older files wrote it as English text.
"""

from __future__ import annotations

import re
from datetime import date

from caseapp.domain.messages import Message, msg
from caseapp.domain.stored_messages import stored_form, stored_message

SNOOZE_PREFIX = "Snoozed until "  # in every snooze line's stored form, a message or text
# As older files wrote it, in English whatever the language: "Snoozed until 2027-03-01." or,
# for a hard deadline, "Snoozed until 2027-03-01: why."
_SNOOZE_LINE = re.compile(r"^Snoozed until (\d{4}-\d{2}-\d{2})(?:\.|: .*)?$")


def snooze_line(until: date, why: str = "") -> Message:
    """The line of a deadline's notes saying it is snoozed (stored as a message, read in each
    reader's language), with the lawyer's reason (a hard deadline's) as she wrote it."""
    if why:
        return msg("Snoozed until {day}: {reason}", day=until, reason=why)
    return msg("Snoozed until {day}.", day=until)


_SNOOZE_TEXTS = frozenset({snooze_line(date.min).text, snooze_line(date.min, "x").text})


def snooze_of(line: str) -> tuple[date, str] | None:
    """The day a stored line of notes snoozes its deadline to and the lawyer's reason, if it
    is a snooze line (a message, or text as older files wrote it)."""
    said = stored_message(line)
    if said is not None:
        values = dict(said.values)
        day = values.get("day")
        if said.text in _SNOOZE_TEXTS and isinstance(day, date):
            return day, str(values.get("reason") or "")
        return None
    found = _SNOOZE_LINE.fullmatch(line)
    return (date.fromisoformat(found[1]), line.partition(": ")[2]) if found else None


def snoozed_until(notes: str) -> date | None:
    """The date a deadline is snoozed to (from its notes, stored or read), if any."""
    days = [found[0] for line in stored_form(notes).split("\n")
            if (found := snooze_of(line)) is not None]
    return days[-1] if days else None
