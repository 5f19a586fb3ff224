"""Undo and redo as the lawyer meets them (caseapp.ui.ops): a step about a record deleted
or changed since is dropped with a message and never replayed; an undo that would delete
something names the record and the captive and asks first; redo re-applies an edit.

No exception may reach Qt from an undo: the Qt overrides are checked through the Qt log
("Error calling Python override …") and sys.excepthook, which pytest-qt also watches."""

from __future__ import annotations

import sys
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QMessageBox

from caseapp.domain.enums import HearingKind, WelfareContactKind
from caseapp.services.casefile import open_case_file
from caseapp.ui.dialogs import captive_dialogs as dlg
from caseapp.ui.dialogs.kind_declaration import CaptiveDialogs
from caseapp.ui.dialogs.record_kinds import HEARING, WELFARE_CONTACT
from caseapp.ui.main_window import MainWindow
from tests.conftest import TODAY


@pytest.fixture
def hooked(monkeypatch: pytest.MonkeyPatch) -> list[BaseException]:
    """Exceptions that reach sys.excepthook (where PySide sends those raised in overrides)."""
    seen: list[BaseException] = []
    monkeypatch.setattr(sys, "excepthook", lambda _t, exc, _tb: seen.append(exc))
    return seen


def no_override_errors(qtlog) -> bool:
    return not [r for r in qtlog.records if "Python override" in r.message]


def captive(ui, latin: str):
    return next(c for c in ui.case_file.captives.list() if c.latin_name == latin)


def add_welfare_contact(qtbot, ui, captive_id: int, notes: str):
    dialog = dlg.make_add_dialog(ui, WELFARE_CONTACT, captive_id=captive_id)
    qtbot.addWidget(dialog)
    dialog.widgets["contact_on"].edit.setText("2026-11-20")
    dialog.widgets["kind"].set_value(WelfareContactKind.FAMILY_CALL)
    dialog.widgets["notes"].setPlainText(notes)
    dialog.try_save()
    assert dialog.result_value is not None, dialog.general_error.text()
    return dialog.result_value


def edit_notes(qtbot, ui, record, notes: str):
    dialog = dlg.make_edit_dialog(ui, WELFARE_CONTACT, record)
    qtbot.addWidget(dialog)
    dialog.widgets["notes"].setPlainText(notes)
    dialog.try_save()
    return dialog.result_value


def live_steps(ui) -> list[str]:
    return [ui.undo.command(i).text() for i in range(ui.undo.count())
            if not ui.undo.command(i).isObsolete()]


def test_deleting_a_record_drops_its_undo_steps(qtbot, ui, hooked, qtlog,
                                                 message_boxes) -> None:
    tigran = captive(ui, "Tigran Vardanyan")
    messages: list[str] = []
    ui.ops.message.connect(messages.append)
    contact = add_welfare_contact(qtbot, ui, tigran.id, "Called his sister")
    edited = edit_notes(qtbot, ui, contact, "Called his sister; he is in cell 4")
    assert edited.notes == "Called his sister; he is in cell 4"
    assert live_steps(ui) == ["Add welfare contact — Tigran Vardanyan",
                              "Edit welfare contact — Tigran Vardanyan"]
    assert dlg.delete_record(ui, WELFARE_CONTACT, edited)
    # Both steps were about the contact: they go, and the status bar says so.
    assert live_steps(ui) == []
    assert "no longer holds 2 steps about it" in messages[-1]
    assert not ui.ops.undo()  # Ctrl+Z: nothing left to undo, nothing raised
    assert all(c.id != contact.id for c in ui.case_file.welfare_contacts.list(captive_id=tigran.id))
    assert hooked == [] and no_override_errors(qtlog)


def test_undo_after_a_delete_elsewhere_drops_the_step(qtbot, ui, hooked, qtlog) -> None:
    tigran = captive(ui, "Tigran Vardanyan")
    messages: list[str] = []
    ui.ops.message.connect(messages.append)
    contact = add_welfare_contact(qtbot, ui, tigran.id, "Letter received")
    edit_notes(qtbot, ui, contact, "Letter received, dated 12 November")
    ui.case_file.welfare_contacts.delete(contact.id)  # another path: the CLI, an import…

    assert not ui.ops.undo()  # Ctrl+Z: the edit's step is dropped, not replayed
    assert "Could not undo “Edit welfare contact — Tigran Vardanyan”" in messages[-1]
    assert "no longer exists" in messages[-1]
    assert live_steps(ui) == ["Add welfare contact — Tigran Vardanyan"]
    assert not ui.ops.undo()  # and the add's step next: nothing to delete any more
    assert live_steps(ui) == []
    assert hooked == [] and no_override_errors(qtlog)


def test_undo_of_an_edit_changed_since_is_dropped(qtbot, ui, hooked, qtlog) -> None:
    tigran = captive(ui, "Tigran Vardanyan")
    contact = add_welfare_contact(qtbot, ui, tigran.id, "Visit by the ICRC")
    edit_notes(qtbot, ui, contact, "Visit by the ICRC, 40 minutes")
    # Changed by another path after the edit: undoing the edit would overwrite this.
    ui.case_file.welfare_contacts.update(contact.id, notes="ICRC visit; he asked for glasses")

    assert not ui.ops.undo()
    assert ui.case_file.welfare_contacts.get(contact.id).notes == "ICRC visit; he asked for glasses"
    assert live_steps(ui) == ["Add welfare contact — Tigran Vardanyan"]
    assert hooked == [] and no_override_errors(qtlog)


def test_redo_after_undo_of_an_edit_applies_it_again(qtbot, ui) -> None:
    tigran = captive(ui, "Tigran Vardanyan")
    contact = add_welfare_contact(qtbot, ui, tigran.id, "Call from the embassy")
    edit_notes(qtbot, ui, contact, "Call from the embassy: he is well")
    assert ui.ops.undo()
    assert ui.case_file.welfare_contacts.get(contact.id).notes == "Call from the embassy"
    assert ui.ops.next_redo().text() == "Edit welfare contact — Tigran Vardanyan"
    assert ui.ops.redo()
    assert ui.case_file.welfare_contacts.get(contact.id).notes == "Call from the embassy: he is well"
    assert ui.ops.next_undo().text() == "Edit welfare contact — Tigran Vardanyan"


def test_redo_of_an_undone_add_adds_the_record_again(qtbot, ui) -> None:
    tigran = captive(ui, "Tigran Vardanyan")
    add_welfare_contact(qtbot, ui, tigran.id, "Postcard from Baku")
    assert ui.ops.undo()  # the fixture's box answers Yes to "delete it?"
    notes = [c.notes for c in ui.case_file.welfare_contacts.list(captive_id=tigran.id)]
    assert "Postcard from Baku" not in notes
    assert ui.ops.redo()
    notes = [c.notes for c in ui.case_file.welfare_contacts.list(captive_id=tigran.id)]
    assert notes.count("Postcard from Baku") == 1
    assert ui.ops.undo()  # the step follows the new record: it is the one deleted
    notes = [c.notes for c in ui.case_file.welfare_contacts.list(captive_id=tigran.id)]
    assert "Postcard from Baku" not in notes


@pytest.fixture
def window(qtbot, tmp_path: Path, demo_copy: Path):
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    w = MainWindow(settings, lambda location, **kw: open_case_file(location, today=lambda: TODAY, **kw),
                   demo_builder=lambda p: None, demo_path=demo_copy)
    qtbot.addWidget(w)
    w.show()
    assert w.open_path(demo_copy)
    yield w
    w.close()


def test_undo_across_views_names_the_captive_and_asks(qtbot, window: MainWindow,
                                                      monkeypatch: pytest.MonkeyPatch, hooked,
                                                      qtlog) -> None:
    ui = window.ui
    tigran = captive(ui, "Tigran Vardanyan")
    window.open_captive(tigran.id)
    captive_view = window.views["captive"]
    qtbot.waitUntil(lambda: captive_view.file is not None, timeout=10000)
    dialog = dlg.make_add_dialog(ui, HEARING, captive_id=tigran.id, file=captive_view.file,
                                 parent=captive_view)
    qtbot.addWidget(dialog)
    dialog.widgets["starts_at"].set_value(datetime(2027, 3, 3, 10, 0, tzinfo=ZoneInfo("Asia/Baku")))
    dialog.widgets["kind"].set_value(HearingKind.VERDICT)
    dialog.try_save()
    hearing = dialog.result_value
    assert hearing is not None, dialog.general_error.text()

    window.show_view("deadlines")  # somewhere else, with no captive on screen
    undo = window.actions_by_id["undo"]
    assert undo.text() == "&Undo Add hearing — Tigran Vardanyan"
    asked: list[str] = []

    def answer_no(_parent, _title, text, *args, **kwargs):
        asked.append(text)
        return QMessageBox.StandardButton.No

    monkeypatch.setattr(QMessageBox, "question", staticmethod(answer_no))
    undo.trigger()
    assert len(asked) == 1
    assert "Tigran Vardanyan" in asked[0] and "3 Mar 2027" in asked[0]  # the hearing's day, as the interface writes it
    assert ui.case_file.hearings.get(hearing.id).kind is HearingKind.VERDICT  # kept
    assert undo.text() == "&Undo Add hearing — Tigran Vardanyan"  # still there to undo

    monkeypatch.setattr(QMessageBox, "question",
                        staticmethod(lambda *a, **k: QMessageBox.StandardButton.Yes))
    undo.trigger()
    assert all(h.id != hearing.id for h in ui.case_file.hearings.list(captive_id=tigran.id))
    assert window.actions_by_id["redo"].text() == "&Redo Add hearing — Tigran Vardanyan"
    assert "Undone: Add hearing — Tigran Vardanyan" in window.statusBar().currentMessage()
    assert hooked == [] and no_override_errors(qtlog)


def test_redo_has_its_menu_entry_and_standard_shortcut(window: MainWindow) -> None:
    from PySide6.QtGui import QKeySequence

    redo = window.actions_by_id["redo"]
    assert redo in window.menuBar().actions()[1].menu().actions()  # the Edit menu
    assert redo.shortcut() == QKeySequence(QKeySequence.StandardKey.Redo)
    assert not redo.isEnabled()  # nothing undone yet


def test_an_operation_returns_the_changes_it_made(qtbot, ui) -> None:
    from caseapp.domain.dto import Changes
    from caseapp.domain.enums import AuditAction

    tigran = captive(ui, "Tigran Vardanyan")
    contact = add_welfare_contact(qtbot, ui, tigran.id, "Message through the Red Cross")
    done = ui.ops.run(lambda cf: cf.welfare_contacts.update(contact.id, source="ICRC Baku"))
    assert done.value.source == "ICRC Baku"
    # One update of that contact, about Tigran: what the views refresh from.
    assert done.changes == (Changes("welfare_contacts", AuditAction.UPDATE, (contact.id,),
                                    (tigran.id,)),)
    # A change made outside the operation (another thread, the CLI) is not counted in it.
    ui.case_file.welfare_contacts.update(contact.id, source="ICRC Yerevan")
    assert ui.ops.run(lambda cf: cf.welfare_contacts.get(contact.id)).changes == ()


def test_redo_of_an_add_and_its_edit_follows_the_new_record(qtbot, ui) -> None:
    tigran = captive(ui, "Tigran Vardanyan")
    contact = add_welfare_contact(qtbot, ui, tigran.id, "Lawyer's visit")
    edit_notes(qtbot, ui, contact, "Lawyer's visit: the indictment was served")
    assert ui.ops.undo() and ui.ops.undo()  # the edit, then the add
    assert ui.ops.redo()  # the add: a new record (a deleted id is not reused)
    assert ui.ops.redo()  # the edit, applied to that new record
    notes = [c.notes for c in ui.case_file.welfare_contacts.list(captive_id=tigran.id)]
    assert "Lawyer's visit: the indictment was served" in notes
    assert "Lawyer's visit" not in notes


def test_undo_in_armenian_names_the_captive_as_written_and_shows_their_file(
        qtbot, window: MainWindow, message_boxes) -> None:
    """Under Armenian the undo step names the captive in Armenian letters (not a Latin
    transliteration); undoing a change to another captive's file than the one on screen
    shows that captive's file; undoing "New captive" asks in words that make sense."""
    from PySide6.QtCore import QCoreApplication

    from caseapp.ui.language import apply_language

    apply_language(QCoreApplication.instance(), "hy")  # put back after the test (tests/conftest)
    ui = window.ui
    tigran, other = captive(ui, "Tigran Vardanyan"), captive(ui, "Artur Harutyunyan")
    add_welfare_contact(qtbot, ui, tigran.id, "Զանգ մորը")
    undo = window.actions_by_id["undo"]
    assert "Տիգրան Վարդանյան" in undo.text() and "Tigran" not in undo.text()

    window.open_captive(other.id)  # another captive's file on screen
    qtbot.waitUntil(lambda: window.current_captive_id() == other.id, timeout=10000)
    undo.trigger()
    assert "Տիգրան Վարդանյան" in message_boxes[-1][1]
    assert window.current_captive_id() == tigran.id  # shown: what changed is on screen
    assert "Տիգրան Վարդանյան" in window.statusBar().currentMessage()

    ui.ops.create("captives", {"names": [{"full_name": "Նարինե Գասպարյան", "language": "hy",
                                          "kind": "native", "is_primary": True}]},
                  action=CaptiveDialogs.tr("New captive"), describe=lambda c: c.primary_name,
                  keys=("names",))
    undo.trigger()
    question = message_boxes[-1][1]
    assert question.count("Նարինե Գասպարյան") == 1 and "Narine" not in question
    assert "Նոր գերի" in question and "Undoing" not in question


def test_undoing_a_new_captive_leaves_no_file_on_screen(qtbot, window: MainWindow,
                                                        message_boxes) -> None:
    """Added a captive (their file opens), then Edit → Undo: the captive was deleted but
    their file stayed on screen, name, dates and Edit buttons, as if it were still there.
    Now the window goes back to the list of captives, which no longer has them; Redo adds
    them again."""
    ui = window.ui
    new = ui.ops.create("captives", {"names": [{"full_name": "Test Portsyan", "language": "en",
                                                "kind": "native", "is_primary": True}]},
                        action=CaptiveDialogs.tr("New captive"),
                        describe=lambda c: c.primary_name, keys=("names",))
    window.open_captive(new.id)
    captive_view = window.views["captive"]
    qtbot.waitUntil(lambda: captive_view.file is not None, timeout=10000)
    assert captive_view.header.name.text() == "Test Portsyan"

    window.actions_by_id["undo"].trigger()
    assert all(c.id != new.id for c in ui.case_file.captives.list())
    qtbot.waitUntil(lambda: window.current_view_id() == "captives")
    assert captive_view.file is None and captive_view.header.name.text() != "Test Portsyan"
    assert not captive_view.header.edit_button.isEnabled()

    window.actions_by_id["redo"].trigger()
    assert any(c.latin_name == "Test Portsyan" or c.primary_name == "Test Portsyan"
               for c in ui.case_file.captives.list())
