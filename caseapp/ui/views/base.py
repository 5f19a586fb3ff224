"""What every view of the main window shares."""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from PySide6.QtCore import Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QMessageBox, QWidget

from caseapp.ui.literal_text import literal
from caseapp.ui.session import UiContext
from caseapp.ui.signals import EVERY_VIEW

if TYPE_CHECKING:
    from caseapp.domain.dto import Changes


class View(QWidget):
    """A page of the main window. It reloads itself when records it shows change, but
    only while visible: a hidden view just remembers that it is out of date."""

    open_captive = Signal(int)
    message = Signal(str)  # for the status bar

    watches: ClassVar[frozenset[str]] = frozenset()  # table names whose changes it shows

    # The window's scroll area makes a view as tall as its layout's height for its width
    # (when a part of it wraps: a header, a row of buttons), which counts every table at the
    # height it would like: the captive's page and the contacts scrolled at 1024×768. A view
    # that sets this is made only as tall as it needs at least; its tables scroll inside.
    fits_least_height: ClassVar[bool] = False

    def __init__(self, ui: UiContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = ui
        self._stale = True
        ui.bus.changed.connect(self.on_changes)

    def heightForWidth(self, width: int) -> int:
        layout = self.layout()
        if self.fits_least_height and layout is not None and layout.hasHeightForWidth():
            return layout.totalMinimumHeightForWidth(width)
        return super().heightForWidth(width)

    def reload(self) -> None:
        """Fetch what the view shows (in the background) and display it."""

    def on_changes(self, change: Changes) -> None:
        if self.watches and change.entity not in self.watches and change.entity not in EVERY_VIEW:
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
        QMessageBox.warning(self, self.tr("CaseApp"), literal(str(exc)))  # it may quote a value


if TYPE_CHECKING:  # to mypy, a view's mixin is the view it is mixed into (before View, whose
    ViewMixedInto = View  # methods it uses); at run time, a plain base
else:
    ViewMixedInto = object
