"""The first-run checklist on the dashboard of a new case file: each step is a button that
does it (the real dialogs, filled by keyboard) and is ticked once the case file shows it
done; the list goes once every step is done, or when the lawyer hides it."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings, Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QLineEdit, QSpinBox

from caseapp.ui.main_window import MainWindow
from tests.ui.test_main_window import opener


def ticked(view) -> dict[str, bool]:
    return view.first_steps.done


def fill_modal(qtbot, name: str, fill) -> None:
    """Once the modal dialog ``name`` is up, fill it and press its default button."""
    def run() -> None:
        dialog = QApplication.activeModalWidget()
        assert dialog is not None
        try:
            assert dialog.objectName() == name, dialog.objectName()
            fill(dialog)
            box = dialog.findChild(QDialogButtonBox)
            ok = (box.button(QDialogButtonBox.StandardButton.Save)
                  or box.button(QDialogButtonBox.StandardButton.Ok))
            qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
        finally:
            if dialog.isVisible():  # refused or not the one expected: never leave it waiting
                dialog.reject()
    QTimer.singleShot(0, run)


def test_the_checklist_does_each_step_and_ticks_it(qtbot, case_file, tmp_path: Path) -> None:
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    window = MainWindow(settings, opener, demo_builder=lambda p: None, demo_path=tmp_path / "x.db")
    qtbot.addWidget(window)
    window.show()
    window.set_case_file(case_file)
    view = window.views["dashboard"]
    qtbot.waitUntil(lambda: ticked(view) != {}, timeout=10000)
    assert view.first_steps.isVisible()
    assert ticked(view) == {"new_captive": False, "deadline_settings": False,
                            "lawyer_details": False}

    def lawyer(dialog) -> None:
        edit = dialog.findChild(QLineEdit, "lawyer_name")
        edit.setFocus()
        edit.insert("Անահիտ Պետրոսյան")  # as an input method types it (keyClicks is ASCII only)
    fill_modal(qtbot, "lawyer_dialog", lawyer)
    qtbot.mouseClick(view.first_steps.buttons["lawyer_details"], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: ticked(view)["lawyer_details"], timeout=10000)
    assert case_file.settings.current().lawyer.name == "Անահիտ Պետրոսյան"
    assert not ticked(view)["deadline_settings"]

    def procedure(dialog) -> None:
        spin = dialog.findChild(QSpinBox, "settings_maximum")
        spin.setFocus()
        spin.lineEdit().selectAll()
        qtbot.keyClicks(spin, "365")
    fill_modal(qtbot, "deadline_settings", procedure)
    qtbot.mouseClick(view.first_steps.buttons["deadline_settings"], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: ticked(view)["deadline_settings"], timeout=10000)
    assert case_file.settings.current().custody_max_days == 365
    assert view.first_steps.isVisible()  # a captive is still to be added

    def captive(dialog) -> None:
        edit = dialog.widgets["native_name"]
        edit.setFocus()
        edit.insert("Ներսիսյան Կարեն")
    fill_modal(qtbot, "dialog_new_captive", captive)
    qtbot.mouseClick(view.first_steps.buttons["new_captive"], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.current_view_id() == "captive", timeout=10000)
    assert [c.primary_name for c in case_file.captives.list()] == ["Ներսիսյան Կարեն"]
    window.show_view("dashboard")
    qtbot.waitUntil(lambda: ticked(view)["new_captive"], timeout=10000)
    assert not view.first_steps.isVisible()  # every step done
    window.runner.wait()
    window.close()


def test_a_hidden_checklist_stays_hidden_for_that_case_file(qtbot, case_file, tmp_path: Path) -> None:
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    window = MainWindow(settings, opener, demo_builder=lambda p: None, demo_path=tmp_path / "x.db")
    qtbot.addWidget(window)
    window.show()
    window.set_case_file(case_file)
    view = window.views["dashboard"]
    qtbot.waitUntil(lambda: view.first_steps.isVisible(), timeout=10000)
    qtbot.mouseClick(view.findChild(type(view.first_steps.buttons["new_captive"]), "first_steps_hide"),
                     Qt.MouseButton.LeftButton)
    assert not view.first_steps.isVisible()
    view.reload()
    window.runner.wait()
    qtbot.waitUntil(lambda: window.runner.active == 0)
    assert not view.first_steps.isVisible()
    window.close()


def _dashboard(qtbot, ui):
    from caseapp.ui.views.dashboard import DashboardView

    view = DashboardView(ui)
    qtbot.addWidget(view)
    view.show()
    qtbot.waitUntil(lambda: ticked(view) != {}, timeout=10000)
    return view


def test_the_demo_is_asked_only_for_what_it_lacks(qtbot, ui, monkeypatch) -> None:
    """The demo has its captives and its procedure (no custody maximum: a choice the deadline
    settings offer, "not set"): only the lawyer's name is asked for, which it lacks."""
    monkeypatch.delenv("CASEAPP_LAWYER_NAME", raising=False)
    assert ui.case_file.settings.current().custody_max_days is None
    view = _dashboard(qtbot, ui)
    assert ticked(view) == {"new_captive": True, "deadline_settings": True, "lawyer_details": False}
    assert view.first_steps.isVisible()


def test_no_checklist_when_nothing_it_names_is_missing(qtbot, ui, monkeypatch) -> None:
    """The lawyer's name from CASEAPP_LAWYER_NAME signs the letters as the file's would: the
    demo then lacks nothing the checklist names, and it is not shown."""
    monkeypatch.setenv("CASEAPP_LAWYER_NAME", "Anna Petrosyan")
    view = _dashboard(qtbot, ui)
    assert all(ticked(view).values())
    assert not view.first_steps.isVisible()


def test_the_procedure_chosen_without_a_maximum_is_done(case_file) -> None:
    case_file.settings.set_many({"procedure": "am", "custody_max_days": None})
    assert case_file.overview.first_steps(environ={}).procedure_set
