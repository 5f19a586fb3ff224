"""Rows of a long wrapped table sized as they come into view. A table whose rows are as tall as
their wrapped text (its vertical header resized to contents) measures every cell of every row
whenever a column is resized, the table is shown or a row changes: a captive with 3,000
visits took seconds to open its Welfare tab (and the window stood still meanwhile), the
Advocacy log of a large case file likewise.

Up to :data:`MEASURED_AT_ONCE` rows the header goes on sizing them all (a table scrolled by the
page needs its whole height). Past it, rows start one line tall and each is measured as it
comes into view (and a screen ahead of it), and measured again when the columns or the rows
change: what the lawyer sees is as tall as its text, as before; the scroll bar's length is
an estimate until she has scrolled through."""

from __future__ import annotations

import weakref

import shiboken6
from PySide6.QtCore import QAbstractItemModel, QEvent, QObject, QTimer
from PySide6.QtWidgets import QHeaderView, QTableView

from caseapp.ui.widgets.watching import still_watching, watched

MEASURED_AT_ONCE = 300


class RowsInView(QObject):
    """Sizes ``table``'s rows to their contents: all at once while it has no more than
    :data:`MEASURED_AT_ONCE` rows, else those in view (and a screen below them)."""

    def __init__(self, table: QTableView):
        super().__init__(table)
        self.in_view_only = False
        self._measured: set[int] = set()
        self._widths: tuple[int, ...] = ()  # the columns' widths the rows were measured at
        self._measuring = False
        self._later = QTimer(self, singleShot=True, interval=0)
        self._later.timeout.connect(self.measure)
        table.verticalScrollBar().valueChanged.connect(self._scrolled)
        columns = table.horizontalHeader()
        for signal in (columns.sectionResized, columns.geometriesChanged,
                       columns.sectionCountChanged):
            signal.connect(self._columns_changed)
        # (weak, as the table is read as the parent: caseapp.ui.widgets.watching)
        self._model: weakref.ref[QAbstractItemModel] | None = None
        self._watch_model()

    @property
    def table(self) -> QTableView:
        return watched(self, QTableView)  # its parent (caseapp.ui.widgets.watching)

    def _alive(self) -> bool:
        """Whether the table is there to be measured (not while it or this object is being
        taken apart)."""
        table = self.parent()
        return (still_watching(self, "in_view_only") and isinstance(table, QTableView)
                and shiboken6.isValid(table))

    def _watch_model(self) -> None:
        model = self.table.model()
        if model is None or (self._model is not None and model is self._model()):
            return
        self._model = weakref.ref(model)
        for signal in (model.modelReset, model.layoutChanged, model.rowsInserted,
                       model.rowsRemoved, model.dataChanged):
            signal.connect(self._rows_changed)
        self._rows_changed()

    def _scrolled(self, _value: int) -> None:
        if self._alive() and self.in_view_only:
            self._later.start()  # (not connected to start itself: it took the value for ms)

    def _rows_changed(self, *_args: object) -> None:
        if not (shiboken6.isValid(self) and self._alive()):
            return  # (a model going with its table tells of its rows as the table goes)
        model = self.table.model()
        many = model is not None and model.rowCount() > MEASURED_AT_ONCE
        if many != self.in_view_only:
            self.in_view_only = many
            self.table.verticalHeader().setSectionResizeMode(
                QHeaderView.ResizeMode.Fixed if many else QHeaderView.ResizeMode.ResizeToContents)
            # its events heard only while it is long: a short table's (most tables') cost
            # nothing (resized, shown, painted: are its rows in view measured?)
            for watched in (self.table, self.table.viewport()):
                if many:
                    watched.installEventFilter(self)
                else:
                    watched.removeEventFilter(self)
        self._measured.clear()
        if many:
            self._later.start()

    def _columns_changed(self, *_args: object) -> None:
        if self._alive() and self.in_view_only and not self._measuring:
            self._measured.clear()  # rows wrap on more or fewer lines now
            self._later.start()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if not self._alive():
            return False
        if watched is self.table and event.type() in (QEvent.Type.Resize, QEvent.Type.Show):
            self._later.start()
        elif event.type() == QEvent.Type.Paint and self.in_view_only and not self._measuring \
                and not self._later.isActive() and self._stale():
            self._later.start()  # columns moved by no signal (a layout restored), rows unseen
        return False

    def _column_widths(self) -> tuple[int, ...]:
        columns = self.table.horizontalHeader()
        return tuple(0 if columns.isSectionHidden(c) else columns.sectionSize(c)
                     for c in range(columns.count()))

    def _stale(self) -> bool:
        """Whether the rows in view were measured at other column widths, or not at all."""
        return self._column_widths() != self._widths \
            or max(0, self.table.rowAt(0)) not in self._measured

    def measure(self) -> None:
        """The rows in view and a screen below them, each as tall as its wrapped text."""
        if not self._alive() or not self.in_view_only or self._measuring:
            return
        table, header = self.table, self.table.verticalHeader()
        rows = table.model().rowCount() if table.model() is not None else 0
        widths = self._column_widths()
        if widths != self._widths:  # (a layout restored moves no section by a signal)
            self._measured.clear()
            self._widths = widths
        first = max(0, table.rowAt(0))
        bottom = 2 * max(table.viewport().height(), 1)  # what is seen and a screen ahead
        bar = table.verticalScrollBar()
        at_end = bar.value() > 0 and bar.value() == bar.maximum()
        self._measuring = True
        resized = False
        try:
            row = first
            while row < rows and header.sectionViewportPosition(row) < bottom:
                if row not in self._measured and not table.isRowHidden(row):
                    self._measured.add(row)
                    height = table.sizeHintForRow(row)
                    if height > 0 and height != header.sectionSize(row):
                        header.resizeSection(row, height)
                        resized = True
                row += 1
            if resized and at_end:  # the last rows grew: the end is still shown whole
                table.updateGeometries()
                bar.setValue(bar.maximum())
        finally:
            self._measuring = False
