"""The captives list's table: Enter opens the row's captive, Delete asks to delete it, and a
resize is told (the view fits its columns to the width)."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent, QResizeEvent
from PySide6.QtWidgets import QTableView


class CaptivesTable(QTableView):
    """Enter opens the current captive; Delete asks to delete it."""

    activated_row = Signal(int)
    delete_requested = Signal(int)
    resized = Signal()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.resized.emit()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentIndex().isValid():
            self.activated_row.emit(self.currentIndex().row())
            return
        if event.key() == Qt.Key.Key_Delete and self.currentIndex().isValid():
            self.delete_requested.emit(self.currentIndex().row())
            return
        super().keyPressEvent(event)
