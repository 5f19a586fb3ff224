"""The main window's sidebar: the list of views. A title longer than the sidebar is wide
(Armenian and Russian titles are longer than English ones) goes on to a second line rather
than being cut, and the sidebar never scrolls sideways."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import QListView, QListWidget, QWidget

NARROWEST, WIDEST = 235, 300


def make_sidebar(parent: QWidget) -> QListWidget:
    nav = QListWidget(parent)
    nav.setObjectName("navigation")
    nav.setMinimumWidth(NARROWEST)
    nav.setMaximumWidth(WIDEST)
    nav.setIconSize(QSize(20, 20))
    nav.setWordWrap(True)
    nav.setResizeMode(QListView.ResizeMode.Adjust)  # wrapped again at each new width
    nav.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    nav.setStyleSheet("QListWidget#navigation { font-size: 11pt; border: none; "
                      "background: palette(window); }"
                      "QListWidget#navigation::item { padding: 7px 0px 7px 6px; }")
    return nav
