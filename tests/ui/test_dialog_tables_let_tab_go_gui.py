"""In the backups and the likely duplicates dialogs, Tab leaves the table for the buttons, as
in every list of the window (tests/ui/test_keyboard_gui.py): the tables kept Tab for their own
cells, round and round, so that "Back up now", "Verify", "Restore…", a pair's "Merge…" and
"Close" could not be reached with the keyboard once the table had the focus."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QApplication, QTableWidget, QWidget

from caseapp.ui.dialogs.backups import BackupsDialog
from caseapp.ui.dialogs.likely_duplicates import LikelyDuplicatesDialog


def first_button_after_tabs(qtbot, dialog: QWidget, table: QTableWidget, presses: int = 4
                            ) -> list[str]:
    dialog.activateWindow()
    table.setFocus(Qt.FocusReason.TabFocusReason)
    table.setCurrentCell(0, 0)
    qtbot.waitUntil(table.hasFocus)
    seen = []
    for _ in range(presses):
        qtbot.keyClick(QApplication.focusWidget() or dialog, Qt.Key.Key_Tab)
        focus = QApplication.focusWidget()
        seen.append(type(focus).__name__ if not isinstance(focus, QAbstractButton)
                    else f"button {focus.text()}")
    return seen


def test_tab_leaves_the_backups_table_for_its_buttons(qtbot, session) -> None:
    cf = session.ui.case_file
    cf.backups.backup_now("manual")
    cf.backups.backup_now("manual")
    dialog = BackupsDialog(cf, session.runner)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.table.rowCount() >= 2)
    seen = first_button_after_tabs(qtbot, dialog, dialog.table)
    assert seen[0].startswith("button"), seen


def test_tab_leaves_the_duplicates_table_for_a_pairs_merge(qtbot, ui) -> None:
    ui.case_file.captives.create(names=["Оганесян Арам"])
    dialog = LikelyDuplicatesDialog(ui)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.table.rowCount() >= 1
    seen = first_button_after_tabs(qtbot, dialog, dialog.table)
    assert seen[0].startswith("button"), seen
