"""Confirm a step of deadline control (done, dismissed, deleted) and say why: the note goes
into the audit trail with who and when. The dialog opens window-modal and emits
``confirmed(note)`` when the lawyer confirms with a note (its button, or Ctrl+Enter in the
note); Cancel or Escape changes nothing, and throws a note written away only when the lawyer
says so."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from caseapp.ui.dialogs.discard import may_discard
from caseapp.ui.theme import error_style


class DeadlineNoteDialog(QDialog):
    confirmed = Signal(str)

    def __init__(self, *, title: str, question: str, note_label: str, action: str,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("deadline_note_dialog")
        self.setWindowTitle(title)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.question = QLabel(question, self)
        self.question.setObjectName("deadline_note_question")
        self.question.setWordWrap(True)
        self.question.setTextFormat(Qt.TextFormat.PlainText)
        label = QLabel(note_label, self)
        self.note = QPlainTextEdit(self)
        self.note.setObjectName("deadline_note")
        self.note.setTabChangesFocus(True)
        label.setBuddy(self.note)
        self.error = QLabel(self)
        self.error.setObjectName("deadline_note_error")
        self.error.setStyleSheet(error_style())
        self.error.setWordWrap(True)
        self.error.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.ok = self.buttons.addButton(action, QDialogButtonBox.ButtonRole.AcceptRole)
        self.ok.setObjectName("deadline_note_ok")
        self.ok.setDefault(False)
        self.ok.setAutoDefault(False)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.question)
        layout.addWidget(label)
        layout.addWidget(self.note, 1)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.note.installEventFilter(self)  # Ctrl+Enter in the note confirms
        self.ok.setToolTip(self.tr("Confirm (Ctrl+Enter)"))
        self.resize(460, 280)
        self.note.setFocus()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (watched is self.note and event.type() == QEvent.Type.KeyPress
                and isinstance(event, QKeyEvent)
                and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
                and event.modifiers() & Qt.KeyboardModifier.ControlModifier):
            self.accept()
            return True
        return super().eventFilter(watched, event)

    def reject(self) -> None:
        if self.note.toPlainText().strip() and not may_discard(self):
            return
        super().reject()

    def accept(self) -> None:
        note = self.note.toPlainText().strip()
        if not note:
            self.error.setText(self.tr("Write a note: it is kept in the audit trail with your "
                                       "name and the time."))
            self.error.show()
            self.note.setFocus()
            return
        super().accept()
        self.confirmed.emit(note)
