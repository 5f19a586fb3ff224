"""The case-file session (caseapp.ui.session) owns the open file: it says when a file is
opened, closed and locked, and the window, the locker and the auto-backup follow it."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings

from caseapp.services.casefile import open_case_file
from caseapp.ui.main_window import MainWindow
from tests.conftest import TODAY

UI = Path(__file__).resolve().parents[2] / "caseapp" / "ui"


@pytest.fixture
def window(qtbot, tmp_path: Path):
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    w = MainWindow(settings, lambda location, **kw: open_case_file(location, today=lambda: TODAY, **kw),
                   demo_builder=lambda p: None, demo_path=tmp_path / "none.db")
    qtbot.addWidget(w)
    w.show()
    yield w
    w.close()


def test_opened_and_closed_drive_the_window_and_the_backup_on_close(
        qtbot, window: MainWindow, demo_copy: Path) -> None:
    session = window.session
    with qtbot.waitSignal(session.opened) as opened:
        assert window.open_path(demo_copy)
    cf = opened.args[0]
    assert window.case_file is cf and "deadlines" in window.views
    assert cf.backups.store.list() == []
    with qtbot.waitSignal(session.closed):
        window.set_case_file(None)
    assert window.views == {} and window.pages.currentWidget() is window.welcome
    # The auto-backup heard "closing": one backup, made for the close.
    assert [b.reason for b in cf.backups.store.list()] == ["close"]


def test_locking_closes_the_file_without_a_backup_and_the_locker_shows_its_page(
        qtbot, window: MainWindow, demo_copy: Path) -> None:
    session = window.session
    assert window.open_path(demo_copy)
    cf = window.case_file
    window.show_view("hearings")
    with qtbot.waitSignal(session.locked) as locked:
        session.idle.idle.emit()  # the idle time ran out
    assert locked.args == ["demo.db", False]  # the file's name; not encrypted
    assert window.case_file is None and window.locker.locked
    assert window.pages.currentWidget() is window.locker.page
    assert window.undo.count() == 0 and window.views == {}
    assert cf.backups.store.list() == []  # locking is not closing: no backup
    assert "without use" in window.locker.page.note.text()

    with qtbot.waitSignal(session.unlocked, timeout=20000):
        window.locker.page.unlock_button.click()  # not encrypted: no passphrase
    assert window.case_file is not None and window.current_view_id() == "hearings"


def test_the_backup_timer_of_the_session_makes_the_daily_backup(
        qtbot, window: MainWindow, demo_copy: Path) -> None:
    assert window.open_path(demo_copy)
    store = window.case_file.backups.store
    window.session.backup_due.emit()
    qtbot.waitUntil(lambda: window.runner.active == 0, timeout=20000)
    assert [(b.reason, b.verified) for b in store.list()] == [("daily", True)]


def test_the_session_reminder_timer_checks_the_deadlines(
        qtbot, window: MainWindow, demo_copy: Path) -> None:
    assert window.open_path(demo_copy)
    cf = window.case_file
    cid = cf.captives.create(names=["Sahakyan Davit"], status="pre_trial").id
    # Due two days before TODAY (2026-11-27): overdue when the timer next fires.
    cf.deadlines.create(captive_id=cid, title="File the appeal", due_on="2026-11-25")
    window.session.reminders_due.emit()
    qtbot.waitUntil(window.banner.isVisible, timeout=10000)
    text = window.banner.text.text()
    assert "1 deadline overdue" in text and "File the appeal" in text


def imports_of(path: Path) -> set[str]:
    """Every caseapp.ui module ``path`` imports, at the top or inside a function."""
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom) and node.module:
            found.add(node.module)
            found.update(f"{node.module}.{a.name}" for a in node.names)
        elif isinstance(node, ast.Import):
            found.update(a.name for a in node.names)
    return {m for m in found if m.startswith("caseapp.ui.")}


def test_no_import_circle_between_the_window_the_session_the_locker_and_the_backup() -> None:
    names = ("main_window", "session", "ops", "locker", "autobackup", "notifier")
    graph = {n: {m.removeprefix("caseapp.ui.") for m in imports_of(UI / f"{n}.py")} & set(names)
             for n in names}
    assert "main_window" not in graph["locker"] | graph["autobackup"] | graph["session"]
    for a in ("session", "ops"):
        assert not graph[a] & {"main_window", "locker", "autobackup", "notifier"}, a
    # No cycle at all among them (a depth-first walk never meets a module on its path).
    def walk(node: str, path: tuple[str, ...]) -> None:
        assert node not in path, " → ".join((*path, node))
        for nxt in graph[node]:
            walk(nxt, (*path, node))
    for n in names:
        walk(n, ())


def test_the_idle_filter_is_on_the_application_only_while_an_auto_lock_counts(session) -> None:
    """Every event of the application passes through an installed filter (in Python): it is
    installed while the auto-lock counts, and gone once nothing needs it. Left installed by
    closed sessions, it once made each later window several times slower to build."""
    from PySide6.QtCore import QEvent
    from PySide6.QtGui import QKeyEvent
    from PySide6.QtWidgets import QApplication

    from caseapp.ui.idle_watcher import IdleWatcher

    seen: list[int] = []
    original = IdleWatcher.eventFilter

    def counting(self, watched, event):
        seen.append(1)
        return original(self, watched, event)

    IdleWatcher.eventFilter = counting  # type: ignore[method-assign]
    try:
        def events_through_the_filter() -> int:
            seen.clear()
            QApplication.sendEvent(QApplication.instance(), QKeyEvent(
                QEvent.Type.KeyPress, 0x41, QApplication.keyboardModifiers()))
            return len(seen)

        session.set_idle_ms(0)  # no auto-lock chosen
        assert events_through_the_filter() == 0
        session.set_idle_ms(60_000)
        assert events_through_the_filter() == 1
        session.close()
        assert events_through_the_filter() == 0
    finally:
        IdleWatcher.eventFilter = original  # type: ignore[method-assign]


def test_the_window_filters_input_for_the_auto_lock_once_its_first_view_shows(
        qtbot, window: MainWindow, demo_copy: Path) -> None:
    """The window builds itself and paints its first view without the auto-lock's filter of
    every event (it cost the start about 40 ms); the idle time counts from the open all the
    same, and once the first view shows, the filter is in (input starts the idle time
    again: the test above)."""
    session = window.session
    session.set_idle_ms(600_000)
    with qtbot.waitSignal(session.opened):
        assert window.open_path(demo_copy)
    assert session.idle.timer.isActive()  # the idle time counts from the open
    assert not session.idle.filtering  # the first view is not shown yet
    qtbot.waitUntil(lambda: session.idle.filtering, timeout=30_000)
    # Locked and opened again in the same window: the filter is in at once.
    assert session.lock()
    assert not session.idle.timer.isActive() and not session.idle.filtering
    with qtbot.waitSignal(session.unlocked, timeout=30_000):
        session.unlock("")
    assert session.idle.filtering


def test_the_filter_comes_in_even_while_the_first_view_waits_behind_other_work(
        qtbot, window: MainWindow, demo_copy: Path) -> None:
    """Work started at once (before the first view's rows) keeps the window's background
    start waiting: the auto-lock hears input all the same a few seconds after the open, so
    that a lawyer at work is not locked out by an idle time that input could not reset."""
    import threading
    import time

    from caseapp.ui.window_file import FILTER_AT_LATEST_MS

    session = window.session
    session.set_idle_ms(600_000)
    release = threading.Event()
    with qtbot.waitSignal(session.opened):
        assert window.open_path(demo_copy)
    window.runner.submit(lambda: release.wait(60))  # long work, started with the open
    started = time.monotonic()
    try:
        qtbot.waitUntil(lambda: session.idle.filtering, timeout=30_000)
        assert not window.runner.settled  # the first view's background start still waits
        assert time.monotonic() - started < FILTER_AT_LATEST_MS / 1000 + 10
    finally:
        release.set()
