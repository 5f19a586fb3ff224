"""What a table shows cut with "…", measured as Qt lays a cell out: a word wider than its
column where long cells wrap, else a line of the cell. Shared by the tests of tables at 1024
pixels."""

from __future__ import annotations

from collections.abc import Collection

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import QStyleOptionViewItem, QTableView

from caseapp.ui.widgets.fitted_columns import ROW_MARGIN, RoomyRows

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


def text_height(table: QTableView, row: int, column: int) -> int:
    """How tall the cell's text is, wrapped within its column (measured apart from the style)."""
    index = table.model().index(row, column)
    font = index.data(Qt.ItemDataRole.FontRole)
    metrics = QFontMetrics(font if isinstance(font, QFont) else table.font())
    width = table.columnWidth(column) - CELL_MARGIN
    text = str(index.data() or "")
    return metrics.boundingRect(QRect(0, 0, width, 100000), int(Qt.TextFlag.TextWordWrap),
                                text).height()


def cells_cut_to_rows(table: QTableView) -> list[tuple[int, int]]:
    """The cells (row, column) whose text is taller than their row: each gives its whole text
    in its tooltip (the delegate's), or the test fails."""
    model = table.model()
    header = table.horizontalHeader()
    cut = []
    for row in range(model.rowCount()):
        for column in range(header.count()):
            if header.isSectionHidden(column) or \
                    text_height(table, row, column) <= table.rowHeight(row) - 2 * ROW_MARGIN:
                continue
            index = model.index(row, column)
            delegate = table.itemDelegateForIndex(index)
            assert isinstance(delegate, RoomyRows)
            option = QStyleOptionViewItem()
            option.rect = table.visualRect(index)
            option.font = table.font()
            assert delegate.cut_text(option, index) == str(index.data())
            cut.append((row, column))
    return cut


def two_lines_at_most(table: QTableView, name: str = "") -> int:
    """Fails unless every row of ``table`` is at most two lines and its margins tall; the
    number of cells cut to them (each giving its whole text in its tooltip)."""
    most = 2 * table.fontMetrics().lineSpacing() + 2 * ROW_MARGIN + 1
    tall = [(row, table.rowHeight(row), table.model().index(row, 0).data())
            for row in range(table.model().rowCount()) if table.rowHeight(row) > most]
    assert tall == [], (name, most)
    return len(cells_cut_to_rows(table))
