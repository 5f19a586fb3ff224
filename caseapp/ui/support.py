"""Help → Open Log Folder: the support log (caseapp/supportlog.py) in the file manager."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QMessageBox, QWidget

from caseapp import supportlog
from caseapp.domain.messages import text_of
from caseapp.ui.formats import fill
from caseapp.write_errors import os_reason


def open_log_folder(parent: QWidget) -> bool:
    """Show the log folder (made if CaseApp has not logged yet); say where it is if no file
    manager opens it."""
    folder = supportlog.log_dir()
    try:
        folder.mkdir(parents=True, exist_ok=True, mode=0o700)
    except OSError as exc:
        QMessageBox.warning(parent, QCoreApplication.translate("Support", "Log folder"),
                            fill(QCoreApplication.translate("Support", "The log folder %1 cannot be made: %2"),
                                 str(folder), text_of(os_reason(exc))))
        return False
    if QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder))):
        return True
    QMessageBox.information(
        parent, QCoreApplication.translate("Support", "Log folder"),
        QCoreApplication.translate("Support", "CaseApp's log is in %1. It says which commands ran and "
                                   "where errors happened, never anything of your case files; "
                                   "attach it to a support request.").replace("%1", str(folder)))
    return False
