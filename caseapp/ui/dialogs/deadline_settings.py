"""Deadline settings: whose criminal procedure applies, when to warn, and the statutory
maximum of custody (not assumed: the lawyer sets the one that applies). They are case
settings, kept in the case file (:mod:`caseapp.services.settings`): every front end gives
the same deadlines."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from caseapp.domain.errors import CaseAppError
from caseapp.domain.rules import RuleSet
from caseapp.services.casefile_services import user_rules_dir
from caseapp.services.settings import PROCEDURES
from caseapp.ui.dialogs.custody_maxima import CustodyMaximumDialog
from caseapp.ui.session import UiContext
from caseapp.ui.theme import error_style
from caseapp.ui.widgets.fields import special_text_whole


class DeadlineSettingsDialog(QDialog):
    def __init__(self, ui: UiContext, parent: QWidget | None = None, *,
                 rule_set: RuleSet | None = None):
        super().__init__(parent)
        self.setObjectName("deadline_settings")
        self.setWindowTitle(self.tr("Deadline settings"))
        self.ui = ui
        self.case_file = ui.case_file
        current = self.case_file.settings.current()

        self.jurisdiction = QComboBox(self)
        self.jurisdiction.setObjectName("settings_jurisdiction")
        names = {"az": self.tr("Azerbaijan"), "am": self.tr("Armenia")}
        for code in PROCEDURES:
            self.jurisdiction.addItem(names.get(code, code), code)
        self.jurisdiction.setCurrentIndex(max(0, self.jurisdiction.findData(current.procedure)))
        self.maximum = self._days("settings_maximum", current.custody_max_days or 0)
        special_text_whole(self.maximum, self.tr("not set"))
        self.expiry = self._days("settings_expiry", current.expiry_warning_days)
        self.welfare = self._days("settings_welfare", current.welfare_threshold_days)
        self.opened = {"procedure": current.procedure,
                       "custody_max_days": current.custody_max_days,
                       "expiry_warning_days": current.expiry_warning_days,
                       "welfare_threshold_days": current.welfare_threshold_days}
        self.procedure_chosen = any(k == "procedure" and not scope
                                    for k, scope, _v in current.stored)

        note = QLabel(self.tr(
            "The statutory maximum depends on the charge and the stage of the case: CaseApp does "
            "not assume one. Rules of the other country stay available in the calculator. These "
            "settings are kept in the case file; changing the procedure recomputes its "
            "deadlines (dates you set by hand are kept)."), self)
        note.setWordWrap(True)
        self.overrides = QLabel(self)
        self.overrides.setObjectName("settings_custody_overrides")
        self.overrides.setWordWrap(True)
        self.overrides.setTextFormat(Qt.TextFormat.PlainText)  # captives' names, never markup
        self._show_overrides()
        # set, changed or removed here, in the window, as the command line does
        for_part = QPushButton(self.tr("Maximum for one captive, charge or stage…"), self)
        for_part.setObjectName("settings_custody_part")
        for_part.clicked.connect(self._maximum_for_part)
        self.error = QLabel(self)
        self.error.setObjectName("settings_error")
        self.error.setWordWrap(True)
        self.error.setStyleSheet(error_style())
        self.error.hide()
        form = QFormLayout()
        form.addRow(self.tr("Domestic procedure"), self.jurisdiction)
        form.addRow(self.tr("Statutory maximum of custody (days)"), self.maximum)
        form.addRow(self.tr("Warn when an order expires within (days)"), self.expiry)
        form.addRow(self.tr("Proof of life: warn after (days without news)"), self.welfare)
        folder = user_rules_dir()
        rules_text = self.tr("Your own rules: .toml files in %1 add rules or replace shipped "
                             "ones by id (see the shipped files for the format); they are read "
                             "when a case file is opened.").replace("%1", str(folder))
        rules_label = QLabel(rules_text, self)
        rules_label.setObjectName("settings_rules_folder")
        rules_label.setWordWrap(True)
        rules_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        open_folder = QPushButton(self.tr("Open the rules folder"), self)
        open_folder.setObjectName("settings_open_rules")
        open_folder.clicked.connect(lambda: self._open_folder(folder))
        self.problems = QLabel(self)
        self.problems.setObjectName("settings_rule_problems")
        self.problems.setWordWrap(True)
        self.problems.setStyleSheet(error_style())
        if rule_set is not None and rule_set.problems:
            self.problems.setText(self.tr("Rule files that could not be read:") + "\n"
                                  + "\n".join(str(p) for p in rule_set.problems))
        else:
            self.problems.hide()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                   | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(self.overrides)
        layout.addWidget(for_part, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(rules_label)
        layout.addWidget(open_folder, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.problems)
        layout.addWidget(self.error)
        layout.addWidget(buttons)

    def _show_overrides(self) -> None:
        """The maxima set for part of the file, each named as the settings list names it
        ("Petrosyan Hayk (captive 12)", "charges under article 279", "On trial"), never by
        its stored scope (a captive's uid)."""
        lines = [f"{e.scope}: {e.value}" for e in self.case_file.settings.entries(codes=False)
                 if e.key == "custody_max_days" and e.scope]
        self.overrides.setText(self.tr("Maxima set for one captive, charge or stage (in days):")
                               + "\n" + "\n".join(lines))
        self.overrides.setVisible(bool(lines))
        if self.isVisible() and (layout := self.layout()) is not None:
            # a line more (a maximum set meanwhile): the fields keep their room
            layout.activate()
            self.resize(self.width(), max(self.height(), self.sizeHint().height()))

    def _maximum_for_part(self) -> None:
        dialog = CustodyMaximumDialog(self.ui, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(self._show_overrides)
        dialog.open()

    def _days(self, name: str, value: int) -> QSpinBox:
        box = QSpinBox(self)
        box.setObjectName(name)
        box.setRange(0, 3650)
        box.setValue(value)
        return box

    def _open_folder(self, folder: Path) -> None:
        folder.mkdir(parents=True, exist_ok=True)
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))

    def accept(self) -> None:
        """Save to the case file in one transaction (a new procedure recomputes the open
        computed deadlines in it); a refused value keeps the dialog open and says why."""
        shown = {"procedure": self.jurisdiction.currentData(),
                 "custody_max_days": self.maximum.value() or None,
                 "expiry_warning_days": self.expiry.value(),
                 "welfare_threshold_days": self.welfare.value()}
        # Only what was changed here: a setting changed meanwhile by another window or a
        # command is not put back to what this window showed.
        changed = {k: v for k, v in shown.items() if v != self.opened[k]}
        if not self.procedure_chosen:  # saving here chooses the procedure shown
            changed["procedure"] = shown["procedure"]
        try:
            if changed:
                self.case_file.settings.set_many(
                    changed, was={k: self.opened[k] for k in changed})
        except CaseAppError as exc:  # a value refused, or the file not written (a full disk)
            self.error.setText(str(exc))
            self.error.show()
            return
        super().accept()
