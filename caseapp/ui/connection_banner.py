"""The banner above the views while the connection to the team server is lost.

The session's listener (:mod:`caseapp.db.live`) notices a lost connection within a few
seconds and keeps trying again; this banner says so in words, and goes away when the
connection is back (the window then reloads what it shows: changes made meanwhile were
not heard). A save tried meanwhile is refused whole, with its form kept open.
"""

from __future__ import annotations

from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QWidget


class ConnectionBanner(QFrame):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("connection_banner")
        self.setStyleSheet("#connection_banner { background: #fdedec; border: 1px solid #c0392b; "
                           "border-radius: 4px; } #connection_banner QLabel { color: #641e16; }")
        self.text = QLabel(self)
        self.text.setObjectName("connection_text")
        self.text.setWordWrap(True)
        row = QHBoxLayout(self)
        row.setContentsMargins(8, 4, 8, 4)
        row.addWidget(self.text, 1)
        self.hide()

    def set_state(self, connected: bool, reason: str) -> None:
        if connected:
            self.hide()
            return
        self.text.setText(self.tr(
            "The connection to the team server is lost (%1). CaseApp is trying to reconnect; "
            "until then nothing can be saved, and what you type in an open form stays there.")
            .replace("%1", reason or self.tr("no answer")))
        self.show()
