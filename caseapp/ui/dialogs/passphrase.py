"""Choosing a passphrase: a live strength meter, the rules of
:func:`caseapp.domain.passphrase.check_new_passphrase`, and the Change Passphrase dialog.

Passphrases live only in the line edits and are not stored anywhere by these widgets.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QVBoxLayout,
    QWidget,
)

from caseapp.domain.errors import CaseAppError
from caseapp.domain.passphrase import MIN_LENGTH, Strength, check_new_passphrase, estimate_strength
from caseapp.services.casefile import CaseFile
from caseapp.ui.formats import fill
from caseapp.ui.theme import QUIET_STYLE, error_style, palette_tone

# The strength's colour, from too weak to very strong: as text, at WCAG AA on the light
# palette's window (dark tones) and on the dark palette's (light tones).
COLOURS_ON_LIGHT = ("#c0392b", "#a04000", "#7d6608", "#196f3d", "#145a32")
COLOURS_ON_DARK = ("#ff8a73", "#ff9a4d", "#e0c341", "#4cc47f", "#7ddc9f")


def strength_colour(score: int) -> str:
    return palette_tone(COLOURS_ON_LIGHT[score], COLOURS_ON_DARK[score])


def password_edit(parent: QWidget, name: str) -> QLineEdit:
    edit = QLineEdit(parent)
    edit.setObjectName(name)
    edit.setEchoMode(QLineEdit.EchoMode.Password)
    edit.setMinimumWidth(320)
    return edit


class StrengthMeter(QWidget):
    """A bar of five steps and a sentence: how hard the passphrase is to guess, and why."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("strength_meter")
        self.bar = QProgressBar(self)
        self.bar.setRange(0, 4)
        self.bar.setTextVisible(False)
        self.bar.setFixedHeight(8)
        self.label = QLabel(self)
        self.label.setObjectName("strength_label")
        self.label.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(3)
        layout.addWidget(self.bar)
        layout.addWidget(self.label)
        self.strength: Strength | None = None
        self.set_passphrase("")

    def set_passphrase(self, text: str) -> None:
        if not text:
            self.strength = None
            self.bar.setValue(0)
            self.label.setText(self.tr("At least %1 characters. Several unrelated words are easy "
                                       "to remember and hard to guess.").replace("%1", str(MIN_LENGTH)))
            self.label.setStyleSheet(QUIET_STYLE)
            return
        strength = self.strength = estimate_strength(text)
        self.bar.setValue(max(1, strength.score) if len(text) >= MIN_LENGTH else 0)
        colour = strength_colour(strength.score)
        self.bar.setStyleSheet(f"QProgressBar::chunk {{ background: {colour}; }}")
        verdict = self.tr("enough") if strength.acceptable else self.tr("not enough")
        self.label.setText("<b>" + fill(self.tr("Strength: %1 (%2)."), strength.label, verdict)
                           + "</b> " + strength.reason)
        self.label.setStyleSheet(f"color: {colour};")


class NewPassphraseFields(QWidget):
    """New passphrase, the same again, a meter and "show"; :meth:`checked` applies the rules."""

    def __init__(self, parent: QWidget | None = None, *, label: str | None = None):
        super().__init__(parent)
        self.passphrase = password_edit(self, "new_passphrase")
        self.repeat = password_edit(self, "repeat_passphrase")
        self.meter = StrengthMeter(self)
        self.show_text = QCheckBox(self.tr("Show what I type"), self)
        self.show_text.setObjectName("show_passphrase")
        self.show_text.toggled.connect(self._show)
        self.passphrase.textChanged.connect(self.meter.set_passphrase)
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        form.addRow(label or self.tr("Passphrase"), self.passphrase)
        form.addRow("", self.meter)
        form.addRow(self.tr("Repeat it"), self.repeat)
        form.addRow("", self.show_text)

    def _show(self, on: bool) -> None:
        mode = QLineEdit.EchoMode.Normal if on else QLineEdit.EchoMode.Password
        self.passphrase.setEchoMode(mode)
        self.repeat.setEchoMode(mode)

    def checked(self) -> str:
        """The passphrase, if it may protect a case file; else ValidationError with why."""
        check_new_passphrase(self.passphrase.text(), self.repeat.text())
        return self.passphrase.text()

    def clear(self) -> None:
        self.passphrase.clear()
        self.repeat.clear()


class ChangePassphraseDialog(QDialog):
    """Change the passphrase of the open case file, or encrypt a plain one.

    The file is re-encrypted into a copy that replaces it only once verified; a new backup
    is made with the new passphrase at once (earlier backups keep the old one).
    """

    def __init__(self, case_file: CaseFile, parent: QWidget | None = None, *,
                 prepare: Callable[[], object] = lambda: None):
        super().__init__(parent)
        self.setObjectName("change_passphrase")
        self.case_file = case_file
        self.prepare = prepare
        encrypted = case_file.db.encrypted
        self.setWindowTitle(self.tr("Change passphrase") if encrypted else self.tr("Encrypt case file"))
        intro = QLabel(self.tr(
            "The case file is written again, encrypted with the new passphrase, and replaces the "
            "old one only once it has been checked. Backups made before keep the old passphrase: "
            "keep it until they are no longer needed.") if encrypted else self.tr(
            "This case file is not encrypted: anyone who gets a copy of it can read it. Choose a "
            "passphrase to encrypt it; from then on it opens only with that passphrase. Earlier "
            "backups stay unencrypted."), self)
        intro.setWordWrap(True)
        self.current = password_edit(self, "current_passphrase")
        self.fields = NewPassphraseFields(self, label=self.tr("New passphrase"))
        self.error = QLabel(self)
        self.error.setObjectName("passphrase_error")
        self.error.setWordWrap(True)
        self.error.setStyleSheet(error_style())
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(
            self.tr("Change passphrase") if encrypted else self.tr("Encrypt"))
        self.buttons.accepted.connect(self.apply)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        if encrypted:
            form = QFormLayout()
            form.addRow(self.tr("Current passphrase"), self.current)
            layout.addLayout(form)
        else:
            self.current.hide()
        layout.addWidget(self.fields)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(560)
        self.backup_problem: str | None = None

    def apply(self) -> None:
        cf = self.case_file
        try:
            new = self.fields.checked()
        except CaseAppError as exc:
            self.error.setText(str(exc))
            return
        self.error.setText(self.tr("Encrypting… this takes a few seconds."))
        self.buttons.setEnabled(False)
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            self.prepare()
            try:
                cf.change_passphrase(self.current.text() if cf.db.encrypted else None, new,
                                     self.fields.repeat.text())
            except CaseAppError as exc:
                self.error.setText(str(exc))
                return
            if cf.db.path is not None:
                try:
                    cf.backups.backup_now("passphrase changed")
                except CaseAppError as exc:
                    self.backup_problem = str(exc)
        finally:
            QGuiApplication.restoreOverrideCursor()
            self.buttons.setEnabled(True)
        self.current.clear()
        self.fields.clear()
        self.accept()
