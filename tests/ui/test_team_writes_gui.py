"""An assistant (clearance shareable) in the desktop app on a team server: the status bar
says what the login may do, the commands that need internal clearance are disabled with the
reason, and an edit of a captive's case details in the dialog (which shows the internal
health field blank) saves the assistant's change and leaves the hidden field as it was."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QDialogButtonBox

from caseapp.config import Location
from caseapp.domain.enums import Sensitivity
from caseapp.services.casefile import open_case_file
from caseapp.ui.dialogs import captive_dialogs as dlg
from caseapp.ui.dialogs.captive_kinds import CAPTIVE_CASE
from caseapp.ui.dialogs.record_kinds import HEARING, NOTE
from caseapp.ui.main_window import MainWindow
from tests.conftest import TODAY
from tests.postgres import assistant_with_a_captive, login_url

PASSWORD = "Assistant-Pass 14"


def test_an_assistant_edits_a_captive_and_the_hidden_field_survives(  # type: ignore[no-untyped-def]
        qtbot, tmp_path: Path, pg_url: str) -> None:
    captive_id, tigran = assistant_with_a_captive(pg_url, "tigran", PASSWORD, lambda: TODAY)

    settings = QSettings(str(tmp_path / "tigran.ini"), QSettings.Format.IniFormat)
    window = MainWindow(settings, lambda location, **kw: open_case_file(
        location, today=lambda: TODAY, **kw), demo_builder=lambda p: None,
        demo_path=tmp_path / "none.db")
    qtbot.addWidget(window)
    window.show()
    window.set_case_file(open_case_file(Location(url=login_url(pg_url, tigran, PASSWORD)),
                                        actor="tigran", today=lambda: TODAY))
    try:
        assert window.login_label.text() == (
            f"{tigran} (clearance: shareable; adds and edits at shareable or public)")
        delete = window.actions_by_id["delete_captive"]
        assert not delete.isEnabled()
        assert delete.toolTip() == (f"Needs internal clearance: {tigran} has clearance "
                                    "shareable, which adds and edits records at or below it, "
                                    "but not this.")
        assert window.actions_by_id["new_captive"].isEnabled()
        # The daily log of deadline control is read from the audit log, closed to the login:
        # it would say that nothing happened.
        assert not window.actions_by_id["daily_log"].isEnabled()
        # The seizure exposure report as of a day too (from a backup, a server has none of
        # the kind it reads): it left out what was deleted since, and who wrote.
        exposure = window.actions_by_id["exposure_report"]
        assert not exposure.isEnabled()
        assert exposure.toolTip() == delete.toolTip()
        # A travel copy is recorded in the file's events, closed to the login too.
        assert not window.actions_by_id["travel_copy"].isEnabled()

        # The dashboard's recent changes are read from the audit log, closed to the login:
        # its empty list says so, not "Nothing recorded yet".
        recent = window.views["dashboard"].recent
        closed = "Recent changes are read from the audit log, which needs internal clearance."
        qtbot.waitUntil(lambda: recent.count() == 1 and recent.item(0).text() == closed,
                        timeout=10000)

        # The dashboard's first step the login cannot do (the lawyer's details are case
        # settings, which need internal clearance) is disabled with the command's reason.
        lawyer = window.views["dashboard"].first_steps.buttons["lawyer_details"]
        assert not lawyer.isEnabled()
        assert lawyer.toolTip() == window.actions_by_id["lawyer_details"].toolTip()
        assert lawyer.toolTip().startswith("Needs internal clearance")
        assert window.views["dashboard"].first_steps.buttons["new_captive"].isEnabled()

        # A new note (internal by default) starts at the assistant's clearance; internal
        # cannot be chosen, and says why.
        note = dlg.make_add_dialog(window.session.ui, NOTE, captive_id=captive_id,
                                   parent=window)
        qtbot.addWidget(note)
        levels = note.widgets["sensitivity"]
        assert levels.currentData() == Sensitivity.SHAREABLE
        internal = levels.model().item(levels.findData(Sensitivity.INTERNAL))
        assert not internal.isEnabled()
        assert internal.toolTip() == ("Above your clearance (Shareable): you can save this "
                                      "record at Shareable or below.")  # the level's name
        note.close()

        # A note typed into a new hearing would make it internal: for the assistant it stays
        # at the clearance, the level the server accepts, never on the disabled internal.
        hearing = dlg.make_add_dialog(window.session.ui, HEARING, captive_id=captive_id,
                                      parent=window)
        qtbot.addWidget(hearing)
        hearing.widgets["notes"].setPlainText("The judge's cousin is the prosecutor")
        assert hearing.widgets["sensitivity"].currentData() == Sensitivity.SHAREABLE
        hearing.close()

        # An output's level chooser alike: what the login prints holds only what its
        # clearance reads (made above it, it was only lowered), so internal is not offered.
        from caseapp.ui.dialogs.report_dialogs import DossierDialog, StatusReportDialog
        reason = ("Above your clearance (Shareable): what you print or export holds only "
                  "what Shareable reads.")
        for output in (DossierDialog(window.session.ui, window, captive_id=captive_id),
                       StatusReportDialog(window.session.ui, window)):
            qtbot.addWidget(output)
            combo = output.level
            assert combo.currentData() in (Sensitivity.SHAREABLE, Sensitivity.SHAREABLE.value)
            internal = combo.model().item(combo.findData(Sensitivity.INTERNAL))
            assert not internal.isEnabled()
            assert internal.toolTip() == reason
            output.close()

        # The captive's history is read from the audit log, closed to the login: its empty
        # table says so, not "No changes recorded."
        window.open_captive(captive_id)
        page = window.views["captive"]
        qtbot.waitUntil(lambda: page.file is not None, timeout=10000)
        assert page.sections["history"].table.placeholder == (
            "The history of changes is read from the audit log, which needs internal "
            "clearance.")
        window.show_view("captives")

        shown = window.session.case_file.captives.get(captive_id)
        assert shown.health == ""  # the dialog gets the blank, never the hidden value
        dialog = dlg.make_edit_dialog(window.session.ui, CAPTIVE_CASE, shown, parent=window)
        qtbot.addWidget(dialog)
        dialog.show()
        summary = dialog.widgets["summary"]
        summary.setFocus()
        summary.selectAll()
        qtbot.keyClick(summary, Qt.Key.Key_Delete)
        qtbot.keyClicks(summary, "Visited by the ICRC on 3 December")
        # The fields' levels: health's, above her clearance, is not hers to change; for the
        # summary neither internal (above it) nor public (below the shareable record) is
        # offered; the level she may choose is saved by the server.
        from PySide6.QtWidgets import QComboBox
        assert not dialog.findChild(QComboBox, "level_health").isEnabled()
        summary_level = dialog.findChild(QComboBox, "level_summary")
        offered = [summary_level.itemData(r) for r in range(summary_level.count())
                   if summary_level.model().item(r).isEnabled()]
        assert offered == [None, Sensitivity.SHAREABLE]
        summary_level.setCurrentIndex(summary_level.findData(Sensitivity.SHAREABLE))
        qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Save),
                         Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: not dialog.isVisible())
    finally:
        window.set_case_file(None)
        window.close()
    owner = open_case_file(Location(url=pg_url), actor="owner", today=lambda: TODAY)
    try:
        whole = owner.captives.get(captive_id)
        assert (whole.summary, whole.health) == ("Visited by the ICRC on 3 December",
                                                 "secrethealthmark")
        assert whole.field_levels["summary"] == "shareable"
        assert whole.field_levels["health"] == "internal"  # kept as it was
        assert owner.check().problems == ()
    finally:
        owner.close()
