"""Locking the main window: on demand (Ctrl+L, toolbar) and after an idle time.

Locking closes the case file (every connection, and the passphrase with it: only the
lock page's password field will hold one again), destroys every view and its models,
clears the undo stack, the status bar, the reminder banner and what the app put on the
clipboard, and shows the lock page. Unlocking opens the file again with the passphrase
typed there and returns to the view that was showing.

Open dialogs: a lock never waits for a dialog, and keeps nothing of one. Every dialog
and menu open at that moment is closed as if cancelled (the record it edited is left as
it was saved last); what was typed in it is discarded, and the lock page says so.

The case-file session (:mod:`caseapp.ui.session`) does the closing and reopening and owns
the idle timer; the locker asks it to lock (after closing dialogs) and follows its
``locked`` / ``unlocked`` / ``unlock_failed`` signals with the lock page.

Python cannot promise to overwrite freed memory: what locking does is drop every
reference the app held to case data and to the key, so that nothing shows or can be
read through the app until the passphrase is typed again.
"""

from __future__ import annotations

import logging
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QLineEdit,
    QMainWindow,
    QPlainTextEdit,
    QStackedWidget,
    QTextEdit,
    QWidget,
)

from caseapp.domain.errors import CaseFileError, WrongPassphrase
from caseapp.services.casefile import unlock_throttle
from caseapp.ui import settings as keys
from caseapp.ui.clipboard import clear_sensitive, guard
from caseapp.ui.i18n import plural
from caseapp.ui.idle_watcher import IdleWatcher
from caseapp.ui.lock_page import LockPage
from caseapp.ui.locked_reminders import LockedReminders
from caseapp.ui.opener import throttle_note
from caseapp.ui.session import CaseFileSession

log = logging.getLogger(__name__)


def discard(widget: QWidget) -> None:
    """Close ``widget`` as if cancelled, empty what was typed in it, and delete it (once
    the event loop it may run has returned: its caller sees a rejected dialog)."""
    edits: list[QLineEdit | QTextEdit | QPlainTextEdit] = [
        *widget.findChildren(QLineEdit), *widget.findChildren(QTextEdit),
        *widget.findChildren(QPlainTextEdit)]
    for edit in edits:
        edit.clear()
    if isinstance(widget, QDialog):
        widget.reject()
    widget.close()
    widget.hide()
    widget.deleteLater()


def close_dialogs(keep: QWidget) -> int:
    """Close every dialog, menu and other window but ``keep``, as if cancelled; how many."""
    closed = 0
    app = QApplication.instance()
    if app is None:
        return 0
    for _ in range(20):  # nested dialogs: the innermost first
        popup = QApplication.activePopupWidget()
        if popup is not None:
            popup.close()
            continue
        modal = QApplication.activeModalWidget()
        if modal is None or modal is keep:
            break
        discard(modal)
        closed += 1
    for widget in QApplication.topLevelWidgets():
        if widget is keep or not widget.isVisible() or widget.windowType() == Qt.WindowType.ToolTip:
            continue
        discard(widget)
        closed += 1
    return closed


class Locker(QObject):
    """The lock of one window, driven by the case-file session: it shows the lock page
    when the session is locked and closes open dialogs before asking it to lock."""

    locked_changed = Signal(bool)
    open_requested = Signal(Path, object)  # a restored backup to open: path, passphrase
    left_closed = Signal()  # "Close the case file" on the lock page
    reminders_waiting = Signal()  # a moment the file's reminders would have spoken passed

    def __init__(self, session: CaseFileSession, window: QMainWindow, pages: QStackedWidget):
        super().__init__(window)
        self.session = session
        self.window = window
        self.pages = pages
        self.page = LockPage(window)
        pages.addWidget(self.page)
        self.page.unlock_requested.connect(self.unlock)
        self.page.close_requested.connect(self.close_file)
        self.idle_ms_override: int | None = None
        self._locking = False
        self._idle = False
        self._closed_dialogs = 0
        self.reminders = LockedReminders(self)
        self.reminders.came.connect(self._reminders_came)
        session.lock_requested.connect(lambda idle: self.lock(idle=idle))
        session.locked.connect(self._show_locked)
        session.unlocked.connect(self._unlocked)
        session.unlock_failed.connect(self._unlock_failed)
        session.opened.connect(lambda _cf: self.apply_settings())
        session.closed.connect(self.apply_settings)
        self.apply_settings()

    @property
    def watcher(self) -> IdleWatcher:
        return self.session.idle

    # -- settings --
    @property
    def idle_ms(self) -> int:
        if self.idle_ms_override is not None:
            return self.idle_ms_override
        settings = self.session.settings
        return keys.auto_lock_minutes(settings) * 60_000 if settings is not None else 0

    def set_idle_interval_ms(self, ms: int | None) -> None:
        """For tests and demonstrations: lock after ``ms`` instead of the setting."""
        self.idle_ms_override = ms
        self.apply_settings()

    def apply_settings(self) -> None:
        if self.session.settings is not None:
            guard().seconds = keys.clipboard_seconds(self.session.settings)
        self.session.set_idle_ms(self.idle_ms)

    @property
    def locked(self) -> bool:
        return self.session.is_locked

    # -- locking --
    def lock(self, *, idle: bool = False) -> bool:
        """Lock now (False if no case file is open or it is locked already)."""
        if self.session.case_file is None or self.locked or self._locking:
            return False
        ops = self.session.ops
        if ops.waiting:  # a dialog waits for its write: lock once it has its answer
            def later() -> None:
                ops.settled.disconnect(later)
                QTimer.singleShot(0, lambda: self.lock(idle=idle))
            ops.settled.connect(later)
            return True
        self._locking = True
        self._idle = idle
        self.session.idle.stop()
        closed = close_dialogs(self.window)
        if closed:  # let the dialogs' event loops unwind before the views go
            QTimer.singleShot(0, lambda: self._finish_lock(closed, 0))
        else:
            self._finish_lock(0, 0)
        return True

    def _finish_lock(self, closed: int, round_: int) -> None:
        more = close_dialogs(self.window)
        if more and round_ < 10:  # a dialog opened by one just closed
            QTimer.singleShot(0, lambda: self._finish_lock(closed + more, round_ + 1))
            return
        self._closed_dialogs = closed + more
        moments = self._moments_ahead()
        cf = self.session.case_file
        try:
            if self.session.lock():
                if cf is not None:
                    self.reminders.clock = cf.ctx.now  # the file's clock, as it read them
                self.reminders.start(moments)
        finally:
            self._locking = False

    def _moments_ahead(self) -> list[datetime]:
        """When the open file's reminders would speak next (read before it closes; none if
        it cannot be read: the lock never waits on it)."""
        cf = self.session.case_file
        if cf is None:
            return []
        from caseapp.services.locked_reminders import moments_while_locked

        try:
            return moments_while_locked(cf.reminders)
        except Exception:  # (a lock goes on whatever the read met)
            log.warning("the reminders' moments could not be read before locking", exc_info=True)
            return []

    def _reminders_came(self) -> None:
        self.page.say_waiting(self.tr("Reminders are waiting in the case file: unlock it to see "
                                      "them."))
        self.reminders_waiting.emit()

    def _show_locked(self, name: str, encrypted: bool) -> None:
        clear_sensitive()
        window = self.window
        window.statusBar().clearMessage()
        window.setWindowTitle(self.tr("CaseApp — locked"))
        if self._idle:
            minutes = max(1, round(self.idle_ms / 60_000))
            note = plural(self.tr("Locked after %n minute(s) without use.", "", minutes), minutes)
        else:
            note = self.tr("Locked on request.")  # Ctrl+L, or the emergency exit
        if self._closed_dialogs:
            note += " " + self.tr("A dialog was open: it was closed and what was typed in it was "
                                  "discarded, not saved.")
        self._idle, self._closed_dialogs = False, 0
        self.page.show_for(name or self.tr("shared database"), encrypted, note)
        self.pages.setCurrentWidget(self.page)
        self.page.passphrase.setFocus()
        self.locked_changed.emit(True)

    # -- unlocking --
    def unlock(self, passphrase: str) -> None:
        location = self.session.location
        if location is None:
            return
        path = location.path
        waiting = ""
        if path is not None and self.session.encrypted:
            throttle = unlock_throttle()
            upcoming = throttle.delay_after(throttle.failures(path) + 1)
            if upcoming:
                waiting = " " + self.tr("If it is wrong, CaseApp waits %1 s before saying so."
                                        ).replace("%1", f"{upcoming:g}")
        self.page.set_busy(True, self.tr("Opening the case file…") + waiting)
        self.session.unlock(passphrase)

    def _unlocked(self) -> None:
        self.reminders.stop()
        self.window.statusBar().showMessage(self.tr("Unlocked."), 4000)
        self.locked_changed.emit(False)

    def _unlock_failed(self, exc: BaseException) -> None:
        self.page.set_busy(False)
        location = self.session.location
        if location is None:
            return
        path = location.path
        encrypted = self.session.encrypted
        if isinstance(exc, WrongPassphrase) and encrypted and path is not None:
            self.page.show_error(throttle_note(path) or str(exc))
            if exc.backup is not None:
                self.page.note.setText(self.tr("If you are sure the passphrase is right, the file "
                                               "may be damaged: close it here and open it again "
                                               "to be offered its latest verified backup."))
            return
        if isinstance(exc, CaseFileError) and exc.damaged and exc.backup is not None and path:
            from caseapp.ui.dialogs.backups import offer_latest_backup

            restored = offer_latest_backup(self.window, path, exc, None)
            if restored is not None:
                self.session.forget_lock()
                self.open_requested.emit(restored[0], restored[1])
                return
        self.page.show_error(str(exc))

    def close_file(self) -> None:
        """Leave the locked file closed and show the welcome page."""
        self.reminders.stop()
        self.session.forget_lock()
        self.session.close()
        self.left_closed.emit()
        self.locked_changed.emit(False)
