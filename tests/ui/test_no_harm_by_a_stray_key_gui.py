"""An irreversible or destructive action needs a deliberate click or its mnemonic: a dialog
that does one opens with the keyboard focus elsewhere, and neither Space nor Enter pressed
on opening does it (the merge dialog opened on «Merge», and Space merged two captives)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QPushButton, QRadioButton

from caseapp.domain.errors import NotFound
from tests.ui.driving import WAIT


def _open(qtbot, dialog) -> None:
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow, timeout=WAIT)


def _key(qtbot, dialog, key: Qt.Key) -> None:
    """``key`` pressed as the lawyer presses it, on whatever has the focus."""
    qtbot.keyClick(QApplication.focusWidget() or dialog, key)


@pytest.mark.parametrize("key", [Qt.Key.Key_Space, Qt.Key.Key_Return, Qt.Key.Key_Enter])
def test_a_key_pressed_on_opening_the_merge_dialog_merges_nothing(qtbot, ui, key: Qt.Key) -> None:
    from caseapp.ui.dialogs.merge_captives import MergeCaptivesDialog

    cf = ui.case_file
    keep = cf.captives.create(names=["Армен Оринакян"], capture="2024-05").id
    other = cf.captives.create(names=["Армен Оринакян"], capture="2024-05-03").id
    dialog = MergeCaptivesDialog(ui, keep, other)
    qtbot.addWidget(dialog)
    _open(qtbot, dialog)
    # the focus starts on the first value to choose; Enter is Cancel's
    assert dialog.findChild(QRadioButton, "merge_keep_capture").hasFocus()
    assert not dialog.findChild(QPushButton, "merge_do").isDefault()
    _key(qtbot, dialog, key)
    assert dialog.merge_result is None
    assert cf.captives.get(other).id == other  # not merged away
    dialog.close()


def test_the_merge_button_still_merges_by_its_click(qtbot, ui) -> None:
    from caseapp.ui.dialogs.merge_captives import MergeCaptivesDialog

    cf = ui.case_file
    keep = cf.captives.create(names=["Армен Оринакян"], capture="2024-05").id
    other = cf.captives.create(names=["Армен Оринакян"], capture="2024-05-03").id
    dialog = MergeCaptivesDialog(ui, keep, other)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.mouseClick(dialog.findChild(QPushButton, "merge_do"), Qt.MouseButton.LeftButton)
    with pytest.raises(NotFound):
        cf.captives.get(other)
