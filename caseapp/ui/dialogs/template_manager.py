"""Reports › Letter Templates…: the letter templates CaseApp ships and the lawyer's own, her
own added from a .docx (checked first: one that cannot be used is refused saying why and never
put among her letters; one of hers of the same name replaced only when she says so) and
removed, and her templates folder opened. The same use cases as ``caseapp templates add`` and
``remove`` (:mod:`caseapp.services.letter_template_files`)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from caseapp.domain.errors import CaseAppError, ConflictError
from caseapp.reports import template_titles
from caseapp.reports.letter_templates import LetterTemplate, list_templates, user_templates_dir
from caseapp.services.letter_template_files import add_template, remove_template
from caseapp.ui.dialogs.letter_titles import language_name
from caseapp.ui.formats import fill
from caseapp.ui.i18n import current_language
from caseapp.ui.literal_text import literal


class TemplateManager(QDialog):
    def __init__(self, parent: QWidget | None = None, *, folder: Path | None = None):
        super().__init__(parent)
        self.setObjectName("letter_templates")
        self.setWindowTitle(self.tr("Letter Templates"))
        self.folder = user_templates_dir() if folder is None else folder
        self.templates: list[LetterTemplate] = []
        intro = QLabel(fill(self.tr("Your own Word templates are kept in %1. Each is checked when "
                                    "you add it: one that cannot be used is not added, and you "
                                    "are told why."), str(self.folder)), self)
        intro.setObjectName("letter_templates_folder")
        intro.setWordWrap(True)
        intro.setTextFormat(Qt.TextFormat.PlainText)
        self.table = QTableWidget(0, 4, self)
        self.table.setObjectName("letter_templates_table")
        self.table.setHorizontalHeaderLabels([self.tr("Template"), self.tr("Language"),
                                              self.tr("Whose"), self.tr("Note")])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)  # a long note is read whole in its tooltip
        header = self.table.horizontalHeader()
        for col in (1, 2):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.status = QLabel(self)
        self.status.setObjectName("letter_templates_status")
        self.status.setWordWrap(True)
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.add_button = QPushButton(self.tr("Add…"), self)
        self.add_button.setObjectName("letter_templates_add")
        self.add_button.clicked.connect(self.choose_file)
        self.remove_button = QPushButton(self.tr("Remove"), self)
        self.remove_button.setObjectName("letter_templates_remove")
        self.remove_button.clicked.connect(self.remove_selected)
        folder_button = QPushButton(self.tr("Open Folder"), self)
        folder_button.clicked.connect(self.open_folder)
        close = QPushButton(self.tr("Close"), self)
        close.clicked.connect(self.accept)
        buttons = QHBoxLayout()
        for b in (self.add_button, self.remove_button, folder_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.status)
        layout.addLayout(buttons)
        self.resize(760, 480)
        self.refresh()

    def refresh(self, select: str | None = None) -> None:
        self.templates = list_templates(self.folder)
        self.table.setRowCount(len(self.templates))
        for row, tpl in enumerate(self.templates):
            whose = self.tr("Comes with CaseApp") if tpl.shipped else self.tr("Yours")
            note = str(tpl.problem) if tpl.problem else ""
            title = tpl.key if tpl.problem else template_titles.template_title(
                tpl, current_language())
            for col, text in enumerate((title, language_name(tpl.language), whose,
                                        str(tpl.problem) if tpl.problem else "")):
                item = QTableWidgetItem(text)
                item.setToolTip(literal(note or text))
                self.table.setItem(row, col, item)
            if tpl.key == select:
                self.table.selectRow(row)
        self.table.resizeColumnToContents(0)
        self.table.setColumnWidth(0, min(self.table.columnWidth(0), 360))
        self._update_buttons()

    def selected(self) -> LetterTemplate | None:
        rows = self.table.selectionModel().selectedRows()
        return self.templates[rows[0].row()] if rows else None

    def _update_buttons(self) -> None:
        tpl = self.selected()
        self.remove_button.setEnabled(tpl is not None and not tpl.shipped)

    def _say(self, text: str, *, error: bool = False) -> None:
        self.status.setText(text)
        if error:
            QMessageBox.warning(self, self.windowTitle(), literal(text))

    def choose_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Add a letter template"),
                                              str(Path.home()),
                                              self.tr("Word documents (*.docx)"))
        if path:
            self.add_file(Path(path))

    def add_file(self, path: Path) -> LetterTemplate | None:
        """Add the template at ``path``, asking before one of hers of the same name is
        replaced; None when it was not added (said in the dialog)."""
        try:
            try:
                added = add_template(path, user_dir=self.folder)
            except ConflictError:
                answer = QMessageBox.question(
                    self, self.tr("Replace template"),
                    literal(fill(self.tr("You already have a template “%1”. Replace it with %2? "
                                         "The one you have now is deleted."), path.stem, str(path))),
                    QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                    QMessageBox.StandardButton.No)
                if answer != QMessageBox.StandardButton.Yes:
                    self._say(fill(self.tr("Your template “%1” was kept as it was."), path.stem))
                    return None
                added = add_template(path, replace=True, user_dir=self.folder)
        except CaseAppError as exc:
            self._say(str(exc), error=True)
            return None
        self.refresh(select=added.key)
        self._say(fill(self.tr("Added the template “%1”: choose it in Reports › Letter…."),
                       added.key))
        return added

    def remove_selected(self) -> None:
        tpl = self.selected()
        if tpl is None or tpl.shipped:
            return
        answer = QMessageBox.question(
            self, self.tr("Remove template"),
            literal(fill(self.tr("Remove your template “%1”? The file %2 is deleted."), tpl.key,
                         str(tpl.path))),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No)
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            remove_template(tpl.key, user_dir=self.folder)
        except CaseAppError as exc:
            self._say(str(exc), error=True)
            return
        self.refresh()
        self._say(fill(self.tr("Removed the template “%1”."), tpl.key))

    def open_folder(self) -> None:
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
        except OSError:
            self._say(fill(self.tr("The folder %1 cannot be made here: check where it should be "
                                   "and that you may write there."), str(self.folder)), error=True)
            return
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.folder)))
