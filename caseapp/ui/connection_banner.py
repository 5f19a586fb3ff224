"""The banner above the views while the connection to the team server is lost.

The session's listener (:mod:`caseapp.db.live`) notices a lost connection within a few
seconds and keeps trying again; this banner says so in words (or that the server no longer
lets the login in, when it was revoked: then waiting will not help), and goes away when the
connection is back (the window then reloads what it shows: changes made meanwhile were
not heard). A save tried meanwhile is refused whole, with its form kept open.
"""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from caseapp.ui.widgets.banner import Banner


class ConnectionBanner(Banner):
    def __init__(self, parent: QWidget | None = None):
        super().__init__("connection", ("#fdedec", "#c0392b", "#641e16"), parent)

    def set_state(self, connected: bool, reason: str, *, refused: bool = False) -> None:
        if connected:
            self.hide()
            return
        if refused:  # revoked, taken out of the team, or another password: no use waiting
            self.text.setText(self.tr(
                "The team server no longer lets your login in: it was revoked, taken out of "
                "the team, or its password changed. Nothing can be saved or read again until "
                "the team's owner lets you in; what you type in an open form stays there."))
            self.show()
            return
        self.text.setText(self.tr(
            "The connection to the team server is lost (%1). CaseApp is trying to reconnect; "
            "until then nothing can be saved, and what you type in an open form stays there.")
            .replace("%1", reason or self.tr("no answer")))
        self.show()
