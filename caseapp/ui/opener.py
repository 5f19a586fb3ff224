"""Opening, creating and importing case files from the desktop: the dialogs around
:func:`caseapp.services.casefile.open_case_file`."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from caseapp.config import Location
from caseapp.domain.errors import CaseAppError, CaseFileError
from caseapp.services.casefile import CaseFile, file_kind

OpenFn = Callable[..., CaseFile]  # open_case_file(location, passphrase=, create=, actor=)
MIN_PASSPHRASE = 8


class NewCaseFileDialog(QDialog):
    """Where the new case file goes and whether a passphrase protects it."""

    def __init__(self, path: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("New case file"))
        self.path = QLabel(path, self)
        self.passphrase = QLineEdit(self)
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.repeat = QLineEdit(self)
        self.repeat.setEchoMode(QLineEdit.EchoMode.Password)
        self.plain = QCheckBox(self.tr("Do not encrypt: anyone who gets the file can read it"), self)
        self.plain.toggled.connect(lambda on: (self.passphrase.setDisabled(on), self.repeat.setDisabled(on)))
        self.error = QLabel(self)
        self.error.setStyleSheet("color: #c0392b;")
        form = QFormLayout()
        form.addRow(self.tr("File"), self.path)
        form.addRow(self.tr("Passphrase"), self.passphrase)
        form.addRow(self.tr("Repeat"), self.repeat)
        form.addRow("", self.plain)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self._check)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)

    def _check(self) -> None:
        if not self.plain.isChecked():
            if len(self.passphrase.text()) < MIN_PASSPHRASE:
                self.error.setText(self.tr("Use at least %n characters.", "", MIN_PASSPHRASE))
                return
            if self.passphrase.text() != self.repeat.text():
                self.error.setText(self.tr("The two passphrases differ."))
                return
        self.accept()

    def chosen_passphrase(self) -> str | None:
        return None if self.plain.isChecked() else self.passphrase.text()


def ask_passphrase(parent: QWidget, path: Path, attempt: int) -> str | None:
    text = parent.tr("Passphrase for %1:").replace("%1", path.name)
    if attempt:
        text = parent.tr("The passphrase was wrong. Try again.") + "\n" + text
    value, ok = QInputDialog.getText(parent, parent.tr("Encrypted case file"), text,
                                     QLineEdit.EchoMode.Password)
    return value if ok and value else None


def open_interactively(parent: QWidget, open_fn: OpenFn, path: Path, *, actor: str,
                       create: bool = False, passphrase: str | None = None) -> CaseFile | None:
    """Open ``path``, asking for its passphrase if it is encrypted; report failures."""
    location = Location(path=path)
    attempts = 0
    if not create and file_kind(path) == "encrypted" and passphrase is None:
        passphrase = ask_passphrase(parent, path, 0)
        if passphrase is None:
            return None
    while True:
        try:
            return open_fn(location, passphrase=passphrase, create=create, actor=actor)
        except CaseFileError as exc:
            if passphrase and exc.bad_input and "passphrase" in str(exc) and attempts < 4:
                attempts += 1
                passphrase = ask_passphrase(parent, path, attempts)
                if passphrase is None:
                    return None
                continue
            QMessageBox.warning(parent, parent.tr("Cannot open the case file"), str(exc))
            return None
        except CaseAppError as exc:
            QMessageBox.warning(parent, parent.tr("Cannot open the case file"), str(exc))
            return None
