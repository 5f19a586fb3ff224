"""A ring in the highlight colour around a widget while it has the keyboard focus, for a
widget the style draws no focus frame on: a frameless scroll area around text to read (a
captive's profile, the hearing chosen, what a level leaves out) is a Tab stop, and nothing
showed that the focus was on it.

The ring is drawn over the widget's own edge, by a child laid over it that lets the mouse
through: nothing inside moves as it comes and goes, and no parent clips it (Qt's
QFocusFrame, drawn in the margin around the widget, was cut off by the splitter holding the
profile on three sides of four). It is as thick as the ring Fusion draws around a field
with the focus, in the same colour."""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QEvent, QObject, QRectF, Qt, QTimer
from PySide6.QtGui import QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import QWidget

from caseapp.ui.widgets.watching import watched

WIDTH = 2  # pixels


class FocusRing(QWidget):
    """Shown over ``target``'s edge while it has the focus, hidden when it loses it."""

    def __init__(self, target: QWidget):
        super().__init__(target)
        self.setObjectName("focus_ring")
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        target.installEventFilter(self)
        self.hide()

    @property
    def target(self) -> QWidget:
        return watched(self, QWidget)  # its parent (caseapp.ui.widgets.watching)

    def eventFilter(self, watched_object: QObject, event: QEvent) -> bool:
        if watched_object is self.parent():
            kind = event.type()
            if kind == QEvent.Type.FocusIn:
                self.show()
                self._over()
            elif kind == QEvent.Type.FocusOut:
                self.hide()
            elif kind in (QEvent.Type.Resize, QEvent.Type.LayoutRequest):
                self._over()
                QTimer.singleShot(0, self._over)  # after the scroll bars are laid out again
        return False

    def _over(self) -> None:
        """Over the whole of the widget, its scroll bars too (a scroll area raises its
        scroll bar as it shows it, over the ring)."""
        if shiboken6.isValid(self) and self.isVisible():
            self.setGeometry(self.target.rect())
            self.raise_()

    def paintEvent(self, _event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QPen(self.palette().color(QPalette.ColorRole.Highlight), WIDTH))
        half = WIDTH / 2
        painter.drawRoundedRect(QRectF(self.rect()).adjusted(half, half, -half, -half), 2, 2)


def ring_when_focused(widget: QWidget) -> FocusRing:
    """Draw a :class:`FocusRing` over ``widget``'s edge while it has the keyboard focus."""
    return FocusRing(widget)
