"""A row merged into a captive already there gives a value the captive's record holds
otherwise (the next month's list with a birth date corrected): the record keeps its own,
and the row's is kept in a note saying so, to be checked (pure: no file, no database)."""

from __future__ import annotations

from enum import Enum

from caseapp.domain.dates import PartialDate
from caseapp.domain.messages import Message, msg
from caseapp.domain.sheet_columns import FIELD_NAMES
from caseapp.domain.sheet_values import normalise


def differs(current: object, given: object) -> bool:
    """Whether the row's value ``given`` says otherwise than the record's ``current`` (a
    date at a lesser precision that agrees, "1990" for 17 May 1990, does not; nor does text
    differing only by case, spaces or punctuation)."""
    if current in (None, "") or given in (None, ""):
        return False
    if isinstance(current, PartialDate) and isinstance(given, PartialDate):
        # strictly: an exact day beside an approximate one is kept to be checked (that
        # they may be one person's is for the matching, sheet_match.dates_agree, to say)
        return not (current.earliest <= given.latest and given.earliest <= current.latest)
    return normalise(_text(current)) != normalise(_text(given))


def _text(value: object) -> str:
    if isinstance(value, PartialDate):
        return value.iso()
    if isinstance(value, Enum):
        return str(value.value)
    return str(value)


def other_value_note(field: str, current: object, given: object, *, file: str,
                     row: int) -> Message:
    """The note kept with the captive of the row's other value."""
    return msg("The spreadsheet {file} (row {row}) gives another {field}, {value}; the record "
               "keeps {current}: check which is right.", file=file, row=row,
               field=FIELD_NAMES.get(field, field), value=_text(given), current=_text(current))
