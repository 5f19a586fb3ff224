"""Where the list of captives ends on its sheet: a second table below it (its own header,
and the title above that), a total or a note under it, a title between its parts
("Освобождены"). Such rows are no person: they are said as errors of their row, never
created as captives nor read by the columns of another table (pure: no file, no database).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from caseapp.domain.enums import CaptiveCategory, CaptiveStatus
from caseapp.domain.messages import Message, msg
from caseapp.domain.sheet_columns import field_for_header
from caseapp.domain.sheet_values import (
    CATEGORY_WORDS,
    STATUS_WORDS,
    CellError,
    clean_text,
    normalise,
    parse_word,
)

_NAME_FIELDS = frozenset({"name", "given_name", "surname"})
# The first word of a total or a note written under a list, in the name column.
_TOTAL_OR_NOTE = re.compile(r"(итого|всего|total|totals|subtotal|sum|note|notes|nb|"
                            r"примечани\w*|прим|сноска|ընդամենը|նշում\w*|ծանոթ\w*)\b")


def _text(cell: object) -> str:
    try:
        return clean_text(cell) if isinstance(cell, str) else ""
    except CellError:
        return ""


def _filled(cell: object) -> bool:
    return cell is not None and not (isinstance(cell, str) and not cell.strip())


def reads_as_header(row: Sequence[object]) -> bool:
    """Whether a row below the header is itself a header: its texts name two fields or
    more, a name among them, and at least half of its cells name one."""
    texts = [t for t in (_text(c) for c in row) if t]
    named = [f for f in (field_for_header(t) for t in texts) if f]
    return (len(set(named)) >= 2 and bool(_NAME_FIELDS & set(named))
            and 2 * len(named) >= len(texts))


def total_or_note(name: str) -> bool:
    """Whether a name cell holds a total or a note under the list ("Итого: 4 человека",
    "Примечание: …", "Ընդամենը")."""
    return _TOTAL_OR_NOTE.match(normalise(name)) is not None


def a_title(name: str) -> bool:
    """Whether a name cell alone on its row is the title of a part of the list: a status or
    a category ("Освобождены", "Released", "Военнопленные")."""
    for enum, words in ((CaptiveStatus, STATUS_WORDS), (CaptiveCategory, CATEGORY_WORDS)):
        try:
            parse_word(name, enum, words)
        except CellError:
            continue
        return True
    return False


def other_tables(rows: Sequence[Sequence[object]], header_index: int) -> dict[int, Message]:
    """The rows (0-based index → the reason) from the first row below the header that reads
    as a second table's header: it, the title just above it (one cell, after an empty row
    or none) and every row below. A second table is set off from the first by an empty row
    or its title: only the row after one is looked at (the headers' words are slow to
    match, and a list has thousands of rows)."""
    for index in range(header_index + 2, len(rows)):
        if sum(1 for c in rows[index - 1] if _filled(c)) > 1:
            continue
        if not reads_as_header(rows[index]):
            continue
        out: dict[int, Message] = {}
        above = index - 1
        if above > header_index and sum(1 for c in rows[above] if _filled(c)) == 1:
            out[above] = msg("is the title of another table (its header in row {row}), not a "
                             "person", row=index + 1)
        out[index] = msg("is the header of another table below the list; import that table "
                         "on its own, with row {row} as the header row", row=index + 1)
        for below in range(index + 1, len(rows)):
            out[below] = msg("is in another table (its header in row {row}); import that "
                             "table on its own, with row {row} as the header row", row=index + 1)
        return out
    return {}
