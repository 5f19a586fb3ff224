"""Time to first paint and per-keystroke filter latency of the captives view.

    uv run python benchmarks/gui_captives.py [N_CAPTIVES]     (default 100,000)

Fills a temporary case file with N synthetic captives (Armenian, Latin and Cyrillic
spellings), opens the captives view offscreen and measures:
- first paint: from creating the view until its table shows the rows;
- filter latency: from a keystroke in the search box until the table shows the result
  (search debounce excluded: the timer is fired at once);
- status filter and sorting on the loaded rows;
- the SQL statements each step ran (the first load and a search take a fixed number,
  whatever N; the status filter and sorting none): what tests/ui/test_scale.py asserts
  with 2,000 captives (and with 100,000 under ``pytest -m slow``).
Prints figures; asserts nothing.
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QApplication
from sqlalchemy import event

from caseapp.config import Location
from caseapp.demo.synthetic import fill_synthetic
from caseapp.domain.enums import CaptiveStatus
from caseapp.services.casefile import open_case_file
from caseapp.ui.session import CaseFileSession
from caseapp.ui.views.captives import CaptivesView


def wait_for(predicate, timeout: float = 120.0) -> float:
    start = time.perf_counter()
    while not predicate():
        QCoreApplication.processEvents()
        if time.perf_counter() - start > timeout:
            raise TimeoutError
        time.sleep(0.001)
    return time.perf_counter() - start


class Statements:
    """Counts the SQL statements an engine runs."""

    def __init__(self, engine) -> None:
        self.count = 0
        event.listen(engine, "before_cursor_execute", self._count)

    def _count(self, *_args: object) -> None:
        self.count += 1

    def take(self) -> int:
        n, self.count = self.count, 0
        return n


def main() -> None:
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 100_000
    app = QApplication.instance() or QApplication([])
    with tempfile.TemporaryDirectory() as tmp:
        cf = open_case_file(Location(path=Path(tmp) / "big.db"), create=True, actor="bench")
        start = time.perf_counter()
        fill_synthetic(cf.ctx, n)
        print(f"filled {n} captives in {time.perf_counter() - start:.1f} s")
        session = CaseFileSession(None, None)
        session.open(cf)
        ui = session.ui
        statements = Statements(cf.db.engine)

        start = time.perf_counter()
        view = CaptivesView(ui)
        view.resize(1280, 800)
        view.show()
        wait_for(lambda: view.model.rowCount() == n)
        view.repaint()
        print(f"first paint with {n} rows:             {(time.perf_counter() - start) * 1000:8.0f} ms"
              f"  ({statements.take()} SQL statements)")

        for query in ("v", "va", "var", "vard", "vardanyan", "vardanyan 1", "vardanyan 12",
                      "Варданян 123", "Վարդանյան 1234"):
            before = view.model.rowCount()
            start = time.perf_counter()
            view.search.setText(query)
            view.filters._debounce.stop()
            view.filters._run_search()
            ui.runner.wait()
            wait_for(lambda: ui.runner.active == 0)
            QCoreApplication.processEvents()
            view.table.repaint()
            took = (time.perf_counter() - start) * 1000
            print(f"filter {query!r:<18} {before:>7} → {view.model.rowCount():>7} rows  {took:8.0f} ms"
                  f"  ({statements.take()} SQL statements)")

        view.search.setText("")
        view.filters._run_search()
        ui.runner.wait()
        wait_for(lambda: ui.runner.active == 0)
        statements.take()
        start = time.perf_counter()
        view.status.setCurrentIndex(view.status.findData(CaptiveStatus.PRE_TRIAL))
        view.table.repaint()
        print(f"status filter on loaded rows:          {(time.perf_counter() - start) * 1000:8.0f} ms"
              f"  ({statements.take()} SQL statements)")
        view.status.setCurrentIndex(0)
        start = time.perf_counter()
        view.table.sortByColumn(5, Qt.SortOrder.DescendingOrder)
        view.table.repaint()
        print(f"sort {n} rows by days in custody:      {(time.perf_counter() - start) * 1000:8.0f} ms"
              f"  ({statements.take()} SQL statements)")
        ui.runner.wait()
        cf.close()
    app.quit()


if __name__ == "__main__":
    main()
