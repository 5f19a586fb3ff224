"""Time to open each captive's file in the window (its records read, its tables filled,
wrapped and laid out), over the demo case file.

    uv run python benchmarks/captive_files.py [ROUNDS] [--every-tab]     (default 3)

Builds the demo in a temporary folder, shows the captive's file view offscreen at
1016×736 (a 1024×768 screen's maximised window) and opens every captive in turn, ROUNDS
times; prints the median and the slowest open and the process's CPU time. With
``--every-tab``, after each open every other tab is shown once and the first again (a tab's
table selects its row and measures its rows when first shown), timed apart. Asserts nothing.
"""

from __future__ import annotations

import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication

from caseapp.config import Location
from caseapp.demo.case_file import build_demo
from caseapp.services.casefile import open_case_file
from caseapp.ui.session import CaseFileSession
from caseapp.ui.views.captive_file import CaptiveFileView


def _wait(app: QApplication, done, seconds: float = 30.0) -> None:  # type: ignore[no-untyped-def]
    end = time.perf_counter() + seconds
    while not done():
        app.processEvents()
        time.sleep(0.001)
        if time.perf_counter() > end:
            raise SystemExit("a captive's file took longer than 30 s to open")


def _settle(app: QApplication) -> None:
    for _ in range(3):  # the fit and the rows' heights, queued on the event loop
        app.processEvents()


def main(rounds: int, every_tab: bool = False) -> None:
    app = QApplication.instance() or QApplication(sys.argv)
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "demo.db"
        build_demo(open_case_file(Location(path=path), create=True, actor="benchmark"))
        session = CaseFileSession(None, None)
        session.open(open_case_file(Location(path=path), actor="benchmark"))
        view = CaptiveFileView(session.ui)
        view.resize(1016, 736)
        view.show()
        ids = [c.id for c in session.ui.case_file.captives.list()]
        times: list[float] = []
        tabs: list[float] = []
        cpu = time.process_time()
        for _ in range(rounds):
            for captive_id in ids:
                start = time.perf_counter()
                view.show_captive(captive_id)
                _wait(app, lambda i=captive_id: view.file is not None and view.file.captive.id == i)
                _settle(app)
                times.append(time.perf_counter() - start)
                if every_tab:  # then each other tab shown once, and the first again
                    start = time.perf_counter()
                    for tab in [*range(1, view.tabs.count()), 0]:
                        view.tabs.setCurrentIndex(tab)
                        _settle(app)
                    tabs.append(time.perf_counter() - start)
        cpu = time.process_time() - cpu
        print(f"{len(times)} files opened ({len(ids)} captives x {rounds}): median "
              f"{statistics.median(times) * 1000:.0f} ms, slowest {max(times) * 1000:.0f} ms"
              + (f"; every tab shown once after it: median {statistics.median(tabs) * 1000:.0f} "
                 f"ms, slowest {max(tabs) * 1000:.0f} ms" if tabs else "") + f"; CPU {cpu:.1f} s")
        view.close()
        session.ui.case_file.close()


if __name__ == "__main__":
    numbers = [a for a in sys.argv[1:] if a != "--every-tab"]
    main(int(numbers[0]) if numbers else 3, every_tab="--every-tab" in sys.argv[1:])
