"""The idle time that locks the case file: every key press, click, mouse move or scroll of the
application starts it again."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtWidgets import QApplication

INPUT_EVENTS = frozenset({
    QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress, QEvent.Type.MouseMove,
    QEvent.Type.Wheel, QEvent.Type.TouchBegin, QEvent.Type.TouchUpdate,
})


class IdleWatcher(QObject):
    """While it counts: an application-wide event filter, so that every key press, click,
    mouse move or scroll starts the idle time again; ``idle`` is emitted when
    ``interval_ms`` passes without. It filters only while counting (a file open and an
    auto-lock chosen): every event of the application passes through a filter, so none is
    left installed when nothing needs it.

    :meth:`hold` keeps the filter out while the idle time counts (the window's start: each
    event of building the window and painting its first view would pass through Python,
    and handing Qt's objects to it made PySide6 create the Python enums of some seventy Qt
    classes the start does not use: about 40 ms of 1.25 s at 10,000 captives);
    :meth:`release` puts it in."""

    idle = Signal()

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self.timer = QTimer(self, singleShot=True)
        self.timer.timeout.connect(self.idle)
        self._installed = False
        self._held = False

    @property
    def filtering(self) -> bool:
        """Whether the filter is in: input starts the idle time again."""
        return self._installed

    def hold(self) -> None:
        """Count the idle time without the filter until :meth:`release` (input meanwhile
        does not start it again: it can only end sooner, never later)."""
        self._held = True
        self.uninstall()

    def release(self) -> None:
        """The filter in again if the idle time counts."""
        self._held = False
        if self.timer.isActive():
            self._install()

    def start(self, interval_ms: int) -> None:
        if interval_ms > 0:
            self.timer.start(interval_ms)
            self._install()
        else:
            self.stop()

    def stop(self) -> None:
        self.timer.stop()
        self.uninstall()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in INPUT_EVENTS and self.timer.isActive():
            self.timer.start()  # again, from now
        return False

    def _install(self) -> None:
        app = QApplication.instance()
        if app is not None and not self._installed and not self._held:
            app.installEventFilter(self)
            self._installed = True

    def uninstall(self) -> None:
        app = QApplication.instance()
        if app is not None and self._installed:
            app.removeEventFilter(self)
        self._installed = False
