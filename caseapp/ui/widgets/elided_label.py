"""A one-line label that gives way: a text longer than the room it has is cut with "…" (the
whole text in its tooltip) instead of pushing the rest of the layout out of the window."""

from __future__ import annotations

import html

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QFont, QFontMetrics, QResizeEvent
from PySide6.QtWidgets import QLabel, QSizePolicy, QWidget

from caseapp.ui.literal_text import literal

MIN_CHARACTERS = 12  # never narrower than about this many characters


class ElidedLabel(QLabel):
    """:meth:`text` is the whole text; what is painted is cut to the label's width, at its
    end, or with ``mode`` elsewhere (in its middle for a file's path: its folder and its
    name both show). With ``widest`` (characters) it asks for no more room than that, cut
    beyond it, leaving the room to its neighbours."""

    def __init__(self, parent: QWidget | None = None, *,
                 mode: Qt.TextElideMode = Qt.TextElideMode.ElideRight, widest: int | None = None):
        super().__init__(parent)
        self._full = ""
        self._mode = mode
        self._widest = widest
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)

    def setText(self, text: str) -> None:
        self._full = text
        self._elide()
        self.updateGeometry()

    def clear(self) -> None:
        self.setText("")

    def text(self) -> str:
        return self._full

    def sizeHint(self) -> QSize:
        hint = super().sizeHint()
        width = self.fontMetrics().horizontalAdvance(self._full)
        if self._widest is not None:
            width = min(width, self.fontMetrics().averageCharWidth() * self._widest)
        return QSize(width + 2 * self.margin() + 4, hint.height())

    def minimumSizeHint(self) -> QSize:
        return QSize(self.fontMetrics().averageCharWidth() * MIN_CHARACTERS,
                     super().minimumSizeHint().height())

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._elide()

    def _elide(self) -> None:
        shown = self.fontMetrics().elidedText(self._full, self._mode,
                                              max(self.width(), self.minimumSizeHint().width()))
        super().setText(shown)
        self.setToolTip(literal(self._full) if shown != self._full else "")


class TwoLineLabel(QLabel):
    """A bold head line and a detail line, each cut with "…" to the label's width: never
    more than two lines however long the texts or narrow the window (a banner's summary and
    its most urgent item). :meth:`text` is both whole, a line each."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._head = self._detail = ""
        self._shown = ("", "")
        self.setTextFormat(Qt.TextFormat.RichText)
        self.setWordWrap(False)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)

    def set_lines(self, head: str, detail: str) -> None:
        self._head, self._detail = head, detail
        self._elide()
        self.updateGeometry()

    def clear(self) -> None:
        self.set_lines("", "")

    def text(self) -> str:
        return "\n".join(t for t in (self._head, self._detail) if t)

    def lines(self) -> tuple[str, str]:
        """The two lines as painted (cut to the width)."""
        return self._shown

    def sizeHint(self) -> QSize:
        metrics = self.fontMetrics()
        bold = QFont(self.font())
        bold.setBold(True)
        width = max(QFontMetrics(bold).horizontalAdvance(self._head),
                    metrics.horizontalAdvance(self._detail))
        lines = 2 if self._head and self._detail else 1
        return QSize(width + 4, lines * metrics.lineSpacing() + 2 * self.margin() + 2)

    def minimumSizeHint(self) -> QSize:
        return QSize(self.fontMetrics().averageCharWidth() * MIN_CHARACTERS, self.sizeHint().height())

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._elide()

    def _elide(self) -> None:
        width = max(self.width(), self.minimumSizeHint().width()) - 2 * self.margin() - 2
        bold = QFont(self.font())
        bold.setBold(True)
        head = QFontMetrics(bold).elidedText(self._head, Qt.TextElideMode.ElideRight, width)
        detail = self.fontMetrics().elidedText(self._detail, Qt.TextElideMode.ElideRight, width)
        self._shown = (head, detail)
        super().setText("<br>".join(t for t in (f"<b>{html.escape(head)}</b>" if head else "",
                                                html.escape(detail)) if t))
