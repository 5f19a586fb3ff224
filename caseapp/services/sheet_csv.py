"""Reading a CSV file into rows of cells: its encoding and delimiter detected (or given), a
stray quote that swallows rows, a file cut in the middle of a letter or mixing two encodings,
each refused in one line naming the file and the line."""

from __future__ import annotations

import csv
import io
from collections import Counter

from caseapp.domain.messages import Number, msg
from caseapp.services.sheet_cells import DELIMITERS, Cell, Sheet, check_size
from caseapp.services.sheet_encoding import (
    CHOICES,
    ENCODINGS,
    Found,
    cut_utf8,
    decode,
    find_encoding,
    known,
)
from caseapp.services.sheet_file_kind import SheetEncodingError, SheetError


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
                check_size(label, data, width, row=len(rows) + 1)
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
