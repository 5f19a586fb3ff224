"""Background work: each runner has its own threads, and Python's garbage collector never
runs on one of them while a window is open (it would destroy the UI thread's Qt objects
there: a crash)."""

from __future__ import annotations

import gc
import threading
import time
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QEventLoop, QSettings, Qt, QThreadPool

from caseapp.ui.main_window import MainWindow
from caseapp.ui.worker import Runner


class _Cycle:
    def __init__(self) -> None:
        self.me = self


def test_a_runner_waits_only_for_its_own_work(qtbot) -> None:
    busy, idle = Runner(), Runner()
    release = threading.Event()
    results: list[str] = []
    busy.submit(lambda: release.wait(30) and "released", results.append)
    try:
        assert idle.wait(0)  # nothing of its own is running
        assert not busy.wait(0)
        assert QThreadPool.globalInstance().activeThreadCount() == 0
    finally:
        release.set()
    assert busy.wait(10000)
    qtbot.waitUntil(lambda: results == ["released"], timeout=10000)


def _window(qtbot, tmp_path: Path) -> MainWindow:
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    window = MainWindow(settings, lambda *a, **k: None, demo_builder=lambda p: None,
                        demo_path=tmp_path / "none.db")
    qtbot.addWidget(window)
    window.show()
    return window


def _cycles_made_on(runner: Runner, qtbot, settled: Callable[[], bool]) -> tuple[int, set[int]]:
    """Far more than a threshold's worth of cyclic garbage made on ``runner``'s thread, until
    ``settled()``: that thread, and the threads collections started on meanwhile."""
    collected_on: set[int] = set()

    def note(phase: str, info: dict) -> None:
        if phase == "start":
            collected_on.add(threading.get_ident())

    def make_cycles() -> int:
        for _ in range(200_000):
            _Cycle()
        return threading.get_ident()

    worker_ids: list[int] = []
    gc.callbacks.append(note)
    try:
        runner.submit(make_cycles, worker_ids.append)
        qtbot.waitUntil(lambda: bool(worker_ids), timeout=30000)
        qtbot.waitUntil(settled, timeout=10000)
    finally:
        gc.callbacks.remove(note)
    return worker_ids[0], collected_on


def test_garbage_made_on_a_worker_is_collected_on_the_ui_thread_only(qtbot, tmp_path) -> None:
    window = _window(qtbot, tmp_path)
    # the collector catches up on the UI thread while the event loop runs
    worker, collected_on = _cycles_made_on(
        window.runner, qtbot, lambda: window.collector.due_generation() is None)
    assert worker != threading.get_ident()
    assert collected_on == {threading.get_ident()}  # collections happened, all on this thread
    assert window.collector.collections > 0


def test_a_test_with_no_window_collects_on_the_ui_thread_too(qtbot) -> None:
    """The suite's own guard (tests/conftest.py's ``qapp``): a test building widgets over a
    case file read in the background, with no window, before any window test of its worker,
    collected garbage on the reading threads; a later test of that worker crashed."""
    runner = Runner()
    worker, collected_on = _cycles_made_on(runner, qtbot, lambda: runner.wait(0))
    assert worker != threading.get_ident()
    assert collected_on <= {threading.get_ident()}  # never on the reading thread


def test_a_closed_window_leaves_the_collector_collecting(qtbot, tmp_path) -> None:
    window = _window(qtbot, tmp_path)
    collector = window.collector
    window.close()
    for _ in range(50_000):
        _Cycle()
    before = collector.collections
    qtbot.waitUntil(lambda: collector.collections > before, timeout=10000)
    assert collector.due_generation() is None


def test_when_idle_waits_for_the_work_pending_and_its_callback(qtbot) -> None:
    runner = Runner()
    release = threading.Event()
    seen: list[str] = []
    runner.submit(lambda: release.wait(30) and "rows", seen.append)
    runner.submit(lambda: 1 / 0, None, lambda exc: seen.append(type(exc).__name__))
    runner.when_idle(lambda: seen.append("idle"))
    qtbot.waitUntil(lambda: seen == ["ZeroDivisionError"], timeout=10000)
    release.set()  # the last work pending ends: its callback first, then the idle call
    qtbot.waitUntil(lambda: "idle" in seen, timeout=10000)
    assert seen == ["ZeroDivisionError", "rows", "idle"]


def test_when_idle_with_nothing_pending_calls_at_the_next_turn(qtbot) -> None:
    runner = Runner()
    seen: list[str] = []
    runner.when_idle(lambda: seen.append("idle"))
    assert seen == []  # not from inside the call: from the event loop
    qtbot.waitUntil(lambda: seen == ["idle"], timeout=10000)


def test_settled_only_once_the_idle_call_and_the_work_it_submits_are_done(qtbot) -> None:
    runner = Runner()
    rows, reminders = threading.Event(), threading.Event()
    seen: list[str] = []
    assert runner.settled  # nothing asked yet
    runner.submit(lambda: rows.wait(30) and "rows", seen.append)
    # the idle call submits work of its own (as the start's reminders do)
    runner.when_idle(lambda: runner.submit(lambda: reminders.wait(30) and "reminders",
                                           seen.append), delay_ms=50)
    assert not runner.settled  # work pending
    rows.set()
    qtbot.waitUntil(lambda: seen == ["rows"], timeout=10000)
    assert not runner.settled  # the idle call is timed, or its work pending
    reminders.set()
    qtbot.waitUntil(lambda: runner.settled, timeout=10000)
    assert seen == ["rows", "reminders"]  # settled once the idle call's work was delivered


def test_work_let_go_of_is_freed_on_the_ui_thread(qtbot) -> None:
    """What a finished task held (a closure over a page the window closed meanwhile) is freed
    on the UI thread: freed on the reading thread, a widget stopped its timers from the wrong
    thread and the process crashed (a CI run)."""
    freed_on: list[int] = []

    class Held:
        def __del__(self) -> None:
            freed_on.append(threading.get_ident())

    def work() -> Callable[[], bool]:
        held = Held()
        return lambda: held is not None  # the closure holds the only reference

    runner = Runner()
    done: list[object] = []
    runner.submit(work(), done.append)
    assert runner.wait(10000)
    qtbot.waitUntil(lambda: bool(done), timeout=10000)
    assert freed_on == [threading.get_ident()]


def _freed_on(outcome: str) -> list[int]:
    """The threads that freed what a task returned or raised, when the UI thread received
    it, dealt with it and let go of it while the reading thread was still in its signal
    (held there by a connection of the test's: the window a CI run crashed in)."""
    freed_on: list[int] = []

    class Held:
        def __del__(self) -> None:
            freed_on.append(threading.get_ident())

    class Refused(Exception):
        pass

    def work() -> object:
        held = Held()
        if outcome == "raises":
            raise Refused(held)
        return [held]

    runner = Runner()
    delivered, release = threading.Event(), threading.Event()
    runner._relay.finished.connect(lambda *_: release.wait(10),
                                   Qt.ConnectionType.DirectConnection)
    runner.submit(work, lambda _v: delivered.set(), lambda _e: delivered.set())
    loop, deadline = QEventLoop(), time.monotonic() + 10
    while not delivered.is_set() and time.monotonic() < deadline:
        loop.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)  # (the task waits)
    release.set()
    assert delivered.is_set()
    assert runner.wait(10000)
    return freed_on


def test_an_exception_a_task_raised_is_freed_on_the_ui_thread(qtbot) -> None:
    """The exception's traceback holds every frame of the work and what they held (a dialog's
    values, a page): freed on the reading thread as its ``except`` clause ended, after the UI
    thread had let go of it, it crashed the process (a CI run, a dialog's refused save)."""
    assert _freed_on("raises") == [threading.get_ident()]


def test_what_a_task_returned_is_freed_on_the_ui_thread(qtbot) -> None:
    assert _freed_on("returns") == [threading.get_ident()]
