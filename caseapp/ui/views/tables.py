"""Tables of records: a styled :class:`RecordTableModel` behind a sorting and filtering
proxy, the read-only table view they are shown in, and picking a record in it."""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable, Sequence
from typing import Any, cast

from PySide6.QtCore import QEvent, QModelIndex, QObject, QPersistentModelIndex, QSortFilterProxyModel, Qt, QTimer
from PySide6.QtGui import QFont, QKeyEvent
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from caseapp.domain.collation import loosely
from caseapp.domain.name_filter import Held, Typed, a_name, held
from caseapp.ui.models.records import RECORD_ROLE, SORT_ROLE, RecordColumn, RecordTableModel
from caseapp.ui.theme import monospace_font
from caseapp.ui.widgets.column_titles import on_two_lines, size_column
from caseapp.ui.widgets.watching import watched


class StyledRecordModel(RecordTableModel):
    """A RecordTableModel that can show some columns in a monospace font, some in bold."""

    ROLES = RecordTableModel.ROLES | {Qt.ItemDataRole.FontRole}

    def __init__(self, columns: Sequence[RecordColumn[Any]], *, context: str,
                 mono_columns: Iterable[int] = (), bold: Callable[[Any], bool] | None = None,
                 parent: Any = None):
        super().__init__(columns, context=context, parent=parent)
        self.mono_columns = set(mono_columns)
        self.bold = bold
        self._mono = monospace_font()
        self._bold, self._mono_bold = QFont(), QFont(self._mono)
        self._bold.setBold(True)
        self._mono_bold.setBold(True)

    def data(self, index: QModelIndex | QPersistentModelIndex,
             role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.FontRole:
            row = index.row()
            return self._font(row, index.column()) if 0 <= row < len(self.records) else None
        return super().data(index, role)

    def _font(self, row: int, at: int) -> QFont | None:
        mono = at in self.mono_columns
        if self.bold is not None and self.bold(self.records[row]):
            return self._mono_bold if mono else self._bold
        return self._mono if mono else None

    def size_key(self, row: int, at: int) -> tuple[str, QFont | None]:
        return self._text(row, at), self._font(row, at)


class TwoLineTitles(StyledRecordModel):
    """A StyledRecordModel whose long column titles ("Контрольный срок") are on two lines, so
    that a column can be as wide as its values rather than as its title (show them with the
    header's elide mode ElideNone: Qt elides a title as if on one line)."""

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        title = super().headerData(section, orientation, role)
        return on_two_lines(title) if isinstance(title, str) else title


# A slice of the rows folded at a time while the window is idle (see RecordFilterProxy): at
# least FOLD_STEP rows, then more while the slice has lasted less than ``fold_slice`` seconds.
FOLD_STEP = 64
# Rows from which a list folds its texts ahead, while the window is idle: below, the first letter
# typed folds them itself within a tenth of a second (at some 50 µs a row), and a list that
# changes often (the Deadlines view as names arrive) is not folded again and again for nothing.
FOLD_AHEAD_ROWS = 2_000


class RecordFilterProxy(QSortFilterProxyModel):
    """Sorts by SORT_ROLE; keeps rows whose text contains every word typed (any column),
    whatever the case and the accents (:func:`caseapp.domain.collation.loosely`), or
    contains it once its spaces are left out (a name's two words typed as one), or, for a
    text typed as a name is, that the search would find by it
    (:mod:`caseapp.domain.name_filter`: a name in another spelling, by its sound), and that
    pass ``predicate``.

    Over a table of records, each row's text is read and folded once, and its keys by the
    search's rule made once, and kept from one keystroke to the next; both are done while the
    window is idle as soon as the rows are set (``folding`` meanwhile; from FOLD_AHEAD_ROWS
    rows), a slice of rows at a time, so that the first letter typed in a list of 100,000 rows does not wait seconds for
    them (a letter typed before they are done does what is left). A kept text is checked
    against the row's record and its extra text at each use (a view's extra text may follow
    what the table is not told of) and dropped whenever the table says its rows changed."""

    def __init__(self, parent: Any = None):
        super().__init__(parent)
        self.setSortRole(SORT_ROLE)
        self.setSortCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.setDynamicSortFilter(True)
        self._words: list[str] = []
        self._typed = Typed("")
        self.predicate: Callable[[Any], bool] | None = None
        self.extra_text: Callable[[Any], str] | None = None  # searchable text not in columns
        self._table: RecordTableModel[Any] | None = None  # the source, a table of records
        # source row → [its record, its extra text, its text folded and without spaces, its
        # text as shown, the text's keys by the search's rule (made when first looked in)]
        self._rows: dict[int, list[Any]] = {}
        self.fold_slice = 0.008  # seconds of idle time taken at a time (at least FOLD_STEP rows)
        self.fold_ahead_rows = FOLD_AHEAD_ROWS
        self._next_fold = 0
        self._folding = QTimer(self)
        self._folding.setInterval(0)  # when the window has no event waiting
        self._folding.timeout.connect(self._fold_slice)

    @property
    def folding(self) -> bool:
        """Whether the rows set are still being read, folded and their keys made while the
        window is idle."""
        return self._folding.isActive()

    def setSourceModel(self, model: Any) -> None:
        old = self.sourceModel()
        if old is not None:
            for signal in self._row_signals(old):
                signal.disconnect(self._forget_rows)
        if model is not None:
            # before the proxy's own: a row it filters again on dataChanged is read anew
            for signal in self._row_signals(model):
                signal.connect(self._forget_rows)
        self._table = model if isinstance(model, RecordTableModel) else None
        super().setSourceModel(model)
        self._forget_rows()

    @staticmethod
    def _row_signals(model: Any) -> tuple[Any, ...]:
        return (model.modelReset, model.dataChanged, model.layoutChanged, model.rowsInserted,
                model.rowsRemoved, model.rowsMoved, model.columnsInserted, model.columnsRemoved)

    def _forget_rows(self, *_changed: object) -> None:
        self._rows.clear()
        self._next_fold = 0
        if self._table is not None and len(self._table.records) >= self.fold_ahead_rows:
            self._folding.start()
        else:
            self._folding.stop()

    def _fold_slice(self) -> None:
        """Folds the next rows' texts; once every row's is folded, makes the next rows' keys
        by the search's rule, which a name typed looks in (some fifteen times as long as the
        folding: :func:`held` keeps them for the rows set again)."""
        table, row = self._table, self._next_fold
        count = len(table.records) if table is not None else 0
        end = time.perf_counter() + self.fold_slice
        while row < 2 * count:
            step = min(row + FOLD_STEP, count if row < count else 2 * count)
            for at in range(row, step):
                if at < count:
                    self._kept(at)
                else:
                    self._held(at - count)
            row = step
            if time.perf_counter() >= end:
                break
        self._next_fold = row
        if row >= 2 * count:
            self._folding.stop()

    def _kept(self, row: int) -> list[Any]:
        """The row's kept texts, read and folded again if its record or extra text changed
        (the source is a table of records; ``row`` is valid)."""
        assert self._table is not None
        record = self._table.records[row]
        extra = self.extra_text(record) if self.extra_text is not None else ""
        kept = self._rows.get(row)
        if kept is None or kept[0] is not record or kept[1] != extra:
            columns = self._table.row_text(row)
            text = f"{columns} {extra}" if self.extra_text is not None else columns
            # Two words typed as one: "Terpetrosyan" finds "Ter Petrosyan" (Ter-Petrosyan is
            # "terpetrosyan" to loosely already), "Տերպետրոսյան" "Տեր Պետրոսյան". A word
            # typed (never a space in it) found in the text is found in it without spaces.
            kept = self._rows[row] = [record, extra, loosely(text).replace(" ", ""), text, None]
        return kept

    def _held(self, row: int) -> Held:
        """The row's text's keys by the search's rule, made once for its kept text."""
        kept = self._kept(row)
        if kept[4] is None:
            kept[4] = held(kept[3])
        return cast(Held, kept[4])

    def set_text(self, text: str) -> None:
        def change() -> None:
            self._words = loosely(text).split()
            self._typed = Typed(text if a_name(text) else "")  # (a rule's id: as typed)
        self._refilter(change)

    def set_predicate(self, predicate: Callable[[Any], bool] | None) -> None:
        self._refilter(lambda: setattr(self, "predicate", predicate))

    def _refilter(self, change: Callable[[], None]) -> None:
        if hasattr(self, "beginFilterChange"):  # Qt 6.10 and later
            self.beginFilterChange()
            change()
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
        else:
            change()
            self.invalidateFilter()

    def lessThan(self, left: QModelIndex | QPersistentModelIndex,
                 right: QModelIndex | QPersistentModelIndex) -> bool:
        a, b = left.data(SORT_ROLE), right.data(SORT_ROLE)
        try:
            return a < b
        except TypeError:  # None against a value, or mixed kinds
            return str(a) < str(b)

    def filterAcceptsRow(self, source_row: int,
                         source_parent: QModelIndex | QPersistentModelIndex) -> bool:
        table = self._table
        if table is None or source_parent.isValid():
            return self._accepts_item(source_row, source_parent)
        if self.predicate is not None and not self.predicate(table.records[source_row]):
            return False
        if not self._words:
            return True
        kept = self._kept(source_row)
        joined = kept[2]
        for word in self._words:
            if word not in joined:
                break
        else:
            return True
        # The search's rule: a name in another spelling or by its sound ("Kazaryan" finds
        # Ghazaryan, "Mamedov" Məmmədova), as the captives list's search finds it.
        return bool(self._typed) and self._typed.matches(kept[4] or self._held(source_row))

    def _accepts_item(self, source_row: int,
                      source_parent: QModelIndex | QPersistentModelIndex) -> bool:
        """filterAcceptsRow for a source other than a table of records (a tree): its texts
        read through Qt's roles at each keystroke."""
        model = self.sourceModel()
        if model is None:
            return True
        record = model.index(source_row, 0, source_parent).data(RECORD_ROLE)
        if self.predicate is not None and not self.predicate(record):
            return False
        if not self._words:
            return True
        text = " ".join(str(model.index(source_row, c, source_parent).data() or "")
                        for c in range(model.columnCount(source_parent)))
        if self.extra_text is not None:
            text = f"{text} {self.extra_text(record)}"
        joined = loosely(text).replace(" ", "")
        return (all(word in joined for word in self._words)
                or (bool(self._typed) and self._typed.matches(held(text))))


# Rows a table keeps room for before the page itself scrolls (a view that fits its least
# height at 1024×768 scrolls its tables instead).
LEAST_ROWS = 3


def keep_least_rows(table: QTableView, rows: int = LEAST_ROWS) -> None:
    """Keep room for the table's titles and its first ``rows`` rows (of the default height)
    however short the window: the page scrolls before a table is squeezed to a row or two."""
    header = table.horizontalHeader()
    table.setMinimumHeight(header.sizeHint().height()
                           + rows * table.verticalHeader().defaultSectionSize()
                           + 2 * table.frameWidth())


def read_only_rows(table: QTableView) -> None:
    """How every list of records in the window behaves: sortable, one whole row chosen at a
    time, nothing edited in place, rows a line high in alternating colours, Tab leaving for
    the buttons (the arrows go from row to row)."""
    table.setSortingEnabled(True)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setAlternatingRowColors(True)
    table.setTabKeyNavigation(False)
    table.setWordWrap(False)
    table.verticalHeader().hide()
    table.verticalHeader().setDefaultSectionSize(26)
    table.horizontalHeader().setHighlightSections(False)


def make_table(parent: QWidget, proxy: QSortFilterProxyModel, *, name: str,
               widths: Sequence[int] = (), stretch: int | None = None) -> QTableView:
    """A read-only, sortable table of records; ``stretch`` names the column that takes the
    width left (the last one by default)."""
    table = QTableView(parent)
    table.setObjectName(name)
    table.setModel(proxy)
    read_only_rows(table)
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    header.setStretchLastSection(stretch is None)
    for column, width in enumerate(widths):
        size_column(header, column, width)
    if stretch is not None:
        header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    EnterAsDoubleClick(table)
    return table


class EnterAsDoubleClick(QObject):
    """Enter on a table's current row does what a double-click on that cell does (each view
    answers ``doubleClicked``): a table left to Qt only emits ``activated`` and passes the key
    on, so a list read with the keyboard could not be opened."""

    def __init__(self, table: QTableView):
        super().__init__(table)
        table.installEventFilter(self)

    @property
    def table(self) -> QTableView:
        return watched(self, QTableView)  # its parent (caseapp.ui.widgets.watching)

    def eventFilter(self, watched_object: QObject, event: QEvent) -> bool:
        if watched_object is self.parent() and isinstance(watched_object, QTableView) \
                and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            index = self.table.currentIndex()
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and index.isValid() \
                    and event.modifiers() in (Qt.KeyboardModifier.NoModifier,
                                              Qt.KeyboardModifier.KeypadModifier):
                self.table.doubleClicked.emit(index)
                return True
        return False


def current_record(table: QTableView) -> Any:
    index = table.currentIndex()
    if not index.isValid():
        rows = table.selectionModel().selectedRows() if table.selectionModel() else []
        if not rows:
            return None
        index = rows[0]
    return index.siblingAtColumn(0).data(RECORD_ROLE)


def select_record(table: QTableView, record_id: int) -> bool:
    proxy = table.model()
    for row in range(proxy.rowCount()):
        record = proxy.index(row, 0).data(RECORD_ROLE)
        if getattr(record, "id", None) == record_id:
            table.selectRow(row)
            table.scrollTo(proxy.index(row, 0))
            return True
    return False
