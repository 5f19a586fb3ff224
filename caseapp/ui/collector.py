"""Garbage collection: automatic, with extra collections on the UI thread when idle.

Python's automatic collector stays on everywhere: switching it off for the whole process
(as this module once did) let garbage pile up for as long as a window lived, and in tests
for the rest of the run. What remains of the old worry -- a collection that happens to run
on a background thread finalising objects the UI thread made -- is made unlikely here: the
young generations are collected on the UI thread whenever no background work is running,
so the UI's short-lived cycles are normally gone before a worker thread allocates enough to
trigger a collection. (Database connections are pooled per engine with a ``QueuePool``, so
a collection cannot roll back a connection another thread is using.)

:func:`freeze_start_up_objects` is for the application's start-up only: it moves the
objects alive then (modules, classes, the main window) out of the collector's sight, so
later full collections stay short. Tests never call it.
"""

from __future__ import annotations

import gc
from collections.abc import Sequence

from PySide6.QtCore import QObject, QTimer

from caseapp.ui.worker import Runner


class Collector(QObject):
    """Collects young garbage on the UI thread every ``interval_ms`` while every one of
    ``runners`` (the session's reader and its serial writer) is idle."""

    def __init__(self, runners: Sequence[Runner], parent: QObject | None = None,
                 interval_ms: int = 1000):
        super().__init__(parent)
        self.runners = tuple(runners)
        self.timer = QTimer(self, interval=interval_ms)
        self.timer.timeout.connect(self.collect)
        self.timer.start()

    def collect(self) -> None:
        if all(runner.active == 0 for runner in self.runners):
            gc.collect(1)


def freeze_start_up_objects() -> None:
    """Collect once, then exempt everything alive from later collections (start-up only)."""
    gc.collect()
    gc.freeze()
