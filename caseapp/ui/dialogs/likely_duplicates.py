"""Captive → Likely Duplicates…: the pairs of captives likely recorded twice (the same score
as ``caseapp duplicates``, across scripts and spelling conventions), the likeliest first,
each with Merge… (caseapp.ui.dialogs.merge_captives)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from caseapp.domain.messages import Message, Translated, list_separator
from caseapp.services.labels import match_reasons
from caseapp.services.sheet_duplicates import LikelyPair, likely_pairs
from caseapp.services.told_apart import apart_text
from caseapp.ui.dialogs.clearance_levels import merge_refused
from caseapp.ui.dialogs.merge_captives import MergeCaptivesDialog
from caseapp.ui.formats import fill
from caseapp.ui.literal_text import literal
from caseapp.ui.session import UiContext
from caseapp.ui.widgets.fitted_columns import FittedColumns
from caseapp.ui.widgets.screen_room import resize_within_screen


class LikelyDuplicatesDialog(QDialog):
    merged = Signal(int, int)  # the kept captive, the one merged into it (now deleted)

    def __init__(self, ui: UiContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("likely_duplicates_dialog")
        self.setWindowTitle(self.tr("Likely Duplicates"))
        self.ui = ui
        self.pairs: list[LikelyPair] = []
        self.merge_dialog: MergeCaptivesDialog | None = None
        layout = QVBoxLayout(self)
        self.summary = QLabel(self)
        self.summary.setObjectName("duplicates_summary")
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        self.table = QTableWidget(0, 5, self)
        self.table.setObjectName("duplicates_table")
        self.table.setTabKeyNavigation(False)  # Tab leaves for the buttons; the arrows go from row to row
        self.table.setAccessibleName(self.tr("Captives likely recorded twice"))  # not "table"
        self.table.setHorizontalHeaderLabels([self.tr("Captive"), self.tr("Likely the same as"),
                                              self.tr("Score"), self.tr("Why"), ""])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        # names on more lines in columns of their own width (three at most, whole in their
        # tooltips), Why taking what is left: a 200-letter name took its whole width, and
        # the pair's Merge… ran out of the dialog behind a sideways scroll bar
        self.columns_fit = FittedColumns(self.table, stretch=3, whole=(2, 4), lines=3)
        layout.addWidget(self.table, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        resize_within_screen(self, 820, 420)
        self.reload()

    def reload(self) -> None:
        self.pairs = self.ui.ops.run(lambda cf: likely_pairs(cf.ctx)).value
        self.table.setRowCount(len(self.pairs))
        for row, p in enumerate(self.pairs):
            # Each captive named by what tells it from the other (a lawyer does not know the
            # ids, which tell them apart for the program only: in the tooltip).
            cells = [self._told(p.first_shown, p.first_apart),
                     self._told(p.second_shown, p.second_apart),
                     QLocale().toString(p.score, "f", 2), match_reasons(p.reasons, list_separator())]
            items = [QTableWidgetItem(text) for text in cells]
            for column, item in enumerate(items):
                self.table.setItem(row, column, item)
            for column, captive_id in ((0, p.first_id), (1, p.second_id)):
                items[column].setToolTip(self.tr("ID %1").replace("%1", str(captive_id)))
            button = QPushButton(self.tr("Merge…"), self.table)
            button.setObjectName(f"duplicates_merge_{row}")
            button.clicked.connect(lambda _checked=False, p=p: self.merge(p))
            self.table.setCellWidget(row, 4, button)
        self.summary.setText(self.tr("%Ln pair(s) of captives may be the same person recorded twice.",
                                     "", len(self.pairs)) if self.pairs
                             else self.tr("No captives look recorded twice."))

    def _told(self, name: Translated | Message, apart: tuple[Message, ...]) -> str:
        """A captive of a pair: its name (in the window's script, as the lists name it) and
        what tells it from the other."""
        if not apart:
            return str(name)
        return fill(self.tr("%1 (%2)"), str(name), apart_text(apart))

    def merge(self, pair: LikelyPair) -> None:
        """The pair in the merge dialog, the first (the older record) kept."""
        if refused := merge_refused(self.ui):  # told at once, not after choosing
            QMessageBox.information(self, QCoreApplication.translate("MainWindow", "Merge captives"),
                                    literal(refused))
            return
        self.merge_dialog = MergeCaptivesDialog(self.ui, pair.first_id, pair.second_id, self)
        self.merge_dialog.merged.connect(self.merged)
        self.merge_dialog.finished.connect(lambda result: self.reload() if result else None)
        self.merge_dialog.open()
