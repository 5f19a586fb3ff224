"""The deadline settings and the lawyer's details saved from a window while another window
or a command changed the case file's settings: only what was changed in this window is
saved (a setting changed elsewhere was put back to what this window showed when it opened),
and a setting changed on both sides is refused in one line in the dialog, which stays open."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog

from caseapp.config import Location
from caseapp.domain.lawyer import LawyerProfile
from caseapp.services.casefile import CaseFile, open_case_file
from caseapp.ui.dialogs.deadline_settings import DeadlineSettingsDialog
from caseapp.ui.dialogs.lawyer_dialog import LawyerDialog
from tests.conftest import TODAY


def other_hand(cf: CaseFile) -> CaseFile:
    """The same case file opened by another window or a command."""
    assert cf.db.path is not None
    return open_case_file(Location(path=cf.db.path), actor="colleague", today=lambda: TODAY)


def test_deadline_settings_keep_a_change_made_elsewhere(qtbot, case_file: CaseFile, fresh_ui) -> None:  # type: ignore[no-untyped-def]
    dialog = DeadlineSettingsDialog(fresh_ui)  # (the window's context over case_file)
    qtbot.addWidget(dialog)
    other = other_hand(case_file)
    try:
        other.settings.set("custody_max_days", 365)
    finally:
        other.close()
    dialog.welfare.setValue(45)
    dialog.accept()
    assert dialog.result() == QDialog.DialogCode.Accepted
    now = case_file.settings.current()
    assert (now.welfare_threshold_days, now.custody_max_days) == (45, 365)


def test_a_deadline_setting_changed_on_both_sides_is_refused(qtbot, case_file: CaseFile, fresh_ui) -> None:  # type: ignore[no-untyped-def]
    dialog = DeadlineSettingsDialog(fresh_ui)  # (the window's context over case_file)
    qtbot.addWidget(dialog)
    other = other_hand(case_file)
    try:
        other.settings.set("welfare_threshold_days", 20)
    finally:
        other.close()
    dialog.welfare.setValue(45)
    dialog.accept()
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert dialog.error.text() == (
        "A setting you changed here was changed by someone else (another window or a command) "
        "while this window was open; it is now 20. Nothing was saved: close this window and "
        "open it again to see the settings as they are now.")
    assert case_file.settings.current().welfare_threshold_days == 20


def test_the_lawyers_details_keep_a_change_made_elsewhere(qtbot, case_file: CaseFile) -> None:  # type: ignore[no-untyped-def]
    case_file.settings.set_lawyer(LawyerProfile(name="Anna Example", phone="+374 10 000000"))
    dialog = LawyerDialog(case_file, environ={})
    qtbot.addWidget(dialog)
    other = other_hand(case_file)
    try:
        other.settings.set("lawyer_phone", "+374 10 123456")
    finally:
        other.close()
    dialog.edits["email"].setText("anna@example.org")
    dialog.accept()
    assert dialog.result() == QDialog.DialogCode.Accepted
    lawyer = case_file.settings.current().lawyer
    assert (lawyer.name, lawyer.phone, lawyer.email) == (
        "Anna Example", "+374 10 123456", "anna@example.org")
