"""Reading a workbook's sheet into rows of cells: XLSX by openpyxl (read-only, the values
last computed rather than formulas), old Excel XLS and ODS by python-calamine. The sheet read
when none is named is the first listing people; a date cell shown as a month or a year is a
date known to that precision; a year typed into a date cell is read as the year."""

from __future__ import annotations

import itertools
import re
import zipfile
from collections.abc import Callable, Iterable
from dataclasses import replace
from datetime import date, datetime, time
from pathlib import Path
from typing import Any

from caseapp.domain.dates import PartialDate
from caseapp.domain.enums import DatePrecision
from caseapp.domain.messages import msg, quoted_each
from caseapp.domain.sheet_columns import field_for_header
from caseapp.domain.sheet_values import unescaped_from_xlsx
from caseapp.services.sheet_cells import Cell, check_size, kind_of, read_bytes
from caseapp.services.sheet_file_kind import SheetError, check_content, damaged
from caseapp.services.sheet_file_shape import (
    MAX_COLUMNS,
    Shape,
    last_value_row,
    ods_shape,
    with_errors,
    xlsx_part,
    xlsx_shape,
)
from caseapp.services.sheet_unreadable import damaged_xlsx_sheet, unreadable_xlsx
from caseapp.services.sheet_xls_shape import DamagedXls, workbook_stream, xls_shape

# A year typed into a cell formatted as a date (Google Sheets and Excel keep the number 1979
# and show it as 01.06.1905): the days these numbers stand for, which no captive's date is.
_EPOCH = date(1899, 12, 30)
_YEARS_AS_DAYS = (1900, 2100)


def _value(v: Any) -> Cell:
    """A cell's value as the rows hold it; a date cell holding a year's number (1905-06-01
    for 1979) as that number, which is read as the year: it was read as the day the
    spreadsheet shows, a birth in 1905, without a word."""
    if isinstance(v, date) and not isinstance(v, PartialDate):
        day = v.date() if isinstance(v, datetime) else v
        serial = (day - _EPOCH).days
        if _YEARS_AS_DAYS[0] <= serial <= _YEARS_AS_DAYS[1] and (
                not isinstance(v, datetime) or v.time() == time(0)):
            return serial
    if v is None or isinstance(v, str | int | float | date | bool | PartialDate):
        return v
    if isinstance(v, time):
        return v.isoformat()
    return str(v)


def _trimmed(rows: Iterable[Iterable[Any]], label: str) -> tuple[tuple[Cell, ...], ...]:
    """The rows, each without its empty cells at the end, and without the empty rows at the
    end of the sheet. Only the rows with data count towards the most a sheet may have: one
    formatted cell far down (which makes the sheet claim that many rows) is no data."""
    out: list[tuple[Cell, ...]] = []
    empty = 0  # empty rows since the last with data: kept only when data follows
    data = 0
    for row in rows:
        cells = [_value(v) for v in row]
        while cells and (cells[-1] is None or (isinstance(cells[-1], str)
                                               and not cells[-1].strip())):
            cells.pop()
        if not cells:
            empty += 1
            continue
        data += 1
        check_size(label, data, len(cells))
        out.extend([()] * empty)
        empty = 0
        out.append(tuple(cells))
    return tuple(out)


# ---- XLSX and ODS ----------------------------------------------------------------------------

# The names, the sheet chosen, its rows and its shape.
Read = tuple[list[str], str, tuple[tuple[Cell, ...], ...], Shape]


def _pick(path: Path, names: list[str], visible: list[str], sheet: str,
          first_rows: Callable[[str], Iterable[Iterable[Any]]]) -> str:
    """The sheet asked for, else the first visible one with a header naming people (the
    list may come after a sheet of instructions or a cover), else a hidden one with such a
    header (the list hidden behind its instructions: said in the preview), else the first
    visible one."""
    if not names:
        raise SheetError(msg("{name} has no sheets.", name=path.name))
    if sheet and sheet not in names:
        raise SheetError(msg("{name} has no sheet “{sheet}”; its sheets: {sheets}.", name=path.name,
                             sheet=sheet, sheets=quoted_each(names)))
    if sheet:
        return sheet
    candidates = visible or names
    if len(candidates) > 1:
        for name in candidates:
            if _lists_people(first_rows(name)):
                return name
    hidden = [n for n in names if n not in candidates]
    if hidden and not _lists_people(first_rows(candidates[0])):  # the list hidden, perhaps
        return next((n for n in hidden if _lists_people(first_rows(n))), candidates[0])
    return candidates[0]


_NAME_FIELDS = frozenset({"name", "given_name", "surname"})


def _others_listing_people(visible: list[str], chosen: str,
                           first_rows: Callable[[str], Iterable[Iterable[Any]]]
                           ) -> tuple[str, ...]:
    """The sheets shown, other than the one read, whose header names people too (a workbook
    with a sheet for each group of captives: only one sheet is read at a time)."""
    return tuple(n for n in visible if n != chosen and _lists_people(first_rows(n)))


def _lists_people(rows: Iterable[Iterable[Any]]) -> bool:
    """Whether one of the first 20 rows reads as the header of a list of people: two fields
    named or more, a name among them."""
    for row in itertools.islice(rows, 20):
        named = {field_for_header(v) for v in itertools.islice(row, MAX_COLUMNS)
                 if isinstance(v, str) and 0 < len(v.strip()) <= 80}
        if len(named - {None}) >= 2 and named & _NAME_FIELDS:
            return True
    return False


def read_xlsx(path: Path, sheet: str | None) -> Read:
    """The sheet names, the sheet chosen (``sheet``, else the first visible) and, when
    ``sheet`` is not None, its rows."""
    from openpyxl import load_workbook
    from openpyxl.utils.exceptions import InvalidFileException

    check_content(path, read_bytes(path), "xlsx")  # missing, a folder, too large: as for CSV
    try:
        wb = load_workbook(path, read_only=True, data_only=True)
    except (zipfile.BadZipFile, InvalidFileException, KeyError, OSError, ValueError,
            TypeError, EOFError, SyntaxError) as exc:
        raise unreadable_xlsx(path, exc) from None
    try:
        names = list(wb.sheetnames)
        visible = [ws.title for ws in wb.worksheets
                   if getattr(ws, "sheet_state", "visible") == "visible"]

        def first_rows(n: str) -> Iterable[Iterable[Any]]:
            return wb[n].iter_rows(max_row=20, values_only=True)

        chosen = _pick(path, names, visible, sheet or "", first_rows)
        if sheet is None:
            return names, chosen, (), Shape()
        others = _others_listing_people(visible, chosen, first_rows)
        ws = wb[chosen]
        # The size the sheet claims (its <dimension>) is not trusted: a program may write one
        # too small, and openpyxl would read no cell outside it.
        ws.reset_dimensions()
        try:
            raw = xlsx_part(path, getattr(ws, "_worksheet_path", ""))
            last = last_value_row(raw)  # (formatted empty rows below it are not parsed)
            look = _Look()
            rows = _trimmed((look.values(row) for row in
                             ws.iter_rows(max_row=None if last is None else max(1, last))),
                            f"{path.name}, sheet {chosen}")
            shape = replace(xlsx_shape(raw), emphasised_rows=frozenset(look.emphasised),
                            sheet_hidden=getattr(ws, "sheet_state", "visible") != "visible",
                            other_lists=others)
            if wb.epoch.year == 1904:
                shape = replace(shape, dates_from_1904=True)
            return names, chosen, rows, shape
        except (zipfile.BadZipFile, KeyError, ValueError, TypeError, OSError, EOFError,
                SyntaxError) as exc:
            if isinstance(exc, SheetError):
                raise
            raise damaged_xlsx_sheet(path, chosen, exc) from None
    finally:
        wb.close()


class _Look:
    """The values of an XLSX sheet's rows, and which rows look like a header: every cell
    with a value bold or on a coloured fill (told once for each of the workbook's styles)."""

    def __init__(self) -> None:
        self.emphasised: list[int] = []
        self._row = 0
        self._styles: dict[Any, bool] = {}

    def values(self, row: Iterable[Any]) -> list[Any]:
        values, marked, plain = [], False, False
        for cell in row:
            value = _xlsx_value(cell)
            values.append(value)
            if value is None or (isinstance(value, str) and not value.strip()):
                continue
            if self._marked(cell):
                marked = True
            else:
                plain = True
        if marked and not plain:
            self.emphasised.append(self._row)
        self._row += 1
        return values

    def _marked(self, cell: Any) -> bool:
        key = getattr(cell, "_style_id", None)
        found = self._styles.get(key) if key is not None else None
        if found is None:
            try:
                font, fill = cell.font, cell.fill
                colour = getattr(getattr(fill, "fgColor", None), "rgb", None)
                found = bool(getattr(font, "b", False)) or (
                    getattr(fill, "fill_type", None) not in (None, "none")
                    and colour not in ("FFFFFFFF", "00FFFFFF"))
            except (AttributeError, IndexError, KeyError, TypeError):
                found = False  # (an empty cell, a style the file does not hold)
            if key is not None:
                self._styles[key] = found
        return found


def _xlsx_value(cell: Any) -> Any:
    """A cell's value; a date cell shown as a month ("mmmm yyyy") or a year ("yyyy") as a
    date known to that precision, not as the first day it stores."""
    value = getattr(cell, "value", None)
    if isinstance(value, str):
        return unescaped_from_xlsx(value)
    if isinstance(value, date):
        precision = date_format_precision(getattr(cell, "number_format", "") or "")
        if precision is not DatePrecision.EXACT:
            day = value.date() if isinstance(value, datetime) else value
            return PartialDate(day, precision)
    return value


def date_format_precision(number_format: str) -> DatePrecision:
    """What a date cell's number format shows: a day, a month ("mmmm yyyy", "mm.yyyy") or
    only a year ("yyyy"). Literal text ("…", \\x) and [sections] are not read."""
    codes = re.sub(r'"[^"]*"|\\.|\[[^\]]*\]', "", number_format.split(";")[0]).lower()
    if "d" in codes or "y" not in codes:
        return DatePrecision.EXACT
    return DatePrecision.MONTH if "m" in codes else DatePrecision.YEAR


def read_calamine(path: Path, sheet: str | None) -> Read:
    """An ODS or an old Excel (.xls) file, read by python-calamine."""
    from python_calamine import CalamineError, CalamineWorkbook, SheetVisibleEnum

    kind = kind_of(path)
    raw = read_bytes(path)
    check_content(path, raw, kind)
    try:
        stream = workbook_stream(raw) if kind == "xls" else b""
    except DamagedXls as exc:
        raise damaged(path, kind, exc) from None
    del raw
    try:
        wb = CalamineWorkbook.from_path(str(path))
        names = list(wb.sheet_names)
        visible = [m.name for m in wb.sheets_metadata if m.visible == SheetVisibleEnum.Visible]

        def first_rows(n: str) -> Iterable[Iterable[Any]]:
            return wb.get_sheet_by_name(n).iter_rows()

        chosen = _pick(path, names, visible, sheet or "", first_rows)
        if sheet is None:
            return names, chosen, (), Shape()
        others = _others_listing_people(visible, chosen, first_rows)
        found = wb.get_sheet_by_name(chosen)
        rows = found.to_python(skip_empty_area=False)
        if kind == "ods":  # (calamine reads no merged cells of an ODS file)
            shape = ods_shape(path, chosen)
            rows = with_errors(rows, shape.failed)
        else:
            shape = xls_shape(stream, chosen, tuple(
                (top, left, bottom, right) for (top, left), (bottom, right)
                in found.merged_cell_ranges or () if bottom > top))
        hidden = {m.name for m in wb.sheets_metadata if m.visible != SheetVisibleEnum.Visible}
        shape = replace(shape, sheet_hidden=chosen in hidden, other_lists=others)
    except SheetError:
        raise
    except (CalamineError, ValueError, OSError, TypeError) as exc:
        raise damaged(path, kind, exc) from None
    label = f"{path.name}, sheet {chosen}"
    return names, chosen, _trimmed(([int(v) if isinstance(v, float) and v.is_integer() and abs(v) < 2**53
                             else v for v in row] for row in rows), label), shape

