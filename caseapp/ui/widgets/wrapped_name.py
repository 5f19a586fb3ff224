"""A heading that is read whole: a captive's name in the header of their file, wrapped onto
as many lines as the width needs (between words where it can, inside an overlong word where
it must) and set a size smaller when at the heading's size it would take more than two
lines. Nothing is cut: the lawyer reads the whole name where it stands, not in a tooltip."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QSize, Qt
from PySide6.QtGui import (
    QAction,
    QContextMenuEvent,
    QFont,
    QFontMetrics,
    QGuiApplication,
    QPainter,
    QPaintEvent,
    QResizeEvent,
    QTextLayout,
    QTextOption,
)
from PySide6.QtWidgets import QMenu, QSizePolicy, QWidget

HEADING_LINES = 2  # at the heading's size at most this many lines, else a size smaller
MIN_CHARACTERS = 12  # never narrower than about this many characters


def layout_lines(text: str, font: QFont, width: int) -> list[tuple[int, int]]:
    """Where each line of ``text`` starts and how long it is, wrapped to ``width`` pixels."""
    option = QTextOption()
    option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
    layout = QTextLayout(text, font)
    layout.setTextOption(option)
    layout.beginLayout()
    lines = []
    while True:
        line = layout.createLine()
        if not line.isValid():
            break
        line.setLineWidth(max(1, width))
        lines.append((line.textStart(), line.textLength()))
    layout.endLayout()
    return lines


class WrappedName(QWidget):
    """:meth:`text` is the whole name, painted whole. ``heading`` is the font at its larger
    size; ``smaller`` the one used when that would take more than two lines."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._text = ""
        base = QFont(self.font())
        self.heading = QFont(base)
        self.heading.setPointSizeF(base.pointSizeF() * 1.6)
        self.heading.setBold(True)
        self.smaller = QFont(base)
        self.smaller.setPointSizeF(base.pointSizeF() * 1.15)
        self.smaller.setBold(True)
        self.setFont(self.heading)
        policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.DefaultContextMenu)

    def setText(self, text: str) -> None:
        self._text = text
        self.setAccessibleName(text)
        self._choose_font(self.width())
        self.updateGeometry()
        self.update()

    def text(self) -> str:
        return self._text

    def clear(self) -> None:
        self.setText("")

    def font_for(self, width: int) -> QFont:
        """The heading's size when the name takes two lines at most at ``width``, else the
        smaller size."""
        fits = len(layout_lines(self._text, self.heading, width)) <= HEADING_LINES
        return self.heading if fits else self.smaller

    def lines(self) -> list[str]:
        """The lines as painted."""
        return [self._text[start:start + length]
                for start, length in layout_lines(self._text, self.font(), self.width())]

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        font = self.font_for(width)
        count = max(1, len(layout_lines(self._text, font, width)))
        return count * QFontMetrics(font).lineSpacing() + 2

    def sizeHint(self) -> QSize:
        width = QFontMetrics(self.heading).horizontalAdvance(self._text) + 4
        return QSize(width, self.heightForWidth(width))

    def minimumSizeHint(self) -> QSize:
        width = QFontMetrics(self.heading).averageCharWidth() * MIN_CHARACTERS
        return QSize(width, QFontMetrics(self.heading).lineSpacing())

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        before = self.font()
        self._choose_font(event.size().width())
        if self.font() != before:
            self.updateGeometry()

    def _choose_font(self, width: int) -> None:
        font = self.font_for(width) if width > 0 else self.heading
        if font != self.font():
            self.setFont(font)

    def paintEvent(self, _event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setPen(self.palette().color(self.foregroundRole()))
        option = QTextOption()
        option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        layout = QTextLayout(self._text, self.font())
        layout.setTextOption(option)
        layout.beginLayout()
        y = 0.0
        while True:
            line = layout.createLine()
            if not line.isValid():
                break
            line.setLineWidth(max(1, self.width()))
            line.setPosition(QPointF(0, y))
            y += QFontMetrics(self.font()).lineSpacing()
        layout.endLayout()
        layout.draw(painter, QPointF(0, 1))

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        menu = QMenu(self)
        copy = QAction(self.tr("Copy the name"), menu)
        copy.triggered.connect(lambda: QGuiApplication.clipboard().setText(self._text))
        menu.addAction(copy)
        menu.exec(event.globalPos())
