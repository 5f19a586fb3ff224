"""Background work: each runner has its own threads, and windows leave the garbage
collector on (nothing set for one window leaks into the rest of the process)."""

from __future__ import annotations

import gc
import threading
from pathlib import Path

from PySide6.QtCore import QSettings, QThreadPool

from caseapp.ui.main_window import MainWindow
from caseapp.ui.worker import Runner


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


def test_a_window_leaves_automatic_garbage_collection_on(qtbot, tmp_path: Path) -> None:
    assert gc.isenabled()
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    window = MainWindow(settings, lambda *a, **k: None, demo_builder=lambda p: None,
                        demo_path=tmp_path / "none.db")
    qtbot.addWidget(window)
    window.show()
    assert gc.isenabled()
    window.collector.collect()  # the idle-time collection on the UI thread
    assert gc.isenabled()
    window.close()
    assert gc.isenabled()
