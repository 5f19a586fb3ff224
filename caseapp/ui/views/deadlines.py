"""Every deadline of the case file: open ones by default (overdue, today, this week, later;
hard deadlines marked and first), history (done, dismissed) on request, filtered by captive
(a removable chip), rule or body, with counts that follow the filter. What the lawyer does
with a deadline is in :mod:`caseapp.ui.views.deadline_actions`; the filters and the summary
over the table in :mod:`caseapp.ui.views.deadline_filters`; the calendar export in
:mod:`caseapp.ui.views.deadline_calendar`."""

from __future__ import annotations

from html import escape

import shiboken6
from PySide6.QtCore import QEvent, QModelIndex, QObject, QSettings, Qt, QTimer
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSplitter,
    QTableView,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from caseapp.domain.messages import text_of
from caseapp.services.deadline_rows import DeadlineRow, Group
from caseapp.ui.captive_names import CaptiveName, captive_names
from caseapp.ui.session import UiContext
from caseapp.ui.views.base import View
from caseapp.ui.views.deadline_actions import DeadlineActions
from caseapp.ui.views.deadline_calendar import export_calendar
from caseapp.ui.views.deadline_chip import FilterChip
from caseapp.ui.views.deadline_columns import (
    GROUP_LABELS,
    DeadlineColumns,
    group_label,
)
from caseapp.ui.views.deadline_details import (
    ExplanationReader,
    details_html,
    due_text,
)
from caseapp.ui.views.deadline_filters import ALL, OPEN, DeadlineFilters
from caseapp.ui.views.layout import restore_layout, save_layout
from caseapp.ui.views.record_actions import buttons_over, push_button
from caseapp.ui.views.tables import (
    RecordFilterProxy,
    StyledRecordModel,
    current_record,
    keep_least_rows,
    make_table,
    select_record,
)
from caseapp.ui.widgets.column_titles import size_column, widen_to_texts
from caseapp.ui.widgets.field_texts import name_from_placeholder, placeholder_whole
from caseapp.ui.widgets.flow_layout import FlowLayout

__all__ = ["DeadlinesView", "export_calendar"]

CTX = "DeadlinesView"
# Columns: due, when, captive, deadline (stretches), body, rule, set by hand. The due,
# when and captive columns are widened to their longest texts once the rows are read.
WIDTHS = (92, 110, 150, 300, 90, 170, 70)
DUE_COLUMN, WHEN_COLUMN, CAPTIVE_COLUMN, TITLE_COLUMN = 0, 1, 2, 3
# What a narrow window gives up first, so that the title keeps TITLE_MIN pixels: "set by
# hand", the body, then the rule (all three are in the details below the table). At 1024
# pixels the room the list of views leaves (folded) is the title's, not the rule's: with
# 300 the rule came back and the title kept its three words.
HIDE_ORDER = (6, 4, 5)
TITLE_MIN = 440
# The captive column made as wide as the longest name, no wider: a name of 90 letters took
# 600 pixels at 1024 and cut the deadline's title to "Ո…" (the whole name is in its tooltip).
CAPTIVE_WIDEST = 260


class DeadlinesView(DeadlineColumns, DeadlineFilters, DeadlineActions, View):
    watches = frozenset({"deadlines", "captives", "captive_names"})
    fits_least_height = True  # no scrolling of the page at 1024×768: the table scrolls

    def __init__(self, ui: UiContext, parent: QWidget | None = None):
        super().__init__(ui, parent)
        self.rows: list[DeadlineRow] = []
        self.places: dict[int, int] = {}
        self.widths = list(WIDTHS)  # each column's width while shown (the due column's: its texts')
        self.names: dict[int, CaptiveName] = {}  # the captives' spellings, read after the rows
        self.captive_filter: int | None = None
        self.explanations = ExplanationReader(ui, self._explained, self.report_error)

        # made first, as Tab goes: the captive's filter is on the line over the search
        self.chip = FilterChip("deadlines_captive_filter", self)
        self.chip.removed.connect(lambda: self.set_captive_filter(None))
        self.search = QLineEdit(self)
        self.search.setObjectName("deadlines_search")
        self.search.setPlaceholderText(self.tr("Filter by captive, deadline, rule or body…"))
        self.search.setClearButtonEnabled(True)
        name_from_placeholder(self.search)
        placeholder_whole(self.search)  # whole, the filters on more lines if need be
        self.group = QComboBox(self)
        self.group.setObjectName("deadlines_group")
        # each choice named (a screen reader read out its item, "Open (not snoozed)")
        self.group.setAccessibleName(self.tr("Which deadlines to show"))
        self.group.addItem(self.tr("Open (not snoozed)"), OPEN)
        for g in GROUP_LABELS:
            self.group.addItem(group_label(g), g.value)
        self.group.addItem(self.tr("All deadlines"), ALL)
        self.history = QCheckBox(self.tr("Show history"), self)
        self.history.setObjectName("deadlines_history")
        self.history.setToolTip(self.tr("Also list the deadlines already done or dismissed"))
        self.body = QComboBox(self)
        self.body.setObjectName("deadlines_body")
        self.body.setAccessibleName(self.tr("Filter by body"))
        self.rule = QComboBox(self)
        self.rule.setObjectName("deadlines_rule")
        self.rule.setAccessibleName(self.tr("Filter by rule"))
        for combo, everything in ((self.body, self.tr("All bodies")), (self.rule, self.tr("All rules"))):
            # the list opens as wide as its longest item; closed, "All bodies" is whole
            # ("Բոլոր մարմինները" was cut to "Բոլոր մարմի")
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(max(7, len(everything)))
            combo.view().setMinimumWidth(320)
        self.count = QLabel(self)
        self.count.setObjectName("deadlines_count")
        self.summary = QLabel(self)
        self.summary.setObjectName("deadlines_summary")

        self.model = StyledRecordModel(self.columns(), context=CTX, parent=self,
                                       bold=lambda r: r.group in (Group.OVERDUE, Group.TODAY)
                                       or (r.deadline.hard and r.group is not Group.CLOSED))
        self.proxy = RecordFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        # the notes, and what CaseApp said of it (why it was closed, that the rules differ)
        # in the searcher's language
        self.proxy.extra_text = lambda r: " ".join((
            r.deadline.rule_id, r.deadline.notes, text_of(r.deadline.status_reason),
            *map(text_of, r.differs),
            self.names[r.deadline.captive_id].search_text if r.deadline.captive_id in self.names else ""))
        self.table = make_table(self, self.proxy, name="deadlines_table", widths=WIDTHS,
                                stretch=TITLE_COLUMN)
        self.table.setAccessibleName(self.tr("List of deadlines"))  # read out, not "table"
        keep_least_rows(self.table)
        self._fit_later = QTimer(self, singleShot=True, interval=0)
        self._fit_later.timeout.connect(self._fit_columns)
        self.table.installEventFilter(self)
        self.table.sortByColumn(1, Qt.SortOrder.AscendingOrder)
        self.table.doubleClicked.connect(self._double_clicked)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._show_details())

        self.buttons = {
            "done": push_button(self, self.tr("Mark done…"), self.mark_done, "deadline_done",
                                self.tr("The step was taken: close the deadline, saying what "
                                        "was done")),
            "dismiss": push_button(self, self.tr("Dismiss…"), self.dismiss, "deadline_dismiss",
                                   self.tr("Close the deadline without doing it, saying why")),
            "snooze": push_button(self, self.tr("Snooze…"), self.snooze, "deadline_snooze",
                                  self.tr("Hide it from the reminders until a later day")),
            "edit": push_button(self, self.tr("Change…"), self.edit, "deadline_edit",
                                self.tr("Its date (kept when the rules recompute), whether it "
                                        "is hard, the document it came from")),
            "document": push_button(self, self.tr("Open document"), self.open_document,
                                    "deadline_open_document",
                                    self.tr("Open the document the deadline came from")),
            "open": push_button(self, self.tr("Open captive"), self.open_row_captive,
                                "deadline_open_captive"),
            "add": push_button(self, self.tr("Add by hand…"), self.add_by_hand, "deadline_add",
                               self.tr("A deadline no rule computes")),
            "rule": push_button(self, self.tr("From a rule…"), self.from_rule, "deadline_from_rule",
                                self.tr("Compute a deadline with any rule and add it")),
            "delete": push_button(self, self.tr("Delete…"), self.delete, "deadline_delete"),
            "ics": push_button(self, self.tr("Export calendar…"), self.export_calendar,
                               "deadline_export_ics",
                               self.tr("Write open deadlines and hearings to an .ics file")),
        }
        self.details = QTextBrowser(self)
        self.details.setObjectName("deadline_details")
        self.details.setOpenLinks(False)
        # the deadline's title and its first steps at least; the rest scrolls inside
        self.details.setMinimumHeight(5 * self.details.fontMetrics().lineSpacing()
                                      + 2 * self.details.frameWidth())
        self.details.anchorClicked.connect(lambda _url: self.open_document())
        box = QGroupBox(self.tr("How it was computed"), self)
        QVBoxLayout(box).addWidget(self.details)

        filters = FlowLayout()  # on a second line where the width is short
        for widget in (self.group, self.history, self.body, self.rule, self.count):
            filters.addWidget(widget)
        bar = QHBoxLayout()
        bar.addWidget(self.search, 1, Qt.AlignmentFlag.AlignTop)
        bar.addLayout(filters)
        head = QHBoxLayout()
        head.addWidget(self.summary, 1)
        head.addWidget(self.chip)
        top = QWidget(self)  # the buttons over the table: the deadline's title has the width
        top.setLayout(buttons_over(self.table, list(self.buttons.values())))
        self.splitter = QSplitter(Qt.Orientation.Vertical, self)
        self.splitter.addWidget(top)
        self.splitter.addWidget(box)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setSizes([480, 220])
        layout = QVBoxLayout(self)
        layout.addLayout(head)
        layout.addLayout(bar)
        layout.addWidget(self.splitter, 1)

        self._debounce = QTimer(self, singleShot=True, interval=150)
        self._debounce.timeout.connect(self._apply_filter)
        self.search.textChanged.connect(lambda _t: self._debounce.start())
        for combo in (self.group, self.body, self.rule):
            combo.currentIndexChanged.connect(lambda _i: self._apply_filter())
        self.history.toggled.connect(lambda _on: self._apply_filter())
        restore_layout(ui, "deadlines", self._layout())
        self._show_details()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.table and event.type() == QEvent.Type.Resize:
            self._fit_later.start()  # once the table has laid out its viewport
        return super().eventFilter(watched, event)

    def _fit_columns(self) -> None:
        """Give the title its room: the captive column is left out while one captive's
        deadlines are shown, then the least needed columns while the table is narrow."""
        width = self.table.viewport().width()
        hidden = {CAPTIVE_COLUMN} if self.captive_filter is not None else set()
        for column in HIDE_ORDER:
            rest = sum(w for c, w in enumerate(self.widths) if c != TITLE_COLUMN and c not in hidden)
            if width - rest >= TITLE_MIN:
                break
            hidden.add(column)
        for column in range(len(WIDTHS)):
            if column != TITLE_COLUMN and self.table.isColumnHidden(column) != (column in hidden):
                self.table.setColumnHidden(column, column in hidden)
                if column not in hidden:
                    size_column(self.table.horizontalHeader(), column, self.widths[column])

    def _fit_due(self) -> None:
        """The due, when and captive columns as wide as their longest texts ("6 Dec 2026
        4:00 PM Paris", "1 օր ժամկետանց", "Արթուր Հարությունյան"), in bold as overdue and
        hard deadlines are, whatever width was saved."""
        for column, text in ((DUE_COLUMN, lambda r: due_text(r.deadline, city=True)),
                             (WHEN_COLUMN, self.when_text), (CAPTIVE_COLUMN, self.captive_text)):
            texts = {text(r) for r in self.rows}
            needed = widen_to_texts(self.table, column, texts, bold=True,
                                    widest=CAPTIVE_WIDEST if column == CAPTIVE_COLUMN else None)
            # the width it keeps when wider (made, saved or given by hand): what the title
            # is left with is counted from it
            header = self.table.horizontalHeader()
            self.widths[column] = needed if header.isSectionHidden(column) else max(
                needed, header.sectionSize(column))
        self._fit_later.start()

    def _layout(self) -> dict[str, QSplitter | QTableView]:
        return {"splitter": self.splitter, "table": self.table}

    def _names_loaded(self, names: dict[int, CaptiveName]) -> None:
        if not shiboken6.isValid(self.model):
            return  # the view was closed while they were read
        self.names = names
        if self.model.rowCount():
            self.model.dataChanged.emit(self.model.index(0, CAPTIVE_COLUMN),
                                        self.model.index(self.model.rowCount() - 1, CAPTIVE_COLUMN))
            self._fit_due()  # the captive column as wide as the names now read
        self._show_details()

    def save_state(self, settings: QSettings) -> None:
        save_layout(settings, "deadlines", self._layout())

    # -- loading --
    def reload(self) -> None:
        self.ui.runner.submit(lambda: self.ui.case_file.reminders.rows(include_closed=True),
                              self._loaded, self.report_error, key="deadlines")

    def _loaded(self, rows: list[DeadlineRow]) -> None:
        current = self.current_row()
        self.rows = rows
        # each one's place in every list's order (the rows come in it): read once, not at
        # each of the sort's comparisons
        self.places = {r.id: n for n, r in enumerate(rows)}
        self.explanations.clear()  # a recomputation may have changed them
        self.model.set_records(rows)
        self._fit_due()
        cf = self.ui.case_file
        wanted = {r.deadline.captive_id for r in rows if r.deadline.captive_id}
        self.ui.runner.submit(lambda: captive_names(cf, wanted), self._names_loaded,
                              self.report_error, key="deadline_names")
        self._fill_choices()
        if not (current and select_record(self.table, current.deadline.id)) \
                and self.proxy.rowCount():
            self.table.selectRow(0)
        self._apply_filter()

    # -- the selected deadline --
    def current_row(self) -> DeadlineRow | None:
        return current_record(self.table)

    def select_deadline(self, deadline_id: int) -> bool:
        return select_record(self.table, deadline_id)

    def _show_details(self) -> None:
        row = self.current_row()
        is_open = row is not None and row.group is not Group.CLOSED
        for key in ("done", "dismiss", "snooze"):
            self.buttons[key].setEnabled(is_open)
        for key in ("edit", "open", "delete"):
            self.buttons[key].setEnabled(row is not None)
        self.buttons["document"].setEnabled(row is not None
                                            and row.deadline.document_id is not None)
        if row is None:
            self.details.setHtml(escape(self.tr("Select a deadline to see how it was computed.")))
            return
        self.details.setHtml(details_html(row, when=self.when_text(row),
                                          captive=self.captive_text(row),
                                          rule_set=self.ui.case_file.rule_set,
                                          explanation=self.explanations.get(row.deadline.id)))

    def _explained(self, deadline_id: int) -> None:
        """A deadline's explanation was read: shown if it is still the one selected (and the
        view still there: the answer may come after it was closed)."""
        if shiboken6.isValid(self) and shiboken6.isValid(self.table):
            row = self.current_row()
            if row is not None and row.deadline.id == deadline_id:
                self._show_details()

    def _double_clicked(self, index: QModelIndex) -> None:
        if index.column() == 2:
            self.open_row_captive()
        else:
            self.edit()

    def open_row_captive(self) -> None:
        row = self.current_row()
        if row is not None and row.deadline.captive_id:
            self.open_captive.emit(row.deadline.captive_id)

    def export_calendar(self) -> None:
        export_calendar(self.ui, self)
