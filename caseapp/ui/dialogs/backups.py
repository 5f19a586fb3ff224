"""The Backups dialog (see, verify, make and restore backups of the open case file) and
restoring a backup into a new file, also offered when a damaged case file is refused.

A restore never replaces an existing file unless the user confirms it, and never the
case file that is open.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from caseapp.domain.errors import CaseAppError, CaseFileError, WrongPassphrase
from caseapp.services.backup import BackupInfo, default_backup_root
from caseapp.services.casefile import CaseFile, file_kind
from caseapp.services.output_guard import OutputGuard
from caseapp.services.restore import restore
from caseapp.ui.formats import datetime_text, fill, human_size
from caseapp.ui.theme import QUIET_STYLE
from caseapp.ui.tr_marks import QT_TRANSLATE_NOOP, TranslationContext
from caseapp.ui.widgets.save_target import ask_save_path, file_filter
from caseapp.ui.widgets.screen_room import resize_within_screen
from caseapp.ui.worker import Runner

if TYPE_CHECKING:
    from caseapp.services.identity import Owner

# Why a backup was made, as CaseApp's own callers name it (a reason given on the command
# line is shown as written).
REASONS = {
    "manual": QT_TRANSLATE_NOOP("BackupsDialog", "made by hand"),
    "daily": QT_TRANSLATE_NOOP("BackupsDialog", "daily"),
    "auto": QT_TRANSLATE_NOOP("BackupsDialog", "daily"),
    "close": QT_TRANSLATE_NOOP("BackupsDialog", "on closing"),
    "passphrase changed": QT_TRANSLATE_NOOP("BackupsDialog", "passphrase changed"),
}


class BackupRestore(TranslationContext):
    """The translation context of restoring a backup into a new file (from the Backups dialog
    and when a damaged file is refused): ``BackupRestore.tr("…")``."""


def reason_text(reason: str) -> str:
    known = REASONS.get(reason)
    return QCoreApplication.translate("BackupsDialog", known) if known else reason


def choose_new_file(parent: QWidget, suggested: Path, *, forbidden: Path | None = None
                    ) -> tuple[Path, bool] | None:
    """A file to restore into and whether the user agreed to replace it (None: cancelled)."""
    # Never the case file that is open (or was refused), its side files or a backup.
    guard = OutputGuard(case_file=forbidden, backups_root=default_backup_root())
    target = ask_save_path(parent, BackupRestore.tr("Restore the backup into a new case file"),
                           suggested, file_filter(), guard,
                           options=QFileDialog.Option.DontConfirmOverwrite)  # asked below
    if target is None:
        return None
    if target.exists():
        answer = QMessageBox.question(
            parent, BackupRestore.tr("Replace the file?"),
            BackupRestore.tr("%1 exists already. Replace it with the backup? Everything in it is lost.")
            .replace("%1", str(target)),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No)
        if answer != QMessageBox.StandardButton.Yes:
            return None
        return target, True
    return target, False


def suggested_name(case_path: Path) -> Path:
    base = case_path.with_name(f"{case_path.stem}-restored{case_path.suffix or '.db'}")
    n, path = 1, base
    while path.exists():
        n += 1
        path = base.with_name(f"{case_path.stem}-restored-{n}{case_path.suffix or '.db'}")
    return path


def ask_backup_passphrase(parent: QWidget, note: str = "") -> str | None:
    text = BackupRestore.tr("Passphrase of the backup (the case file's passphrase when it was made):")
    value, ok = QInputDialog.getText(parent, BackupRestore.tr("Restore"), (note + "\n\n" if note else "")
                                     + text, QLineEdit.EchoMode.Password)
    return value if ok and value else None


def restore_into_new_file(parent: QWidget, backup: Path, case_path: Path, passphrase: str | None,
                          belongs_to: Owner | None = None) -> tuple[Path, str | None] | None:
    """Ask where, restore ``backup`` there (verified first), and return (new file, passphrase).

    ``passphrase`` is tried first; if the backup does not open with it (it was made before
    a passphrase change), the user is asked for the backup's own. A backup of another case
    file than ``belongs_to`` (or than the file it replaces) is restored only when the user
    says so (the question defaults to No).
    """
    encrypted = file_kind(backup) == "encrypted"
    if not encrypted:
        passphrase = None
    elif not passphrase:
        passphrase = ask_backup_passphrase(parent)
        if passphrase is None:
            return None
    chosen = choose_new_file(parent, suggested_name(case_path), forbidden=case_path)
    if chosen is None:
        return None
    from caseapp.services.identity import OtherCaseFile  # (SQLAlchemy: not before it is used)

    target, overwrite = chosen
    other_case_file = False
    for _attempt in range(5):
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            done = restore(backup, target, passphrase=passphrase, overwrite=overwrite,
                           belongs_to=belongs_to, other_case_file=other_case_file)
            error: CaseAppError | None = None
        except CaseAppError as exc:
            error = exc
        finally:
            QGuiApplication.restoreOverrideCursor()
        if error is None:
            if done.notes:
                QMessageBox.information(parent, BackupRestore.tr("Restore"),
                                        "\n".join(str(n) for n in done.notes))
            return target, passphrase
        if isinstance(error, OtherCaseFile) and not other_case_file:
            answer = QMessageBox.question(
                parent, BackupRestore.tr("A backup of another case file"),
                BackupRestore.tr("%1\n\nRestore it anyway?").replace("%1", str(error)),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                QMessageBox.StandardButton.No)
            if answer != QMessageBox.StandardButton.Yes:
                return None
            other_case_file = True
            continue
        if not (encrypted and isinstance(error, WrongPassphrase)):
            QMessageBox.warning(parent, BackupRestore.tr("Restore"), str(error))
            return None
        passphrase = ask_backup_passphrase(parent, BackupRestore.tr(
            "The backup does not open with this passphrase (or it is damaged)."))
        if passphrase is None:
            return None
    return None


def offer_latest_backup(parent: QWidget, path: Path, exc: CaseFileError, passphrase: str | None
                        ) -> tuple[Path, str | None] | None:
    """The case file was refused as damaged: offer its latest verified backup, restored
    into a new file (the damaged file is left as it is). Returns what to open, or None."""
    assert exc.backup is not None
    if exc.bad_input:  # encrypted: a wrong passphrase and a damaged file look the same
        text = BackupRestore.tr("%1\n\nIf you are sure the passphrase is right, the file may be "
                                "damaged. Restore its latest verified backup into a new case file? "
                                "The file itself is left as it is.")
    else:
        text = BackupRestore.tr("%1\n\nRestore the latest verified backup into a new case file? "
                                "The damaged file is left as it is.")
    answer = QMessageBox.question(parent, BackupRestore.tr("Cannot open the case file"),
                                  text.replace("%1", str(exc)),
                                  QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                                  QMessageBox.StandardButton.Yes)
    if answer != QMessageBox.StandardButton.Yes:
        return None
    return restore_into_new_file(parent, exc.backup, path, passphrase)


class BackupsDialog(QDialog):
    """The backups of the open case file, newest first: make one, verify one, restore one."""

    COLUMNS = (QT_TRANSLATE_NOOP("BackupsDialog", "Made"), QT_TRANSLATE_NOOP("BackupsDialog", "Why"),
               QT_TRANSLATE_NOOP("BackupsDialog", "Size"), QT_TRANSLATE_NOOP("BackupsDialog", "Encrypted"),
               QT_TRANSLATE_NOOP("BackupsDialog", "Verified"))

    def __init__(self, case_file: CaseFile, runner: Runner, parent: QWidget | None = None, *,
                 open_restored: Callable[[Path, str | None], object] | None = None):
        super().__init__(parent)
        self.setObjectName("backups_dialog")
        self.setWindowTitle(self.tr("Backups"))
        self.case_file = case_file
        self.runner = runner
        self.open_restored = open_restored
        self.backups: list[BackupInfo] = []
        encrypted = case_file.db.encrypted
        try:
            folder = str(case_file.backups.store.folder)
        except CaseAppError as exc:
            folder = str(exc)
        intro = QLabel(self.tr(
            "CaseApp backs the case file up when you close it and once a day while it is open, "
            "and checks every backup after writing it. Backups are encrypted with the passphrase "
            "the case file had when they were made.") if encrypted else self.tr(
            "CaseApp backs the case file up when you close it and once a day while it is open, "
            "and checks every backup after writing it. This case file is not encrypted, so "
            "neither are its backups."), self)
        intro.setWordWrap(True)
        where = QLabel(self.tr("Folder: %1").replace("%1", folder), self)
        where.setObjectName("backups_folder")
        where.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        where.setStyleSheet(QUIET_STYLE)
        where.setWordWrap(True)
        self.table = QTableWidget(0, len(self.COLUMNS), self)
        self.table.setObjectName("backups_table")
        self.table.setTabKeyNavigation(False)  # Tab leaves for the buttons; the arrows go from row to row
        self.table.setAccessibleName(self.tr("Backups of this case file"))  # not "table"
        self.table.setHorizontalHeaderLabels([self.tr(c) for c in self.COLUMNS])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.setAlternatingRowColors(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.table.itemSelectionChanged.connect(self._selection_changed)
        self.status = QLabel(self)
        self.status.setObjectName("backups_status")
        self.status.setWordWrap(True)
        self.backup_button = QPushButton(self.tr("Back up now"), self)
        self.backup_button.setObjectName("backup_now")
        self.backup_button.clicked.connect(self.back_up_now)
        self.verify_button = QPushButton(self.tr("Verify"), self)
        self.verify_button.setObjectName("verify_backup")
        self.verify_button.setToolTip(self.tr("Open the backup with the passphrase and check every page"))
        self.verify_button.clicked.connect(self.verify_selected)
        self.restore_button = QPushButton(self.tr("Restore into a new file…"), self)
        self.restore_button.setObjectName("restore_backup")
        self.restore_button.clicked.connect(self.restore_selected)
        row = QHBoxLayout()
        row.addWidget(self.backup_button)
        row.addStretch(1)
        row.addWidget(self.verify_button)
        row.addWidget(self.restore_button)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(where)
        layout.addWidget(self.table, 1)
        layout.addLayout(row)
        layout.addWidget(self.status)
        layout.addWidget(close)
        resize_within_screen(self, 760, 420)
        self.reload()

    # -- the list --
    def reload(self) -> None:
        try:
            self.backups = self.case_file.backups.list()
        except CaseAppError as exc:
            self.backups = []
            self.status.setText(str(exc))
        self.table.setRowCount(len(self.backups))
        yes, no = self.tr("yes"), self.tr("no")
        for r, b in enumerate(self.backups):
            cells = (datetime_text(b.created_at.astimezone()), reason_text(b.reason),
                     human_size(b.size), yes if b.encrypted else no,
                     self.tr("damaged: do not restore") if b.damaged
                     else yes if b.verified else self.tr("not verified"))
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if c == 2:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                item.setToolTip(f"{b.path}\n{b.problem}" if b.damaged else str(b.path))
                self.table.setItem(r, c, item)
        if self.backups:
            self.table.selectRow(0)
        elif not self.status.text():
            self.status.setText(self.tr("No backups yet: use “Back up now”."))
        self._selection_changed()

    def selected(self) -> BackupInfo | None:
        rows = self.table.selectionModel().selectedRows()
        return self.backups[rows[0].row()] if rows else None

    def _selection_changed(self) -> None:
        chosen = self.selected()
        self.verify_button.setEnabled(chosen is not None)
        self.restore_button.setEnabled(chosen is not None and not chosen.damaged)

    def _working(self, text: str) -> None:
        self.status.setText(text)
        for b in (self.backup_button, self.verify_button, self.restore_button):
            b.setEnabled(False)

    def _done(self, text: str) -> None:
        self.status.setText(text)
        self.backup_button.setEnabled(True)
        self._selection_changed()

    # -- actions --
    def back_up_now(self) -> None:
        cf = self.case_file
        self._working(self.tr("Backing up and verifying…"))

        def done(info: BackupInfo) -> None:
            self.reload()
            self._done(fill(self.tr("Backed up and verified: %1 (%2)."), info.path.name, human_size(info.size)))

        self.runner.submit(lambda: cf.backups.backup_now("manual"), done,
                           lambda exc: self._done(str(exc)))

    def verify_selected(self) -> None:
        backup = self.selected()
        if backup is None:
            return
        cf = self.case_file
        self._working(self.tr("Verifying %1…").replace("%1", backup.path.name))

        def done(result: object) -> None:
            if getattr(result, "ok", False):
                self._done(self.tr("%1 is intact: it opens with the passphrase and every page "
                                   "passes the check.").replace("%1", backup.path.name))
            elif getattr(result, "locked", False):  # not checked: the passphrase did not open it
                # (it names the backup; one its record vouches for is said to be intact)
                self._done(str((getattr(result, "problems", ()) or ("?",))[0]))
            else:
                problems = getattr(result, "problems", ()) or ("?",)
                self._done(fill(self.tr("%1 failed the check: %2"), backup.path.name, str(problems[0])))

        self.runner.submit(lambda: cf.backups.verify(backup.path), done,
                           lambda exc: self._done(str(exc)))

    def restore_selected(self) -> None:
        backup = self.selected()
        if backup is None or self.case_file.db.path is None:
            return
        from caseapp.services.identity import Owner, this_case_file

        restored = restore_into_new_file(
            self, backup.path, self.case_file.db.path, self.case_file.db.passphrase,
            belongs_to=Owner(self.case_file.db.path.name, this_case_file(self.case_file.ctx)))
        if restored is None:
            return
        target, passphrase = restored
        self._done(self.tr("Restored into %1.").replace("%1", str(target)))
        if self.open_restored is None:
            return
        answer = QMessageBox.question(
            self, self.tr("Restored"),
            self.tr("The backup was restored into %1. Open it now? The case file open now is "
                    "closed (it is not changed).").replace("%1", str(target)),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.Yes)
        if answer == QMessageBox.StandardButton.Yes:
            self.accept()
            self.open_restored(target, passphrase)
