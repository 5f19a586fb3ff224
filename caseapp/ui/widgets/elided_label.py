"""A one-line label that gives way: a text longer than the room it has is cut with "…" (the
whole text in its tooltip) instead of pushing the rest of the layout out of the window."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QLabel, QSizePolicy, QWidget

MIN_CHARACTERS = 12  # never narrower than about this many characters


class ElidedLabel(QLabel):
    """:meth:`text` is the whole text; what is painted is cut to the label's width."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._full = ""
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)

    def setText(self, text: str) -> None:  # type: ignore[override]  # PySide's slot signature
        self._full = text
        self._elide()
        self.updateGeometry()

    def text(self) -> str:  # type: ignore[override]
        return self._full

    def sizeHint(self) -> QSize:
        hint = super().sizeHint()
        return QSize(self.fontMetrics().horizontalAdvance(self._full) + 2 * self.margin() + 4,
                     hint.height())

    def minimumSizeHint(self) -> QSize:
        return QSize(self.fontMetrics().averageCharWidth() * MIN_CHARACTERS,
                     super().minimumSizeHint().height())

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._elide()

    def _elide(self) -> None:
        shown = self.fontMetrics().elidedText(self._full, Qt.TextElideMode.ElideRight,
                                              max(self.width(), self.minimumSizeHint().width()))
        super().setText(shown)
        self.setToolTip(self._full if shown != self._full else "")
