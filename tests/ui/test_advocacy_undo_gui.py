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


def _add_organisation(qtbot, ui, name: str):
    from caseapp.ui.views.contact_dialogs import organisation_dialog

    dialog = organisation_dialog(ui)
    qtbot.addWidget(dialog)
    dialog.widgets["name"].setText(name)
    dialog.try_save()
    assert dialog.result() == QDialog.DialogCode.Accepted
    settle(qtbot, ui)
    return dialog.result_value


def _add_person(qtbot, ui, name: str, organisation_id: int | None = None):
    from caseapp.ui.views.contact_dialogs import contact_dialog

    dialog = contact_dialog(ui, [(o.name, o.id) for o in ui.case_file.organisations.list()],
                            organisation_id=organisation_id)
    qtbot.addWidget(dialog)
    dialog.widgets["name"].setText(name)
    dialog.try_save()
    assert dialog.result() == QDialog.DialogCode.Accepted
    settle(qtbot, ui)
    return dialog.result_value


def test_undoing_the_add_of_an_addressee_never_unlinks_the_log(qtbot, ui, message_boxes) -> None:
    """An organisation or a person added in the window, then written to by a path the undo
    history does not hold (a letter kept as a draft intervention, the command line, a
    colleague): undoing the add would delete them and leave those interventions (and the
    organisation's people) without their addressee. The step is dropped, saying why, and
    nothing is deleted."""
    cf = ui.case_file
    messages: list[str] = []
    ui.ops.message.connect(messages.append)
    embassy = _add_organisation(qtbot, ui, "Embassy of Italy in Baku")
    consul = _add_person(qtbot, ui, "Giulia Esempio")
    letter = cf.interventions.create(made_on="2026-11-20", subject="Consular visit",
                                     contact_id=consul.id, organisation_id=embassy.id)
    assert not ui.ops.undo()  # Add person: she is the letter's addressee now
    assert "Giulia Esempio" in messages[-1] and "intervention" in messages[-1]
    assert not ui.ops.undo()  # Add organisation: the letter's addressee too
    assert "Embassy of Italy in Baku" in messages[-1]
    assert cf.interventions.get(letter.id) == letter
    assert cf.contacts.get(consul.id) == consul
    assert cf.organisations.get(embassy.id) == embassy
    assert not [q for q in message_boxes if "Delete it?" in q[1]]  # nothing was offered


def test_undoing_the_add_of_an_organisation_someone_joined_elsewhere_keeps_it(
        qtbot, ui, message_boxes) -> None:
    cf = ui.case_file
    ngo = _add_organisation(qtbot, ui, "Helsinki Committee")
    member = cf.contacts.create(name="Avetik Ishkhanyan", organisation_id=ngo.id)
    assert not ui.ops.undo()
    assert cf.organisations.get(ngo.id) == ngo
    assert cf.contacts.get(member.id).organisation_id == ngo.id


def test_undoing_the_add_of_an_addressee_no_one_uses_deletes_it(qtbot, ui, message_boxes) -> None:
    cf = ui.case_file
    ngo = _add_organisation(qtbot, ui, "Helsinki Committee")
    assert ui.ops.undo()  # the fixture's box answers Yes to "delete it?"
    assert all(o.id != ngo.id for o in cf.organisations.list())


def test_the_undo_of_an_add_asks_naming_the_captive_as_typed(qtbot, ui, message_boxes) -> None:
    cf = ui.case_file
    cid = cf.captives.create(names=["Karen %2 Sahakyan"]).id
    dialog = intervention_dialog(ui, cf.organisations.list(), cf.contacts.list())
    qtbot.addWidget(dialog)
    dialog.widgets["subject"].setText("Visit")
    dialog.widgets["captive_ids"].set_value([cid])
    dialog.try_save()
    assert dialog.result() == QDialog.DialogCode.Accepted
    settle(qtbot, ui)
    assert ui.ops.undo()
    assert message_boxes[-1][1] == ("Undoing “Add intervention” deletes intervention “Visit” "
                                    "from the file of Karen %2 Sahakyan. Delete it?")
