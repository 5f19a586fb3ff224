"""A second table below the list whose header is told only by its look: set in bold or on a
coloured fill, as the list's own header is, while its words name nothing CaseApp knows
("Пленный | Освобождён | Статус", "Prisoner | Released on | Via"). Read by the list's
columns, its rows were captives with a release date for a birth date; the list ends above
it (pure: no file, no database).

The cue is the look and the words together, so that a person a lawyer set in bold (an
urgent case) stays a person: the list's header has that look too, the rows right above do
not, and the row is short text without digits (no date), none of it a status or a category
under those columns. A header whose words name a name and another field is
:func:`caseapp.domain.sheet_tables.other_tables`'s.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Sequence

from caseapp.domain.messages import Message, msg_n
from caseapp.domain.sheet_others import shortened
from caseapp.domain.sheet_tables import a_title, cell_text, reads_as_header, repeats_header

_DIGIT = re.compile(r"\d")
_LONGEST_TITLE = 40
_WORD_COLUMNS = frozenset({"status", "category"})


def _filled(cell: object) -> bool:
    return cell is not None and not (isinstance(cell, str) and not cell.strip())


def _reads_as_header_by_look(row: Sequence[object], columns: dict[int, str]) -> bool:
    """Two cells or more, all short text without digits, none a status or a category in
    the list's status or category column, and not a header :func:`reads_as_header` finds."""
    filled = [(i, c) for i, c in enumerate(row) if _filled(c)]
    if len(filled) < 2 or not all(isinstance(c, str) for _, c in filled):
        return False
    texts = {i: cell_text(c) for i, c in filled}
    if any(not t or len(t) > _LONGEST_TITLE or _DIGIT.search(t) for t in texts.values()):
        return False
    if any(columns.get(i) in _WORD_COLUMNS and a_title(t) for i, t in texts.items()):
        return False  # a person set in bold: "Петросян Арам | в плену"
    return not reads_as_header(row)


def styled_table(rows: Sequence[Sequence[object]], header_index: int, columns: dict[int, str],
                 emphasised: Collection[int]) -> tuple[int, int] | None:
    """Where a table below the list whose header is told by its look begins (0-based: its
    title, one cell alone right above its header, else its header) and its header's index;
    None when there is none, or the list's own header has no such look (``emphasised``:
    the rows whose every cell with a value is bold or on a fill)."""
    if header_index not in emphasised:
        return None
    headers = [cell_text(c) for c in rows[header_index]] if header_index < len(rows) else []
    person_above = False  # a row of the list (not in bold) since the header
    for index in range(header_index + 1, len(rows)):
        row = rows[index]
        if not any(_filled(c) for c in row):
            continue
        if index not in emphasised:
            person_above = True
            continue
        if not person_above or not _reads_as_header_by_look(row, columns) \
                or repeats_header(row, headers):
            continue
        above = index - 1
        while above > header_index and not any(_filled(c) for c in rows[above]):
            above -= 1  # (an empty row between the title and its header)
        titled = (above > header_index and above in emphasised
                  and sum(1 for c in rows[above] if _filled(c)) == 1)
        return (above if titled else index), index
    return None


def styled_table_said(rows: Sequence[Sequence[object]], start: int, header: int) -> Message:
    """The one line said of a table told by its look, cut off the list."""
    text = " | ".join(t for t in (cell_text(c) for c in rows[header]) if t)
    count = sum(1 for r in rows[start:] if any(_filled(c) for c in r))
    return msg_n("row {row} (“{header}”) is set as a header, as the list's own is: it begins "
                 "another table, the list ends above it, and the {count} row from row {start} "
                 "on is not read (to import that table, give its header row: {row})",
                 "row {row} (“{header}”) is set as a header, as the list's own is: it begins "
                 "another table, the list ends above it, and the {count} rows from row "
                 "{start} on are not read (to import that table, give its header row: {row})",
                 count, row=header + 1, header=shortened(text), start=start + 1)
