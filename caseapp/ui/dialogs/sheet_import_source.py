"""Step 1 of the spreadsheet import wizard: the source. The file, its sheet and header row;
for a CSV file its encoding and delimiter, with the first names as the encoding chosen reads
them (garbled names said before going on); or a saved mapping of the columns."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QComboBox, QFormLayout, QLabel, QLineEdit, QWidget

from caseapp.domain.errors import CaseAppError
from caseapp.domain.garbled_text import Garble
from caseapp.domain.sheet_columns import Mapping
from caseapp.services.sheet_encoding import CHOICES, ENCODINGS
from caseapp.services.sheet_file_kind import SheetEncodingError
from caseapp.services.sheet_names_sample import names_of, names_read_as
from caseapp.services.sheet_read import DELIMITERS, Sheet, Workbook, found_encoding, read_sheet
from caseapp.ui.dialogs.sheet_import_command import saved_mappings
from caseapp.ui.dialogs.sheet_import_garble import said
from caseapp.ui.dialogs.sheet_import_labels import t
from caseapp.ui.formats import fill
from caseapp.ui.theme import error_style

translate = QCoreApplication.translate  # lupdate reads every translate("Context", "source") call


class SourcePage(QWidget):
    """The wizard's first step: where the rows come from and how the file is read."""

    def __init__(self, path: Path, book: Workbook, folder: Path | None, parent: QWidget
                 ) -> None:
        super().__init__(parent)
        self.path, self.book, self.folder = path, book, folder
        self.garbled: Garble | None = None  # the names read in the encoding chosen are junk
        form = QFormLayout(self)
        # made first, as it is shown first: Tab reaches it before the sheet, not after all
        where = QLineEdit(str(self.path), self)  # (a long path scrolls, not the wizard wider)
        where.setReadOnly(True)
        where.setFrame(False)
        where.setObjectName("sheet_file")
        where.setCursorPosition(0)
        where.setToolTip(str(self.path))
        self.sheet = QComboBox(self)
        self.sheet.setObjectName("sheet_sheet")
        self.sheet.addItems(list(self.book.sheet_names))
        if self.book.default_sheet:  # the first visible sheet, as the command line reads
            self.sheet.setCurrentText(self.book.default_sheet)
        self.sheet.setEnabled(self.book.kind != "csv")
        self.header_row = QComboBox(self)
        self.header_row.setObjectName("sheet_header_row")
        self.header_row.addItem(translate("SheetImportDialog", "Found from the headers"), None)
        for n in range(1, 31):
            self.header_row.addItem(str(n), n)
        self.encoding = QComboBox(self)
        self.encoding.setObjectName("sheet_encoding")
        self.delimiter = QComboBox(self)
        self.delimiter.setObjectName("sheet_delimiter")
        self.names = QLabel(self)  # the names as the chosen encoding reads them
        self.names.setObjectName("sheet_encoding_names")
        self.names.setWordWrap(True)
        self.names.setTextFormat(Qt.TextFormat.PlainText)
        if self.book.kind == "csv":
            self._fill_encodings()
            self.encoding.currentIndexChanged.connect(self._show_names)
            self.delimiter.currentIndexChanged.connect(self._show_names)
        self.encoding.setEnabled(self.book.kind == "csv")
        self.delimiter.setEnabled(self.book.kind == "csv")
        self.mapping = QComboBox(self)
        self.mapping.setObjectName("sheet_mapping")
        self.mapping.addItem(translate("SheetImportDialog", "From the column headers"), None)
        for name, path in saved_mappings(self.folder).items():
            self.mapping.addItem(name, str(path))
        form.addRow(translate("SheetImportDialog", "File:"), where)
        form.addRow(translate("SheetImportDialog", "&Sheet:"), self.sheet)
        form.addRow(translate("SheetImportDialog", "&Header row:"), self.header_row)
        form.addRow(translate("SheetImportDialog", "&Encoding:"), self.encoding)
        form.addRow(translate("SheetImportDialog", "Names as read:"), self.names)
        form.addRow(translate("SheetImportDialog", "&Delimiter:"), self.delimiter)
        form.addRow(translate("SheetImportDialog", "&Columns:"), self.mapping)
        for widget in (self.encoding, self.names, self.delimiter):  # a CSV file's only
            form.setRowVisible(widget, self.book.kind == "csv")
        form.setRowVisible(self.sheet, self.book.kind != "csv")

    def _fill_encodings(self) -> None:
        """The encoding found (said when in doubt, or when the file does not read in it) and
        the others a lawyer may choose; the delimiter found and the others. A file wrong in
        every encoding (a quote never closed) is said to be, its encoding not blamed."""
        unreadable = False
        try:
            found: Sheet | None = read_sheet(self.path)
        except SheetEncodingError:  # (read in no encoding found: the lawyer chooses one)
            found = None
        except CaseAppError:  # (what is wrong is said in the names' line)
            found, unreadable = None, True
        if unreadable:
            name = t(ENCODINGS.get(code := found_encoding(self.path), code))
            self.encoding.addItem(translate("SheetImportDialog", "%1 (found)").replace("%1", name), "")
        elif found is None:
            self.encoding.addItem(translate("SheetImportDialog", "Not found: choose one"), "")
        elif found.encoding_other:  # the bytes read plausibly in another encoding too
            name = t(ENCODINGS.get(found.encoding, found.encoding))
            other = t(ENCODINGS.get(found.encoding_other, found.encoding_other))
            self.encoding.addItem(fill(translate("SheetImportDialog", "%1 (found; not certain: the file reads as %2 "
                                          "too)"), name, other), "")
        else:
            name = t(ENCODINGS.get(found.encoding, found.encoding))
            self.encoding.addItem(translate("SheetImportDialog", "%1 (found)").replace("%1", name), "")
        for code in CHOICES:
            self.encoding.addItem(t(ENCODINGS[code]), code)
        delimiter = found.delimiter if found is not None else ""
        self.delimiter.addItem(translate("SheetImportDialog", "%1 (found)").replace(
            "%1", t(DELIMITERS.get(delimiter, delimiter))) if delimiter else
            translate("SheetImportDialog", "Found from the file"), "")
        for char, name in DELIMITERS.items():
            self.delimiter.addItem(t(name), char)
        self._show_names(rows=found.rows if found is not None else None,
                         encoding=found.encoding if found is not None else "")

    def _show_names(self, *_: object, rows: tuple[tuple[object, ...], ...] | None = None,
                    encoding: str = "") -> None:
        """The first names as the chosen encoding reads them, or why it cannot read the
        file (in red), so that garbled names are seen before going on; names read into junk
        (Chinese characters, NULs) are said to be, in red."""
        self.garbled = None
        try:
            read = names_of(rows, encoding=encoding) if rows is not None else names_read_as(
                self.path, encoding=self.encoding.currentData() or "",
                delimiter=self.delimiter.currentData() or "")
        except CaseAppError as exc:
            self.names.setStyleSheet(error_style())
            self.names.setText(str(exc))
            return
        self.garbled = read.garbled
        self.names.setStyleSheet(error_style() if read.garbled else "")
        shown = " · ".join(read.names) if read.names else translate("SheetImportDialog", "No names in the first rows.")
        self.names.setText(shown if read.garbled is None else said(read.garbled) + "\n" + shown)

    def chosen_mapping(self) -> Mapping | None:
        file = self.mapping.currentData()
        if not file:
            return None
        return Mapping.from_toml(Path(file).read_text(encoding="utf-8"), where=Path(file).name)
