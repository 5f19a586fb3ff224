"""The dossier and status report dialogs say what the chosen level leaves out as soon as they
open and whenever the level is changed with the keyboard, before anything is generated."""

from __future__ import annotations

from PySide6.QtCore import Qt

from caseapp.ui.dialogs.report_dialogs import DossierDialog, StatusReportDialog

WAIT = 20000


def test_the_dossier_dialog_lists_what_each_level_leaves_out_before_generating(qtbot, ui) -> None:
    cf = ui.case_file
    cid = cf.captives.create(names=["Սոնա Ալավերդյան"], status="pre_trial",
                             sensitivity="public", consent_publicity=True).id
    cf.notes.create(captive_id=cid, title="MARKER-INTERNAL call with the sister", body="x",
                    sensitivity="internal")
    cf.notes.create(captive_id=cid, title="MARKER-SHAREABLE visit report", body="y",
                    sensitivity="shareable")
    dialog = DossierDialog(ui, captive_id=cid)
    qtbot.addWidget(dialog)
    dialog.show()
    # Opened at the shareable level: the internal note is named as left out, at once.
    qtbot.waitUntil(lambda: "MARKER-INTERNAL" in dialog.left_out.text(), timeout=WAIT)
    assert "shareable level leaves out" in dialog.left_out.text()
    assert "MARKER-SHAREABLE" not in dialog.left_out.text()
    assert dialog.result_file is None and not dialog.busy  # nothing generated

    # Up: the internal level, which leaves nothing out.
    dialog.level.setFocus()
    qtbot.keyClick(dialog.level, Qt.Key.Key_Up)
    qtbot.waitUntil(lambda: "internal level leaves nothing out" in dialog.left_out.text(),
                    timeout=WAIT)
    # Down twice: the public level leaves out both notes.
    qtbot.keyClick(dialog.level, Qt.Key.Key_Down)
    qtbot.keyClick(dialog.level, Qt.Key.Key_Down)
    qtbot.waitUntil(lambda: "public level" in dialog.left_out.text()
                    and "MARKER-SHAREABLE" in dialog.left_out.text(), timeout=WAIT)
    assert "MARKER-INTERNAL" in dialog.left_out.text()
    assert dialog.result_file is None


def test_the_report_dialog_lists_what_the_level_leaves_out_before_generating(qtbot, ui) -> None:
    cf = ui.case_file
    cf.captives.create(names=["MARKER-INTERNAL-PERSON"], status="held", sensitivity="internal")
    dialog = StatusReportDialog(ui)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: "internal level leaves nothing out" in dialog.left_out.text(),
                    timeout=WAIT)
    dialog.level.setFocus()
    qtbot.keyClick(dialog.level, Qt.Key.Key_Down)  # shareable
    qtbot.waitUntil(lambda: "shareable level leaves out" in dialog.left_out.text(),
                    timeout=WAIT)
    assert "MARKER-INTERNAL-PERSON" in dialog.left_out.text()
    assert dialog.result_file is None
