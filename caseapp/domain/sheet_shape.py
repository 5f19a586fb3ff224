"""What a sheet shows otherwise than its values say. Cells merged over several rows of the
list ("в плену" once for three men, a place of detention once for those held there): each
row is read with the merged cell's value. Hidden rows and columns: read like the others, as
nothing of a list is dropped unseen, but said, as the lawyer may not know they are there.
Formulas never computed (a file written by a program): said, as their cells read empty.
Dates counted from 1904 (old Mac Excel): the plain numbers of date columns read as such
(pure: no file, no database)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, timedelta

from caseapp.domain.messages import Message, msg, msg_n
from caseapp.domain.sheet_columns import FIELD_NAMES, column_letter
from caseapp.domain.sheet_dates import SERIAL_RANGE, plain_number
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


_DATE_FIELDS = frozenset({"birth", "capture", "status_since"})
_DAY_0_OF_1904 = date(1904, 1, 1)


def counted_from_1904(rows: Sequence[Sequence[object]], header_index: int,
                      columns: dict[int, str]) -> tuple[tuple[tuple[object, ...], ...],
                                                        Message | None]:
    """The rows of a workbook counting its dates from 1904, each whole number of a date
    column below the header that is a date by its size (as
    :func:`~caseapp.domain.sheet_dates.parse_partial_date` tells: not a year) made the day
    it counts; and what is said of it (None when no number was)."""
    dated = [i for i, f in columns.items() if f in _DATE_FIELDS]
    out = [tuple(r) for r in rows]
    count = 0
    for index in range(header_index + 1, len(out)):
        row = out[index]
        found = {i: n for i in dated if i < len(row) and (n := _serial(row[i])) is not None}
        if found:
            cells = list(row)
            for i, days in found.items():
                cells[i] = _DAY_0_OF_1904 + timedelta(days=days)
            out[index] = tuple(cells)
            count += len(found)
    if not count:
        return tuple(out), None
    return tuple(out), msg_n("the workbook counts its dates from 1904 (as Excel for the Mac did): "
                             "{count} number in a date column is read as a day of that count",
                             "the workbook counts its dates from 1904 (as Excel for the Mac did): "
                             "{count} numbers in date columns are read as days of that count",
                             count, count=count)


def _serial(value: object) -> int | None:
    """A whole number of the size of a date counted from 1904 (to the year 9999), also
    typed as text ("30388", read from 1900 before: four years and a day earlier than the
    same number in the next row)."""
    if isinstance(value, str) and plain_number(value):
        value = float(value)
    if (isinstance(value, int | float) and not isinstance(value, bool)
            and float(value).is_integer() and SERIAL_RANGE[0] <= value <= SERIAL_RANGE[1] - 1462):
        return int(value)
    return None
