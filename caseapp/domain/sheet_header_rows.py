"""A header over two rows: "ФИО | Дата | Статус" over " | рождения | задержания | ", the
"Дата" cell merged over the two columns below it. Its columns are read by the two rows'
words together ("Дата рождения", "Дата задержания"), and the second row is no person (pure:
no file, no database)."""

from __future__ import annotations

from collections.abc import Sequence

from caseapp.domain.messages import Message, msg
from caseapp.domain.sheet_columns import field_for_header
from caseapp.domain.sheet_others import shortened
from caseapp.domain.sheet_tables import cell_text

_NAME_FIELDS = frozenset({"name", "given_name", "surname"})


def finished_below(rows: Sequence[Sequence[object]], index: int, headers: Sequence[str]
                   ) -> tuple[str, ...] | None:
    """The headers of row ``index`` finished by the row below it, when that row is the
    header's second row: text only, nothing under a name's header, and some of its words
    finishing the header above them (written in the first column of a merged cell, and
    naming no field alone) into one that names a field. None when it is not."""
    if index + 1 >= len(rows):
        return None
    below = rows[index + 1]
    filled = [c for c in below if c is not None and c != ""]
    if not filled or not all(isinstance(c, str) for c in filled):
        return None
    if any(field_for_header(h) in _NAME_FIELDS and i < len(below) and below[i] not in (None, "")
           for i, h in enumerate(headers)):
        return None
    out = list(headers) + [""] * max(0, len(below) - len(headers))
    above = ""
    finished = False
    for i, cell in enumerate(below):
        header = headers[i] if i < len(headers) else ""
        above = header or above  # a merged header is written in its first column
        text = cell_text(cell)
        if (text and above and field_for_header(above) is None
                and field_for_header(f"{above} {text}") is not None):
            out[i] = f"{above} {text}"
            finished = True
        elif text and not header:
            out[i] = text
    return tuple(out) if finished else None


def header_over_two_rows(index: int, headers: Sequence[str], finished: Sequence[str]
                         ) -> Message:
    """What is said of a header read over two rows."""
    read = [f"“{shortened(h)}”" for i, h in enumerate(finished)
            if h and (i >= len(headers) or h != headers[i])]
    return msg("the header is merged over rows {row} and {next}: its columns are read as {columns}",
               row=index + 1, next=index + 2, columns=", ".join(read))
