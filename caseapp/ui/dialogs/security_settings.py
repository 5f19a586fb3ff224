"""Security settings: when the window locks by itself, how long copied text stays on the
clipboard, and how many automatic backups are kept. The passphrase is never a setting."""

from __future__ import annotations

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from caseapp.ui import settings as keys
from caseapp.ui.widgets.fields import special_text_whole


class SecuritySettingsDialog(QDialog):
    def __init__(self, settings: QSettings, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("security_settings")
        self.setWindowTitle(self.tr("Security settings"))
        self.settings = settings
        self.auto_lock = self._spin("settings_auto_lock", 0, 24 * 60, keys.auto_lock_minutes(settings),
                                    self.tr(" min"), self.tr("never"))
        self.clipboard = self._spin("settings_clipboard", 0, 3600, keys.clipboard_seconds(settings),
                                    self.tr(" s"), self.tr("never"))
        self.keep = self._spin("settings_backups_keep", 1, 1000, keys.backups_keep(settings), "", "")
        note = QLabel(self.tr(
            "Locking closes the case file and clears the window; its passphrase is asked to "
            "continue. Only what CaseApp copied is removed from the clipboard. Backups are "
            "made on closing and once a day; the oldest beyond the number kept are deleted."), self)
        note.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("Lock after being idle for"), self.auto_lock)
        form.addRow(self.tr("Clear copied text from the clipboard after"), self.clipboard)
        form.addRow(self.tr("Automatic backups to keep"), self.keep)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(buttons)
        self.setMinimumWidth(520)

    def _spin(self, name: str, low: int, high: int, value: int, suffix: str, special: str) -> QSpinBox:
        spin = QSpinBox(self)
        spin.setObjectName(name)
        spin.setRange(low, high)
        spin.setValue(value)
        spin.setSuffix(suffix)
        if special:
            special_text_whole(spin, special)
        return spin

    def save(self) -> None:
        self.settings.setValue(keys.AUTO_LOCK_MINUTES, self.auto_lock.value())
        self.settings.setValue(keys.CLIPBOARD_SECONDS, self.clipboard.value())
        self.settings.setValue(keys.BACKUPS_KEEP, self.keep.value())
        self.accept()
