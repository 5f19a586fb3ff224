"""What the main window's mixins rely on of the window they are mixed into, for mypy.

:class:`caseapp.ui.main_window.MainWindow` is made of :class:`~caseapp.ui.window_menus.WindowMenus`,
:class:`~caseapp.ui.window_views.WindowViews`, :class:`~caseapp.ui.window_file.WindowFile`,
:class:`~caseapp.ui.captive_commands.CaptiveCommands` and
:class:`~caseapp.ui.menu_commands.MenuCommands` over a ``QMainWindow``. Each of them uses the
window's parts (made in ``MainWindow.__init__``) and the others' methods. Only the type
checker sees :class:`WindowHost`: each mixin names it as its base under ``TYPE_CHECKING``
and is a plain class when the program runs, so nothing here changes what the window does.
mypy checks that ``MainWindow`` builds each part with the type declared here and that every
method declared here is the one a mixin (or the window) defines, with the same signature.

Imported only under ``TYPE_CHECKING``; it imports none of the mixins.
"""

from __future__ import annotations

from abc import abstractmethod
from collections.abc import Callable
from pathlib import Path
from typing import ClassVar, TypeVar

from PySide6.QtCore import QSettings, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QLabel, QListWidget, QMainWindow, QStackedWidget

from caseapp.services.casefile import CaseFile
from caseapp.ui.connection_banner import ConnectionBanner
from caseapp.ui.locker import Locker
from caseapp.ui.navigation import History, LazyViews, ViewStack
from caseapp.ui.notifier import Notifier, ReminderBanner
from caseapp.ui.opener import OpenFn
from caseapp.ui.panic import EmergencyExit
from caseapp.ui.read_only_state import ReadOnlyBanner
from caseapp.ui.session import CaseFileSession, UiContext
from caseapp.ui.sidebar import SidebarFolding
from caseapp.ui.views.base import View
from caseapp.ui.views.captives import CaptivesView
from caseapp.ui.views.welcome import WelcomePage
from caseapp.ui.worker import Runner

ViewT = TypeVar("ViewT", bound=View)


class WindowHost(QMainWindow):
    """The main window as its mixins see it: its parts, and the methods one part calls on
    another."""

    # -- made by MainWindow.__init__ --
    settings: QSettings
    open_fn: OpenFn
    demo_builder: Callable[[Path], None]
    demo_path: Path
    session: CaseFileSession
    views: LazyViews[View]
    history: History
    actions_by_id: dict[str, QAction]
    welcome: WelcomePage
    banner: ReminderBanner
    notifier: Notifier
    connection_banner: ConnectionBanner
    read_only_banner: ReadOnlyBanner
    nav: QListWidget
    sidebar_folding: SidebarFolding
    stack: ViewStack
    pages: QStackedWidget
    emergency: EmergencyExit
    locker: Locker
    lock_icon: QLabel
    file_label: QLabel
    login_label: QLabel
    full_check_failed: ClassVar[Signal]

    # -- MainWindow's own --
    @property
    @abstractmethod
    def case_file(self) -> CaseFile | None: ...

    @property
    @abstractmethod
    def ui(self) -> UiContext | None: ...

    @property
    @abstractmethod
    def runner(self) -> Runner: ...

    @abstractmethod
    def refresh(self) -> None: ...

    @abstractmethod
    def report(self, exc: BaseException) -> None: ...

    # -- WindowViews --
    @abstractmethod
    def _add_pages(self) -> None: ...

    @abstractmethod
    def show_view(self, view_id: str) -> None: ...

    @abstractmethod
    def current_view_id(self) -> str: ...

    @abstractmethod
    def current_captive_id(self) -> int | None: ...

    @abstractmethod
    def typed_view(self, view_id: str, kind: type[ViewT]) -> ViewT | None: ...

    @abstractmethod
    def captives_view(self) -> CaptivesView: ...

    @abstractmethod
    def open_captive(self, captive_id: int) -> None: ...

    @abstractmethod
    def _update_history_actions(self) -> None: ...

    # -- WindowFile --
    @abstractmethod
    def open_path(self, path: Path, *, create: bool = False, passphrase: str | None = None) -> bool: ...

    # -- WindowMenus --
    @abstractmethod
    def _set_workspace_enabled(self, enabled: bool) -> None: ...

    @abstractmethod
    def _history_changed(self) -> None: ...

    @abstractmethod
    def _first_step(self, action_id: str) -> None: ...

    # -- CaptiveCommands --
    @abstractmethod
    def new_captive(self) -> None: ...

    @abstractmethod
    def delete_captive(self, captive_id: int) -> None: ...

    @abstractmethod
    def likely_duplicates(self) -> None: ...

    # -- MenuCommands --
    @abstractmethod
    def show_due_deadlines(self) -> None: ...

    def show_hearings(self) -> None: ...

    @abstractmethod
    def show_captive_deadlines(self, captive_id: int, name: str) -> None: ...
