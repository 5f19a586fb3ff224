"""Reminders while the window is locked: at the moments the open file's reminders would have
spoken (read before it closed, :func:`caseapp.services.locked_reminders.moments_while_locked`),
the lock page and the tray say that reminders wait in the locked case file. Nothing of the
file is kept: the moments alone, which name nobody.

The clock is looked at every half-minute, wall time against each moment: a laptop asleep
over a moment says it once it wakes."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import UTC, datetime

from PySide6.QtCore import QObject, QTimer, Signal

CHECK_MS = 30_000


class LockedReminders(QObject):
    """Emits :attr:`came` once for each moment passed (several passed at once: once)."""

    came = Signal()

    def __init__(self, parent: QObject | None = None, *, check_ms: int = CHECK_MS,
                 clock: Callable[[], datetime] = lambda: datetime.now(UTC)) -> None:
        super().__init__(parent)
        self.clock = clock
        self.timer = QTimer(self, interval=check_ms)
        self.timer.timeout.connect(self.check)
        self._moments: list[datetime] = []

    def start(self, moments: Sequence[datetime]) -> None:
        self._moments = sorted(moments)
        if self._moments:
            self.timer.start()

    def stop(self) -> None:
        self.timer.stop()
        self._moments = []

    @property
    def moments(self) -> tuple[datetime, ...]:
        """The moments still ahead."""
        return tuple(self._moments)

    def check(self) -> None:
        now = self.clock()
        ahead = [m for m in self._moments if m > now]
        passed = len(ahead) < len(self._moments)
        self._moments = ahead
        if not ahead:
            self.timer.stop()
        if passed:
            self.came.emit()


__all__ = ["LockedReminders"]
