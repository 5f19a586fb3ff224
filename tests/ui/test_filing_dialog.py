"""The filing dialog from a captive's file: the pack made off the UI thread by the same use
case as ``caseapp filing``, written into the folder typed, its refusal shown in the dialog."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt

from caseapp.ui.dialogs.filing import FilingDialog


def test_a_wgad_draft_is_made_and_a_wgeid_refused(qtbot, ui, tmp_path: Path) -> None:
    cid = next(c.id for c in ui.case_file.captives.list() if c.latin_name == "Tigran Vardanyan")
    dialog = FilingDialog(ui, None, captive_id=cid)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.kind.setFocus()
    qtbot.keyClick(dialog.kind, Qt.Key.Key_Down)  # ECHR → Rule 39
    qtbot.keyClick(dialog.kind, Qt.Key.Key_Down)  # → WGAD
    assert dialog.kind.currentData() == "wgad"
    assert not dialog.risk.isVisibleTo(dialog)  # Rule 39's fields only for Rule 39
    dialog.folder.setFocus()
    qtbot.keyClicks(dialog.folder, str(tmp_path / "pack"))  # QTest types ASCII only
    dialog.make_button.setFocus()
    qtbot.keyClick(dialog.make_button, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: "Written to" in dialog.result.toPlainText())
    written = sorted(p.name for p in (tmp_path / "pack").iterdir())
    assert written == ["WGAD_communication_Tigran_Vardanyan_2026-11-27.docx",
                       "WGAD_communication_Tigran_Vardanyan_2026-11-27.pdf"]
    dialog.kind.setFocus()
    qtbot.keyClick(dialog.kind, Qt.Key.Key_Down)  # → WGEID: the demo family has not consented
    dialog.make_button.setFocus()
    qtbot.keyClick(dialog.make_button, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: "has not consented" in dialog.result.toPlainText())
    assert dialog.make_button.isEnabled()
