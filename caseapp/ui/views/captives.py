"""The captives list: search-as-you-type in any script, status filter, sortable columns."""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QPoint, QSettings, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QMenu,
    QStyle,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from caseapp.domain.enums import CaptiveCategory, CaptiveStatus, Sex
from caseapp.ui import settings as keys
from caseapp.ui.clipboard import copy_sensitive, guard
from caseapp.ui.i18n import current_language
from caseapp.ui.labels import label, short_status_label
from caseapp.ui.models.captives import COLUMNS, CaptivesTableModel, NamedRows, days_ago_text, named_rows
from caseapp.ui.session import UiContext
from caseapp.ui.signals import EVERY_VIEW
from caseapp.ui.views.base import View
from caseapp.ui.views.captive_list_columns import ALWAYS, FOUND, ColumnChoices, fill_columns_menu
from caseapp.ui.views.captives_filter import CaptivesFilterBar
from caseapp.ui.views.captives_table import CaptivesTable
from caseapp.ui.views.formatters import datetime_text
from caseapp.ui.widgets.middle_cut import ElideMiddle
from caseapp.ui.widgets.text_widths import widest_advance

if TYPE_CHECKING:
    from caseapp.domain.dto import Changes

ROW_HEIGHT = 26  # pixels: every row one line, the same height (a list of any length laid out at once)


COLUMN_IDS = [c.id for c in COLUMNS]
PLACE = COLUMN_IDS.index("place")
PLACE_MIN_CHARS = 30  # the place, elided, never narrower than this many average characters
PLACE_MOST_CHARS = 72  # ... and given up to this many, to be whole, before FIT_ORDER's are shown
PLACE_LEAST_CHARS = 20  # ... unless the other columns need the room (it is whole in its tooltip):
# at 1024 pixels it kept 12 ("Թիվ 17 քրե…", "Следственный…") while the status had room to spare;
# 20, elided in the middle, keep its kind and its number, and Days held in sight beside it.
# Then these give up width, in turn: the name down to the widest name listed (None: nothing
# cut), then the status and the name down to this many characters (elided, whole in their
# tooltips). Rows stay one line tall: the status is short (its whole words in the tooltip),
# so that at 1024 pixels every status reads whole on one line in Armenian and Russian and
# some 20 captives are in sight (two-line rows, for the long statuses, showed 15).
SQUEEZE: tuple[tuple[str, int | None], ...] = (("name", None), ("status", 12), ("name", 20))
# Hidden first, in this order, when the list is too narrow for every column: what the name's
# tooltip also says (category, Latin spelling) goes before the dates a lawyer works by.
FIT_ORDER = ("category", "latin")
# ... and, only when the list is still too wide with the name, the status and the place
# narrowed, these: at 1024 pixels Days held had gone first, in Armenian and Russian alike.
FIT_LAST = ("days",)
# A day and time of every month, at the widest hour ("28 Sep 2099 10:58 PM" in English): the
# next hearing's column is as wide as the longest of them in the interface's language.
LONGEST_TIMES = tuple(datetime(2099, month, 28, 22, 58) for month in range(1, 13))
CELL_PAD = 10  # a cell's margins (3 pixels a side), its grid line and a little room
# What found a row, while a search says so: room for a field and a few of its words
# («Place of detention: “Бакинский следственный изолятор”»), the rest in its tooltip.
FOUND_CHARS = 38
NAME_MOST_CHARS = 40  # a name column no wider than this many average characters, for the widest name
# Columns whose every value is shown whole, whatever width was saved (the others are elided).
WHOLE = ("status", "category", "days", "next_hearing", "last_contact")


def column_widths(table: QTableView) -> list[int]:
    """Each column's starting width, from the font and the texts it will show (the place:
    its least width; it stretches)."""
    fm = table.fontMetrics()
    pad = CELL_PAD

    def widest(*texts: str) -> int:  # a title on two lines: its longer line
        return max(fm.horizontalAdvance(line) for t in texts for line in t.split("\n")) + pad

    model = table.model()
    title = {cid: str(model.headerData(i, Qt.Orientation.Horizontal)) for i, cid in
             enumerate(COLUMN_IDS)}
    widths = {
        "name": fm.averageCharWidth() * 27, "latin": fm.averageCharWidth() * 23,
        "found": fm.averageCharWidth() * FOUND_CHARS,
        "status": widest(title["status"], *(short_status_label(s, sex) for s in CaptiveStatus
                                                  for sex in (None, Sex.FEMALE))),
        "category": widest(title["category"], *(label(c) for c in CaptiveCategory)),
        "place": fm.averageCharWidth() * PLACE_MIN_CHARS,
        "days": widest(title["days"], "99 999"),
        "next_hearing": widest(title["next_hearing"], *(datetime_text(t) for t in LONGEST_TIMES)),
        "last_contact": widest(title["last_contact"], days_ago_text(9999)),
    }
    header = table.horizontalHeader()  # never narrower than the title (with its sort arrow)
    return [widths[cid] if cid in ("name", "latin", "found", "place") else
            max(widths[cid], header.sectionSizeHint(i)) for i, cid in enumerate(COLUMN_IDS)]


class CaptivesView(View):
    watches = frozenset({"captives", "captive_names", "detention_places", "hearings",
                         "welfare_contacts", "status_changes"})
    delete_captive = Signal(int)

    def __init__(self, ui: UiContext, parent: QWidget | None = None):
        super().__init__(ui, parent)
        self.filters = CaptivesFilterBar(ui, self.report_error, self)
        self.search, self.status, self.count = self.filters.search, self.filters.status, self.filters.count

        self.model = CaptivesTableModel(self)
        self.table = CaptivesTable(self)
        self.table.setObjectName("captives_table")
        self.table.setAccessibleName(self.tr("List of captives"))  # read out, not "table"
        self.table.setModel(self.model)
        # A–Z by the name shown first (in the interface's script; Latin under English)
        self.table.horizontalHeader().setSortIndicator(0, Qt.SortOrder.AscendingOrder)
        self.table.setSortingEnabled(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setAlternatingRowColors(True)
        self.table.setTabKeyNavigation(False)  # Tab leaves the list; the arrows go from row to row
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(ROW_HEIGHT)
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(False)
        header.setMinimumSectionSize(40)
        # Not elided: Qt elides a title on two lines as if on one ("Следующее засед…").
        header.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        # the place keeps its kind and its number or agency ("Пенитенциарное уч…ение № 17"):
        # its common start alone ("Թիվ 17 քրե…", "Следственный изолятор Сл…") told none apart
        self.table.setItemDelegateForColumn(PLACE, ElideMiddle(self.table))
        for column, width in enumerate(column_widths(self.table)):
            header.resizeSection(column, width)
        if ui.settings is not None:
            state = ui.settings.value(keys.CAPTIVES_HEADER)
            if isinstance(state, QByteArray):
                header.restoreState(state)
        # what found a row beside its name (a state saved before it came puts it last)
        header.moveSection(header.visualIndex(COLUMN_IDS.index(FOUND)), 1)
        # The place takes what is left and is elided: the columns after it stay in sight.
        header.setStretchLastSection(False)
        header.setSectionResizeMode(PLACE, QHeaderView.ResizeMode.Stretch)
        self._widths = column_widths(self.table)
        for column, cid in enumerate(COLUMN_IDS):  # saved narrower, in another language perhaps
            if cid in WHOLE and 0 < header.sectionSize(column) < self._widths[column]:
                header.resizeSection(column, self._widths[column])
        # the widths of the SQUEEZE columns but when squeezed: back when the window is wider
        self._wanted = {cid: header.sectionSize(COLUMN_IDS.index(cid)) for cid, _least in SQUEEZE}
        self._fitting = False
        self.choices = ColumnChoices(ui.settings, COLUMN_IDS)
        self.columns_menu: QMenu | None = None
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header.customContextMenuRequested.connect(self._header_menu)
        self._names_fit = 0  # as wide as the widest name listed (nothing cut), once loaded
        self._filtered_by = ""  # the search the rows shown were filtered by
        self._fit = QTimer(self, singleShot=True, interval=0)  # once per burst of resizes
        self._fit.timeout.connect(self.fit_columns)
        self.table.resized.connect(self.fit_columns)
        header.sectionResized.connect(self._resized)  # a column dragged wider
        header.sortIndicatorChanged.connect(lambda *_a: self._fit.start())  # the place's arrow
        self.table.doubleClicked.connect(lambda index: self._open_row(index.row()))
        self.table.activated_row.connect(self._open_row)
        self.table.delete_requested.connect(self._delete_row)
        copy = QShortcut(QKeySequence(QKeySequence.StandardKey.Copy), self.table)
        copy.setContext(Qt.ShortcutContext.WidgetShortcut)
        copy.activated.connect(self.copy_selected)

        layout = QVBoxLayout(self)
        layout.addWidget(self.filters)
        layout.addWidget(self.table, 1)
        self.filters.changed.connect(self._apply_filter)

    # -- columns --
    def fit_columns(self) -> None:
        """Hide the columns of :data:`FIT_ORDER`, in turn, while the others and the least
        width of the place do not fit the table, then narrow those of :data:`SQUEEZE`, and
        only then hide those of :data:`FIT_LAST`: Days held, Next hearing and Last contact
        stay in sight at 1024 pixels without scrolling sideways. Shown again, as wide as
        before, when there is room. A column the lawyer chose on the header's menu is shown
        or hidden as chosen, whatever the width."""
        header = self.table.horizontalHeader()
        # As if the vertical scroll bar were there: rows may come after the resize.
        table = self.table
        available = table.contentsRect().width() - table.verticalScrollBar().sizeHint().width()
        char = self.table.fontMetrics().averageCharWidth()
        needed = column_widths(table)  # (a hidden column's: what its texts need now)
        widths = {cid: self._width(i, needed[i]) for i, cid in enumerate(COLUMN_IDS)
                  if i != PLACE and cid not in self._wanted}
        widths.update(self._wanted)
        hidden = set(self.choices.hidden) | (set() if self.model.says_why else {FOUND})
        # the place whole before a column hidden first (its facts are elsewhere) is shown
        room_for_place = 0 if "place" in hidden else max(char * PLACE_MIN_CHARS, min(
            widest_advance(self.model.column_texts("place"), table.font()) + CELL_PAD,
            char * PLACE_MOST_CHARS))

        def unsqueezed() -> int:
            return sum(w for c, w in widths.items() if c not in hidden) + room_for_place

        for cid in FIT_ORDER:
            if unsqueezed() <= available:
                break
            if cid not in self.choices.shown:
                hidden.add(cid)
        # Still too wide (the long statuses and titles of Armenian and Russian): the place
        # keeps less (down to its title), then the name as wide as the widest name listed,
        # then the status and the name are elided (whole in their tooltips).
        place_least = 0 if "place" in hidden else max(char * PLACE_LEAST_CHARS,
                                                       self._title_width(PLACE))
        squeezed, excess = self._squeezed(widths, hidden, place_least - available)
        for cid in FIT_LAST:
            if excess <= 0:
                break
            if cid not in self.choices.shown and cid not in hidden:
                hidden.add(cid)
                squeezed, excess = self._squeezed(widths, hidden, place_least - available)
        self._fitting = True
        try:
            for cid, _least in SQUEEZE:
                if header.sectionSize(COLUMN_IDS.index(cid)) != squeezed[cid]:
                    header.resizeSection(COLUMN_IDS.index(cid), squeezed[cid])
            for i, cid in enumerate(COLUMN_IDS):
                if cid != ALWAYS and header.isSectionHidden(i) != (cid in hidden):
                    header.setSectionHidden(i, cid in hidden)
        finally:
            self._fitting = False

    def _squeezed(self, widths: dict[str, int], hidden: set[str], extra: int
                  ) -> tuple[dict[str, int], int]:
        """The widths with those of :data:`SQUEEZE` narrowed, in turn, by what the shown
        columns and ``extra`` exceed; and what they still exceed (0 or less: they fit)."""
        header, char = self.table.horizontalHeader(), self.table.fontMetrics().averageCharWidth()
        widths = dict(widths)
        excess = sum(w for c, w in widths.items() if c not in hidden) + extra
        for cid, least in SQUEEZE:
            if cid in hidden:
                continue
            column = COLUMN_IDS.index(cid)
            floor = self._names_fit if least is None else char * least
            least_width = max(floor, header.sectionSizeHint(column))
            before = widths[cid]
            widths[cid] = min(widths[cid], max(least_width, widths[cid] - max(excess, 0)))
            excess -= before - widths[cid]
        return widths, excess

    # -- the lawyer's choice of columns --
    def _header_menu(self, pos: QPoint) -> None:
        menu = QMenu(self)
        self.fill_columns_menu(menu)
        menu.popup(self.table.horizontalHeader().mapToGlobal(pos))
        self.columns_menu = menu  # (kept: tests read it)

    def fill_columns_menu(self, menu: QMenu) -> None:
        """The entries to show or hide each column (also View → Captives List Columns)."""
        fill_columns_menu(menu, self.table, COLUMN_IDS, self.choices, self.fit_columns)

    def _names_width(self) -> int:
        """As wide as the widest name listed, up to NAME_MOST_CHARS average characters."""
        most = self.table.fontMetrics().averageCharWidth() * NAME_MOST_CHARS
        return min(widest_advance(self.model.column_texts("name"), self.table.font()) + CELL_PAD,
                   most)

    def _title_width(self, column: int) -> int:
        """The column's title whole: its longest line, its margins, and the sort arrow when
        the list is sorted by it."""
        header, fm = self.table.horizontalHeader(), self.table.fontMetrics()
        title = str(self.model.headerData(column, Qt.Orientation.Horizontal) or "")
        style = header.style()
        arrow = style.pixelMetric(QStyle.PixelMetric.PM_HeaderMarkSize, None, header) \
            if header.isSortIndicatorShown() and header.sortIndicatorSection() == column else 0
        return (max(fm.horizontalAdvance(line) for line in title.split("\n")) + CELL_PAD
                + arrow + 2 * style.pixelMetric(QStyle.PixelMetric.PM_HeaderMargin, None, header))

    def _widen_to_names(self) -> None:
        """The name column as wide as the widest name listed (Armenian names are long: 27
        average characters cut "Ալբերտ Համբարձումյան"), up to NAME_MOST_CHARS; never
        narrower than a width the user gave it. The columns are fitted again: where the list
        is narrow, the name gives up first what its names do not need."""
        column = COLUMN_IDS.index("name")
        needed = self._names_fit = self._names_width()  # (read once per load: the rows may be many)
        if needed > self._wanted["name"]:
            self._wanted["name"] = needed
            self._fitting = True
            try:
                self.table.horizontalHeader().resizeSection(column, needed)
            finally:
                self._fitting = False
        self.fit_columns()  # the name may give up what its names do not need

    def _resized(self, column: int, _old: int, new: int) -> None:
        if self._fitting:
            return
        if COLUMN_IDS[column] in self._wanted and new > 0:
            self._wanted[COLUMN_IDS[column]] = new  # the user's width, kept when the window is wider
        self._fit.start()

    def _width(self, column: int, needed: int) -> int:
        header = self.table.horizontalHeader()
        size = header.sectionSize(column)
        if size <= 0:  # hidden: the width it had (when the font was not yet the window's,
            # wider perhaps), or will have when shown
            size = self._widths[column] = min(self._widths[column], needed)
        else:
            self._widths[column] = size
        return size

    # -- loading --
    def reload(self) -> None:
        cf = self.ui.case_file

        def rows() -> tuple[NamedRows, int]:  # the threshold is the case file's: read with the rows
            # only the spellings the interface's language can show first are kept
            captives, threshold = cf.captive_list(lang=current_language())
            return named_rows(captives), threshold

        self.ui.runner.submit(rows, self._loaded, self.report_error, key="captive_rows")
        self.filters.search_again()  # the rows found, and what by, may have changed too

    def on_changes(self, change: Changes) -> None:
        # With a search typed, any record's words may be what it finds (a note, a court): the
        # search runs again, as the rows do for the records they show.
        if change.entity in self.watches | EVERY_VIEW or not self.filters.searching():
            super().on_changes(change)
        elif self.isVisible():
            self.filters.search_again()
        else:
            self._stale = True

    def _loaded(self, loaded: tuple[NamedRows, int]) -> None:
        rows, self.model.welfare_threshold_days = loaded
        current = self.current_captive_id()
        self.model.set_rows(rows)
        self._widen_to_names()
        self._update_count()
        if current is not None:
            self.select_captive(current)

    # -- filtering --
    def _apply_filter(self) -> None:
        # the captive chosen stays chosen when the same search runs again (a record changed);
        # a new search chooses its best match
        current = self.current_captive_id() if self.filters.query == self._filtered_by else None
        self._filtered_by = self.filters.query
        self.model.set_filter(statuses=self.filters.statuses(), matches=self.filters.matches,
                              found_by=self.filters.found_by, query=self.filters.query)
        self.fit_columns()  # what found the rows in a column of its own, while they say it
        self._update_count()
        if current is not None:
            self.select_captive(current)
        if self.model.rowCount() and not self.table.currentIndex().isValid():
            self.table.selectRow(0)

    def _update_count(self) -> None:
        self.filters.show_count(self.model.rowCount(), self.model.total)

    # -- selection and opening --
    def focus_search(self) -> None:
        self.filters.focus_search()

    def current_captive_id(self) -> int | None:
        index = self.table.currentIndex()
        return self.model.row_at(index.row()).id if index.isValid() else None

    def selected_captive_ids(self) -> list[int]:
        """The captives of the selected rows (two, to merge them)."""
        rows = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        return [self.model.row_at(i.row()).id for i in rows]

    def select_captive(self, captive_id: int) -> None:
        row = self.model.row_of(captive_id)
        if row >= 0:
            self.table.selectRow(row)
            self.table.scrollTo(self.model.index(row, 0))

    def copy_selected(self) -> None:
        """Ctrl+C: the selected row's cells, tab-separated (the status whole, not as the
        narrow cell says it); taken off the clipboard again after the set time
        (caseapp.ui.clipboard)."""
        index = self.table.currentIndex()
        if not index.isValid():
            return
        header = self.table.horizontalHeader()
        cells = [self.model.whole_text(index.row(), header.logicalIndex(v))  # the status whole
                 for v in range(header.count()) if not header.isSectionHidden(header.logicalIndex(v))]
        copy_sensitive("\t".join(cells))
        seconds = round(guard().seconds)
        self.message.emit(self.tr("Copied; CaseApp removes it from the clipboard in %1 s.")
                          .replace("%1", str(seconds)) if seconds else self.tr("Copied."))

    def _open_row(self, row: int) -> None:
        if 0 <= row < self.model.rowCount():
            self.open_captive.emit(self.model.row_at(row).id)

    def _delete_row(self, row: int) -> None:
        if 0 <= row < self.model.rowCount():
            self.delete_captive.emit(self.model.row_at(row).id)

    def save_state(self, settings: QSettings) -> None:
        settings.setValue(keys.CAPTIVES_HEADER, self.table.horizontalHeader().saveState())

    def open_current(self) -> None:
        index = self.table.currentIndex()
        if index.isValid():
            self._open_row(index.row())


