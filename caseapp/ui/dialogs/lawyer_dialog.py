"""The lawyer's details: who signs the letters and is named as the author of dossiers and
reports. Kept in the case file (case settings ``lawyer_*``, the same the command line
uses); a field left empty falls back to the ``CASEAPP_LAWYER_*`` environment variable."""

from __future__ import annotations

import os
from collections.abc import Mapping

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from caseapp.domain.errors import ConflictError, ValidationError
from caseapp.domain.lawyer import LAWYER_ENV, LawyerProfile
from caseapp.services.casefile import CaseFile
from caseapp.services.settings import LAWYER_FIELDS
from caseapp.ui.dialogs.discard import may_discard
from caseapp.ui.formats import fill
from caseapp.ui.theme import error_style
from caseapp.ui.widgets.fields import placeholder_whole
from caseapp.ui.widgets.screen_room import never_cut


class LawyerDialog(QDialog):
    def __init__(self, case_file: CaseFile, parent: QWidget | None = None, *,
                 environ: Mapping[str, str] | None = None):
        super().__init__(parent)
        self.setObjectName("lawyer_dialog")
        self.setWindowTitle(self.tr("Lawyer's details"))
        self.case_file = case_file
        stored = case_file.settings.current().lawyer
        self.was = stored  # only what is changed here is saved (over no one else's change)
        env = LawyerProfile.from_mapping(os.environ if environ is None else environ)
        captions = {
            "name": self.tr("Name"), "organisation": self.tr("Firm or organisation"),
            "address": self.tr("Postal address"), "bar_number": self.tr("Bar number"),
            "phone": self.tr("Phone"), "email": self.tr("E-mail"),
            "city": self.tr("City where you sign"),
            "name_hy": self.tr("Name in Armenian letters"),
            "name_ru": self.tr("Name in Cyrillic letters"),
        }
        hints = {
            "name_hy": self.tr("Signs the letters in Armenian; left empty, they are signed "
                               "with the name above"),
            "name_ru": self.tr("Signs the letters in Russian; left empty, they are signed "
                               "with the name above"),
        }
        # The name in each script under the name, then the rest in the settings' order.
        order = ["name", "name_hy", "name_ru",
                 *(f for f in LAWYER_FIELDS if f not in ("name", "name_hy", "name_ru"))]
        self.edits: dict[str, QLineEdit | QPlainTextEdit] = {}
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        for field in order:
            value = getattr(stored, field)
            fallback = getattr(env, field)
            if field == "address":
                lines = QPlainTextEdit(self)
                lines.setTabChangesFocus(True)
                lines.setFixedHeight(72)
                lines.setPlainText(value)
                edit: QLineEdit | QPlainTextEdit = lines
            else:
                edit = QLineEdit(self)
                edit.setText(value)
            edit.setObjectName(f"lawyer_{field}")
            if field in hints:
                edit.setPlaceholderText(self.tr("Optional: as in your documents in that "
                                                "language"))
                edit.setToolTip(hints[field])
                if isinstance(edit, QLineEdit) and not fallback:
                    placeholder_whole(edit)
            if fallback:
                edit.setPlaceholderText(fallback.replace("\n", ", "))
                edit.setToolTip(fill(self.tr("Left empty, %1 is used (from %2)."),
                                     fallback.replace("\n", ", "), LAWYER_ENV[field]))
            form.addRow(captions[field], edit)
            self.edits[field] = edit
        note = QLabel(self.tr(
            "Your name is the author of dossiers and reports; letters are signed with these "
            "details. They are kept in the case file. A field you leave empty is asked for "
            "when a letter needs it."), self)
        note.setWordWrap(True)
        self.error = QLabel(self)
        self.error.setObjectName("lawyer_error")
        self.error.setWordWrap(True)
        self.error.setStyleSheet(error_style())
        self.error.hide()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                   | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.buttons = buttons
        layout = QVBoxLayout(self)
        layout.addWidget(note)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.setMinimumWidth(480)
        never_cut(self)  # the names' hints whole: never narrower than its fields
        self.stored = self.profile()  # as it opened: what is typed after it is asked about


    def profile(self) -> LawyerProfile:
        values = {}
        for field, edit in self.edits.items():
            text = edit.toPlainText() if isinstance(edit, QPlainTextEdit) else edit.text()
            values[field] = text.strip()
        return LawyerProfile(**values)

    def reject(self) -> None:
        """Escape, Cancel or the window's close button: details typed are thrown away only
        when the user says so."""
        if self.profile() != self.stored and not may_discard(self):
            return
        super().reject()

    def accept(self) -> None:
        try:
            self.case_file.settings.set_lawyer(self.profile(), was=self.was)
        except (ValidationError, ConflictError) as exc:  # e.g. an e-mail address without "@"
            self.error.setText(str(exc))
            self.error.show()
            return
        super().accept()
