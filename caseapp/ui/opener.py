"""Opening, creating and importing case files from the desktop: the dialogs around
:func:`caseapp.services.casefile.open_case_file`."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEventLoop, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QProgressDialog,
    QVBoxLayout,
    QWidget,
)

from caseapp.config import Location
from caseapp.domain.errors import CaseAppError, CaseFileError, WrongPassphrase
from caseapp.domain.messages import Message
from caseapp.services.casefile import CaseFile, file_kind, not_a_case_file, unlock_throttle
from caseapp.ui.dialogs.passphrase import NewPassphraseFields
from caseapp.ui.i18n import plural
from caseapp.ui.literal_text import literal
from caseapp.ui.theme import QUIET_STYLE, error_style
from caseapp.ui.tr_marks import TranslationContext
from caseapp.ui.widgets.elided_label import ElidedLabel
from caseapp.ui.widgets.screen_room import never_cut

OpenFn = Callable[..., CaseFile]  # open_case_file(location, passphrase=, create=, actor=)
MAX_ATTEMPTS = 5


class CaseFileOpener(TranslationContext):
    """The translation context of the texts around opening a file: ``CaseFileOpener.tr("…")``
    is what ``pyside6-lupdate`` files under it (``parent.tr`` would be filed under "parent"
    and found by no one)."""


class NewCaseFileDialog(QDialog):
    """Where the new case file goes and the passphrase that protects it.

    Encrypted unless the user ticks "Do not encrypt", which says what that means and is
    confirmed once more.
    """

    error: QLabel  # what is wrong with the passphrase typed (emptied as it is typed again)

    def __init__(self, path: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("new_case_file")
        self.setWindowTitle(self.tr("New case file"))
        # a deep folder's path is cut in its middle (whole in the tooltip): on one line it
        # made the dialog wider than the screen, its "File" caption squeezed
        self.path = ElidedLabel(self, mode=Qt.TextElideMode.ElideMiddle)
        self.path.setText(path)
        self.path.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        intro = QLabel(self.tr(
            "The case file is encrypted: without its passphrase nobody can read it, not even you. "
            "CaseApp does not keep the passphrase anywhere and cannot recover a forgotten one, so "
            "write it down and keep it somewhere safe."), self)
        intro.setWordWrap(True)
        self.fields = NewPassphraseFields(self)
        self.passphrase = self.fields.passphrase
        self.repeat = self.fields.repeat
        self.plain = QCheckBox(self.tr("Do not encrypt this case file"), self)
        self.plain.setObjectName("do_not_encrypt")
        self.plain_note = QLabel(self.tr(
            "Without encryption anyone who gets a copy of the file (a lost or stolen laptop, a "
            "search at a border, a backup) can read every record and document in it without a "
            "passphrase. Choose this only for test or fictional data."), self)
        self.plain_note.setObjectName("do_not_encrypt_note")
        self.plain_note.setWordWrap(True)
        self.plain_note.setStyleSheet(f"{QUIET_STYLE} margin-left: 22px;")
        self.plain.toggled.connect(self._plain_toggled)
        self.passphrase.textChanged.connect(lambda _t: self.error.clear())
        self.repeat.textChanged.connect(lambda _t: self.error.clear())
        self.error = QLabel(self)
        self.error.setObjectName("new_file_error")
        self.error.setWordWrap(True)
        self.error.setStyleSheet(error_style())
        form = QFormLayout()
        form.addRow(self.tr("File"), self.path)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel, self)
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("Create encrypted case file"))
        self.buttons.accepted.connect(self._check)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(intro)
        layout.addSpacing(6)
        layout.addWidget(self.fields)
        layout.addSpacing(10)
        layout.addWidget(self.plain)
        layout.addWidget(self.plain_note)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(600)
        never_cut(self)  # the passphrase's hint and the notes on all their lines

    def _plain_toggled(self, on: bool) -> None:
        self.fields.setDisabled(on)
        self.error.clear()
        self.ok_button.setText(self.tr("Create unencrypted case file") if on
                               else self.tr("Create encrypted case file"))

    def _check(self) -> None:
        if self.plain.isChecked():
            answer = QMessageBox.question(
                self, self.tr("Unencrypted case file"),
                self.tr("Create the case file without encryption? Anyone who gets a copy of it "
                        "can read it. You can encrypt it later (File → Change Passphrase…)."),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                QMessageBox.StandardButton.No)
            if answer == QMessageBox.StandardButton.Yes:
                self.fields.clear()
                self.accept()
            return
        try:
            self.fields.checked()
        except CaseAppError as exc:
            self.error.setText(str(exc))
            return
        self.accept()

    def chosen_passphrase(self) -> str | None:
        return None if self.plain.isChecked() else self.passphrase.text()


def throttle_note(path: Path) -> str:
    """What the wrong-passphrase delay is now, for the message after a wrong passphrase."""
    throttle = unlock_throttle()  # looked up each time: tests replace it
    failures = throttle.failures(path)
    if not failures:
        return ""
    waited, next_wait = throttle.delay_after(failures), throttle.delay_after(failures + 1)
    text = CaseFileOpener.tr("The passphrase was wrong.") if failures == 1 else plural(
        CaseFileOpener.tr("The passphrase was wrong (%n time(s) in a row).", "", failures), failures)
    if waited:
        text += " " + CaseFileOpener.tr(
            "CaseApp waited %1 s before answering, to slow down guessing.").replace("%1", f"{waited:g}")
    if next_wait:
        text += " " + CaseFileOpener.tr("The next wrong passphrase waits %1 s.").replace(
            "%1", f"{next_wait:g}")
    return text


def ask_passphrase(parent: QWidget, path: Path, attempt: int) -> str | None:
    text = CaseFileOpener.tr("Passphrase for %1:").replace("%1", path.name)
    if attempt:
        note = throttle_note(path) or CaseFileOpener.tr("The passphrase was wrong.")
        text = note + " " + CaseFileOpener.tr("Try again.") + "\n\n" + text
    value, ok = QInputDialog.getText(parent, CaseFileOpener.tr("Encrypted case file"), text,
                                     QLineEdit.EchoMode.Password)
    return value if ok and value else None


class UpgradeNotice:
    """What an upgrade of an older case file is doing (``progress`` of
    :func:`caseapp.services.casefile.open_case_file`), in a small window shown from its first
    word until the file is open: building the search index again takes a minute for 100,000
    captives, and a window that stops answering for that long looks hung."""

    def __init__(self, parent: QWidget | None):
        self.parent = parent
        self.dialog: QProgressDialog | None = None

    def __call__(self, message: Message) -> None:
        if self.dialog is None:
            self.dialog = QProgressDialog(self.parent)
            self.dialog.setObjectName("upgrade_notice")
            self.dialog.setWindowTitle(CaseFileOpener.tr("Updating the case file"))
            self.dialog.setCancelButton(None)  # cannot be stopped midway
            self.dialog.setRange(0, 0)  # busy: how long is not known in advance
            self.dialog.setMinimumDuration(0)
            self.dialog.setWindowModality(Qt.WindowModality.ApplicationModal)
            self.dialog.setMinimumWidth(480)
        self.dialog.setLabelText(str(message))
        self.dialog.show()
        # Paint it; the user's clicks wait until the file is open.
        QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.ExcludeUserInputEvents)

    def close(self) -> None:
        if self.dialog is not None:
            self.dialog.close()
            self.dialog.deleteLater()
            self.dialog = None


def open_with_busy_cursor(open_fn: OpenFn, location: Location, *, parent: QWidget | None = None,
                          **kwargs: object) -> CaseFile:
    """Deriving the key takes a second or so, more after repeated wrong passphrases; an older
    file is brought up to date first, saying so (:class:`UpgradeNotice`)."""
    notice = UpgradeNotice(parent)
    QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        return open_fn(location, progress=notice, **kwargs)
    finally:
        notice.close()
        QGuiApplication.restoreOverrideCursor()


def cannot_open(parent: QWidget, exc: CaseFileError) -> None:
    """Say why the case file cannot be opened: the line the command line says too, and what
    SQLite reported behind "Show Details…"."""
    box = QMessageBox(QMessageBox.Icon.Warning, CaseFileOpener.tr("Cannot open the case file"),
                      str(exc), QMessageBox.StandardButton.Ok, parent)
    if exc.details:
        box.setDetailedText("\n".join(exc.details))
    box.exec()


def open_interactively(parent: QWidget, open_fn: OpenFn, path: Path, *, actor: str,
                       create: bool = False, passphrase: str | None = None,
                       wrong_passphrase: Callable[[Path], bool] | None = None) -> CaseFile | None:
    """Open ``path``, asking for its passphrase if it is encrypted; report failures.
    ``wrong_passphrase(path)`` hears of every wrong passphrase (the emergency wipe's count);
    when it answers True the file was wiped and nothing more is asked.

    A damaged file is refused (and never written to); when a verified backup of it
    exists, the user is offered to restore it into a new file and open that.
    """
    location = Location(path=path)
    attempts = 0
    try:
        locked = (not create and file_kind(path) == "encrypted" and passphrase is None
                  and not_a_case_file(path) is None)  # a text file is reported, not unlocked
    except CaseFileError as exc:  # a folder, a loop of links, a file that may not be read
        cannot_open(parent, exc)
        return None
    if locked:
        passphrase = ask_passphrase(parent, path, 0)
        if passphrase is None:
            return None
    while True:
        try:
            case_file = open_with_busy_cursor(open_fn, location, parent=parent,
                                              passphrase=passphrase, create=create, actor=actor)
            if case_file.warnings:
                QMessageBox.warning(parent, CaseFileOpener.tr("The audit log was changed outside CaseApp"),
                                    "\n\n".join(case_file.warnings))
            return case_file
        except CaseFileError as exc:
            wrong = bool(passphrase) and isinstance(exc, WrongPassphrase)
            if wrong and wrong_passphrase is not None and wrong_passphrase(path):
                return None  # wiped: said nowhere on the screen
            if wrong and attempts < MAX_ATTEMPTS - 1:
                attempts += 1
                passphrase = ask_passphrase(parent, path, attempts)
                if passphrase is None:
                    return None
                continue
            if exc.damaged and exc.backup is not None:
                from caseapp.ui.dialogs.backups import offer_latest_backup

                restored = offer_latest_backup(parent, path, exc, passphrase)
                if restored is not None:
                    return open_interactively(parent, open_fn, restored[0], actor=actor,
                                              passphrase=restored[1])
                return None
            cannot_open(parent, exc)
            return None
        except CaseAppError as exc:
            QMessageBox.warning(parent, CaseFileOpener.tr("Cannot open the case file"), literal(str(exc)))
            return None
