"""File → Export Captives List…: the captives list as an XLSX or CSV file at a chosen level,
with beside it the mapping that reads it back unchanged (File → Import Spreadsheet…, or
``caseapp import-sheet FILE --mapping FILE.mapping.toml``). The same use case as
``caseapp export-sheet`` (services/data_exports.py: ``captives_sheet``), written in the background."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from caseapp.domain.enums import Sensitivity
from caseapp.domain.messages import text_of
from caseapp.services import data_exports
from caseapp.services.sheet_export import FORMATS, SheetExport
from caseapp.ui import file_names
from caseapp.ui.dialogs.clearance_levels import limit_output_levels
from caseapp.ui.labels import label
from caseapp.ui.session import UiContext
from caseapp.ui.theme import error_style
from caseapp.ui.widgets.fields import placeholder_whole

LEVELS = (Sensitivity.SHAREABLE, Sensitivity.PUBLIC, Sensitivity.INTERNAL)


class ExportSheetDialog(QDialog):
    """The level (shareable first: a list leaves the machine), the file, and Export."""

    def __init__(self, ui: UiContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("export_sheet_dialog")
        self.setWindowTitle(self.tr("Export Captives List"))
        self.ui = ui
        self.made: SheetExport | None = None
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.level = QComboBox(self)
        self.level.setObjectName("export_sheet_level")
        for level in LEVELS:
            self.level.addItem(label(level), level)
        limit_output_levels(self.level, ui)  # a team login: not above its clearance
        form.addRow(self.tr("&Level (anything above it is left out):"), self.level)
        row = QHBoxLayout()
        self.path = QLineEdit(self)
        self.path.setObjectName("export_sheet_path")
        self.path.setPlaceholderText(self.tr("captives.xlsx or captives.csv"))
        placeholder_whole(self.path)  # beside the long caption of the level
        row.addWidget(self.path, 1)
        browse = QPushButton(self.tr("&Browse…"), self)
        browse.setObjectName("export_sheet_browse")
        browse.setAutoDefault(False)
        browse.clicked.connect(self.browse)
        row.addWidget(browse)
        file_label = QLabel(self.tr("&File:"), self)
        file_label.setBuddy(self.path)  # (a label of a layout row needs its buddy for Alt+F)
        form.addRow(file_label, row)
        layout.addLayout(form)
        note = QLabel(self.tr("A mapping file is written beside it, so that Import Spreadsheet "
                              "reads the list back unchanged."), self)
        note.setWordWrap(True)
        layout.addWidget(note)
        self.error = QLabel(self)
        self.error.setObjectName("export_sheet_error")
        self.error.setWordWrap(True)
        self.error.setStyleSheet(error_style())
        self.error.hide()
        layout.addWidget(self.error)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.export_button = buttons.addButton(self.tr("&Export"),
                                               QDialogButtonBox.ButtonRole.AcceptRole)
        self.export_button.setObjectName("export_sheet_do")
        buttons.accepted.connect(self.export)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(560, 200)

    def browse(self) -> None:
        suggested = self.path.text() or str(Path.home() / file_names.captives_list(self.ui.today()))
        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export Captives List"), suggested,
            self.tr("Spreadsheets (*.xlsx *.csv)"))
        if name:
            self.path.setText(name)

    def export(self) -> None:
        text = self.path.text().strip()
        target = Path(text).expanduser() if text else None
        if target is None or target.suffix.lower() not in FORMATS:
            self._fail(self.tr("Give a file name ending in .xlsx or .csv."))
            return
        level = self.level.currentData()
        cf = self.ui.case_file
        self.export_button.setEnabled(False)
        self.error.hide()
        self.ui.runner.submit(lambda: data_exports.captives_sheet(cf, target, level=level),
                              self._done, self._failed, key="export_sheet")

    def _fail(self, text: str) -> None:
        self.error.setText(text)
        self.error.show()

    def _failed(self, exc: BaseException) -> None:
        self.export_button.setEnabled(True)
        self._fail(self.tr("Nothing was written: %1").replace("%1", str(exc)))

    def _done(self, made: SheetExport) -> None:
        self.made = made
        # The service's sentence, as the command line says it: the level and what it left out.
        said = text_of(made.written())
        if made.mapping_path is not None:
            said += " " + self.tr("Mapping: %1.").replace("%1", made.mapping_path.name)
        self.ui.ops.message.emit(said)
        self.accept()


def export_captives_sheet(ui: UiContext, parent: QWidget | None = None) -> ExportSheetDialog:
    dialog = ExportSheetDialog(ui, parent)
    dialog.show()
    return dialog
