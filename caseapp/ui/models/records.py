"""A table of DTOs with declared columns: the model behind every list of records."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from caseapp.ui.literal_text import literal, within_a_tip

T = TypeVar("T")
RECORD_ROLE = Qt.ItemDataRole.UserRole + 1
SORT_ROLE = Qt.ItemDataRole.UserRole + 2


@dataclass(frozen=True)
class RecordColumn(Generic[T]):
    title: str  # source text, translated in the model's context
    text: Callable[[T], Any]
    sort_key: Callable[[T], Any] | None = None
    align_right: bool = False
    tooltip: Callable[[T], str] | None = None
    colour: Callable[[T], str | None] | None = None  # a foreground colour, e.g. "#c0392b"


class RecordTableModel(QAbstractTableModel, Generic[T]):
    """Rows are DTOs; ``RECORD_ROLE`` gives the DTO of a row, ``SORT_ROLE`` its sort key.

    Sorting is left to a QSortFilterProxyModel (these lists are small) using SORT_ROLE.

    A cell's text is worked out once and kept until the rows are set again or
    ``dataChanged`` says it changed: laying out a table of wrapped rows asks each cell for
    its text and styles many times over (a row's height is measured again whenever a column
    is resized), and a column's text may format a date or word an audit entry each time.
    Roles no column answers are refused before anything is looked up.
    """

    plain_cells = True  # text alone: no icon, no check box (see RoomyRows)
    ROLES = frozenset({Qt.ItemDataRole.DisplayRole, RECORD_ROLE, SORT_ROLE,
                       Qt.ItemDataRole.TextAlignmentRole, Qt.ItemDataRole.ToolTipRole,
                       Qt.ItemDataRole.ForegroundRole})

    def __init__(self, columns: Sequence[RecordColumn[T]], *, context: str = "RecordTableModel",
                 parent: Any = None):
        super().__init__(parent)
        self.columns = list(columns)
        self.context = context
        self.records: list[T] = []
        self._texts: dict[tuple[int, int], str] = {}
        self.dataChanged.connect(self._forget_texts)

    def set_records(self, records: Sequence[T]) -> None:
        self.beginResetModel()
        self.records = list(records)
        self._texts.clear()
        self.endResetModel()

    def _forget_texts(self, *_changed: object) -> None:
        self._texts.clear()

    def _text(self, row: int, at: int) -> str:
        text = self._texts.get((row, at))
        if text is None:
            value = self.columns[at].text(self.records[row])
            text = self._texts[(row, at)] = "" if value is None else str(value)
        return text

    def row_text(self, row: int) -> str:
        """The texts the row's cells show, joined by spaces, without going through Qt's
        roles: a list's filter reads every cell of every row once. A cell's kept text is
        used; the others are worked out and not kept (the view keeps those it shows, a few
        dozen rows, where a filter over 100,000 rows would keep 600,000). ``row`` is valid."""
        kept, record = self._texts, self.records[row]
        texts = []
        for at, column in enumerate(self.columns):
            text = kept.get((row, at))
            if text is None:
                value = column.text(record)
                text = "" if value is None else str(value)
            texts.append(text)
        return " ".join(texts)

    def size_key(self, row: int, at: int) -> tuple[str, QFont | None]:
        """What the cell's size follows besides its width: its text and its font (None: the
        view's), asked by :class:`~caseapp.ui.widgets.fitted_columns.RoomyRows` without going
        through Qt's roles (a table is measured many times over). ``row`` and ``at`` are valid."""
        return self._text(row, at), None

    def record(self, row: int) -> T:
        return self.records[row]

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.records)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole \
                and 0 <= section < len(self.columns):
            return QCoreApplication.translate(self.context, self.columns[section].title)
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role not in self.ROLES:
            return None
        row, at = index.row(), index.column()  # -1 for an invalid index
        if not (0 <= row < len(self.records)) or not (0 <= at < len(self.columns)):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(row, at)
        record = self.records[row]
        column = self.columns[at]
        if role == RECORD_ROLE:
            return record
        if role == SORT_ROLE:
            key = column.sort_key(record) if column.sort_key else column.text(record)
            return "" if key is None else key
        if role == Qt.ItemDataRole.TextAlignmentRole and column.align_right:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole and column.tooltip:
            # a lawyer's text, word for word; of a long one its start (the dialog has it whole)
            return literal(within_a_tip(column.tooltip(record)))
        if role == Qt.ItemDataRole.ForegroundRole and column.colour:
            colour = column.colour(record)
            return QBrush(QColor(colour)) if colour else None
        return None
