"""The main window's status bar: a message longer than the room left of the file's name ends
in "…" there (whole in the bar's tooltip). Qt cut it at that edge in the middle of a word,
and the cut word ran straight into the file's path ("…надзирающему прокур/home/…")."""

from __future__ import annotations

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QPainter, QPaintEvent
from PySide6.QtWidgets import QStatusBar, QStyle, QStyleOption, QWidget

from caseapp.ui.literal_text import literal

MARGIN = 6  # Qt's, either side of the message


class StatusBar(QStatusBar):
    """:meth:`currentMessage` is the whole message; :meth:`shown_message` what is painted."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._permanent: list[QWidget] = []
        self.messageChanged.connect(self._tip)

    def addPermanentWidget(self, widget: QWidget, stretch: int | None = 0) -> None:
        self._permanent.append(widget)
        super().addPermanentWidget(widget, stretch)

    def message_room(self) -> int:
        """The width the message may take: up to the first permanent widget shown."""
        lefts = [w.geometry().left() for w in self._permanent if w.isVisible()]
        right = min(lefts) if lefts else self.width()
        return max(0, right - 2 * MARGIN)

    def shown_message(self) -> str:
        return self.fontMetrics().elidedText(self.currentMessage(), Qt.TextElideMode.ElideRight,
                                             self.message_room())

    def _tip(self, message: str) -> None:
        self.setToolTip(literal(message) if message and self.shown_message() != message else "")

    def paintEvent(self, event: QPaintEvent) -> None:
        if not self.currentMessage():
            super().paintEvent(event)
            return
        # as QStatusBar paints a message, the text cut with "…" instead of at the edge
        painter = QPainter(self)
        option = QStyleOption()
        option.initFrom(self)
        self.style().drawPrimitive(QStyle.PrimitiveElement.PE_PanelStatusBar, option, painter, self)
        for widget in self._permanent:
            if widget.isVisible():
                frame = QStyleOption()
                frame.rect = widget.geometry().adjusted(-2, -1, 2, 1)
                frame.palette = self.palette()
                frame.state = QStyle.StateFlag.State_None
                self.style().drawPrimitive(QStyle.PrimitiveElement.PE_FrameStatusBarItem, frame,
                                           painter, widget)
        painter.setPen(self.palette().windowText().color())
        painter.drawText(QRect(MARGIN, 0, self.message_room(), self.height()),
                         int(Qt.AlignmentFlag.AlignLeading | Qt.AlignmentFlag.AlignVCenter
                             | Qt.TextFlag.TextSingleLine), self.shown_message())
