"""A line CaseApp wrote among a deadline's notes (a snooze, written by a colleague working in
Russian) shows in the edit form as readable text in the reader's language, never its stored
form; saved as shown it stays CaseApp's (read in each language), and undo puts back what was
there."""

from __future__ import annotations

import re

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox

from caseapp.domain import messages
from caseapp.ui.dialogs.record_dialog import RecordDialog
from caseapp.ui.views.deadlines import DeadlinesView

ARMENIAN = re.compile("[\u0531-\u0587]")


def test_the_edit_form_shows_a_snooze_readable_and_keeps_it_a_message(
        qtbot, ui, language, monkeypatch) -> None:
    cf = ui.case_file
    d = cf.deadlines.create(title="Reply to the Court", due_on="2026-12-20", hard=True)
    language("ru")
    cf.deadline_engine.snooze(d.id, "2026-12-05", reason="Канцелярия закрыта")
    language("en")
    shown: list[str] = []

    def run(dialog: RecordDialog):
        text = dialog.widgets["notes"].toPlainText()
        shown.append(text)
        dialog.widgets["notes"].setPlainText(text + "\nAsk the registry on Monday")
        qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Save),
                         Qt.MouseButton.LeftButton)
        return dialog.result_value if dialog.result() == QDialog.DialogCode.Accepted else None

    monkeypatch.setattr("caseapp.ui.views.deadline_actions.run_dialog", run)
    page = DeadlinesView(ui)
    qtbot.addWidget(page)
    page._edit_dialog(cf.deadlines.get(d.id), [])
    # The form shows the line as the reader reads it, never its stored form.
    assert shown == ["Snoozed until 5 Dec 2026: Канцелярия закрыта"]
    qtbot.waitUntil(lambda: "registry" in cf.deadlines.get(d.id).notes, timeout=10000)
    notes = cf.deadlines.get(d.id).notes
    assert notes.replace("\xa0", " ") == \
        "Snoozed until 5 Dec 2026: Канцелярия закрыта\nAsk the registry on Monday"
    # Saved as it was shown, the snooze is still CaseApp's: the Armenian reader reads hers.
    armenian = messages.text_of(notes, "hy").split("\n")
    assert ARMENIAN.search(armenian[0]) and armenian[1] == "Ask the registry on Monday"
    assert ui.ops.undo()
    qtbot.waitUntil(lambda: "registry" not in cf.deadlines.get(d.id).notes, timeout=10000)
    assert messages.text_of(cf.deadlines.get(d.id).notes, "hy") == armenian[0]
