"""The organisation box of the record dialogs finds any part of a name, and the Person box
offers the chosen organisation's people (a person recorded earlier stays shown)."""

from __future__ import annotations

from PySide6.QtCore import Qt

from caseapp.ui.dialogs import captive_dialogs as dlg
from caseapp.ui.dialogs.record_kinds import INTERVENTION

WAIT = 10000


def people(box) -> list:
    return [box.itemData(i) for i in range(box.count())]


def test_organisation_typed_in_part_narrows_the_people(qtbot, ui) -> None:
    cf = ui.case_file
    cid = cf.captives.create(names=["Լիլիթ Մանուկյան"], status="held").id
    ombudsman = cf.organisations.create(name="Office of the Zephyrine Rights Defender").id
    unhcr = cf.organisations.create(name="UN High Commissioner for Human Rights").id
    ana = cf.contacts.create(name="Ana Gómez", organisation_id=ombudsman).id
    ben = cf.contacts.create(name="Ben Okafor", organisation_id=unhcr).id
    loose = cf.contacts.create(name="Chris Free").id  # in no organisation
    dialog = dlg.make_add_dialog(ui, INTERVENTION, captive_id=cid)
    qtbot.addWidget(dialog)
    dialog.show()
    org, person = dialog.widgets["organisation_id"], dialog.widgets["contact_id"]
    assert {ana, ben, loose} <= set(people(person))  # no organisation: everyone

    org.lineEdit().selectAll()
    qtbot.keyClicks(org.lineEdit(), "ZEPHYR")  # the middle of the name, in another case
    popup = org.completer().popup()
    qtbot.waitUntil(popup.isVisible, timeout=WAIT)
    assert org.completer().completionCount() == 1
    qtbot.keyClick(popup, Qt.Key.Key_Down)
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: org.value() == ombudsman, timeout=WAIT)
    assert people(person) == [None, ana]
    assert dialog.isVisible()  # picking in the list did not save the dialog

    # Cross-script: the Latin spelling of an organisation's Armenian name finds it.
    red_cross = cf.organisations.create(name="Կարմիր Խաչի Զվարթնոցյան մասնաճյուղ").id
    dialog = dlg.make_add_dialog(ui, INTERVENTION, captive_id=cid)
    qtbot.addWidget(dialog)
    dialog.show()
    org = dialog.widgets["organisation_id"]
    org.lineEdit().selectAll()
    qtbot.keyClicks(org.lineEdit(), "Zvartnots")  # as written on a map, not as the file
    popup = org.completer().popup()
    qtbot.waitUntil(popup.isVisible, timeout=WAIT)
    assert org.completer().completionCount() == 1
    qtbot.keyClick(popup, Qt.Key.Key_Down)
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: org.value() == red_cross, timeout=WAIT)
    assert org.lineEdit().text() == "Կարմիր Խաչի Զվարթնոցյան մասնաճյուղ"  # the name, not keys


def test_editing_keeps_a_person_of_another_organisation(qtbot, ui) -> None:
    cf = ui.case_file
    cid = cf.captives.create(names=["Լիլիթ Մանուկյան"], status="held").id
    first = cf.organisations.create(name="First Office").id
    second = cf.organisations.create(name="Second Office").id
    moved = cf.contacts.create(name="Dana Moved", organisation_id=second).id
    record = cf.interventions.create(made_on="2026-11-02", organisation_id=first,
                                     contact_id=moved, subject="Letter", captive_ids=[cid])
    dialog = dlg.make_edit_dialog(ui, INTERVENTION, record)
    qtbot.addWidget(dialog)
    assert dialog.widgets["organisation_id"].value() == first
    assert dialog.widgets["contact_id"].value() == moved  # as recorded, though elsewhere now
    assert dialog.changed_values() == {}
