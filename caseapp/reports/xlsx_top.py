"""A write-only workbook whose plain cells start at the top of their row.

In a status report, a row made tall by a long name or a rule's source put every other cell
at the row's foot (a spreadsheet's default): printed without grid lines, the long name's
first lines stood beside nothing and read as the end of the row before. Each cell must start
at the top. Styling each one costs openpyxl's write-only sheet dearly (a styled cell goes
through a raised and caught ``ValueError`` that formats the cell: the report took a fifth
longer). A cell with no style of its own is written with the workbook's first cell format,
which Excel reads for it, and the "Normal" style that format is made from, which LibreOffice
reads; openpyxl has no setting for either and writes both with no alignment.
:func:`top_aligned_by_default` gives it a top alignment, through the two lists openpyxl
keeps the formats in (openpyxl is pinned in ``uv.lock``;
``tests/reports/test_status_report_xlsx_cells.py`` reads the result back from the file).
Cells styled for another reason (a date, a wrapped text, the header) carry the top alignment
in their own format, and a tall row is given that first format too (:func:`row_of_height`):
a row written with a format of its own, openpyxl's empty one, put LibreOffice's cells of
that row at its foot again; so did a column given a width (:func:`set_width`).
"""

from __future__ import annotations

from copy import copy
from typing import Any

from openpyxl.styles import Alignment
from openpyxl.styles.cell_style import StyleArray
from openpyxl.utils.indexed_list import IndexedList
from openpyxl.worksheet.dimensions import RowDimension


def top_aligned_by_default(wb: Any) -> None:
    """Make ``wb``'s (a new workbook's) plain cells start at the top of their row."""
    top = Alignment(vertical="top")
    default = StyleArray()
    default.alignmentId = wb._alignments.add(top)
    wb._cell_styles = IndexedList([default])
    # (LibreOffice takes a plain cell's alignment from the "Normal" style the first format
    # is made from; Excel from the first format itself)
    wb._named_styles["Normal"].alignment = top


def row_of_height(ws: Any, height: float) -> RowDimension:
    """A row dimension of ``height`` points for ``ws`` (a sheet of a workbook made
    :func:`top_aligned_by_default`), in the workbook's first cell format."""
    row = RowDimension(ws, ht=height)
    row._style = copy(ws.parent._cell_styles[0])
    return row


def set_width(ws: Any, column: str, width: float) -> None:
    """Give column ``column`` (a letter) of ``ws`` a width, in the workbook's first cell
    format; before the sheet's first row is appended, when a write-only sheet writes its
    columns."""
    dimension = ws.column_dimensions[column]
    dimension.width = width
    dimension._style = copy(ws.parent._cell_styles[0])


__all__ = ["row_of_height", "set_width", "top_aligned_by_default"]
