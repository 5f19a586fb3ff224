"""The seizure exposure report's two sources are a radio pair: Tab reaches the one checked
(«From this case file's audit trail», checked on opening, was never reached by Tab: the
focus opened on the unchecked «From the last backup», which took the pair's Tab stop), and
the arrow keys switch between them."""

from __future__ import annotations

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QApplication, QWidget

from tests.ui.driving import WAIT


def _tab_round(qtbot, dialog) -> list[QWidget]:
    """Every widget Tab visits from the focus, once round the dialog."""
    seen: list[QWidget] = []
    for _ in range(60):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        focus = QApplication.focusWidget()
        if seen and focus is seen[-1]:
            continue  # a day's sections take a Tab each
        if focus in seen:
            break
        seen.append(focus)
    return seen


def test_tab_reaches_the_checked_source_and_arrows_switch(qtbot) -> None:
    from caseapp.ui.dialogs.travel import ExposureDialog

    dialog = ExposureDialog(QDate(2026, 12, 1), None)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow, timeout=WAIT)
    assert dialog.from_audit.isChecked()
    assert not dialog.from_backup.hasFocus()  # Space there would change the source
    visited = _tab_round(qtbot, dialog)
    assert dialog.from_audit in visited and dialog.from_backup not in visited

    dialog.from_audit.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.keyClick(dialog.from_audit, Qt.Key.Key_Up)
    assert dialog.from_backup.isChecked() and dialog.from_backup.hasFocus()
    visited = _tab_round(qtbot, dialog)
    assert dialog.from_backup in visited and dialog.from_audit not in visited
    dialog.from_backup.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.keyClick(dialog.from_backup, Qt.Key.Key_Down)
    assert dialog.from_audit.isChecked() and dialog.from_audit.hasFocus()


def test_a_backup_chosen_by_its_button_moves_the_tab_stop_to_its_source(qtbot, monkeypatch) -> None:
    """Choosing a backup file checks «From the last backup»: Tab then reaches that one."""
    from PySide6.QtWidgets import QFileDialog

    from caseapp.ui.dialogs.travel import ExposureDialog

    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: ("/tmp/x.db", ""))
    dialog = ExposureDialog(QDate(2026, 12, 1), None)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow, timeout=WAIT)
    dialog._choose_backup()
    assert dialog.from_backup.isChecked()
    dialog.backup.setFocus(Qt.FocusReason.TabFocusReason)
    visited = _tab_round(qtbot, dialog)
    assert dialog.from_backup in visited and dialog.from_audit not in visited
