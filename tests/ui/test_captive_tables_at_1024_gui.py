"""The captive's hearings and interventions read whole at 1024 pixels in Armenian and Russian: every
column in view (no sideways scrolling to find the next hearing's date), the dates whole, and
no word of a cell cut with "…" (a long cell goes on more lines); the free text (the
outcome, the subject) keeps room to be read. A width the user gives a column stays."""

from __future__ import annotations

from collections import Counter

import pytest
from PySide6.QtCore import Qt

from caseapp.ui.language import apply_language
from caseapp.ui.views.captive_file import CaptiveFileView

WAIT = 10000
CELL_MARGIN = 7  # what a cell keeps around its text (3 pixels a side) and its grid line


@pytest.fixture(params=["hy", "ru"])
def language(request, qapp):
    """The window's language, its dates included (put back after the test: tests/conftest)."""
    apply_language(qapp, request.param)
    return request.param


def _busiest(ui) -> int:
    """The captive with the most interventions (and hearings): the fullest tables."""
    cf = ui.case_file
    counts = Counter(c for i in cf.interventions.list() for c in i.captive_ids)
    counts.update(c for h in cf.hearings.list() for c in h.captive_ids)
    return counts.most_common(1)[0][0]


@pytest.fixture
def page(qtbot, armenian_ui, language):
    """The busiest captive's file of the Armenian demo (its outcomes and subjects in
    Armenian, the longest words), in the interface's language."""
    ui = armenian_ui
    view = CaptiveFileView(ui)
    qtbot.addWidget(view)
    view.resize(766, 640)  # the captive's page in a 1024 × 768 window, beside the sidebar
    view.show()
    view.show_captive(_busiest(ui))
    qtbot.waitUntil(lambda: view.file is not None, timeout=WAIT)
    return view


def _show(qtbot, page: CaptiveFileView, section: str) -> None:
    target = page.sections[section]
    for index in range(page.tabs.count()):
        if page.tabs.widget(index).isAncestorOf(target):
            page.tabs.setCurrentIndex(index)
    qtbot.waitUntil(lambda: target.isVisible() and target.model.rowCount() > 0, timeout=WAIT)
    qtbot.wait(50)  # the columns are fitted once laid out (a zero timer)


def _cut(section) -> list[str]:
    table, model = section.table, section.model
    header, metrics = table.horizontalHeader(), table.fontMetrics()
    cut = []
    for column in range(model.columnCount()):
        room = header.sectionSize(column) - CELL_MARGIN
        for row in range(model.rowCount()):
            for word in str(model.index(row, column).data() or "").split():
                if metrics.horizontalAdvance(word) > room:
                    cut.append(f"{model.headerData(column, Qt.Orientation.Horizontal)}: {word}")
    return cut


@pytest.mark.parametrize("name", ["hearings", "interventions"])
def test_the_table_reads_whole_at_1024_pixels(qtbot, page: CaptiveFileView, name: str) -> None:
    _show(qtbot, page, name)
    section = page.sections[name]
    table, header = section.table, section.table.horizontalHeader()
    assert table.horizontalScrollBar().maximum() == 0, \
        [header.sectionSize(c) for c in range(header.count())]
    assert not _cut(section)
    for column in section.whole:  # the dates
        assert header.sectionSize(column) >= table.sizeHintForColumn(column)
    assert header.sectionSize(section.stretch) >= 100  # the free text keeps room


def test_a_width_the_user_gives_stays_when_the_rows_come_again(qtbot,
                                                               page: CaptiveFileView) -> None:
    _show(qtbot, page, "interventions")
    section = page.sections["interventions"]
    header = section.table.horizontalHeader()
    column = next(c for c in range(header.count())
                  if c != section.stretch and c not in section.whole)
    header.resizeSection(column, header.sectionSize(column) + 40)
    chosen = header.sectionSize(column)
    page.reload()
    qtbot.waitUntil(lambda: section.model.rowCount() > 0, timeout=WAIT)
    qtbot.wait(50)
    assert header.sectionSize(column) == chosen
