"""What a lawyer writes by keyboard in the filing and deadline-note dialogs is not lost to a
key: Tab in the Rule 39 request's facts of the risk put a tab character into the request
instead of going on to the contact (the keyboard was caught in the box), and Escape after
writing those facts, or the note saying why a deadline is dismissed, closed the dialog and
threw them away without a word, where a record's dialog asks first."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from caseapp.ui.dialogs.deadline_note import DeadlineNoteDialog
from caseapp.ui.dialogs.filing import FilingDialog
from tests.ui.driving import WAIT, type_text


class Answers(list[str]):
    """Questions asked, answered No (keep what was typed) until the test says otherwise."""
    answer = QMessageBox.StandardButton.No

    def __call__(self, _parent: object, _title: str, text: str, *_a: object, **_k: object
                 ) -> QMessageBox.StandardButton:
        self.append(text)
        return self.answer


@pytest.fixture
def answers(monkeypatch: pytest.MonkeyPatch) -> Answers:
    asked = Answers()
    monkeypatch.setattr(QMessageBox, "question", staticmethod(asked))
    return asked


def focus_in(qtbot, dialog, widget) -> None:
    dialog.activateWindow()
    widget.setFocus()
    qtbot.waitUntil(widget.hasFocus, timeout=WAIT)


def rule39_dialog(qtbot, ui) -> FilingDialog:
    cid = ui.case_file.captives.create(names=["Արամ Սարգսյան", "Aram Sargsyan"],
                                       status="pre_trial", capture="2024-05-01").id
    dialog = FilingDialog(ui, None, captive_id=cid)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.kind.setCurrentIndex(dialog.kind.findData("rule39"))
    return dialog


def test_tab_in_the_rule39_risk_goes_on_to_the_contact(qtbot, fresh_ui) -> None:
    dialog = rule39_dialog(qtbot, fresh_ui)
    focus_in(qtbot, dialog, dialog.risk)
    qtbot.keyClicks(dialog.risk, "No insulin since May")
    qtbot.keyClick(dialog.risk, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is dialog.contact
    assert dialog.risk.toPlainText() == "No insulin since May"
    qtbot.keyClick(dialog.contact, Qt.Key.Key_Backtab)
    assert QApplication.focusWidget() is dialog.risk


def test_escape_after_writing_the_rule39_risk_asks_first(qtbot, fresh_ui, answers: Answers,
                                                         tmp_path: Path) -> None:
    dialog = rule39_dialog(qtbot, fresh_ui)
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert answers == [] and not dialog.isVisible()  # nothing written: closed at once
    dialog.show()
    focus_in(qtbot, dialog, dialog.risk)
    type_text(dialog.risk, "Без инсулина с мая, теряет сознание")
    qtbot.keyClick(dialog.risk, Qt.Key.Key_Escape)
    assert dialog.isVisible() and "инсулина" in dialog.risk.toPlainText()
    assert len(answers) == 1 and "has not been saved" in answers[0]
    # once the pack holding them is made, Escape closes without asking
    dialog.contact.setText("Ani Petrosyan")
    dialog.phone.setText("+374 10 000000")
    dialog.folder.setText(str(tmp_path / "pack"))
    dialog.make()
    qtbot.waitUntil(lambda: dialog.made_with is not None, timeout=WAIT)
    qtbot.keyClick(dialog.risk, Qt.Key.Key_Escape)
    assert not dialog.isVisible() and len(answers) == 1


def test_escape_after_writing_a_deadline_note_asks_first(qtbot, answers: Answers) -> None:
    dialog = DeadlineNoteDialog(title="Dismiss", question="Dismiss this deadline?",
                                note_label="&Why", action="Dismiss")
    qtbot.addWidget(dialog)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, False)
    confirmed: list[str] = []
    dialog.confirmed.connect(confirmed.append)
    dialog.show()
    qtbot.waitExposed(dialog)
    type_text(dialog.note, "Суд перенёс заседание: срок считается заново")
    qtbot.keyClick(dialog.note, Qt.Key.Key_Escape)
    assert dialog.isVisible() and "перенёс" in dialog.note.toPlainText()
    assert len(answers) == 1 and "has not been saved" in answers[0]
    answers.answer = QMessageBox.StandardButton.Yes
    qtbot.keyClick(dialog.note, Qt.Key.Key_Escape)
    assert not dialog.isVisible() and confirmed == []


def test_the_lock_closes_a_note_written_without_asking(qtbot, answers: Answers) -> None:
    """Locking (by hand, when idle, the emergency key) throws the note away unasked: a
    question would hold the case file open on the screen of someone gone."""
    from caseapp.ui.locker import discard

    dialog = DeadlineNoteDialog(title="Done", question="Mark done?", note_label="What was done",
                                action="Mark done")
    qtbot.addWidget(dialog)
    dialog.show()
    type_text(dialog.note, "Жалоба подана 5 декабря")
    discard(dialog)
    assert answers == [] and not dialog.isVisible()
