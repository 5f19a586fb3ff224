"""Automatic backups from the desktop: one when a case file is closed, and at most one a
day while it is open (checked off the UI thread, an hour apart). The rotation keeps the
newest ``security/backups_keep`` backups. What :mod:`caseapp.services.backup` promises
(consistent, verified, encrypted like the case file) holds for each."""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from caseapp.domain.errors import CaseAppError
from caseapp.services.backup import BackupInfo
from caseapp.services.casefile import CaseFile
from caseapp.ui import settings as keys
from caseapp.ui.backup_banner import BackupBanner
from caseapp.ui.session import CaseFileSession


class AutoBackup(QObject):
    """Listens to the session: backs the file up when it is closed (not when locked) and
    when the session's backup timer says the daily check is due."""

    def __init__(self, session: CaseFileSession, parent: QWidget,
                 banner: BackupBanner | None = None):
        super().__init__(parent)
        self.session = session
        self.parent_widget = parent
        self.banner = banner  # says a failed daily backup until one is made again
        session.opened.connect(self.start)
        session.closing.connect(self._closing)
        if banner is not None:
            session.closed.connect(banner.hide)
        session.backup_due.connect(self.check)

    def _keep(self) -> int:
        settings = self.session.settings
        return keys.backups_keep(settings) if settings is not None else 10

    def start(self, case_file: CaseFile) -> None:
        if case_file.db.path is not None:
            case_file.backups.store.keep = self._keep()
            case_file.backups.store.remember_keep()  # what `caseapp backup` keeps too

    def _closing(self, case_file: CaseFile, backup: bool) -> None:
        if backup:
            self.before_close(case_file)

    def check(self) -> None:
        cf = self.session.case_file
        if cf is None or cf.db.path is None:  # shared databases are backed up by their server
            return

        def done(info: BackupInfo | None) -> None:  # None: a verified one of today is there
            if self.banner is not None:
                self.banner.hide()
            if info is not None:
                self.session.message.emit(self.tr("Daily backup made and verified."))

        def failed(exc: BaseException) -> None:
            self.session.message.emit(
                self.tr("The daily backup failed: %1").replace("%1", str(exc)))
            if self.banner is not None and self.session.case_file is cf:
                self.banner.failed(str(exc))

        self.session.runner.submit(lambda: cf.backups.backup_if_due(reason="daily"), done, failed,
                                   key="auto_backup")

    def before_close(self, case_file: CaseFile) -> None:
        """Back ``case_file`` up before it is closed (a short busy cursor; encrypted files
        take a second or two to verify). A failure is reported; closing goes on."""
        if case_file.db.path is None:
            return
        self.session.message.emit(self.tr("Backing up the case file…"))
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        error: CaseAppError | OSError | None
        try:
            case_file.backups.store.keep = self._keep()
            case_file.backups.store.remember_keep()
            case_file.backups.backup_now("close")
            error = None
        except CaseAppError as exc:
            error = exc
        except OSError as exc:
            error = exc
        finally:
            QGuiApplication.restoreOverrideCursor()
            self.session.message.emit("")
        if error is not None:
            QMessageBox.warning(self.parent_widget, self.tr("Backup"), self.tr(
                "The backup on closing failed: %1\nThe case file itself is unchanged; earlier "
                "backups are kept.").replace("%1", str(error)))
