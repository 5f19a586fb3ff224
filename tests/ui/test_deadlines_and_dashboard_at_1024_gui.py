"""The Deadlines page and the Dashboard at 1024×768 in Armenian and Russian, over the Armenian
demo: the page itself never scrolls (its table and lists scroll inside), never sideways, and
each part keeps room to be read: the table its first three rows, the computation its first
lines, each list of the dashboard its first lines."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QListWidget, QScrollArea

from caseapp.ui.views.dashboard import LEAST_LINES
from caseapp.ui.views.tables import LEAST_ROWS
from tests.ui.small_screen import demo_window

WAIT = 10000

# The window maximised on a 1024×768 screen (1016×736), and 56 pixels shorter: the real
# Armenian window leaves the page some 22 pixels less than this one does (the reminder banner
# on four lines, the status bar's message on two), and a margin for a longer banner.
HEIGHTS = (736, 680)


@pytest.fixture(params=["hy", "ru"])
def window(request, qtbot, tmp_path: Path, armenian_demo_template: Path):
    with demo_window(qtbot, tmp_path, request.param, armenian_demo_template) as w:
        qtbot.waitUntil(w.banner.isVisible, timeout=WAIT)  # what is due, over the page
        yield w


def _scrolled(window, view) -> list[str]:
    """The scroll areas of the page that scroll: the window's around the view, and any of
    the view's own (the dashboard had one round its whole content)."""
    areas = [window.stack.area_of(view), *view.findChildren(QScrollArea)]
    return [f"{a.objectName() or type(a).__name__}: {a.verticalScrollBar().maximum()} down, "
            f"{a.horizontalScrollBar().maximum()} across" for a in areas
            if a.isVisible() and (a.verticalScrollBar().maximum() or a.horizontalScrollBar().maximum())]


def _show(qtbot, window, name: str, height: int):
    # the pages are as much shorter as the window (the window's own height changes first)
    stack = window.stack.height() + height - window.height()
    window.resize(1016, height)
    qtbot.waitUntil(lambda: window.stack.height() == stack, timeout=WAIT)
    window.show_view(name)
    return window.views[name]


@pytest.mark.parametrize("height", HEIGHTS)
def test_the_deadlines_page_fits_and_its_table_scrolls(qtbot, window, height) -> None:
    """Under a long banner the page scrolled (38 pixels in Armenian at the shorter height):
    Qt counted the table at the height it would like."""
    view = _show(qtbot, window, "deadlines", height)
    qtbot.waitUntil(lambda: view.table.model().rowCount() > 10 and view.count.text()
                    and view.rule.count() > 1 and "\n" in view.details.toPlainText(),
                    timeout=WAIT)  # the rows, the filters and the first one's computation
    qtbot.wait(100)  # laid out (a zero timer fits the columns; no time asserted)
    assert not _scrolled(window, view)
    table = view.table
    assert table.viewport().height() >= LEAST_ROWS * table.verticalHeader().defaultSectionSize()
    details = view.details
    assert details.viewport().height() >= 4 * details.fontMetrics().lineSpacing()


@pytest.mark.parametrize("height", HEIGHTS)
def test_the_dashboard_fits_and_its_lists_scroll(qtbot, window, height) -> None:
    """The dashboard scrolled as a whole inside a scroll area of its own (some 100 pixels
    in Armenian); now its lists scroll, each with room for its first lines, the tiles whole."""
    view = _show(qtbot, window, "dashboard", height)
    qtbot.waitUntil(lambda: view.attention.count() > 3 and view.recent.count() > 3, timeout=WAIT)
    qtbot.wait(100)  # laid out with the counts and lists (no time asserted)
    assert not _scrolled(window, view)
    for lst in view.findChildren(QListWidget):
        assert lst.isVisible(), lst.objectName()
        assert lst.viewport().height() >= LEAST_LINES * lst.fontMetrics().lineSpacing(), (
            lst.objectName(), lst.viewport().height())
    for card in view.cards.values():
        if card.isVisible():
            assert card.height() >= card.minimumSizeHint().height(), card.objectName()
            assert card.caption.height() >= card.caption.heightForWidth(card.caption.width()), (
                card.caption.text())
