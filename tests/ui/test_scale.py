"""100,000 captives: the captives view loads and filters in a fixed number of queries.

(Timings are measured by benchmarks/gui_captives.py, never asserted here.)
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtGui import QUndoStack
from sqlalchemy import event

from caseapp.config import Location
from caseapp.domain.enums import CaptiveStatus
from caseapp.services.bulk import fill_synthetic
from caseapp.services.casefile import open_case_file
from caseapp.ui.context import UiContext
from caseapp.ui.signals import ChangesBus
from caseapp.ui.views.captives import CaptivesView
from caseapp.ui.worker import Runner
from tests.conftest import TODAY

N = 100_000


@pytest.fixture(scope="module")
def big_file(tmp_path_factory: pytest.TempPathFactory):  # noqa: ANN201
    path: Path = tmp_path_factory.mktemp("big") / "big.db"
    cf = open_case_file(Location(path=path), create=True, actor="t", today=lambda: TODAY)
    fill_synthetic(cf.ctx, N, spellings=2)
    yield cf
    cf.close()


class QueryCounter:
    def __init__(self, engine) -> None:  # noqa: ANN001
        self.count = 0
        self.engine = engine
        event.listen(engine, "before_cursor_execute", self._count)

    def _count(self, *args: object) -> None:
        self.count += 1

    def take(self) -> int:
        n, self.count = self.count, 0
        return n

    def close(self) -> None:
        event.remove(self.engine, "before_cursor_execute", self._count)


def test_open_and_filter_100000_captives_without_a_query_per_row(qtbot, big_file) -> None:  # noqa: ANN001
    ui = UiContext(case_file=big_file, runner=Runner(), bus=ChangesBus(), undo=QUndoStack())
    counter = QueryCounter(big_file.db.engine)
    try:
        view = CaptivesView(ui)
        qtbot.addWidget(view)
        view.show()
        qtbot.waitUntil(lambda: view.model.rowCount() == N, timeout=60000)
        assert counter.take() <= 10  # five SELECTs, whatever the number of rows

        view.search.setText("Vardanyan 1234")
        qtbot.waitUntil(lambda: view.model.rowCount() < N, timeout=20000)
        found = [view.model.row_at(r).latin_name for r in range(view.model.rowCount())]
        assert found and all("Vardanyan 1234" in name for name in found)
        assert counter.take() <= 5  # one search, not one query per row

        shown = view.model.rowCount()
        view.status.setCurrentIndex(view.status.findData(CaptiveStatus.PRE_TRIAL))
        assert counter.take() == 0  # the status filter works on rows already loaded
        assert view.model.rowCount() <= shown
        ui.runner.wait()
    finally:
        counter.close()
