"""What is said of a whole sheet's shape before its rows are imported: rows repeating the
header, a header merged over two rows, and slashed dates whose order no cell proves (pure:
no file, no database; a date column proving its order: sheet_date_orders)."""

from __future__ import annotations

from collections.abc import Sequence

from caseapp.domain.messages import Message, msg, msg_n
from caseapp.domain.sheet_columns import column_letter, field_for_header
from caseapp.domain.sheet_date_orders import NUMERIC_DAY
from caseapp.domain.sheet_dates import parse_partial_date
from caseapp.domain.sheet_others import shortened as _short
from caseapp.domain.sheet_rows import SheetLayout, header_text
from caseapp.domain.sheet_tables import repeated_headers
from caseapp.domain.sheet_values import CellError


def header_repeated(rows: Sequence[Sequence[object]], lay: SheetLayout) -> Message | None:
    """What is said of the rows that repeat the header (they are no person and are left
    out; the rows under them are read as the list's)."""
    found = repeated_headers(rows, lay.header_index)
    if not found:
        return None
    return msg_n("row {rows} repeats the header (row {row}): it is left out, and the rows "
                 "under it are read as the list's", "rows {rows} repeat the header (row {row}): "
                 "they are left out, and the rows under them are read as the list's",
                 len(found), rows=", ".join(str(i + 1) for i in found[:10])
                 + (" …" if len(found) > 10 else ""), row=lay.header_index + 1)


def two_row_header(rows: Sequence[Sequence[object]], lay: SheetLayout) -> Message | None:
    """A warning when the header looks merged over two rows ("Date" over "of birth" and "of
    capture"): a column whose header is empty, or names no field, while the row below
    finishes it into one that does. Those columns are not mapped, and the row below is read
    as data."""
    below_index = lay.header_index + 1
    if below_index >= len(rows):
        return None
    below = rows[below_index]
    above = ""
    found: list[str] = []
    for i, cell in enumerate(below):
        header = lay.headers[i] if i < len(lay.headers) else ""
        above = header or above  # a merged header is written in its first column
        text = header_text(cell) if isinstance(cell, str) else ""
        if (text and i not in lay.columns and above and i not in lay.others
                and field_for_header(above) is None
                and field_for_header(f"{above} {text}") is not None):
            found.append(f"“{_short(above)}” + “{_short(text)}”")
    if not found:
        return None
    return msg("the header looks merged over rows {row} and {next} ({columns}): those columns "
               "are not mapped; give each column its header in one row, or map the columns",
               row=lay.header_index + 1, next=below_index + 1, columns=", ".join(found))




def slashed_dates_unproven(rows: Sequence[Sequence[object]], lay: SheetLayout) -> list[Message]:
    """A warning for each date column whose dates are written with slashes and could each
    be day or month first (05/06/1990: no date of it has a day above 12): they are read day
    first, and a list written month first (as in the United States) would have every day
    and month swapped without any cell being wrong."""
    out: list[Message] = []
    for i, name in sorted(lay.columns.items()):
        if name not in ("birth", "capture", "status_since"):
            continue
        first_seen: tuple[int, str, str] | None = None  # row, text, read as
        proven = False
        for index in range(lay.header_index + 1, len(rows)):
            raw = rows[index][i] if i < len(rows[index]) else None
            cell = raw.strip() if isinstance(raw, str) else ""
            found = NUMERIC_DAY.fullmatch(cell)
            if not found or "/" not in cell:
                continue
            first, second = int(found.group(1)), int(found.group(2))
            if first > 12 or second > 12:
                proven = True
                break
            if first != second and first and second and first_seen is None:
                try:
                    first_seen = (index + 1, cell, parse_partial_date(cell).iso())
                except CellError:  # "05/06/1990 approx.": said as the cell's error
                    continue
        if first_seen is not None and not proven:
            row, text, read = first_seen
            header = lay.headers[i] if i < len(lay.headers) else ""
            out.append(msg("column {column} ({header}) writes dates with slashes that could be "
                           "day or month first (row {row}: {text}, read as {read}): they are "
                           "read day first; if the list is written month first, as in the "
                           "United States, write its dates as 2024-05-17 and import again",
                           column=column_letter(i), header=_short(header), row=row, text=text,
                           read=read))
    return out
