"""Two panes side by side where the width gives each what it needs to be read whole, one
above the other where it does not (1024 pixels in Russian or Armenian): the captive's
profile beside the tables of names, or over them, never squeezed by them."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QSplitter, QWidget

Width = Callable[[], int]


class TurningSplitter(QSplitter):
    """``first`` then ``second``; ``first_needs`` and ``second_needs`` the widths below
    which each is cut (asked again at each resize and on :meth:`turn`, as their texts
    change). Side by side, ``first`` gets what it needs and ``second`` the rest."""

    def __init__(self, first: QWidget, second: QWidget, *, first_needs: Width,
                 second_needs: Width, parent: QWidget | None = None):
        super().__init__(Qt.Orientation.Horizontal, parent)
        self.setChildrenCollapsible(False)
        self.addWidget(first)
        self.addWidget(second)
        self._needs = (first_needs, second_needs)
        self._placed = False  # the sizes set once for the orientation it has

    def side_by_side_needs(self) -> int:
        return self._needs[0]() + self.handleWidth() + self._needs[1]()

    def turn(self) -> None:
        """Side by side or stacked, as the width now allows."""
        wide = self.width() >= self.side_by_side_needs()
        wanted = Qt.Orientation.Horizontal if wide else Qt.Orientation.Vertical
        if wanted == self.orientation() and self._placed:
            if wide and self.sizes()[0] < self._needs[0]():  # narrowed side by side: the
                self._share()  # first pane cut (its share of the loss), given its need again
            return
        first, second = self.widget(0), self.widget(1)
        self.setOrientation(wanted)
        self._placed = True
        if wide:
            self._share()
        else:
            self.setSizes([pane.sizeHint().height() for pane in (first, second) if pane is not None])

    def _share(self) -> None:
        """Side by side: the first pane what it needs, the second the rest."""
        lead = self._needs[0]()
        self.setSizes([lead, max(self.width() - lead - self.handleWidth(), 1)])

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.turn()
