"""Tables at 1024×768 as the lawyer reads and arranges them: a row of wrapped text has room
above and below its lines (a second line on the grid line read as cut, "Газахский районный
/ суд"), also after a column is narrowed or the font grows; a search box shows its whole
example; a column width she drags stays through refreshes and filters, and across a restart,
until she asks for the columns fitted again."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtGui import QAction, QFont, QFontMetrics
from PySide6.QtWidgets import (
    QAbstractScrollArea,
    QLineEdit,
    QStyle,
    QStyleOptionFrame,
    QStyleOptionViewItem,
    QTableView,
    QToolButton,
)

from caseapp.ui.views.captive_file import CaptiveFileView
from caseapp.ui.widgets.fitted_columns import FittedColumns, RoomyRows
from tests.conftest import copy_of
from tests.ui.captive_pages import BESIDE_THE_SIDEBAR, WAIT, open_page, show_section
from tests.ui.cut_cells import text_height
from tests.ui.small_screen import main_window

CLEAR_ROOM = 2  # the least room a row leaves above and below its tallest text


def _crowded_rows(table: QTableView) -> list[tuple[int, int, int]]:
    """The rows (row, its height, its tallest text) with less than CLEAR_ROOM pixels above and
    below that text, or shorter than a cell's size hint, or with a cell cut without a sign. A
    table whose rows take at most N lines (:class:`RoomyRows`' ``lines``) needs room for N
    lines of a longer text only, and a cell cut to them must give its whole text in its
    tooltip (the style ends its last line in "…")."""
    crowded = []
    header = table.horizontalHeader()
    shown = [c for c in range(header.count()) if not header.isSectionHidden(c)]
    spacing = QFontMetrics(table.font()).lineSpacing()
    for row in range(table.model().rowCount()):
        heights = {c: text_height(table, row, c) for c in shown}
        tallest = max(heights.values())
        room = table.rowHeight(row) - (1 if table.showGrid() else 0)
        for column in shown:
            delegate = table.itemDelegateForIndex(table.model().index(row, column))
            lines = delegate.lines if isinstance(delegate, RoomyRows) else None
            if lines is not None and heights[column] > lines * spacing:
                if not _tells_whole(table, row, column):
                    crowded.append((row, table.rowHeight(row), heights[column]))
                heights[column] = lines * spacing
        needed = max(heights.values())
        if room < needed + 2 * CLEAR_ROOM or table.rowHeight(row) < table.sizeHintForRow(row):
            crowded.append((row, table.rowHeight(row), tallest))
    return crowded


def _tells_whole(table: QTableView, row: int, column: int) -> bool:
    """Whether the cell, cut to its row, gives its whole text in its tooltip."""
    index = table.model().index(row, column)
    delegate = table.itemDelegateForIndex(index)
    option = QStyleOptionViewItem()
    option.rect = table.visualRect(index)
    option.font = table.font()
    return isinstance(delegate, RoomyRows) and delegate.cut_text(option, index) == str(index.data())


@pytest.fixture
def page(qtbot, ui):
    """The file of the demo's captive with the most detention orders, at 1024 pixels."""
    cf = ui.case_file
    orders: dict[int, int] = {}
    for captive in cf.captives.list():
        orders[captive.id] = len(cf.detention_orders.list(captive_id=captive.id))
    return open_page(qtbot, ui, max(orders, key=lambda c: orders[c]), BESIDE_THE_SIDEBAR)



@pytest.mark.parametrize("section", ["detention_orders", "hearings", "prosecutions"])
@pytest.mark.parametrize("change", ["as laid out", "a column narrowed", "a larger font",
                                    "the page narrowed"])
def test_a_wrapped_row_has_room_around_its_lines(qtbot, page: CaptiveFileView, section: str,
                                                 change: str) -> None:
    """Rows were exactly as tall as their lines: two lines of the court's name filled the
    row, the second one's descenders on the grid line. After the widths change (by hand, by
    the window) or the font does, the rows still follow what their cells need, up to two
    lines: a longer text ends in "…" and is whole in its tooltip."""
    table = show_section(qtbot, page, section)
    header = table.horizontalHeader()
    if change == "a column narrowed":  # as the lawyer drags a column's edge
        column = max((c for c in range(header.count()) if not header.isSectionHidden(c)
                      and header.sectionResizeMode(c) == header.ResizeMode.Interactive),
                     key=header.sectionSize)
        header.resizeSection(column, max(header.minimumSectionSize(), header.sectionSize(column) // 2))
    elif change == "a larger font":
        font = QFont(table.font())
        font.setPointSize(font.pointSize() + 3)
        table.setFont(font)
    elif change == "the page narrowed":
        page.resize(620, 640)
    qtbot.wait(50)  # laid out again (no time asserted)
    assert not _crowded_rows(table)


@pytest.fixture(params=["hy", "ru"])
def window(request, qtbot, tmp_path: Path, armenian_demo_template: Path):
    w = main_window(qtbot, tmp_path, request.param)
    yield w
    w.set_case_file(None, backup_previous=False)
    w.close()


def _placeholder_room(edit: QLineEdit) -> int:
    """The width the box's example is drawn in: from its text's left edge (2 pixels inside
    its contents) to 4 pixels before its clear button (the margin Qt keeps before a button in
    a line edit), less 2 pixels on the right."""
    option = QStyleOptionFrame()
    edit.initStyleOption(option)
    contents = edit.style().subElementRect(QStyle.SubElement.SE_LineEditContents, option, edit)
    right = min((b.geometry().left() for b in edit.findChildren(QToolButton)),
                default=contents.right() + 1)
    return right - 4 - contents.left() - 2 * 2 - edit.textMargins().left()


@pytest.mark.parametrize(("view_id", "name"), [("deadlines", "deadlines_search"),
                                               ("captives", "captives_search"),
                                               ("advocacy", "advocacy_search"),
                                               ("documents", "documents_search"),
                                               ("contacts", "contacts_search")])
def test_the_search_box_shows_its_whole_example_at_1024(qtbot, window, tmp_path: Path,
                                                        armenian_demo_template: Path,
                                                        view_id: str, name: str) -> None:
    """"Фильтр по пленному, сроку, правилу или органу…" read "Фильтр по пленном…": the filters
    beside it took the row and left the box its least width."""
    assert window.open_path(copy_of(armenian_demo_template, tmp_path / "demo-hy.db"))
    window.show_view(view_id)
    edit = window.findChild(QLineEdit, name)
    view = window.views[view_id]
    table = getattr(view, "table", None) or view.search_results  # contacts: the organisations
    qtbot.waitUntil(lambda: edit.isVisible() and table.model().rowCount() > 0, timeout=WAIT)
    qtbot.wait(50)  # laid out with its count of rows beside it (no time asserted)
    example = edit.placeholderText()
    # as narrow as a layout can make it: its least width
    least = _placeholder_room(edit) - (edit.width() - edit.minimumWidth())
    assert edit.fontMetrics().horizontalAdvance(example) <= least, \
        (example, edit.width())
    assert window.width() <= 1016
    area = edit.parentWidget()
    while area is not None and not isinstance(area, QAbstractScrollArea):
        area = area.parentWidget()
    assert area is None or area.horizontalScrollBar().maximum() == 0  # not pushed sideways


def _advocacy(qtbot, window) -> tuple[QTableView, FittedColumns]:
    window.show_view("advocacy")
    view = window.views["advocacy"]
    qtbot.waitUntil(lambda: view.table.isVisible() and view.table.model().rowCount() > 1,
                    timeout=WAIT)
    qtbot.wait(50)  # fitted once laid out (a zero timer)
    return view.table, view.columns_fit


def _refitted(qtbot, fit: FittedColumns, view) -> None:
    """Once the filter's debounce and the fit's zero timer have run."""
    qtbot.waitUntil(lambda: not view._debounce.isActive() and not fit._later.isActive(),
                    timeout=WAIT)


def test_a_dragged_width_stays_until_the_columns_are_fitted_again(
        qtbot, tmp_path: Path, armenian_demo_template: Path) -> None:
    """A width the lawyer gave a column by dragging its edge went back at the next refit
    (a refresh, a filter); it stays now, and after a restart, until "Fit columns to
    contents" in the header's menu."""
    window = main_window(qtbot, tmp_path, "ru")
    assert window.open_path(copy_of(armenian_demo_template, tmp_path / "demo-hy.db"))
    table, fit = _advocacy(qtbot, window)
    header = table.horizontalHeader()
    column = next(c for c in range(header.count()) if not header.isSectionHidden(c)
                  and header.sectionResizeMode(c) == header.ResizeMode.Interactive)
    fitted = header.sectionSize(column)
    header.resizeSection(column, fitted + 60)  # her drag of the column's edge
    chosen = header.sectionSize(column)
    assert chosen != fitted

    view = window.views["advocacy"]
    with qtbot.waitSignal(table.model().modelReset, timeout=WAIT):
        view.reload()  # a refresh
    _refitted(qtbot, fit, view)
    assert header.sectionSize(column) == chosen
    view.search.setText("ա")  # a filter
    _refitted(qtbot, fit, view)
    assert header.sectionSize(column) == chosen
    view.search.clear()
    _refitted(qtbot, fit, view)
    assert header.sectionSize(column) == chosen

    window.set_case_file(None, backup_previous=False)  # the views' layout saved as it closes
    window.close()
    again = main_window(qtbot, tmp_path, "ru")
    assert again.open_path(copy_of(armenian_demo_template, tmp_path / "demo-hy-2.db"))
    table, fit = _advocacy(qtbot, again)
    view = again.views["advocacy"]
    header = table.horizontalHeader()
    assert header.sectionSize(column) == chosen

    menu = fit.header_menu()
    action = menu.findChild(QAction, "fit_columns_to_contents")
    assert action.isEnabled()
    action.trigger()
    _refitted(qtbot, fit, view)
    assert header.sectionSize(column) == fitted
    assert not fit.header_menu().findChild(QAction, "fit_columns_to_contents").isEnabled()
    again.set_case_file(None, backup_previous=False)
    again.close()
