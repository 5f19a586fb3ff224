"""A notice in the status bar longer than a status message may be: on as many lines as the
window's width needs (a status message is cut at the file's name, in the middle of a word,
on a small screen), and out of sight while a status message shows, never under it."""

from __future__ import annotations

from PySide6.QtCore import QTimer, Slot
from PySide6.QtWidgets import QLabel, QStatusBar

NAME = "status_notice"


class StatusNotice(QLabel):
    """Hidden while the bar shows a message, shown again when it is gone. Qt hides a status
    bar's widgets while a message shows, but shows them again on its own a moment later when
    they were added just before (the message was then painted over the notice): hidden here
    on purpose, it stays hidden."""

    @Slot(str)
    def follow_message(self, message: str) -> None:
        self.setVisible(not message)


def show_notice(bar: QStatusBar, text: str, ms: int) -> StatusNotice:
    """``text`` in ``bar`` for ``ms``, in place of the notice shown before (a file opened
    after another says it once, not twice)."""
    for shown in bar.findChildren(QLabel, NAME):
        shown.deleteLater()
    notice = StatusNotice(text, bar)
    notice.setObjectName(NAME)
    notice.setWordWrap(True)
    bar.addWidget(notice, 1)
    bar.messageChanged.connect(notice.follow_message)
    notice.follow_message(bar.currentMessage())
    QTimer.singleShot(ms, notice, notice.deleteLater)
    return notice
