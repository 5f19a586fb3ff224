"""What every view of the main window shares."""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from PySide6.QtCore import Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QMessageBox, QWidget

from caseapp.ui.session import UiContext

if TYPE_CHECKING:
    from caseapp.domain.dto import Changes


class View(QWidget):
    """A page of the main window. It reloads itself when records it shows change, but
    only while visible: a hidden view just remembers that it is out of date."""

    open_captive = Signal(int)
    message = Signal(str)  # for the status bar

    watches: ClassVar[frozenset[str]] = frozenset()  # table names whose changes it shows

    def __init__(self, ui: UiContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = ui
        self._stale = True
        ui.bus.changed.connect(self.on_changes)

    def reload(self) -> None:
        """Fetch what the view shows (in the background) and display it."""

    def on_changes(self, change: Changes) -> None:
        if self.watches and change.entity not in self.watches:
            return
        self._stale = True
        if self.isVisible():
            self._stale = False
            self.reload()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self._stale = False
            self.reload()

    def report_error(self, exc: BaseException) -> None:
        QMessageBox.warning(self, self.tr("CaseApp"), str(exc))
