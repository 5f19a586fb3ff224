"""An undo the case file could not write (its disk full) changes nothing and keeps the step:
once the lawyer has freed some space, Edit → Undo puts back what she had, as the message
told her. Only a step whose record was deleted or changed since leaves the history."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy import event

from caseapp.ui.dialogs import captive_dialogs as dlg
from caseapp.ui.dialogs.captive_kinds import CAPTIVE_CASE


@contextmanager
def disk_full(cf) -> Iterator[None]:
    """SQLite finds the disk full on every write of the case file (the failure injected)."""
    def refuse(_conn, _cursor, statement: str, *_args: object) -> None:
        if statement.lstrip().upper().startswith(("UPDATE", "INSERT", "DELETE")):
            raise sqlite3.OperationalError("database or disk is full")

    engine = cf.db.engine
    event.listen(engine, "before_cursor_execute", refuse)
    try:
        yield
    finally:
        event.remove(engine, "before_cursor_execute", refuse)


def _edit_summary(qtbot, ui, captive_id: int, summary: str) -> None:
    dialog = dlg.make_edit_dialog(ui, CAPTIVE_CASE, ui.case_file.captives.get(captive_id))
    qtbot.addWidget(dialog)
    dialog.widgets["summary"].setPlainText(summary)
    dialog.try_save()
    assert dialog.result_value is not None, dialog.general_error.text()


def test_an_undo_refused_by_a_full_disk_can_be_done_once_there_is_room(qtbot, ui) -> None:
    cf = ui.case_file
    captive = cf.captives.list()[0]
    _edit_summary(qtbot, ui, captive.id, "Moved to Baku pre-trial centre No. 1 on 3 November.")
    step = ui.ops.next_undo().text()
    messages: list[str] = []
    ui.ops.message.connect(messages.append)

    with disk_full(cf):
        assert not ui.ops.undo()
    assert "No space left" in messages[-1] and "still in the undo history" in messages[-1]
    assert cf.captives.get(captive.id).summary.startswith("Moved to Baku")
    assert ui.ops.next_undo() is not None and ui.ops.next_undo().text() == step

    assert ui.ops.undo(), messages  # room again
    assert cf.captives.get(captive.id).summary == captive.summary
    with disk_full(cf):
        assert not ui.ops.redo()
    assert "still in the redo history" in messages[-1]
    assert ui.ops.redo(), messages
    assert cf.captives.get(captive.id).summary.startswith("Moved to Baku")
