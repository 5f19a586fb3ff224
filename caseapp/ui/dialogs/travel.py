"""Field safety dialogs: make a travel copy, merge one back, destroy one, and the seizure
exposure report; and the window title of a travel copy.

Each calls the same service the command line does (:mod:`caseapp.services.travel_copy`,
:mod:`caseapp.services.travel_merge`, :func:`caseapp.services.outputs.exposure`), off the UI
thread: a merge on the operations' worker (it writes records), the others on the runner.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any, cast

from PySide6.QtCore import QCoreApplication, QDate, Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from caseapp.domain.enums import Sensitivity
from caseapp.domain.travel_mark import DamagedTravelMark
from caseapp.ui import file_names
from caseapp.ui.formats import date_edit_format, fill
from caseapp.ui.widgets.fields import name_from_form
from caseapp.ui.widgets.focus_order import tab_stop_on_checked

if TYPE_CHECKING:
    from caseapp.services.casefile import CaseFile


def window_title(case_file: CaseFile) -> str:
    """“CaseApp — NAME”, and for a travel copy what it is and at which level."""
    name = Path(case_file.label).name
    try:
        mark = case_file.travel_mark() if case_file.db.path is not None else None
    except DamagedTravelMark:  # still a travel copy: it says so, not at which level
        return (QCoreApplication.translate("TravelCopy", "CaseApp — %1 — TRAVEL COPY (its mark is damaged)")
                .replace("%1", name))
    if mark is None:
        return QCoreApplication.translate("MainWindow", "CaseApp — %1").replace("%1", name)
    level = (QCoreApplication.translate("TravelCopy", "public")
             if mark.level is Sensitivity.PUBLIC
             else QCoreApplication.translate("TravelCopy", "shareable"))
    return (fill(QCoreApplication.translate("TravelCopy", "CaseApp — %1 — TRAVEL COPY (%2 level)"), name, level))


def _password(parent: QWidget, name: str) -> QLineEdit:
    edit = QLineEdit(parent)
    edit.setObjectName(name)
    edit.setEchoMode(QLineEdit.EchoMode.Password)
    return edit


def _file_row(parent: QWidget, edit: QLineEdit, choose: Callable[[], str]) -> QHBoxLayout:
    row = QHBoxLayout()
    row.addWidget(edit, 1)
    button = QPushButton(QCoreApplication.translate("TravelCopy", "Choose…"), parent)
    button.clicked.connect(lambda: edit.setText(choose() or edit.text()))
    row.addWidget(button)
    QWidget.setTabOrder(edit, button)  # Tab from the field to its button, not past the form
    return row


class TravelCopyDialog(QDialog):
    """Level, captives, file and its own passphrase (typed twice)."""

    def __init__(self, captives: list[tuple[int, str, Sensitivity, bool]],
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("travel_copy_dialog")
        self.setWindowTitle(self.tr("Travel Copy"))
        self.all_captives = captives  # id, name, level, consent to publicity
        intro = QLabel(self.tr(
            "A new case file with only what is at or below the level, for the captives ticked, "
            "encrypted with a passphrase of its own. Internal records, notes and the audit log "
            "stay at home."), self)
        intro.setWordWrap(True)
        self.level = QComboBox(self)
        self.level.setObjectName("travel_level")
        self.level.addItem(self.tr("Public"), Sensitivity.PUBLIC.value)
        self.level.addItem(self.tr("Shareable"), Sensitivity.SHAREABLE.value)
        self.level.currentIndexChanged.connect(self._fill)
        self.captives = QListWidget(self)
        self.captives.setObjectName("travel_captives")
        # Why some captives are not offered (none at all, at "Public", in a small file).
        self.offered = QLabel(self)
        self.offered.setObjectName("travel_offered")
        self.offered.setWordWrap(True)
        self.path = QLineEdit(self)
        self.path.setObjectName("travel_path")
        self.passphrase = _password(self, "travel_passphrase")
        self.repeat = _password(self, "travel_repeat")
        form = QFormLayout()
        form.addRow(self.tr("Level:"), self.level)
        form.addRow(self.tr("Captives:"), self.captives)
        form.addRow("", self.offered)
        form.addRow(self.tr("New file:"), _file_row(self, self.path, self._choose))
        form.addRow(self.tr("Its passphrase:"), self.passphrase)
        form.addRow(self.tr("Repeat it:"), self.repeat)
        name_from_form(form)  # the file's box by its caption
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self._fill()

    def _fill(self) -> None:
        level = Sensitivity(self.level.currentData())
        self.captives.clear()
        for cid, name, own, consent in self.all_captives:
            if not level.allows(own) or (level is Sensitivity.PUBLIC and not consent):
                continue
            item = QListWidgetItem(name, self.captives)
            item.setData(Qt.ItemDataRole.UserRole, cid)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked)
        shown, every = self.captives.count(), len(self.all_captives)
        offered = (self.tr("Captives at this level or below who consented to publicity: %1 of %2.")
                   if level is Sensitivity.PUBLIC else
                   self.tr("Captives at this level or below: %1 of %2."))
        self.offered.setText(offered.replace("%1", str(shown)).replace("%2", str(every)))

    def _choose(self) -> str:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Travel Copy"),
                                              str(Path.home() / "travel-copy.db"),
                                              self.tr("Case files (*.db)"))
        return path

    def chosen_ids(self) -> list[int]:
        return [self.captives.item(i).data(Qt.ItemDataRole.UserRole)
                for i in range(self.captives.count())
                if self.captives.item(i).checkState() == Qt.CheckState.Checked]

    def values(self) -> dict[str, Any]:
        chosen = self.chosen_ids()
        every = len(chosen) == self.captives.count()  # all: records of no captive go too
        return {"target": self.path.text().strip(), "level": self.level.currentData(),
                "passphrase": self.passphrase.text(), "repeat": self.repeat.text(),
                "captive_ids": None if every else chosen}


class OpenTravelCopyDialog(QDialog):
    """A travel copy's file and passphrase (to merge it back or to destroy it)."""

    def __init__(self, title: str, explain: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("open_travel_copy_dialog")
        self.setWindowTitle(title)
        label = QLabel(explain, self)
        label.setWordWrap(True)
        self.path = QLineEdit(self)
        self.path.setObjectName("travel_file")
        self.passphrase = _password(self, "travel_file_passphrase")
        form = QFormLayout()
        form.addRow(self.tr("Travel copy:"), _file_row(self, self.path, self._choose))
        form.addRow(self.tr("Its passphrase:"), self.passphrase)
        name_from_form(form)  # the file's box by its caption
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(label)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def _choose(self) -> str:
        path, _ = QFileDialog.getOpenFileName(self, self.windowTitle(), str(Path.home()),
                                              self.tr("Case files (*.db);;All files (*)"))
        return path


class ExposureDialog(QDialog):
    """From a backup (file and passphrase) or as of a day; where to write the PDF."""

    def __init__(self, today: QDate, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("exposure_dialog")
        self.setWindowTitle(self.tr("Seizure Exposure Report"))
        intro = QLabel(self.tr(
            "After a device was seized or lost: which captives, families, contacts, sources and "
            "documents it held, and what to revoke or rotate. Printed at the internal level."),
            self)
        intro.setWordWrap(True)
        self.from_backup = QRadioButton(self.tr("From the last backup made from the device"), self)
        self.from_backup.setObjectName("exposure_from_backup")
        self.backup = QLineEdit(self)
        self.backup.setObjectName("exposure_backup")
        self.passphrase = _password(self, "exposure_backup_passphrase")
        # made in the order they are read, as Tab goes: the day's choice under the backup's
        # passphrase (made before the backup, Tab went from it up to the backup)
        self.from_audit = QRadioButton(self.tr("From this case file's audit trail, as of a day"),
                                       self)
        self.from_audit.setObjectName("exposure_from_audit")
        group = QButtonGroup(self)
        group.addButton(self.from_backup)
        group.addButton(self.from_audit)
        self.from_audit.setChecked(True)
        tab_stop_on_checked(group)
        self.from_audit.setFocus()  # the source to choose first: Space on it changes nothing
        self.day = QDateEdit(today, self)
        self.day.setObjectName("exposure_day")
        self.day.setCalendarPopup(True)
        self.day.setDisplayFormat(date_edit_format())  # "01.12.2026", as every day is shown
        self.day.setMaximumDate(today)
        self.target = QLineEdit(self)
        self.target.setObjectName("exposure_target")
        form = QFormLayout()
        form.addRow(self.from_backup)
        form.addRow(self.tr("Backup:"), _file_row(self, self.backup, self._choose_backup))
        form.addRow(self.tr("Its passphrase:"), self.passphrase)
        form.addRow(self.from_audit)
        form.addRow(self.tr("Seized on:"), self.day)
        form.addRow(self.tr("Save the report as:"), _file_row(self, self.target, self._choose))
        name_from_form(form)  # the files' boxes by their captions
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.setMinimumWidth(560)

    def _choose_backup(self) -> str:
        self.from_backup.setChecked(True)
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Backup"), str(Path.home()),
                                              self.tr("Case files (*.db);;All files (*)"))
        return path

    def _choose(self) -> str:
        path, _ = QFileDialog.getSaveFileName(self, self.windowTitle(),
                                              str(Path.home() / file_names.exposure_report(
                                                  cast(date, self.day.date().toPython()))),  # (typed object)
                                              "PDF (*.pdf)")
        return path


def show_merge_report(parent: QWidget, lines: list[str], conflicts: int,
                      earlier: bool = False) -> None:
    """The merge's report; ``earlier``: a day changed on both sides was settled on the
    earlier of the two (a day changed here then gave way to the copy's, or kept its own)."""
    box = QDialog(parent)
    box.setObjectName("travel_merge_report")
    box.setWindowTitle(QCoreApplication.translate("TravelCopy", "Travel copy merged"))
    text = QPlainTextEdit("\n".join(lines), box)
    text.setReadOnly(True)
    head = QLabel(QCoreApplication.translate(
        "TravelCopy", "%Ln conflict(s) were not applied: the case file's version was kept. Make "
        "these changes by hand if they are right.", "", conflicts) if conflicts else
        QCoreApplication.translate(
            "TravelCopy", "The travel copy's changes were applied. A day changed here too was "
            "settled on the earlier of the two: see the lines below.") if earlier else
        QCoreApplication.translate("TravelCopy", "Every change of the travel copy was applied."),
        box)
    head.setWordWrap(True)
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, box)
    buttons.rejected.connect(box.reject)
    layout = QVBoxLayout(box)
    layout.addWidget(head)
    layout.addWidget(text)
    layout.addWidget(buttons)
    box.resize(640, 360)
    box.open()


def confirm_destroy(parent: QWidget, path: str) -> bool:
    answer = QMessageBox.warning(
        parent, QCoreApplication.translate("TravelCopy", "Destroy Travel Copy"),
        QCoreApplication.translate(
            "TravelCopy", "%1 and its backups will be overwritten and deleted. This cannot be "
            "undone.").replace("%1", path),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.No)
    return answer == QMessageBox.StandardButton.Yes


def confirm_destroy_damaged(parent: QWidget, path: str, reason: str) -> bool:
    """Whether the user wants the travel copy that cannot be opened (``reason``) destroyed
    anyway, whatever it holds."""
    answer = QMessageBox.warning(
        parent, QCoreApplication.translate("TravelCopy", "Destroy Travel Copy"),
        fill(QCoreApplication.translate(
            "TravelCopy", "%1\n\nDestroy %2 anyway? What it holds cannot be read, nor merged "
            "back."), reason, path),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.No)
    return answer == QMessageBox.StandardButton.Yes


def confirm_destroy_unmerged(parent: QWidget, path: str, reason: str) -> bool:
    """Whether the user wants the travel copy destroyed although it holds what was added or
    changed on the road and not merged back (``reason`` says how much): at a border, there
    may be no time to merge it first."""
    answer = QMessageBox.warning(
        parent, QCoreApplication.translate("TravelCopy", "Destroy Travel Copy"),
        fill(QCoreApplication.translate(
            "TravelCopy", "%1\n\nDestroy %2 anyway? What was added or changed in it and not "
            "merged back will be lost."), reason, path),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.No)
    return answer == QMessageBox.StandardButton.Yes


__all__ = ["ExposureDialog", "OpenTravelCopyDialog", "TravelCopyDialog", "confirm_destroy",
           "confirm_destroy_damaged", "confirm_destroy_unmerged", "show_merge_report", "window_title"]
