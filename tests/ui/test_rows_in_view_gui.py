"""A long table of wrapped rows (a captive's 3,000 visits, a case file's Advocacy log) measured
every cell of every row each time a column moved or the tab was shown: seconds, the window
standing still. Past a few hundred rows the rows are measured as they come into view: what
the lawyer sees is still as tall as its text, wherever she scrolls, and after a column is
narrowed."""

from __future__ import annotations

from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QHeaderView, QTableView

from caseapp.ui.widgets.fitted_columns import wrap_rows
from caseapp.ui.widgets.rows_in_view import MEASURED_AT_ONCE, RowsInView

LONG = ("Звонок семьи: мать сообщила, что свидание снова перенесли, передачу не приняли, "
        "адвокат не допущен; Մայրը զանգահարեց՝ տեսակցությունը կրկին հետաձգվել է")


def _table(qtbot, rows: int) -> QTableView:
    model = QStandardItemModel(rows, 2)
    for row in range(rows):
        model.setItem(row, 0, QStandardItem(f"{row + 1}"))
        model.setItem(row, 1, QStandardItem(LONG if row % 3 else "short"))
    table = QTableView()
    table.setModel(model)
    wrap_rows(table)
    table.horizontalHeader().setStretchLastSection(True)
    qtbot.addWidget(table)
    table.resize(500, 400)
    table.show()
    qtbot.waitExposed(table)
    qtbot.wait(20)
    return table


def _rows(table: QTableView) -> RowsInView:
    found = table.findChild(RowsInView)
    assert found is not None
    return found


def _rows_in_view(table: QTableView) -> range:
    first = table.rowAt(0)
    last = table.rowAt(table.viewport().height() - 1)
    return range(first, (last if last >= 0 else table.model().rowCount() - 1) + 1)


def _cut(table: QTableView) -> list[int]:
    """The rows in view shorter than their text asks."""
    return [r for r in _rows_in_view(table) if table.rowHeight(r) < table.sizeHintForRow(r)]


def test_rows_of_a_long_table_are_whole_wherever_she_scrolls(qtbot) -> None:
    table = _table(qtbot, 3000)
    assert _rows(table).in_view_only
    assert len(_rows_in_view(table)) > 2 and _cut(table) == []
    assert table.rowHeight(2) > table.rowHeight(0)  # the long text on more lines
    bar = table.verticalScrollBar()
    for value in (bar.maximum() // 2, bar.maximum() // 3 * 2 + 7, bar.maximum()):
        bar.setValue(value)
        qtbot.waitUntil(lambda: _cut(table) == [], timeout=2000)
    last = table.model().rowCount() - 1
    # the end shown whole: the last row's bottom within the view
    qtbot.waitUntil(lambda: table.rowViewportPosition(last) + table.rowHeight(last)
                    <= table.viewport().height(), timeout=2000)


def test_a_narrowed_column_wraps_the_rows_in_view_again(qtbot) -> None:
    table = _table(qtbot, 2000)
    table.horizontalHeader().setStretchLastSection(False)
    before = table.rowHeight(2)
    table.horizontalHeader().resizeSection(1, 150)
    qtbot.waitUntil(lambda: _cut(table) == [] and table.rowHeight(2) > before, timeout=2000)


def test_a_table_of_few_rows_has_every_row_measured(qtbot) -> None:
    table = _table(qtbot, MEASURED_AT_ONCE)
    assert not _rows(table).in_view_only
    header = table.verticalHeader()
    assert header.sectionResizeMode(0) == QHeaderView.ResizeMode.ResizeToContents
    last = table.model().rowCount() - 1  # far below the view: measured all the same
    assert all(table.rowHeight(r) >= table.sizeHintForRow(r) for r in (last - 2, last - 1))


def test_rows_coming_and_going_switch_between_the_two(qtbot) -> None:
    table = _table(qtbot, 10)
    model = table.model()
    assert isinstance(model, QStandardItemModel)
    model.appendRow([QStandardItem(str(i)) for i in range(2)])
    model.insertRows(0, MEASURED_AT_ONCE)
    assert _rows(table).in_view_only
    model.removeRows(0, MEASURED_AT_ONCE)
    assert not _rows(table).in_view_only
    assert table.verticalHeader().sectionResizeMode(0) == QHeaderView.ResizeMode.ResizeToContents


def test_a_restored_layout_wraps_the_rows_in_view_again(qtbot) -> None:
    """A view's saved column widths come back through the header's restored state, which moves
    no section by a signal: the rows in view, measured at the earlier widths, stayed on one
    line, cut ("Commissio…")."""
    table = _table(qtbot, 2000)
    header = table.horizontalHeader()
    header.setStretchLastSection(False)
    header.resizeSection(1, 150)
    qtbot.waitUntil(lambda: _cut(table) == [], timeout=2000)
    narrow = header.saveState()
    header.resizeSection(1, 2000)
    qtbot.waitUntil(lambda: table.rowHeight(2) == table.rowHeight(0), timeout=2000)  # one line
    wide = table.rowHeight(2)
    assert header.restoreState(narrow)
    table.viewport().update()  # (the view restores its layout before it is painted)
    qtbot.waitUntil(lambda: _cut(table) == [] and table.rowHeight(2) > wide, timeout=2000)



def test_a_long_table_let_go_is_taken_apart_without_an_error(qtbot) -> None:
    """A long table no longer referenced (a dialog's import preview closed, a page dropped)
    was held in a cycle with its measurer; collecting the cycle emptied the measurer's
    attributes first, and the table, deleted after, still sent it events: each raised an
    AttributeError (a CI run's teardown error; in the app, errors as the window dropped it)."""
    import gc

    def let_go() -> None:
        model = QStandardItemModel(MEASURED_AT_ONCE + 50, 1)
        for row in range(model.rowCount()):
            model.setItem(row, 0, QStandardItem(LONG))
        table = QTableView()
        table.setModel(model)
        wrap_rows(table)
        table.resize(300, 200)
        table.show()
        qtbot.waitExposed(table)
        qtbot.wait(20)

    let_go()
    gc.collect()
    qtbot.wait(20)
