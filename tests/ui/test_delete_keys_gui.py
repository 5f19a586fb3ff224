"""The Delete key deletes the record of the list that has the focus, and only there: two lists
shown at once (an organisation and its people) each delete their own; Delete on a button or
elsewhere in a view deletes nothing. (PySide6 drops a ``context=`` given to QShortcut along
with its slot: every view's Delete was the window's, and two of them in one window were
ambiguous, so that neither worked.)"""

from __future__ import annotations

from PySide6.QtCore import Qt

from caseapp.ui.views.advocacy import AdvocacyView
from caseapp.ui.views.contacts import ContactsView


def shown(qtbot, ui, view_class):
    view = view_class(ui)
    qtbot.addWidget(view)
    view.resize(1280, 800)
    view.show()
    view.activateWindow()
    qtbot.waitUntil(lambda: view.isActiveWindow())
    qtbot.waitUntil(lambda: ui.runner.active == 0)
    return view


def press_delete(qtbot, widget) -> None:
    widget.setFocus()
    qtbot.keyClick(widget, Qt.Key.Key_Delete)


def test_in_contacts_delete_asks_about_the_list_focused(qtbot, ui, message_boxes) -> None:
    view = shown(qtbot, ui, ContactsView)
    qtbot.waitUntil(lambda: view.org_model.rowCount() > 0)
    with_people = next(r for r in range(view.org_proxy.rowCount())
                       if view.org_proxy.index(r, 0).data() == "ICRC Delegation in Baku")
    view.organisations.selectRow(with_people)
    qtbot.waitUntil(lambda: view.people.model().rowCount() > 0)
    view.people.selectRow(0)
    asked = len(message_boxes)

    press_delete(qtbot, view.people)
    assert [kind for kind, _ in message_boxes[asked:]] == ["question"]
    assert "from the directory" in message_boxes[-1][1]  # the person, not the organisation

    press_delete(qtbot, view.organisations)
    assert [kind for kind, _ in message_boxes[asked:]] == ["question", "question"]
    assert message_boxes[-1][1].startswith("Delete ICRC Delegation in Baku?")


def test_delete_on_a_button_deletes_nothing(qtbot, ui, message_boxes) -> None:
    view = shown(qtbot, ui, AdvocacyView)
    qtbot.waitUntil(lambda: view.model.rowCount() > 0)
    view.table.selectRow(0)
    press_delete(qtbot, view.buttons["add"])
    assert message_boxes == []  # the intervention selected is not asked about
    press_delete(qtbot, view.table)
    assert [kind for kind, _ in message_boxes] == ["question"]
