"""A table of one kind of record in a captive's file: sorted by its values' keys, Enter
edits and Delete asks to delete, and while it is empty it says what belongs in it (or that
its records are being read), whole, on as many lines as its width asks."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QMargins,
    QModelIndex,
    QPersistentModelIndex,
    QRect,
    QSize,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtGui import QKeyEvent, QPainter, QPaintEvent, QPalette, QResizeEvent
from PySide6.QtWidgets import QTableView, QWidget

from caseapp.ui.models.records import SORT_ROLE
from caseapp.ui.views.tables import LEAST_ROWS, read_only_rows

# an empty table's sentence: centred, on as many lines as its width asks, this far from its edges
EMPTY_FLAGS = Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap
EMPTY_MARGINS = QMargins(12, 8, 12, 8)


class RecordProxy(QSortFilterProxyModel):
    def __init__(self, parent: Any = None):
        super().__init__(parent)
        self.setSortRole(SORT_ROLE)
        self.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.setFilterKeyColumn(-1)

    def lessThan(self, left: QModelIndex | QPersistentModelIndex,
                 right: QModelIndex | QPersistentModelIndex) -> bool:
        a, b = left.data(SORT_ROLE), right.data(SORT_ROLE)
        try:
            return a < b
        except TypeError:
            return str(a) < str(b)


class RecordTable(QTableView):
    """Enter edits, Delete asks to delete; an empty table says what belongs in it."""

    edit_requested = Signal()
    delete_requested = Signal()

    def __init__(self, placeholder: str, parent: QWidget | None = None):
        super().__init__(parent)
        self._placeholder = placeholder
        self._loading = False  # its records not read yet: not said to be none
        read_only_rows(self)
        self.horizontalHeader().setMinimumSectionSize(60)
        self.doubleClicked.connect(lambda _i: self.edit_requested.emit())
        # a first row wrapped taller (its columns fitted to a new width) after the section
        # asked for its least height: asked again, or the page kept the shorter one
        self.verticalHeader().sectionResized.connect(self._row_resized)

    def _row_resized(self, row: int, _old: int, _new: int) -> None:
        if row < self.LEAST_ROWS:
            self.updateGeometry()

    LEAST_ROWS = LEAST_ROWS  # rows a table keeps room for before the page itself scrolls

    @property
    def placeholder(self) -> str:
        """What the table says while it has no rows, once they are read."""
        return self._placeholder

    @placeholder.setter
    def placeholder(self, text: str) -> None:
        self._placeholder = text
        self._empty_text_changed()

    @property
    def loading(self) -> bool:
        """Its records are not read yet: it says so, never that there are none."""
        return self._loading

    @loading.setter
    def loading(self, loading: bool) -> None:
        self._loading = loading
        self._empty_text_changed()

    def _empty_text_changed(self) -> None:
        self.updateGeometry()  # its least height follows its sentence
        self.viewport().update()

    def _empty_text_rect(self) -> QRect:
        return self.viewport().rect().marginsRemoved(EMPTY_MARGINS)

    def empty_text_height(self) -> int:
        """How tall the empty table's sentence is, on as many lines as the width of the
        table asks, with the room kept around it (0 while it has rows)."""
        if self.model() is not None and self.model().rowCount():
            return 0
        width = max(self.viewport().width() - EMPTY_MARGINS.left() - EMPTY_MARGINS.right(), 1)
        text = self.fontMetrics().boundingRect(QRect(0, 0, width, 1 << 20),
                                               int(EMPTY_FLAGS), self.empty_text())
        return text.height() + EMPTY_MARGINS.top() + EMPTY_MARGINS.bottom()

    def minimumSizeHint(self) -> QSize:
        """Its titles and its first rows (up to :data:`LEAST_ROWS`, as tall as their wrapped
        text; when it is empty, its sentence saying so, wrapped to its width), not room for a
        whole scroll bar as Qt asks: on a low screen the page scrolls only by what that
        leaves over, and no table is squeezed to a single row. The section asks again once
        its columns are fitted (rows wrap then), and an empty table as it is narrowed or
        widened (its sentence on more or fewer lines)."""
        hint = super().minimumSizeHint()
        header = self.horizontalHeader()
        rows = self.model().rowCount() if self.model() is not None else 0
        # each row's own hint, not its height: asking a row's height of a header that
        # fits rows to their contents measures every row first (a tab not shown, with 3,000
        # visits, took seconds to open the captive's file)
        least_row = self.verticalHeader().minimumSectionSize()
        heights = sum(max(least_row, self.sizeHintForRow(r))
                      for r in range(min(rows, self.LEAST_ROWS)))
        if not rows:  # an empty table's sentence whole, never cut to a row's height
            heights = max(self.verticalHeader().defaultSectionSize(), self.empty_text_height())
        least = (header.sizeHint().height() if header.isVisible() else 0) \
            + heights + 2 * self.frameWidth()
        return QSize(hint.width(), least)

    def resizeEvent(self, event: QResizeEvent) -> None:
        before = self.empty_text_height()
        super().resizeEvent(event)
        if self.empty_text_height() != before:  # its sentence on more or fewer lines
            self.updateGeometry()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentIndex().isValid():
            self.edit_requested.emit()
            return
        if event.key() == Qt.Key.Key_Delete and self.currentIndex().isValid():
            self.delete_requested.emit()
            return
        super().keyPressEvent(event)

    def empty_text(self) -> str:
        """What the table says while it has no rows: that they are being read (a captive
        with 1,000 hearings showed "No hearings recorded." for seconds), else what belongs in
        it."""
        return self.tr("Reading the case file…") if self.loading else self.placeholder

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        text = self.empty_text()
        if self.model() is not None and self.model().rowCount() == 0 and text:
            p = QPainter(self.viewport())
            p.setPen(self.palette().color(QPalette.ColorRole.PlaceholderText))
            p.drawText(self._empty_text_rect(), int(EMPTY_FLAGS), text)
