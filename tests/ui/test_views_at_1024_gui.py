"""The main views at 1024×768 in Armenian and Russian, over the Armenian demo (the longest
real values: addressees, subjects, names, kinds): each table in view without scrolling
sideways, and nothing it shows cut with "…" but its free text, whole in the tooltip."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.ui.cut_cells import cut_texts
from tests.ui.small_screen import demo_window

WAIT = 10000


@pytest.fixture(params=["hy", "ru"])
def window(request, qtbot, tmp_path: Path, armenian_demo_template: Path):
    # a 1024 × 768 screen under a 30-pixel panel
    with demo_window(qtbot, tmp_path, request.param, armenian_demo_template,
                     size=(1024, 738)) as w:
        yield w


# (view, its table's attribute, the columns that may end in "…", whole in their tooltip:
# the free text, a hash; in the captives list the place, never the name nor the status)
TABLES = [("advocacy", "table", (3,)), ("documents", "table", (0, 7)), ("captives", "table", (4,)),
          ("contacts", "organisations", (0,)), ("contacts", "people", (1,)),
          ("contacts", "interventions", (1,)), ("hearings", "agenda", ()),
          ("deadlines", "table", (3,))]


@pytest.mark.parametrize(("view_id", "attribute", "elided"), TABLES)
def test_the_table_reads_whole_at_1024(qtbot, window, view_id: str, attribute: str,
                                       elided: tuple[int, ...]) -> None:
    window.show_view(view_id)
    view = window.views[view_id]
    table = getattr(view, attribute)
    qtbot.waitUntil(lambda: table.isVisible() and table.model().rowCount() > 0, timeout=WAIT)
    qtbot.wait(50)  # the columns are fitted once laid out (a zero timer)
    header = table.horizontalHeader()
    assert table.horizontalScrollBar().maximum() == 0, \
        [header.sectionSize(c) for c in range(header.count())]
    assert not cut_texts(table, elided)
