"""Garbage collection on the UI thread only.

Python's cyclic garbage collector runs in whichever thread happens to allocate when a
generation's threshold is passed. With background workers that is often a worker thread, and
a cycle it collects may hold a Qt object of the UI thread (an event loop, an undo command, a
widget's wrapper): destroying that from another thread crashes the process. It did: a
segmentation fault "Garbage-collecting" on the operations' worker thread while the UI thread
waited in :meth:`caseapp.ui.ops.Operations.run` (reproduced in the undo tests with a
low threshold).

So while a Qt application runs, automatic collection is off and :class:`UiThreadCollector`
does the same work on the UI thread: every ``interval_ms`` it looks at the collector's
counts and collects the generation whose threshold is passed, as Python would have (a full
collection at most every ``FULL_EVERY_S`` seconds: Python's own rule for skipping them, a
quarter of the long-lived objects, is not visible from here). The UI
thread's event loop keeps running while the workers do (the window paints, the busy bar
moves), so garbage made by a long background job is collected during it, not after.

:func:`freeze_start_up_objects` is for the application's start-up only: it moves the
objects alive then (modules, classes, the main window) out of the collector's sight, so
later full collections stay short. Tests never call it.
"""

from __future__ import annotations

import gc
import time

from PySide6.QtCore import QCoreApplication, QObject, QTimer

_NAME = "caseapp-ui-thread-collector"
FULL_EVERY_S = 10.0


class UiThreadCollector(QObject):
    """Collects on the UI thread what automatic collection would have (see the module)."""

    def __init__(self, parent: QObject, interval_ms: int = 100):
        super().__init__(parent)
        self.setObjectName(_NAME)
        self.collections = 0
        self._last_full = time.monotonic()
        self.thresholds = gc.get_threshold()
        self.timer = QTimer(self, interval=interval_ms)
        self.timer.timeout.connect(self.collect_due)
        self.timer.start()
        gc.disable()
        self.destroyed.connect(gc.enable)

    def due_generation(self) -> int | None:
        """The oldest generation whose threshold is passed, or None."""
        counts = gc.get_count()
        due = None
        for generation, (count, threshold) in enumerate(zip(counts, self.thresholds, strict=True)):
            if threshold and count >= threshold:
                due = generation
            else:
                break
        return due

    def collect_due(self) -> None:
        generation = self.due_generation()
        if generation == 2 and time.monotonic() - self._last_full < FULL_EVERY_S:
            generation = 1
        if generation is not None:
            if generation == 2:
                self._last_full = time.monotonic()
            gc.collect(generation)
            self.collections += 1


def collect_on_ui_thread(app: QCoreApplication) -> UiThreadCollector:
    """The application's collector (made once, owned by ``app``); call on the UI thread."""
    existing = app.findChild(UiThreadCollector, _NAME)
    if isinstance(existing, UiThreadCollector):
        return existing
    return UiThreadCollector(app)


def freeze_start_up_objects() -> None:
    """Collect once, then exempt everything alive from later collections (start-up only)."""
    gc.collect()
    gc.freeze()
