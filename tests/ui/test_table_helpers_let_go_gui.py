"""A table or field let go by the window (a dialog closed, a page dropped) is taken apart
without an error from the helpers that watch it: held in a cycle with the table, a helper
had its attributes emptied by the collector while the table, deleted after it, still sent it
events — each raised an AttributeError (a CI run's teardown error; in the app, errors as
the window dropped a long list)."""

from __future__ import annotations

import gc
from collections.abc import Callable

import pytest
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QLineEdit, QTableView, QWidget

from caseapp.ui.views.layout import EmptyMessage, EmptyState
from caseapp.ui.views.tables import EnterAsDoubleClick
from caseapp.ui.widgets.fitted_columns import FittedColumns, wrap_rows
from caseapp.ui.widgets.focus_ring import FocusRing
from caseapp.ui.widgets.rows_in_view import MEASURED_AT_ONCE

LONG = "Звонок семьи: мать сообщила, что свидание снова перенесли; Մայրը զանգահարեց"


def _table(rows: int) -> QTableView:
    model = QStandardItemModel(rows, 2)
    for row in range(rows):
        model.setItem(row, 0, QStandardItem(str(row)))
        model.setItem(row, 1, QStandardItem(LONG))
    table = QTableView()
    table.setModel(model)
    return table


def _rows_in_view() -> QWidget:
    table = _table(MEASURED_AT_ONCE + 50)
    wrap_rows(table)
    return table


def _fitted() -> QWidget:
    table = _table(40)
    table.fitted = FittedColumns(table, stretch=1)  # as the views keep theirs
    return table


def _enter() -> QWidget:
    table = _table(5)
    EnterAsDoubleClick(table)
    return table


def _focus_ring() -> QWidget:
    field = QLineEdit()
    FocusRing(field)
    return field


def _empty_state() -> QWidget:
    table = _table(0)
    EmptyState(table, lambda: EmptyMessage("Nothing recorded yet."))
    return table


@pytest.mark.parametrize("make", [_rows_in_view, _fitted, _enter, _focus_ring, _empty_state],
                         ids=["rows in view", "fitted columns", "enter", "focus ring",
                              "empty state"])
def test_a_widget_let_go_is_taken_apart_without_an_error(qtbot, make: Callable[[], QWidget]) -> None:
    def let_go() -> None:
        widget = make()
        widget.resize(320, 200)
        widget.show()
        qtbot.waitExposed(widget)
        widget.setFocus()
        qtbot.wait(20)

    let_go()
    gc.collect()
    qtbot.wait(20)
