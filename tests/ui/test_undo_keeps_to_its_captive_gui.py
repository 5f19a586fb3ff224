"""Undo acts on, names and shows the captive whose record it changes, even when a record
deleted elsewhere (the command line, a colleague) left its number to a new record of
another captive. The file reuses a deleted record's number: the new record's Add took over
the old Add's step, so that undoing the new record's edit opened the file of the captive
whose record was deleted, and the question named that record."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

from caseapp.ui.main_window import MainWindow
from tests.ui.test_undo import (
    add_welfare_contact,
    captive,
    edit_notes,
    live_steps,
    window,  # noqa: F401 - the fixture (the demo file in a window)
)


def test_undo_of_a_record_given_a_deleted_record_s_number_stays_with_its_captive(
        qtbot, window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> None:  # noqa: F811
    ui = window.ui
    tigran, other = captive(ui, "Tigran Vardanyan"), captive(ui, "Artur Harutyunyan")
    gone = add_welfare_contact(qtbot, ui, tigran.id, "Called his sister")
    ui.case_file.welfare_contacts.delete(gone.id)  # by another path: the command line
    window.open_captive(other.id)
    page = window.views["captive"]
    qtbot.waitUntil(lambda: page.file is not None and page.file.captive.id == other.id,
                    timeout=10000)
    his_ = add_welfare_contact(qtbot, ui, other.id, "Letter from his mother")
    assert his_.id == gone.id, "the file gave the new record another number: no test"
    edit_notes(qtbot, ui, his_, "Letter from his mother, dated 2 November")
    assert live_steps(ui)[-2:] == ["Add welfare contact — Artur Harutyunyan",
                                   "Edit welfare contact — Artur Harutyunyan"]
    asked: list[str] = []

    def answer_yes(_parent, _title, text, *args, **kwargs):
        asked.append(text)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", staticmethod(answer_yes))
    window.actions_by_id["undo"].trigger()  # his edit
    assert ui.case_file.welfare_contacts.get(his_.id).notes == "Letter from his mother"
    assert window.current_captive_id() == other.id, "undo showed another captive's file"
    window.actions_by_id["undo"].trigger()  # his contact's Add: asks, naming his record
    assert len(asked) == 1 and "Artur Harutyunyan" in asked[0] and "Tigran" not in asked[0]
    assert all(c.id != his_.id for c in ui.case_file.welfare_contacts.list(captive_id=other.id))
    assert window.current_captive_id() == other.id
    # Tigran's own Add, whose contact was deleted elsewhere, is dropped, never replayed
    window.actions_by_id["undo"].trigger()
    assert "Add welfare contact — Tigran Vardanyan" not in live_steps(ui)
    assert window.current_captive_id() == other.id


def test_undo_after_opening_another_file_touches_neither(qtbot, window: MainWindow,  # noqa: F811
                                                         demo_copy: Path,
                                                         tmp_path: Path, demo_template: Path) -> None:
    """Two copies of one file hold the same record numbers: an edit made in the first is not
    undone in the second once it is open, nor in the first when it is opened again."""
    from tests.conftest import copy_of

    ui = window.ui
    first_path = demo_copy
    tigran = captive(ui, "Tigran Vardanyan")
    contact = add_welfare_contact(qtbot, ui, tigran.id, "Called his sister")
    edit_notes(qtbot, ui, contact, "Called his sister; he is in cell 4")
    second = copy_of(demo_template, tmp_path / "second.db")
    assert window.open_path(second)
    ui = window.ui
    before = {c.id: c.notes for c in ui.case_file.welfare_contacts.list()}
    assert not window.actions_by_id["undo"].isEnabled()
    window.actions_by_id["undo"].trigger()
    assert not ui.ops.undo()
    assert {c.id: c.notes for c in ui.case_file.welfare_contacts.list()} == before
    assert window.open_path(first_path)
    ui = window.ui
    assert not window.actions_by_id["undo"].isEnabled() and not ui.ops.undo()
    assert ui.case_file.welfare_contacts.get(contact.id).notes == "Called his sister; he is in cell 4"


def test_undo_never_writes_on_a_record_that_took_a_deleted_one_s_number(
        qtbot, window: MainWindow) -> None:  # noqa: F811
    """A contact edited in the window, deleted elsewhere, and another recorded elsewhere with
    the same words, which the file gives the deleted one's number: undoing the edit would
    write the old words on the other contact. It is dropped: the record it was about is gone."""
    ui = window.ui
    cf = ui.case_file
    tigran = captive(ui, "Tigran Vardanyan")
    contact = add_welfare_contact(qtbot, ui, tigran.id, "Called his sister")
    edit_notes(qtbot, ui, contact, "Called his sister twice")
    cf.welfare_contacts.delete(contact.id)  # by another path: the command line, a colleague
    theirs = cf.welfare_contacts.create(captive_id=tigran.id, kind=contact.kind,
                                        contact_on=contact.contact_on,
                                        notes="Called his sister twice")
    assert theirs.id == contact.id, "the file gave the new record another number: no test"
    assert not ui.ops.undo()
    assert cf.welfare_contacts.get(theirs.id).notes == "Called his sister twice"
    assert not ui.ops.undo()  # nor is the Add's step replayed on it
    assert cf.welfare_contacts.get(theirs.id).notes == "Called his sister twice"


def test_undo_names_a_captive_with_an_ampersand_as_written(
        qtbot, window: MainWindow) -> None:  # noqa: F811
    """Edit → Undo names the captive: an "&" in the name is shown, not taken for the menu's
    shortcut letter (which left "Tom  Jerry" with the J underlined), in its tooltip too."""
    import re

    ui = window.ui
    cid = ui.case_file.captives.create(names=["Tom & Jerry Petrosyan"], status="held").id
    add_welfare_contact(qtbot, ui, cid, "Called")
    undo = window.actions_by_id["undo"]
    assert re.sub("&(.)", r"\1", undo.text()) == "Undo Add welfare contact — Tom & Jerry Petrosyan"
    assert undo.toolTip() == "Undo Add welfare contact — Tom & Jerry Petrosyan"
    undo.trigger()
    redo = window.actions_by_id["redo"]
    assert re.sub("&(.)", r"\1", redo.text()) == "Redo Add welfare contact — Tom & Jerry Petrosyan"
