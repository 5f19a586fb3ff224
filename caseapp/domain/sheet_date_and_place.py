"""A column of a date and a place together ("Дата и место рождения", "Date and place of
capture", as court papers write them: "12.04.1976, г. Степанакерт"): the date is read into
its own field and the rest kept as the place (pure: no file, no database).

The whole cell was stored as the place before, and the captive had no date of birth or of
capture: no days in custody, no deadline, no duplicate found by the dates."""

from __future__ import annotations

import re
from dataclasses import dataclass

from caseapp.domain.dates import PartialDate
from caseapp.domain.messages import Message, msg
from caseapp.domain.sheet_header_words import names_a_date as header_names_a_date
from caseapp.domain.sheet_loose_dates import read_sheet_date
from caseapp.domain.sheet_values import CellError, normalise

# The date field a place field's header may name too.
DATE_OF_PLACE = {"birth_place": "birth", "capture_place": "capture"}


@dataclass(frozen=True, slots=True)
class DateAndPlace:
    """What a cell of a date and a place gives: the date, the place, what is said of the
    cell, and what the date's reading leaves out (to keep in the captive's notes), if any."""

    day: PartialDate
    place: str
    said: Message
    caveat: Message | None
    keep: bool


def names_a_date(header: str) -> bool:
    """Whether a place's header names a date too ("Дата и место рождения")."""
    return header_names_a_date(normalise(header))


def date_and_place(text: str) -> DateAndPlace | None:
    """The date and the place of a cell written "date, place" or "place, date" (a comma or a
    semicolon between them), or of a date alone (no place); None when neither end of it is a
    date: the cell is then a place alone, kept whole. A cell of no letter that is no date
    ("1987-1988", "12.13.2020") is no place either: :class:`CellError`, saying why."""
    parts = [p.strip() for p in re.split(r"[,;]", text, maxsplit=1)]
    if len(parts) != 2 or not all(parts):
        return _date_alone(text)
    tail = [p.strip() for p in re.split(r"[,;](?=[^,;]*$)", text)]
    for date_text, place in ((parts[0], parts[1]), (tail[-1], tail[0])):
        try:
            day, caveat, keep = read_sheet_date(date_text)
        except CellError:
            continue
        return DateAndPlace(day, place, msg(
            "holds a date and a place: read as the date {date} and the place “{place}”",
            date=day.iso(), place=place), caveat, keep)
    return None


def _date_alone(text: str) -> DateAndPlace | None:
    """A cell of a date only ("13.12.1990", "1999 г.р."): its date and no place; None for a
    cell that reads as no date and has a letter (a place)."""
    try:
        day, caveat, keep = read_sheet_date(text)
    except CellError:
        if any(ch.isalpha() for ch in text):
            return None
        raise
    return DateAndPlace(day, "", msg("holds a date and no place: read as the date {date}",
                                     date=day.iso()), caveat, keep)
