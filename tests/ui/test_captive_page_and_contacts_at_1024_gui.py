"""The captive's file and the contacts at 1024×768 (the window maximised: 1016×736) in
Armenian and Russian, over the Armenian demo: every part of the file named whole, none under
scroll arrows; each part of the page with room to be read, the page scrolling little; in the
contacts, a phone number on one line and the tables given the height."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtWidgets import QTableView, QToolButton

from tests.ui.cut_cells import CELL_MARGIN
from tests.ui.small_screen import demo_window

WAIT = 10000
PHONE = 4  # the phone column of the organisations and of the people


@pytest.fixture(params=["hy", "ru"])
def window(request, qtbot, tmp_path: Path, armenian_demo_template: Path):
    with demo_window(qtbot, tmp_path, request.param, armenian_demo_template) as w:
        yield w


def _open(qtbot, window, captive_id: int):
    view = window.views["captive"]
    window.open_captive(captive_id)
    qtbot.waitUntil(lambda: view.file is not None and view.file.captive.id == captive_id,
                    timeout=WAIT)
    qtbot.wait(20)  # laid out (no time asserted)
    return view


def _captive_ids(window) -> list[int]:
    return [c.id for c in window.session.case_file.captives.list()]


def _busiest(window) -> int:
    """The demo captive with the most records (the longest counts in the titles)."""
    cf = window.session.case_file
    return max(_captive_ids(window), key=lambda i: len(cf.detention_orders.list(captive_id=i))
               + len(cf.hearings.list(captive_id=i)))


def test_every_part_of_the_file_is_named_whole_and_in_sight(qtbot, window) -> None:
    """The tab bar scrolled, the last title in sight cut under its arrows ("Կա|" beside
    "‹ ›"); the titles now go on a second line where the width is short."""
    view = _open(qtbot, window, _busiest(window))
    tabs = view.tabs
    bar = tabs.tabBar()
    arrows = [b for b in bar.findChildren(QToolButton) if b.isVisible()]
    assert not (bar.isVisible() and arrows), "the titles scroll under arrows"
    titles = {b.objectName(): b for b in view.findChildren(QToolButton)
              if b.objectName().startswith("tab_title_")}
    page = view.rect()
    for index in range(tabs.count()):
        title = titles[f"tab_title_{index}"]
        assert title.text() == tabs.tabText(index)
        assert title.isVisible()
        assert title.width() >= title.sizeHint().width(), title.text()  # not cut
        assert page.contains(QRect(title.mapTo(view, QPoint(0, 0)), title.size())), title.text()
        qtbot.mouseClick(title, Qt.MouseButton.LeftButton)
        assert tabs.currentIndex() == index
        assert title.isChecked()


def test_each_part_of_a_demo_captives_page_has_room_and_the_page_scrolls_little(
        qtbot, window) -> None:
    """In Armenian the page scrolled 572–660 pixels (its height was what every table would
    like). Made as short as it could be, it squeezed the person's particulars to two lines and
    each table to one row. Now the particulars keep ten lines' room (or all they hold) and
    each table its first three rows; only the rest scrolls, and never sideways."""
    def squeezed(view) -> list[str]:
        """The tables shown with less room than their first three rows take."""
        return [table.objectName() for table in view.findChildren(QTableView)
                if table.isVisible() and table.objectName().startswith("table_")
                and table.viewport().height()
                < sum(table.rowHeight(r) for r in range(min(table.model().rowCount(), 3)))]

    pages = {}
    for captive_id in _captive_ids(window):
        view = _open(qtbot, window, captive_id)
        # the sections fit their columns once laid out (a zero timer); the rows wrap then
        qtbot.waitUntil(lambda v=view: not squeezed(v), timeout=WAIT)
        area = window.stack.area_of(view)
        assert area.horizontalScrollBar().maximum() == 0, captive_id
        pages[captive_id] = area.verticalScrollBar().maximum()
        profile = view.profile_scroll
        lines = 10 * profile.fontMetrics().lineSpacing()
        assert profile.height() >= min(lines, view.profile.sizeHint().height()), captive_id
    assert max(pages.values()) <= 300, pages  # was 572–660


def _contacts(qtbot, window):
    window.show_view("contacts")
    view = window.views["contacts"]
    qtbot.waitUntil(lambda: view.organisations.isVisible()
                    and view.organisations.model().rowCount() > 3, timeout=WAIT)
    qtbot.wait(50)  # the columns are fitted once laid out (a zero timer)
    return view


def _cut_phones(table: QTableView) -> list[str]:
    """The phone numbers not on one line, whole, in their column."""
    if table.isColumnHidden(PHONE):
        return []
    model, metrics = table.model(), table.fontMetrics()
    room = table.columnWidth(PHONE) - CELL_MARGIN
    return [text for row in range(model.rowCount())
            if metrics.horizontalAdvance(text := str(model.index(row, PHONE).data() or "")) > room]


def test_a_phone_number_is_never_on_two_lines(qtbot, window) -> None:
    """"+000 00 000 / 0006" read as two numbers."""
    view = _contacts(qtbot, window)
    assert not _cut_phones(view.organisations)
    for row in range(view.org_proxy.rowCount()):
        view.organisations.selectRow(row)
        qtbot.wait(10)
        assert not _cut_phones(view.people), view.current_organisation().name


def test_the_contacts_fit_and_give_their_tables_room(qtbot, window) -> None:
    """The people's table showed about two rows under the framed boxes' captions and rows
    of buttons; the page fits without scrolling and each table shows three rows or more."""
    view = _contacts(qtbot, window)
    area = window.stack.area_of(view)
    assert area.verticalScrollBar().maximum() == 0
    assert area.horizontalScrollBar().maximum() == 0
    row = view.people.verticalHeader().defaultSectionSize()
    for table in (view.organisations, view.people, view.interventions):
        assert table.viewport().height() >= 3 * row, (table.objectName(),
                                                      table.viewport().height())
