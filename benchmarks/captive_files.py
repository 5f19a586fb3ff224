"""Time to open each captive's file in the window (its records read, its tables filled,
wrapped and laid out), over the demo case file.

    uv run python benchmarks/captive_files.py [ROUNDS]     (default 3)

Builds the demo in a temporary folder, shows the captive's file view offscreen at
1016×736 (a 1024×768 screen's maximised window) and opens every captive in turn, ROUNDS
times; prints the median and the slowest open and the process's CPU time. Asserts nothing.
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


def main(rounds: int) -> None:
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
        cpu = time.process_time()
        for _ in range(rounds):
            for captive_id in ids:
                start = time.perf_counter()
                view.show_captive(captive_id)
                _wait(app, lambda i=captive_id: view.file is not None and view.file.captive.id == i)
                for _ in range(3):  # the fit and the rows' heights, queued on the event loop
                    app.processEvents()
                times.append(time.perf_counter() - start)
        cpu = time.process_time() - cpu
        print(f"{len(times)} files opened ({len(ids)} captives x {rounds}): median "
              f"{statistics.median(times) * 1000:.0f} ms, slowest {max(times) * 1000:.0f} ms, "
              f"CPU {cpu:.1f} s")
        view.close()
        session.ui.case_file.close()


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 3)
