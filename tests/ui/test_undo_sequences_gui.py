"""Undo and redo after sequences a lawyer meets (caseapp.ui.ops): each undo puts back exactly
the last action, on the record and the captive it was about, and nothing else."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from caseapp.services.sheet_import import decisions_for
from caseapp.services.sheet_preview import preview
from caseapp.ui.dialogs import captive_dialogs as dlg
from caseapp.ui.dialogs.captive_kinds import CAPTIVE_CASE
from caseapp.ui.dialogs.sheet_import_command import run_import
from tests.sheets.makers import write_xlsx
from tests.ui.test_deadline_texts_gui import edit_in_the_view, order_deadlines

WAIT = 10000


def edit_summary(qtbot, ui, captive_id: int, summary: str) -> None:
    dialog = dlg.make_edit_dialog(ui, CAPTIVE_CASE, ui.case_file.captives.get(captive_id))
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


def test_undoing_a_changed_deadline_date_gives_the_date_back_to_the_rules(
        qtbot, ui, monkeypatch) -> None:
    """A deadline's date changed by hand is the lawyer's from then on: the rules no longer
    move it. Undone, the computed date came back but the deadline stayed marked as set by
    hand, so a later change of its detention order no longer moved it."""
    captive_id, expiry = order_deadlines(ui)
    cf = ui.case_file
    computed = cf.deadlines.get(expiry)
    assert not computed.overridden

    edit_in_the_view(qtbot, ui, monkeypatch, expiry, {"due_on": computed.due_on.replace(day=20)})
    qtbot.waitUntil(lambda: cf.deadlines.get(expiry).overridden, timeout=WAIT)

    assert ui.ops.undo()
    back = cf.deadlines.get(expiry)
    assert (back.due_on, back.overridden) == (computed.due_on, False)
    order = cf.detention_orders.list(captive_id=captive_id)[0]
    cf.detention_orders.update(order.id, term_months=5)  # the rules move it again
    assert cf.deadlines.get(expiry).due_on == date(2027, 3, 31)

    cf.detention_orders.update(order.id, term_months=4)
    assert ui.ops.redo()  # the lawyer's date again, marked as theirs
    again = cf.deadlines.get(expiry)
    assert (again.due_on, again.overridden) == (computed.due_on.replace(day=20), True)


def test_undo_never_overwrites_a_colleagues_save_made_while_it_runs(
        qtbot, ui, demo_copy: Path, monkeypatch) -> None:
    """A team member saved the record just after Undo had checked it and before Undo wrote
    (two steps, two transactions): Undo wrote the old notes over their save. Now the write
    is refused when the record's version moved since the check, and the step is dropped
    with a message; their notes stay."""
    from caseapp.config import Location
    from caseapp.services.casefile import open_case_file
    from caseapp.ui.undo_commands import UpdateCommand
    from tests.conftest import TODAY
    from tests.ui.test_undo import add_welfare_contact, captive, edit_notes

    tigran = captive(ui, "Tigran Vardanyan")
    contact = add_welfare_contact(qtbot, ui, tigran.id, "Visit by the ICRC")
    edit_notes(qtbot, ui, contact, "Visit by the ICRC, 40 minutes")
    colleague = open_case_file(Location(path=demo_copy), actor="colleague", today=lambda: TODAY)
    checked, checks = UpdateCommand.check, []

    def check_then_colleague_saves(self, cf) -> None:
        checked(self, cf)
        checks.append(self)
        if len(checks) == 2:  # the check just before the write
            colleague.welfare_contacts.update(contact.id, notes="ICRC visit; he asked for glasses")

    monkeypatch.setattr(UpdateCommand, "check", check_then_colleague_saves)
    messages: list[str] = []
    ui.ops.message.connect(messages.append)
    try:
        assert not ui.ops.undo()
    finally:
        colleague.close()
    assert ui.case_file.welfare_contacts.get(contact.id).notes == "ICRC visit; he asked for glasses"
    assert "Could not undo “Edit welfare contact — Tigran Vardanyan”" in messages[-1]
