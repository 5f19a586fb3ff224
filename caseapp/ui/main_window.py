"""The main window: a thin shell of menus, navigation and status bar around the views.

What it does is in the modules mixed into it, by what each does: :mod:`caseapp.ui.window_menus`
(menus, toolbar, which commands are live, Undo / Redo), :mod:`caseapp.ui.window_views` (the
views, which one shows, Back / Forward), :mod:`caseapp.ui.window_file` (opening, showing and
closing the case file), :mod:`caseapp.ui.captive_commands` (the Captive menu) and
:mod:`caseapp.ui.menu_commands` (the commands that open a dialog or a view). Its slots stay
methods of the window, so that each signal is heard on the window's thread and only while it
lives. Every text keeps the translation context "MainWindow".
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from pathlib import Path

from PySide6.QtCore import QByteArray, QCoreApplication, QSettings, Qt, Signal
from PySide6.QtGui import QCloseEvent, QUndoStack
from PySide6.QtWidgets import (
    QLabel,
    QMainWindow,
    QMenu,
    QMessageBox,
    QProgressBar,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from caseapp.domain.errors import CaseAppError
from caseapp.services.casefile import CaseFile
from caseapp.ui import file_actions, language, read_only_state, support, team_connect, travel_actions
from caseapp.ui import settings as keys
from caseapp.ui.actions import VIEWS, build_actions, view_action_id
from caseapp.ui.autobackup import AutoBackup
from caseapp.ui.backup_banner import BackupBanner
from caseapp.ui.captive_commands import CaptiveCommands
from caseapp.ui.clipboard import clear_sensitive
from caseapp.ui.collector import collect_on_ui_thread
from caseapp.ui.connection_banner import ConnectionBanner
from caseapp.ui.literal_text import literal
from caseapp.ui.lock_page import padlock_icon
from caseapp.ui.locker import Locker
from caseapp.ui.login_lost import close_for_login
from caseapp.ui.menu_commands import MenuCommands
from caseapp.ui.navigation import History, LazyViews, ViewStack
from caseapp.ui.notifier import Notifier, ReminderBanner
from caseapp.ui.opener import OpenFn
from caseapp.ui.panic import EmergencyExit
from caseapp.ui.reading_guard import QUIT, readings_may_stop
from caseapp.ui.session import CaseFileSession, UiContext
from caseapp.ui.sidebar import SidebarFolding, make_sidebar
from caseapp.ui.signals import ChangesBus
from caseapp.ui.views.base import View
from caseapp.ui.views.welcome import WelcomePage
from caseapp.ui.widgets.elided_label import ElidedLabel
from caseapp.ui.widgets.screen_room import resize_within_screen
from caseapp.ui.widgets.status_bar import StatusBar
from caseapp.ui.window_file import WindowFile
from caseapp.ui.window_menus import WindowMenus
from caseapp.ui.window_views import Page, WindowViews
from caseapp.ui.worker import Runner


class MainWindow(WindowMenus, WindowViews, WindowFile, CaptiveCommands, MenuCommands,
                 QMainWindow):
    # The full integrity check, run after the open (CaseFile.check_in_background), found
    # damage: (the case file checked, the CaseFileError). Emitted from the check's thread.
    full_check_failed = Signal(object, object)

    def __init__(self, settings: QSettings, open_fn: OpenFn, *, demo_builder: Callable[[Path], None],
                 demo_path: Path):
        super().__init__()
        self.setObjectName("MainWindow")
        self.setWindowTitle(self.tr("CaseApp"))
        self.settings = settings
        self.open_fn = open_fn
        self.demo_builder = demo_builder
        self.demo_path = demo_path
        self.views = LazyViews(self._build_view)  # each view built when first shown
        self._page_of: dict[str, Page] = {}  # the sidebar's pages of the open file, by id
        self._place: tuple[str, int | None] = ("", None)  # the view shown when the file closed
        self.history = History()  # Alt+Left / Alt+Right (caseapp.ui.navigation)
        self._history_file = ""  # the case file the history is of
        self._going = False  # moving through the history: record nothing
        self.session = CaseFileSession(settings, open_fn, self)
        self.session.idle.hold()  # the auto-lock's input filter once the first view shows
        self.session.ops.dialog_parent = self
        app = QCoreApplication.instance()
        assert app is not None, "a window needs the application"
        self.collector = collect_on_ui_thread(app)
        self.runner.busy.connect(self._busy)
        self.runner.failed.connect(lambda exc: self.report(exc))
        self.session.ops.worker.busy.connect(self._busy)
        self.session.ops.worker.failed.connect(lambda exc: self.report(exc))
        self.session.message.connect(self._message)

        self.actions_by_id = build_actions(self, {
            "new_file": lambda: file_actions.new_file(self),
            "open_file": lambda: file_actions.open_file(self),
            "connect_server": lambda: team_connect.connect(self),
            "import_json": lambda: file_actions.import_json(self),
            "import_sheet": self.import_sheet, "export_sheet": self.export_sheet,
            "export_json": lambda: file_actions.export_json(self), "quit": self.close,
            "undo": self.undo_last, "redo": self.redo_next,
            "find": self.find_captive, "new_captive": self.new_captive, "open_captive": self.open_selected,
            "delete_captive": self.delete_selected, "merge_captives": self.merge_selected,
            "likely_duplicates": self.likely_duplicates, "refresh": self.refresh, "about": self.about,
            "export_calendar": self.export_calendar, "rule_calculator": self.rule_calculator,
            "deadline_settings": self.deadline_settings, "daily_log": self.daily_log,
            "dossier": self.dossier, "status_report": self.status_report, "letter": self.letter,
            "letter_templates": self.letter_templates,
            "lawyer_details": self.lawyer_details, "filing": self.filing,
            "lock": lambda: self.locker.lock(),
            "change_passphrase": lambda: file_actions.change_passphrase(self),
            "recovery_setup": lambda: file_actions.set_up_recovery(self),
            "recovery_unlock": lambda: file_actions.recover_passphrase(self),
            "backups": lambda: file_actions.show_backups(self),
            "security_settings": lambda: file_actions.security_settings(self),
            "panic": lambda: self.emergency.panic(),
            "emergency_settings": lambda: travel_actions.emergency_settings(self, self.settings),
            "travel_copy": lambda: travel_actions.make_travel_copy(self),
            "travel_merge": lambda: travel_actions.merge_travel_copy(self),
            "travel_destroy": lambda: travel_actions.destroy_travel_copy(self),
            "exposure_report": lambda: travel_actions.exposure_report(self),
            "language": lambda: language.choose_language(self),
            "open_log_folder": lambda: support.open_log_folder(self),
            "open_demo": lambda: file_actions.open_demo(self), "close_file": self.close_file,
            "go_back": self.go_back, "go_forward": self.go_forward,
            "help_guide": self.help_guide, "shortcuts": self.show_shortcuts,
            **{view_action_id(vid): partial(self.go_to_view, vid) for vid, _text in VIEWS},
        }, report=self.report)
        # The padlock the status bar shows, not a "close" cross, for Lock.
        self.actions_by_id["lock"].setIcon(padlock_icon(self.palette().windowText().color()))
        self._build_menus()

        self.welcome = WelcomePage(self)
        self.welcome.create_requested.connect(lambda: file_actions.new_file(self))
        self.welcome.open_requested.connect(lambda: file_actions.open_file(self))
        self.welcome.demo_requested.connect(lambda: file_actions.open_demo(self))
        self.welcome.server_requested.connect(lambda: team_connect.connect(self))
        self.welcome.recent_requested.connect(lambda p: self.open_path(Path(p)))
        # the banners made before the list of views, as Tab goes: they are read first, over
        # it (Tab from the list went up to the reminders before the view chosen)
        self.banner = ReminderBanner(self)
        self.banner.show_requested.connect(self.show_due_deadlines)
        self.banner.hearings_requested.connect(self.show_hearings)
        self.banner.attention_requested.connect(self.show_attention)
        self.notifier = Notifier(self, self.banner)
        self.session.reminders_due.connect(self.notifier.check)
        self.connection_banner = ConnectionBanner(self)  # team server: connection lost
        self.session.connection_changed.connect(self._connection_changed)
        self.session.login_lost.connect(self._login_lost)  # a method: heard on this thread
        self.read_only_banner = read_only_state.ReadOnlyBanner(self)  # a read-only disk or folder
        self.backup_banner = BackupBanner(self)  # the daily backup failing
        self.nav = make_sidebar(self)
        self.nav.setAccessibleName(self.tr("Parts of the case file"))  # read out, not "list"
        self.nav.setAccessibleDescription(self.tr("Choose one with the arrow keys to show it."))
        self.nav.currentRowChanged.connect(self._nav_changed)
        # A click on the view already shown opens it unfiltered too (the chip's other way out).
        self.nav.itemClicked.connect(lambda _item: self._reset_filters(self.stack.currentWidget()))
        self.stack = ViewStack(self)  # each view scrolls when the screen is small
        self.splitter = QSplitter(self)
        self.splitter.addWidget(self.nav)
        self.splitter.addWidget(self.stack)
        self.splitter.setStretchFactor(1, 1)
        # folded to its icons in a narrow window; View → Names of the Case File's Parts, before Back
        self.sidebar_folding = SidebarFolding(self, self.nav, self.splitter, self.settings)
        view_menu = next(m for m in self.actions_by_id["go_back"].associatedObjects()
                         if isinstance(m, QMenu))
        view_menu.insertAction(self.actions_by_id["go_back"], self.sidebar_folding.action)
        view_menu.insertSeparator(self.actions_by_id["go_back"])
        workspace = QWidget(self)
        column = QVBoxLayout(workspace)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addWidget(self.banner)
        column.addWidget(self.connection_banner)
        column.addWidget(self.read_only_banner)
        column.addWidget(self.backup_banner)
        column.addWidget(self.splitter, 1)
        self.pages = QStackedWidget(self)
        self.pages.addWidget(self.welcome)
        self.pages.addWidget(workspace)
        self.setCentralWidget(self.pages)
        self.autobackup = AutoBackup(self.session, self, self.backup_banner)  # on ``closing``: first
        self.backup_banner.backups_requested.connect(self._backups_from_banner)
        self.session.opened.connect(self._opened)
        self.session.closing.connect(self._closing)
        self.session.closed.connect(self._closed)
        self.session.unlocked.connect(self._unlocked)
        self.locker = Locker(self.session, self, self.pages)  # adds the lock page to ``pages``
        self.emergency = EmergencyExit(self, self.session, self.locker)  # panic, wipe
        self.locker.open_requested.connect(lambda path, secret: self.open_path(path, passphrase=secret))
        self.locker.left_closed.connect(lambda: self._set_workspace_enabled(False))
        self.locker.reminders_waiting.connect(self.notifier.tell_locked)
        self.session.ops.history_changed.connect(self._history_changed)
        self.full_check_failed.connect(self._full_check_failed)

        self.setStatusBar(StatusBar(self))  # a long message ends in "…" before the file's name
        self.busy_bar = QProgressBar(self)
        self.busy_bar.setRange(0, 0)
        self.busy_bar.setMaximumWidth(140)
        self.busy_bar.hide()
        self.lock_icon = QLabel(self)  # drawn, not a glyph the font may lack
        self.lock_icon.setObjectName("encrypted_icon")
        self.lock_icon.setPixmap(padlock_icon(self.palette().windowText().color()).pixmap(16, 16))
        self.lock_icon.setToolTip(self.tr("This case file is encrypted with a passphrase."))
        self.lock_icon.hide()
        # a long path (a deep folder, a team server's URL) is cut in its middle, whole in
        # its tooltip: it neither widens the window past a small screen nor squeezes the notices
        self.file_label = ElidedLabel(self, mode=Qt.TextElideMode.ElideMiddle, widest=48)
        self.file_label.setObjectName("file_label")
        self.statusBar().addPermanentWidget(self.lock_icon)
        self.statusBar().addPermanentWidget(self.file_label)
        self.login_label = QLabel(self)
        self.login_label.setObjectName("login_label")
        self.statusBar().addPermanentWidget(self.login_label)
        self.statusBar().addPermanentWidget(self.busy_bar)
        self._restore_geometry()
        self._set_workspace_enabled(False)

    # -- the open case file (owned by the session; the window follows its signals) --
    @property
    def case_file(self) -> CaseFile | None:
        return self.session.case_file

    @property
    def ui(self) -> UiContext | None:
        return self.session.ui

    @property
    def runner(self) -> Runner:
        return self.session.runner

    @property
    def bus(self) -> ChangesBus:
        return self.session.bus

    @property
    def undo(self) -> QUndoStack:
        return self.session.undo_stack


    def _connection_changed(self, connected: bool, reason: str, refused: bool) -> None:
        self.connection_banner.set_state(connected, reason, refused=refused)
        if connected and self.session.case_file is not None:  # what changed meanwhile
            self.refresh()
            self.statusBar().showMessage(self.tr("Connected to the team server again."), 5000)

    def _login_lost(self, gone: bool) -> None:
        close_for_login(self, self.session, gone)

    def _message(self, text: str) -> None:
        if text:
            self.statusBar().showMessage(text, 8000)
        else:
            self.statusBar().clearMessage()

    def refresh(self) -> None:
        view = self.stack.currentWidget()
        if isinstance(view, View):
            view.reload()
        for other in self.views.built().values():
            if other is not view:
                other._stale = True


    def report(self, exc: BaseException) -> None:
        if isinstance(exc, CaseAppError):
            QMessageBox.warning(self, self.tr("CaseApp"), literal(str(exc)))
        else:
            QMessageBox.critical(self, self.tr("CaseApp"),
                                 self.tr("Something went wrong: %1").replace("%1", repr(exc)))

    def _busy(self, busy: bool) -> None:
        self.busy_bar.setVisible(busy)
        if busy:
            QWidget.setCursor(self, Qt.CursorShape.BusyCursor)
        else:
            QWidget.unsetCursor(self)

    # -- window state --
    def _restore_geometry(self) -> None:
        geometry = self.settings.value(keys.GEOMETRY)
        if isinstance(geometry, QByteArray):
            self.restoreGeometry(geometry)
        else:
            resize_within_screen(self, 1280, 800)
        state = self.settings.value(keys.STATE)
        if isinstance(state, QByteArray):
            self.restoreState(state)
        splitter = self.settings.value(keys.SPLITTER)
        if isinstance(splitter, QByteArray):
            self.splitter.restoreState(splitter)
        else:
            self.splitter.setSizes([240, 1080])

    def _backups_from_banner(self) -> None:
        """Backups… of the failed-backup banner: the list, then the daily check again (a
        backup made there hides the banner; one failing again keeps it, with its reason)."""
        file_actions.show_backups(self)
        self.autobackup.check()

    def closeEvent(self, event: QCloseEvent) -> None:
        if not readings_may_stop(self, QUIT):
            event.ignore()
            return
        self.settings.setValue(keys.GEOMETRY, self.saveGeometry())
        self.settings.setValue(keys.STATE, self.saveState())
        self.settings.setValue(keys.SPLITTER, self.splitter.saveState())
        if self.views:
            current = self.current_view_id()
            self.settings.setValue(keys.LAST_VIEW, "captives" if current == "captive" else current)
        self.notifier.start(None)
        self.session.shutdown()
        clear_sensitive()
        super().closeEvent(event)
