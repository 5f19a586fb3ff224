"""The order a sheet's date column writes its numeric dates in (day or month first), told by
the dates that can be read only one way, and what that makes of the dates that could be
either (pure: no file, no database).

A cell alone is read day first, as Armenian, Russian and most European lists write dates,
and month first only when it cannot be day first (05/17/1990; never one written with dots,
17.05.1990, as no one writes month first so: 12.13.1987 is an error of its cell). A column is one person's or
one program's way of writing, though: when a column has a date that can only be month first
and none that can only be day first, it is written month first (as in the United States),
and its 04/05/1990 is 5 April, not 4 May (read alone, it put a captive's capture months
away from the day). When a column has dates proving each order, the dates in it that could
be either cannot be told: they are not read, and the row names them.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from caseapp.domain.dates import PartialDate
from caseapp.domain.messages import Message, msg
from caseapp.domain.sheet_columns import column_letter
from caseapp.domain.sheet_others import SheetLayout, shortened
from caseapp.domain.sheet_values import CellError

DATE_FIELDS = ("birth", "capture", "status_since")
# A numeric day: 04/05/1990, 4.5.1990, 04-05-1990 (what follows the year is the cell's own)
NUMERIC_DAY = re.compile(r"\s*(\d{1,2})\s*[./\-]\s*(\d{1,2})\s*[./\-]\s*\d{4}\b.*")


def _with_dots(text: str) -> bool:
    """Whether a numeric day is written with dots (04.05.1990): always day first, as no one
    writes month first so (the United States write 04/05/1990)."""
    return re.match(r"\s*\d{1,2}\s*\.", text) is not None


@dataclass(frozen=True, slots=True)
class ColumnOrder:
    """A date column's order as its cells prove it: ``month`` (a date only month first, none
    only day first) or ``both`` (dates only month first and dates only day first). The
    first cell proving each order: (row number, text)."""

    column: int
    header: str
    month_first: tuple[int, str]
    day_first: tuple[int, str] | None

    @property
    def both(self) -> bool:
        return self.day_first is not None


def _either_way(text: str) -> tuple[int, int] | None:
    """The two leading numbers of a numeric day that could be day or month first (04/05/1990;
    not 05/05/1990, read the same either way); None for any other cell."""
    found = NUMERIC_DAY.fullmatch(text)
    if not found:
        return None
    first, second = int(found.group(1)), int(found.group(2))
    return (first, second) if 1 <= first <= 12 and 1 <= second <= 12 and first != second else None


def column_orders(rows: Sequence[Sequence[object]], lay: SheetLayout) -> dict[int, ColumnOrder]:
    """The date columns whose cells prove them written month first, or in both orders:
    column index → its :class:`ColumnOrder`. A column proving only day first, or nothing, is
    read as each cell says (day first when it could be either) and is not in the answer."""
    out: dict[int, ColumnOrder] = {}
    for i, name in sorted(lay.columns.items()):
        if name not in DATE_FIELDS:
            continue
        month: tuple[int, str] | None = None
        day: tuple[int, str] | None = None
        for index in range(lay.header_index + 1, len(rows)):
            raw = rows[index][i] if i < len(rows[index]) else None
            cell = raw.strip() if isinstance(raw, str) else ""
            found = NUMERIC_DAY.fullmatch(cell)
            if not found or _with_dots(cell):
                continue
            first, second = int(found.group(1)), int(found.group(2))
            if second > 12 >= first >= 1 and month is None:
                month = (index + 1, cell)
            elif first > 12 >= second >= 1 and day is None:
                day = (index + 1, cell)
        if month is not None:
            header = lay.headers[i] if i < len(lay.headers) else ""
            out[i] = ColumnOrder(i, header, month, day)
    return out


def in_column_order(raw: object, read: PartialDate | date, order: ColumnOrder
                    ) -> tuple[PartialDate | date, Message | None]:
    """A date read from ``raw`` (day first, as a cell alone is read) as its column's order
    makes it, and what is said of it: month first in a column written month first; refused
    (:class:`CellError`) in a column written both ways. Any other cell is left as read."""
    numbers = _either_way(raw) if isinstance(raw, str) and not _with_dots(raw) else None
    if numbers is None:
        return read, None
    if order.both:
        assert order.day_first is not None
        raise CellError(msg(
            "could be day or month first, and column {column} ({header}) has dates written "
            "each way (row {row}: {text}; row {other}: {other_text}); write it as 2024-05-17",
            column=column_letter(order.column), header=shortened(order.header),
            row=order.month_first[0], text=order.month_first[1], other=order.day_first[0],
            other_text=order.day_first[1]))
    first, second = numbers
    day = read.value if isinstance(read, PartialDate) else read
    swapped = day.replace(month=first, day=second)
    return (PartialDate(swapped, read.precision) if isinstance(read, PartialDate) else swapped,
            None)


def orders_said(orders: dict[int, ColumnOrder]) -> list[Message]:
    """What is said of the sheet for each column read month first, or in both orders."""
    out: list[Message] = []
    for order in orders.values():
        column, header = column_letter(order.column), shortened(order.header)
        row, text = order.month_first
        if order.day_first is None:
            out.append(msg("column {column} ({header}) is read month first, as in the United "
                           "States: its date {text} (row {row}) can only be month first and "
                           "none can only be day first, so 04/05/1990 is 5 April 1990",
                           column=column, header=header, row=row, text=text))
        else:
            out.append(msg("column {column} ({header}) has dates written month first (row "
                           "{row}: {text}) and day first (row {other}: {other_text}): those "
                           "that could be either are not read; write them as 2024-05-17",
                           column=column, header=header, row=row, text=text,
                           other=order.day_first[0], other_text=order.day_first[1]))
    return out
