"""Reading a spreadsheet file into rows of cell values: CSV (its encoding and delimiter
detected, or given), XLSX (openpyxl, read-only, the values last computed rather than
formulas), old Excel XLS and ODS (python-calamine: maintained, fast on large sheets and without the
dependencies of a full office library; openpyxl does not read ODS and odfpy, the other
candidate, is unmaintained and slow on 10,000 rows).

A file that cannot be read raises :class:`SheetError` naming the file and what is wrong;
nothing else escapes from here.
"""

from __future__ import annotations

import csv
import io
import itertools
import re
import zipfile
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, replace
from datetime import date, datetime, time
from pathlib import Path
from typing import Any

from caseapp.domain.dates import PartialDate
from caseapp.domain.enums import DatePrecision
from caseapp.domain.messages import Number, msg, quoted_each
from caseapp.domain.sheet_columns import field_for_header
from caseapp.domain.sheet_values import unescaped_from_xlsx
from caseapp.fileio import existing_kind
from caseapp.services.sheet_encoding import (
    CHOICES,
    ENCODINGS,
    Found,
    cut_utf8,
    decode,
    find_encoding,
    known,
)
from caseapp.services.sheet_file_kind import (
    SheetEncodingError,
    SheetError,
    check_content,
    check_not_a_workbook,
    damaged,
)
from caseapp.services.sheet_file_shape import (
    MAX_COLUMNS,
    MAX_ROWS,
    Shape,
    last_value_row,
    ods_shape,
    with_errors,
    xlsx_part,
    xlsx_shape,
)
from caseapp.services.sheet_unreadable import damaged_xlsx_sheet, unreadable_xlsx
from caseapp.services.sheet_xls_shape import DamagedXls, workbook_stream, xls_shape

Cell = str | int | float | date | datetime | bool | PartialDate | None
FORMATS = {".csv": "csv", ".txt": "csv", ".tsv": "csv", ".xlsx": "xlsx", ".xlsm": "xlsx",
           ".ods": "ods", ".xls": "xls"}
DELIMITERS = {",": "comma", ";": "semicolon", "\t": "tab", "|": "vertical bar"}
MAX_BYTES = 200 * 1024 * 1024


@dataclass(frozen=True)
class Sheet:
    """The cells of one sheet, row by row (rows of a sheet may differ in length)."""

    name: str
    rows: tuple[tuple[Cell, ...], ...]
    encoding: str = ""  # CSV: the encoding used (detected or given)
    # CSV: another encoding the file reads plausibly in too, when the one detected is not
    # certain ("" when it is, or was given)
    encoding_other: str = ""
    delimiter: str = ""  # CSV: the delimiter used
    shape: Shape = field(default_factory=Shape)  # XLSX, XLS, ODS: merged cells, hidden rows




@dataclass(frozen=True)
class Workbook:
    path: Path
    kind: str  # csv, xlsx, ods
    sheet_names: tuple[str, ...]
    # The sheet read when none is named: the first visible one (a hidden first sheet holds
    # the lists of a drop-down, not the captives).
    default_sheet: str = ""


def kind_of(path: Path) -> str:
    """The spreadsheet format of the file at ``path``, by its extension; a device, a pipe or
    a socket is refused before anything reads it (a pipe nobody writes to is waited on for
    ever)."""
    try:
        special = existing_kind(path) == "special"
    except OSError:
        special = False  # (no permission, a loop: said by the read)
    if special:
        raise SheetError(msg("{path} is not a file that can be imported: it is a folder, a "
                             "device, a pipe or a socket. Nothing was changed.", path=path))
    kind = FORMATS.get(path.suffix.lower())
    if kind is None:
        raise SheetError(msg("{name}: CaseApp reads .csv, .xlsx, .xls and .ods spreadsheets, not "
                             "“{suffix}”.", name=path.name, suffix=path.suffix) if path.suffix else
                         msg("{name}: CaseApp reads .csv, .xlsx, .xls and .ods spreadsheets, not a "
                             "file without an extension.", name=path.name))
    return kind


def _read_bytes(path: Path) -> bytes:
    try:
        if path.stat().st_size > MAX_BYTES:
            raise SheetError(msg("{name} is larger than {size} MB.", name=path.name, size=MAX_BYTES // 2**20))
        return path.read_bytes()
    except FileNotFoundError:
        raise SheetError(msg("There is no file {path}.", path=path)) from None
    except IsADirectoryError:
        raise SheetError(msg("{path} is a folder, not a spreadsheet.", path=path)) from None
    except PermissionError:
        raise SheetError(msg("{path} cannot be read (no permission).", path=path)) from None


def open_workbook(path: Path | str) -> Workbook:
    """The file's kind and its sheets (a CSV file has one, named after the file)."""
    path = Path(path)
    kind = kind_of(path)
    if kind == "csv":
        check_not_a_workbook(path, _read_bytes(path))
        return Workbook(path, kind, (path.stem,), path.stem)
    names, chosen, _, _ = (_xlsx if kind == "xlsx" else _calamine)(path, None)
    return Workbook(path, kind, tuple(names), chosen)



def read_sheet(path: Path | str, sheet: str = "", *, encoding: str = "", delimiter: str = ""
               ) -> Sheet:
    """The cells of ``sheet`` (default: the first) of the file at ``path``."""
    path = Path(path)
    kind = kind_of(path)
    if kind == "csv":
        raw = _read_bytes(path)
        check_not_a_workbook(path, raw)  # an .xlsx named .csv
        return read_csv(raw, name=path.stem, encoding=encoding, delimiter=delimiter,
                        label=path.name)
    _names, chosen, rows, shape = (_xlsx if kind == "xlsx" else _calamine)(path, sheet)
    return Sheet(chosen, rows, shape=shape)

def found_encoding(path: Path | str) -> str:
    """The encoding CaseApp finds the CSV file at ``path`` in (what :func:`read_sheet`
    reads it in, no encoding given)."""
    return find_encoding(_read_bytes(Path(path))).encoding


# ---- CSV -------------------------------------------------------------------------------------

def detect_delimiter(text: str) -> str:
    """The delimiter that splits the first 50 lines into the most cells in rows of one
    width: ``17.05.1990;1,82`` (a semicolon list with decimal commas, as a spreadsheet
    program set to Russian writes it) is two cells by ";", not by ",". A comma when no
    delimiter gives rows of two cells or more."""
    end = -1
    for _ in range(50):
        end = text.find("\n", end + 1)
        if end < 0:
            break
    sample = text[:65536] if end < 0 else text[:min(end, 65536)]  # lines ended by CR alone
    best, best_score = ",", 0
    for delim in DELIMITERS:
        try:
            widths = Counter(len(row) for row in csv.reader(io.StringIO(sample), delimiter=delim)
                             if any(cell.strip() for cell in row))
        except csv.Error:
            continue
        if not widths:
            continue
        width, rows = widths.most_common(1)[0]
        if width >= 2 and rows * width > best_score:
            best, best_score = delim, rows * width
    return best


def read_csv(raw: bytes, *, name: str = "sheet", encoding: str = "", delimiter: str = "",
             label: str = "the file") -> Sheet:
    if encoding and not known(encoding):
        raise SheetEncodingError(msg("“{encoding}” is not an encoding CaseApp knows (try {choices}).",
                             encoding=encoding, choices=", ".join(CHOICES)))
    found = Found(known(encoding)) if encoding else find_encoding(raw)
    enc = found.encoding
    try:
        text = decode(raw, enc)
    except UnicodeDecodeError as exc:
        if enc.startswith("utf-8") and cut_utf8(raw, exc):
            raise SheetEncodingError(msg("{label} ends in the middle of a letter (line {line}): the file "
                                 "is cut short, and its last row is not whole. Copy or save the "
                                 "whole file again and import it again.",
                                 label=label, line=_line_of(raw, exc.start))) from None
        windows = "cp1251" if enc == "utf-8" else enc
        unreadable = _first_unreadable(raw, windows) if enc == "utf-8" else exc.start
        if not encoding and enc == "utf-8" and unreadable is None:  # UTF-8 but a part
            raise SheetEncodingError(msg(
                "{label} is in UTF-8 but line {line} is not: a part of it may have been "
                "pasted from a file in another encoding. Save the list again in UTF-8 from one "
                "program, or give its encoding, and import it again.",
                label=label, line=_line_of(raw, exc.start))) from None
        if not encoding and unreadable is not None and enc in ("utf-8", "cp1251", "cp1252"):
            utf8 = exc.start if enc == "utf-8" else _first_unreadable(raw, "utf-8") or 0
            raise SheetEncodingError(msg(
                "{label} is neither in UTF-8 (line {line} is not) nor in {encoding} (line "
                "{other} is not): it may mix two encodings, or be in another one. Save the "
                "list again in UTF-8 from one program, or give its encoding, and import it "
                "again.", label=label, line=_line_of(raw, utf8),
                other=_line_of(raw, unreadable), encoding=ENCODINGS.get(windows, windows))
            ) from None
        raise SheetEncodingError(msg(
            "{label} is not in {encoding}: byte {byte} cannot be read; choose another encoding.",
            label=label, encoding=ENCODINGS.get(enc, enc), byte=exc.start + 1)) from None
    text = text.lstrip("\ufeff")
    if delimiter and len(delimiter) != 1:
        raise SheetError(msg("The delimiter must be one character, not “{delimiter}”.", delimiter=delimiter))
    delim = delimiter or detect_delimiter(text)
    rows: list[tuple[Cell, ...]] = []
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delim)
    line = data = 0
    try:
        for row in reader:
            width = len(row)
            while width and not row[width - 1].strip():
                width -= 1
            if width:  # (only rows with data count: ";;;" lines of formatted rows are none)
                data += 1
                _check_size(label, data, width, row=len(rows) + 1)
            if reader.line_num - line > 1:
                _check_quotes(text, delim, row, rows, line + 1, label)
            line = reader.line_num
            rows.append(tuple(row))
    except csv.Error as exc:
        if "field larger than field limit" in str(exc):  # (csv's words: said in the user's)
            raise SheetError(msg(
                "{label}, line {line}: a cell holds more than {most} characters, far more than "
                "a cell of a list (a quote opened and never closed reads the rest of the file "
                "into one cell); correct the file and import it again.", label=label,
                line=reader.line_num, most=Number(csv.field_size_limit()))) from None
        raise SheetError(msg("{label}, line {line}: {reason}.",
                             label=label, line=reader.line_num, reason=exc)) from None
    while rows and not any(isinstance(c, str) and c.strip() for c in rows[-1]):
        rows.pop()  # the empty rows at the end
    return Sheet(name, tuple(rows), enc, delimiter=delim, encoding_other=found.other)


def _first_unreadable(raw: bytes, encoding: str) -> int | None:
    try:
        decode(raw, encoding)
    except UnicodeDecodeError as exc:
        return exc.start
    return None


def _line_of(raw: bytes, offset: int) -> int:
    return raw.count(b"\n", 0, offset) + 1


def _check_quotes(text: str, delim: str, row: list[str], rows: list[tuple[Cell, ...]],
                  line: int, label: str) -> None:
    """A row read over several lines (a quoted cell with line breaks) is refused when the
    cell looks like rows swallowed by a stray opening quote: a line of it holds as many
    delimiters as a whole row, and the row has fewer cells than the first or its quote is
    never closed."""
    width = max(1, len(rows[0]) - 1) if rows else 1  # the delimiters of a whole row
    swallowed = any(part.count(delim) >= width for cell in row if "\n" in cell
                    for part in cell.splitlines()[1:])
    if not swallowed:
        return
    short = bool(rows) and len(row) < len(rows[0])
    unclosed = bool(row) and text.endswith(row[-1])  # the file ends inside the quote
    if short or unclosed:
        raise SheetError(msg("{label}, row {row} (line {line}): a quote opened there is never "
                             "closed, or only lines later, so the rows after it were read into "
                             "one cell; correct the quote and import again.",
                             label=label, row=len(rows) + 1, line=line))


def _check_size(label: str, data_rows: int, width: int, *, row: int = 0) -> None:
    """Refuse a sheet past its ``data_rows``-th row with data, or a row (numbered ``row``,
    else ``data_rows``) wider than CaseApp reads."""
    row = row or data_rows
    if data_rows > MAX_ROWS:
        raise SheetError(msg("{label} has more than {most} rows; split it.", label=label,
                             most=Number(MAX_ROWS)))  # a quantity: "200,000", "200 000"
    if width > MAX_COLUMNS:
        raise SheetError(msg("{label}, row {row}, has more than {most} columns, the most "
                             "CaseApp reads: delete the columns the list does not need (or copy "
                             "its columns to a new sheet) and import again.",
                             label=label, row=row, most=MAX_COLUMNS))


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
        _check_size(label, data, len(cells))
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


def _xlsx(path: Path, sheet: str | None) -> Read:
    """The sheet names, the sheet chosen (``sheet``, else the first visible) and, when
    ``sheet`` is not None, its rows."""
    from openpyxl import load_workbook
    from openpyxl.utils.exceptions import InvalidFileException

    check_content(path, _read_bytes(path), "xlsx")  # missing, a folder, too large: as for CSV
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


def _calamine(path: Path, sheet: str | None) -> Read:
    """An ODS or an old Excel (.xls) file, read by python-calamine."""
    from python_calamine import CalamineError, CalamineWorkbook, SheetVisibleEnum

    kind = kind_of(path)
    raw = _read_bytes(path)
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

