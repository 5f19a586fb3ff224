"""The one way the GUI asks where to write an output: a save dialog whose answer is
refused, with a message, when it would overwrite the open case file, a file SQLite keeps
beside it, or anything in the backups folder (see :mod:`caseapp.services.output_guard`)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from caseapp.domain.messages import msg, text_of
from caseapp.services.output_guard import OutputGuard, Refusal
from caseapp.ui.formats import fill


def file_filter() -> str:
    """The case files a file dialog offers (an open dialog, a new file, a restored backup), in
    the user's language."""
    return (QCoreApplication.translate("SaveTarget", "CaseApp case files (*.db *.caseapp)") + ";;"
            + QCoreApplication.translate("QFileDialog", "All files (*)"))


CASE_FILE_SUFFIXES = (".db", ".caseapp")  # the ones file_filter() shows


def case_file_name(path: str, chosen_filter: str) -> str:
    """``path`` as a new case file is named: a name typed without a case file's ending
    ("Gortser") gets ".db", the default name's, while the case files are the filter chosen;
    otherwise the Open dialog, which lists only the case files, would not show the file
    just made. With "All files" chosen, the name is kept as typed."""
    if chosen_filter != file_filter().split(";;")[0]:
        return path
    return path if Path(path).suffix.lower() in CASE_FILE_SUFFIXES else path + ".db"


def refusal_text(refusal: Refusal) -> str:
    """The refusal as one translated sentence."""
    texts = {
        "case_file": QCoreApplication.translate(
            "SaveTarget", "%1 is the open case file. Nothing was written: choose another file name."),
        "side_file": QCoreApplication.translate(
            "SaveTarget", "%1 is a file kept beside the case file %2. Nothing was written: choose "
                 "another file name."),
        "case_copy": QCoreApplication.translate(
            "SaveTarget", "%1 is a copy kept of the case file %2. Nothing was written: choose another "
                 "file name."),
        "backups": QCoreApplication.translate(
            "SaveTarget", "%1 is inside the backups folder %2. Nothing was written: choose another "
                 "folder."),
    }
    if refusal.kind not in texts:  # a folder that does not exist, a device …: the services' words
        return text_of(refusal.message(msg("the file")))
    return (fill(texts[refusal.kind], str(refusal.target), str(refusal.protected)))


def refused(parent: QWidget | None, title: str, guard: OutputGuard | None,
            target: Path | str) -> bool:
    """Whether ``target`` is protected; if so, say why in a message box."""
    refusal = guard.refusal(target) if guard is not None else None
    if refusal is None:
        return False
    QMessageBox.warning(parent, title, refusal_text(refusal))
    return True


def ask_save_path(parent: QWidget | None, title: str, suggested: Path | str, file_filter: str,
                  guard: OutputGuard | None,
                  options: QFileDialog.Option | None = None) -> Path | None:
    """The file the user chose to write, or ``None`` when cancelled or refused."""
    if options is not None:
        path, _ = QFileDialog.getSaveFileName(parent, title, str(suggested), file_filter,
                                              options=options)
    else:
        path, _ = QFileDialog.getSaveFileName(parent, title, str(suggested), file_filter)
    if not path or refused(parent, title, guard, path):
        return None
    return Path(path)
