"""Undo and redo after sequences a lawyer meets (caseapp.ui.ops): each undo puts back exactly
the last action, on the record and the captive it was about, and nothing else."""

from __future__ import annotations

from pathlib import Path

from caseapp.services.sheet_import import decisions_for
from caseapp.services.sheet_preview import preview
from caseapp.ui.dialogs import captive_dialogs as dlg
from caseapp.ui.dialogs.sheet_import_command import run_import
from tests.sheets.makers import write_xlsx

WAIT = 10000


def edit_summary(qtbot, ui, captive_id: int, summary: str) -> None:
    dialog = dlg.make_edit_dialog(ui, dlg.CAPTIVE_CASE, ui.case_file.captives.get(captive_id))
    qtbot.addWidget(dialog)
    dialog.widgets["summary"].setPlainText(summary)
    dialog.try_save()
    assert dialog.result_value is not None, dialog.general_error.text()


def test_undoing_an_edit_of_an_imported_captive_changes_that_captive_only(
        qtbot, ui, tmp_path: Path, message_boxes) -> None:
    """Two captives came in from a spreadsheet; the lawyer wrote a summary in the file of the
    first, then in the file of the second. Undo took the second one's summary off the first
    captive (the step had been tied to the import, which names the first imported captive)
    and left it on the second; the next undo was then refused as "changed since"."""
    path = write_xlsx(tmp_path / "list.xlsx", {"Пленные": [
        ["Ազգանուն", "Անուն", "Статус"],
        ["Мкртчян", "Арташес", "в плену"],
        ["Оганесян", "Ани", "в плену"],
    ]})
    pv = ui.ops.run(lambda cf: preview(cf, path)).value
    first, second = run_import(ui.ops, pv, decisions_for(pv, {}, skip_errors=True)).created
    edit_summary(qtbot, ui, first, "Held in Baku since May 2024.")
    edit_summary(qtbot, ui, second, "Held in Baku since May 2024.")
    messages: list[str] = []
    ui.ops.message.connect(messages.append)
    cf = ui.case_file

    assert ui.ops.undo(), messages
    assert cf.captives.get(second).summary == ""  # the second captive's summary undone
    assert cf.captives.get(first).summary == "Held in Baku since May 2024."  # not the first's
    assert ui.ops.undo(), messages
    assert cf.captives.get(first).summary == ""
    assert ui.ops.next_undo().text() == "Import of list.xlsx"

