"""The hearings calendar: a month marking the days with hearings, the agenda of the chosen
day, week or month (times as the court gives them), and the selected hearing's
co-defendants, each one a double-click away from their file. What it shows is read by
:mod:`hearing_reads`; adding, editing and deleting a hearing is in :mod:`hearing_writes`."""

from __future__ import annotations

from datetime import date, timedelta
from html import escape
from itertools import pairwise
from typing import cast

from PySide6.QtCore import QCoreApplication, QDate, QLocale, QModelIndex, QSettings, Qt, QTimer
from PySide6.QtWidgets import (
    QButtonGroup,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QSplitter,
    QStackedWidget,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from caseapp.ui.captive_names import CaptiveList
from caseapp.ui.labels import label
from caseapp.ui.models.records import RECORD_ROLE
from caseapp.ui.session import UiContext
from caseapp.ui.theme import alert_text, hearing_day_text
from caseapp.ui.views.base import View
from caseapp.ui.views.formatters import long_date, time_text, zone_label
from caseapp.ui.views.hearing_agenda import (
    AGENDA_COLUMNS,
    COURT_COLUMN,
    DEFENDANTS_COLUMN,
    AgendaRow,
    starts_of,
    state_of,
)
from caseapp.ui.views.hearing_calendar import HearingCalendar
from caseapp.ui.views.hearing_reads import agenda_rows, hearing_days
from caseapp.ui.views.hearing_writes import HearingWrites
from caseapp.ui.views.layout import restore_layout, save_layout
from caseapp.ui.views.record_actions import (
    delete_key,
    push_button,
)
from caseapp.ui.views.tables import (
    RecordFilterProxy,
    TwoLineTitles,
    current_record,
    make_table,
    select_record,
)
from caseapp.ui.widgets.fitted_columns import FittedColumns
from caseapp.ui.widgets.flow_layout import FlowLayout
from caseapp.ui.widgets.scrolled import scrolled

CTX = "HearingsView"

translate = QCoreApplication.translate  # lupdate reads every translate("Context", "source") call


class HearingsView(HearingWrites, View):
    watches = frozenset({"hearings", "hearing_captives", "captives", "captive_names"})
    MODES = ("day", "week", "month")

    def __init__(self, ui: UiContext, parent: QWidget | None = None):
        super().__init__(ui, parent)
        today = ui.today()
        self.mode = "month"
        self._zone: str | None = None
        self._wanted: set[str] = set()
        self._in_flight: set[str] = set()
        self._coalesce = QTimer(self, singleShot=True, interval=0)
        self._coalesce.timeout.connect(self._submit)

        # -- the calendar and the period --
        self.calendar = HearingCalendar(today, self)
        self.calendar.setObjectName("hearings_calendar")
        self.calendar.setSelectedDate(QDate(today.year, today.month, today.day))
        self.calendar.setMinimumSize(320, 240)
        self.calendar.selectionChanged.connect(self._load_agenda)
        self.calendar.currentPageChanged.connect(lambda _y, _m: self._load_calendar())
        legend = QLabel(self.tr("<span style='color:%1'>●</span> hearing days (with how many) "
                                "&nbsp; <span style='color:%2'>■</span> today")
                        .replace("%1", hearing_day_text()).replace("%2", alert_text()), self)
        legend.setWordWrap(True)
        self.mode_group = QButtonGroup(self)
        self.mode_buttons: dict[str, QToolButton] = {}
        mode_row = QWidget(self)  # Day, Week, Month side by side, kept together
        modes = QHBoxLayout(mode_row)
        modes.setContentsMargins(0, 0, 0, 0)
        modes.setSpacing(0)
        texts = ((self.tr("Day"), self.tr("Show the hearings of the selected day")),
                 (self.tr("Week"), self.tr("Show the hearings of the selected week")),
                 (self.tr("Month"), self.tr("Show the hearings of the selected month")))
        for mode, (text, tip) in zip(self.MODES, texts, strict=True):
            button = QToolButton(self)
            button.setText(text)
            button.setCheckable(True)
            button.setObjectName(f"hearings_mode_{mode}")
            button.setMinimumWidth(max(64, button.sizeHint().width()))  # its whole word
            button.setToolTip(tip)
            button.clicked.connect(lambda _checked=False, m=mode: self.set_mode(m))
            self.mode_group.addButton(button)
            self.mode_buttons[mode] = button
            modes.addWidget(button)
        self.mode_buttons[self.mode].setChecked(True)
        self._tab_to_mode()
        self.period = QLabel(self)
        self.period.setObjectName("hearings_period")
        font = self.period.font()
        font.setPointSizeF(font.pointSizeF() * 1.25)
        font.setBold(True)
        self.period.setFont(font)
        self.period.setWordWrap(True)  # a long month's name wraps rather than widen the view
        self.count = QLabel(self)
        self.buttons = {
            "add": push_button(self, self.tr("Add hearing…"), self.add_hearing, "hearings_add",
                               self.tr("Add a hearing on the selected day")),
            "edit": push_button(self, self.tr("Edit…"), self.edit_hearing, "hearings_edit"),
            "delete": push_button(self, self.tr("Delete"), self.delete_hearing, "hearings_delete",
                                  self.tr("Delete the selected hearing (Delete)")),
        }

        # -- the agenda --
        self.model = TwoLineTitles(AGENDA_COLUMNS, context=CTX, parent=self)
        self.proxy = RecordFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self.agenda = make_table(self, self.proxy, name="hearings_agenda", widths=(190, 130, 190))
        self.agenda.setAccessibleName(self.tr("Hearings in the chosen period"))  # not "table"
        self.agenda.setWordWrap(True)  # every co-defendant's name stays readable
        self.agenda.horizontalHeader().setTextElideMode(Qt.TextElideMode.ElideNone)  # titles on two lines
        self.agenda.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.agenda.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.agenda.doubleClicked.connect(self._agenda_double_clicked)
        self.agenda.selectionModel().currentRowChanged.connect(lambda *_: self._show_details())
        delete_key(self.agenda, self.delete_hearing)
        self.empty = QLabel(self.tr("No hearings in this period."), self)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setEnabled(False)
        self.agenda_stack = QStackedWidget(self)
        self.agenda_stack.addWidget(self.agenda)
        self.agenda_stack.addWidget(self.empty)

        # -- the selected hearing --
        self.details = QGroupBox(self.tr("Selected hearing"), self)
        self.detail_title = QLabel(self.details)
        self.detail_fields: dict[str, QLabel] = {}
        form = QFormLayout()
        for key, text in (("state", self.tr("State")), ("judge", self.tr("Judge")),
                          ("outcome", self.tr("Outcome")),
                          ("next", self.tr("Next date")), ("notes", self.tr("Notes"))):
            self.detail_fields[key] = QLabel(self.details)
            self.detail_fields[key].setTextFormat(Qt.TextFormat.PlainText)  # as typed
            form.addRow(text, self.detail_fields[key])
        for value in (self.detail_title, *self.detail_fields.values()):
            value.setWordWrap(True)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.defendants = CaptiveList(self.details)
        self.defendants.setObjectName("hearings_defendants")
        self.defendants.chosen.connect(self.open_captive)
        self.buttons["open"] = push_button(self.details, self.tr("Open captive"),
                                           self.defendants.open_current, "hearings_open")
        box = QVBoxLayout(self.details)
        box.addWidget(self.detail_title)
        box.addLayout(form)
        defendants_label = QLabel(self.tr("Defendants (double-click to open):"), self.details)
        defendants_label.setWordWrap(True)  # on two lines in a narrow column, never widening it
        box.addWidget(defendants_label)
        box.addWidget(self.defendants, 1)
        box.addWidget(self.buttons["open"], 0, Qt.AlignmentFlag.AlignRight)

        # -- layout: calendar and selected hearing on the left, the agenda on the right --
        left = QWidget(self)
        left_box = QVBoxLayout(left)
        left_box.setContentsMargins(0, 0, 0, 0)
        left_box.addWidget(self.calendar, 3)
        left_box.addWidget(legend)
        # The selected hearing scrolls rather than cut its lines where the window is low (its
        # wrapped court, zone and notes need more than the calendar leaves at 1024×768).
        details = scrolled(self.details, left, name="hearings_details_scroll", least_height=160)
        details.setAccessibleName(self.tr("Selected hearing"))  # a stop to scroll it: named
        left_box.addWidget(details, 4)
        bar = FlowLayout()  # on a second line where the agenda is narrow
        today_button = push_button(self, self.tr("Today"), self.go_today, "hearings_today",
                                   self.tr("Go back to today"))
        bar.addWidget(today_button)
        bar.addWidget(mode_row)
        bar.addWidget(self.period)
        bar.addWidget(self.count)
        actions = FlowLayout(align_right=True)
        for key in ("add", "edit", "delete"):
            actions.addWidget(self.buttons[key])
        right = QWidget(self)
        right_box = QVBoxLayout(right)
        right_box.setContentsMargins(0, 0, 0, 0)
        right_box.addLayout(bar)
        right_box.addWidget(self.agenda_stack, 1)
        right_box.addLayout(actions)
        self.splitter = QSplitter(self)
        self.splitter.setChildrenCollapsible(False)  # never narrower than its own: the view scrolls
        self.splitter.addWidget(left)
        self.splitter.addWidget(right)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([310, 900])  # the agenda keeps room for its words at 1024 px
        QVBoxLayout(self).addWidget(self.splitter)
        # Tab as the lawyer works: the day, the period, its hearings and what to do with
        # them, then the hearing chosen (Today came last, the buttons before the agenda)
        chain = (self.calendar, today_button, *self.mode_buttons.values(), self.agenda,
                 self.buttons["add"], self.buttons["edit"], self.buttons["delete"],
                 details, self.defendants,
                 self.buttons["open"])
        for before, after in pairwise(chain):
            QWidget.setTabOrder(before, after)
        restore_layout(ui, "hearings", self._layout())
        # Never sideways (1024 px, the calendar beside it), no name cut: columns by what they
        # hold, long cells on more lines; the court (the selected hearing names it below)
        # hidden rather than words cut. Two lines a row at most (seven co-defendants took
        # eight, two hearings in sight): the whole list in the tooltip and below.
        self.columns_fit = FittedColumns(self.agenda, stretch=DEFENDANTS_COLUMN, whole=(0,),
                                         spare=(COURT_COLUMN,), lines=2)
        self._update_period_label()
        self._show_details()

    def _layout(self) -> dict[str, QSplitter | QTableView]:
        return {"splitter": self.splitter, "agenda": self.agenda}

    def save_state(self, settings: QSettings) -> None:
        save_layout(settings, "hearings", self._layout())

    # -- periods --
    def selected_date(self) -> date:
        return cast(date, self.calendar.selectedDate().toPython())  # (the stub says object)

    def select_date(self, day: date) -> None:
        self.calendar.setSelectedDate(QDate(day.year, day.month, day.day))

    def go_today(self) -> None:
        self.select_date(self.ui.today())

    def set_mode(self, mode: str) -> None:
        self.mode = mode
        self.mode_buttons[mode].setChecked(True)
        self._tab_to_mode()
        self._load_agenda()

    def _tab_to_mode(self) -> None:
        """Tab stops on the period shown (it stopped on Day, and Space there changed the
        period); the arrows go to the others."""
        for mode, button in self.mode_buttons.items():
            button.setFocusPolicy(Qt.FocusPolicy.TabFocus if mode == self.mode
                                  else Qt.FocusPolicy.NoFocus)

    def period_range(self) -> tuple[date, date]:
        """The first day of the shown period and the day after its last."""
        day = self.selected_date()
        if self.mode == "day":
            return day, day + timedelta(days=1)
        if self.mode == "week":
            first = self.calendar.firstDayOfWeek().value
            start = day - timedelta(days=(day.isoweekday() - first) % 7)
            return start, start + timedelta(days=7)
        start = day.replace(day=1)
        return start, (start + timedelta(days=32)).replace(day=1)

    def _update_period_label(self) -> None:
        start, end = self.period_range()
        loc = QLocale()

        def q(d: date) -> QDate:
            return QDate(d.year, d.month, d.day)

        if self.mode == "day":
            text = loc.toString(q(start), "dddd d MMMM yyyy")
        elif self.mode == "week":
            last = end - timedelta(days=1)
            text = self.tr("%1 – %2").replace("%1", loc.toString(q(start), "d MMM")) \
                .replace("%2", loc.toString(q(last), "d MMM yyyy"))
        else:
            # The month named on its own (Russian "декабрь", not the "декабря" of a date).
            text = f"{loc.standaloneMonthName(start.month)} {start.year}"
        self.period.setText(text)

    # -- loading --
    def reload(self) -> None:
        self._request("calendar", "agenda")

    def _load_calendar(self) -> None:
        self._request("calendar")

    def _load_agenda(self) -> None:
        self._update_period_label()
        self._request("agenda")

    def _request(self, *parts: str) -> None:
        """Ask for the calendar marks and/or the agenda; requests made in the same turn of the
        event loop (a click that changes both the page and the day) become one read."""
        self._wanted.update(parts)
        self._coalesce.start()

    def _submit(self) -> None:
        parts = self._wanted | self._in_flight  # a newer read replaces the one in flight
        self._wanted, self._in_flight = set(), parts
        cf = self.ui.case_file
        first = date(self.calendar.yearShown(), self.calendar.monthShown(), 1)
        start, end = self.period_range()
        now = self.ui.now()

        def fetch() -> tuple[dict[date, int] | None, list[AgendaRow] | None]:
            return (hearing_days(cf, first) if "calendar" in parts else None,
                    agenda_rows(cf, start, end, now) if "agenda" in parts else None)

        self.ui.runner.submit(fetch, self._loaded, self._failed, key="hearings")

    def _loaded(self, result: tuple[dict[date, int] | None, list[AgendaRow] | None]) -> None:
        self._in_flight = set()
        counts, rows = result
        if counts is not None:
            self.calendar.set_counts(counts)
        if rows is not None:
            self._agenda_loaded(rows)

    def _failed(self, exc: BaseException) -> None:
        self._in_flight = set()
        self.report_error(exc)

    def _agenda_loaded(self, rows: list[AgendaRow]) -> None:
        current = current_record(self.agenda)
        self.model.set_records(rows)
        if rows:
            self._zone = rows[-1].hearing.timezone
        self.agenda_stack.setCurrentIndex(0 if rows else 1)
        self.count.setText(self.tr("%Ln hearing(s)", "", len(rows)) if rows else "")
        if not (current and select_record(self.agenda, current.id)) and rows:
            self._select_first_on(self.selected_date())
        self._show_details()
        # The count (and the details) may have widened a side of the splitter, which does not
        # pass its sides' new minimum on: told here, the view scrolls rather than squeeze them.
        self.splitter.updateGeometry()

    def _select_first_on(self, day: date) -> None:
        """Select the first hearing on or after ``day`` (or the last one before it)."""
        rows = [self.proxy.index(r, 0).data(RECORD_ROLE) for r in range(self.proxy.rowCount())]
        later = [r for r in rows if r.hearing.starts_at.date() >= day]
        target = min(later, key=starts_of) if later else max(rows, key=starts_of)
        select_record(self.agenda, target.id)

    # -- the selected hearing --
    def current_row(self) -> AgendaRow | None:
        return current_record(self.agenda)

    def _show_details(self) -> None:
        row = self.current_row()
        for key in ("edit", "delete", "open"):
            self.buttons[key].setEnabled(row is not None)
        if row is None:
            self.detail_title.setText(self.tr("Select a hearing in the agenda."))
            for field in self.detail_fields.values():
                field.clear()
            self.defendants.clear()
            return
        h = row.hearing
        self.detail_title.setText(f"<b>{escape(label(h.kind))}</b><br>"
                                  f"{escape(long_date(h.starts_at.date()))} {time_text(h.starts_at)} "
                                  f"{escape(zone_label(h.timezone, h.starts_at))}<br>"
                                  f"{escape(h.court)}")
        for key, value in (("state", state_of(row)), ("judge", h.judge), ("outcome", h.outcome),
                           ("notes", h.notes),
                           ("next", long_date(h.next_date) if h.next_date else "")):
            self.detail_fields[key].setText(value or "—")
        self.defendants.set_captives(row.defendants)

    def _agenda_double_clicked(self, index: QModelIndex) -> None:
        row = self.current_row()
        if row is None:
            return
        if index.column() != DEFENDANTS_COLUMN:
            self.edit_hearing()
        elif len(row.defendants) == 1:
            self.open_captive.emit(row.defendants[0].id)
        else:
            self.defendants.setFocus()  # several: the list below names each one
