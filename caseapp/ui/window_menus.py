"""The main window's menus and toolbar: built from the actions' registry
(:mod:`caseapp.ui.actions`), the Open Recent and Captives List Columns submenus, which commands
are live with a file open or none, and Undo / Redo saying what they would do.

Mixed into :class:`caseapp.ui.main_window.MainWindow`; its texts keep the translation context
"MainWindow".
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QMenu, QToolBar, QToolButton

from caseapp.ui import settings as keys
from caseapp.ui.actions import ACTIONS, MENUS, VIEWS, tr, view_action_id
from caseapp.ui.reports_ui import REPORT_ACTIONS

if TYPE_CHECKING:
    from caseapp.ui.window_host import WindowHost as _Host
else:
    _Host = object  # a plain class when the program runs: see caseapp.ui.window_host

translate = QCoreApplication.translate  # lupdate reads every translate("Context", "source") call


class WindowMenus(_Host):
    """The menus, the toolbar and which of their commands are live."""

    # -- construction --
    def _build_menus(self) -> None:
        menus = {mid: self.menuBar().addMenu(tr(text)) for mid, text in MENUS}
        self.recent_menu = None
        for spec in ACTIONS:
            menus[spec.menu].addAction(self.actions_by_id[spec.id])
            if spec.id == "open_file":
                self.recent_menu = menus["file"].addMenu(translate("MainWindow", "Open &Recent"))
                self.recent_menu.aboutToShow.connect(self._fill_recent)
            if spec.separator_after:
                menus[spec.menu].addSeparator()
        columns = menus["view"].addMenu(translate("MainWindow", "Captives List &Columns"))
        columns.setObjectName("captives_columns_menu")
        columns.aboutToShow.connect(lambda: self._fill_columns(columns))
        toolbar = QToolBar(translate("MainWindow", "Main"), self)
        toolbar.setObjectName("main_toolbar")
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        for spec in ACTIONS:
            if spec.toolbar:
                toolbar.addAction(self.actions_by_id[spec.id])
        self.addToolBar(toolbar)
        # on a small screen the tools and menus left out are behind a "»" read out as "button"
        for owner, name, text in (
                (toolbar, "qt_toolbar_ext_button", translate("MainWindow", "More tools")),
                (self.menuBar(), "qt_menubar_ext_button", translate("MainWindow", "More menus"))):
            more = owner.findChild(QToolButton, name)
            if more is not None:
                more.setAccessibleName(text)
                more.setToolTip(text)
        self.actions_by_id["undo"].setEnabled(False)
        self.actions_by_id["redo"].setEnabled(False)

    def _fill_recent(self) -> None:
        assert self.recent_menu is not None
        self.recent_menu.clear()
        for path in keys.recent_files(self.settings):
            # (an "&" in a folder's or file's name is shown, not taken for a shortcut letter)
            self.recent_menu.addAction(path.replace("&", "&&"), self._opener_of(path))
        if self.recent_menu.isEmpty():
            self.recent_menu.addAction(translate("MainWindow", "(none)")).setEnabled(False)

    def _opener_of(self, path: str) -> Callable[[], bool]:
        """What an entry of Open Recent does: open ``path``."""
        return lambda: self.open_path(Path(path))

    def _set_workspace_enabled(self, enabled: bool) -> None:
        for action_id in ("import_json", "import_sheet", "export_sheet", "export_json", "undo", "redo",
                          "find", "new_captive", "open_captive", "delete_captive", "merge_captives",
                          "likely_duplicates", "refresh", "export_calendar",
                          "rule_calculator", "lock", "change_passphrase", "recovery_setup", "backups",
                          "close_file", "travel_copy", "travel_merge",
                          *(view_action_id(vid) for vid, _text in VIEWS)):
            self.actions_by_id[action_id].setEnabled(enabled and action_id not in ("undo", "redo"))
        self._update_history_actions()
        for action_id in REPORT_ACTIONS:
            self.actions_by_id[action_id].setEnabled(enabled)
        self.pages.setCurrentIndex(1 if enabled else 0)
        if not enabled:
            self.welcome.set_recent(keys.recent_files(self.settings))

    def _fill_columns(self, menu: QMenu) -> None:
        """View → Captives List Columns: the same entries as the list's header menu."""
        menu.clear()
        if "captives" in self.views:
            self.captives_view().fill_columns_menu(menu)
        else:
            menu.addAction(translate("MainWindow", "(no case file open)")).setEnabled(False)

    # -- other actions --
    def undo_last(self) -> None:
        """Undo the last command that still applies (see caseapp.ui.ops); never raises."""
        self._move_history(undoing=True)

    def redo_next(self) -> None:
        self._move_history(undoing=False)

    def _move_history(self, *, undoing: bool) -> None:
        """Undo or redo; when it changed the file of a captive other than the one on screen,
        that captive's file is shown (the status bar names them too, in the command)."""
        ops = self.session.ops
        command = ops.next_undo() if undoing else ops.next_redo()
        if not (ops.undo() if undoing else ops.redo()) or command is None:
            return
        captives = command.record.captive_ids
        if (command.record.service != "captives" or not command.deletes_on_undo) and captives \
                and self.current_view_id() == "captive" and self.current_captive_id() not in captives:
            self.open_captive(captives[0])

    def _history_changed(self) -> None:
        """Undo / Redo say what they would do: "Undo Add hearing — <captive>"."""
        ops = self.session.ops
        for action_id, command, text in (
                ("undo", ops.next_undo(), translate("MainWindow", "&Undo %1")),
                ("redo", ops.next_redo(), translate("MainWindow", "&Redo %1"))):
            action = self.actions_by_id[action_id]
            live = command is not None and self.case_file is not None
            action.setEnabled(live)
            plain = (translate("MainWindow", "&Undo") if action_id == "undo"
                     else translate("MainWindow", "&Redo"))
            # (an "&" in a captive's name is shown, not taken for the menu's shortcut letter)
            what = command.text() if command is not None else ""
            action.setText(text.replace("%1", what.replace("&", "&&")) if command is not None
                           else plain)
            # The toolbar keeps its short word; the menu and the tooltip say what and whose.
            action.setIconText(plain.replace("&", ""))
            action.setToolTip(text.replace("&", "").replace("%1", what) if command is not None
                              else plain.replace("&", ""))

    def _first_step(self, action_id: str) -> None:
        """A button of the dashboard's first-run checklist: do the step, then read the
        checklist again (a setting saved by a dialog is not a record change). A step whose
        command is disabled (a file open read-only) says why in the status bar."""
        action = self.actions_by_id[action_id]
        if not action.isEnabled():
            self.statusBar().showMessage(action.toolTip(), 15000)
            return
        action.trigger()
        if self.current_view_id() == "dashboard":
            self.refresh()
