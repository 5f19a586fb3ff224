"""The marks the custody timeline draws besides its bars: a hearing's (and the legend's)
marker, and the mark of an order replaced within a day or two of its start."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPen

SLIVER = 10.0  # pixels: a replaced order's bar narrower than this gets a mark to find it by


def marker(p: QPainter, shape: str, c: QPointF, r: float, colour: QColor, base: QColor, *,
           filled: bool) -> None:
    """A marker of ``shape`` centred on ``c``: filled with ``colour``, or hollow on ``base``."""
    p.setPen(QPen(colour, 1.6))
    p.setBrush(colour if filled else base)
    if shape == "diamond":
        path = QPainterPath()
        path.moveTo(c.x(), c.y() - r - 1)
        path.lineTo(c.x() + r + 1, c.y())
        path.lineTo(c.x(), c.y() + r + 1)
        path.lineTo(c.x() - r - 1, c.y())
        path.closeSubpath()
        p.drawPath(path)
    elif shape == "square":
        p.drawRect(QRectF(c.x() - r + 1, c.y() - r + 1, 2 * r - 2, 2 * r - 2))
    elif shape == "triangle":
        path = QPainterPath()
        path.moveTo(c.x(), c.y() - r)
        path.lineTo(c.x() + r, c.y() + r - 1)
        path.lineTo(c.x() - r, c.y() + r - 1)
        path.closeSubpath()
        p.drawPath(path)
    elif shape == "dot":
        p.drawEllipse(c, r * 0.6, r * 0.6)
    else:
        p.drawEllipse(c, r - 0.5, r - 0.5)


def replaced_mark(p: QPainter, x: float, top: float, height: float, text: QColor,
                  base: QColor) -> QRectF:
    """Where an order replaced within a day or two began (its bar a sliver under the next
    one's): a dashed line over the bars' height below a hollow triangle pointing down at it,
    no custody drawn as if it ran under that order. Returns the area of its tooltip,
    :data:`SLIVER` wide so that the mouse finds it."""
    p.setPen(QPen(text, 1.2, Qt.PenStyle.DashLine))
    p.drawLine(QPointF(x, top), QPointF(x, top + height))
    path = QPainterPath()
    path.moveTo(x - 4.5, top - 8)
    path.lineTo(x + 4.5, top - 8)
    path.lineTo(x, top - 1)
    path.closeSubpath()
    p.setPen(QPen(text, 1.4))
    p.setBrush(base)
    p.drawPath(path)
    return QRectF(x - SLIVER / 2, top - 9, SLIVER, height + 9)
