"""Running service calls off the UI thread.

:class:`Runner` runs a callable on a thread pool of its own (never Qt's global pool, so one
window's or test's work never waits behind another's) and calls back on the UI thread with
the result or the exception. Calls that share a ``key`` supersede each other: only the
newest one's result is delivered (search-as-you-type drops answers to old keystrokes).
"""

from __future__ import annotations

import itertools
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, QTimer, Signal, Slot

Callback = Callable[[Any], None]


def _ignore(_payload: Any) -> None:
    pass


class _Relay(QObject):
    finished = Signal(int)  # token: its outcome is waiting in the runner's outcomes


class _Task(QRunnable):
    """One call of work; what it returned or raised is left in ``outcomes`` for the UI
    thread, the signal carries only the token.

    Nothing the work held or made is freed on this (the reading) thread: the work itself is
    kept by the runner until it is delivered, and the outcome is put down *before* the
    signal is sent, this thread keeping no reference to it. (A task that still held its
    exception while the UI thread received it, dealt with it and let go of it freed it here
    as its ``except`` clause ended — the exception's traceback with every frame of the work
    and what they held: a widget's timer stopped from the wrong thread, then a segmentation
    fault, in CI runs.)
    """

    def __init__(self, token: int, fn: Callable[[], Any], relay: _Relay,
                 outcomes: dict[int, tuple[bool, Any]]):
        super().__init__()
        self.token, self.relay, self.outcomes = token, relay, outcomes
        self.fn: Callable[[], Any] | None = fn

    def run(self) -> None:
        fn, self.fn = self.fn, None
        assert fn is not None  # (run once)
        self._put_down(fn)
        del fn
        self.relay.finished.emit(self.token)

    def _put_down(self, fn: Callable[[], Any]) -> None:
        """Run ``fn`` and leave its outcome in ``outcomes`` (a dict's item set is atomic
        under the interpreter's lock); when this returns, nothing here refers to it."""
        try:
            self.outcomes[self.token] = (True, fn())
        except Exception as exc:  # noqa: BLE001 - handed to the UI thread to report
            self.outcomes[self.token] = (False, exc)


class Runner(QObject):
    """Runs work in the background and reports on the UI thread.

    ``busy`` turns true only when work has been running for ``busy_delay_ms``, so quick
    calls do not flicker a busy indicator. The runner owns its pool of ``threads`` threads
    (or uses ``pool`` if given); the pool goes with the runner.
    """

    busy = Signal(bool)
    failed = Signal(object)  # exceptions with no on_error of their own

    def __init__(self, parent: QObject | None = None, *, busy_delay_ms: int = 200,
                 pool: QThreadPool | None = None, threads: int = 2):
        super().__init__(parent)
        if pool is None:
            pool = QThreadPool(self)
            pool.setMaxThreadCount(threads)
        self._pool = pool
        self._relay = _Relay()
        self._outcomes: dict[int, tuple[bool, Any]] = {}  # put down by _Task, taken here
        self._relay.finished.connect(self._deliver, Qt.ConnectionType.QueuedConnection)
        self._tokens = itertools.count(1)
        self._pending: dict[int, tuple[Callback | None, Callback | None, str | None]] = {}
        self._work: dict[int, Callable[[], Any]] = {}  # let go of on this thread (_Task.run)
        self._latest: dict[str, int] = {}
        self._when_idle: list[tuple[Callable[[], Any], int]] = []
        self._idle_calls = 0  # calls of when_idle's timed but not yet made
        self._busy_timer = QTimer(self, singleShot=True, interval=busy_delay_ms)
        self._busy_timer.timeout.connect(lambda: self.busy.emit(True))

    @property
    def active(self) -> int:
        return len(self._pending)

    @property
    def settled(self) -> bool:
        """Nothing submitted is pending and no call of :meth:`when_idle` is waiting or
        timed (what follows the start has run: the benchmarks read the peak then)."""
        return not (self._pending or self._when_idle or self._idle_calls)

    def submit(self, fn: Callable[[], Any], on_done: Callback | None = None,
               on_error: Callback | None = None, *, key: str | None = None) -> int:
        token = next(self._tokens)
        self._pending[token] = (on_done, on_error, key)
        self._work[token] = fn
        if key is not None:
            self._latest[key] = token
        if len(self._pending) == 1:
            self._busy_timer.start()
        self._pool.start(_Task(token, fn, self._relay, self._outcomes))
        return token

    def when_idle(self, fn: Callable[[], Any], delay_ms: int = 0) -> None:
        """Call ``fn`` on the UI thread ``delay_ms`` after no work submitted is pending any
        more (after the last one's callback: what it showed is painted first); that long
        from now if none is pending now."""
        if self._pending:
            self._when_idle.append((fn, delay_ms))
        else:
            self._call_later(fn, delay_ms)

    def _call_later(self, fn: Callable[[], Any], delay_ms: int) -> None:
        def call() -> None:
            self._idle_calls -= 1
            fn()
        self._idle_calls += 1
        QTimer.singleShot(delay_ms, self, call)

    @Slot(int)
    def _deliver(self, token: int) -> None:
        ok, payload = self._outcomes.pop(token)
        try:
            self._deliver_one(token, ok, payload)
        finally:
            del payload  # (an exception's traceback holds this frame: no cycle through it)
            self._work.pop(token, None)
            if not self._pending and self._when_idle:
                waiting, self._when_idle = self._when_idle, []
                for fn, delay_ms in waiting:
                    self._call_later(fn, delay_ms)

    def _deliver_one(self, token: int, ok: bool, payload: Any) -> None:
        on_done, on_error, key = self._pending.pop(token, (None, None, None))
        if not self._pending:
            self._busy_timer.stop()
            self.busy.emit(False)
        if key is not None and self._latest.get(key) != token:
            return  # superseded by a newer call with the same key
        if ok:
            if on_done is not None:
                on_done(payload)
        elif on_error is not None:
            on_error(payload)
        else:
            self.failed.emit(payload)

    def drop_callbacks(self) -> None:
        """Deliver nothing of the work submitted so far (results and errors are dropped):
        for locking, when the views that asked are gone."""
        for token, (_done, _error, key) in list(self._pending.items()):
            self._pending[token] = (None, _ignore, key)

    def wait(self, msecs: int = 30000) -> bool:
        """Block until this runner's pool is idle, at most ``msecs`` (closing the window,
        locking, tests); true if it is."""
        return self._pool.waitForDone(msecs)
