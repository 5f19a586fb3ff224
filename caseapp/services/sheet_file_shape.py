"""What a sheet's file says beside its values (see :class:`Shape`), which the readers of
values do not give: merged cells, hidden rows and columns, formulas never computed, rows
that look like a header. XLSX from the sheet's XML part (its look from openpyxl), ODS from
content.xml and styles.xml, XLS from its records (BIFF8, sheet_xls_shape).

Each reader returns an empty :class:`Shape` when the file does not say (its values were
read: only what they show is not known).
"""

from __future__ import annotations

import re
import zipfile
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any
from xml.etree import ElementTree

MAX_ROWS = 200_000  # the most rows and columns a sheet may have (sheet_read)
MAX_COLUMNS = 500


@dataclass(frozen=True)
class Shape:
    """What a sheet shows otherwise than its values say (0-based indexes)."""

    # Cells merged over two rows or more (first row, column, last row, last column): the
    # value is in the first row's cell, the cells below it are empty.
    merged: tuple[tuple[int, int, int, int], ...] = ()
    hidden_rows: tuple[int, ...] = ()
    hidden_columns: tuple[int, ...] = ()
    # Cells (row, column) holding a formula that was never computed (a file written by a
    # program, not saved by a spreadsheet program): read as empty, their value not known.
    uncomputed: tuple[tuple[int, int], ...] = ()
    # Cells (row, column, text) whose formula gave an error (ODS: LibreOffice writes the
    # error, "#N/A", "Err:502", as the cell's text and an empty value, read as empty).
    failed: tuple[tuple[int, int, str], ...] = ()
    # The workbook counts its dates from 1904 (as Excel for the Mac did until 2011): a plain
    # number in a date column is a day of that count, 1,462 days after the same number
    # counted from 1900. (Its date cells are read as dates whatever the count.)
    dates_from_1904: bool = False
    # Rows (XLSX, XLS, ODS) whose every cell with a value is bold or on a coloured fill: the
    # look of a header, which tells a second table's header whose words name nothing.
    emphasised_rows: frozenset[int] = frozenset()
    # The sheet itself is hidden in the workbook (read when it is the one listing people).
    sheet_hidden: bool = False
    # The other sheets shown in the workbook whose header names people too (not read).
    other_lists: tuple[str, ...] = ()


_MERGE_REF = re.compile(rb'<(?:\w+:)?mergeCell\s+ref="\$?([A-Z]{1,3})\$?(\d+):\$?([A-Z]{1,3})\$?(\d+)"')
_ROW_OR_COL = re.compile(rb"<(?:\w+:)?(row|col)\s([^>]*)>")
_ATTRIBUTE = re.compile(rb'(\w+)="([^"]*)"')
# A cell with a formula and no value: <c r="F6"><f>…</f><v></v></c> (or no <v> at all).
_UNCOMPUTED = re.compile(rb'<(?:\w+:)?c\s[^>]*?\br="([A-Z]{1,3})(\d+)"[^>]*>\s*'
                         rb'<(?:\w+:)?f\b(?:[^>]*/>|[^>]*>[^<]*</(?:\w+:)?f>)\s*'
                         rb'(?:<(?:\w+:)?v\s*/>|<(?:\w+:)?v>\s*</(?:\w+:)?v>)?\s*</(?:\w+:)?c>')


def xlsx_part(path: Path, part: str) -> bytes:
    """The XML of an XLSX sheet (its part of the zip); empty when its part is not known."""
    if not part:
        return b""
    with zipfile.ZipFile(path) as archive:
        return archive.read(part)


# An element only a cell with something in it has: a value, an inline string, a formula.
_VALUE = re.compile(rb"<(?:\w+:)?(?:v|is|f)[\s>/]")
_WINDOW = 1 << 16


def last_value_row(raw: bytes) -> int | None:
    """The 1-based number of the last row of a sheet's XML with a cell holding something,
    looked for from the end (0 for none); None when it cannot be told. Thousands of rows
    below a list may be formatted and empty: openpyxl would parse each of their cells."""
    end = raw.rfind(b"sheetData>")
    tag = raw.rfind(b"<", 0, end) + 1
    if end < 0 or raw[tag:tag + 1] != b"/":
        return None  # (no rows, or a part cut short: openpyxl reads it and says so)
    stop = end
    while stop > 0:
        start = max(0, stop - _WINDOW)
        found = list(_VALUE.finditer(raw, start, min(end, stop + 16)))
        if found:
            value = found[-1].start()
            row = max(raw.rfind(b"<row", 0, value), raw.rfind(b":row ", 0, value))
            at = raw.rfind(b' r="', 0, value)  # the cell's reference, else its row's
            ref = raw[at + 4:raw.find(b'"', at + 4)].lstrip(b"ABCDEFGHIJKLMNOPQRSTUVWXYZ$")
            # (an r of an earlier row is no number of this one: rows and cells may have none)
            return int(ref) if 0 <= row < at and ref.isdigit() else None
        stop = start
    return 0


def xlsx_shape(raw: bytes) -> Shape:
    """A sheet's merged cells and hidden rows and columns, which openpyxl's read-only mode
    does not read: from its part's XML (the rows' and columns' attributes, and the
    mergeCells after the rows)."""
    from openpyxl.utils import column_index_from_string

    if not raw:
        return Shape()
    merged = []
    for first_col, first_row, last_col, last_row in _MERGE_REF.findall(raw[raw.rfind(b"</sheetData>"):]):
        top, bottom = int(first_row) - 1, int(last_row) - 1
        if bottom > top:
            merged.append((top, column_index_from_string(first_col.decode()) - 1, bottom,
                           column_index_from_string(last_col.decode()) - 1))
    rows: list[int] = []
    columns: list[int] = []
    if b'hidden="1"' in raw or b'hidden="true"' in raw:
        for kind, attributes in _ROW_OR_COL.findall(raw):
            found = dict(_ATTRIBUTE.findall(attributes))
            if found.get(b"hidden") not in (b"1", b"true"):
                continue
            if kind == b"row" and found.get(b"r", b"").isdigit():
                rows.append(int(found[b"r"]) - 1)
            elif kind == b"col" and found.get(b"min", b"").isdigit():
                last = min(int(found.get(b"max", found[b"min"])), MAX_COLUMNS)
                columns.extend(range(int(found[b"min"]) - 1, last))
    uncomputed = []
    if b"<f" in raw:
        for col, row in _UNCOMPUTED.findall(raw):
            uncomputed.append((int(row) - 1, column_index_from_string(col.decode()) - 1))
    return Shape(tuple(sorted(merged)), tuple(rows), tuple(columns), tuple(uncomputed))


_TABLE = "{urn:oasis:names:tc:opendocument:xmlns:table:1.0}"
_OFFICE = "{urn:oasis:names:tc:opendocument:xmlns:office:1.0}"
_CALCEXT = "{urn:org:documentfoundation:names:experimental:calc:xmlns:calcext:1.0}"
# A row or column hidden by hand ("collapse") or by a filter ("filter").
_HIDDEN = frozenset({"collapse", "filter"})


class _OdsShape:
    """What :func:`ods_shape` gathers as content.xml streams past."""

    def __init__(self, marked: dict[str, bool]) -> None:
        self.merged: list[tuple[int, int, int, int]] = []
        self.rows: list[int] = []
        self.columns: list[int] = []
        self.uncomputed: list[tuple[int, int]] = []
        self.failing: list[int] = []  # the columns of the row's cells holding an error
        self.failed: list[tuple[int, int, str]] = []
        self.row = self.column = self.table_column = 0
        # The look of cells: which styles are bold or filled (styles.xml's, then the
        # automatic ones), each column's default style, and the row's cells so far.
        self.styles = _CellStyles(marked)
        self.column_styles: list[str] = []
        self.row_style = ""
        self.marked_cell = self.plain_cell = False
        self.emphasised: list[int] = []

    def start(self, tag: str, element: ElementTree.Element) -> None:
        if tag == "table-row":
            self.column = 0
            self.row_style = element.get(_TABLE + "default-cell-style-name", "")
            self.marked_cell = self.plain_cell = False
            if element.get(_TABLE + "visibility") in _HIDDEN:
                repeated = _count(element, "number-rows-repeated")
                self.rows.extend(range(self.row, min(self.row + repeated, MAX_ROWS)))
        elif tag == "table-column":
            repeated = _count(element, "number-columns-repeated")
            if element.get(_TABLE + "visibility") in _HIDDEN:
                last = min(self.table_column + repeated, MAX_COLUMNS)
                self.columns.extend(range(self.table_column, last))
            style = element.get(_TABLE + "default-cell-style-name", "")
            self.column_styles.extend([style] * max(0, min(repeated, MAX_COLUMNS - self.table_column)))
            self.table_column += repeated
        elif tag in ("table-cell", "covered-table-cell"):
            rows = _count(element, "number-rows-spanned")
            if rows > 1:
                self.merged.append((self.row, self.column, self.row + rows - 1,
                                    self.column + _count(element, "number-columns-spanned") - 1))
            repeated = _count(element, "number-columns-repeated")
            if element.get(_TABLE + "formula") and element.get(_OFFICE + "value-type") is None:
                last = min(self.column + repeated, MAX_COLUMNS)
                self.uncomputed.extend((self.row, c) for c in range(self.column, last))
            if tag == "table-cell" and element.get(_CALCEXT + "value-type") == "error":
                self.failing.extend(range(self.column, min(self.column + repeated, MAX_COLUMNS)))
            if tag == "table-cell" and element.get(_OFFICE + "value-type") is not None:
                self._look(element.get(_TABLE + "style-name"))
            self.column += repeated

    def _look(self, style: str | None) -> None:
        """Note a cell with a value as bold or filled, or not: its own style, else its
        row's default, else its column's."""
        if style is None:
            style = self.row_style or (self.column_styles[self.column]
                                       if self.column < len(self.column_styles) else "")
        if self.styles.marked(style):
            self.marked_cell = True
        else:
            self.plain_cell = True

    def end_row(self, repeated: int, element: ElementTree.Element) -> None:
        if self.failing:  # each error cell's text, in the order the cells came
            texts = [" ".join("".join(p.itertext()) for p in cell) or "#N/A" for cell in element
                     if cell.get(_CALCEXT + "value-type") == "error"]
            texts += [texts[-1] if texts else "#N/A"] * (len(self.failing) - len(texts))
            for r in range(self.row, min(self.row + repeated, MAX_ROWS)):
                self.failed.extend((r, c, t) for c, t in zip(self.failing, texts, strict=False))
            self.failing = []
        if self.marked_cell and not self.plain_cell:
            self.emphasised.extend(range(self.row, min(self.row + repeated, MAX_ROWS)))
        self.row += repeated

    def shape(self) -> Shape:
        return Shape(tuple(self.merged), tuple(self.rows), tuple(self.columns),
                     tuple(self.uncomputed), tuple(self.failed),
                     emphasised_rows=frozenset(self.emphasised))


_STYLE = "{urn:oasis:names:tc:opendocument:xmlns:style:1.0}"
_FO = "{urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0}"


class _CellStyles:
    """The table-cell styles of an ODS file: which are bold (font weight bold, or 600 and
    more) or on a coloured fill (a background neither transparent nor white), their own or
    through the style they are based on."""

    def __init__(self, marked: dict[str, bool]) -> None:
        self.own: dict[str, bool] = dict(marked)
        self.parents: dict[str, str] = {}

    def add(self, element: ElementTree.Element) -> None:
        name = element.get(_STYLE + "name")
        if name is None or element.get(_STYLE + "family") != "table-cell":
            return
        weight = background = ""
        for child in element:
            weight = child.get(_FO + "font-weight", weight)
            background = child.get(_FO + "background-color", background)
        self.own[name] = (weight == "bold" or (weight.isdigit() and int(weight) >= 600)
                          or background.lower() not in ("", "transparent", "#ffffff"))
        parent = element.get(_STYLE + "parent-style-name")
        if parent:
            self.parents[name] = parent

    def marked(self, name: str) -> bool:
        for _ in range(10):  # (a chain of parents, never a loop)
            if not name or self.own.get(name):
                return bool(name)
            name = self.parents.get(name, "")
        return False


def _named_styles(archive: zipfile.ZipFile) -> dict[str, bool]:
    """The bold or filled cell styles of styles.xml (those a user names: "Heading",
    "Accent"), which content.xml's automatic styles are based on."""
    styles = _CellStyles({})
    try:
        with archive.open("styles.xml") as part:
            for _, element in ElementTree.iterparse(part):
                if element.tag == _STYLE + "style":
                    styles.add(element)
    except KeyError:
        return {}
    return {name: styles.marked(name) for name in styles.own}


def ods_shape(path: Path, sheet: str) -> Shape:
    """An ODS sheet's cells merged over two rows or more, its hidden rows and columns
    (table:visibility "collapse", or "filter" for those a filter hides), its formulas
    without a value (a cell with table:formula and no office:value-type: a file written by
    a program) and its rows set in bold or on a fill (the cells' styles, of content.xml and
    styles.xml), from its content.xml, read as it streams (with the rows, columns and cells
    that repeat)."""
    try:
        with zipfile.ZipFile(path) as archive:
            found = _OdsShape(_named_styles(archive))
            with archive.open("content.xml") as content:
                _stream(found, content, sheet)
    except (KeyError, zipfile.BadZipFile, ElementTree.ParseError, OSError, ValueError):
        return Shape()  # the cells were read: only what they show is not known
    return found.shape()


def _stream(found: _OdsShape, content: IO[bytes], sheet: str) -> None:
    inside = False
    for event, element in ElementTree.iterparse(content, events=("start", "end")):
        tag = element.tag
        if tag == _TABLE + "table":
            if event == "start":
                inside = element.get(_TABLE + "name") == sheet
            elif inside:
                break
        elif not inside:
            if event == "end":
                if tag == _STYLE + "style":  # (the automatic styles come before the tables)
                    found.styles.add(element)
                    element.clear()
                elif not tag.startswith((_STYLE, _FO)):
                    element.clear()
        elif not tag.startswith(_TABLE):
            continue
        elif event == "start":
            found.start(tag[len(_TABLE):], element)
        elif tag == _TABLE + "table-row":
            found.end_row(_count(element, "number-rows-repeated"), element)
            element.clear()


def _count(element: ElementTree.Element, attribute: str) -> int:
    value = element.get(_TABLE + attribute, "1")
    return max(1, int(value)) if value.isdigit() else 1


def with_errors(rows: list[list[Any]], failed: Sequence[tuple[int, int, str]]
                ) -> list[list[Any]]:
    """The rows with each formula's error written in its cell ("#N/A", which calamine reads
    from an ODS file as an empty cell), so that it is an error of its cell, not a blank."""
    for row, column, text in failed:
        if row < len(rows) and column < len(rows[row]) and rows[row][column] in ("", None):
            rows[row][column] = text
    return rows
