"""New Captive…: a year of birth mistyped before 1900 ("1895" for 1985) is not saved; the
message stands under the field, and the captive is saved once the year is right."""

from __future__ import annotations

import caseapp.ui.dialogs.captive_dialogs as dlg


def test_a_year_of_birth_before_1900_is_answered_under_it(qtbot, ui) -> None:
    before = len(ui.case_file.captives.list())
    dialog = dlg.make_new_captive_dialog(ui)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.widgets["native_name"].setText("Գագիկ Հովհաննիսյան")
    dialog.widgets["birth"].edit.setText("1895")
    dialog.try_save()
    assert dialog.result_value is None and len(ui.case_file.captives.list()) == before
    error = dialog.errors["birth"]
    assert error.isVisible() and "1895" in error.text() and "1900" in error.text()
    dialog.widgets["birth"].edit.setText("1985")
    dialog.try_save()
    assert dialog.result_value is not None and dialog.result_value.birth.value.year == 1985
