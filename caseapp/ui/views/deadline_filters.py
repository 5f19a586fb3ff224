"""The deadlines list's filters and its summary: which deadlines show (open, a group of
them, all; the history; a captive, a body, a rule; the search), the body and rule choices
made from the rows read, the count of those shown and the open ones by when they fall due.

A mixin of :class:`~caseapp.ui.views.deadlines.DeadlinesView`: it uses the view's filter
widgets, rows and table; its texts keep the view's translation context, "DeadlinesView"."""

from __future__ import annotations

from collections.abc import Callable
from html import escape
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QCheckBox, QComboBox, QLabel, QLineEdit, QTableView

from caseapp.services.deadline_rows import DeadlineRow, Group
from caseapp.ui.i18n import plural
from caseapp.ui.views.base import ViewMixedInto
from caseapp.ui.views.deadline_chip import FilterChip
from caseapp.ui.views.deadline_columns import group_colour, group_label
from caseapp.ui.views.deadline_details import hard_colour
from caseapp.ui.views.formatters import count_text
from caseapp.ui.views.tables import RecordFilterProxy

translate = QCoreApplication.translate  # lupdate reads every translate("Context", "source") call

OPEN = "@open"  # the default filter: open and not snoozed
ALL = "@all"

SUMMARY_GROUPS = (Group.OVERDUE, Group.TODAY, Group.THIS_WEEK, Group.LATER)



class DeadlineFilters(ViewMixedInto):
    """Which of the view's rows show, and what is said of them (see the module docstring)."""

    if TYPE_CHECKING:  # provided by the view
        rows: list[DeadlineRow]
        captive_filter: int | None
        chip: FilterChip
        search: QLineEdit
        group: QComboBox
        history: QCheckBox
        body: QComboBox
        rule: QComboBox
        count: QLabel
        summary: QLabel
        proxy: RecordFilterProxy
        table: QTableView

        def body_text(self, r: DeadlineRow) -> str: ...

        def _fit_columns(self) -> None: ...

        def _show_details(self) -> None: ...

    def _fill_choices(self) -> None:
        rule_set = self.ui.case_file.rule_set if self.ui.case_file is not None else None
        rule_ids = sorted({r.deadline.rule_id for r in self.rows if r.deadline.rule_id})
        for combo, everything, values in (
                (self.body, translate("DeadlinesView", "All bodies"),
                 sorted({(self.body_text(r), r.body) for r in self.rows if r.body})),
                (self.rule, translate("DeadlinesView", "All rules"),
                 [(rule_set.get(x).text("title") if rule_set is not None and x in rule_set
                   else x, x)
                  for x in rule_ids])):
            chosen = combo.currentData()
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(everything, None)
            for text, value in values:
                combo.addItem(text, value)
                if combo is self.rule:  # the rule's id, as its file names it; a body's stored
                    # value is the English of its name, never shown
                    combo.setItemData(combo.count() - 1, value, Qt.ItemDataRole.ToolTipRole)
            combo.setCurrentIndex(max(0, combo.findData(chosen)))
            combo.blockSignals(False)

    # -- filtering --
    def set_group_filter(self, choice: str) -> None:
        self.group.setCurrentIndex(max(0, self.group.findData(choice)))

    def set_captive_filter(self, captive_id: int | None, name: str = "") -> None:
        """Show one captive's deadlines (None: everyone's), as a chip the lawyer can remove."""
        self.captive_filter = captive_id
        if captive_id is None:
            self.chip.hide()
        else:
            self.chip.show_filter(translate("DeadlinesView", "Captive: %1").replace("%1", name or str(captive_id)),
                                  translate("DeadlinesView", "Show everyone's deadlines"))
        self._fit_columns()
        self._apply_filter()

    def reset_filters(self) -> None:
        """Everyone's open deadlines, no search: how the sidebar opens the view."""
        for combo in (self.group, self.body, self.rule):
            combo.blockSignals(True)
            combo.setCurrentIndex(0)
            combo.blockSignals(False)
        self.history.blockSignals(True)
        self.history.setChecked(False)
        self.history.blockSignals(False)
        self.search.blockSignals(True)
        self.search.clear()
        self.search.blockSignals(False)
        self.set_captive_filter(None)

    def _scope(self) -> Callable[[DeadlineRow], bool]:
        """Whether the captive, body and rule filters keep a row (the summary counts these)."""
        body, rule, captive = self.body.currentData(), self.rule.currentData(), self.captive_filter

        def in_scope(r: DeadlineRow) -> bool:
            if body is not None and r.body != body:
                return False
            if rule is not None and r.deadline.rule_id != rule:
                return False
            return captive is None or r.deadline.captive_id == captive
        return in_scope

    def _apply_filter(self) -> None:
        group, history = self.group.currentData(), self.history.isChecked()
        in_scope = self._scope()

        def wanted(r: DeadlineRow) -> bool:
            if r.group is Group.CLOSED and history:
                pass
            elif group == OPEN and r.group in (Group.SNOOZED, Group.CLOSED):
                return False
            elif group not in (OPEN, ALL) and r.group.value != group:
                return False
            return in_scope(r)

        self.proxy.set_predicate(wanted)
        self.proxy.set_text(self.search.text())
        if not self.table.currentIndex().isValid() and self.proxy.rowCount():
            self.table.selectRow(0)
        shown = self.proxy.rowCount()
        total = len(self.rows)
        self.count.setText(count_text(shown, total, plural(
            translate("DeadlinesView", "%Ln deadline(s)", "", total), total)))
        self._show_summary()
        self._show_details()

    def _show_summary(self) -> None:
        """The open deadlines by when they fall due, of the captive, body and rule chosen."""
        in_scope = self._scope()
        scoped = [r for r in self.rows if in_scope(r)]
        counts = {g: sum(1 for r in scoped if r.group is g) for g in SUMMARY_GROUPS}
        parts = [f"<span style='color:{group_colour(g) or 'inherit'}'><b>{counts[g]}</b> "
                 f"{escape(group_label(g).lower())}</span>" for g in SUMMARY_GROUPS]
        hard = sum(1 for r in scoped if r.deadline.hard and r.group is not Group.CLOSED)
        if hard:
            open_hard = plural(translate("DeadlinesView", "%Ln hard deadline(s) open", "", hard), hard)
            parts.insert(0, f"<span style='color:{hard_colour()}'>{escape(open_hard)}</span>")
        self.summary.setText(" &nbsp;·&nbsp; ".join(parts))
