"""A captive's file at 1024×768 in Armenian and Russian: every list's rows on two lines at
most (the whole text in the cell's tooltip and in the row's dialog), and every dialog the
file opens within the screen, its title bar on it."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QStyleOptionViewItem, QTableView

from caseapp.ui.language import apply_language
from caseapp.ui.widgets.fitted_columns import ROW_MARGIN, RoomyRows
from tests.ui.captive_pages import BESIDE_THE_SIDEBAR, open_page, show_section
from tests.ui.test_table_rows_and_widths_gui import _text_height

LISTS = ("names", "status_history", "detention_orders", "detention_places", "prosecutions",
         "hearings")


def _cut_cells(table: QTableView) -> list[tuple[int, int]]:
    """The cells (row, column) whose text is taller than their row: each gives its whole text
    in its tooltip (the delegate's), or the test fails."""
    model = table.model()
    header = table.horizontalHeader()
    cut = []
    for row in range(model.rowCount()):
        for column in range(header.count()):
            if header.isSectionHidden(column) or \
                    _text_height(table, row, column) <= table.rowHeight(row) - 2 * ROW_MARGIN:
                continue
            index = model.index(row, column)
            delegate = table.itemDelegateForIndex(index)
            assert isinstance(delegate, RoomyRows)
            option = QStyleOptionViewItem()
            option.rect = table.visualRect(index)
            option.font = table.font()
            assert delegate.cut_text(option, index) == str(index.data())
            cut.append((row, column))
    return cut


@pytest.mark.parametrize("lang", ["hy", "ru"])
def test_every_list_of_the_captives_file_takes_two_lines_a_row(qtbot, armenian_ui,
                                                               lang: str) -> None:
    """The detention orders (an appeal's outcome), the hearings (a court and its judge), the
    status history, the names and the places of detention went on four to six lines a row
    at 1024 pixels, two or three rows in sight. Now two lines at most, a cut cell's whole
    text in its tooltip."""
    apply_language(QCoreApplication.instance(), lang)  # put back after the test
    cf = armenian_ui.case_file
    orders = {c.id: len(cf.detention_orders.list(captive_id=c.id)) for c in cf.captives.list()}
    page = open_page(qtbot, armenian_ui, max(orders, key=lambda c: orders[c]), BESIDE_THE_SIDEBAR)
    cut = 0
    for name in LISTS:
        table = show_section(qtbot, page, name)
        most = 2 * table.fontMetrics().lineSpacing() + 2 * ROW_MARGIN + 1
        tall = [(row, table.rowHeight(row)) for row in range(table.model().rowCount())
                if table.rowHeight(row) > most]
        assert tall == [], (name, most)
        cut += len(_cut_cells(table))
    assert cut, "nothing long enough to be cut: the test shows nothing"
