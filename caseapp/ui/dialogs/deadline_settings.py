"""Deadline settings: whose criminal procedure applies, when to warn, and the statutory
maximum of custody (not assumed: the lawyer sets the one that applies)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings, Qt, QUrl
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

from caseapp.domain.rules import RuleSet
from caseapp.services.casefile import user_rules_dir
from caseapp.services.deadline_engine import JURISDICTIONS
from caseapp.ui import settings as keys


class DeadlineSettingsDialog(QDialog):
    def __init__(self, settings: QSettings, parent: QWidget | None = None, *,
                 rule_set: RuleSet | None = None):
        super().__init__(parent)
        self.setObjectName("deadline_settings")
        self.setWindowTitle(self.tr("Deadline settings"))
        self.settings = settings
        clock = keys.clock_settings(settings)

        self.jurisdiction = QComboBox(self)
        self.jurisdiction.setObjectName("settings_jurisdiction")
        names = {"az": self.tr("Azerbaijan"), "am": self.tr("Armenia")}
        for code in JURISDICTIONS:
            self.jurisdiction.addItem(names.get(code, code), code)
        self.jurisdiction.setCurrentIndex(
            max(0, self.jurisdiction.findData(keys.jurisdiction(settings))))
        self.maximum = self._days("settings_maximum", clock.statutory_max_days or 0)
        self.maximum.setSpecialValueText(self.tr("not set"))
        self.expiry = self._days("settings_expiry", clock.expiry_warning_days)
        self.welfare = self._days("settings_welfare", clock.welfare_threshold_days)

        note = QLabel(self.tr(
            "The statutory maximum depends on the charge and the stage of the case: CaseApp does "
            "not assume one. Rules of the other country stay available in the calculator."), self)
        note.setWordWrap(True)
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
        self.problems.setStyleSheet("color: #c0392b;")
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
        layout.addWidget(rules_label)
        layout.addWidget(open_folder, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.problems)
        layout.addWidget(buttons)

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
        self.settings.setValue(keys.JURISDICTION, self.jurisdiction.currentData())
        self.settings.setValue(keys.STATUTORY_MAX_DAYS, self.maximum.value())
        self.settings.setValue(keys.EXPIRY_WARNING_DAYS, self.expiry.value())
        self.settings.setValue(keys.WELFARE_THRESHOLD_DAYS, self.welfare.value())
        super().accept()
