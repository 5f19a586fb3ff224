"""The letter's dialog opened with the keyboard on Close (Generate is off until the case file
is checked, and Qt moved on to the next button): Enter, the lawyer's first key, shut the
dialog, and Tab began from the bottom of it. It opens on its first choice, the template."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from caseapp.ui.reports_ui import open_letter
from tests.ui.driving import WAIT


def test_the_letter_opens_on_the_template_and_enter_does_not_close_it(qtbot, fresh_ui) -> None:
    cid = fresh_ui.case_file.captives.create(names=["Aram Sargsyan"], status="pre_trial",
                                             capture="2024-05-01").id
    dialog = open_letter(fresh_ui, None, cid)
    qtbot.addWidget(dialog)
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(lambda: dialog.checked and fresh_ui.runner.active == 0, timeout=WAIT)
    assert QApplication.focusWidget() is dialog.template
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    assert dialog.isVisible()
