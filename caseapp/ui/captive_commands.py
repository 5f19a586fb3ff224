"""The main window's Captive menu: find, add, open, delete and merge captives, and the likely
duplicates.

Mixed into :class:`caseapp.ui.main_window.MainWindow`; its texts keep the translation context
"MainWindow".
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox

from caseapp.domain.errors import CaseAppError
from caseapp.ui.literal_text import literal
from caseapp.ui.ops import captive_display_name

if TYPE_CHECKING:
    from caseapp.ui.window_host import WindowHost as _Host
else:
    _Host = object  # a plain class when the program runs: see caseapp.ui.window_host

translate = QCoreApplication.translate  # lupdate reads every translate("Context", "source") call


class CaptiveCommands(_Host):
    """The Captive menu's commands."""

    def find_captive(self) -> None:
        """Edit → Find…: the keyboard in the captives list's search box. (Not ``find``: that
        is QWidget's own, the widget of a window system's id.)"""
        if "captives" in self.views:
            self.show_view("captives")
            self.captives_view().focus_search()

    def new_captive(self) -> None:
        if self.ui is None:
            return
        from caseapp.ui.dialogs.captive_dialogs import new_captive

        dto = new_captive(self.ui, self)
        if dto is not None:
            self.statusBar().showMessage(translate("MainWindow", "Added %1.").replace(
                "%1", captive_display_name(self.ui.case_file, [dto.id])), 5000)
            self.open_captive(dto.id)

    def open_selected(self) -> None:
        if self.current_view_id() == "captives":
            self.captives_view().open_current()

    def delete_selected(self) -> None:
        view = self.stack.currentWidget()
        captive_id = None
        if self.current_view_id() == "captives":
            captive_id = self.captives_view().current_captive_id()
        elif self.current_view_id() == "captive":
            captive_id = getattr(view, "captive_id", None)
        if captive_id is not None:
            self.delete_captive(captive_id)

    def delete_captive(self, captive_id: int) -> None:
        if self.case_file is None:
            return
        try:
            self.case_file.captives.get(captive_id)
        except CaseAppError as exc:
            self.report(exc)
            return
        name = captive_display_name(self.case_file, [captive_id])  # as the lists name them
        answer = QMessageBox.question(
            self, translate("MainWindow", "Delete captive"),
            literal(translate("MainWindow", "Delete %1 and everything recorded about them (orders, "
                              "hearings they alone attend, contacts, documents)? This cannot be "
                              "undone.").replace("%1", name)),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.No)
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            self.session.ops.delete("captives", captive_id, label=name)
        except CaseAppError as exc:
            self.report(exc)
            return
        self.statusBar().showMessage(translate("MainWindow", "Deleted %1.").replace("%1", name), 5000)
        self.history.forget(captive_id)
        if self.current_view_id() == "captive":
            self.show_view("captives")

    def merge_selected(self) -> None:
        """Captive → Merge Captives…: the two captives selected in the list."""
        if self.ui is None:
            return
        ids = self.captives_view().selected_captive_ids()
        if self.current_view_id() != "captives" or len(ids) != 2:
            QMessageBox.information(self, translate("MainWindow", "Merge captives"), translate(
                "MainWindow", "Select exactly two captives in the captives list (Ctrl+click), then merge them."))
            return
        from caseapp.ui.dialogs.clearance_levels import merge_refused
        from caseapp.ui.dialogs.merge_captives import MergeCaptivesDialog

        if refused := merge_refused(self.ui):  # told at once, not after choosing
            QMessageBox.information(self, translate("MainWindow", "Merge captives"),
                                    literal(refused))
            return
        self.merge_dialog = MergeCaptivesDialog(self.ui, min(ids), max(ids), self)
        self.merge_dialog.merged.connect(self._merged)
        self.merge_dialog.open()

    def likely_duplicates(self) -> None:
        """Captive → Likely Duplicates…: the pairs, each with Merge…."""
        if self.ui is None:
            return
        from caseapp.ui.dialogs.likely_duplicates import LikelyDuplicatesDialog

        self.duplicates_dialog = LikelyDuplicatesDialog(self.ui, self)
        self.duplicates_dialog.merged.connect(self._merged)
        self.duplicates_dialog.open()

    def _merged(self, keep_id: int, other_id: int) -> None:
        """The captive merged into another is gone: out of Back/Forward; the kept one shown
        if the merged one's file was open."""
        self.history.forget(other_id)
        view = self.stack.currentWidget()
        if self.current_view_id() == "captive" and getattr(view, "captive_id", None) == other_id:
            self.open_captive(keep_id)
