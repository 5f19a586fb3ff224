"""The case file in the main window: opening one (a path, a new file), showing it when the
session opens it (the sidebar's pages, the status bar, the title, the work left until the
first view shows), what opening changed told once, closing it (and where the window was, for
an unlock), and a full integrity check that found damage.

Mixed into :class:`caseapp.ui.main_window.MainWindow`; its texts keep the translation context
"MainWindow".
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtWidgets import QMessageBox

from caseapp.config import current_actor
from caseapp.domain.errors import CaseAppError, CaseFileError
from caseapp.services.casefile import CaseFile, file_kind
from caseapp.ui import file_actions, read_only_state, team_connect
from caseapp.ui import settings as keys
from caseapp.ui.dialogs.travel import window_title
from caseapp.ui.i18n import plural
from caseapp.ui.opener import cannot_open, open_interactively
from caseapp.ui.reading_guard import CLOSE, OPEN_OTHER, readings_may_stop
from caseapp.ui.widgets.status_notice import show_notice

if TYPE_CHECKING:
    from caseapp.ui.window_host import WindowHost as _Host
else:
    _Host = object  # a plain class when the program runs: see caseapp.ui.window_host

# How long after the first view's rows arrive the open's background work starts: their
# paint comes first.
AFTER_FIRST_VIEW_MS = 100
# The auto-lock hears input once the first view shows (the session's IdleWatcher.hold), and
# at the latest this long after the open, were the first view to wait behind other work.
FILTER_AT_LATEST_MS = 3000


translate = QCoreApplication.translate  # lupdate reads every translate("Context", "source") call


class WindowFile(_Host):
    """Opening, showing and closing the case file in the window."""

    _place: tuple[str, int | None]  # the view shown when the file closed
    _history_file: str  # the case file the history is of

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
            view._stale = False
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
        self.setWindowTitle(translate("MainWindow", "CaseApp"))
        self._set_workspace_enabled(False)

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
        self._add_pages()
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
            show_notice(self.statusBar(), translate(
                "MainWindow", "Desktop notifications are not available here: reminders of deadlines due or "
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
            self.notices_box(case_file.notices, changed=case_file.db.read_only is None).exec()

    # A notice longer than this many characters (a dozen orders or more) is told in a line,
    # the list under "Show Details…": written out in the box, it grew taller than the screen.
    LONG_NOTICE = 1200

    def notices_box(self, notices: tuple[str, ...], *, changed: bool = True) -> QMessageBox:
        """The box telling ``notices``: whole, or in a line with the list in its details.
        ``changed``: opening the file changed what they tell; a file open read-only changes
        nothing, and its notices tell what the next opening where it can be written will."""
        text = "\n\n".join(notices)
        title = (translate("MainWindow", "Changed as the case file was opened") if changed
                 else translate("MainWindow", "Not changed: the case file is open read-only"))
        box = QMessageBox(QMessageBox.Icon.Information, title, text,
                          QMessageBox.StandardButton.Ok, self)
        if len(text) > self.LONG_NOTICE:
            # (whichever notices there are: dates counted again, courts' days moved)
            box.setText(translate(
                "MainWindow", "Opening the case file changed some of its deadlines, as this version of "
                "CaseApp counts them or as your rule files now say. Show Details… lists each "
                "change and why it was made.") if changed else translate(
                "MainWindow", "The case file is open read-only, so nothing in it was changed. Some "
                "of its deadlines will change when it is next opened where it can be written, as "
                "this version of CaseApp counts them or as your rule files now say. Show "
                "Details… lists each one and why."))
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
        self.session.clocks.wait_for_next_moment()  # a deadline's hour passing: the views read again
        case_file.check_in_background(lambda error: self._checked(case_file, error))
        self.runner.submit(lambda: len(case_file.rule_set.problems), self._rule_problems)

    def _rule_problems(self, count: int) -> None:
        if count:
            self.statusBar().showMessage(plural(translate(
                "MainWindow", "%n rule file problem(s): see Deadlines → Deadline Settings.", "", count),
                count), 15000)

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
        box = QMessageBox(QMessageBox.Icon.Critical,
                          translate("MainWindow", "The case file is damaged"),
                          translate("MainWindow", "CaseApp closed the case file.\n\n%1")
                          .replace("%1", str(error)),
                          QMessageBox.StandardButton.Ok, self)
        box.setDetailedText("\n".join(error.details))  # what SQLite reported
        box.exec()

    # -- file actions --
    def open_path(self, path: Path, *, create: bool = False, passphrase: str | None = None) -> bool:
        if not readings_may_stop(self, OPEN_OTHER):
            return False
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
        self.statusBar().showMessage(translate("MainWindow", "Opened %1").replace("%1", str(path)), 5000)
        return True

    def close_file(self) -> None:
        """File → Close: the case file is backed up and closed; the welcome page shows."""
        if self.case_file is not None and readings_may_stop(self, CLOSE):
            self.set_case_file(None)
            self.history.clear()
            self._history_file = ""
