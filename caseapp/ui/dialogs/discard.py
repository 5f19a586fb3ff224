"""The question a dialog asks before what was typed in it and not saved is thrown away."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget


def may_discard(dialog: QWidget) -> bool:
    """Whether what was typed in ``dialog`` and not saved may be thrown away (Escape,
    Cancel, the window's close button): the user says so, No by default. The words are the
    record dialogs', where they were first written."""
    return QMessageBox.question(
        dialog, QCoreApplication.translate("RecordDialog", "Discard changes?"),
        QCoreApplication.translate("RecordDialog", "What you typed in “%1” has not been saved. "
                                   "Discard it?").replace("%1", dialog.windowTitle()),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.No) == QMessageBox.StandardButton.Yes
