"""What the Deadlines view says while it lists nothing: where deadlines come from (a new
case file), or that those closed or snoozed are hidden, with a button that shows them (a first
detention order typed in from an order long expired gives deadlines closed at once: the view
said "0 of 4" over an empty table)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QCheckBox, QTableView

from caseapp.ui.views.layout import EmptyMessage, EmptyState

translate = QCoreApplication.translate  # lupdate reads every translate("Context", "source") call


class DeadlinesView(Protocol):
    """What this uses of :class:`caseapp.ui.views.deadlines.DeadlinesView` (imported from
    here, so no import goes back)."""

    @property
    def rows(self) -> Sequence[object]: ...
    @property
    def table(self) -> QTableView: ...
    @property
    def history(self) -> QCheckBox: ...
    def add_by_hand(self) -> None: ...
    def reset_filters(self) -> None: ...
    def set_group_filter(self, choice: str) -> None: ...


def install_empty_state(view: DeadlinesView, *, everything: str) -> EmptyState:
    """``everything``: the view's choice of all deadlines, whatever their group."""
    def state() -> EmptyMessage:
        if not view.rows:
            return EmptyMessage(translate(
                "DeadlinesView", "No deadlines yet. CaseApp computes them from what you record "
                "in a captive's file (a detention order, a hearing, a filing with the ECHR or the "
                "UN) and reminds you of each; one that no rule computes can be added by hand."),
                translate("DeadlinesView", "Add by hand…"), view.add_by_hand)
        return EmptyMessage(translate(
            "DeadlinesView", "No deadline matches what is chosen. Deadlines done, dismissed or "
            "snoozed are listed only when you ask for them."),
            translate("DeadlinesView", "Show all deadlines, history included"),
            lambda: show_everything(view, everything))
    return EmptyState(view.table, state, after_first_reset=True)


def show_everything(view: DeadlinesView, everything: str) -> None:
    """Every deadline of everyone, closed and snoozed ones too, no search."""
    view.reset_filters()
    view.set_group_filter(everything)
    view.history.setChecked(True)
