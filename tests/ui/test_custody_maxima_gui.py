"""A custody maximum for one captive, the charges under an article or a stage is set in the
window, through the settings service the command line uses: the deadline settings never send
the lawyer to a command (they did: “caseapp settings set custody_max_days DAYS --captive ID”)."""

from __future__ import annotations

import threading

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QComboBox, QDialog, QLabel, QLineEdit, QPushButton, QSpinBox

from caseapp.domain.dto import CaptiveDTO
from caseapp.services.casefile import CaseFile
from caseapp.ui.dialogs.custody_maxima import CustodyMaximumDialog
from caseapp.ui.dialogs.deadline_settings import DeadlineSettingsDialog
from caseapp.ui.session import UiContext
from caseapp.ui.widgets.captive_picker import CaptivePicker
from tests.ui.driving import WAIT, shown_ids, type_text


def _settings(qtbot, ui: UiContext) -> DeadlineSettingsDialog:  # type: ignore[no-untyped-def]
    dialog = DeadlineSettingsDialog(ui, rule_set=ui.case_file.rule_set)
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


def _name_field(part: CustodyMaximumDialog) -> QLineEdit:
    """Where the lawyer types a captive's name (found by what it says it takes)."""
    fields = [e for e in part.findChildren(QLineEdit)
              if e.placeholderText() == "Type part of a name, in any script"]
    assert len(fields) == 1
    return fields[0]


def _pick(qtbot, part: CustodyMaximumDialog, captive: CaptiveDTO) -> CaptivePicker:  # type: ignore[no-untyped-def]
    """The captive typed (their surname, as an Armenian keyboard sends it), found among
    the matches and taken with Enter."""
    picker = part.findChild(CaptivePicker, "custody_captive")
    assert picker is not None, "the captive is not chosen with the window's captive picker"
    picker.search.setFocus()
    with qtbot.waitSignal(picker.searched, timeout=WAIT):
        type_text(picker.search, captive.primary_name.split()[0])
    qtbot.waitUntil(lambda: captive.id in shown_ids(picker), timeout=WAIT)
    picker.results.setCurrentRow(shown_ids(picker).index(captive.id))
    qtbot.keyClick(picker.search, Qt.Key.Key_Return)
    assert picker.value() == captive.id
    assert part.isVisible()  # Enter took the captive; it did not save the dialog
    return picker


@pytest.mark.parametrize("language", ["english", "russian", "armenian"])
def test_the_deadline_settings_name_no_command(qtbot, ui, request, language: str) -> None:
    cf = ui.case_file
    cf.settings.set("custody_max_days", 120, captive_id=cf.captives.list()[0].id)
    if language != "english":
        request.getfixturevalue(language)
    dialog = _settings(qtbot, ui)
    said = "\n".join(label.text() for label in dialog.findChildren(QLabel))
    assert "caseapp" not in said and "--" not in said and "custody_max_days" not in said, said
    button = dialog.findChild(QPushButton, "settings_custody_part")
    assert button is not None and button.isVisible()


def test_a_maximum_for_one_captive_is_set_and_removed_in_the_window(qtbot, ui) -> None:
    cf = ui.case_file
    captive = cf.captives.list()[0]
    settings = _settings(qtbot, ui)
    part = _part(qtbot, settings)
    assert part.findChild(QComboBox, "custody_kind").currentData() == "captive"
    _pick(qtbot, part, captive)
    part.findChild(QSpinBox, "custody_days").setValue(120)
    qtbot.mouseClick(part.findChild(QPushButton, "custody_save"), Qt.MouseButton.LeftButton)
    assert part.result() == QDialog.DialogCode.Accepted
    assert _overrides(cf) == {f"captive:{captive.uid}": 120}
    assert (f"{captive.latin_name} (captive {captive.id}): 120"
            in settings.overrides.text().splitlines() and settings.overrides.isVisible())
    # the settings' fields keep their room beside the lines added (they were squeezed to
    # slivers: "не задан" cut in half)
    for field in settings.findChildren(QSpinBox):
        assert field.height() >= field.sizeHint().height(), field.objectName()

    part = _part(qtbot, settings)  # again: it shows the captive's maximum, and 0 removes it
    _pick(qtbot, part, captive)
    days = part.findChild(QSpinBox, "custody_days")
    assert days.value() == 120
    days.setValue(0)
    qtbot.mouseClick(part.findChild(QPushButton, "custody_save"), Qt.MouseButton.LeftButton)
    assert _overrides(cf) == {}
    assert not settings.overrides.isVisible()


def test_a_maximum_for_a_charge_or_a_stage_and_a_charge_that_can_match_none(qtbot, ui) -> None:
    cf = ui.case_file
    settings = _settings(qtbot, ui)
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
    part = _part(qtbot, _settings(qtbot, ui))
    part.findChild(QSpinBox, "custody_days").setValue(90)
    qtbot.mouseClick(part.findChild(QPushButton, "custody_save"), Qt.MouseButton.LeftButton)
    assert part.isVisible()
    error = part.findChild(QLabel, "custody_error")
    assert error.text() == "Choose a captive first." and error.isVisible()
    assert _overrides(cf) == {}
    captive = cf.captives.list()[0]
    _pick(qtbot, part, captive)  # the line no longer stands beside the captive now chosen
    assert not error.isVisible()
    qtbot.mouseClick(part.findChild(QPushButton, "custody_save"), Qt.MouseButton.LeftButton)
    assert _overrides(cf) == {f"captive:{captive.uid}": 90}


def test_the_captive_is_searched_for_off_the_window_thread(qtbot, ui, monkeypatch) -> None:
    """With 100,000 captives a one-letter search takes 150 ms or more: run on the window's
    thread after each pause in typing, it froze the dialog. The name typed is searched for
    on the session's runner, as every other captive picker of the window searches."""
    cf = ui.case_file
    captive = cf.captives.list()[0]
    searched_on: dict[str, str] = {}
    find = cf.search.find_captives

    def recorded(query: str, **kwargs: object):  # type: ignore[no-untyped-def]
        searched_on[query] = threading.current_thread().name
        return find(query, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(cf.search, "find_captives", recorded)
    part = _part(qtbot, _settings(qtbot, ui))
    typed = captive.primary_name.split()[0]
    field = _name_field(part)
    field.setFocus()
    type_text(field, typed)
    qtbot.waitUntil(lambda: typed in searched_on, timeout=WAIT)
    assert searched_on[typed] != threading.main_thread().name
    assert QApplication.instance().thread().isCurrentThread()  # (the test is on the window's)


def test_the_maximum_already_set_for_the_captive_picked_is_shown_and_kept_by_keyboard(
        qtbot, ui) -> None:
    """Picked with the keyboard alone: the name typed, Enter takes the match (the dialog
    stays open and shows the days set for that captive), Tab goes on to the days, Enter
    there saves."""
    cf = ui.case_file
    captive, other = cf.captives.list()[:2]
    cf.settings.set("custody_max_days", 150, captive_id=captive.id)
    cf.settings.set("custody_max_days", 90, captive_id=other.id)
    part = _part(qtbot, _settings(qtbot, ui))
    days = part.findChild(QSpinBox, "custody_days")
    assert days.value() == 0
    picker = _pick(qtbot, part, captive)
    assert days.value() == 150
    assert any(captive.primary_name.split()[0] in n for n in picker.chosen_names())
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is days.lineEdit() or QApplication.focusWidget() is days
    days.lineEdit().selectAll()
    qtbot.keyClicks(days.lineEdit(), "200")
    qtbot.keyClick(days.lineEdit(), Qt.Key.Key_Return)
    assert part.result() == QDialog.DialogCode.Accepted
    assert _overrides(cf) == {f"captive:{captive.uid}": 200, f"captive:{other.uid}": 90}


def test_a_captive_deleted_meanwhile_is_said_in_one_line_when_saving(qtbot, ui) -> None:
    """The captive picked is deleted elsewhere (another window, a colleague) while the dialog
    is open: the days shown were read with an exception raised in Qt's signal handler, and
    saving must say in one line that the captive is gone, the dialog staying open."""
    cf = ui.case_file
    part = _part(qtbot, _settings(qtbot, ui))
    captive = cf.captives.create(names=["Deleted Meanwhile"], status="pre_trial")
    _pick(qtbot, part, captive)
    cf.captives.delete(captive.id)
    part.findChild(QSpinBox, "custody_days").setValue(90)
    part._show_set()  # what a change of target reads again
    qtbot.mouseClick(part.findChild(QPushButton, "custody_save"), Qt.MouseButton.LeftButton)
    error = part.findChild(QLabel, "custody_error")
    assert part.isVisible() and error.isVisible()
    assert str(captive.id) in error.text() and "\n" not in error.text(), error.text()
    assert _overrides(cf) == {}
