"""One cell of a spreadsheet's list read as the value of its field: a date, a status, a
category or sex by its words, tags, a name (its spellings in each alphabet, one person a
cell), any other text; with what to say of it (pure: no file, no database;
:func:`caseapp.domain.sheet_rows.read_row` reads a row's cells with it)."""

from __future__ import annotations

import re
from datetime import date
from typing import Any, NamedTuple

from caseapp.domain.enums import CaptiveCategory, CaptiveStatus, DatePrecision, Sex
from caseapp.domain.messages import Message, msg
from caseapp.domain.sheet_answers import TEXT_FIELDS, refuse_answer
from caseapp.domain.sheet_columns import FIELD_NAMES
from caseapp.domain.sheet_dates import first_day_wanted
from caseapp.domain.sheet_loose_dates import read_sheet_date
from caseapp.domain.sheet_name_scripts import one_person, spellings
from caseapp.domain.sheet_others import shortened as _short
from caseapp.domain.sheet_status import parse_status, refuse_uncertain
from caseapp.domain.sheet_values import (
    CATEGORY_WORDS,
    SEX_WORDS,
    CellError,
    ValueNames,
    clean_text,
    full_name,
    parse_name_details,
    parse_word,
    split_tags,
)

# A year or a date written into a name cell ("Петросян Арам, 1990 г.р."): it would be kept
# as part of the name, and the comma turn it round ("1990 г.р. Петросян Арам").
_DATE_IN_NAME = re.compile(r"\d{4}|\d{1,2}\s*[./]\s*\d{1,2}")


class StatusOn(NamedTuple):
    """A status cell that gives the day of the status after it ("освобождена 15.03.2021",
    "released on 15.03.2021", "в СИЗО с 12.01.2023")."""

    status: CaptiveStatus
    day: date


# The little word between a status and its day ("released on", "в СИЗО с", "since").
_BEFORE_DAY = re.compile(r"(?:on|since|from|as of|с|со|от)\s+", re.IGNORECASE)


def _status_day(rest: str) -> date | None:
    """The day a status cell's rest gives alone (an exact day, read without doubt), or None."""
    text = rest.strip()
    lead = _BEFORE_DAY.match(text)
    if lead:
        text = text[lead.end():]
    try:
        day, caveat, _ = read_sheet_date(text)
    except (CellError, ValueError):
        return None
    return day.value if day.precision is DatePrecision.EXACT and caveat is None else None


def read_cell(name: str, raw: object, overrides: dict[str, dict[str, str]],
               value_names: ValueNames) -> tuple[Any, Message | None, bool]:
    """The cell's value, the caveat of reading it (None when there is none), and whether the
    cell is kept in the captive's notes (what the value leaves out of it)."""
    if name in ("birth", "capture"):
        return read_sheet_date(raw)
    if name == "status":
        status, rest = parse_status(raw, overrides.get("status"))
        if not rest:
            return status, None, False
        on = _status_day(rest)
        if on is not None:  # "освобождена 15.03.2021": the day of that status
            return StatusOn(status, on), msg(
                "is read as “{status}” since {day} (the day written after it)",
                status=value_names(status), day=on), False
        return status, msg("is read as “{status}”; the rest (“{rest}”) is kept in the "
                           "captive's notes", status=value_names(status), rest=_short(rest)), True
    if name == "status_since":
        day, caveat, _ = read_sheet_date(raw)
        if day.precision in (DatePrecision.MONTH, DatePrecision.YEAR):
            raise CellError(first_day_wanted(day))  # "06.2026": not "no date"
        if day.precision is not DatePrecision.EXACT:
            raise CellError(msg("is not a day (write 17.05.2024)"))
        return day.value, caveat, False
    return _read_other(name, raw, overrides), None, False


def _read_other(name: str, raw: object, overrides: dict[str, dict[str, str]]) -> Any:
    if name == "category":
        refuse_uncertain(raw, overrides.get("category"))  # "военный?"
        return parse_word(raw, CaptiveCategory, CATEGORY_WORDS, overrides.get("category"))
    if name == "sex":
        refuse_uncertain(raw, overrides.get("sex"))
        return parse_word(raw, Sex, SEX_WORDS, overrides.get("sex"))
    if name == "tags":
        return split_tags(raw)
    if name == "name_details":
        return parse_name_details(raw)
    if name in TEXT_FIELDS:  # "Гражданин РА": TRUE, "да"
        refuse_answer(raw, FIELD_NAMES[name])
    text = clean_text(raw)
    if name in ("name", "given_name", "patronymic", "surname") and not any(
            ch.isalpha() for ch in text):
        raise CellError(msg("has no letter, so it is no name"))
    if name in ("name", "given_name", "patronymic", "surname") and _DATE_IN_NAME.search(text):
        raise CellError(msg("holds a year or a date beside the name; put it in a column of its "
                            "own (a name with one comma is also turned round: “Surname, "
                            "Given”)"))
    if name == "name":  # (a cell in two alphabets: a spelling for each)
        written = spellings(text)
        for one in written or [text]:
            one_person(one)
        return full_name(text) if written is None else [full_name(w) for w in written]
    return " ".join(text.split()) if name != "notes" else text


__all__ = ["StatusOn", "read_cell"]
