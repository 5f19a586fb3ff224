"""Locking the main window: on demand (Ctrl+L, toolbar) and after an idle time.

Locking closes the case file (every connection, and the passphrase with it: only the
lock page's password field will hold one again), destroys every view and its models,
clears the undo stack, the status bar, the reminder banner and what the app put on the
clipboard, and shows the lock page. Unlocking opens the file again with the passphrase
typed there and returns to the view that was showing.

Open dialogs: a lock never waits for a dialog, and keeps nothing of one. Every dialog
and menu open at that moment is closed as if cancelled (the record it edited is left as
it was saved last); what was typed in it is discarded, and the lock page says so.

Python cannot promise to overwrite freed memory: what locking does is drop every
reference the app held to case data and to the key, so that nothing shows or can be
read through the app until the passphrase is typed again.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from caseapp.config import Location, current_actor
from caseapp.domain.errors import CaseAppError, CaseFileError
from caseapp.services.casefile import CaseFile, unlock_throttle
from caseapp.ui import settings as keys
from caseapp.ui.clipboard import clear_sensitive, guard
from caseapp.ui.opener import throttle_note

if TYPE_CHECKING:
    from caseapp.ui.main_window import MainWindow

INPUT_EVENTS = frozenset({
    QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress, QEvent.Type.MouseMove,
    QEvent.Type.Wheel, QEvent.Type.TouchBegin, QEvent.Type.TouchUpdate,
})


class IdleWatcher(QObject):
    """An application-wide event filter: every key press, click, mouse move or scroll
    starts the idle time again; ``idle`` is emitted when ``interval_ms`` passes without."""

    idle = Signal()

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self.timer = QTimer(self, singleShot=True)
        self.timer.timeout.connect(self.idle)
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self)

    def start(self, interval_ms: int) -> None:
        if interval_ms > 0:
            self.timer.start(interval_ms)
        else:
            self.timer.stop()

    def stop(self) -> None:
        self.timer.stop()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        if event.type() in INPUT_EVENTS and self.timer.isActive():
            self.timer.start()  # again, from now
        return False

    def uninstall(self) -> None:
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self)


def centred(widget: QWidget) -> QHBoxLayout:
    row = QHBoxLayout()
    row.addStretch(1)
    row.addWidget(widget)
    row.addStretch(1)
    return row


class LockPage(QWidget):
    """“Locked — enter the passphrase”, in place of the views."""

    unlock_requested = Signal(str)
    close_requested = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("lock_page")
        self.title = QLabel(self.tr("Locked"), self)
        self.title.setStyleSheet("font-size: 22pt; font-weight: 600;")
        self.file = QLabel(self)
        self.file.setObjectName("lock_file")
        self.file.setStyleSheet("font-size: 11pt; color: palette(mid);")
        self.explain = QLabel(self)
        self.explain.setObjectName("lock_explain")
        self.explain.setWordWrap(True)
        self.explain.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self.explain.setFixedWidth(560)
        self.passphrase = QLineEdit(self)
        self.passphrase.setObjectName("lock_passphrase")
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase.setPlaceholderText(self.tr("Passphrase"))
        self.passphrase.setMinimumWidth(360)
        self.passphrase.returnPressed.connect(self._unlock)
        self.unlock_button = QPushButton(self.tr("Unlock"), self)
        self.unlock_button.setObjectName("lock_unlock")
        self.unlock_button.setDefault(True)
        self.unlock_button.setMinimumHeight(34)
        self.unlock_button.clicked.connect(self._unlock)
        self.close_button = QPushButton(self.tr("Close the case file"), self)
        self.close_button.setObjectName("lock_close")
        self.close_button.setFlat(True)
        self.close_button.clicked.connect(self.close_requested)
        self.message = QLabel(self)
        self.message.setObjectName("lock_message")
        self.message.setWordWrap(True)
        self.message.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self.message.setFixedWidth(560)
        self.message.setStyleSheet("color: #c0392b;")
        self.note = QLabel(self)
        self.note.setObjectName("lock_note")
        self.note.setWordWrap(True)
        self.note.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self.note.setFixedWidth(560)
        self.note.setStyleSheet("color: palette(mid);")
        entry = QHBoxLayout()
        entry.addStretch(1)
        entry.addWidget(self.passphrase)
        entry.addWidget(self.unlock_button)
        entry.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addStretch(2)
        centre = Qt.AlignmentFlag.AlignHCenter
        for w in (self.title, self.file):
            layout.addWidget(w, 0, centre)
        layout.addSpacing(8)
        layout.addLayout(centred(self.explain))
        layout.addSpacing(16)
        layout.addLayout(entry)
        layout.addLayout(centred(self.message))
        layout.addSpacing(8)
        layout.addWidget(self.close_button, 0, centre)
        layout.addSpacing(24)
        layout.addLayout(centred(self.note))
        layout.addStretch(3)

    def show_for(self, name: str, encrypted: bool, note: str) -> None:
        self.file.setText(name)
        self.passphrase.clear()
        self.passphrase.setVisible(encrypted)
        self.message.clear()
        self.note.setText(note)
        if encrypted:
            self.title.setText(self.tr("Locked — enter the passphrase"))
            self.explain.setText(self.tr("The case file was closed and nothing of it is shown. "
                                         "Type its passphrase to continue where you were."))
            self.unlock_button.setText(self.tr("Unlock"))
        else:
            self.title.setText(self.tr("Locked"))
            self.explain.setText(self.tr(
                "The case file was closed and nothing of it is shown. It is not encrypted, so "
                "Unlock opens it again without a passphrase; anyone who can use this computer "
                "account can do the same."))
            self.unlock_button.setText(self.tr("Unlock"))
        self.set_busy(False)

    def set_busy(self, busy: bool, text: str = "") -> None:
        self.passphrase.setEnabled(not busy)
        self.unlock_button.setEnabled(not busy)
        self.close_button.setEnabled(not busy)
        if busy:
            self.message.setStyleSheet("color: palette(mid);")
            self.message.setText(text)
        elif self.passphrase.isVisible():
            self.passphrase.setFocus()

    def show_error(self, text: str) -> None:
        self.message.setStyleSheet("color: #c0392b;")
        self.message.setText(text)

    def _unlock(self) -> None:
        if self.passphrase.isVisible() and not self.passphrase.text():
            self.show_error(self.tr("Type the passphrase first."))
            return
        text = self.passphrase.text()
        self.passphrase.clear()
        self.unlock_requested.emit(text)


def discard(widget: QWidget) -> None:
    """Close ``widget`` as if cancelled, empty what was typed in it, and delete it (once
    the event loop it may run has returned: its caller sees a rejected dialog)."""
    for kind in (QLineEdit, QTextEdit, QPlainTextEdit):
        for edit in widget.findChildren(kind):
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
    """The lock of one main window."""

    locked_changed = Signal(bool)

    def __init__(self, window: MainWindow):
        super().__init__(window)
        self.window = window
        self.page = LockPage(window)
        window.pages.addWidget(self.page)
        self.page.unlock_requested.connect(self.unlock)
        self.page.close_requested.connect(self.close_file)
        self.watcher = IdleWatcher(self)
        self.watcher.idle.connect(lambda: self.lock(idle=True))
        self.idle_ms_override: int | None = None
        self.location: Location | None = None
        self.encrypted = False
        self.view_id = ""
        self.captive_id: int | None = None
        self._locking = False
        self._unlocking = False
        self.apply_settings()

    # -- settings --
    @property
    def idle_ms(self) -> int:
        if self.idle_ms_override is not None:
            return self.idle_ms_override
        return keys.auto_lock_minutes(self.window.settings) * 60_000

    def set_idle_interval_ms(self, ms: int | None) -> None:
        """For tests and demonstrations: lock after ``ms`` instead of the setting."""
        self.idle_ms_override = ms
        self.apply_settings()

    def apply_settings(self) -> None:
        guard().seconds = keys.clipboard_seconds(self.window.settings)
        if self.window.case_file is not None and not self.locked:
            self.watcher.start(self.idle_ms)
        else:
            self.watcher.stop()

    @property
    def locked(self) -> bool:
        return self.location is not None

    # -- called by the window --
    def file_changed(self, case_file: CaseFile | None) -> None:
        """The window shows ``case_file`` now (None: nothing); not while locking."""
        if self._locking:
            return
        if case_file is not None:
            self.location = None  # another file opened from the lock page's menus: unlocked
        self.apply_settings()

    # -- locking --
    def lock(self, *, idle: bool = False) -> bool:
        """Lock now (False if no case file is open or it is locked already)."""
        window = self.window
        cf = window.case_file
        if cf is None or self.locked or self._locking:
            return False
        self._locking = True
        self.watcher.stop()
        closed = close_dialogs(window)
        if closed:  # let the dialogs' event loops unwind before the views go
            QTimer.singleShot(0, lambda: self._finish_lock(idle, closed, 0))
        else:
            self._finish_lock(idle, 0, 0)
        return True

    def _finish_lock(self, idle: bool, closed: int, round_: int) -> None:
        more = close_dialogs(self.window)
        if more and round_ < 10:  # a dialog opened by one just closed
            QTimer.singleShot(0, lambda: self._finish_lock(idle, closed + more, round_ + 1))
            return
        try:
            self._close_and_clear(idle, closed + more)
        finally:
            self._locking = False

    def _close_and_clear(self, idle: bool, closed: int) -> None:
        window = self.window
        cf = window.case_file
        if cf is None:  # closed meanwhile
            return
        self.view_id = window.current_view_id() or "dashboard"
        captive_view = window.views.get("captive")
        self.captive_id = getattr(captive_view, "captive_id", None) if self.view_id == "captive" else None
        for view in window.views.values():
            if hasattr(view, "save_state"):
                view.save_state(window.settings)
        self.location = Location(path=cf.db.path) if cf.db.path is not None else Location(url=cf.db.url)
        self.encrypted = cf.db.encrypted
        window.runner.drop_callbacks()
        window.set_case_file(None, backup_previous=False)
        window.runner.wait()  # nothing may reopen a connection behind the lock
        window.runner.drop_callbacks()
        cf.close()
        cf.db.passphrase = None  # the key goes with the closed file
        del cf
        clear_sensitive()
        window.statusBar().clearMessage()
        window.setWindowTitle(window.tr("CaseApp — locked"))
        if idle:
            minutes = max(1, round(self.idle_ms / 60_000))
            note = self.tr("Locked after %1 minute(s) without use.").replace("%1", str(minutes))
            note = note.replace("(s)", "" if minutes == 1 else "s")
        else:
            note = self.tr("Locked on request (Ctrl+L).")
        if closed:
            note += " " + self.tr("A dialog was open: it was closed and what was typed in it was "
                                  "discarded, not saved.")
        name = self.location.path.name if self.location.path is not None else self.tr("shared database")
        self.page.show_for(name, self.encrypted, note)
        window.pages.setCurrentWidget(self.page)
        self.page.passphrase.setFocus()
        self.locked_changed.emit(True)

    # -- unlocking --
    def unlock(self, passphrase: str) -> None:
        location = self.location
        if location is None or self._unlocking:
            return
        self._unlocking = True
        path = location.path
        waiting = ""
        if path is not None and self.encrypted:
            throttle = unlock_throttle()
            upcoming = throttle.delay_after(throttle.failures(path) + 1)
            if upcoming:
                waiting = " " + self.tr("If it is wrong, CaseApp waits %1 s before saying so."
                                        ).replace("%1", f"{upcoming:g}")
        self.page.set_busy(True, self.tr("Opening the case file…") + waiting)
        open_fn = self.window.open_fn
        secret = passphrase if self.encrypted else None
        actor = current_actor()
        self.window.runner.submit(lambda: open_fn(location, passphrase=secret, actor=actor),
                                  self._unlocked, self._unlock_failed)

    def _unlocked(self, case_file: CaseFile) -> None:
        self._unlocking = False
        if self.location is None:  # closed or replaced meanwhile
            case_file.close()
            return
        view_id, captive_id = self.view_id, self.captive_id
        self.location = None
        window = self.window
        window.set_case_file(case_file)
        if view_id == "captive" and captive_id is not None:
            try:
                window.open_captive(captive_id)
            except CaseAppError:
                window.show_view("captives")
        elif view_id in window.views:
            window.show_view(view_id)
        window.statusBar().showMessage(self.tr("Unlocked."), 4000)
        self.locked_changed.emit(False)

    def _unlock_failed(self, exc: BaseException) -> None:
        self._unlocking = False
        self.page.set_busy(False)
        location = self.location
        if location is None:
            return
        path = location.path
        if isinstance(exc, CaseFileError) and exc.bad_input and self.encrypted and path is not None:
            self.page.show_error(throttle_note(self.page, path) or str(exc))
            if exc.backup is not None:
                self.page.note.setText(self.tr("If you are sure the passphrase is right, the file "
                                               "may be damaged: close it here and open it again "
                                               "to be offered its latest verified backup."))
            return
        if isinstance(exc, CaseFileError) and exc.damaged and exc.backup is not None and path:
            from caseapp.ui.dialogs.backups import offer_latest_backup

            restored = offer_latest_backup(self.window, path, exc, None)
            if restored is not None:
                self.location = None
                self.window.open_path(restored[0], passphrase=restored[1])
                return
        self.page.show_error(str(exc))

    def close_file(self) -> None:
        """Leave the locked file closed and show the welcome page."""
        self.location = None
        self.window.set_case_file(None)
        self.locked_changed.emit(False)
