"""Asked before the scans being read (Make searchable, minutes each) stop with the case file:
closing it, opening another, switching the language (the window is built again) or quitting
stopped them with no word, and the lawyer found the scans unread later. Locking (by hand, when
idle, in an emergency) never asks: it must happen at once."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox

from caseapp.ui.i18n import plural

CLOSE = "close"
OPEN_OTHER = "open"
LANGUAGE = "language"
QUIT = "quit"


def _question(action: str) -> str:
    if action == OPEN_OTHER:
        return QCoreApplication.translate(
            "ReadingGuard", "Open another case file and stop reading these scans?")
    if action == LANGUAGE:
        return QCoreApplication.translate(
            "ReadingGuard", "Switch the language and stop reading these scans?")
    if action == QUIT:
        return QCoreApplication.translate("ReadingGuard", "Quit CaseApp and stop reading these scans?")
    return QCoreApplication.translate("ReadingGuard", "Close the case file and stop reading these scans?")


def readings_may_stop(window: Any, action: str) -> bool:
    """Whether ``action`` may go on: no scan is being read or waits to be read, or the lawyer
    said that their reading may stop (nothing of them is stored)."""
    session = getattr(window, "session", None)
    if session is None or session.case_file is None:
        return True
    count = session.scans.active
    if count == 0:
        return True
    said = plural(QCoreApplication.translate(
        "ReadingGuard",
        "Make searchable is reading %Ln scan(s) of this case file or has them waiting. If their "
        "reading stops, nothing of them is stored; you can make them searchable again later.",
        "", count), count)
    answer = QMessageBox.question(
        window, QCoreApplication.translate("ReadingGuard", "Scans are being read"),
        said + "\n\n" + _question(action),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.No)
    return answer == QMessageBox.StandardButton.Yes
