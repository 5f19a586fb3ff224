"""A heading read at a glance: a captive's name in the header of their file, wrapped onto
the lines the width needs (between words where it can, inside an overlong word where it
must), set a size smaller when at the heading's size it would take more than two lines, and
cut with "…" at the end of its third: a 200-letter name took six lines and pushed the
file's tabs down. A name cut is whole in its tooltip, for a screen reader (its accessible
name) and in the clipboard by "Copy the name" (its context menu). The same, in the text's
own font, names a captive chosen above a picker's search field."""

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

from caseapp.ui.literal_text import literal

HEADING_LINES = 2  # at the heading's size at most this many lines, else a size smaller
MOST_LINES = 3  # at the smaller size at most this many, the last one cut with "…"
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
    """:meth:`text` is the whole name, painted on :data:`MOST_LINES` at most. ``heading`` is
    the font at its larger size; ``smaller`` the one used when that would take more than two
    lines. Made with ``heading=False`` it is a name in the text's own font (a chosen
    captive's, above a search field), the same size throughout, in bold with ``bold``; and
    it takes no more width than its layout gives it (its whole name's width is not asked)."""

    def __init__(self, parent: QWidget | None = None, *, heading: bool = True,
                 bold: bool = False):
        super().__init__(parent)
        self._text = ""
        self._tip = ""  # a tooltip of its own, else the whole name where it is cut
        base = QFont(self.font())
        self.heading = QFont(base)
        self.smaller = QFont(base)
        if heading:
            self.heading.setPointSizeF(base.pointSizeF() * 1.6)
            self.heading.setBold(True)
            self.smaller.setPointSizeF(base.pointSizeF() * 1.15)
            self.smaller.setBold(True)
        else:
            for font in (self.heading, self.smaller):
                font.setBold(bold)
        self.setFont(self.heading)
        policy = QSizePolicy(QSizePolicy.Policy.Preferred if heading else QSizePolicy.Policy.Ignored,
                             QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.DefaultContextMenu)

    def setText(self, text: str) -> None:
        self._text = text
        self.setAccessibleName(text)
        self._choose_font(self.width())
        self._tell_cut()
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
        """The lines as painted: :data:`MOST_LINES` at most, the last one ending in "…"
        when the name goes on past it."""
        return self._lines_for(self.font(), self.width())

    def _lines_for(self, font: QFont, width: int) -> list[str]:
        spans = layout_lines(self._text, font, width)
        lines = [self._text[start:start + length] for start, length in spans[:MOST_LINES]]
        if len(spans) > MOST_LINES:
            rest = self._text[spans[MOST_LINES - 1][0]:]
            lines[-1] = QFontMetrics(font).elidedText(
                rest, Qt.TextElideMode.ElideRight, max(1, width))
        return lines

    def is_cut(self) -> bool:
        return len(layout_lines(self._text, self.font(), self.width())) > MOST_LINES

    def set_tip(self, tip: str) -> None:
        """A tooltip said whether the name is cut or not (it holds the whole name)."""
        self._tip = tip
        self._tell_cut()

    def _tell_cut(self) -> None:
        self.setToolTip(literal(self._tip or (self._text if self.is_cut() else "")))

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        font = self.font_for(width)
        count = max(1, min(MOST_LINES, len(layout_lines(self._text, font, width))))
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
        self._tell_cut()
        if self.font() != before:
            self.updateGeometry()

    def _choose_font(self, width: int) -> None:
        font = self.font_for(width) if width > 0 else self.heading
        if font != self.font():
            self.setFont(font)

    def paintEvent(self, _event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setPen(self.palette().color(self.foregroundRole()))
        metrics = QFontMetrics(self.font())
        for i, line in enumerate(self.lines()):
            painter.drawText(QPointF(0, 1 + i * metrics.lineSpacing() + metrics.ascent()), line)

    def name_actions(self) -> list[QAction]:
        """What the name's context menu offers: copying it whole."""
        copy = QAction(self.tr("Copy the name"), self)
        copy.triggered.connect(lambda: QGuiApplication.clipboard().setText(self._text))
        return [copy]

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        menu = QMenu(self)
        for action in self.name_actions():
            action.setParent(menu)
            menu.addAction(action)
        menu.exec(event.globalPos())
