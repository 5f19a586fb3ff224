"""Automatic backups from the desktop: one when a case file is closed, and at most one a
day while it is open (checked off the UI thread, an hour apart). The rotation keeps the
newest ``security/backups_keep`` backups. What :mod:`caseapp.services.backup` promises
(consistent, verified, encrypted like the case file) holds for each."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QMessageBox

from caseapp.domain.errors import CaseAppError
from caseapp.services.backup import BackupInfo
from caseapp.services.casefile import CaseFile
from caseapp.ui import settings as keys

if TYPE_CHECKING:
    from caseapp.ui.main_window import MainWindow

FIRST_CHECK_MS = 2 * 60 * 1000  # a while after opening: opening stays quick
CHECK_EVERY_MS = 60 * 60 * 1000


class AutoBackup(QObject):
    def __init__(self, window: MainWindow):
        super().__init__(window)
        self.window = window
        self.case_file: CaseFile | None = None
        self.timer = QTimer(self, singleShot=True)
        self.timer.timeout.connect(self.check)
        self.first_check_ms = FIRST_CHECK_MS
        self.check_every_ms = CHECK_EVERY_MS

    def start(self, case_file: CaseFile | None) -> None:
        """Watch ``case_file`` (None: stop). Shared databases are backed up by their server."""
        self.timer.stop()
        self.case_file = case_file if case_file is not None and case_file.db.path else None
        if self.case_file is None:
            return
        self.case_file.backups.store.keep = keys.backups_keep(self.window.settings)
        self.timer.start(self.first_check_ms)

    def check(self) -> None:
        cf = self.case_file
        if cf is None:
            return

        def done(info: BackupInfo | None) -> None:
            if info is not None:
                self.window.statusBar().showMessage(
                    self.tr("Daily backup made and verified."), 5000)

        def failed(exc: BaseException) -> None:
            self.window.statusBar().showMessage(
                self.tr("The daily backup failed: %1").replace("%1", str(exc)), 20000)

        self.window.runner.submit(lambda: cf.backups.backup_if_due(reason="daily"), done, failed,
                                  key="auto_backup")
        self.timer.start(self.check_every_ms)

    def before_close(self, case_file: CaseFile) -> None:
        """Back ``case_file`` up before it is closed (a short busy cursor; encrypted files
        take a second or two to verify). A failure is reported; closing goes on."""
        self.timer.stop()
        if case_file.db.path is None:
            return
        self.window.statusBar().showMessage(self.tr("Backing up the case file…"))
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            case_file.backups.store.keep = keys.backups_keep(self.window.settings)
            case_file.backups.backup_now("close")
            error = None
        except CaseAppError as exc:
            error = exc
        except OSError as exc:
            error = exc
        finally:
            QGuiApplication.restoreOverrideCursor()
            self.window.statusBar().clearMessage()
        if error is not None:
            QMessageBox.warning(self.window, self.tr("Backup"), self.tr(
                "The backup on closing failed: %1\nThe case file itself is unchanged; earlier "
                "backups are kept.").replace("%1", str(error)))
