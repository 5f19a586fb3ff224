"""The captives' list beside the sidebar at 1024×768 in Armenian and Russian, a search typed:
the count "2 of 26" («2 (ընդամենը՝ 26)») beside the search box and the status list made the
view wider than its room, the whole list scrolled sideways and the count and the last column
were cut at the window's edge. The count now goes on two lines where the row is short."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QFontMetrics

from caseapp.ui.language import apply_language
from caseapp.ui.views.captives import CaptivesView
from tests.ui.captive_pages import BESIDE_THE_SIDEBAR, WAIT


@pytest.mark.parametrize("lang", ["hy", "ru"])
def test_the_count_of_captives_found_fits_beside_the_search(qtbot, ui, lang: str) -> None:
    apply_language(QCoreApplication.instance(), lang)  # put back after the test
    view = CaptivesView(ui)
    qtbot.addWidget(view)
    view.resize(*BESIDE_THE_SIDEBAR)
    view.show()
    total = len(ui.case_file.captives.list())
    qtbot.waitUntil(lambda: view.model.rowCount() == total, timeout=WAIT)
    view.search.setText("Վարդան")
    qtbot.waitUntil(lambda: 0 < view.model.rowCount() < total, timeout=WAIT)
    qtbot.waitUntil(lambda: str(total) in view.count.text(), timeout=WAIT)
    assert view.minimumSizeHint().width() <= BESIDE_THE_SIDEBAR[0]
    count = view.count
    right = count.mapTo(view, count.rect().topRight()).x()
    assert right <= view.width()
    metrics = QFontMetrics(count.font())

    def needed() -> int:
        return metrics.boundingRect(0, 0, count.width(), 1 << 20, Qt.TextFlag.TextWordWrap,
                                    count.text()).height()

    # (the layout gives the label its height once the event loop runs after the new text;
    # a busy machine asked before that)
    qtbot.waitUntil(lambda: needed() <= count.height(), timeout=WAIT)
