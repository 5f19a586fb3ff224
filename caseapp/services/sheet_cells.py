"""The cells a spreadsheet is read into, the formats CaseApp reads, and the checks every
reader makes (the file's kind and size, the most rows and columns): shared by the CSV
reader (:mod:`caseapp.services.sheet_csv`) and the workbook readers
(:mod:`caseapp.services.sheet_workbooks`)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path

from caseapp.domain.dates import PartialDate
from caseapp.domain.messages import Number, msg
from caseapp.fileio import existing_kind
from caseapp.services.sheet_file_kind import SheetError
from caseapp.services.sheet_file_shape import MAX_COLUMNS, MAX_ROWS, Shape

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


def read_bytes(path: Path) -> bytes:
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


def check_size(label: str, data_rows: int, width: int, *, row: int = 0) -> None:
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
