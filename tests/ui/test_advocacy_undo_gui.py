"""Undo and redo of the advocacy log's interventions as the lawyer meets them: a step
touches only its own intervention, and a step dropped (its intervention deleted elsewhere)
says so naming the step as it reads in the Edit menu, whatever the names hold."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog

from caseapp.domain.enums import InterventionStatus
from caseapp.ui.views.advocacy import intervention_dialog


def settle(qtbot, ui) -> None:
    qtbot.waitUntil(lambda: ui.runner.active == 0)


def _edit(qtbot, ui, intervention, **values) -> None:
    cf = ui.case_file
    dialog = intervention_dialog(ui, cf.organisations.list(), cf.contacts.list(), intervention)
    qtbot.addWidget(dialog)
    for name, value in values.items():
        widget = dialog.widgets[name]
        widget.setPlainText(value) if name in ("request", "response") else widget.set_value(value)
    dialog.try_save()
    assert dialog.result() == QDialog.DialogCode.Accepted, dialog.general_error.text()
    settle(qtbot, ui)


def test_undo_and_redo_of_an_edit_touch_that_intervention_only(qtbot, ui) -> None:
    cf = ui.case_file
    a = cf.captives.create(names=["Karen Sahakyan"]).id
    b = cf.captives.create(names=["Levon Sargsyan"]).id
    mine = cf.interventions.create(made_on="2026-11-05", status="sent", subject="Visit",
                                   captive_ids=[a, b], follow_up_on="2026-11-19")
    other = cf.interventions.create(made_on="2026-11-05", status="sent", subject="Visit",
                                    captive_ids=[a, b], follow_up_on="2026-11-19")
    _edit(qtbot, ui, mine, status=InterventionStatus.ANSWERED, response="They will visit.")
    assert ui.ops.next_undo().text() == "Edit intervention — Karen Sahakyan, Levon Sargsyan"
    assert ui.ops.undo()
    assert cf.interventions.get(mine.id) == mine
    assert cf.interventions.get(other.id) == other
    assert ui.ops.redo()
    redone = cf.interventions.get(mine.id)
    assert (redone.status, redone.response) == (InterventionStatus.ANSWERED, "They will visit.")
    assert cf.interventions.get(other.id) == other


def test_a_step_dropped_names_the_captive_as_typed(qtbot, ui) -> None:
    cf = ui.case_file
    cid = cf.captives.create(names=["Karen %2 Sahakyan"]).id
    letter = cf.interventions.create(made_on="2026-11-05", status="sent", subject="Visit",
                                     captive_ids=[cid])
    messages: list[str] = []
    ui.ops.message.connect(messages.append)
    _edit(qtbot, ui, letter, response="No answer yet.")
    cf.interventions.delete(letter.id)  # another path: the command line, a colleague
    assert not ui.ops.undo()
    assert messages[-1].startswith("Could not undo “Edit intervention — Karen %2 Sahakyan”: ")
