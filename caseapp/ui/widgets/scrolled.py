"""A part of a window that scrolls inside its own box, frameless, rather than cut its lines or
push what follows it off a low screen; a Tab stop (the keyboard's way to scroll it) ringed
while it has the focus."""

from __future__ import annotations

from PySide6.QtWidgets import QFrame, QScrollArea, QWidget

from caseapp.ui.widgets.focus_ring import ring_when_focused


def scrolled(content: QWidget, parent: QWidget, *, name: str, least_height: int) -> QScrollArea:
    """``content`` in a frameless scroll area named ``name``, at least ``least_height`` high;
    ``content`` takes its whole width and scrolls up and down when the area is lower."""
    area = QScrollArea(parent)
    area.setObjectName(name)
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setWidget(content)
    area.setMinimumHeight(least_height)
    ring_when_focused(area)  # frameless: the style shows no focus on it
    return area
