"""The empty states of the captives list, the deadlines and the documents (views whose own
modules other work owns): installed by the main window over their tables, from here."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, cast

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QLineEdit, QWidget

from caseapp.ui.views.layout import EmptyMessage, EmptyState

if TYPE_CHECKING:  # (not imported here when the program runs: the documents view's module
    # brings the services and SQLAlchemy, which the window's start leaves for later)
    from caseapp.ui.views.captives import CaptivesView
    from caseapp.ui.views.deadlines import DeadlinesView
    from caseapp.ui.views.documents import DocumentsView

translate = QCoreApplication.translate  # lupdate reads every translate("Context", "source") call


def install_empty_state(view_id: str, view: QWidget, *,
                        new_captive: Callable[[], object]) -> EmptyState | None:
    """The empty state of view ``view_id`` (None for a view that has its own or none)."""
    if view_id == "captives":
        return _captives(cast("CaptivesView", view), new_captive)
    if view_id == "documents":
        return _documents(cast("DocumentsView", view))
    if view_id == "deadlines":
        return _deadlines(cast("DeadlinesView", view))
    return None


def _show_all(search: QLineEdit, choice: QComboBox) -> Callable[[], None]:
    def clear() -> None:
        search.clear()
        choice.setCurrentIndex(0)
    return clear


def _captives(view: CaptivesView, new_captive: Callable[[], object]) -> EmptyState:
    def state() -> EmptyMessage:
        if view.model.total == 0:
            return EmptyMessage(translate("EmptyStates", "No captives are recorded yet. Add the first with every "
                                   "spelling of the name you know, in any script: the search "
                                   "finds a captive by any of them.") + " " + translate(
                "EmptyStates", "A list you keep in a spreadsheet comes in with File → Import "
                "Spreadsheet… (every row is previewed before anything is written)."),
                                translate("EmptyStates", "Add a captive…"), new_captive)
        return EmptyMessage(translate("EmptyStates", "No captive matches the search and the status chosen."),
                            translate("EmptyStates", "Show all captives"), _show_all(view.search, view.status))
    return EmptyState(view.table, state, after_first_reset=True)


def _documents(view: DocumentsView) -> EmptyState:
    def state() -> EmptyMessage:
        if view.model.rowCount() == 0:
            return EmptyMessage(translate("EmptyStates", "No documents are kept yet. Add orders, letters and photos "
                                   "from a captive's file, on its Documents tab: each is kept "
                                   "inside the case file, with its SHA-256."))
        return EmptyMessage(translate("EmptyStates", "No document matches the search and the reliability chosen."),
                            translate("EmptyStates", "Show all documents"),
                            _show_all(view.search, view.reliability))
    return EmptyState(view.table, state, after_first_reset=True)


def _deadlines(view: DeadlinesView) -> EmptyState:
    def show_all() -> None:
        from caseapp.ui.views.deadline_filters import ALL  # loaded with the view already

        view.set_group_filter(ALL)
        view.history.setChecked(True)

    def state() -> EmptyMessage:
        if view.model.rowCount() == 0:
            return EmptyMessage(translate("EmptyStates", "No deadlines yet. CaseApp computes them as you record "
                                   "detention orders, hearings and decisions in a captive's file, "
                                   "each with its rule and source; a deadline no rule gives can be "
                                   "added by hand."),
                                translate("EmptyStates", "Add a deadline by hand…"), view.add_by_hand)
        filtered = bool(view.search.text()) or view.captive_filter is not None \
            or view.body.currentIndex() > 0 or view.rule.currentIndex() > 0
        if filtered:
            return EmptyMessage(translate("EmptyStates", "No deadline matches the search and the filters chosen."),
                                translate("EmptyStates", "Show everyone's open deadlines"), view.reset_filters)
        return EmptyMessage(translate("EmptyStates", "No deadline is open: every one is done, dismissed or "
                                                     "snoozed."),
                            translate("EmptyStates", "Show all deadlines"), show_all)
    return EmptyState(view.table, state, after_first_reset=True)
