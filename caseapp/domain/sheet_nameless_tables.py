"""A second table below the list whose header names no one ("Status | Count", "Hearing date
| Court", "Contact person | Relation"): the list ends above it. Its rows are no captives;
read by the list's columns they were people named "Status" or "Contact person", or a row
in error for each of its lines. Said in one line (pure: no file, no database).

A table whose header names a name is :func:`caseapp.domain.sheet_tables.other_tables`'s:
its rows are errors of their own, to import that table with its header row.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from caseapp.domain.messages import Message, msg_n
from caseapp.domain.sheet_columns import about_someone_else, field_for_header, names_a_field
from caseapp.domain.sheet_others import shortened
from caseapp.domain.sheet_tables import cell_text, repeats_header
from caseapp.domain.sheet_values import normalise

_NAME_FIELDS = frozenset({"name", "given_name", "surname"})
_DIGIT = re.compile(r"\d")
# The words of a column's title that no person's name has (English, Russian, Armenian),
# and the little words between them ("Date of the hearing", "Дата и место").
_TITLE_WORD = re.compile(
    r"date|dates|day|count|number|no|nr|qty|quantity|amount|total|sum|summary|court|judge|"
    r"hearings?|session|results?|outcome|decisions?|case|article|charges?|sentence|term|"
    r"phone|telephone|e ?mail|address|relation(ship)?|comments?|reason|year|month|period|"
    r"region|country|source|links?|documents?|files?|remarks?|next|last|of|the|and|by|per|"
    r"дата|даты|день|количество|кол|во|число|итог\w*|всего|сумма|суд|судья|заседани\w*|"
    r"решени\w*|результат\w*|исход|дел[оа]|стать[яи]|обвинени\w*|приговор|срок|телефон|"
    r"адрес|связь|причин[аы]|год|месяц|период|регион|страна|источник|ссылк[аи]|"
    r"документ\w*|следующ\w*|последн\w*|и|по|на|с|в|"
    r"ամսաթիվ\w*|օր|քանակ\w*|թիվ|ընդամենը|դատարան\w*|դատավոր\w*|նիստ\w*|որոշում\w*|"
    r"արդյունք\w*|գործ\w*|հոդված\w*|մեղադրանք\w*|դատավճիռ\w*|ժամկետ\w*|հեռախոս\w*|"
    r"հասցե\w*|տարի|ամիս|երկիր|աղբյուր\w*|փաստաթուղթ\w*|հաջորդ\w*|վերջին|և|ըստ")
_LONGEST_TITLE = 40
_BRACKETED = re.compile(r"(.*?\S)\s*\([^()]*\)")


def a_column_title(text: str) -> bool:
    """Whether a cell's whole text is a column's title: a field's header ("Status"), one
    about someone else ("Contact person"), or words only titles have ("Hearing date",
    "Количество"). A remark in brackets after it is the title's ("Брат (Ф.И.О.)") or a
    person's ("Акопян Тигран (брат Карена)"): what stands before it decides."""
    remarked = _BRACKETED.fullmatch(text.strip())
    if remarked:
        text = remarked.group(1)
    words = normalise(text).split()
    return bool(words) and (names_a_field(text) or about_someone_else(text)
                            or all(_TITLE_WORD.fullmatch(w) for w in words))


def _reads_as_titles(row: Sequence[object], name_columns: Sequence[int]) -> bool:
    """Whether a row is a header that names no one: two cells or more, all short text
    without digits, its cells in the list's name columns and at least half of all its cells
    columns' titles."""
    filled = [(i, c) for i, c in enumerate(row) if c is not None and c != ""]
    if len(filled) < 2 or not all(isinstance(c, str) and c.strip() for _, c in filled):
        return False  # (a quick look first: a list has thousands of rows)
    texts = {i: cell_text(c) for i, c in filled}
    if any(not t or len(t) > _LONGEST_TITLE or _DIGIT.search(t) for t in texts.values()):
        return False
    if any(field_for_header(t) in _NAME_FIELDS for t in texts.values()):
        return False  # a table of people: other_tables' (its rows errors of their own)
    in_names = [t for i, t in texts.items() if i in name_columns]
    if not in_names or not all(a_column_title(t) for t in in_names):
        return False
    return 2 * sum(1 for t in texts.values() if a_column_title(t)) >= len(texts)


def nameless_table(rows: Sequence[Sequence[object]], header_index: int,
                   columns: dict[int, str]) -> tuple[int, int] | None:
    """Where a table below the list whose header names no one begins (0-based: its title,
    one cell alone right above its header, else its header) and its header's index; None when
    there is none. The row right under the list's header is not looked at (the second row
    of a header over two rows)."""
    name_columns = sorted(i for i, f in columns.items() if f in _NAME_FIELDS)
    if not name_columns:
        return None
    headers = [cell_text(c) for c in rows[header_index]] if header_index < len(rows) else []
    for index in range(header_index + 2, len(rows)):
        row = rows[index]
        if not _reads_as_titles(row, name_columns) or repeats_header(row, headers):
            continue
        titled = index - 1 > header_index + 1 and _a_title(rows[index - 1], name_columns)
        return (index - 1 if titled else index), index
    return None


def _a_title(row: Sequence[object], name_columns: Sequence[int]) -> bool:
    """Whether a row is a table's title ("Hearings", "Contacts" in another column): one
    cell, a column's title or outside the list's name columns (one name alone is a
    person)."""
    filled = [(i, c) for i, c in enumerate(row) if c is not None and c != ""]
    if len(filled) != 1:
        return False
    i, cell = filled[0]
    return i not in name_columns or a_column_title(cell_text(cell))


def nameless_table_said(rows: Sequence[Sequence[object]], start: int, header: int
                        ) -> Message:
    """The one line said of a nameless table cut off the list."""
    text = " | ".join(t for t in (cell_text(c) for c in rows[header]) if t)
    count = sum(1 for r in rows[start:] if any(c not in (None, "") for c in r))
    return msg_n("row {row} (“{header}”) is the header of another table, with no column of "
                 "names: the list ends above it, and the {count} row from row {start} on is "
                 "not read",
                 "row {row} (“{header}”) is the header of another table, with no column of "
                 "names: the list ends above it, and the {count} rows from row {start} on are "
                 "not read",
                 count, row=header + 1, header=shortened(text), start=start + 1)
