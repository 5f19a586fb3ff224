"""Tables of records: a styled :class:`RecordTableModel` behind a sorting and filtering
proxy, the read-only table view they are shown in, and picking a record in it."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QSortFilterProxyModel, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from caseapp.domain.collation import loosely
from caseapp.domain.name_filter import Typed, a_name, held
from caseapp.ui.models.records import RECORD_ROLE, SORT_ROLE, RecordColumn, RecordTableModel
from caseapp.ui.theme import monospace_font
from caseapp.ui.widgets.column_titles import on_two_lines, size_column


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


class RecordFilterProxy(QSortFilterProxyModel):
    """Sorts by SORT_ROLE; keeps rows whose text contains every word typed (any column),
    whatever the case and the accents (:func:`caseapp.domain.collation.loosely`), or
    contains it once its spaces are left out (a name's two words typed as one), or, for a
    text typed as a name is, that the search would find by it
    (:mod:`caseapp.domain.name_filter`: a name in another spelling, by its sound), and that
    pass ``predicate``."""

    def __init__(self, parent: Any = None):
        super().__init__(parent)
        self.setSortRole(SORT_ROLE)
        self.setSortCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.setDynamicSortFilter(True)
        self._words: list[str] = []
        self._typed = Typed("")
        self.predicate: Callable[[Any], bool] | None = None
        self.extra_text: Callable[[Any], str] | None = None  # searchable text not in columns
        # A source row's texts as the filter reads them, kept from one keystroke to the next
        # (a list of 100,000 rows read every column of every row through Qt at each one):
        # row → (its record, its columns' text, the extra text, the two folded). Checked
        # against the row's record and its extra text at each use (a view's extra text may
        # follow what the table is not told of), dropped whenever the rows change.
        self._rows: dict[int, tuple[Any, str, str, str, str]] = {}

    def setSourceModel(self, model: Any) -> None:
        old = self.sourceModel()
        if old is not None:
            for signal in self._row_signals(old):
                signal.disconnect(self._forget_rows)
        if model is not None:
            # before the proxy's own: a row it filters again on dataChanged is read anew
            for signal in self._row_signals(model):
                signal.connect(self._forget_rows)
        super().setSourceModel(model)
        self._rows.clear()

    @staticmethod
    def _row_signals(model: Any) -> tuple[Any, ...]:
        return (model.modelReset, model.dataChanged, model.layoutChanged, model.rowsInserted,
                model.rowsRemoved, model.rowsMoved, model.columnsInserted, model.columnsRemoved)

    def _forget_rows(self, *_changed: object) -> None:
        self._rows.clear()

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
        model = self.sourceModel()
        if model is None:
            return True
        # the model's own records and texts where it is a table of records (not a tree)
        table = model if isinstance(model, RecordTableModel) and not source_parent.isValid() else None
        record = (table.record(source_row) if table is not None else
                  model.index(source_row, 0, source_parent).data(RECORD_ROLE))
        if self.predicate is not None and not self.predicate(record):
            return False
        if not self._words:
            return True
        extra = self.extra_text(record) if self.extra_text is not None else ""
        kept = self._rows.get(source_row) if table is not None else None
        if kept is not None and kept[0] is record:
            columns = kept[1]
        elif table is not None:  # the model's own texts (what its cells show), not Qt's roles
            columns = table.row_text(source_row)
        else:
            columns = " ".join(str(model.index(source_row, c, source_parent).data() or "")
                               for c in range(model.columnCount(source_parent)))
        text = f"{columns} {extra}" if self.extra_text is not None else columns
        if kept is not None and kept[0] is record and kept[2] == extra:
            haystack, joined = kept[3], kept[4]
        else:
            haystack = loosely(text)
            # Two words typed as one: "Terpetrosyan" finds "Ter Petrosyan" (Ter-Petrosyan is
            # "terpetrosyan" to loosely already), "Տերպետրոսյան" "Տեր Պետրոսյան".
            joined = haystack.replace(" ", "")
            if table is not None:
                self._rows[source_row] = (record, columns, extra, haystack, joined)
        if all(word in haystack for word in self._words):
            return True
        if all(word in haystack or word in joined for word in self._words):
            return True
        # The search's rule: a name in another spelling or by its sound ("Kazaryan" finds
        # Ghazaryan, "Mamedov" Məmmədova), as the captives list's search finds it.
        return bool(self._typed) and self._typed.matches(held(text))


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
    return table


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
