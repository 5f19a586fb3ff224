"""Step 3 of the spreadsheet import: the preview of every row as it will be imported (what
is created, each cell's errors, a choice for a row that may be someone already there), the
selected row's problems in full below the table, and whether to leave out the rows with
errors. Its columns share the dialog's width, each title whole (on up to three lines, the
whole title in its tooltip)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QSize, Qt, Signal
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from caseapp.services.sheet_preview import SheetPreview
from caseapp.services.sheet_preview_rows import RowPreview
from caseapp.services.told_apart import apart_text
from caseapp.ui.dialogs.sheet_import_labels import (
    DUPLICATE_BRUSH,
    ERROR_BRUSH,
    FIELD_LABELS,
    NOT_A_PERSON_BRUSH,
    PREVIEW_FIELDS,
    TINTED_TEXT,
    t,
)
from caseapp.ui.dialogs.sheet_import_rows import not_a_person, row_details, shown_cell, summary
from caseapp.ui.dialogs.sheet_import_rows import problems as row_problems
from caseapp.ui.widgets.column_titles import on_lines
from caseapp.ui.widgets.fitted_columns import WORD_MARGIN, FittedColumns
from caseapp.ui.widgets.focus_order import tab_in_order


def two_line_width(metrics: QFontMetrics, text: str) -> int:
    """The least width ``text`` takes on at most two lines broken at a space (a greedy wrap
    at that width takes no more than two)."""
    words = text.split(" ")
    return min([metrics.horizontalAdvance(text)]
               + [max(metrics.horizontalAdvance(" ".join(words[:i])),
                      metrics.horizontalAdvance(" ".join(words[i:])))
                  for i in range(1, len(words))])


translate = QCoreApplication.translate  # lupdate reads every translate("Context", "source") call
# (the words of the import wizard, in its context: "SheetImportDialog")


class PreviewPage(QWidget):
    """The preview's rows (``rows``), summary, details and choices."""

    changed = Signal()  # a row's choice, or leaving out the rows with errors

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.preview: SheetPreview | None = None
        self.choices: dict[int, QComboBox] = {}
        page = self
        box = QVBoxLayout(page)
        self.summary = QLabel(page)
        self.summary.setObjectName("sheet_summary")
        self.summary.setWordWrap(True)
        box.addWidget(self.summary)
        self.rows = QTableWidget(0, 3 + len(PREVIEW_FIELDS), page)
        self.rows.setObjectName("sheet_rows")
        self.rows.setAccessibleName(translate("SheetImportDialog", "Rows of the spreadsheet, as they will be imported"))
        titles = ([translate("SheetImportDialog", "Row"), translate("SheetImportDialog", "Action")]
                  + [t(FIELD_LABELS[f]) for f in PREVIEW_FIELDS]
                  + [translate("SheetImportDialog", "Problems and likely duplicates")])
        for column, title in enumerate(titles):
            # on up to three lines, so that every column keeps its title whole at 1024
            # pixels (at a larger font too); the whole title on one line in its tooltip
            item = QTableWidgetItem(on_lines(title, longest=8))
            item.setToolTip(title)
            self.rows.setHorizontalHeaderItem(column, item)
        self.rows.verticalHeader().hide()
        self.rows.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.rows.setTabKeyNavigation(False)  # Tab to the rows' choices and on, not cells
        self.rows.itemSelectionChanged.connect(self._show_details)
        # the columns share the table's width (a long name or place on two lines): at 150
        # pixels each they ran past a 1024-pixel dialog, the problems' column out of sight
        # (the action, whole: a choice of a likely duplicate read "Choos"). The full name
        # takes what is left: with the problems' column taking it, a name of three words went
        # on three lines at the dialog's first size (the problems are read whole below the
        # table, in the selected row's details)
        self.rows_fit = FittedColumns(self.rows, stretch=2 + PREVIEW_FIELDS.index("name"),
                                      whole=(0, 1, *self._date_columns), widest=200, lines=3)
        box.addWidget(self.rows, 1)
        self.details = QLabel(page)
        self.details.setObjectName("sheet_details")
        self.details.setWordWrap(True)
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.details.setMinimumHeight(48)
        self.details.setAlignment(Qt.AlignmentFlag.AlignTop)
        box.addWidget(self.details)
        self.skip_errors = QCheckBox(translate("SheetImportDialog", "&Leave out the rows with errors and import the "
                                             "others"), page)
        self.skip_errors.setObjectName("sheet_skip_errors")
        self.skip_errors.toggled.connect(lambda _on: self.changed.emit())
        box.addWidget(self.skip_errors)

    _title_columns = frozenset(2 + PREVIEW_FIELDS.index(f) for f in ("category", "status"))
    _date_columns = tuple(2 + PREVIEW_FIELDS.index(f) for f in ("birth", "capture"))

    def fill(self, pv: SheetPreview) -> None:
        """Shows ``pv``'s rows, their choices unmade."""
        self.preview = pv
        self.rows.setRowCount(len(pv.rows))
        self.choices = {}
        for n, row in enumerate(pv.rows):
            brush = (NOT_A_PERSON_BRUSH if row.values.not_a_person is not None else ERROR_BRUSH
                     if row.errors else DUPLICATE_BRUSH if row.duplicates else None)
            shown = row.shown  # (made when asked: once a row)
            problems = row_problems(row)
            cells = [(str(row.row), ""), ("", "")] + [
                shown_cell(row, shown, f) for f in PREVIEW_FIELDS] + [(problems, "")]
            items: list[QTableWidgetItem] = []
            for col, (text, tip) in enumerate(cells):
                item = QTableWidgetItem(" · ".join(text.splitlines()))
                items.append(item)
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
                item.setToolTip(tip or text)
                if brush is not None:  # a light tint: its text dark in the dark palette too
                    item.setBackground(brush)
                    item.setForeground(TINTED_TEXT)
                if tip and col in self._title_columns and row.values.from_title:
                    font = item.font()  # taken from the title, not the row: in italics
                    font.setItalic(True)
                    item.setFont(font)
                self.rows.setItem(n, col, item)
            action = items[1]
            if row.values.not_a_person is not None:
                self._action(action, not_a_person(row))
            elif row.errors:
                self._action(action, translate("SheetImportDialog", "Not imported: errors"))
            elif row.duplicates:
                self.choices[row.row] = self._choice(row)
                self.rows.setCellWidget(n, 1, self.choices[row.row])
            else:
                self._action(action, translate("SheetImportDialog", "New captive"))
        tab_in_order(self.rows, *self.choices.values(), self.skip_errors)  # (made after Cancel)
        # a field no row gives (no column of the file was taken for it) is not shown: its
        # empty column took the room a long name needed (the summary says what is missing)
        for col in range(2, 2 + len(PREVIEW_FIELDS)):
            self.rows.setColumnHidden(col, not any(
                (cell := self.rows.item(n, col)) is not None and cell.text()
                for n in range(self.rows.rowCount())))
        self.rows_fit.fit()  # (again at each change of the table's width)
        first = next((n for n, r in enumerate(pv.rows) if r.problems or r.duplicates
                      or r.values.not_a_person is not None), None)
        if first is not None:
            self.rows.selectRow(first)
        self._show_details()
        self.summary.setText(summary(pv))
        self.skip_errors.setVisible(bool(pv.with_errors))
        self.changed.emit()

    def _show_details(self) -> None:
        """The selected row's problems and likely duplicates in full, below the table."""
        n = self.rows.currentRow()
        if self.preview is None or not 0 <= n < len(self.preview.rows):
            self.details.setText("")
            return
        self.details.setText(row_details(self.preview.rows[n]))

    def _action(self, item: QTableWidgetItem, text: str) -> None:
        """A row's action, asking for no more width than it takes on two lines: kept on one
        line («Не человек: название части») the column, sized to its contents, took the room
        the row's status and category needed (read «Удер… обви…», «Զինծառայ…»)."""
        item.setText(text)
        metrics = self.rows.fontMetrics()
        item.setSizeHint(QSize(two_line_width(metrics, text) + WORD_MARGIN + 1,
                               2 * metrics.lineSpacing()))

    def _choice(self, row: RowPreview) -> QComboBox:
        combo = QComboBox(self.rows)
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        combo.setMinimumContentsLength(9)
        combo.setObjectName(f"sheet_choice_{row.row}")
        combo.setAccessibleName(translate("SheetImportDialog", "What to do with row %1").replace("%1", str(row.row)))
        combo.addItem(translate("SheetImportDialog", "Choose…"), None)
        for d in row.duplicates:
            if d.captive_id is None:
                combo.addItem(translate("SheetImportDialog", "Merge into row %1 (%2)").replace("%1", str(d.row))
                              .replace("%2", d.label), d.decision)
                continue
            # the captive named by what tells it from the row; its id in the tooltip
            combo.addItem(translate("SheetImportDialog", "Merge into %1 (%2)").replace("%2", apart_text(d.apart))
                          .replace("%1", d.label), d.decision)
            combo.setItemData(combo.count() - 1,
                              translate("SheetImportDialog", "ID %1").replace("%1", str(d.captive_id)),
                              Qt.ItemDataRole.ToolTipRole)
        combo.addItem(translate("SheetImportDialog", "Skip this row"), "skip")
        combo.addItem(translate("SheetImportDialog", "Create a new captive"), "create")
        combo.currentIndexChanged.connect(lambda _i: self.changed.emit())
        return combo

    def decisions(self) -> dict[int, str]:
        return {r: c.currentData() for r, c in self.choices.items() if c.currentData()}

    def undecided(self) -> list[int]:
        """The rows that may be someone already there, with nothing chosen yet."""
        return [r for r, c in self.choices.items() if not c.currentData()]
