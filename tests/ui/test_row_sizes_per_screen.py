"""A table keeps the size of each text-only cell it measured (:class:`RoomyRows`), but a
window moved to a screen of another scale (a laptop's own screen at 150 %, an office monitor
at 100 %) lays its text out anew: a size measured on the other screen is not used there, or a
row sized for the old screen's line breaks would cut its text on the new one."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QStyledItemDelegate, QStyleOptionViewItem, QTableView

from caseapp.ui.widgets.fitted_columns import RoomyRows

TEXT = "Бакинский следственный изолятор № 1, корпус для подследственных"


class TextCells(QAbstractTableModel):
    plain_cells = True  # text alone: RoomyRows keeps its sizes

    def rowCount(self, parent: Any = None) -> int:
        return 1

    def columnCount(self, parent: Any = None) -> int:
        return 1

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = 0) -> Any:
        return TEXT if role == Qt.ItemDataRole.DisplayRole else None

    def size_key(self, row: int, at: int) -> tuple[str, QFont | None]:
        return TEXT, None


class OnAScreen(QTableView):
    """A table whose screen the test chooses: its logical DPI and device pixel ratio, as the
    table's measures read them. (Not through Qt's virtual ``metric()``: a Python override of
    it may be called while the widget is being destroyed, and crashed the test run.)"""

    dpi, ratio = 96, 1.0

    def logicalDpiY(self) -> int:
        return self.dpi

    def devicePixelRatioF(self) -> float:
        return self.ratio


@pytest.fixture
def measured(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """Each measure the style makes (the delegate's own size kept is not one)."""
    widths: list[int] = []
    measure = QStyledItemDelegate.sizeHint

    def counted(self: Any, option: QStyleOptionViewItem, index: Any) -> Any:
        widths.append(option.rect.width())
        return measure(self, option, index)
    monkeypatch.setattr(QStyledItemDelegate, "sizeHint", counted)
    return widths


def _size(table: OnAScreen, delegate: RoomyRows) -> int:
    option = QStyleOptionViewItem()
    table.initViewItemOption(option)
    option.rect.setWidth(180)
    return delegate.sizeHint(option, table.model().index(0, 0)).height()


def test_a_size_measured_on_one_screen_is_not_used_on_another(qtbot, measured) -> None:
    table = OnAScreen()
    qtbot.addWidget(table)
    table.setModel(TextCells(table))
    delegate = RoomyRows(table)
    first = _size(table, delegate)
    assert _size(table, delegate) == first and len(measured) == 1  # kept on the same screen
    table.ratio = 1.5  # moved to a screen scaled 150 %
    assert table.devicePixelRatioF() == 1.5
    _size(table, delegate)
    assert len(measured) == 2
    table.ratio, table.dpi = 1.0, 120  # a screen of another logical resolution
    assert table.logicalDpiY() == 120
    _size(table, delegate)
    assert len(measured) == 3
    table.dpi = 96  # back on the first screen: its size is still known
    assert _size(table, delegate) == first and len(measured) == 3
