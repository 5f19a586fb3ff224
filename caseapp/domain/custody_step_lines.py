"""What CaseApp writes on a detention order's steps that tells the captive's status:

- the note a pre-trial order's open step carries while the captive is convicted: its words,
  how a line of a step's notes is told to be it (stored as a message, or written as text in
  one of the languages before), and how outputs print it
  (:mod:`caseapp.services.conviction_notes` writes and takes it back);
- the reason its steps due after the end of custody are closed with
  (:mod:`caseapp.services.custody_steps` closes them).

An output whose level withholds the captive's status prints neither
(:func:`notes_at_level`, :func:`reason_at_level`)."""

from __future__ import annotations

import json
from datetime import date
from functools import cache
from typing import Any

from caseapp.domain.enums import CaptiveStatus, DeadlineStatus
from caseapp.domain.messages import LANGUAGES, Message, msg, written_frames, written_from
from caseapp.domain.stored_messages import (
    read_lines,
    read_text,
    shown_text,
    stored_form,
    stored_message,
    stored_text,
)

# Why the steps of a detention order after the end of custody are closed (the status reason).
CUSTODY_ENDED = msg("Closed: custody ended (the captive is released, repatriated or dead).")


def convicted_note(day: date | str) -> Message:
    """The note on a pre-trial order's step due after the captive was convicted on ``day``."""
    return msg("Convicted on {day}: after the verdict custody may no longer run under this "
               "pre-trial detention order. Kept open: the rule on detention after a verdict "
               "is not verified. Check what the verdict decided on detention.", day=day)


def undated_convicted_note() -> Message:
    """:func:`convicted_note` for a conviction whose day is not recorded."""
    return msg("Convicted (the day is not recorded): after the verdict custody may no longer "
               "run under this pre-trial detention order. Kept open: the rule on detention "
               "after a verdict is not verified. Check what the verdict decided on detention.")


def without_convicted_note(notes: str | None) -> str:
    """``notes`` without the line of :func:`convicted_note` (in any language, for any day),
    the lawyer's own lines and the other notes kept."""
    return "\n".join(line for line in stored_form(notes).splitlines() if not is_conviction_note(line))


def notes_at_level(notes: str | None, status_shown: bool) -> str | None:
    """A step's ``notes`` (as read) as an output at a level writes them: without the line of
    :func:`convicted_note` where the level withholds the captive's status, which the line would
    tell (the lawyer's own lines stay, read as ever)."""
    return notes if status_shown or not notes else read_lines(without_convicted_note(notes))


def convicted_mark(day: date | str) -> Message:
    """:func:`convicted_note` as the status report prints it under a captive's next deadline
    (a line of a table cell)."""
    return msg("Convicted on {day}: may no longer apply (the rule is not verified).", day=day)


def printed_note(notes: str | None, status: CaptiveStatus | None, since: date | None, *,
                 short: bool = False) -> Message | str | None:
    """The note a document prints under an open step whose ``notes`` carry
    :func:`convicted_note`, in the document's language (the stored line is in the language
    it was written in): for the captive's ``status`` as the document's level shows it (None:
    withheld, and so no note, which would tell it), of the day ``since``; the stored line as
    written when the status has no day (the note then names the day it was written)."""
    lines = [line for line in stored_form(notes).splitlines() if is_conviction_note(line)]
    if status is not CaptiveStatus.CONVICTED or not lines:
        return None
    if since is None:
        return read_text(lines[0])
    return (convicted_mark if short else convicted_note)(since)


def convicted_lines(step: Any) -> list[str]:
    """The line of :func:`convicted_note` an open step carries (none, or one), in the reader's
    language (as written, if it was written as text)."""
    if step.status is not DeadlineStatus.OPEN:
        return []
    return [shown_text(line) for line in stored_form(step.notes).splitlines()
            if is_conviction_note(line)]


def is_conviction_note(line: str) -> bool:
    """Whether ``line`` is :func:`convicted_note`'s: stored as a message, or written as text
    in one of the languages before."""
    said = stored_message(line)
    if said is not None:
        return said.text in (_NOTE_TEXT, undated_convicted_note().text)
    return written_from(line, convicted_note)


_NOTE_TEXT = convicted_note("").text


def conviction_note_forms() -> tuple[tuple[str, ...], tuple[tuple[str, str], ...]]:
    """What :func:`is_conviction_note` recognises, for a team server to recognise alike
    (:mod:`caseapp.db.team_deadlines`): how a line stored as a message begins (dated, and
    not), and the text before and after the day of a line written as text in each language."""
    starts = []
    for note in (convicted_note(""), undated_convicted_note()):
        start = json.dumps({"message": {"text": note.text}}, ensure_ascii=False,
                           separators=(",", ":"))[:-2] + ","
        assert stored_text(note).startswith(start)  # the text first, then its values
        starts.append(start)
    return tuple(starts), written_frames(convicted_note)


def closed_as_custody_ended(reason: object) -> bool:
    """Whether a deadline's stored ``status_reason`` is :data:`CUSTODY_ENDED` (closed by a
    status that ended custody), in any language it was written in."""
    return isinstance(reason, str) and reason in custody_ended_said()


@cache
def custody_ended_said() -> frozenset[str]:
    """:data:`CUSTODY_ENDED` as it is stored (a message), and as it was written before, in
    each language."""
    return frozenset({stored_text(CUSTODY_ENDED), *(CUSTODY_ENDED.render(lang)
                                                    for lang in LANGUAGES)})


def reason_at_level(reason: str, status_shown: bool) -> str:
    """A step's stored ``status_reason`` as an output at a level writes it: none where the
    level withholds the captive's status and the reason is :data:`CUSTODY_ENDED`, which
    would tell that custody ended."""
    return "" if not status_shown and closed_as_custody_ended(reason) else reason
