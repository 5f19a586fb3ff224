"""The case-file session: the one owner of what belongs to the open case file in the GUI.

:class:`CaseFileSession` holds the open :class:`CaseFile`, the background runner for
reads, the serial worker for writes with the undo stack (:class:`~caseapp.ui.ops.Operations`),
the changes bus, and the timers that act on the file: the idle time that locks it, the
auto-backup check, the reminder check, and the file's clocks (:mod:`caseapp.ui.file_clocks`:
midnight, a deadline's hour, the computer waking from sleep). Everything else listens to its signals:

* ``opened(case_file)`` once a file is shown, ``closing(case_file, backup)`` just before it is
  closed (the auto-backup backs it up when ``backup`` is true; the window saves its layout),
  ``closed()`` after;
* ``lock_requested(idle)`` when the idle time ran out (the locker closes dialogs first, then
  calls :meth:`lock`), ``locked(name, encrypted)`` once the file is closed behind the lock,
  ``unlocked()`` when it is open again, ``unlock_failed(exc)``;
* ``backup_due()`` and ``reminders_due()`` when their timers fire; ``message(text)`` for the
  status bar;
* on a team server, ``connection_changed(connected, reason, refused)`` when the connection is
  lost or back, ``refused`` when the server no longer lets the login in (the window's
  banner). Other people's committed writes arrive from the server (:meth:`CaseFile.watch`)
  and go on the changes bus like this window's own, so the views reload; a change of a date
  also makes the reminders check again a second later.

Other programs' writes to the file (the command line, a second window, a colleague) are
looked for every short while and when the application is active again
(:mod:`caseapp.ui.outside_changes`): the views read again, and ``message`` says so.

The main window, the locker (:mod:`caseapp.ui.locker`) and the auto-backup
(:mod:`caseapp.ui.autobackup`) import this module; it imports none of them.

:class:`UiContext` is what every view and dialog of one open file is given.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QSettings, Qt, QTimer, Signal
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QApplication

from caseapp.config import current_actor
from caseapp.domain.location import Location
from caseapp.services.casefile import CaseFile
from caseapp.ui.file_clocks import FileClocks
from caseapp.ui.idle_watcher import IdleWatcher
from caseapp.ui.ops import Operations
from caseapp.ui.outside_changes import OutsideChanges
from caseapp.ui.signals import ChangesBus
from caseapp.ui.worker import Runner

if TYPE_CHECKING:
    from caseapp.domain.dto import Changes

OpenFn = Callable[..., CaseFile]

BACKUP_FIRST_MS = 2 * 60 * 1000  # a while after opening: opening stays quick
BACKUP_EVERY_MS = 60 * 60 * 1000
REMINDERS_EVERY_MS = 30 * 60 * 1000
REMOTE_REMINDERS_MS = 1000  # after other people's changes of dates
# The records whose changes move what the reminders announce.
DATED = frozenset({"deadlines", "hearings", "detention_orders", "international_proceedings",
                   "captives"})



@dataclass
class UiContext:
    """What every view and dialog of one open case file is given."""

    case_file: CaseFile
    runner: Runner  # reads in the background
    scans: Runner  # reads scans (OCR), minutes each: never in the way of the reads
    bus: ChangesBus
    ops: Operations  # every write, and the undo stack
    settings: QSettings | None = None  # where views keep their layout (column widths)

    @property
    def undo(self) -> QUndoStack:
        return self.ops.stack

    def today(self) -> date:
        return self.case_file.ctx.today()

    def now(self) -> datetime:
        """The moment it is for the file (aware): what a deadline due at an hour is
        compared with."""
        return self.case_file.ctx.now()


class CaseFileSession(QObject):
    opened = Signal(object)  # CaseFile
    closing = Signal(object, bool)  # CaseFile, whether it is backed up (not when locking)
    closed = Signal()
    lock_requested = Signal(bool)  # idle
    locked = Signal(str, bool)  # the file's name, whether it is encrypted
    unlocked = Signal()
    unlock_failed = Signal(object)  # the exception
    backup_due = Signal()
    reminders_due = Signal()
    message = Signal(str)
    remote_due = Signal()  # (any thread) another user changed a date: reminders, soon
    # A team server's connection lost (False, the reason) or back (True, ""): the banner.
    connection_changed = Signal(bool, str, bool)
    # (any thread) The team server no longer lets the login in (True), or it is at another
    # clearance than the file was opened with (False): what the window shows must go.
    login_lost = Signal(bool)

    def __init__(self, settings: QSettings | None, open_fn: OpenFn | None,
                 parent: QObject | None = None):
        super().__init__(parent)
        self.settings = settings
        self.open_fn = open_fn
        self.case_file: CaseFile | None = None
        self.ui: UiContext | None = None
        self.location: Location | None = None  # set while locked: what unlocking opens
        self.encrypted = False
        self.runner = Runner(self)
        self.scans = Runner(self, threads=1)
        self.ops = Operations(lambda: self.case_file, self)
        self.ops.message.connect(self.message)
        self.bus = ChangesBus(self)
        self.idle = IdleWatcher(self)
        self.idle.idle.connect(lambda: self.lock_requested.emit(True))
        self.idle_ms = 0
        self.backup_timer = QTimer(self, singleShot=True)
        self.backup_timer.timeout.connect(self._backup_due)
        self.backup_first_ms, self.backup_every_ms = BACKUP_FIRST_MS, BACKUP_EVERY_MS
        self.reminder_timer = QTimer(self, interval=REMINDERS_EVERY_MS)
        # The views read again when the day changes, a deadline's hour passes or the computer
        # wakes (caseapp.ui.file_clocks); the half-hourly check looks at the day too.
        self.clocks = FileClocks(lambda: None if self.is_locked else self.case_file, self.bus,
                                 self.runner, self)
        self.clocks.woke.connect(self.reminders_due)
        self.reminder_timer.timeout.connect(self.clocks.check_day)
        self.reminder_timer.timeout.connect(self.reminders_due)
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.applicationStateChanged.connect(self.application_state)
        self._unlocking = False
        self.live: Any = None  # on a team server: the listener of other people's changes
        # Reminders follow other people's changes of dates, once they settle.
        self.remote_dates = QTimer(self, singleShot=True, interval=REMOTE_REMINDERS_MS)
        self.remote_dates.timeout.connect(self.reminders_due)
        self.remote_due.connect(self.remote_dates.start)
        # Other programs' writes to the file, looked for every short while and when the
        # window is used again (caseapp.ui.outside_changes).
        self.outside = OutsideChanges(self.runner, self.bus, self.message.emit,
                                      lambda: self.is_locked, self)

    @property
    def undo_stack(self) -> QUndoStack:
        return self.ops.stack

    @property
    def is_locked(self) -> bool:
        return self.location is not None

    # -- opening and closing --
    def open(self, case_file: CaseFile) -> None:
        """Show ``case_file`` (the one open before is closed, backed up first)."""
        self.close()
        self.location = None
        self.case_file = case_file
        case_file.subscribe(self.bus.publish)
        case_file.subscribe(self.ops.listen)
        self.ui = UiContext(case_file=case_file, runner=self.runner, scans=self.scans,
                            bus=self.bus, ops=self.ops, settings=self.settings)
        self._start_timers()
        self.outside.start(case_file)  # before the views read
        self.live = case_file.watch(self._heard, self.connection_changed.emit)
        case_file.watch_login(self._login_lost)
        self.opened.emit(case_file)

    def close(self, *, backup: bool = True) -> None:
        """Close the open case file (if any): ``closing``, then ``closed``."""
        cf = self.case_file
        if cf is None:
            return
        if self.live is not None:
            self.live.stop()
            self.live = None
        self.scans.drop_callbacks()  # its views go: what a reading stopped says goes too
        cf.stop_reading_scans()  # else waited for (half an hour), the scan in clear meanwhile
        self.scans.wait()
        self.ops.wait()
        self.runner.wait()
        self._stop_timers()
        self.closing.emit(cf, backup)
        self.ops.clear()
        cf.unwatch_login(self._login_lost)
        self.case_file = None
        self.ui = None
        cf.close()
        self.closed.emit()

    def close_for_login(self) -> None:
        """Close the file whose login the server no longer lets in, or changed the clearance
        of: nothing read before stays (views, undo history, results still on their way)."""
        self.runner.drop_callbacks()
        self.close(backup=False)
        self.runner.wait()
        self.runner.drop_callbacks()

    def _login_lost(self, gone: bool) -> None:
        self.login_lost.emit(gone)  # any thread: the window hears it on its own

    def _heard(self, change: Changes) -> None:
        """Another user's committed write (on the listener's thread): to the views, as a
        write of this window would be, and to the reminders when it moves a date."""
        self.bus.publish(change)
        if change.entity in DATED:
            self.remote_due.emit()

    def hand_over(self) -> CaseFile | None:
        """Give the open case file to another session (the window built again in another
        language): ``closing`` (no backup) and ``closed`` are emitted as for a close, but the
        file stays open and is returned. The undo history is not handed over (its steps are
        named in the old language): it is cleared, and the new window starts with none."""
        cf = self.case_file
        if cf is None:
            return None
        self.scans.drop_callbacks()  # the views that asked go: their readings stop with them
        cf.ocr.stop_those_begun()
        self.scans.wait()
        self.ops.wait()
        self.runner.wait()
        self._stop_timers()
        self.closing.emit(cf, False)
        self.ops.clear()
        cf.unsubscribe(self.bus.publish)
        cf.unsubscribe(self.ops.listen)
        cf.unwatch_login(self._login_lost)
        self.case_file = None
        self.ui = None
        self.closed.emit()
        return cf

    def wait(self) -> None:
        """Until no work of this session runs (closing the window, tests)."""
        self.ops.wait()
        self.runner.wait()
        self.scans.wait()

    # -- timers --
    def set_idle_ms(self, ms: int) -> None:
        self.idle_ms = ms
        if self.case_file is not None and not self.is_locked:
            self.idle.start(ms)
        else:
            self.idle.stop()

    def _start_timers(self) -> None:
        self.idle.start(self.idle_ms)
        self.reminder_timer.start()
        self.clocks.start(self.case_file.today() if self.case_file is not None else None)
        if self.case_file is not None and self.case_file.db.path is not None:
            self.backup_timer.start(self.backup_first_ms)  # shared databases: their server's job

    def _stop_timers(self) -> None:
        self.outside.stop()
        self.idle.stop()
        self.reminder_timer.stop()
        self.clocks.stop()
        self.backup_timer.stop()

    def application_state(self, state: Qt.ApplicationState) -> None:
        if state == Qt.ApplicationState.ApplicationActive:
            self.clocks.check_day()
            self.outside.check()

    def _backup_due(self) -> None:
        self.backup_due.emit()
        if self.case_file is not None:
            self.backup_timer.start(self.backup_every_ms)

    # -- locking --
    def lock(self) -> bool:
        """Close the file behind the lock (no backup; the key is forgotten): ``locked``."""
        cf = self.case_file
        if cf is None or self.is_locked:
            return False
        location = Location(path=cf.db.path) if cf.db.path is not None else Location(url=cf.db.url)
        encrypted = cf.db.encrypted
        self.runner.drop_callbacks()
        self.close(backup=False)
        self.runner.wait()  # nothing may reopen a connection behind the lock
        self.runner.drop_callbacks()
        cf.db.passphrase = None  # the key goes with the closed file
        self.location, self.encrypted = location, encrypted
        name = location.path.name if location.path is not None else ""
        self.locked.emit(name, encrypted)
        return True

    def unlock(self, passphrase: str) -> None:
        """Open the locked file again (in the background): ``unlocked`` or ``unlock_failed``."""
        location = self.location
        if location is None or self._unlocking or self.open_fn is None:
            return
        self._unlocking = True
        open_fn = self.open_fn
        secret = passphrase if self.encrypted else None
        actor = current_actor()
        self.runner.submit(lambda: open_fn(location, passphrase=secret, actor=actor),
                           self._unlocked, self._unlock_failed)

    def _unlocked(self, case_file: CaseFile) -> None:
        self._unlocking = False
        if self.location is None:  # closed or replaced meanwhile
            case_file.close()
            return
        self.open(case_file)
        self.unlocked.emit()

    def _unlock_failed(self, exc: BaseException) -> None:
        self._unlocking = False
        self.unlock_failed.emit(exc)

    def forget_lock(self) -> None:
        """Leave the locked file closed."""
        self.location = None

    def shutdown(self) -> None:
        """The window closes: close the file (backed up), stop listening for idle input."""
        self.close()
        self.idle.uninstall()

