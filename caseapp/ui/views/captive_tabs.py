"""The tabs of a captive's file: each is a few :class:`Section` widgets, a table of one kind
of record with Add / Edit / Delete (double-click or Enter edits, Delete asks to delete).

The tabs read what they show from the view (``view.bundle``) when the view hands them a
freshly loaded file; they never touch the services except through the dialogs.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QCoreApplication,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import (
    QDragEnterEvent,
    QDropEvent,
    QFont,
    QShowEvent,
)
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from caseapp.domain.advocacy import follow_up_overdue_days
from caseapp.ui.dialogs import captive_dialogs as dlg
from caseapp.ui.dialogs.kind_declaration import Kind
from caseapp.ui.models.records import RECORD_ROLE, RecordColumn
from caseapp.ui.theme import monospace_font
from caseapp.ui.tr_marks import TranslationContext
from caseapp.ui.views.formatters import date_key, date_text, days_from_now
from caseapp.ui.views.record_table import RecordProxy, RecordTable
from caseapp.ui.views.tables import TwoLineTitles
from caseapp.ui.widgets.fitted_columns import PADDING, fit_columns, wrap_rows
from caseapp.ui.widgets.flow_layout import FlowLayout
from caseapp.ui.widgets.focus_order import tab_in_order

if TYPE_CHECKING:
    from caseapp.ui.views.captive_page import CaptivePage

CTX = "CaptiveTabs"


class CaptiveTabs(TranslationContext):
    """The translation context of the captive's file tables: ``CaptiveTabs.tr("…")`` is what
    ``pyside6-lupdate`` finds (a module-level helper would land in no context)."""


def tr(text: str) -> str:
    """A source text held in a variable (marked with QT_TRANSLATE_NOOP("CaptiveTabs", …))."""
    return QCoreApplication.translate(CTX, text)


def col(title: str, text: Callable[[Any], Any], key: Callable[[Any], Any] | None = None, *,
        right: bool = False, tip: Callable[[Any], str] | None = None,
        colour: Callable[[Any], str | None] | None = None) -> RecordColumn:
    return RecordColumn(title, text, key, right, tip, colour)


def date_col(title: str, attr: str) -> RecordColumn:
    return col(title, lambda r: date_text(getattr(r, attr)), lambda r: date_key(getattr(r, attr)))


class Section(QWidget):
    """A titled table of one kind of record with Add / Edit / Delete buttons."""

    selection_changed = Signal()

    def __init__(self, view: CaptivePage, kind: Kind | None,
                 columns: Sequence[RecordColumn], *, title: str, placeholder: str, name: str,
                 stretch: int = -1,
                 sort: tuple[int, Qt.SortOrder] = (0, Qt.SortOrder.AscendingOrder),
                 add: Callable[[], None] | None = None,
                 add_values: Callable[[], dict] | None = None, widest: int = 260,
                 whole: Sequence[int] = (), wrap: bool = True, spare: Sequence[int] = (),
                 lines: int | None = 2, parent: QWidget | None = None):
        """``stretch``: the column of free text that takes the width left (the last by
        default); ``whole``: columns always as wide as their values (dates), never cut;
        ``wrap``: a cell too long for its column goes on more lines instead of ending in "…"
        (a table whose rows a lawyer reads, at 1024 pixels); ``spare``: columns also shown
        below the table, hidden (the first first) while the others' longest words could not
        all be whole beside them; ``lines``: no row taller than that many lines, two unless
        told (a court's name, an appeal's outcome went on four to six lines at 1024 pixels,
        so that two or three rows were in sight); a cell cut ends in "…" and gives its
        whole text in its tooltip, and the row's dialog (or the text below the table) all
        of it. ``parent``: the page's widget (``view`` is what the page offers the tables)."""
        super().__init__(parent)
        self.view, self.kind, self.name = view, kind, name
        self._add, self._add_values = add, add_values
        self.setObjectName(f"section_{name}")
        self.model = TwoLineTitles(columns, context=CTX, parent=self)  # "Ամսաթիվ / և ժամ"
        self.proxy = RecordProxy(self)
        self.proxy.setSourceModel(self.model)
        self.table = RecordTable(placeholder, self)
        self.table.setObjectName(f"table_{name}")
        self.table.setModel(self.proxy)
        self.table.sortByColumn(*sort)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setTextElideMode(Qt.TextElideMode.ElideNone)  # a title on two lines is whole
        self.stretch = stretch if stretch >= 0 else len(columns) - 1
        self.whole = tuple(c for c in whole if c != self.stretch)
        self.spare = tuple(spare)
        header.setSectionResizeMode(self.stretch, QHeaderView.ResizeMode.Stretch)
        for column in self.whole:
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        for column in range(len(columns)):  # till fitted to rows: as wide as its title
            if column != self.stretch and column not in self.whole:  # (an empty table's
                header.resizeSection(column, header.sectionSizeHint(column) + PADDING)  # whole)
        if wrap:
            wrap_rows(self.table, lines=lines)
        self._fitted = self._fit_pending = False
        self._pending: Any = None  # the record a table not shown selects once it is shown
        self._added: int | None = None  # the record just added, chosen once it is read
        self.widest = widest
        self.title = QLabel(title, self)
        self.title.setTextFormat(Qt.TextFormat.PlainText)  # it may name a case number as typed
        font = QFont(self.title.font())
        font.setBold(True)
        self.title.setFont(font)
        self.title.setBuddy(self.table)  # a screen reader names the table by its title
        self.button_row = FlowLayout(align_right=True)  # on a second line where the width is short
        self.bar = QHBoxLayout()
        self.bar.setContentsMargins(0, 0, 0, 0)
        self.bar.addWidget(self.title, 0, Qt.AlignmentFlag.AlignTop)
        self.bar.addLayout(self.button_row, 1)
        self.buttons: dict[str, QPushButton] = {}
        # what is on the title's line, which Tab reaches before the table under it (made
        # after the table, the buttons came after it)
        self._over_table: list[QWidget] = []
        self._need_record: set[str] = set()  # buttons that act on the selected record
        if kind is not None:
            for key, text, slot in (("add", CaptiveTabs.tr("Add…"), self.add),
                                    ("edit", CaptiveTabs.tr("Edit…"), self.edit),
                                    ("delete", CaptiveTabs.tr("Delete"), self.delete)):
                self.add_button(key, text, slot)
            self.table.edit_requested.connect(self.edit)
            self.table.delete_requested.connect(self.delete)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.setSpacing(4)
        layout.addLayout(self.bar)
        layout.addWidget(self.table, 1)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._selection())
        self._selection()

    def add_button(self, key: str, text: str, slot: Callable[[], Any], *,
                   needs_record: bool = False) -> QPushButton:
        button = QPushButton(text, self)
        button.setObjectName(f"{self.name}_{key}")
        button.setAutoDefault(False)
        button.clicked.connect(lambda _c=False: slot())
        self.button_row.addWidget(button)
        self._over_table.append(button)
        self.buttons[key] = button
        if needs_record or key in ("edit", "delete"):
            self._need_record.add(key)
        return button

    def add_to_bar(self, widget: QWidget) -> None:
        """``widget`` (a filter) on the title's line after the buttons, and so before the
        table for Tab."""
        self.bar.addWidget(widget)
        self._over_table.append(widget)

    def _selection(self) -> None:
        has = self.current() is not None
        for key in self._need_record:
            self.buttons[key].setEnabled(has)
        self.selection_changed.emit()

    def set_records(self, records: Sequence[Any]) -> None:
        """Shows ``records``, read: the table no longer says they are being read."""
        current = self.current()
        self.table.loading = False
        self.model.set_records(records)
        if not self._fitted:  # an empty table too: its titles within its width (spare
            self._fit_pending = True  # columns hidden), not pushed out sideways
            if self.isVisible():
                self.fit_columns()
        self._fitted = bool(records)
        self.table.updateGeometry()  # its least height follows the rows it holds
        self._pending = None
        if self._added is not None and self.select(self._added):
            self._added = None
        elif not self.select(getattr(current, "id", None)) and self.proxy.rowCount():
            self._select_row(0)
        self._selection()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        tab_in_order(*self._over_table, self.table)  # (lost when put in its tab's page)
        if self._pending is not None:  # selected while its tab was hidden
            row = self._row_of(getattr(self._pending, "id", None))
            self._pending = None
            self.table.selectRow(0 if row is None else row)
        if self._fit_pending:  # fitted once laid out: the width is known then
            QTimer.singleShot(0, self.fit_columns)

    def fit_columns(self) -> None:
        """Columns as wide as their contents, none wider than ``widest``; the ``whole`` ones
        (dates) always whole; one stretches; no word cut where the room allows (see
        :func:`fit_columns`)."""
        self._fit_pending = False
        fit_columns(self.table, stretch=self.stretch, whole=self.whole, widest=self.widest,
                    spare=self.spare)
        self.table.updateGeometry()  # the rows wrapped to the columns: its least height

    def wanted_width(self) -> int:
        """How wide the table is with every column's title and rows whole (a column no
        wider than ``widest``), its frame and its scroll bar."""
        header, table = self.table.horizontalHeader(), self.table
        columns = sum(min(max(table.sizeHintForColumn(c), header.sectionSizeHint(c)) + 8, self.widest)
                      for c in range(self.model.columnCount()) if not table.isColumnHidden(c))
        return columns + 2 * table.frameWidth() + table.verticalScrollBar().sizeHint().width()

    def current(self) -> Any:
        if self._pending is not None:
            return self._pending
        index = self.table.currentIndex()
        rows = self.table.selectionModel().selectedRows()
        if rows:
            index = rows[0]
        return index.siblingAtColumn(0).data(RECORD_ROLE) if index.isValid() else None

    def select(self, record_id: int | None) -> bool:
        row = self._row_of(record_id)
        if row is not None:
            self._select_row(row)
        return row is not None

    def _row_of(self, record_id: int | None) -> int | None:
        if record_id is None:
            return None
        for row in range(self.proxy.rowCount()):
            if getattr(self.proxy.index(row, 0).data(RECORD_ROLE), "id", None) == record_id:
                return row
        return None

    def _select_row(self, row: int) -> None:
        """Selects ``row``; a table not shown (its tab hidden, or the file not yet shown)
        keeps its record and selects it when shown (:meth:`current` gives it meanwhile).
        Selecting a row of a table of wrapped rows measures every row: a captive's file
        selected a row in each of its fifteen tables as it opened, about two fifths of the
        time it took to open (benchmarks/captive_files.py)."""
        if self.table.isVisible():
            self._pending = None
            self.table.selectRow(row)
        else:
            self.table.clearSelection()
            self._pending = self.proxy.index(row, 0).data(RECORD_ROLE)
            self._selection()

    # -- actions --
    def add(self) -> Any:
        if self._add is not None:
            return self._add()
        if self.kind is None or self.view.captive_id is None:
            return None
        values = self._add_values() if self._add_values else None
        view = self.view
        saved = view.after_write(dlg.add_record(view.ui, self.kind, captive_id=view.captive_id,
                                                file=view.file, parent=self, values=values))
        # the new row is the one chosen (Enter or Edit… right after opens it), once the file
        # is read again with it; the row chosen before stayed chosen
        added = getattr(saved, "id", None)
        if added is not None and not self.select(added):
            self._added = added
        return saved

    def edit(self) -> Any:
        record = self.current()
        if self.kind is None or record is None:
            return None
        view = self.view
        return view.after_write(dlg.edit_record(view.ui, self.kind, record, file=view.file,
                                                parent=self))

    def delete(self) -> bool:
        record = self.current()
        if self.kind is None or record is None:
            return False
        done = dlg.delete_record(self.view.ui, self.kind, record, self)
        if done:
            what = self.kind.describe(record)
            self.view.message.emit(CaptiveTabs.tr("Deleted %1.").replace("%1", what))
        return done


# ---- formatting helpers -----------------------------------------------------------------------

def days_text(days: int) -> str:
    """A day relative to today: "in 3 days", "tomorrow", "today", "yesterday", "3 days ago"."""
    return days_from_now(days)


def intervention_overdue(i: Any, today: date) -> bool:
    """The domain's rule, as the Advocacy log and "Needs attention" count (one owner)."""
    return follow_up_overdue_days(i.follow_up_on, i.status, today) > 0


def mono_font() -> QFont:
    return monospace_font()


# ---- page layout --------------------------------------------------------------------------------

class DropPage(QWidget):
    """A tab page that takes files dropped on it."""

    files_dropped = Signal(list)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setAcceptDrops(True)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        urls = event.mimeData().urls()
        if event.mimeData().hasUrls() and all(u.isLocalFile() for u in urls):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = [u.toLocalFile() for u in event.mimeData().urls() if u.isLocalFile()]
        paths = [p for p in paths if Path(p).is_file()]
        if paths:
            event.acceptProposedAction()
            self.files_dropped.emit(paths)


def splitter(orientation: Qt.Orientation, *widgets: QWidget, sizes: list[int]) -> QSplitter:
    box = QSplitter(orientation)
    box.setChildrenCollapsible(False)
    for w in widgets:
        box.addWidget(w)
    box.setSizes(sizes)
    return box


def page(*widgets: QWidget, into: QWidget | None = None) -> QWidget:
    """A tab page: ``widgets`` stacked; tables and splitters take the spare height."""
    holder = into or QWidget()
    layout = QVBoxLayout(holder)
    layout.setContentsMargins(8, 8, 8, 8)
    for w in widgets:
        layout.addWidget(w, 1 if isinstance(w, QSplitter | Section) else 0)
    return holder


def titled(title: str, widget: QWidget) -> QWidget:
    """``widget`` under a bold title, level with the sections beside it."""
    holder = QWidget()
    caption = QLabel(title, holder)
    font = caption.font()
    font.setBold(True)
    caption.setFont(font)
    caption.setMinimumHeight(QPushButton().sizeHint().height())
    caption.setBuddy(widget)  # a screen reader names the box by its title
    layout = QVBoxLayout(holder)
    layout.setContentsMargins(0, 4, 0, 0)
    layout.setSpacing(4)
    layout.addWidget(caption)
    layout.addWidget(widget, 1)
    return holder


def reader(name: str) -> QPlainTextEdit:
    box = QPlainTextEdit()
    box.setObjectName(name)
    box.setReadOnly(True)
    return box
