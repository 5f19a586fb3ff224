"""The Reports menu and the captive file's Dossier and Letter buttons: each opens its dialog
window-modal (the case file cannot be closed under it) and deletes it when closed."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QWidget

from caseapp.ui.session import UiContext

if TYPE_CHECKING:
    from caseapp.services.casefile import CaseFile

REPORT_ACTIONS = ("dossier", "status_report", "letter", "filing", "lawyer_details")  # need a case file


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


def edit_lawyer(case_file: CaseFile | None, parent: QWidget | None) -> bool:
    """The lawyer's details of the open case file (nothing without one)."""
    from caseapp.ui.dialogs.lawyer_dialog import LawyerDialog

    return case_file is not None and bool(LawyerDialog(case_file, parent).exec())
