"""Noticing that the computer slept, or that its clock was set.

Qt's timers count the time the computer is awake only: a laptop put to sleep at 15:30 with
a deadline due at 16:00 Strasbourg time woke at 17:30 with the timer still 30 minutes from
firing, so the views called the deadline "today" and the reminders stayed silent for up to
half an hour more (and a night's sleep left yesterday's "due today" on the screen in the
morning). The wall clock and the monotonic clock part when the computer sleeps (or the
clock is set): looked at every few seconds, that gap says it, and :attr:`WakeWatcher.woke`
is emitted so that the case-file session reads what fell due meanwhile."""

from __future__ import annotations

import time

from PySide6.QtCore import QObject, QTimer, Signal

WAKE_CHECK_MS = 15_000  # how often the clocks are compared (a subtraction: nothing read)
JUMP_SECONDS = 60.0  # a gap larger than this is a sleep or a clock set, not a clock's drift


def clock_offset() -> float:
    """The wall clock less the monotonic clock (which stops while the computer sleeps)."""
    return time.time() - time.monotonic()


class WakeWatcher(QObject):
    """Emits :attr:`woke` when the wall clock moved on by more than :data:`JUMP_SECONDS`
    beyond the time the timers counted (the computer slept), or was set back or forth."""

    woke = Signal()

    def __init__(self, parent: QObject | None = None, interval_ms: int = WAKE_CHECK_MS):
        super().__init__(parent)
        self.timer = QTimer(self, interval=interval_ms)
        self.timer.timeout.connect(self.check)
        self._offset: float | None = None

    def start(self) -> None:
        self._offset = clock_offset()
        self.timer.start()

    def stop(self) -> None:
        self.timer.stop()
        self._offset = None

    def check(self) -> None:
        offset = clock_offset()
        jumped = self._offset is not None and abs(offset - self._offset) > JUMP_SECONDS
        self._offset = offset
        if jumped:
            self.woke.emit()
