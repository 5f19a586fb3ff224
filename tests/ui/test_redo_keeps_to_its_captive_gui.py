"""Redo of a record added in the file of a captive who was themself added, undone and
redone: the record goes back into that captive's file, never into the file of another
captive who was given, meanwhile, the number the undone captive left."""

from __future__ import annotations

from caseapp.ui.dialogs import captive_dialogs as dlg
from caseapp.ui.dialogs.record_kinds import NOTE


def _save(qtbot, dialog, **values) -> None:
    qtbot.addWidget(dialog)
    for name, value in values.items():
        widget = dialog.widgets[name]
        widget.setPlainText(value) if hasattr(widget, "setPlainText") else widget.setText(value)
    dialog.try_save()
    assert dialog.result_value is not None, dialog.general_error.text()


def test_a_redone_note_goes_to_its_redone_captive_not_to_the_one_who_took_the_number(
        qtbot, ui, message_boxes) -> None:
    cf = ui.case_file
    _save(qtbot, dlg.make_new_captive_dialog(ui), native_name="Արամ Փափազյան")
    aram = ui.ops.next_undo().record.id
    _save(qtbot, dlg.make_add_dialog(ui, NOTE, captive_id=aram),
          title="Call with his sister", body="She last heard from him in May.")
    assert ui.ops.undo() and ui.ops.undo()  # the note, then Aram (asked first)
    # The command line adds another captive, who is given the number Aram left.
    other = cf.captives.create(names=["Ռուբեն Նմուշյան"], status="pre_trial").id
    assert other == aram
    messages: list[str] = []
    ui.ops.message.connect(messages.append)

    assert ui.ops.redo(), messages  # Aram again, under a new number
    again = ui.ops.next_undo().record.id
    assert again != other and cf.captives.get(again).primary_name == "Արամ Փափազյան"
    assert ui.ops.redo(), messages  # the note: into Aram's file

    assert cf.notes.list(captive_id=other) == []
    assert [n.title for n in cf.notes.list(captive_id=again)] == ["Call with his sister"]
    assert ui.ops.next_undo().record.captive_ids == (again,)  # its undo names Aram


def test_redo_of_a_note_is_dropped_once_its_captive_was_deleted_and_the_number_taken(
        qtbot, ui, message_boxes) -> None:
    """The captive was there before the history began; deleted on the command line after
    the note's undo, and another captive added there: Redo put the note in that file."""
    cf = ui.case_file
    aram = cf.captives.create(names=["Արամ Փափազյան"], status="missing").id
    _save(qtbot, dlg.make_add_dialog(ui, NOTE, captive_id=aram),
          title="Call with his sister", body="She last heard from him in May.")
    assert ui.ops.undo()
    cf.captives.delete(aram)  # the command line
    other = cf.captives.create(names=["Ռուբեն Նմուշյան"], status="pre_trial").id
    assert other == aram
    messages: list[str] = []
    ui.ops.message.connect(messages.append)

    assert not ui.ops.redo()

    assert cf.notes.list(captive_id=other) == []
    assert "Aram Papazyan no longer exists" in messages[-1], messages


def test_a_redone_charge_goes_to_its_redone_criminal_case(qtbot, ui, message_boxes) -> None:
    """A criminal case and its charge added, both undone; another captive's case added on
    the command line takes the case's number: the redone charge belongs to the redone case."""
    cf = ui.case_file
    aram = cf.captives.create(names=["Արամ Փափազյան"], status="pre_trial").id
    ruben = cf.captives.create(names=["Ռուբեն Նմուշյան"], status="pre_trial").id
    ops = ui.ops
    case = ops.create("prosecutions", {"captive_id": aram, "case_number": "1(101)-77/2026"},
                      action="Add criminal case", describe=lambda p: p.case_number,
                      captive_id=aram).id
    ops.create("charges", {"prosecution_id": case, "code": "CC", "article": "279"},
               action="Add charge", describe=lambda c: c.article, captive_id=aram)
    assert ops.undo() and ops.undo()
    theirs = cf.prosecutions.create(captive_id=ruben, case_number="1(101)-12/2026").id
    assert theirs == case

    assert ops.redo() and ops.redo()

    assert [c.article for c in cf.charges.list(prosecution_id=theirs)] == []
    [again] = cf.prosecutions.list(captive_id=aram)
    assert [c.article for c in cf.charges.list(prosecution_id=again.id)] == ["279"]
