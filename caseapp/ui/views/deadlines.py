"""Every deadline of the case file: overdue, today, this week, later (and snoozed, done or
dismissed on request), filtered by captive, rule or body; mark done, dismiss with a reason,
snooze, change the date by hand, add one by hand or from a rule, and export a calendar."""

from __future__ import annotations

from datetime import timedelta
from html import escape
from typing import Any

import shiboken6
from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QModelIndex, QSettings, Qt, QTimer
from PySide6.QtWidgets import (
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from caseapp.domain.dto import DeadlineDTO
from caseapp.domain.errors import CaseAppError
from caseapp.services.reminders import DeadlineRow, Group
from caseapp.ui.captive_names import captive_choices
from caseapp.ui.dialogs.record_dialog import Field, RecordDialog
from caseapp.ui.labels import label
from caseapp.ui.models.records import RecordColumn
from caseapp.ui.session import UiContext
from caseapp.ui.views.base import View
from caseapp.ui.views.formatters import count_text
from caseapp.ui.views.layout import restore_layout, save_layout
from caseapp.ui.views.record_actions import (
    delete_record,
    edit_dialog,
    push_button,
    run_dialog,
    side_buttons,
)
from caseapp.ui.views.tables import (
    RecordFilterProxy,
    StyledRecordModel,
    current_record,
    make_table,
    select_record,
)
from caseapp.ui.widgets.save_target import ask_save_path
from caseapp.ui.widgets.timeline import plural

CTX = "DeadlinesView"
OVERDUE_COLOUR, TODAY_COLOUR, WEEK_COLOUR = "#c0392b", "#d35400", "#b7950b"
OPEN = "@open"  # the default filter: open and not snoozed
ALL = "@all"

GROUP_LABELS = {
    Group.OVERDUE: QT_TRANSLATE_NOOP("DeadlinesView", "Overdue"),
    Group.TODAY: QT_TRANSLATE_NOOP("DeadlinesView", "Today"),
    Group.THIS_WEEK: QT_TRANSLATE_NOOP("DeadlinesView", "This week"),
    Group.LATER: QT_TRANSLATE_NOOP("DeadlinesView", "Later"),
    Group.SNOOZED: QT_TRANSLATE_NOOP("DeadlinesView", "Snoozed"),
    Group.CLOSED: QT_TRANSLATE_NOOP("DeadlinesView", "Done or dismissed"),
}
GROUP_ORDER = {g: i for i, g in enumerate(GROUP_LABELS)}


def group_label(group: Group) -> str:
    return QCoreApplication.translate(CTX, GROUP_LABELS[group])


def group_colour(group: Group) -> str | None:
    return {Group.OVERDUE: OVERDUE_COLOUR, Group.TODAY: TODAY_COLOUR,
            Group.THIS_WEEK: WEEK_COLOUR}.get(group)


def due_text(d: DeadlineDTO) -> str:
    if d.due_time is None:
        return d.due_on.isoformat()
    return f"{d.due_on.isoformat()} {d.due_time:%H:%M} {d.timezone}".strip()


class DeadlinesView(View):
    watches = frozenset({"deadlines", "captives", "captive_names"})

    def __init__(self, ui: UiContext, parent: QWidget | None = None):
        super().__init__(ui, parent)
        self.rows: list[DeadlineRow] = []
        self.captive_filter: int | None = None

        self.search = QLineEdit(self)
        self.search.setObjectName("deadlines_search")
        self.search.setPlaceholderText(self.tr("Filter by captive, deadline, rule or body…"))
        self.search.setClearButtonEnabled(True)
        self.group = QComboBox(self)
        self.group.setObjectName("deadlines_group")
        self.group.addItem(self.tr("Open (not snoozed)"), OPEN)
        for g in GROUP_LABELS:
            self.group.addItem(group_label(g), g.value)
        self.group.addItem(self.tr("All deadlines"), ALL)
        self.body = QComboBox(self)
        self.body.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.body.setMaximumWidth(260)
        self.body.setObjectName("deadlines_body")
        self.rule = QComboBox(self)
        self.rule.setObjectName("deadlines_rule")
        self.rule.setMaximumWidth(320)
        self.captive_label = QLabel(self)
        self.captive_label.setObjectName("deadlines_captive_filter")
        self.count = QLabel(self)
        self.count.setObjectName("deadlines_count")
        self.summary = QLabel(self)
        self.summary.setObjectName("deadlines_summary")

        self.model = StyledRecordModel(self.columns(), context=CTX, parent=self,
                                       bold=lambda r: r.group in (Group.OVERDUE, Group.TODAY))
        self.proxy = RecordFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.extra_text = lambda r: f"{r.deadline.rule_id} {r.deadline.notes}"
        self.table = make_table(self, self.proxy, name="deadlines_table",
                                widths=(120, 90, 150, 300, 95, 125, 80), stretch=3)
        self.table.sortByColumn(1, Qt.SortOrder.AscendingOrder)
        self.table.doubleClicked.connect(self._double_clicked)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._show_details())

        self.buttons = {
            "done": push_button(self, self.tr("Mark done"), self.mark_done, "deadline_done",
                                self.tr("The step was taken: close the deadline")),
            "dismiss": push_button(self, self.tr("Dismiss…"), self.dismiss, "deadline_dismiss",
                                   self.tr("Close the deadline without doing it, saying why")),
            "snooze": push_button(self, self.tr("Snooze…"), self.snooze, "deadline_snooze",
                                  self.tr("Hide it from the reminders until a later day")),
            "edit": push_button(self, self.tr("Change date…"), self.edit, "deadline_edit",
                                self.tr("Set the date by hand (kept when the rules recompute)")),
            "open": push_button(self, self.tr("Open captive"), self.open_row_captive,
                                "deadline_open_captive"),
            "add": push_button(self, self.tr("Add by hand…"), self.add_by_hand, "deadline_add",
                               self.tr("A deadline no rule computes")),
            "rule": push_button(self, self.tr("From a rule…"), self.from_rule, "deadline_from_rule",
                                self.tr("Compute a deadline with any rule and add it")),
            "delete": push_button(self, self.tr("Delete"), self.delete, "deadline_delete"),
            "ics": push_button(self, self.tr("Export calendar…"), self.export_calendar,
                               "deadline_export_ics",
                               self.tr("Write open deadlines and hearings to an .ics file")),
        }
        self.details = QTextBrowser(self)
        self.details.setObjectName("deadline_details")
        box = QGroupBox(self.tr("How it was computed"), self)
        QVBoxLayout(box).addWidget(self.details)

        bar = QHBoxLayout()
        bar.addWidget(self.search, 1)
        bar.addWidget(self.group)
        bar.addWidget(self.body)
        bar.addWidget(self.rule)
        bar.addWidget(self.captive_label)
        bar.addWidget(self.count)
        top = QWidget(self)
        top.setLayout(side_buttons(self.table, list(self.buttons.values())))
        top.layout().setContentsMargins(0, 0, 0, 0)
        self.splitter = QSplitter(Qt.Orientation.Vertical, self)
        self.splitter.addWidget(top)
        self.splitter.addWidget(box)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setSizes([480, 220])
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addLayout(bar)
        layout.addWidget(self.splitter, 1)

        self._debounce = QTimer(self, singleShot=True, interval=150)
        self._debounce.timeout.connect(self._apply_filter)
        self.search.textChanged.connect(lambda _t: self._debounce.start())
        for combo in (self.group, self.body, self.rule):
            combo.currentIndexChanged.connect(lambda _i: self._apply_filter())
        restore_layout(ui, "deadlines", self._layout())
        self._show_details()

    def _layout(self) -> dict[str, QWidget]:
        return {"splitter": self.splitter, "table": self.table}

    # -- what the columns say --
    def columns(self) -> list[RecordColumn[DeadlineRow]]:
        return [
            RecordColumn(QT_TRANSLATE_NOOP("DeadlinesView", "Due"), lambda r: due_text(r.deadline),
                         sort_key=lambda r: (r.deadline.due_on, r.deadline.due_time or "")),
            RecordColumn(QT_TRANSLATE_NOOP("DeadlinesView", "When"), self.when_text,
                         sort_key=lambda r: (GROUP_ORDER[r.group], r.deadline.due_on),
                         colour=lambda r: group_colour(r.group)),
            RecordColumn(QT_TRANSLATE_NOOP("DeadlinesView", "Captive"), lambda r: r.captive_name),
            RecordColumn(QT_TRANSLATE_NOOP("DeadlinesView", "Deadline"), lambda r: r.deadline.title,
                         tooltip=lambda r: r.deadline.title),
            RecordColumn(QT_TRANSLATE_NOOP("DeadlinesView", "Body"), lambda r: r.body),
            RecordColumn(QT_TRANSLATE_NOOP("DeadlinesView", "Rule"), self.rule_text,
                         tooltip=self.rule_tip),
            RecordColumn(QT_TRANSLATE_NOOP("DeadlinesView", "Set by hand"),
                         lambda r: self.tr("yes") if r.deadline.overridden else ""),
        ]

    def when_text(self, r: DeadlineRow) -> str:
        d = r.deadline
        if r.group is Group.CLOSED:
            return label(d.status)
        if r.group is Group.SNOOZED and r.snoozed_until:
            return self.tr("snoozed until %1").replace("%1", r.snoozed_until.isoformat())
        days = (d.due_on - self.ui.today()).days
        if days < 0:
            return plural(self.tr("%n day(s) overdue", "", -days), -days)
        if days == 0:
            return self.tr("today")
        return plural(self.tr("in %n day(s)", "", days), days)

    def rule_text(self, r: DeadlineRow) -> str:
        """The rule's title, as the lawyer knows it; its id is for the tooltip."""
        rule_id = r.deadline.rule_id
        if not rule_id:
            return self.tr("by hand")
        rules = self.ui.case_file.rule_set
        title = rules.get(rule_id).title if rule_id in rules else rule_id
        return title + ("" if r.verified in (None, True) else " ⚠")

    def rule_tip(self, r: DeadlineRow) -> str:
        rule_id = r.deadline.rule_id
        if not rule_id:
            return ""
        tip = self.tr("Rule %1").replace("%1", rule_id)
        if r.verified not in (None, True):
            tip += "\n" + self.tr("This rule has not been verified against its source.")
        return tip

    def save_state(self, settings: QSettings) -> None:
        save_layout(settings, "deadlines", self._layout())

    # -- loading --
    def reload(self) -> None:
        self.ui.runner.submit(lambda: self.ui.case_file.reminders.rows(include_closed=True),
                              self._loaded, self.report_error, key="deadlines")

    def _loaded(self, rows: list[DeadlineRow]) -> None:
        current = self.current_row()
        self.rows = rows
        self.model.set_records(rows)
        self._fill_choices()
        if not (current and select_record(self.table, current.deadline.id)) \
                and self.proxy.rowCount():
            self.table.selectRow(0)
        counts = {g: sum(1 for r in rows if r.group is g) for g in Group}
        parts = [f"<span style='color:{group_colour(g) or 'inherit'}'><b>{counts[g]}</b> "
                 f"{escape(group_label(g).lower())}</span>"
                 for g in (Group.OVERDUE, Group.TODAY, Group.THIS_WEEK, Group.LATER)]
        self.summary.setText(" &nbsp;·&nbsp; ".join(parts))
        self._apply_filter()

    def _fill_choices(self) -> None:
        for combo, everything, values in (
                (self.body, self.tr("All bodies"), sorted({r.body for r in self.rows if r.body})),
                (self.rule, self.tr("All rules"),
                 sorted({r.deadline.rule_id for r in self.rows if r.deadline.rule_id}))):
            chosen = combo.currentData()
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(everything, None)
            for value in values:
                combo.addItem(value, value)
            combo.setCurrentIndex(max(0, combo.findData(chosen)))
            combo.blockSignals(False)

    # -- filtering --
    def set_group_filter(self, choice: str) -> None:
        self.group.setCurrentIndex(max(0, self.group.findData(choice)))

    def set_captive_filter(self, captive_id: int | None, name: str = "") -> None:
        """Show one captive's deadlines (None: everyone's)."""
        self.captive_filter = captive_id
        self.captive_label.setText(self.tr("Captive: %1").replace("%1", name) if captive_id else "")
        self._apply_filter()

    def _apply_filter(self) -> None:
        group, body, rule = (self.group.currentData(), self.body.currentData(),
                             self.rule.currentData())
        captive = self.captive_filter

        def wanted(r: DeadlineRow) -> bool:
            if group == OPEN and r.group in (Group.SNOOZED, Group.CLOSED):
                return False
            if group not in (OPEN, ALL) and r.group.value != group:
                return False
            if body is not None and r.body != body:
                return False
            if rule is not None and r.deadline.rule_id != rule:
                return False
            return captive is None or r.deadline.captive_id == captive

        self.proxy.set_predicate(wanted)
        self.proxy.set_text(self.search.text())
        if not self.table.currentIndex().isValid() and self.proxy.rowCount():
            self.table.selectRow(0)
        shown = self.proxy.rowCount()
        self.count.setText(count_text(shown, len(self.rows),
                                      plural(self.tr("%n deadline(s)", "", len(self.rows)), len(self.rows))))
        self._show_details()

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
        if row is None:
            self.details.setHtml(escape(self.tr("Select a deadline to see how it was computed.")))
            return
        d = row.deadline
        parts = [f"<h3>{escape(d.title)}</h3>",
                 f"<p><b>{escape(due_text(d))}</b> — {escape(self.when_text(row))}"
                 f"{' · ' + escape(row.captive_name) if row.captive_name else ''}</p>"]
        if d.explanation:
            parts.append("<ol>" + "".join(f"<li>{escape(str(s))}</li>" for s in d.explanation)
                         + "</ol>")
        rule_set = self.ui.case_file.rule_set
        if d.rule_id and d.rule_id in rule_set:
            rule = rule_set.get(d.rule_id)
            parts.append(f"<p><b>{escape(self.tr('Source'))}:</b> {escape(rule.source)}</p>")
            if not rule.verified:
                warning = self.tr("This rule has not been verified against its source: check the date.")
                parts.append(f"<p style='color:{OVERDUE_COLOUR}'>{escape(warning)}</p>")
            if rule.notes:
                parts.append(f"<p>{escape(rule.notes)}</p>")
        if d.overridden:
            parts.append(f"<p><i>{escape(self.tr('The date was set by hand; recomputing keeps it.'))}</i></p>")
        for text in (d.status_reason, d.notes):
            if text:
                parts.append(f"<p>{escape(text).replace(chr(10), '<br>')}</p>")
        self.details.setHtml("".join(parts))

    def _double_clicked(self, index: QModelIndex) -> None:
        if index.column() == 2:
            self.open_row_captive()
        else:
            self.edit()

    def open_row_captive(self) -> None:
        row = self.current_row()
        if row is not None and row.deadline.captive_id:
            self.open_captive.emit(row.deadline.captive_id)

    # -- the lawyer's actions --
    def _change(self, deadline: Any, action: str, write: Any) -> Any:
        """Change a deadline's status or notes as an undoable operation."""
        return self.ui.ops.update(
            "deadlines", deadline.id, {}, action=action, write=write,
            describe=lambda d: self.tr("the deadline “%1”").replace("%1", d.title),
            keys=("status", "status_reason", "notes"), captive_id=deadline.captive_id)

    def mark_done(self) -> None:
        row = self.current_row()
        if row is None:
            return
        d = row.deadline
        try:
            self._change(d, self.tr("Mark deadline done"),
                         lambda cf: cf.deadline_engine.mark_done(d.id))
        except CaseAppError as exc:
            self.report_error(exc)
            return
        self.message.emit(self.tr("Marked done: %1").replace("%1", d.title))

    def dismiss(self) -> None:
        row = self.current_row()
        if row is None:
            return
        d = row.deadline
        dialog = RecordDialog(self.tr("Dismiss deadline"), [
            Field("status_reason", self.tr("Why is it dismissed?"), "multiline", required=True)],
            lambda vals: self._change(d, self.tr("Dismiss deadline"), lambda cf: cf.deadline_engine
                                      .dismiss(d.id, vals.get("status_reason") or "")),
            {}, self)
        dialog.setObjectName("dismiss_dialog")
        if run_dialog(dialog) is not None:
            self.message.emit(self.tr("Dismissed: %1").replace("%1", row.deadline.title))

    def snooze(self) -> None:
        row = self.current_row()
        if row is None:
            return
        d = row.deadline
        dialog = RecordDialog(self.tr("Snooze deadline"), [
            Field("until", self.tr("Remind me again on"), "date", required=True,
                  help=self.tr("The due date does not change."))],
            lambda vals: self._change(d, self.tr("Snooze deadline"),
                                      lambda cf: cf.deadline_engine.snooze(d.id, vals["until"])),
            {"until": min(self.ui.today() + timedelta(days=3), row.deadline.due_on)
             if row.deadline.due_on > self.ui.today() else self.ui.today() + timedelta(days=1)},
            self)
        dialog.setObjectName("snooze_dialog")
        if run_dialog(dialog) is not None:
            self.message.emit(self.tr("Snoozed: %1").replace("%1", row.deadline.title))

    def edit(self) -> None:
        row = self.current_row()
        if row is None:
            return
        d = row.deadline
        fields = [Field("title", self.tr("Deadline"), required=True),
                  Field("due_on", self.tr("Due on"), "date", required=True),
                  Field("notes", self.tr("Notes"), "multiline")]
        dialog = edit_dialog(self.ui, title=self.tr("Edit deadline"), fields=fields,
                             service="deadlines", noun=self.tr("deadline"),
                             record_id=d.id, parent=self,
                             values={"title": d.title, "due_on": d.due_on, "notes": d.notes})
        dialog.setObjectName("deadline_edit_dialog")
        run_dialog(dialog)

    def add_by_hand(self) -> None:
        cf = self.ui.case_file
        self.ui.runner.submit(lambda: captive_choices(cf), self._add_dialog, self.report_error,
                              key="deadline_choices")

    def _add_dialog(self, captives: list[tuple[str, int]]) -> None:
        fields = [Field("captive_id", self.tr("Captive"), "ref", choices=captives),
                  Field("title", self.tr("Deadline"), required=True),
                  Field("due_on", self.tr("Due on"), "date", required=True),
                  Field("notes", self.tr("Notes"), "multiline")]
        dialog = edit_dialog(self.ui, title=self.tr("Add deadline"), fields=fields,
                             service="deadlines", noun=self.tr("deadline"),
                             values={"captive_id": self.captive_filter,
                                     "due_on": self.ui.today() + timedelta(days=7)}, parent=self)
        dialog.setObjectName("deadline_add_dialog")
        if run_dialog(dialog) is not None:
            self.message.emit(self.tr("Deadline added."))

    def from_rule(self) -> None:
        from caseapp.ui.dialogs.rule_calculator import open_calculator

        open_calculator(self.ui, self, captive_id=self.captive_filter)

    def delete(self) -> None:
        row = self.current_row()
        if row is None:
            return
        delete_record(self, "deadlines", row.deadline.id,
                      title=self.tr("Delete deadline"),
                      question=self.tr("Delete the deadline “%1”? Mark it done or dismiss it "
                                       "instead to keep it on record.").replace("%1", row.deadline.title),
                      done=self.tr("Deleted the deadline “%1”.").replace("%1", row.deadline.title))

    def export_calendar(self) -> None:
        export_calendar(self.ui, self)


def export_calendar(ui: UiContext, parent: View) -> None:
    """Ask at which level (shareable by default: a calendar leaves the machine), say what that
    level leaves out and let the lawyer choose again, then ask where and write open deadlines
    and the next year's hearings to an .ics file (in the background). Re-exporting gives the
    same event UIDs, so a calendar updates."""
    from caseapp.domain.enums import Sensitivity
    from caseapp.services import outputs
    from caseapp.ui.labels import label

    levels = [Sensitivity.SHAREABLE, Sensitivity.PUBLIC, Sensitivity.INTERNAL]
    names = [label(x) for x in levels]
    choice, ok = QInputDialog.getItem(
        parent, QCoreApplication.translate("DeadlinesView", "Export calendar"),
        QCoreApplication.translate("DeadlinesView",
                                   "Level of the calendar (anything above it is left out):"), names, 0, False)
    if not ok:
        return
    level = levels[names.index(choice)] if choice in names else Sensitivity.SHAREABLE
    cf = ui.case_file
    ui.runner.submit(lambda: outputs.calendar_left_out(cf, level=level, within_days=365),
                     lambda summary: _confirm_calendar(ui, parent, summary),
                     parent.report_error, key="export_ics_preview")


def _confirm_calendar(ui: UiContext, parent: View, summary: Any) -> None:
    from pathlib import Path

    from caseapp.services import outputs

    if not shiboken6.isValid(parent):
        return
    if not summary.is_clean:
        box = QMessageBox(QMessageBox.Icon.Information,
                          QCoreApplication.translate("DeadlinesView", "Export calendar"),
                          "\n".join(summary.lines()), parent=parent)
        box.setObjectName("calendar_left_out")
        write = box.addButton(QCoreApplication.translate("DeadlinesView", "Write the calendar"),
                              QMessageBox.ButtonRole.AcceptRole)
        again = box.addButton(QCoreApplication.translate("DeadlinesView", "Choose another level"),
                              QMessageBox.ButtonRole.ResetRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.exec()
        if box.clickedButton() is again:
            export_calendar(ui, parent)
            return
        if box.clickedButton() is not write:
            return
    cf, level = ui.case_file, summary.level
    target = ask_save_path(
        parent, QCoreApplication.translate("DeadlinesView", "Export calendar"),
        Path.home() / "caseapp-deadlines.ics",
        QCoreApplication.translate("DeadlinesView", "iCalendar files (*.ics)"),
        cf.output_guard if cf is not None else None)
    if target is None:
        return
    path = str(target)

    def work() -> tuple[int, int, int]:
        events = outputs.calendar(cf, level=level, within_days=365, target=path).record
        n = len(events.deadlines) + len(events.hearings)
        return n, len(events.deadlines), len(events.hearings)

    ui.runner.submit(work, lambda r: parent.message.emit(
        QCoreApplication.translate("DeadlinesView",
                                   "Wrote %1 events (%2 deadlines, %3 hearings) at the %5 level to %4.")
        .replace("%1", str(r[0])).replace("%2", str(r[1])).replace("%3", str(r[2]))
        .replace("%4", path).replace("%5", level.value)), parent.report_error, key="export_ics")
