"""File → Import Spreadsheet…: a wizard in three steps. 1. the sheet, its header row and
(CSV) its encoding and delimiter, or a saved mapping; 2. which column holds what (from the
headers, editable, savable as a named mapping); 3. the preview of every row: what will be
created, the errors of each cell, and for a row that may be someone already there, a
choice: merge, skip or create. Nothing is written before Import; the import is one step of
the undo history."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QLocale, Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from caseapp.domain.dates import PartialDate
from caseapp.domain.errors import CaseAppError
from caseapp.domain.garbled_text import Garble
from caseapp.domain.sheet_columns import Mapping, column_letter
from caseapp.domain.sheet_part_titles import FromTitle
from caseapp.domain.sheet_rows import layout
from caseapp.services.labels import match_reasons
from caseapp.services.sheet_encoding import CHOICES, ENCODINGS
from caseapp.services.sheet_file_kind import SheetEncodingError
from caseapp.services.sheet_import import decisions_for
from caseapp.services.sheet_names_sample import names_of, names_read_as
from caseapp.services.sheet_preview import RowPreview, SheetPreview, preview
from caseapp.services.sheet_read import DELIMITERS, Sheet, found_encoding, open_workbook, read_sheet
from caseapp.ui.dialogs.sheet_import_command import (
    run_import,
    save_mapping,
    saved_mappings,
)
from caseapp.ui.dialogs.sheet_import_garble import go_on_with_garbled, said
from caseapp.ui.dialogs.sheet_import_labels import (
    DUPLICATE_BRUSH,
    ERROR_BRUSH,
    FIELD_LABELS,
    IMPORT_TITLE,
    NOT_A_PERSON_BRUSH,
    PREVIEW_FIELDS,
    SPREADSHEET_FILES,
    sample,
    t,
)
from caseapp.ui.formats import partial_date_text
from caseapp.ui.labels import label
from caseapp.ui.session import UiContext
from caseapp.ui.widgets.column_titles import on_two_lines, size_column
from caseapp.ui.widgets.screen_room import keep_on_screen, resize_within_screen


class SheetImportDialog(QDialog):
    def __init__(self, ui: UiContext, path: Path, parent: QWidget | None = None, *,
                 mappings_folder: Path | None = None):
        super().__init__(parent)
        self.setObjectName("sheet_import")
        self.ui, self.path, self.folder = ui, Path(path), mappings_folder
        self.preview: SheetPreview | None = None
        self.garbled: Garble | None = None  # the names read in the encoding chosen are junk
        self.found_header_row = 1
        self.result = None
        self.setWindowTitle(self.tr("Import Spreadsheet — %1").replace("%1", self.path.name))
        resize_within_screen(self, 1200, 640)
        self.book = open_workbook(self.path)

        self.steps = QStackedWidget(self)
        self.steps.addWidget(self._source_page())
        self.steps.addWidget(self._columns_page())
        self.steps.addWidget(self._preview_page())
        self.message = QLabel(self)
        self.message.setObjectName("sheet_message")
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #a4000f;")
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
        return area

    # ---- step 1: the source ----------------------------------------------------------------
    def _source_page(self) -> QWidget:
        page = QWidget(self)
        form = QFormLayout(page)
        self.sheet = QComboBox(page)
        self.sheet.setObjectName("sheet_sheet")
        self.sheet.addItems(list(self.book.sheet_names))
        if self.book.default_sheet:  # the first visible sheet, as the command line reads
            self.sheet.setCurrentText(self.book.default_sheet)
        self.sheet.setEnabled(self.book.kind != "csv")
        self.header_row = QComboBox(page)
        self.header_row.setObjectName("sheet_header_row")
        self.header_row.addItem(self.tr("Found from the headers"), None)
        for n in range(1, 31):
            self.header_row.addItem(str(n), n)
        self.encoding = QComboBox(page)
        self.encoding.setObjectName("sheet_encoding")
        self.delimiter = QComboBox(page)
        self.delimiter.setObjectName("sheet_delimiter")
        self.names = QLabel(page)  # the names as the chosen encoding reads them
        self.names.setObjectName("sheet_encoding_names")
        self.names.setWordWrap(True)
        self.names.setTextFormat(Qt.TextFormat.PlainText)
        if self.book.kind == "csv":
            self._fill_encodings()
            self.encoding.currentIndexChanged.connect(self._show_names)
            self.delimiter.currentIndexChanged.connect(self._show_names)
        self.encoding.setEnabled(self.book.kind == "csv")
        self.delimiter.setEnabled(self.book.kind == "csv")
        self.mapping = QComboBox(page)
        self.mapping.setObjectName("sheet_mapping")
        self.mapping.addItem(self.tr("From the column headers"), None)
        for name, path in saved_mappings(self.folder).items():
            self.mapping.addItem(name, str(path))
        where = QLineEdit(str(self.path), page)  # (a long path scrolls, not the wizard wider)
        where.setReadOnly(True)
        where.setFrame(False)
        where.setObjectName("sheet_file")
        where.setCursorPosition(0)
        where.setToolTip(str(self.path))
        form.addRow(self.tr("File:"), where)
        form.addRow(self.tr("&Sheet:"), self.sheet)
        form.addRow(self.tr("&Header row:"), self.header_row)
        form.addRow(self.tr("&Encoding:"), self.encoding)
        form.addRow(self.tr("Names as read:"), self.names)
        form.addRow(self.tr("&Delimiter:"), self.delimiter)
        form.addRow(self.tr("&Columns:"), self.mapping)
        for widget in (self.encoding, self.names, self.delimiter):  # a CSV file's only
            form.setRowVisible(widget, self.book.kind == "csv")
        form.setRowVisible(self.sheet, self.book.kind != "csv")
        return self._scrolled(page)

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
            self.encoding.addItem(self.tr("%1 (found)").replace("%1", name), "")
        elif found is None:
            self.encoding.addItem(self.tr("Not found: choose one"), "")
        elif found.encoding_other:  # the bytes read plausibly in another encoding too
            name = t(ENCODINGS.get(found.encoding, found.encoding))
            other = t(ENCODINGS.get(found.encoding_other, found.encoding_other))
            self.encoding.addItem(self.tr("%1 (found; not certain: the file reads as %2 "
                                          "too)").replace("%1", name).replace("%2", other), "")
        else:
            name = t(ENCODINGS.get(found.encoding, found.encoding))
            self.encoding.addItem(self.tr("%1 (found)").replace("%1", name), "")
        for code in CHOICES:
            self.encoding.addItem(t(ENCODINGS[code]), code)
        delimiter = found.delimiter if found is not None else ""
        self.delimiter.addItem(self.tr("%1 (found)").replace(
            "%1", t(DELIMITERS.get(delimiter, delimiter))) if delimiter else
            self.tr("Found from the file"), "")
        for char, name in DELIMITERS.items():
            self.delimiter.addItem(t(name), char)
        self._show_names(rows=found.rows if found is not None else None)

    def _show_names(self, *_: object, rows: tuple[tuple[object, ...], ...] | None = None) -> None:
        """The first names as the chosen encoding reads them, or why it cannot read the
        file (in red), so that garbled names are seen before going on; names read into junk
        (Chinese characters, NULs) are said to be, in red."""
        self.garbled = None
        try:
            read = names_of(rows) if rows is not None else names_read_as(
                self.path, encoding=self.encoding.currentData() or "",
                delimiter=self.delimiter.currentData() or "")
        except CaseAppError as exc:
            self.names.setStyleSheet("color: #a4000f;")
            self.names.setText(str(exc))
            return
        self.garbled = read.garbled
        self.names.setStyleSheet("color: #a4000f;" if read.garbled else "")
        shown = " · ".join(read.names) if read.names else self.tr("No names in the first rows.")
        self.names.setText(shown if read.garbled is None else said(read.garbled) + "\n" + shown)

    def _chosen_mapping(self) -> Mapping | None:
        file = self.mapping.currentData()
        if not file:
            return None
        return Mapping.from_toml(Path(file).read_text(encoding="utf-8"), where=Path(file).name)

    def _read(self, columns: dict[int, str] | None = None) -> SheetPreview:
        mapping = self._chosen_mapping()
        sheet = self.sheet.currentText() if self.book.kind != "csv" else ""
        args = dict(sheet=sheet, mapping=mapping,
                    header_row=self.header_row.currentData() or self.found_header_row,
                    encoding=self.encoding.currentData() or "",
                    delimiter=self.delimiter.currentData() or "", columns=columns)
        done = self.ui.ops.run(lambda cf: preview(cf, self.path, **args))  # type: ignore[arg-type]
        return done.value  # type: ignore[no-any-return]

    # ---- step 2: the columns ---------------------------------------------------------------
    def _columns_page(self) -> QWidget:
        page = QWidget(self)
        box = QVBoxLayout(page)
        box.addWidget(QLabel(self.tr("Choose the field each column fills; columns left at "
                                     "“Not imported” are left out."), page))
        self.columns = QTableWidget(0, 4, page)
        self.columns.setObjectName("sheet_columns")
        self.columns.setHorizontalHeaderLabels(
            [self.tr("Column"), self.tr("Header"), self.tr("First values"), self.tr("Field")])
        self.columns.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.columns.verticalHeader().hide()
        box.addWidget(self.columns, 1)
        save = QPushButton(self.tr("&Save These Columns as a Mapping…"), page)
        save.setObjectName("sheet_save_mapping")
        save.clicked.connect(self._save_mapping)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(save)
        box.addLayout(row)
        return page

    def _fill_columns(self) -> None:
        """The headers and first values of each column, and the field the headers (or the
        chosen mapping) give it; a sheet whose headers name nothing is mapped here by hand."""
        mapping = self._chosen_mapping()
        data = read_sheet(self.path, self.sheet.currentText() if self.book.kind != "csv" else "",
                          encoding=self.encoding.currentData() or (mapping.encoding if mapping else ""),
                          delimiter=self.delimiter.currentData() or (mapping.delimiter if mapping else ""))
        lay = layout(data.rows, mapping, header_row=self.header_row.currentData())
        self.found_header_row = lay.header_index + 1
        below = data.rows[lay.header_index + 1: lay.header_index + 4]
        headers, found = lay.headers, lay.columns
        width = max([len(headers), *(len(r) for r in below)], default=0)
        self.columns.setRowCount(width)
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
            self.columns.setCellWidget(i, 3, combo)
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
        headers = [self.columns.item(i, 1).text() for i in range(self.columns.rowCount())]
        mapping = Mapping(name=name.strip(), sheet="" if kind_csv else self.sheet.currentText(),
                          header_row=self.found_header_row,
                          delimiter=self.delimiter.currentData() or "",
                          encoding=self.encoding.currentData() or "",
                          columns={(headers[i] or column_letter(i)): f
                                   for i, f in sorted(self.edited_columns().items())})
        try:
            saved = save_mapping(mapping, self.folder)
        except OSError as exc:
            self.message.setText(str(exc))
            return
        self.message.setText(self.tr("Saved as “%1”.").replace("%1", mapping.name))
        self.mapping.addItem(mapping.name, str(saved))

    # ---- step 3: the preview ---------------------------------------------------------------
    def _preview_page(self) -> QWidget:
        page = QWidget(self)
        box = QVBoxLayout(page)
        self.summary = QLabel(page)
        self.summary.setObjectName("sheet_summary")
        self.summary.setWordWrap(True)
        box.addWidget(self.summary)
        self.rows = QTableWidget(0, 3 + len(PREVIEW_FIELDS), page)
        self.rows.setObjectName("sheet_rows")
        self.rows.setHorizontalHeaderLabels([on_two_lines(title) for title in (
            [self.tr("Row"), self.tr("Action")] + [t(FIELD_LABELS[f]) for f in PREVIEW_FIELDS]
            + [self.tr("Problems and likely duplicates")])])
        self.rows.verticalHeader().hide()
        self.rows.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.rows.itemSelectionChanged.connect(self._show_details)
        box.addWidget(self.rows, 1)
        self.details = QLabel(page)
        self.details.setObjectName("sheet_details")
        self.details.setWordWrap(True)
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.details.setMinimumHeight(48)
        self.details.setAlignment(Qt.AlignmentFlag.AlignTop)
        box.addWidget(self.details)
        self.skip_errors = QCheckBox(self.tr("&Leave out the rows with errors and import the "
                                             "others"), page)
        self.skip_errors.setObjectName("sheet_skip_errors")
        self.skip_errors.toggled.connect(self._update_buttons)
        box.addWidget(self.skip_errors)
        return page

    _title_columns = frozenset(2 + PREVIEW_FIELDS.index(f) for f in ("category", "status"))

    def _fill_rows(self, pv: SheetPreview) -> None:
        self.rows.setRowCount(len(pv.rows))
        self.choices: dict[int, QComboBox] = {}
        for n, row in enumerate(pv.rows):
            brush = (NOT_A_PERSON_BRUSH if row.values.not_a_person is not None else ERROR_BRUSH
                     if row.errors else DUPLICATE_BRUSH if row.duplicates else None)
            shown = row.shown  # (made when asked: once a row)
            problems = self._problems(row)
            cells = [(str(row.row), ""), ("", "")] + [
                self._shown(row, shown, f) for f in PREVIEW_FIELDS] + [(problems, "")]
            for col, (text, tip) in enumerate(cells):
                item = QTableWidgetItem(" · ".join(text.splitlines()))
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
                item.setToolTip(tip or text)
                if brush is not None:
                    item.setBackground(brush)
                if tip and col in self._title_columns and row.values.from_title:
                    font = item.font()  # taken from the title, not the row: in italics
                    font.setItalic(True)
                    item.setFont(font)
                self.rows.setItem(n, col, item)
            if row.values.not_a_person is not None:
                self.rows.item(n, 1).setText(self._not_a_person(row))
            elif row.errors:
                self.rows.item(n, 1).setText(self.tr("Not imported: errors"))
            elif row.duplicates:
                self.choices[row.row] = self._choice(row)
                self.rows.setCellWidget(n, 1, self.choices[row.row])
            else:
                self.rows.item(n, 1).setText(self.tr("New captive"))
        self.rows.resizeColumnsToContents()
        header = self.rows.horizontalHeader()
        size_column(header, 1, 170)
        for col in range(2, self.rows.columnCount()):  # a long value cut, its title whole
            size_column(header, col, min(self.rows.columnWidth(col), 150))
        header.setSectionResizeMode(self.rows.columnCount() - 1, QHeaderView.ResizeMode.Stretch)
        first = next((n for n, r in enumerate(pv.rows) if r.problems or r.duplicates
                      or r.values.not_a_person is not None), None)
        if first is not None:
            self.rows.selectRow(first)
        self._show_details()
        errors, dups = len(pv.with_errors), len(pv.with_duplicates)
        self.summary.setText(
            self.tr("%Ln row(s) read from %1.", "", len(pv.rows)).replace("%1", pv.file_name) + " "
            + self.tr("%Ln with errors (in red).", "", errors) + " "
            + self.tr("%Ln may be someone already there (in yellow): choose for each.", "", dups)
            + (" " + self.tr("%Ln row(s) are not people: titles of the list's parts and totals "
                             "(in grey), not imported.", "", len(pv.not_people))
               if pv.not_people else "")
            + (" " + self.tr("%Ln empty row(s) left out.", "", pv.empty_rows)
               if pv.empty_rows else "")
            # What is said of the whole sheet (two header rows, dates in two orders), each
            # a sentence of its own line ("the header is merged…" began it in small letters).
            + "".join("\n" + notice[:1].upper() + notice[1:] for notice in pv.notices))
        self.skip_errors.setVisible(bool(errors))
        self._update_buttons()

    def _show_details(self) -> None:
        """The selected row's problems and likely duplicates in full, below the table."""
        n = self.rows.currentRow()
        if self.preview is None or not 0 <= n < len(self.preview.rows):
            self.details.setText("")
            return
        row = self.preview.rows[n]
        source = row.values.from_title
        taken = (self.tr("Category “%1”: from the title row %2 “%3”") if source is None
                 or source.field == "category" else
                 self.tr("Status “%1”: from the title row %2 “%3”; the sheet gives no date of it"
                         ) if "status_since" not in row.values.values else
                 self.tr("Status “%1”: from the title row %2 “%3”"))
        said = [self._problems(row)] + ([taken.replace("%1", label(source.value))
                                         .replace("%2", str(source.row)).replace("%3", source.title)]
                                        if source is not None and not row.errors else [])
        text = "\n".join(t for t in said if t) or self.tr("Nothing to say about this row.")
        if row.no_person_said is not None:  # (a sentence naming its row already)
            self.details.setText(text[:1].upper() + text[1:])
            return
        self.details.setText(self.tr("Row %1: %2").replace("%1", str(row.row))
                             .replace("%2", text.replace("\n", "; ")))

    def _shown(self, row: RowPreview, shown: dict[str, str], name: str) -> tuple[str, str]:
        """A field's cell: its text, as the window writes it elsewhere (a date in the
        language's form, a partial one as «май 1990 г.»), and its tooltip ("" for the text
        itself): the date as read, exactly; where a category was taken from."""
        value = row.values.values.get(name)
        found = row.values.not_a_person
        if found is not None and name == "name":  # what the row says, to see it is no person
            return found.text, ""
        if isinstance(value, PartialDate):
            return partial_date_text(value), self.tr("%1 (read as %2)").replace(
                "%1", partial_date_text(value)).replace("%2", value.iso())
        source = row.values.from_title
        if source is not None and name == source.field:
            return label(value), self._from_title(source)
        if name in ("status", "category") and value is not None:
            return label(value), ""
        return shown.get(name, ""), ""

    def _from_title(self, source: FromTitle) -> str:
        return self.tr("From the title row %1 “%2”").replace("%1", str(source.row)).replace(
            "%2", source.title)

    def _choice(self, row: RowPreview) -> QComboBox:
        combo = QComboBox(self.rows)
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        combo.setMinimumContentsLength(12)
        combo.setObjectName(f"sheet_choice_{row.row}")
        combo.addItem(self.tr("Choose…"), None)
        for d in row.duplicates:
            text = (self.tr("Merge into row %1 (%2)").replace("%1", str(d.row))
                    if d.captive_id is None else
                    self.tr("Merge into %1 (ID %2)").replace("%1", d.label)
                    .replace("%2", str(d.captive_id)))
            combo.addItem(text.replace("%2", d.label), d.decision)
        combo.addItem(self.tr("Skip this row"), "skip")
        combo.addItem(self.tr("Create a new captive"), "create")
        combo.currentIndexChanged.connect(self._update_buttons)
        return combo

    def _not_a_person(self, row: RowPreview) -> str:
        """The action of a row that is no person: what it was read as."""
        found = row.values.not_a_person
        if found is not None and found.kind == "total":
            return self.tr("Not a person: a total")
        if found is not None and found.guessed:
            return self.tr("Not a person? Read as a title")
        return self.tr("Not a person: a title")

    def _problems(self, row: RowPreview) -> str:
        if row.no_person_said is not None:
            return str(row.no_person_said)
        lines = [(self.tr("Warning: %1") if p.warning else "%1").replace(
            "%1", str(p.detail()) if p.column else p.reason_alone) for p in row.problems]
        for d in row.duplicates:
            who = (self.tr("row %1").replace("%1", str(d.row)) if d.captive_id is None
                   else self.tr("captive %1").replace("%1", str(d.captive_id)))
            lines.append(self.tr("Like %1 “%2” (score %3: %4)").replace("%1", who)
                         .replace("%2", d.label).replace("%3", QLocale().toString(d.score, "f", 2))
                         .replace("%4", match_reasons(d.reasons)))
        return "\n".join(lines)

    def decisions(self) -> dict[int, str]:
        return {r: c.currentData() for r, c in getattr(self, "choices", {}).items()
                if c.currentData()}

    def _update_buttons(self) -> None:
        pv = self.preview
        on_preview = self.steps.currentIndex() == 2
        undecided = [r for r, c in getattr(self, "choices", {}).items() if not c.currentData()]
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
        if index == 0 and self.garbled is not None and not go_on_with_garbled(self, self.garbled):
            return
        try:
            if index == 0:
                self._fill_columns()
            else:
                self.preview = self._read(self.edited_columns())
                self._fill_rows(self.preview)
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
            self.result = run_import(self.ui.ops, pv, decisions)
        except CaseAppError as exc:
            self.message.setText(str(exc))
            return
        r = self.result
        self.ui.ops.message.emit(
            self.tr("Imported %Ln captive(s) from %1", "", len(r.created)).replace("%1", pv.file_name)
            + "; " + self.tr("%Ln row(s) merged into captives.", "", len(r.merged)))
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
        QMessageBox.warning(parent, title, str(exc))
        return None
    dialog.open()
    return dialog
