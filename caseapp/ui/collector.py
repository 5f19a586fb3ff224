"""Garbage collection at safe moments, on the UI thread.

Python's automatic collector runs in whichever thread happens to allocate. Collecting
Qt wrappers or database cursors there while a background read is running can destroy
objects another thread is using (seen here as crashes inside SQLite). Qt applications
therefore switch automatic collection off and collect from a timer on the UI thread,
when no background work is running.
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QObject, QTimer

from caseapp.ui.worker import Runner


class Collector(QObject):
    def __init__(self, runner: Runner, parent: QObject | None = None, interval_ms: int = 3000):
        super().__init__(parent)
        self.runner = runner
        gc.disable()
        self.timer = QTimer(self, interval=interval_ms)
        self.timer.timeout.connect(self.collect)
        self.timer.start()

    def collect(self) -> None:
        if self.runner.active == 0:
            gc.collect()
