"""A captive's name (or a document's title holding one) in a window's title: a title bar
shows a few dozen characters, and a name of hundreds (two spellings of 200 letters) made
the title wider than any screen. The name is cut with "…", its start kept; the whole name
stays in the window itself (its text, its tooltip)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QApplication

TITLE_CHARACTERS = 60  # about this many average characters of a name in a title


def in_title(text: str, mode: Qt.TextElideMode = Qt.TextElideMode.ElideRight) -> str:
    """``text`` as a window's title holds it: whole when short, else cut with "…" at its end
    (with ``mode`` ElideMiddle, in its middle: a document's title keeps its level at the
    end, «Dossier of Վահրամ … (internal)»)."""
    metrics = QFontMetrics(QApplication.font())
    return metrics.elidedText(" ".join(text.split()), mode,
                              metrics.averageCharWidth() * TITLE_CHARACTERS)
