"""The main window's views: the sidebar's pages, each view built and wired when first shown,
which view shows (the sidebar, Ctrl+1 … Ctrl+7, a captive's file) and Back / Forward through
the places visited (Alt+Left / Alt+Right).

:class:`WindowViews` is mixed into :class:`caseapp.ui.main_window.MainWindow`; the pages'
titles keep the translation context "MainWindow".
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Protocol, TypeVar, runtime_checkable

from PySide6.QtCore import QCoreApplication, SignalInstance
from PySide6.QtWidgets import QListWidgetItem, QStyle, QWidget

from caseapp.ui.navigation import Place, focus_into, lead_search_to_results
from caseapp.ui.session import UiContext
from caseapp.ui.views.base import View
from caseapp.ui.views.empty_states import install_empty_state

if TYPE_CHECKING:
    from caseapp.ui.views.captives import CaptivesView
    from caseapp.ui.views.dashboard_head import FirstStepsPanel
    from caseapp.ui.window_host import WindowHost as _Host
else:
    _Host = object  # a plain class when the program runs: see caseapp.ui.window_host

ViewT = TypeVar("ViewT", bound=View)


@dataclass(frozen=True)

class Page:
    id: str
    title: str
    factory: Callable[[UiContext], View]
    icon: QStyle.StandardPixmap


def _view(module: str, name: str) -> Callable[[UiContext], View]:
    """A view's class, imported when the view is first built (views import Qt heavily)."""
    def build(ui: UiContext) -> View:
        import importlib

        view_class: Callable[[UiContext], View] = getattr(
            importlib.import_module(f"caseapp.ui.views.{module}"), name)
        return view_class(ui)
    return build


def pages() -> list[Page]:
    """The navigation, in order."""
    return [
        Page("dashboard", translate("MainWindow", "Dashboard"), _view("dashboard", "DashboardView"),
             SP.SP_ComputerIcon),
        Page("deadlines", translate("MainWindow", "Deadlines"), _view("deadlines", "DeadlinesView"),
             SP.SP_MessageBoxWarning),
        Page("captives", translate("MainWindow", "Captives"), _view("captives", "CaptivesView"),
             SP.SP_DirHomeIcon),
        Page("hearings", translate("MainWindow", "Hearings"), _view("hearings", "HearingsView"),
             SP.SP_FileDialogDetailedView),
        Page("contacts", translate("MainWindow", "Contacts & organisations"),
             _view("contacts", "ContactsView"), SP.SP_DriveNetIcon),
        Page("advocacy", translate("MainWindow", "Advocacy log"), _view("advocacy", "AdvocacyView"),
             SP.SP_MessageBoxInformation),
        Page("documents", translate("MainWindow", "Documents"), _view("documents", "DocumentsView"),
             SP.SP_FileIcon),
    ]


translate = QCoreApplication.translate  # lupdate reads every translate("Context", "source") call


SP = QStyle.StandardPixmap


@runtime_checkable
class WithFirstSteps(Protocol):
    """A view with the first-run checklist (the dashboard): each step's button asks for its
    command, and is disabled as that command is."""

    first_step_requested: SignalInstance
    first_steps: FirstStepsPanel


class WindowViews(_Host):
    """Which view shows, how each is built, and Back / Forward."""

    _page_of: dict[str, Page]  # the sidebar's pages of the open file, by id
    _going: bool  # moving through the history: record nothing

    def _add_pages(self) -> None:
        """The sidebar's pages of the file just opened, each view built when first shown."""
        self._page_of = {page.id: page for page in pages()}
        for page in self._page_of.values():
            QListWidgetItem(self.style().standardIcon(page.icon), page.title, self.nav)
        self.sidebar_folding.set_tooltips()  # each name in its tooltip while folded
        self.views.register([*self._page_of, "captive"])

    def _build_view(self, view_id: str) -> View:
        """The view ``view_id`` of the open file, built and wired the first time it is wanted."""
        ui = self.session.ui
        assert ui is not None, "views exist only while a file is open"
        view: View
        if view_id == "captive":
            from caseapp.ui.views.captive_file import CaptiveFileView

            captive_view = CaptiveFileView(ui)
            captive_view.back_requested.connect(lambda: self.show_view("captives"))
            captive_view.deadlines_requested.connect(self.show_captive_deadlines)
            view = captive_view
        else:
            view = self._page_of[view_id].factory(ui)
            if hasattr(view, "delete_captive"):
                view.delete_captive.connect(self.delete_captive)
            if hasattr(view, "deadlines_requested"):
                view.deadlines_requested.connect(self.show_due_deadlines)
            if isinstance(view, WithFirstSteps):
                view.first_step_requested.connect(self._first_step)
                for step in view.first_steps.buttons:  # disabled as their commands are
                    view.first_steps.follow(step, self.actions_by_id[step])
        view.setObjectName(f"view_{view_id}")
        view.open_captive.connect(self.open_captive)
        view.message.connect(lambda text: self.statusBar().showMessage(text, 5000))
        self.stack.addWidget(view)
        lead_search_to_results(view)  # Down or Enter in a search box goes to its results
        install_empty_state(view_id, view, new_captive=self.new_captive)
        return view

    def show_view(self, view_id: str) -> None:
        view = self.views[view_id]
        self.stack.setCurrentWidget(view)
        ids = [p for p in self.views if p != "captive"]
        if view_id in ids:
            self.nav.blockSignals(True)
            self.nav.setCurrentRow(ids.index(view_id))
            self.nav.blockSignals(False)
        self._visited()

    def go_to_view(self, view_id: str) -> None:
        """Ctrl+1 … Ctrl+7: show the view and put the keyboard in it."""
        if view_id in self.views:
            self._reset_filters(self.views[view_id])  # as the sidebar opens it
            self.show_view(view_id)
            self._focus_view()

    @staticmethod
    def _reset_filters(view: QWidget | None) -> None:
        if view is not None and hasattr(view, "reset_filters"):
            view.reset_filters()

    def _focus_view(self) -> None:
        view = self.stack.currentWidget()
        if view is not None:
            focus_into(view)

    def _nav_changed(self, row: int) -> None:
        ids = [p for p in self.views if p != "captive"]
        if 0 <= row < len(ids):
            view = self.views[ids[row]]
            self._reset_filters(view)  # the sidebar opens it unfiltered
            self.stack.setCurrentWidget(view)
            self._visited()

    # -- history (Alt+Left / Alt+Right) --
    def _visited(self) -> None:
        view_id = self.current_view_id()
        if not self._going and view_id:
            captive = getattr(self.views[view_id], "captive_id", None) if view_id == "captive" else None
            self.history.visit(Place(view_id, captive))
        self._update_history_actions()

    def _update_history_actions(self) -> None:
        live = self.case_file is not None and self.pages.currentIndex() == 1
        self.actions_by_id["go_back"].setEnabled(live and self.history.can_go_back())
        self.actions_by_id["go_forward"].setEnabled(live and self.history.can_go_forward())

    def _go(self, place: Place | None) -> None:
        if place is None:
            return
        self._going = True
        try:
            if place.view == "captive" and place.captive_id is not None:
                self.open_captive(place.captive_id)
            elif place.view in self.views:
                self.show_view(place.view)
        finally:
            self._going = False
        self._update_history_actions()
        if self.focusWidget() is None or not self.stack.isAncestorOf(self.focusWidget()):
            self._focus_view()

    def go_back(self) -> None:
        self._go(self.history.back())

    def go_forward(self) -> None:
        self._go(self.history.forward())

    def current_view_id(self) -> str:
        for vid, view in self.views.built().items():
            if view is self.stack.currentWidget():
                return vid
        return ""

    # -- captive actions --
    def typed_view(self, view_id: str, kind: type[ViewT]) -> ViewT | None:
        """The view ``view_id`` of the open file (built if need be), as the ``kind`` it is;
        None when no file is open."""
        view = self.views.get(view_id)
        return view if isinstance(view, kind) else None

    def captives_view(self) -> CaptivesView:
        from caseapp.ui.views.captives import CaptivesView

        view = self.views["captives"]
        assert isinstance(view, CaptivesView)
        return view

    def open_captive(self, captive_id: int) -> None:
        from caseapp.ui.views.captive_file import CaptiveFileView

        view = self.typed_view("captive", CaptiveFileView)
        if view is None:
            return
        view.show_captive(captive_id)
        self.stack.setCurrentWidget(view)
        self.nav.blockSignals(True)
        self.nav.setCurrentRow(list(self.views).index("captives"))
        self.nav.blockSignals(False)
        self._visited()

    # -- reports (the dialogs live in caseapp.ui.dialogs; see caseapp.ui.reports_ui) --
    def current_captive_id(self) -> int | None:
        """The captive whose file is open, or the one selected in the list."""
        if self.current_view_id() == "captive":
            return getattr(self.stack.currentWidget(), "captive_id", None)
        if self.current_view_id() == "captives":
            return self.captives_view().current_captive_id()
        return None
