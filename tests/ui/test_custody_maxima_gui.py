"""A custody maximum for one captive, the charges under an article or a stage is set in the
window, through the settings service the command line uses: the deadline settings never send
the lawyer to a command (they did: “caseapp settings set custody_max_days DAYS --captive ID”)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QDialog, QLabel, QLineEdit, QPushButton, QSpinBox

from caseapp.services.casefile import CaseFile
from caseapp.ui.dialogs.custody_maxima import CustodyMaximumDialog
from caseapp.ui.dialogs.deadline_settings import DeadlineSettingsDialog


def _settings(qtbot, cf: CaseFile) -> DeadlineSettingsDialog:  # type: ignore[no-untyped-def]
    dialog = DeadlineSettingsDialog(cf, rule_set=cf.rule_set)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def _part(qtbot, settings: DeadlineSettingsDialog) -> CustodyMaximumDialog:  # type: ignore[no-untyped-def]
    button = settings.findChild(QPushButton, "settings_custody_part")
    assert button is not None, "no way in the window to set a maximum for part of the file"
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    shown = [d for d in settings.findChildren(CustodyMaximumDialog) if d.isVisible()]
    assert len(shown) == 1
    return shown[0]


def _overrides(cf: CaseFile) -> dict[str, int]:
    return {o.scope: o.days for o in cf.settings.current().custody_overrides}


@pytest.mark.parametrize("language", ["english", "russian", "armenian"])
def test_the_deadline_settings_name_no_command(qtbot, ui, request, language: str) -> None:
    cf = ui.case_file
    cf.settings.set("custody_max_days", 120, captive_id=cf.captives.list()[0].id)
    if language != "english":
        request.getfixturevalue(language)
    dialog = _settings(qtbot, cf)
    said = "\n".join(label.text() for label in dialog.findChildren(QLabel))
    assert "caseapp" not in said and "--" not in said and "custody_max_days" not in said, said
    button = dialog.findChild(QPushButton, "settings_custody_part")
    assert button is not None and button.isVisible()


def test_a_maximum_for_one_captive_is_set_and_removed_in_the_window(qtbot, ui) -> None:
    cf = ui.case_file
    captive = cf.captives.list()[0]
    settings = _settings(qtbot, cf)
    part = _part(qtbot, settings)
    assert part.findChild(QComboBox, "custody_kind").currentData() == "captive"
    # (typed: the demo's names are in Armenian, which QTest cannot type key by key)
    part.findChild(QLineEdit, "custody_captive_search").setText(captive.primary_name.split()[0])
    matches = part.findChild(QComboBox, "custody_captive")
    qtbot.waitUntil(lambda: matches.findData(captive.id) >= 0)
    matches.setCurrentIndex(matches.findData(captive.id))
    part.findChild(QSpinBox, "custody_days").setValue(120)
    qtbot.mouseClick(part.findChild(QPushButton, "custody_save"), Qt.MouseButton.LeftButton)
    assert part.result() == QDialog.DialogCode.Accepted
    assert _overrides(cf) == {f"captive:{captive.uid}": 120}
    assert (f"{captive.primary_name} (captive {captive.id}): 120"
            in settings.overrides.text().splitlines() and settings.overrides.isVisible())

    part = _part(qtbot, settings)  # again: it shows the captive's maximum, and 0 removes it
    part.findChild(QLineEdit, "custody_captive_search").setText(captive.primary_name.split()[0])
    matches = part.findChild(QComboBox, "custody_captive")
    qtbot.waitUntil(lambda: matches.findData(captive.id) >= 0)
    matches.setCurrentIndex(matches.findData(captive.id))
    days = part.findChild(QSpinBox, "custody_days")
    assert days.value() == 120
    days.setValue(0)
    qtbot.mouseClick(part.findChild(QPushButton, "custody_save"), Qt.MouseButton.LeftButton)
    assert _overrides(cf) == {}
    assert not settings.overrides.isVisible()


def test_a_maximum_for_a_charge_or_a_stage_and_a_charge_that_can_match_none(qtbot, ui) -> None:
    cf = ui.case_file
    settings = _settings(qtbot, cf)
    part = _part(qtbot, settings)
    kind = part.findChild(QComboBox, "custody_kind")
    kind.setCurrentIndex(kind.findData("charge"))
    charge = part.findChild(QLineEdit, "custody_charge")
    assert charge.isVisible()
    charge.setText("(")
    part.findChild(QSpinBox, "custody_days").setValue(200)
    qtbot.mouseClick(part.findChild(QPushButton, "custody_save"), Qt.MouseButton.LeftButton)
    error = part.findChild(QLabel, "custody_error")
    assert part.isVisible() and error.isVisible()
    assert error.text().startswith("“(” can never match a charge"), error.text()
    assert _overrides(cf) == {}  # nothing saved; what she typed is still there
    assert charge.text() == "(" and part.findChild(QSpinBox, "custody_days").value() == 200
    charge.setText("214.2")
    qtbot.mouseClick(part.findChild(QPushButton, "custody_save"), Qt.MouseButton.LeftButton)
    assert _overrides(cf) == {"charge:214.2": 200}

    part = _part(qtbot, settings)
    kind = part.findChild(QComboBox, "custody_kind")
    kind.setCurrentIndex(kind.findData("stage"))
    stage = part.findChild(QComboBox, "custody_stage")
    stage.setCurrentIndex(stage.findData("on_trial"))
    part.findChild(QSpinBox, "custody_days").setValue(400)
    qtbot.mouseClick(part.findChild(QPushButton, "custody_save"), Qt.MouseButton.LeftButton)
    assert _overrides(cf) == {"charge:214.2": 200, "stage:on_trial": 400}
    assert "On trial: 400" in settings.overrides.text().splitlines()


def test_no_captive_chosen_is_said_in_one_line_and_nothing_is_saved(qtbot, ui) -> None:
    cf = ui.case_file
    part = _part(qtbot, _settings(qtbot, cf))
    part.findChild(QSpinBox, "custody_days").setValue(90)
    qtbot.mouseClick(part.findChild(QPushButton, "custody_save"), Qt.MouseButton.LeftButton)
    assert part.isVisible()
    assert part.findChild(QLabel, "custody_error").text() == "Choose a captive first."
    assert _overrides(cf) == {}
