"""The Reports menu and the captive file's Dossier and Letter buttons: each opens its dialog
window-modal (the case file cannot be closed under it) and deletes it when closed."""

from __future__ import annotations

from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QDialog, QWidget

from caseapp.ui.session import UiContext

REPORT_ACTIONS = ("dossier", "status_report", "letter")  # need an open case file


def _show(dialog: QDialog) -> QDialog:
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.show()
    return dialog


def open_dossier(ui: UiContext, parent: QWidget | None, captive_id: int | None = None) -> QDialog:
    from caseapp.ui.dialogs.report_dialogs import DossierDialog

    return _show(DossierDialog(ui, parent, captive_id=captive_id))


def open_status_report(ui: UiContext, parent: QWidget | None) -> QDialog:
    from caseapp.ui.dialogs.report_dialogs import StatusReportDialog

    return _show(StatusReportDialog(ui, parent))


def open_letter(ui: UiContext, parent: QWidget | None, captive_id: int | None = None) -> QDialog:
    from caseapp.ui.dialogs.letter_dialog import LetterDialog

    return _show(LetterDialog(ui, parent, captive_id=captive_id))


def edit_lawyer(settings: QSettings, parent: QWidget | None) -> bool:
    from caseapp.ui.dialogs.lawyer_dialog import LawyerDialog

    return bool(LawyerDialog(settings, parent).exec())
