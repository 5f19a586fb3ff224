"""The rule calculator: pick any rule, give the trigger (and the values it asks for), read
the due date(s) with every step taken, and add the result to a captive's deadlines."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime, time
from html import escape
from typing import Any, cast
from zoneinfo import ZoneInfo

from PySide6.QtCore import QCoreApplication, QDate, Qt, QTime
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QTextBrowser,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from caseapp.domain.dates import zone_name
from caseapp.domain.deadlines import ComputedDeadline, compute
from caseapp.domain.errors import CaseAppError
from caseapp.domain.rules import Rule, RuleSet
from caseapp.services.casefile import CaseFile
from caseapp.ui.formats import date_edit_format, date_text, datetime_text
from caseapp.ui.ops import captive_display_name
from caseapp.ui.rule_deadlines_command import RuleDeadlinesCommand, rule_label
from caseapp.ui.session import UiContext
from caseapp.ui.theme import error_colour
from caseapp.ui.tr_marks import QT_TRANSLATE_NOOP
from caseapp.ui.widgets.captive_picker import CaptivePicker, CaptiveSource
from caseapp.ui.widgets.fields import name_from_caption
from caseapp.ui.widgets.screen_room import narrow_choice, resize_within_screen

# The events a rule counts from (a rule file's ``trigger``), as the calculator names them; a
# trigger a rule file adds beyond these is shown as written.
TRIGGERS = {
    "appellate_decision": QT_TRANSLATE_NOOP("RuleCalculator", "the appellate decision"),
    "arrest": QT_TRANSLATE_NOOP("RuleCalculator", "the arrest (the actual deprivation of liberty)"),
    "capture": QT_TRANSLATE_NOOP("RuleCalculator", "the capture"),
    "court_delivery": QT_TRANSLATE_NOOP("RuleCalculator", "a document delivered by the Court"),
    "detention_motion_received": QT_TRANSLATE_NOOP("RuleCalculator", "the detention motion received"),
    "detention_order": QT_TRANSLATE_NOOP("RuleCalculator", "the detention order"),
    "detention_order_expiry": QT_TRANSLATE_NOOP("RuleCalculator", "the expiry of the detention order"),
    "echr_communication": QT_TRANSLATE_NOOP("RuleCalculator", "the communication of the application by the ECHR"),
    "echr_judgment": QT_TRANSLATE_NOOP("RuleCalculator", "the Chamber judgment of the ECHR"),
    "ecomms_delivery": QT_TRANSLATE_NOOP("RuleCalculator", "a document delivered through eComms"),
    "final_domestic_decision": QT_TRANSLATE_NOOP("RuleCalculator", "the final domestic decision"),
    "hrc_transmission": QT_TRANSLATE_NOOP("RuleCalculator", "the transmission by the Human Rights Committee"),
    "intervention": QT_TRANSLATE_NOOP("RuleCalculator", "the intervention"),
    "pow_trial": QT_TRANSLATE_NOOP("RuleCalculator", "the opening of the prisoner of war's trial"),
    "rule39_request": QT_TRANSLATE_NOOP("RuleCalculator", "the Rule 39 request"),
    "rule39_site_delivery": QT_TRANSLATE_NOOP("RuleCalculator", "a document delivered on the Rule 39 site"),
    "verdict": QT_TRANSLATE_NOOP("RuleCalculator", "the verdict"),
    "welfare_contact": QT_TRANSLATE_NOOP("RuleCalculator", "the last welfare contact"),
    "wgad_transmission": QT_TRANSLATE_NOOP("RuleCalculator",
                                           "the transmission by the Working Group on Arbitrary Detention"),
}


def trigger_text(trigger: str) -> str:
    known = TRIGGERS.get(trigger)
    return QCoreApplication.translate("RuleCalculator", known) if known else trigger.replace("_", " ")


def due_text(due: date | datetime) -> str:
    """A due day, or a due moment with its zone as the Deadlines view names it
    ("05.12.2026 16:00 Europe/Paris"), in the interface's language."""
    if isinstance(due, datetime) and due.tzinfo is not None:
        return f"{datetime_text(due)} {zone_name(due.tzinfo, due.date())}"
    if isinstance(due, datetime):
        return datetime_text(due)
    return date_text(due)


class RuleCalculator(QDialog):
    """``captives`` is where the captive to add the result to is searched by name (none:
    the calculator only computes)."""

    def __init__(self, rule_set: RuleSet, today: date, captives: CaptiveSource | None,
                 parent: QWidget | None = None, *, captive_id: int | None = None,
                 add: Callable[[int, str, date | datetime, dict[str, int]], object] | None = None):
        super().__init__(parent)
        self.setObjectName("rule_calculator")
        self.setWindowTitle(self.tr("Deadline calculator"))
        self.rule_set, self.today, self._add = rule_set, today, add
        self.results: list[ComputedDeadline] = []

        self.rule = QComboBox(self)
        self.rule.setObjectName("calculator_rule")
        for r in sorted(rule_set, key=lambda r: r.id):
            mark = "" if r.verified else "  ⚠"
            self.rule.addItem(f"{r.id} — {r.text('title')}{mark}", r.id)
        narrow_choice(self.rule, 60)
        self.trigger = QDateEdit(QDate(today.year, today.month, today.day), self)
        self.trigger.setObjectName("calculator_trigger")
        self.trigger.setCalendarPopup(True)
        self.trigger.setDisplayFormat(date_edit_format())
        self.use_time = QCheckBox(self.tr("at"), self)
        self.use_time.setObjectName("calculator_use_time")
        self.time = QTimeEdit(QTime(12, 0), self)
        self.time.setObjectName("calculator_time")
        self.time.setDisplayFormat("HH:mm")
        self.time.setAccessibleName(self.tr("Time of the trigger event"))
        self.zone_label = QLabel(self)
        when = QHBoxLayout()
        when.addWidget(self.trigger)
        when.addWidget(self.use_time)
        when.addWidget(self.time)
        when.addWidget(self.zone_label)
        when.addStretch(1)
        self.trigger_label = QLabel(self)
        self.trigger_label.setWordWrap(True)
        self.params_form = QFormLayout()
        self.params: dict[str, QSpinBox] = {}
        self.result_text = QTextBrowser(self)
        self.result_text.setObjectName("calculator_result")
        self.result_text.setAccessibleName(self.tr("The deadline worked out"))
        self.result_text.setMinimumSize(640, 160)  # gives way to the captive's matches

        self.captive: CaptivePicker | None = None
        adding = QHBoxLayout()  # not a form row: the matches below the field must push
        if add is not None and captives is not None:  # the dialog taller, not overlap
            self.captive = CaptivePicker(captives, self, multi=False, optional=False)
            self.captive.setObjectName("calculator_captive")
            self.captive.set_value(captive_id)
            self.captive.changed.connect(self._can_add)
            caption = QLabel(self.tr("Captive"), self)
            caption.setBuddy(self.captive)
            name_from_caption(self.captive, caption.text())  # its search box too
            adding.addWidget(caption, 0, Qt.AlignmentFlag.AlignTop)
            adding.addWidget(self.captive, 1)
        # made after the captive's field, so that Tab reaches it after choosing the captive
        self.add_button = QPushButton(self.tr("Add to this captive's deadlines"), self)
        self.add_button.setObjectName("calculator_add")
        self.add_button.clicked.connect(self.add_to_captive)
        if self.captive is not None:
            adding.addWidget(self.add_button, 0, Qt.AlignmentFlag.AlignTop)
        else:
            self.add_button.hide()

        form = QFormLayout()
        form.addRow(self.tr("Rule"), self.rule)
        trigger_caption = QLabel(self.tr("Trigger"), self)
        trigger_caption.setBuddy(self.trigger)  # the day read out by its caption
        form.addRow(trigger_caption, when)
        form.addRow("", self.trigger_label)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addLayout(self.params_form)
        layout.addWidget(self.result_text, 1)
        layout.addLayout(adding)
        layout.addWidget(buttons)

        self.rule.currentIndexChanged.connect(lambda _i: self._rule_changed())
        self.trigger.dateChanged.connect(lambda _d: self.recompute())
        self.time.timeChanged.connect(lambda _t: self.recompute())
        self.use_time.toggled.connect(lambda _b: self.recompute())
        self._rule_changed()
        hint = self.sizeHint()
        resize_within_screen(self, hint.width(), max(hint.height(), 560))

    def current_rule(self) -> Rule:
        return self.rule_set.get(self.rule.currentData())

    def set_rule(self, rule_id: str) -> None:
        self.rule.setCurrentIndex(self.rule.findData(rule_id))

    def _rule_changed(self) -> None:
        rule = self.current_rule()
        while self.params_form.rowCount():
            self.params_form.removeRow(0)
        self.params = {}
        for p in rule.parameters:
            box = QSpinBox(self)
            box.setObjectName(f"calculator_param_{p.name}")
            box.setRange(-10000, 10000)
            box.setValue(int(p.default) if p.default is not None else 0)
            box.valueChanged.connect(lambda _v: self.recompute())
            self.params_form.addRow(p.label_in() or p.name, box)
            self.params[p.name] = box
        before: QWidget = self.time  # Tab from the trigger's time to the term, as read
        for box in self.params.values():  # (made after Close, they came after it)
            QWidget.setTabOrder(before, box)
            before = box
        zone = rule.timezone or ""
        self.zone_label.setText(zone)
        self.use_time.setChecked(rule.counts_hours or rule.cutoff is not None)
        self.trigger_label.setText(self.tr("Trigger event: %1").replace(
            "%1", trigger_text(rule.trigger)))
        self.recompute()

    def trigger_value(self) -> date | datetime:
        d = cast(date, self.trigger.date().toPython())  # (the stubs type it as object)
        if not self.use_time.isChecked():
            return d
        rule = self.current_rule()
        zone = ZoneInfo(rule.timezone) if rule.timezone else ZoneInfo("UTC")
        return datetime.combine(d, cast(time, self.time.time().toPython()), zone)

    def _base(self) -> QColor:
        return self.result_text.palette().color(QPalette.ColorRole.Base)

    def parameters(self) -> dict[str, int]:
        return {name: box.value() for name, box in self.params.items()}

    def recompute(self) -> None:
        self.time.setEnabled(self.use_time.isChecked())
        rule = self.current_rule()
        try:
            self.results = compute(self.rule_set, rule.id, self.trigger_value(),
                                   self.parameters(), today=self.today)
        except CaseAppError as exc:
            self.results = []
            self.result_text.setHtml(f"<p style='color:{error_colour(self._base()).name()}'>{escape(str(exc))}</p>")
            self.add_button.setEnabled(False)
            return
        parts = []
        for d in self.results:
            due = due_text(d.due)
            title = self.rule_set.get(d.applied_rule_id).text("title")
            parts.append(f"<h3>{escape(due)} — {escape(title)}</h3>")
            parts.append("<ol>" + "".join(f"<li>{escape(str(s))}</li>" for s in d.steps)
                         + "</ol>")
            # the citation in the interface's language where the rule file gives it
            source = self.tr("Source: %1").replace("%1", d.source_in())
            parts.append(f"<p><small>{escape(source)}</small></p>")
        self.result_text.setHtml("".join(parts))
        self._can_add()

    def chosen_captive(self) -> int | None:
        value = self.captive.value() if self.captive is not None else None
        return value if isinstance(value, int) else None

    def _can_add(self) -> None:
        self.add_button.setEnabled(bool(self.results) and self.chosen_captive() is not None)

    def add_to_captive(self) -> None:
        cid = self.chosen_captive()
        if cid is None or self._add is None:
            return
        try:
            self._add(cid, self.current_rule().id, self.trigger_value(), self.parameters())
        except CaseAppError as exc:
            self.result_text.append(f"<p style='color:{error_colour(self._base()).name()}'>{escape(str(exc))}</p>")
            return
        self.accept()


def open_calculator(ui: UiContext, parent: QWidget, *, captive_id: int | None = None,
                    rule_id: str | None = None) -> None:
    """Show the calculator; the captive to add to is found by name as the user types (the
    given one chosen)."""
    cf = ui.case_file

    def add(cid: int, rid: str, trigger: date | datetime, params: dict[str, int]) -> None:
        # An operation: undoable (Undo deletes the deadlines the rule gave, after asking).
        def write(cf: CaseFile) -> tuple[Any, ...]:  # (on the worker)
            made, snapshots = RuleDeadlinesCommand.add(cf, cid, rid, trigger, params)
            return made, snapshots, captive_display_name(cf, (cid,)), rule_label(cf, made)

        made, snapshots, name, label = ui.ops.run(write).value
        ui.ops.push(cf, RuleDeadlinesCommand(
            QCoreApplication.translate("RuleCalculator", "Add deadline from rule"), name, cid,
            (rid, trigger, dict(params)), made, label, snapshots))
        if hasattr(parent, "message"):
            parent.message.emit(QCoreApplication.translate(
                "RuleCalculator", "Deadline added from rule %1.").replace("%1", rid))

    dialog = RuleCalculator(cf.rule_set, ui.today(), CaptiveSource(
        ui, suggested=[captive_id] if captive_id is not None else []), parent,
        captive_id=captive_id, add=add)
    if rule_id:
        dialog.set_rule(rule_id)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
