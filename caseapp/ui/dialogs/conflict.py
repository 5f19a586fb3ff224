"""What to do when a save is refused because someone saved the record after it was read
(:class:`caseapp.services.base.StaleRecord`): reload their version, keep mine (save over
theirs, knowingly), or go back to the form."""

from __future__ import annotations

from enum import Enum

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from caseapp.services.base import StaleRecord

translate = QCoreApplication.translate  # lupdate reads every translate("Context", "source") call


class Resolution(Enum):
    RELOAD = "reload"
    KEEP_MINE = "keep_mine"
    CANCEL = "cancel"


def conflict_box(parent: QWidget | None, conflict: StaleRecord) -> QMessageBox:
    """The question, with its three buttons (named so tests and screen readers find them)."""
    box = QMessageBox(parent)
    box.setObjectName("ConflictDialog")
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(translate("ConflictDialog", "Changed by someone else"))
    who = conflict.by or translate("ConflictDialog", "someone else")
    when = f"{conflict.at:%Y-%m-%d %H:%M} UTC" if conflict.at is not None else translate("ConflictDialog", "meanwhile")
    box.setText(translate("ConflictDialog", "%1 saved this record (%2) after you opened it. Your changes are not saved "
                   "yet.").replace("%1", who).replace("%2", when))
    box.setInformativeText(translate("ConflictDialog", "Reload shows their version in the form (your changes are "
                              "lost); Keep mine saves your changes over theirs; Cancel goes "
                              "back to the form."))
    reload = box.addButton(translate("ConflictDialog", "Reload"), QMessageBox.ButtonRole.ResetRole)
    reload.setObjectName("conflict_reload")
    mine = box.addButton(translate("ConflictDialog", "Keep mine"), QMessageBox.ButtonRole.AcceptRole)
    mine.setObjectName("conflict_keep_mine")
    cancel = box.addButton(QMessageBox.StandardButton.Cancel)
    cancel.setObjectName("conflict_cancel")
    box.setDefaultButton(cancel)
    box.setEscapeButton(cancel)
    return box


def ask_resolution(parent: QWidget | None, conflict: StaleRecord) -> Resolution:
    box = conflict_box(parent, conflict)
    box.exec()
    clicked = box.clickedButton()
    name = clicked.objectName() if clicked is not None else ""
    return {"conflict_reload": Resolution.RELOAD,
            "conflict_keep_mine": Resolution.KEEP_MINE}.get(name, Resolution.CANCEL)
