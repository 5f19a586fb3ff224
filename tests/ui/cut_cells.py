"""What a table shows cut with "…", measured as Qt lays a cell out: a word wider than its
column where long cells wrap, else a line of the cell. Shared by the tests of tables at 1024
pixels."""

from __future__ import annotations

from collections.abc import Collection

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTableView

CELL_MARGIN = 7  # what a cell keeps around its text (3 pixels a side) and its grid line


def cut_texts(table: QTableView, elided: Collection[int] = ()) -> list[str]:
    """The texts of ``table`` shown cut, as "Column title: text". The ``elided`` columns (the
    free text, a hash) may end in "…" where the cell's tooltip holds their whole text."""
    model, header = table.model(), table.horizontalHeader()
    metrics = table.fontMetrics()
    cut = []
    for column in range(model.columnCount()):
        if header.isSectionHidden(column):
            continue
        room = header.sectionSize(column) - CELL_MARGIN
        title = str(model.headerData(column, Qt.Orientation.Horizontal)).replace("\n", " ")
        for row in range(model.rowCount()):
            index = model.index(row, column)
            text = str(index.data() or "")
            if column in elided and text in str(index.data(Qt.ItemDataRole.ToolTipRole) or ""):
                continue
            font = index.data(Qt.ItemDataRole.FontRole)
            measure = table.fontMetrics() if font is None else type(metrics)(font)
            parts = text.split() if table.wordWrap() else text.splitlines()
            cut += [f"{title}: {part}" for part in parts if measure.horizontalAdvance(part) > room]
    return cut
