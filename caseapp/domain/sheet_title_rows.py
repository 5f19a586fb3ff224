"""Rows of a list that are no person: the title of a part ("Военнослужащие", "Освобождены",
"Զինծառայողներ", "Released") and a total or a note under the list or a part ("Итого: 12",
"Ընդամենը՝ 5"). They are listed with what they were read as, never imported, and never an
error of the sheet (pure: no file, no database).

A title is found in its plain shape, alone in the name column, and in the shapes lists
give it: a running number beside it ("3 | Военнослужащие"), a count in it or beside it
("Военнослужащие (12)", "Гражданские лица | | 5"), a note beside it, or written in a column
no field takes (merged across the table from column A). A title in those shapes is a guess,
said as one; and in any shape its words must read as a title does, in the plural or in
several words ("Освобождены", "Пропавшие без вести", "Ազատ արձակված"): a one-word name that
is also a word of a status or a category ("Ազատ", an Armenian given name; "Free"; "Солдат")
stays a person, with a warning.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from itertools import pairwise

from caseapp.domain.enums import CaptiveCategory, CaptiveStatus
from caseapp.domain.messages import Message, msg
from caseapp.domain.sheet_part_titles import title_category, title_status
from caseapp.domain.sheet_tables import a_title, cell_text, total_or_note
from caseapp.domain.sheet_values import CATEGORY_WORDS, CellError, normalise, parse_word

TITLE, TOTAL = "title", "total"
_NAME_FIELDS = frozenset({"name", "given_name", "patronymic", "surname"})
# A running number before a title: "3", "3.", "III)", "А."
_NUMBER_BEFORE = re.compile(r"^\s*(\d{1,4}|[IVXivx]{1,5})\s*[.)]?\s+(?=\w)")
# A count after a title: "(12)", "[5 чел.]", ": 12", "— 5 человек", "՝ 5"
_COUNT_AFTER = re.compile(r"\s*(?:[(\[]\s*\d{1,4}\s*\w*\.?\s*[)\]]|[:—–\-՝]\s*\d{1,4}\s*\w*\.?)"
                          r"\s*$")
# A count or a running number in a cell of its own (a year is no count: 1990 is a birth).
_COUNT_CELL = re.compile(r"\d{1,3}\s*(\w{1,8}\.?)?")
# The endings of a plural: Russian (-ые, -ие, -ы, -и), Armenian (-ներ, -եր, -նք, -իք, with
# the article -ը), English (-s, -men; participles -ed, -ing name a group as well).
_PLURAL = re.compile(r"(ые|ие|ы|и|ներ|ները|եր|երը|նք|իք|s|men|ed|ing)$")


@dataclass(frozen=True, slots=True)
class NotAPerson:
    """A row that is no person: what it was read as."""

    kind: str  # TITLE or TOTAL
    text: str  # the row's text: its filled cells joined ("3 | Военнослужащие | 12")
    title: str = ""  # a title's words, without a running number or a count
    cell: str = ""  # a title's cell as written ("Военнослужащие (12)")
    names: CaptiveCategory | CaptiveStatus | None = None  # what a title gives the rows below
    guessed: bool = False  # a title told by its shape (a number, a count or a note beside it)


def title_form(words: str) -> bool:
    """Whether a status's or a category's words read as the title of a part: several words,
    a plural, an abbreviation ("СИЗО", "POW") or "Other"; not one word a name may be."""
    text = normalise(words)
    parts = text.split()
    if len(parts) != 1:
        return len(parts) > 1
    if _PLURAL.search(text) or (words.strip().isupper() and len(words.strip()) > 1):
        return True
    try:
        return parse_word(text, CaptiveCategory, CATEGORY_WORDS) is CaptiveCategory.OTHER
    except CellError:
        return False


def _title_words(text: str) -> tuple[str, bool]:
    """A title cell's words without a running number or a count, and whether it had one."""
    words = _COUNT_AFTER.sub("", _NUMBER_BEFORE.sub("", text, count=1), count=1).strip()
    return words, words != text.strip()


def _row_text(row: Sequence[object]) -> str:
    return " | ".join(t for t in (cell_text(c) or _plain(c) for c in row) if t)


def _plain(cell: object) -> str:
    """A cell that is not text as text ("12" for 12 and 12.0)."""
    if cell is None or isinstance(cell, str):
        return ""
    return str(int(cell)) if isinstance(cell, float) and cell.is_integer() else str(cell)


def title_row(row: Sequence[object], cells: dict[int, object], columns: dict[int, str],
              overrides: dict[str, dict[str, str]] | None = None) -> NotAPerson | None:
    """The row as the title of a part, or None when it is no title (see the module's
    docstring). ``cells``: the row's filled cells in mapped columns; ``columns``: column
    index → field."""
    named = [i for i in cells if columns.get(i) in _NAME_FIELDS]
    if len(named) > 1:
        return None
    if named:
        at = named[0]
    else:  # no name: a title in a column no field takes (written from column A)
        texts = [i for i, c in enumerate(row) if i not in columns
                 and any(ch.isalpha() for ch in cell_text(c))]
        if len(texts) != 1:
            return None
        at = texts[0]
    beside = False  # (the cells beside it first: a person's row has a date or a status)
    for i, cell in enumerate(row):
        if i == at or cell is None or (isinstance(cell, str) and not cell.strip()):
            continue
        field = columns.get(i)
        if field is None:  # a column no field takes (a running number, a remark): as before
            continue
        if field == "notes" or _COUNT_CELL.fullmatch(cell_text(cell) or _plain(cell)):
            beside = True
            continue
        return None  # a date, a status, a place beside it: a person's row
    text = cell_text(row[at])
    words, trimmed = _title_words(text)
    if not words or not a_title(words, overrides):
        return None
    if not title_form(words):
        return None
    over = overrides or {}
    value = title_category(words, over.get("category")) or title_status(words, over.get("status"))
    return NotAPerson(TITLE, _row_text(row), words, text, value,
                      guessed=trimmed or beside or not named)


def total_row(row: Sequence[object], cells: dict[int, object], columns: dict[int, str]
              ) -> NotAPerson | None:
    """A total or a note under the list ("Итого: 4 человека", "Total | | 11", "| | Всего |
    11", "Итого: | 2" with the count in the name column), or a row numbering the columns
    (:func:`column_numbers`). A row with a name is one when its
    name's cell is; a row without one (no letter in its name cells), when any of its cells
    is."""
    if column_numbers(row):  # "1 | 2 | 3 | 4 | 5" under an official table's header
        return NotAPerson(TOTAL, _row_text(row))
    named = [i for i in sorted(cells) if columns[i] in _NAME_FIELDS
             and any(ch.isalpha() for ch in str(cells[i]))]
    alone = sum(1 for c in row if c is not None and str(c).strip()) == 1
    for i in named or range(len(row)):
        text = cell_text(row[i])
        if text and total_or_note(text, footnote=bool(named) or alone):
            return NotAPerson(TOTAL, _row_text(row))
    return None


def column_numbers(row: Sequence[object]) -> bool:
    """Whether a row numbers the columns, as official tables do under their header ("1 | 2 |
    3 | 4 | 5"): three whole numbers or more, one a cell in cells side by side, each one more
    than the one before, and nothing else (read as a person, it was four errors)."""
    filled = [(i, c) for i, c in enumerate(row) if c is not None and str(c).strip()]
    if len(filled) < 3:
        return False
    numbers = []
    for _, cell in filled:
        if isinstance(cell, bool):
            return False
        text = str(int(cell)) if isinstance(cell, float) and cell.is_integer() else str(cell)
        if not text.strip().isdigit():
            return False
        numbers.append(int(text))
    return all(b[0] == a[0] + 1 and n == m + 1
               for (a, b), (m, n) in zip(pairwise(filled), pairwise(numbers), strict=True))


def lone_title_word(words: str, overrides: dict[str, dict[str, str]] | None = None) -> bool:
    """Whether a name alone on its row is a word of a status or a category too, though not
    in a title's form ("Ազատ", "Free"): it is read as a person, with a warning."""
    return a_title(words, overrides) and not title_form(words)


def said(row: int, found: NotAPerson) -> Message:
    """What the preview says of a row that is no person, with its row number."""
    if found.kind == TOTAL:
        return msg("row {row} (“{text}”) is a total or a note, not a person: it is not "
                   "imported.", row=row, text=found.text)
    if found.guessed:
        return msg("row {row} (“{text}”) is read as the title of a part of the list (“{title}”), "
                   "from its shape, not as a person: it is not imported; check that it is no "
                   "person.", row=row, text=found.text, title=found.title)
    return msg("row {row} (“{text}”) is the title of a part of the list, not a person: it is "
               "not imported.", row=row, text=found.text)
