"""The main window: a thin shell of menus, navigation and status bar around the views."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QByteArray, QCoreApplication, QSettings, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QUndoStack
from PySide6.QtWidgets import (
    QLabel,
    QListWidgetItem,
    QMainWindow,
    QMenu,
    QMessageBox,
    QProgressBar,
    QSplitter,
    QStackedWidget,
    QStyle,
    QToolBar,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from caseapp.config import current_actor
from caseapp.domain.errors import CaseAppError, CaseFileError
from caseapp.services.casefile import CaseFile, file_kind
from caseapp.ui import file_actions, language, read_only_state, support, team_connect, travel_actions
from caseapp.ui import settings as keys
from caseapp.ui.actions import ACTIONS, MENUS, VIEWS, build_actions, tr, view_action_id
from caseapp.ui.autobackup import AutoBackup
from caseapp.ui.clipboard import clear_sensitive
from caseapp.ui.collector import collect_on_ui_thread
from caseapp.ui.connection_banner import ConnectionBanner
from caseapp.ui.dialogs.travel import window_title
from caseapp.ui.i18n import plural
from caseapp.ui.locker import Locker, padlock_icon
from caseapp.ui.login_lost import close_for_login
from caseapp.ui.navigation import (
    History,
    LazyViews,
    Place,
    ViewStack,
    focus_into,
    lead_search_to_results,
)
from caseapp.ui.notifier import Notifier, ReminderBanner
from caseapp.ui.opener import OpenFn, cannot_open, open_interactively
from caseapp.ui.ops import captive_display_name
from caseapp.ui.panic import EmergencyExit
from caseapp.ui.reports_ui import REPORT_ACTIONS
from caseapp.ui.session import CaseFileSession, UiContext
from caseapp.ui.sidebar import make_sidebar
from caseapp.ui.signals import ChangesBus
from caseapp.ui.views.base import View
from caseapp.ui.views.empty_states import install_empty_state
from caseapp.ui.views.welcome import WelcomePage
from caseapp.ui.widgets.elided_label import ElidedLabel
from caseapp.ui.widgets.screen_room import resize_within_screen
from caseapp.ui.widgets.status_bar import StatusBar
from caseapp.ui.widgets.status_notice import show_notice
from caseapp.ui.worker import Runner

# How long after the first view's rows arrive the open's background work starts: their
# paint comes first.
AFTER_FIRST_VIEW_MS = 100
# The auto-lock hears input once the first view shows (the session's IdleWatcher.hold), and
# at the latest this long after the open, were the first view to wait behind other work.
FILTER_AT_LATEST_MS = 3000


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


class MainWindow(QMainWindow):
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
        self.collector = collect_on_ui_thread(QCoreApplication.instance())
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
            "find": self.find, "new_captive": self.new_captive, "open_captive": self.open_selected,
            "delete_captive": self.delete_selected, "merge_captives": self.merge_selected,
            "likely_duplicates": self.likely_duplicates, "refresh": self.refresh, "about": self.about,
            "export_calendar": self.export_calendar, "rule_calculator": self.rule_calculator,
            "deadline_settings": self.deadline_settings, "daily_log": self.daily_log,
            "dossier": self.dossier, "status_report": self.status_report, "letter": self.letter,
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
            **{view_action_id(vid): (lambda v=vid: self.go_to_view(v)) for vid, _text in VIEWS},
        }, report=self.report)
        # The padlock the status bar shows, not a "close" cross, for Lock.
        self.actions_by_id["lock"].setIcon(padlock_icon(self.palette().windowText().color()))
        self._build_menus()

        self.welcome = WelcomePage(self)
        self.welcome.create_requested.connect(lambda: file_actions.new_file(self))
        self.welcome.open_requested.connect(lambda: file_actions.open_file(self))
        self.welcome.demo_requested.connect(lambda: file_actions.open_demo(self))
        self.welcome.recent_requested.connect(lambda p: self.open_path(Path(p)))
        # the banners made before the list of views, as Tab goes: they are read first, over
        # it (Tab from the list went up to the reminders before the view chosen)
        self.banner = ReminderBanner(self)
        self.banner.show_requested.connect(self.show_due_deadlines)
        self.banner.attention_requested.connect(self.show_attention)
        self.notifier = Notifier(self, self.banner)
        self.session.reminders_due.connect(self.notifier.check)
        self.connection_banner = ConnectionBanner(self)  # team server: connection lost
        self.session.connection_changed.connect(self._connection_changed)
        self.session.login_lost.connect(self._login_lost)  # a method: heard on this thread
        self.read_only_banner = read_only_state.ReadOnlyBanner(self)  # a read-only disk or folder
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
        workspace = QWidget(self)
        column = QVBoxLayout(workspace)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addWidget(self.banner)
        column.addWidget(self.connection_banner)
        column.addWidget(self.read_only_banner)
        column.addWidget(self.splitter, 1)
        self.pages = QStackedWidget(self)
        self.pages.addWidget(self.welcome)
        self.pages.addWidget(workspace)
        self.setCentralWidget(self.pages)
        self.autobackup = AutoBackup(self.session, self)  # backs up on ``closing``: first
        self.session.opened.connect(self._opened)
        self.session.closing.connect(self._closing)
        self.session.closed.connect(self._closed)
        self.session.unlocked.connect(self._unlocked)
        self.locker = Locker(self.session, self, self.pages)  # adds the lock page to ``pages``
        self.emergency = EmergencyExit(self, self.session, self.locker)  # panic, wipe
        self.locker.open_requested.connect(lambda path, secret: self.open_path(path, passphrase=secret))
        self.locker.left_closed.connect(lambda: self._set_workspace_enabled(False))
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

    # -- construction --
    def _build_menus(self) -> None:
        menus = {mid: self.menuBar().addMenu(tr(text)) for mid, text in MENUS}
        self.recent_menu = None
        for spec in ACTIONS:
            menus[spec.menu].addAction(self.actions_by_id[spec.id])
            if spec.id == "open_file":
                self.recent_menu = menus["file"].addMenu(self.tr("Open &Recent"))
                self.recent_menu.aboutToShow.connect(self._fill_recent)
            if spec.separator_after:
                menus[spec.menu].addSeparator()
        columns = menus["view"].addMenu(self.tr("Captives List &Columns"))
        columns.setObjectName("captives_columns_menu")
        columns.aboutToShow.connect(lambda: self._fill_columns(columns))
        toolbar = QToolBar(self.tr("Main"), self)
        toolbar.setObjectName("main_toolbar")
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        for spec in ACTIONS:
            if spec.toolbar:
                toolbar.addAction(self.actions_by_id[spec.id])
        self.addToolBar(toolbar)
        # on a small screen the tools and menus left out are behind a "»" read out as "button"
        for owner, name, text in ((toolbar, "qt_toolbar_ext_button", self.tr("More tools")),
                                  (self.menuBar(), "qt_menubar_ext_button", self.tr("More menus"))):
            more = owner.findChild(QToolButton, name)
            if more is not None:
                more.setAccessibleName(text)
                more.setToolTip(text)
        self.actions_by_id["undo"].setEnabled(False)
        self.actions_by_id["redo"].setEnabled(False)

    def _fill_recent(self) -> None:
        assert self.recent_menu is not None
        self.recent_menu.clear()
        for path in keys.recent_files(self.settings):
            self.recent_menu.addAction(path, lambda p=path: self.open_path(Path(p)))
        if self.recent_menu.isEmpty():
            self.recent_menu.addAction(self.tr("(none)")).setEnabled(False)

    def _set_workspace_enabled(self, enabled: bool) -> None:
        for action_id in ("import_json", "import_sheet", "export_sheet", "export_json", "undo", "redo",
                          "find", "new_captive", "open_captive", "delete_captive", "merge_captives",
                          "likely_duplicates", "refresh", "export_calendar",
                          "rule_calculator", "lock", "change_passphrase", "recovery_setup", "backups",
                          "close_file", "travel_copy", "travel_merge",
                          *(view_action_id(vid) for vid, _text in VIEWS)):
            self.actions_by_id[action_id].setEnabled(enabled and action_id not in ("undo", "redo"))
        self._update_history_actions()
        for action_id in REPORT_ACTIONS:
            self.actions_by_id[action_id].setEnabled(enabled)
        self.pages.setCurrentIndex(1 if enabled else 0)
        if not enabled:
            self.welcome.set_recent(keys.recent_files(self.settings))

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

    def set_case_file(self, case_file: CaseFile | None, *, backup_previous: bool = True) -> None:
        """Show ``case_file`` (or the welcome page); closes the previous one (backed up first,
        unless ``backup_previous`` is false)."""
        if case_file is None:
            self.session.close(backup=backup_previous)
        else:
            self.session.open(case_file)

    def _closing(self, _case_file: CaseFile, _backup: bool) -> None:
        current = self.current_view_id()
        captive_view = self.views.built().get("captive")
        self._place = (current, getattr(captive_view, "captive_id", None)
                       if current == "captive" else None)
        if self.settings is not None:
            for view in self.views.built().values():
                if hasattr(view, "save_state"):
                    view.save_state(self.settings)

    def _closed(self) -> None:
        built = self.views.built().values()
        for view in built:
            view._stale = False  # type: ignore[attr-defined]
        for view in built:
            self.stack.removeWidget(view)
            view.deleteLater()
        self.views.clear()
        self.nav.clear()
        self.notifier.start(None)
        self.connection_banner.hide()
        self.read_only_banner.hide()
        self.file_label.clear()
        self.login_label.clear()
        self.lock_icon.hide()
        self.setWindowTitle(self.tr("CaseApp"))
        self._set_workspace_enabled(False)

    def _connection_changed(self, connected: bool, reason: str, refused: bool) -> None:
        self.connection_banner.set_state(connected, reason, refused=refused)
        if connected and self.session.case_file is not None:  # what changed meanwhile
            self.refresh()
            self.statusBar().showMessage(self.tr("Connected to the team server again."), 5000)

    def _login_lost(self, gone: bool) -> None:
        close_for_login(self, self.session, gone)

    def _unlocked(self) -> None:
        view_id, captive_id = self._place
        if view_id == "captive" and captive_id is not None:
            try:
                self.open_captive(captive_id)
            except CaseAppError:
                self.show_view("captives")
        elif view_id in self.views:
            self.show_view(view_id)

    def _opened(self, case_file: CaseFile) -> None:
        keys.carry_over_case_settings(self.settings, case_file)  # once, from older versions
        ui = self.session.ui
        assert ui is not None
        self._page_of = {page.id: page for page in pages()}
        for page in self._page_of.values():
            QListWidgetItem(self.style().standardIcon(page.icon), page.title, self.nav)
        self.views.register([*self._page_of, "captive"])
        if case_file.label != self._history_file:  # a lock keeps the history of its file
            self.history.clear()
            self._history_file = case_file.label
        self._set_workspace_enabled(True)
        self._history_changed()
        self.file_label.setText(case_file.label)
        self.lock_icon.setVisible(case_file.db.encrypted)
        self.login_label.setText(team_connect.login_note(case_file))  # team server: who, clearance
        team_connect.limit_actions(self.actions_by_id, case_file)  # below internal: not all
        read_only_state.limit_actions(self.actions_by_id, case_file)  # read-only: no changes
        self.read_only_banner.show_for(case_file)
        # a travel copy says so, and a file open read-only
        self.setWindowTitle(read_only_state.title(window_title(case_file), case_file))
        if case_file.db.path is not None:
            keys.remember_file(self.settings, str(case_file.db.path))
        last = str(self.settings.value(keys.LAST_VIEW, "dashboard"))
        self.show_view(last if last in self.views and last != "captive" else "dashboard")
        self.nav.setFocus(Qt.FocusReason.OtherFocusReason)  # the keyboard starts in the sidebar
        if not self.notifier.uses_tray:
            show_notice(self.statusBar(), self.tr(
                "Desktop notifications are not available here: reminders of deadlines due or "
                "overdue are shown at the top of this window."), 15000)
        # The work of the open that shows nothing yet waits until the view shown has been
        # filled and painted, so as not to compete with it (Python runs one thread at a
        # time). The view asks for its rows when it shows: at once when the window is
        # visible, on ``show()`` at the start; so the wait begins at the next turn of the
        # event loop.
        QTimer.singleShot(0, self, lambda: self.runner.when_idle(
            lambda: self._after_first_view(case_file), delay_ms=AFTER_FIRST_VIEW_MS))
        QTimer.singleShot(FILTER_AT_LATEST_MS, self, self.session.idle.release)
        if case_file.notices:  # what the open changed for this version: said once, shown over it
            QTimer.singleShot(0, self, lambda: self._tell_notices(case_file))

    def _tell_notices(self, case_file: CaseFile) -> None:
        """What opening changed in the file (an expiry, a rule applied by hand or a rule of
        the lawyer's own rule files that an earlier version counted later, counted again; the
        court's day open deadlines end with, moved with their rule in her rule files), said
        over the window once it shows the file."""
        if self.session.case_file is case_file:
            self.notices_box(case_file.notices).exec()

    # A notice longer than this many characters (a dozen orders or more) is told in a line,
    # the list under "Show Details…": written out in the box, it grew taller than the screen.
    LONG_NOTICE = 1200

    def notices_box(self, notices: tuple[str, ...]) -> QMessageBox:
        """The box telling ``notices``: whole, or in a line with the list in its details."""
        text = "\n\n".join(notices)
        box = QMessageBox(QMessageBox.Icon.Information,
                          self.tr("Changed as the case file was opened"),
                          text, QMessageBox.StandardButton.Ok, self)
        if len(text) > self.LONG_NOTICE:
            # (whichever notices there are: dates counted again, courts' days moved)
            box.setText(self.tr(
                "Opening the case file changed some of its deadlines, as this version of "
                "CaseApp counts them or as your rule files now say. Show Details… lists each "
                "change and why it was made."))
            box.setDetailedText(text)
        return box

    def _after_first_view(self, case_file: CaseFile) -> None:
        """Once the first view shows its rows: the reminders (and the wait for the next
        deadline's hour), the full integrity check and the rules (read in the background:
        their holiday calendars take a while); the auto-lock's filter of input."""
        self.session.idle.release()
        if self.session.case_file is not case_file or self.session.ui is None:
            return  # closed or locked meanwhile; the next open starts its own
        self.notifier.start(self.session.ui)
        self.session.wait_for_next_moment()  # a deadline's hour passing: the views read again
        case_file.check_in_background(lambda error: self._checked(case_file, error))
        self.runner.submit(lambda: len(case_file.rule_set.problems), self._rule_problems)

    def _rule_problems(self, count: int) -> None:
        if count:
            self.statusBar().showMessage(plural(self.tr(
                "%n rule file problem(s): see Deadlines → Deadline Settings.", "", count),
                count), 15000)

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
            if hasattr(view, "first_step_requested"):
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

    def _checked(self, case_file: CaseFile, error: CaseFileError | None) -> None:
        """On the check's thread: damage goes to the window's thread."""
        if error is not None:
            try:
                self.full_check_failed.emit(case_file, error)
            except RuntimeError:  # the window is gone already
                pass

    def _full_check_failed(self, case_file: CaseFile, error: CaseFileError) -> None:
        """The file open is damaged: close it at once (no backup, which could push a good
        one out), keep it as it is, and say so, offering its latest verified backup."""
        if self.session.case_file is not case_file:
            return  # closed meanwhile; an open of it checks again
        path, passphrase = case_file.db.path, case_file.db.passphrase
        self.set_case_file(None, backup_previous=False)
        if error.backup is not None and path is not None:
            from caseapp.ui.dialogs.backups import offer_latest_backup

            restored = offer_latest_backup(self, path, error, passphrase)
            if restored is not None:
                self.open_path(restored[0], passphrase=restored[1])
            return
        box = QMessageBox(QMessageBox.Icon.Critical, self.tr("The case file is damaged"),
                          self.tr("CaseApp closed the case file.\n\n%1").replace("%1", str(error)),
                          QMessageBox.StandardButton.Ok, self)
        box.setDetailedText("\n".join(error.details))  # what SQLite reported
        box.exec()

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

    # -- file actions --
    def open_path(self, path: Path, *, create: bool = False, passphrase: str | None = None) -> bool:
        try:
            missing = not create and file_kind(path) == "missing"
        except CaseFileError as exc:  # a folder, a loop of links, a file that may not be read
            cannot_open(self, exc)
            return False
        if missing:
            return file_actions.missing_file(self, path)
        case_file = open_interactively(self, self.open_fn, path, actor=current_actor(),
                                       create=create, passphrase=passphrase,
                                       wrong_passphrase=self.emergency.wrong_passphrase_at_open)
        if case_file is None:
            return False
        self.emergency.opened(path)
        self.set_case_file(case_file)
        self.statusBar().showMessage(self.tr("Opened %1").replace("%1", str(path)), 5000)
        return True

    def import_sheet(self) -> None:
        """File → Import Spreadsheet…: the wizard (caseapp.ui.dialogs.sheet_import)."""
        from caseapp.ui.dialogs.sheet_import import import_spreadsheet

        self.sheet_dialog = import_spreadsheet(self.ui, self)

    def export_sheet(self) -> None:
        """File → Export Captives List…: caseapp.ui.dialogs.sheet_export."""
        from caseapp.ui.dialogs.sheet_export import export_captives_sheet

        self.export_sheet_dialog = export_captives_sheet(self.ui, self)

    # -- captive actions --
    def captives_view(self) -> View:
        return self.views["captives"]

    def _fill_columns(self, menu: QMenu) -> None:
        """View → Captives List Columns: the same entries as the list's header menu."""
        menu.clear()
        if "captives" in self.views:
            self.captives_view().fill_columns_menu(menu)  # type: ignore[attr-defined]
        else:
            menu.addAction(self.tr("(no case file open)")).setEnabled(False)

    def find(self) -> None:
        if "captives" in self.views:
            self.show_view("captives")
            self.captives_view().focus_search()  # type: ignore[attr-defined]

    def new_captive(self) -> None:
        if self.ui is None:
            return
        from caseapp.ui.dialogs.captive_dialogs import new_captive

        dto = new_captive(self.ui, self)
        if dto is not None:
            self.statusBar().showMessage(self.tr("Added %1.").replace(
                "%1", captive_display_name(self.ui.case_file, [dto.id])), 5000)
            self.open_captive(dto.id)

    def open_selected(self) -> None:
        if self.current_view_id() == "captives":
            self.captives_view().open_current()  # type: ignore[attr-defined]

    def delete_selected(self) -> None:
        view = self.stack.currentWidget()
        captive_id = None
        if self.current_view_id() == "captives":
            captive_id = self.captives_view().current_captive_id()  # type: ignore[attr-defined]
        elif self.current_view_id() == "captive":
            captive_id = getattr(view, "captive_id", None)
        if captive_id is not None:
            self.delete_captive(captive_id)

    def delete_captive(self, captive_id: int) -> None:
        if self.case_file is None:
            return
        try:
            self.case_file.captives.get(captive_id)
        except CaseAppError as exc:
            self.report(exc)
            return
        name = captive_display_name(self.case_file, [captive_id])  # as the lists name them
        answer = QMessageBox.question(
            self, self.tr("Delete captive"),
            self.tr("Delete %1 and everything recorded about them (orders, hearings they alone "
                    "attend, contacts, documents)? This cannot be undone.").replace("%1", name),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.No)
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            self.session.ops.delete("captives", captive_id, label=name)
        except CaseAppError as exc:
            self.report(exc)
            return
        self.statusBar().showMessage(self.tr("Deleted %1.").replace("%1", name), 5000)
        self.history.forget(captive_id)
        if self.current_view_id() == "captive":
            self.show_view("captives")

    def merge_selected(self) -> None:
        """Captive → Merge Captives…: the two captives selected in the list."""
        if self.ui is None:
            return
        ids = self.captives_view().selected_captive_ids()  # type: ignore[attr-defined]
        if self.current_view_id() != "captives" or len(ids) != 2:
            QMessageBox.information(self, self.tr("Merge captives"), self.tr(
                "Select exactly two captives in the captives list (Ctrl+click), then merge them."))
            return
        from caseapp.ui.dialogs.merge_captives import MergeCaptivesDialog

        self.merge_dialog = MergeCaptivesDialog(self.ui, min(ids), max(ids), self)
        self.merge_dialog.merged.connect(self._merged)
        self.merge_dialog.open()

    def likely_duplicates(self) -> None:
        """Captive → Likely Duplicates…: the pairs, each with Merge…."""
        if self.ui is None:
            return
        from caseapp.ui.dialogs.likely_duplicates import LikelyDuplicatesDialog

        self.duplicates_dialog = LikelyDuplicatesDialog(self.ui, self)
        self.duplicates_dialog.merged.connect(self._merged)
        self.duplicates_dialog.open()

    def _merged(self, keep_id: int, other_id: int) -> None:
        """The captive merged into another is gone: out of Back/Forward; the kept one shown
        if the merged one's file was open."""
        self.history.forget(other_id)
        view = self.stack.currentWidget()
        if self.current_view_id() == "captive" and getattr(view, "captive_id", None) == other_id:
            self.open_captive(keep_id)

    def open_captive(self, captive_id: int) -> None:
        view = self.views.get("captive")
        if view is None:
            return
        view.show_captive(captive_id)  # type: ignore[attr-defined]
        self.stack.setCurrentWidget(view)
        self.nav.blockSignals(True)
        self.nav.setCurrentRow(list(self.views).index("captives"))
        self.nav.blockSignals(False)
        self._visited()

    # -- other actions --
    def undo_last(self) -> None:
        """Undo the last command that still applies (see caseapp.ui.ops); never raises."""
        self._move_history(undoing=True)

    def redo_next(self) -> None:
        self._move_history(undoing=False)

    def _move_history(self, *, undoing: bool) -> None:
        """Undo or redo; when it changed the file of a captive other than the one on screen,
        that captive's file is shown (the status bar names them too, in the command)."""
        ops = self.session.ops
        command = ops.next_undo() if undoing else ops.next_redo()
        if not (ops.undo() if undoing else ops.redo()) or command is None:
            return
        captives = command.record.captive_ids
        if (command.record.service != "captives" or not command.deletes_on_undo) and captives \
                and self.current_view_id() == "captive" and self.current_captive_id() not in captives:
            self.open_captive(captives[0])

    def _history_changed(self) -> None:
        """Undo / Redo say what they would do: "Undo Add hearing — <captive>"."""
        ops = self.session.ops
        for action_id, command, text in (
                ("undo", ops.next_undo(), self.tr("&Undo %1")),
                ("redo", ops.next_redo(), self.tr("&Redo %1"))):
            action = self.actions_by_id[action_id]
            live = command is not None and self.case_file is not None
            action.setEnabled(live)
            plain = self.tr("&Undo") if action_id == "undo" else self.tr("&Redo")
            action.setText(text.replace("%1", command.text()) if command is not None else plain)
            # The toolbar keeps its short word; the menu and the tooltip say what and whose.
            action.setIconText(plain.replace("&", ""))
            action.setToolTip(action.text().replace("&", ""))

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
                other._stale = True  # type: ignore[attr-defined]

    # -- deadlines --
    def show_due_deadlines(self) -> None:
        """The Deadlines view, showing what is open, for everyone."""
        view = self.views.get("deadlines")
        if view is None:
            return
        view.set_captive_filter(None)
        view.set_group_filter("@open")
        self.show_view("deadlines")
        self.banner.hide()

    def show_attention(self) -> None:
        """The dashboard, whose "Needs attention" lists what the reminders announced."""
        if "dashboard" in self.views:
            self.show_view("dashboard")
        self.banner.hide()

    def show_captive_deadlines(self, captive_id: int, name: str) -> None:
        view = self.views.get("deadlines")
        if view is None:
            return
        view.set_captive_filter(captive_id, name)
        view.set_group_filter("@all")
        self.show_view("deadlines")

    def export_calendar(self) -> None:
        from caseapp.ui.views.deadlines import export_calendar

        view = self.views.get("deadlines")
        if self.ui is not None and view is not None:
            export_calendar(self.ui, view)

    def rule_calculator(self) -> None:
        from caseapp.ui.dialogs.rule_calculator import open_calculator

        view = self.views.get("deadlines")
        if self.ui is not None and view is not None:
            open_calculator(self.ui, view)

    def daily_log(self) -> None:
        from caseapp.ui.views.deadline_log import daily_log

        view = self.views.get("deadlines")
        if self.ui is not None and view is not None:
            daily_log(self.ui, view)

    def deadline_settings(self) -> None:
        from caseapp.ui.dialogs.deadline_settings import DeadlineSettingsDialog

        if self.case_file is None:
            return
        dialog = DeadlineSettingsDialog(self.case_file, self, rule_set=self.case_file.rule_set)
        if dialog.exec():
            self.refresh()

    # -- reports (the dialogs live in caseapp.ui.dialogs; see caseapp.ui.reports_ui) --
    def current_captive_id(self) -> int | None:
        """The captive whose file is open, or the one selected in the list."""
        if self.current_view_id() == "captive":
            return getattr(self.stack.currentWidget(), "captive_id", None)
        if self.current_view_id() == "captives":
            return self.captives_view().current_captive_id()  # type: ignore[attr-defined]
        return None

    def dossier(self) -> None:
        from caseapp.ui import reports_ui

        if self.ui is not None:
            reports_ui.open_dossier(self.ui, self, self.current_captive_id())

    def status_report(self) -> None:
        from caseapp.ui import reports_ui

        if self.ui is not None:
            reports_ui.open_status_report(self.ui, self)

    def letter(self) -> None:
        from caseapp.ui import reports_ui

        if self.ui is not None:
            reports_ui.open_letter(self.ui, self, self.current_captive_id())

    def filing(self) -> None:
        from caseapp.ui.dialogs.filing import open_filing

        if self.ui is not None and open_filing(self.ui, self, self.current_captive_id()) is None:
            self.statusBar().showMessage(self.tr("Open or select a captive first: a filing pack "
                                                 "is made for one captive."), 8000)

    def lawyer_details(self) -> None:
        from caseapp.ui import reports_ui

        reports_ui.edit_lawyer(self.case_file, self)

    def _first_step(self, action_id: str) -> None:
        """A button of the dashboard's first-run checklist: do the step, then read the
        checklist again (a setting saved by a dialog is not a record change). A step whose
        command is disabled (a file open read-only) says why in the status bar."""
        action = self.actions_by_id[action_id]
        if not action.isEnabled():
            self.statusBar().showMessage(action.toolTip(), 15000)
            return
        action.trigger()
        if self.current_view_id() == "dashboard":
            self.refresh()

    def close_file(self) -> None:
        """File → Close: the case file is backed up and closed; the welcome page shows."""
        if self.case_file is not None:
            self.set_case_file(None)
            self.history.clear()
            self._history_file = ""

    def help_guide(self) -> None:
        self.help_guide_dialog()

    def help_guide_dialog(self) -> QWidget:
        from caseapp.ui.help import show_guide

        return show_guide(self)

    def show_shortcuts(self) -> None:
        from caseapp.ui.help import show_shortcuts

        show_shortcuts(self)

    def about(self) -> None:
        from caseapp.ui.dialogs.about import show_about

        show_about(self)

    def report(self, exc: BaseException) -> None:
        if isinstance(exc, CaseAppError):
            QMessageBox.warning(self, self.tr("CaseApp"), str(exc))
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

    def closeEvent(self, event: QCloseEvent) -> None:
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
