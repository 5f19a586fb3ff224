"""What a sheet shows otherwise than its values say. Cells merged over several rows of the
list ("в плену" once for three men, a place of detention once for those held there): each
row is read with the merged cell's value. Hidden rows and columns: read like the others, as
nothing of a list is dropped unseen, but said, as the lawyer may not know they are there.
Formulas never computed (a file written by a program): said, as their cells read empty
(pure: no file, no database)."""

from __future__ import annotations

from collections.abc import Sequence

from caseapp.domain.messages import Message, msg, msg_n
from caseapp.domain.sheet_columns import FIELD_NAMES, column_letter
from caseapp.domain.sheet_others import shortened

Range = tuple[int, int, int, int]  # 0-based first row, column, last row, last column


def filled_down(rows: Sequence[Sequence[object]], merged: Sequence[Range], header_index: int,
                headers: Sequence[str]) -> tuple[tuple[tuple[object, ...], ...], list[Message]]:
    """The rows with each cell merged over rows below the header written into every row it
    covers (in its first column: the others of a merged cell hold nothing), and what is said
    of each column where that was done."""
    below = sorted((r for r in merged if r[0] > header_index and r[0] < len(rows)),
                   key=lambda r: (r[1], r[0]))
    if not below:
        return tuple(tuple(r) for r in rows), []
    out = [list(r) for r in rows]
    said: dict[int, list[str]] = {}
    for top, column, bottom, _ in below:
        value = out[top][column] if column < len(out[top]) else None
        if value is None or (isinstance(value, str) and not value.strip()):
            continue
        for index in range(top + 1, min(bottom, len(out) - 1) + 1):
            row = out[index]
            row.extend([None] * (column + 1 - len(row)))
            if row[column] in (None, ""):
                row[column] = value
        said.setdefault(column, []).append(f"{top + 1}–{bottom + 1}")
    notices = [msg("column {column} ({header}): a cell merged over rows {rows} is read for each "
                   "of its rows", column=column_letter(c),
                   header=shortened(headers[c] if c < len(headers) else ""), rows=", ".join(r))
               for c, r in said.items()]
    return tuple(tuple(r) for r in out), notices


def hidden_said(first_data_index: int, rows: int, hidden_rows: Sequence[int],
                hidden_columns: Sequence[int], columns: dict[int, str],
                headers: Sequence[str]) -> list[Message]:
    """What is said of the hidden rows below the header (0-based ``first_data_index`` on)
    and of the hidden columns that are read."""
    out: list[Message] = []
    below = [r + 1 for r in hidden_rows if first_data_index <= r < rows]
    if below:
        shown = ", ".join(str(r) for r in below[:10]) + (" …" if len(below) > 10 else "")
        out.append(msg_n("row {rows} is hidden in the sheet: it is read like the others",
                         "rows {rows} are hidden in the sheet: they are read like the others",
                         len(below), rows=shown))
    for c in sorted(set(hidden_columns) & set(columns)):
        out.append(msg("column {column} ({header}) is hidden in the sheet: it is read as "
                       "{field}", column=column_letter(c),
                       header=shortened(headers[c] if c < len(headers) else ""),
                       field=FIELD_NAMES[columns[c]]))
    return out


def uncomputed_said(first_data_index: int, uncomputed: Sequence[tuple[int, int]],
                    columns: dict[int, str], headers: Sequence[str]) -> list[Message]:
    """What is said of each column read whose cells below the header hold formulas never
    computed."""
    rows: dict[int, list[int]] = {}
    for row, column in sorted(uncomputed):
        if row >= first_data_index and column in columns:
            rows.setdefault(column, []).append(row + 1)
    return [msg_n("column {column} ({header}), row {rows}: a formula never computed (the file "
                  "was written by a program, not saved by a spreadsheet program) is read as "
                  "empty; open the file in a spreadsheet program, save it and import again",
                  "column {column} ({header}), rows {rows}: formulas never computed (the file "
                  "was written by a program, not saved by a spreadsheet program) are read as "
                  "empty; open the file in a spreadsheet program, save it and import again",
                  len(found), column=column_letter(c),
                  header=shortened(headers[c] if c < len(headers) else ""),
                  rows=", ".join(str(r) for r in found[:10]) + (" …" if len(found) > 10 else ""))
            for c, found in sorted(rows.items())]
