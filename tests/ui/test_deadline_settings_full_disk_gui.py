"""Deadline Settings… → Save on a case file whose disk is full: the dialog stays open with what
was chosen and says why in one line. Before, the refusal escaped the dialog and the window said
only “CaseApp could not finish what you asked: an error it did not expect”, though the fix was
hers to make (free some space)."""

from __future__ import annotations

from caseapp.ui.dialogs.deadline_settings import DeadlineSettingsDialog
from tests.ui.test_undo_after_a_failed_write_gui import disk_full


def test_saving_the_deadline_settings_on_a_full_disk_says_so_and_keeps_the_dialog(
        qtbot, ui) -> None:
    cf = ui.case_file
    before = cf.settings.current().expiry_warning_days
    dialog = DeadlineSettingsDialog(ui)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.expiry.setValue(before + 7)
    with disk_full(cf):
        dialog.accept()
    assert dialog.isVisible() and dialog.expiry.value() == before + 7
    assert "No space left" in dialog.error.text() and "\n" not in dialog.error.text()
    assert cf.settings.current().expiry_warning_days == before
    dialog.accept()  # room again
    assert not dialog.isVisible() and cf.settings.current().expiry_warning_days == before + 7
