"""The banner above the views while the daily backup fails: said once in the status bar, a
failure that came back every hour (a full or unplugged backup drive, a folder no longer
writable) went unseen for weeks, the lawyer believing her file backed up. It stays until a
backup is made again (or the file closes); Backups… opens the list to make one now."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QPushButton, QWidget

from caseapp.ui.widgets.banner import Banner


class BackupBanner(Banner):
    backups_requested = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__("backup_failed", ("#fdedec", "#c0392b", "#641e16"), parent)
        self.backups_button = QPushButton(self.tr("Backups…"), self)
        self.backups_button.setObjectName("backup_failed_backups")
        self.backups_button.clicked.connect(self.backups_requested)
        self.hide_button = QPushButton(self.tr("Hide"), self)
        self.hide_button.setObjectName("backup_failed_hide")
        self.hide_button.setToolTip(self.tr("Hides this until the next backup fails"))
        self.hide_button.clicked.connect(self.hide)
        self.row.addWidget(self.backups_button)
        self.row.addWidget(self.hide_button)

    def failed(self, reason: str) -> None:
        self.text.setText(self.tr(
            "The daily backup failed: %1. The case file itself is unchanged and earlier backups "
            "are kept. CaseApp tries again every hour; Backups… makes one now.")
            .replace("%1", reason.strip().rstrip(".")))
        self.show()
