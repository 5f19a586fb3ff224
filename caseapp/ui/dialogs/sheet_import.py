"""File → Import Spreadsheet…: a wizard in three steps. 1. the sheet, its header row and
(CSV) its encoding and delimiter, or a saved mapping; 2. which column holds what (from the
headers, editable, savable as a named mapping); 3. the preview of every row: what will be
created, the errors of each cell, and for a row that may be someone already there, a
choice: merge, skip or create. Nothing is written before Import; the import is one step of
the undo history."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from caseapp.domain.errors import CaseAppError
from caseapp.domain.sheet_columns import Mapping, column_letter
from caseapp.domain.sheet_rows import layout
from caseapp.services.sheet_import import SheetImportResult, decisions_for
from caseapp.services.sheet_preview import SheetPreview, preview
from caseapp.services.sheet_read import open_workbook, read_sheet
from caseapp.services.sheet_summary import import_counts
from caseapp.ui.dialogs.sheet_import_command import (
    run_import,
    save_mapping,
)
from caseapp.ui.dialogs.sheet_import_garble import go_on_with_garbled
from caseapp.ui.dialogs.sheet_import_labels import (
    FIELD_LABELS,
    IMPORT_TITLE,
    SPREADSHEET_FILES,
    sample,
    t,
)
from caseapp.ui.dialogs.sheet_import_preview import PreviewPage
from caseapp.ui.dialogs.sheet_import_source import SourcePage
from caseapp.ui.literal_text import literal
from caseapp.ui.session import UiContext
from caseapp.ui.theme import error_style
from caseapp.ui.widgets.focus_order import no_stop_around_fields, tab_in_order
from caseapp.ui.widgets.screen_room import keep_on_screen, resize_within_screen
from caseapp.ui.widgets.title_text import in_title


class SheetImportDialog(QDialog):
    def __init__(self, ui: UiContext, path: Path, parent: QWidget | None = None, *,
                 mappings_folder: Path | None = None):
        super().__init__(parent)
        self.setObjectName("sheet_import")
        self.ui, self.path, self.folder = ui, Path(path), mappings_folder
        self.preview: SheetPreview | None = None
        self.found_header_row = 1
        self.import_result: SheetImportResult | None = None  # (QDialog.result() is the dialog's code)
        self.setWindowTitle(self.tr("Import Spreadsheet — %1").replace(  # its ending kept
            "%1", in_title(self.path.name, Qt.TextElideMode.ElideMiddle)))
        resize_within_screen(self, 1200, 640)
        self.book = open_workbook(self.path)

        self.steps = QStackedWidget(self)
        self.source = SourcePage(self.path, self.book, self.folder, self)
        self.steps.addWidget(self._scrolled(self.source))
        self.steps.addWidget(self._columns_page())
        self.steps.addWidget(self._preview_page())
        self.message = QLabel(self)
        self.message.setObjectName("sheet_message")
        self.message.setWordWrap(True)
        self.message.setStyleSheet(error_style())
        self.back = QPushButton(self.tr("< &Back"), self)
        self.next = QPushButton(self.tr("&Next >"), self)
        self.next.setObjectName("sheet_next")
        self.next.setDefault(True)
        self.do_import = QPushButton(self.tr("&Import"), self)
        self.do_import.setObjectName("sheet_do_import")
        cancel = QPushButton(self.tr("Cancel"), self)
        self.back.clicked.connect(lambda: self._go(self.steps.currentIndex() - 1))
        self.next.clicked.connect(self._forward)
        self.do_import.clicked.connect(self._import)
        cancel.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addWidget(self.message, 1)
        for b in (self.back, self.next, self.do_import, cancel):
            buttons.addWidget(b)
        layout = QVBoxLayout(self)
        self.step_title = QLabel(self)
        self.step_title.setStyleSheet("font-weight: bold; font-size: 13pt;")
        layout.addWidget(self.step_title)
        layout.addWidget(self.steps, 1)
        layout.addLayout(buttons)
        self._go(0)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        keep_on_screen(self)  # its title bar never above the screen's top

    @staticmethod
    def _scrolled(page: QWidget) -> QScrollArea:
        """``page`` in a scroll area: what it holds (a long path, an error on three lines)
        never makes the wizard taller or wider than a 1024×768 screen."""
        area = QScrollArea()
        area.setWidgetResizable(True)
        area.setFrameShape(QScrollArea.Shape.NoFrame)
        area.setWidget(page)
        no_stop_around_fields(area)
        return area

    def _read(self, columns: dict[int, str] | None = None) -> SheetPreview:
        mapping = self.source.chosen_mapping()
        sheet = self.source.sheet.currentText() if self.book.kind != "csv" else ""
        args = dict(sheet=sheet, mapping=mapping,
                    header_row=self.source.header_row.currentData() or self.found_header_row,
                    encoding=self.source.encoding.currentData() or "",
                    delimiter=self.source.delimiter.currentData() or "", columns=columns)
        done = self.ui.ops.run(lambda cf: preview(cf, self.path, **args))  # type: ignore[arg-type]
        return done.value

    # ---- step 2: the columns ---------------------------------------------------------------
    def _columns_page(self) -> QWidget:
        page = QWidget(self)
        box = QVBoxLayout(page)
        box.addWidget(QLabel(self.tr("Choose the field each column fills; columns left at "
                                     "“Not imported” are left out."), page))
        self.columns = QTableWidget(0, 4, page)
        self.columns.setObjectName("sheet_columns")
        self.columns.setAccessibleName(self.tr("Columns of the spreadsheet"))  # not "table"
        self.columns.setHorizontalHeaderLabels(
            [self.tr("Column"), self.tr("Header"), self.tr("First values"), self.tr("Field")])
        self.columns.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.columns.verticalHeader().hide()
        self.columns.setTabKeyNavigation(False)  # Tab to the fields' choices and on, not cells
        box.addWidget(self.columns, 1)
        self.save_mapping_button = QPushButton(self.tr("&Save These Columns as a Mapping…"), page)
        self.save_mapping_button.setObjectName("sheet_save_mapping")
        self.save_mapping_button.clicked.connect(self._save_mapping)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.save_mapping_button)
        box.addLayout(row)
        return page

    def _fill_columns(self) -> None:
        """The headers and first values of each column, and the field the headers (or the
        chosen mapping) give it; a sheet whose headers name nothing is mapped here by hand."""
        mapping = self.source.chosen_mapping()
        data = read_sheet(self.path, self.source.sheet.currentText() if self.book.kind != "csv" else "",
                          encoding=self.source.encoding.currentData() or (mapping.encoding if mapping else ""),
                          delimiter=self.source.delimiter.currentData() or (mapping.delimiter if mapping else ""))
        lay = layout(data.rows, mapping, header_row=self.source.header_row.currentData())
        self.found_header_row = lay.header_index + 1
        # the first values under the header (a header over two rows: under its second row,
        # which showed as a value, "Family · Vardanyan")
        first = lay.header_index + (2 if lay.top_headers is not None else 1)
        below = data.rows[first: first + 3]
        headers, found = lay.headers, lay.columns
        width = max([len(headers), *(len(r) for r in below)], default=0)
        self.columns.setRowCount(width)
        choices = []
        for i in range(width):
            header = headers[i] if i < len(headers) else ""
            samples = " · ".join(sample(r[i]) for r in below if i < len(r) and r[i] not in (None, ""))
            for col, text in enumerate((column_letter(i), header, samples)):
                item = QTableWidgetItem(text)
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
                self.columns.setItem(i, col, item)
            combo = QComboBox(self.columns)
            combo.addItem(self.tr("Not imported"), None)
            for key, text in FIELD_LABELS.items():
                combo.addItem(t(text), key)
            combo.setCurrentIndex(max(0, combo.findData(found.get(i))))
            # named for its column: read out as its item alone ("Full name") it said not which
            combo.setAccessibleName(self.tr("Field for column %1").replace(
                "%1", f"{column_letter(i)} ({header})" if header else column_letter(i)))
            self.columns.setCellWidget(i, 3, combo)
            choices.append(combo)
        # Tab from the table to each column's choice, then on (made after the dialog's
        # buttons, they came after Cancel)
        tab_in_order(self.columns, *choices, self.save_mapping_button)
        self.columns.resizeColumnsToContents()
        self.columns.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)

    def edited_columns(self) -> dict[int, str]:
        out = {}
        for i in range(self.columns.rowCount()):
            combo = self.columns.cellWidget(i, 3)
            if isinstance(combo, QComboBox) and combo.currentData():
                out[i] = combo.currentData()
        return out

    def _save_mapping(self) -> None:
        name, ok = QInputDialog.getText(self, self.tr("Save Mapping"),
                                        self.tr("A name for these columns:"))
        if not ok or not name.strip():
            return
        kind_csv = self.book.kind == "csv"
        headers = [item.text() if (item := self.columns.item(i, 1)) is not None else ""
                   for i in range(self.columns.rowCount())]
        mapping = Mapping(name=name.strip(), sheet="" if kind_csv else self.source.sheet.currentText(),
                          header_row=self.found_header_row,
                          delimiter=self.source.delimiter.currentData() or "",
                          encoding=self.source.encoding.currentData() or "",
                          columns={(headers[i] or column_letter(i)): f
                                   for i, f in sorted(self.edited_columns().items())})
        try:
            saved = save_mapping(mapping, self.folder)
        except OSError as exc:
            self.message.setText(str(exc))
            return
        self.message.setText(self.tr("Saved as “%1”.").replace("%1", mapping.name))
        self.source.mapping.addItem(mapping.name, str(saved))

    # ---- step 3: the preview (caseapp.ui.dialogs.sheet_import_preview) ----------------------
    def _preview_page(self) -> QWidget:
        self.preview_page = PreviewPage(self)
        page = self.preview_page
        self.summary, self.rows, self.details = page.summary, page.rows, page.details
        self.skip_errors = page.skip_errors
        page.changed.connect(self._update_buttons)
        return page

    @property
    def choices(self) -> dict[int, QComboBox]:
        return self.preview_page.choices

    def decisions(self) -> dict[int, str]:
        return self.preview_page.decisions()

    def _update_buttons(self) -> None:
        pv = self.preview
        on_preview = self.steps.currentIndex() == 2
        undecided = self.preview_page.undecided()
        blocked = pv is None or (pv.with_errors and not self.skip_errors.isChecked())
        self.do_import.setVisible(on_preview)
        self.do_import.setEnabled(on_preview and not blocked and not undecided)
        if on_preview and undecided:
            self.message.setText(self.tr("Choose what to do with row %1 (and any other in "
                                         "yellow).").replace("%1", str(undecided[0])))
        elif on_preview and blocked and pv is not None:
            self.message.setText(self.tr("Some rows have errors: correct the spreadsheet, or "
                                         "leave those rows out."))
        elif on_preview:
            self.message.setText("")

    # ---- moving between the steps and importing --------------------------------------------
    def _go(self, index: int) -> None:
        index = max(0, min(2, index))
        self.steps.setCurrentIndex(index)
        titles = (self.tr("1. The sheet"), self.tr("2. The columns"),
                  self.tr("3. The preview: nothing is written until you import"))
        self.step_title.setText(titles[index])
        self.back.setEnabled(index > 0)
        self.next.setVisible(index < 2)
        self.message.setText("")
        self._update_buttons()

    def _forward(self) -> None:
        index = self.steps.currentIndex()
        garbled = self.source.garbled
        if index == 0 and garbled is not None and not go_on_with_garbled(self, garbled):
            return
        try:
            if index == 0:
                self._fill_columns()
            else:
                self.preview = self._read(self.edited_columns())
                self.preview_page.fill(self.preview)
        except (CaseAppError, ValueError, OSError) as exc:
            self.message.setText(str(exc))
            return
        self._go(index + 1)

    def _import(self) -> None:
        pv = self.preview
        if pv is None:
            return
        try:
            decisions = decisions_for(pv, self.decisions(), skip_errors=self.skip_errors.isChecked())
            result = run_import(self.ui.ops, pv, decisions)
        except CaseAppError as exc:
            self.message.setText(str(exc))
            return
        self.import_result = result
        # only the counts there are, as `caseapp import-sheet` says them
        self.ui.ops.message.emit(" ".join(str(said) for said in import_counts(result)))
        self.accept()


def import_spreadsheet(ui: UiContext | None, parent: QWidget) -> SheetImportDialog | None:
    """Ask for a spreadsheet and open the wizard on it (File → Import Spreadsheet…)."""
    from PySide6.QtWidgets import QFileDialog, QMessageBox

    if ui is None:
        return None
    title = t(IMPORT_TITLE)
    path, _ = QFileDialog.getOpenFileName(
        parent, title, str(Path.home()),
        t(SPREADSHEET_FILES))
    if not path:
        return None
    try:
        dialog = SheetImportDialog(ui, Path(path), parent)
    except (CaseAppError, OSError) as exc:
        QMessageBox.warning(parent, title, literal(str(exc)))
        return None
    dialog.open()
    return dialog
