"""The captives table: every captive as a row, filtered and sorted in the model.

Rows are plain :class:`CaptiveRow` values fetched in one batch. Filtering (status,
search hits) and sorting happen on Python lists here rather than through a
QSortFilterProxyModel, whose per-row calls back into Python would take seconds at
100,000 captives.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime
from operator import attrgetter
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QGuiApplication, QPalette

from caseapp.domain.captive_rows import CaptiveRow, count_sign
from caseapp.domain.clock import DEFAULT_WELFARE_THRESHOLD_DAYS
from caseapp.domain.collation import name_order_text
from caseapp.domain.enums import CaptiveStatus, Sex
from caseapp.domain.found_by import FoundBy, unshown
from caseapp.ui.captive_names import name_beside, shown_names
from caseapp.ui.formats import datetime_text, fill, long_date, number
from caseapp.ui.held_place import place_shown
from caseapp.ui.i18n import current_language, plural
from caseapp.ui.labels import label, short_status_label, status_colour, status_label
from caseapp.ui.literal_text import literal
from caseapp.ui.theme import urgency_colour
from caseapp.ui.tr_marks import QT_TRANSLATE_NOOP
from caseapp.ui.widgets.column_titles import on_two_lines

CTX = "CaptivesModel"
NAME_COLUMNS = ("name", "latin")  # the name shown first, the one beside it (shown_names)
ROW_ROLE = Qt.ItemDataRole.UserRole + 1  # the CaptiveRow itself


def days_ago_text(n: int) -> str:
    """"today", "yesterday", "3 days ago"."""
    if n <= 0:
        return QCoreApplication.translate("CaptivesModel", "today")
    if n == 1:
        return QCoreApplication.translate("CaptivesModel", "yesterday")
    return plural(QCoreApplication.translate("CaptivesModel", "%Ln day(s) ago", "", n), n)


def _days_ago(row: CaptiveRow) -> str:
    if row.days_since_contact is None:
        return QCoreApplication.translate("CaptivesModel", "never")
    return days_ago_text(row.days_since_contact)


def _status(row: CaptiveRow) -> str:
    """The status said of the captive: «Освобождена» for a woman, as her file's header."""
    return status_label(row.status, Sex.FEMALE if row.female else None)


def _short_status(row: CaptiveRow) -> str:
    """The status in the list's cell: in a word or two («Пропала без вести» whole, "Held,
    no charges known" as "Held"), the whole :func:`_status` in its tooltip. The column of
    the whole statuses took a sixth of a 1024-pixel window in Russian (or rows of two lines)."""
    return short_status_label(row.status, Sex.FEMALE if row.female else None)


def _next_hearing(row: CaptiveRow) -> str:
    # In the court's time zone, like every hearing time in CaseApp.
    return datetime_text(row.next_hearing)


def place_text(row: CaptiveRow) -> str:
    """The place of detention column: the open stay's place; once custody is over (a
    release, a repatriation, a death recorded with the stay left open) where the captive
    was last held, never as if held there now, as the header of their file says it."""
    return place_shown(row.status, row.place)


@dataclass(frozen=True)
class Column:
    id: str
    title: str
    text: Callable[[CaptiveRow], str]
    key: Callable[[CaptiveRow], Any]
    align_right: bool = False
    tip: str = ""  # the title's tooltip when the title is a short form (else the title)


_FAR = datetime.max.replace(tzinfo=UTC)
COLUMNS: tuple[Column, ...] = (
    # The two name columns are filled by the model (the interface's script first).
    Column("name", QT_TRANSLATE_NOOP("CaptivesModel", "Name"), lambda r: r.primary_name,
           lambda r: r.primary_name.casefold()),
    Column("latin", QT_TRANSLATE_NOOP("CaptivesModel", "Other spelling"), lambda r: r.latin_name,
           lambda r: r.latin_name.casefold()),
    Column("status", QT_TRANSLATE_NOOP("CaptivesModel", "Status"), _short_status,
           lambda r: list(CaptiveStatus).index(r.status)),
    Column("category", QT_TRANSLATE_NOOP("CaptivesModel", "Category"), lambda r: label(r.category),
           lambda r: r.category.value),
    Column("place", QT_TRANSLATE_NOOP("CaptivesModel", "Place of detention"), place_text,
           lambda r: r.place.casefold()),
    # A short title, the whole one in its tooltip: "Дней под\nстражей" made the column too
    # wide to stay in sight at 1024 pixels beside the next hearing and the last contact.
    Column("days", QT_TRANSLATE_NOOP("CaptivesModel", "Days"),
           # "≥": counted from the last day of a capture known to its month or year
           lambda r: "" if r.days_in_custody is None else
           (f"{sign} " if (sign := count_sign(r.days_in_custody)) else "") + number(r.days_in_custody),
           lambda r: -1 if r.days_in_custody is None else r.days_in_custody, align_right=True,
           tip=QT_TRANSLATE_NOOP("CaptivesModel", "Days held")),
    Column("next_hearing", QT_TRANSLATE_NOOP("CaptivesModel", "Next hearing"), _next_hearing,
           lambda r: r.next_hearing or _FAR),
    Column("last_contact", QT_TRANSLATE_NOOP("CaptivesModel", "Last contact"), _days_ago,
           lambda r: r.last_contact or date.min, align_right=True),
    # What a search found the row by where its names do not show it (an alias, a place of
    # detention, a note's words): shown only while a search says so, beside the name (the
    # view moves it there; last here, so that a header's state saved before it restores each
    # column's width), not cut in the name column at 1024 pixels. Filled by the model.
    Column("found", QT_TRANSLATE_NOOP("CaptivesModel", "Found by"), lambda _r: "", lambda _r: ""),
)


@dataclass(frozen=True)
class NamedRows:
    """The rows in the alphabetical order of the names shown first (in ``lang``, the
    interface's language), and those names where they are a spelling in the language's
    script (``own_script``; every other row shows its Latin headline name or its primary
    name first: held once, not again for each of 100,000 rows)."""

    rows: tuple[CaptiveRow, ...]
    own_script: dict[int, str]
    lang: str


def named_rows(rows: Iterable[CaptiveRow]) -> NamedRows:
    """Name every row as the list shows it and order them by that name (unsorted, the list
    reads in the alphabetical order of the names it shows first, in any script)."""
    ordered = sorted(rows, key=attrgetter("id"))  # the ties of the names below: by id
    lang = current_language()
    own_script = {}
    for r in ordered:
        if r.spellings:
            first = shown_names(r.spellings, latin=r.latin_name, primary=r.primary_name,
                                lang=lang)[0]
            if first != (r.latin_name or r.primary_name):
                own_script[r.id] = first
    # in the language's alphabetical order: stable, ties stay in id order (one text a key:
    # 100,000 of them are held at once)
    ordered.sort(key=lambda r: name_order_text(
        own_script.get(r.id) or r.latin_name or r.primary_name, lang))
    return NamedRows(tuple(ordered), own_script, lang)


class CaptivesTableModel(QAbstractTableModel):
    def __init__(self, parent: Any = None):
        super().__init__(parent)
        self._rows: list[CaptiveRow] = []
        self._own_script: dict[int, str] = {}  # names shown first in the language's script
        self._named_in = ""  # the language _rows are in the alphabetical order of
        self._visible: list[CaptiveRow] = []
        self._statuses: set[CaptiveStatus] | None = None
        self._matches: list[int] | None = None  # search hits in rank order, None: no search
        # what the search found the rows by that their names do not show (see set_filter)
        self._found_by: dict[int, FoundBy] = {}
        self._sort: tuple[int, Qt.SortOrder] | None = None
        self.welfare_threshold_days = DEFAULT_WELFARE_THRESHOLD_DAYS  # red after this many days

    # -- data in --
    def set_rows(self, rows: Iterable[CaptiveRow] | NamedRows) -> None:
        """Show ``rows``: give :func:`named_rows` (made off the UI thread, it takes a second
        at 100,000 captives) or plain rows (named here)."""
        named = rows if isinstance(rows, NamedRows) else named_rows(rows)
        self.beginResetModel()
        self._rows, self._own_script, self._named_in = (list(named.rows), named.own_script,
                                                        named.lang)
        self._visible = self._compute()
        self.endResetModel()

    def set_filter(self, *, statuses: Iterable[CaptiveStatus] | None = None,
                   matches: list[int] | None = None, found_by: dict[int, FoundBy] | None = None,
                   query: str = "") -> None:
        """Show only captives of ``statuses`` and, with a search (``query``), the ``matches``
        (rank order), each row found by something its names do not show saying what
        (``found_by``: an alias, a place of detention, a note's words)."""
        self._statuses = set(statuses) if statuses is not None else None
        self._matches = matches
        self.beginResetModel()
        self._visible = self._compute()
        self._found_by = {} if matches is None or not found_by else unshown(
            found_by, ((r.id, self.names(r)) for r in self._rows if r.id in found_by), query)
        self.endResetModel()

    def found_by(self, row: CaptiveRow, *, kind: bool = True) -> str:
        """What the search found ``row`` by, when its names do not show it ("" if nothing):
        «Another name: “Artashes Mkrtchian”», «Note, Title: “Moved to Bakı”»; without the
        ``kind`` of record (the cell's short form, the words in sight: «Title: “Moved to
        Bakı”»; the tooltip says it whole)."""
        why = self._found_by.get(row.id)
        return "" if why is None else str(why.message(kind=kind))

    @property
    def says_why(self) -> bool:
        """Whether a row shown says what the search found it by (the column is shown)."""
        return any(r.id in self._found_by for r in self._visible)

    def _compute(self) -> list[CaptiveRow]:
        rows = self._rows
        if self._statuses is not None:
            rows = [r for r in rows if r.status in self._statuses]
        if self._matches is not None:
            rank = {cid: i for i, cid in enumerate(self._matches)}
            rows = [r for r in rows if r.id in rank]
            if self._sort is None:
                return sorted(rows, key=lambda r: rank[r.id])
        if self._sort is not None:
            column, order = self._sort
            if self._in_named_order(column, order):
                return list(rows)  # the list's first order, sorted once (off the UI thread)
            rows = sorted(rows, key=self._key(COLUMNS[column]), reverse=order == Qt.SortOrder.DescendingOrder)
        return list(rows)

    def _in_named_order(self, column: int, order: Qt.SortOrder) -> bool:
        """Whether the rows, as set, are already in this sort's order: A–Z by the name shown
        first in the current language (ties by id, as a stable sort keeps them). Sorting them
        again held a key for every row on the UI thread just after they were read."""
        return (COLUMNS[column].id == "name" and order == Qt.SortOrder.AscendingOrder
                and self._named_in == current_language())

    def _key(self, column: Column) -> Callable[[CaptiveRow], Any]:
        if column.id in NAME_COLUMNS:
            lang = current_language()
            return lambda r: name_order_text(self.text(r, column), lang)
        if column.id == "found":
            return lambda r: self.found_by(r, kind=False).casefold()
        return column.key

    def first_name(self, row: CaptiveRow) -> str:
        """The name ``row`` shows first."""
        return self._own_script.get(row.id) or row.latin_name or row.primary_name

    def names(self, row: CaptiveRow) -> tuple[str, str]:
        """The name ``row`` shows first, and the one beside it ("" if none)."""
        first = self.first_name(row)
        return first, name_beside(first, latin=row.latin_name, primary=row.primary_name)

    def text(self, row: CaptiveRow, column: Column) -> str:
        if column.id == "name":
            return self.first_name(row)
        if column.id == "latin":
            return self.names(row)[1]
        if column.id == "found":
            return self.found_by(row, kind=False)
        return column.text(row)

    def whole_text(self, row: int, column: int) -> str:
        """The cell's text as copied: the whole status where the cell says it short."""
        shown = self._visible[row]
        return _status(shown) if COLUMNS[column].id == "status" else self.text(shown, COLUMNS[column])

    # -- what is shown --
    def column_texts(self, column_id: str) -> Iterator[str]:
        """The texts of a column's cells, row by row (without a model index for each)."""
        if column_id == "name":  # every row's, on the UI thread, to fit the column's width
            return map(self.first_name, self._visible)
        column = next(c for c in COLUMNS if c.id == column_id)
        return (self.text(row, column) for row in self._visible)

    def row_at(self, row: int) -> CaptiveRow:
        return self._visible[row]

    def row_of(self, captive_id: int) -> int:
        for i, r in enumerate(self._visible):
            if r.id == captive_id:
                return i
        return -1

    @property
    def total(self) -> int:
        return len(self._rows)

    # -- Qt model API --
    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._visible)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole \
                and 0 <= section < len(COLUMNS):
            # a long title on two lines: its column needs some half the width (1024 px, hy, ru);
            # the place's always (it gives up width first, so the statuses read whole)
            column = COLUMNS[section]
            return on_two_lines(QCoreApplication.translate("CaptivesModel", column.title),
                                longest=0 if column.id == "place" else 12)
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.ToolTipRole \
                and 0 <= section < len(COLUMNS):
            column = COLUMNS[section]
            return QCoreApplication.translate("CaptivesModel", column.tip or column.title)
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not (0 <= index.row() < len(self._visible)):
            return None
        row = self._visible[index.row()]
        column = COLUMNS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self.text(row, column)
        if role == ROW_ROLE:
            return row
        if role == Qt.ItemDataRole.TextAlignmentRole and column.align_right:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole:
            if column.id == "status":
                return QBrush(status_colour(row.status))
            if column.id == "last_contact" and row.status.in_custody and (
                    row.days_since_contact is None or row.days_since_contact > self.welfare_threshold_days):
                return QBrush(urgency_colour("overdue", QGuiApplication.palette().color(QPalette.ColorRole.Base)))
        if role == Qt.ItemDataRole.ToolTipRole:
            tip = self._tooltip(row, column.id)
            return None if tip is None else literal(tip)  # names as typed, word for word
        return None

    def _tooltip(self, row: CaptiveRow, column_id: str) -> str | None:
        if column_id == "last_contact":
            return QCoreApplication.translate("CaptivesModel", "Last confirmed proof of life: %1").replace(
                "%1", long_date(row.last_contact) if row.last_contact else
                QCoreApplication.translate("CaptivesModel", "none recorded"))
        if column_id in ("name", "latin"):  # what narrow windows hide, said here
            lines = [*self.names(row), row.primary_name, label(row.category)]
            if why := self.found_by(row):
                lines.append(fill(QCoreApplication.translate("CaptivesModel", "Search match: %1"), why))
            return "\n".join(dict.fromkeys(t for t in lines if t))
        if column_id == "found":  # elided where the window is narrow; whole, with the kind
            return self.found_by(row) or None
        if column_id == "status":  # shortened, and elided where the window is narrow
            return _status(row)
        if column_id == "place" and row.place:
            return place_text(row)
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(COLUMNS):
            return
        self.layoutAboutToBeChanged.emit()
        old = self.persistentIndexList()
        ids = [self._visible[i.row()].id for i in old]
        self._sort = (column, order)
        self._visible = self._compute()
        position = {r.id: n for n, r in enumerate(self._visible)}
        self.changePersistentIndexList(
            old, [self.index(position[cid], i.column()) for cid, i in zip(ids, old, strict=True)])
        self.layoutChanged.emit()
