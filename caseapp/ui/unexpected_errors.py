"""An error no code expected, raised in the window (a slot, a timer, an event): the lawyer is
told in one line, not only the support log. Before, a click whose handler failed did nothing
at all, and a save that failed so said nothing: she could believe it was saved."""

from __future__ import annotations

import sys
from types import TracebackType

from PySide6.QtCore import QCoreApplication, QObject, QTimer
from PySide6.QtWidgets import QMessageBox, QWidget

translate = QCoreApplication.translate


def log_folder_command() -> str:
    """Where the support log is opened from, as the menus name it ("Help → Open Log Folder")."""
    return " → ".join(translate("Actions", text).replace("&", "")
                      for text in ("&Help", "Open &Log Folder"))


class UnexpectedErrors(QObject):
    """Installed once over ``sys.excepthook`` (after the support log's, which it still calls):
    each unexpected error says so in a message box over ``window``, one at a time (an error
    repeated while the box is open adds no other)."""

    def __init__(self, window: QWidget):
        super().__init__(window)
        self.window = window
        self.box: QMessageBox | None = None
        self._previous = sys.excepthook
        sys.excepthook = self.hook

    def hook(self, kind: type[BaseException], exc: BaseException,
             tb: TracebackType | None) -> None:
        self._previous(kind, exc, tb)  # logged (and printed) as before
        if not issubclass(kind, Exception):
            return  # Ctrl+C in the terminal, the program leaving
        QTimer.singleShot(0, self.tell)  # outside the event that failed

    def tell(self) -> None:
        if self.box is not None and self.box.isVisible():
            return
        text = translate("UnexpectedErrors",
                         "CaseApp could not finish what you asked: an error it did not expect. What "
                         "was saved before is kept; if you were saving a change, check that it is "
                         "there. %1 opens the support log, which says where it happened (never "
                         "anything of the case file): send it with a support request.")
        self.box = QMessageBox(
            QMessageBox.Icon.Warning, translate("UnexpectedErrors", "Something went wrong"),
            text.replace("%1", log_folder_command()), QMessageBox.StandardButton.Ok, self.window)
        self.box.setObjectName("unexpected_error")
        self.box.open()


__all__ = ["UnexpectedErrors", "log_folder_command"]
