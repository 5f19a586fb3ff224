"""The main window's other commands, each opening its dialog or view: the spreadsheet import
and export, the deadlines' (due deadlines, a captive's, calendar, rule calculator, daily log,
settings), the outputs' (dossier, status report, letter, filing pack, lawyer's details) and
Help's.

Mixed into :class:`caseapp.ui.main_window.MainWindow`; its texts keep the translation context
"MainWindow".
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

if TYPE_CHECKING:
    from caseapp.ui.window_host import WindowHost as _Host
else:
    _Host = object  # a plain class when the program runs: see caseapp.ui.window_host

translate = QCoreApplication.translate  # lupdate reads every translate("Context", "source") call


class MenuCommands(_Host):
    """The commands that open a dialog or a view."""

    def import_sheet(self) -> None:
        """File → Import Spreadsheet…: the wizard (caseapp.ui.dialogs.sheet_import)."""
        from caseapp.ui.dialogs.sheet_import import import_spreadsheet

        self.sheet_dialog = import_spreadsheet(self.ui, self)

    def export_sheet(self) -> None:
        """File → Export Captives List…: caseapp.ui.dialogs.sheet_export."""
        from caseapp.ui.dialogs.sheet_export import export_captives_sheet

        if self.ui is not None:  # (the command is disabled with no file open)
            self.export_sheet_dialog = export_captives_sheet(self.ui, self)

    # -- deadlines --
    def show_due_deadlines(self) -> None:
        """The Deadlines view, showing what is open, for everyone."""
        from caseapp.ui.views.deadlines import DeadlinesView

        view = self.typed_view("deadlines", DeadlinesView)
        if view is None:
            return
        view.set_captive_filter(None)
        view.set_group_filter("@open")
        self.show_view("deadlines")
        self.banner.hide()

    def show_hearings(self) -> None:
        """The Hearings view (the banner's hearings announced alone)."""
        self.show_view("hearings")
        self.banner.hide()

    def show_attention(self) -> None:
        """The dashboard, whose "Needs attention" lists what the reminders announced."""
        if "dashboard" in self.views:
            self.show_view("dashboard")
        self.banner.hide()

    def show_captive_deadlines(self, captive_id: int, name: str) -> None:
        from caseapp.ui.views.deadlines import DeadlinesView

        view = self.typed_view("deadlines", DeadlinesView)
        if view is None:
            return
        view.set_captive_filter(captive_id, name)
        view.set_group_filter("@all")
        self.show_view("deadlines")

    def export_calendar(self) -> None:
        from caseapp.ui.views.deadlines import export_calendar

        view = self.views.get("deadlines")
        if self.ui is not None and view is not None:
            export_calendar(self.ui, view)

    def rule_calculator(self) -> None:
        from caseapp.ui.dialogs.rule_calculator import open_calculator

        view = self.views.get("deadlines")
        if self.ui is not None and view is not None:
            open_calculator(self.ui, view)

    def daily_log(self) -> None:
        from caseapp.ui.views.deadline_log import daily_log

        view = self.views.get("deadlines")
        if self.ui is not None and view is not None:
            daily_log(self.ui, view)

    def deadline_settings(self) -> None:
        from caseapp.ui.dialogs.deadline_settings import DeadlineSettingsDialog

        if self.ui is None:
            return
        dialog = DeadlineSettingsDialog(self.ui, self, rule_set=self.ui.case_file.rule_set)
        if dialog.exec():
            self.refresh()

    def dossier(self) -> None:
        from caseapp.ui import reports_ui

        if self.ui is not None:
            reports_ui.open_dossier(self.ui, self, self.current_captive_id())

    def status_report(self) -> None:
        from caseapp.ui import reports_ui

        if self.ui is not None:
            reports_ui.open_status_report(self.ui, self)

    def letter(self) -> None:
        from caseapp.ui import reports_ui

        if self.ui is not None:
            reports_ui.open_letter(self.ui, self, self.current_captive_id())

    def filing(self) -> None:
        from caseapp.ui.dialogs.filing import open_filing

        if self.ui is not None and open_filing(self.ui, self, self.current_captive_id()) is None:
            self.statusBar().showMessage(translate(
                "MainWindow", "Open or select a captive first: a filing pack is made for one "
                "captive."), 8000)

    def letter_templates(self) -> None:
        from caseapp.ui.dialogs.template_manager import TemplateManager

        TemplateManager(self).exec()

    def lawyer_details(self) -> None:
        from caseapp.ui import reports_ui

        reports_ui.edit_lawyer(self.case_file, self)

    def help_guide(self) -> None:
        self.help_guide_dialog()

    def help_guide_dialog(self) -> QWidget:
        from caseapp.ui.help import show_guide

        return show_guide(self)

    def show_shortcuts(self) -> None:
        from caseapp.ui.help import show_shortcuts

        show_shortcuts(self)

    def about(self) -> None:
        from caseapp.ui.dialogs.about import show_about

        show_about(self)
