"""The open case file's clocks: what happens when the day changes, when a deadline due at an
hour falls due, and when the computer wakes from sleep.

:class:`FileClocks` publishes a :data:`~caseapp.ui.signals.NEW_DAY` change on the changes
bus (the views read again) at the computer's midnight, at the moment an open deadline due at
an hour passes (the ECHR's 16:00 Strasbourg cut-off: overdue from then, not from the
half-hourly check), and on waking (timers do not count the hours the computer slept:
:mod:`caseapp.ui.wake_watch` notices from the clocks). The case-file session
(:mod:`caseapp.ui.session`) owns one, starts it when a file opens and stops it when the file
closes or locks; it asks for nothing about a locked file.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from datetime import date, datetime
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Qt, QTimer, Signal

from caseapp.ui.signals import NEW_DAY, OUTSIDE, ChangesBus
from caseapp.ui.wake_watch import WakeWatcher
from caseapp.ui.worker import Runner

if TYPE_CHECKING:
    from caseapp.services.casefile import CaseFile

# The longest the moment timer waits (a day): its next moment is found again by then.
MOMENT_AT_MOST_MS = 24 * 60 * 60 * 1000


class FileClocks(QObject):
    """The day timer, the moment timer and the wake watcher of the open case file."""

    woke = Signal()  # the computer slept (or its clock was set): the reminders check again

    def __init__(self, open_file: Callable[[], CaseFile | None], bus: ChangesBus,
                 runner: Runner, parent: QObject | None = None):
        """``open_file`` gives the case file open and not locked (None otherwise)."""
        super().__init__(parent)
        self._open_file = open_file
        self.bus = bus
        self.runner = runner
        # The views read again when the day changes: at midnight, at the half-hourly check
        # (a timer does not count the hours the laptop slept) and when the window is used again.
        self._day: date | None = None
        self.day_timer = QTimer(self, singleShot=True)
        self.day_timer.timeout.connect(self.check_day)
        # And when a deadline due at an hour (the ECHR's 16:00 Strasbourg cut-off) passes:
        # it is overdue from then, not from the half-hourly check (one timer, set to the next
        # such moment; set again at every check, and when deadlines change).
        self.moment_timer = QTimer(self, singleShot=True)
        self.moment_timer.setTimerType(Qt.TimerType.PreciseTimer)
        self.moment_timer.timeout.connect(self._moment_passed)
        self._moments_watched = False  # once the window has asked (wait_for_next_moment)
        # These timers do not count the hours the computer slept: a sleep (or the clock set)
        # is noticed from the clocks within seconds, and what fell due meanwhile read then.
        self.wake = WakeWatcher(self)
        self.wake.woke.connect(self._woke)
        self.bus.changed.connect(self._deadlines_changed)

    def start(self, today: date | None) -> None:
        """A file is open (``today`` is its day; None: no file)."""
        self.wake.start()
        if today is not None:
            self._day = today
            self._wait_for_midnight()

    def stop(self) -> None:
        self.wake.stop()
        self.day_timer.stop()
        self.moment_timer.stop()
        self._moments_watched = False

    def _new_day(self) -> None:
        # (imported here: the window's start shows the captives before these load)
        from caseapp.domain.dto import Changes
        from caseapp.domain.enums import AuditAction

        self.bus.publish(Changes(NEW_DAY, AuditAction.UPDATE, ()))

    def check_day(self) -> None:
        """When the day has changed since the file was opened or last checked: the views
        read again (a :data:`NEW_DAY` change), and the reminders check again after it."""
        cf = self._open_file()
        if cf is None:
            return
        today = cf.today()
        if today != self._day:
            self._day = today
            self._new_day()
        self._wait_for_midnight()
        if self._moments_watched:
            self.wait_for_next_moment()

    def _wait_for_midnight(self) -> None:
        """The day timer set to a second after the computer's next midnight (the local
        clock's, summer time or not; checked again then, should it fire early)."""
        now = time.time()
        year, month, day = time.localtime(now)[:3]
        midnight = time.mktime((year, month, day + 1, 0, 0, 0, 0, 0, -1))
        self.day_timer.start(max(1000, int((midnight - now) * 1000) + 1000))

    def _moment_passed(self) -> None:
        """A deadline due at an hour has just fallen due: the views read again (a
        :data:`NEW_DAY` change: what was "today" is overdue), the reminders check again
        after it, and the timer waits for the next such moment."""
        if self._open_file() is None:
            return
        self._new_day()
        self.wait_for_next_moment()

    def _woke(self) -> None:
        """The computer slept (or its clock was set): a deadline's hour, or midnight, may have
        passed meanwhile unseen by the timers. The views read again (a :data:`NEW_DAY`
        change), the reminders check, and the day and moment timers are set anew."""
        cf = self._open_file()
        if cf is None:
            return
        self._day = cf.today()
        self._new_day()
        self._wait_for_midnight()
        if self._moments_watched:
            self.wait_for_next_moment()
        self.woke.emit()

    def _deadlines_changed(self, change: Any) -> None:
        # one added, moved or closed, here or by another program (noticed by the window)
        if self._moments_watched and getattr(change, "entity", None) in ("deadlines", OUTSIDE):
            self.wait_for_next_moment()

    def wait_for_next_moment(self) -> None:
        """The moment timer set to a second after the next moment an open deadline due at
        an hour falls due (read off the UI thread); stopped when there is none within about
        a day (the half-hourly check looks again). The window asks first once the view it
        opens on has its rows (the read would import SQLAlchemy before them); then every
        check of the day and every change of deadlines asks again."""
        cf = self._open_file()
        if cf is None:
            return
        self._moments_watched = True

        def read() -> tuple[datetime | None, datetime]:
            return cf.reminders.next_moment(), cf.ctx.now()

        def wait(found: tuple[datetime | None, datetime]) -> None:
            if self._open_file() is not cf:
                return  # an answer about a file since closed or locked
            moment, now = found
            self.moment_timer.stop()
            if moment is not None:
                ms = int((moment - now).total_seconds() * 1000) + 1000
                self.moment_timer.start(max(1000, min(ms, MOMENT_AT_MOST_MS)))
        self.runner.submit(read, wait, lambda _error: None, key="next_moment")
