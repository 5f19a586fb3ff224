"""Many captives: the captives view loads and filters in a fixed number of queries.

The number of queries does not depend on the number of rows, so the default run checks it
with 2,000 captives; the 100,000-captive run is marked ``slow`` (``pytest -m slow``).
Timings and the same query counts at any size: ``benchmarks/gui_captives.py``, never
asserted here.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import event

from caseapp.config import Location
from caseapp.demo.synthetic import fill_synthetic
from caseapp.domain.enums import CaptiveStatus
from caseapp.services.casefile import open_case_file
from caseapp.ui.session import CaseFileSession
from caseapp.ui.views.captives import CaptivesView
from tests.conftest import TODAY

SIZES = [
    # captives, a search that finds some of them (synthetic names end in their number)
    pytest.param((2_000, "Vardanyan 123"), id="2000"),
    pytest.param((100_000, "Vardanyan 1234"), id="100000", marks=pytest.mark.slow),
]


@pytest.fixture(scope="module", params=SIZES)
def big_file(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory):
    n, query = request.param
    path: Path = tmp_path_factory.mktemp("big") / "big.db"
    cf = open_case_file(Location(path=path), create=True, actor="t", today=lambda: TODAY)
    fill_synthetic(cf.ctx, n, spellings=2)
    yield cf, n, query
    cf.close()


class QueryCounter:
    def __init__(self, engine) -> None:
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


def test_open_and_filter_many_captives_without_a_query_per_row(qtbot, big_file) -> None:
    cf, n, query = big_file
    session = CaseFileSession(None, None)
    session.open(cf)
    ui = session.ui
    counter = QueryCounter(cf.db.engine)
    try:
        view = CaptivesView(ui)
        qtbot.addWidget(view)
        view.show()
        qtbot.waitUntil(lambda: view.model.rowCount() == n, timeout=60000)
        assert counter.take() <= 10  # five SELECTs, whatever the number of rows

        view.search.setText(query)
        qtbot.waitUntil(lambda: view.model.rowCount() < n, timeout=20000)
        found = [view.model.row_at(r).latin_name for r in range(view.model.rowCount())]
        assert found and all(query in name for name in found)
        assert counter.take() <= 5  # one search, not one query per row

        shown = view.model.rowCount()
        view.status.setCurrentIndex(view.status.findData(CaptiveStatus.PRE_TRIAL))
        assert counter.take() == 0  # the status filter works on rows already loaded
        assert view.model.rowCount() <= shown
        ui.runner.wait()
    finally:
        counter.close()
