"""The lock page shown in place of the views while the case file is locked ("Locked — enter
the passphrase"), and the padlock the status bar shows for an encrypted file
(:mod:`caseapp.ui.locker` drives them)."""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt, Signal
from PySide6.QtGui import QColor, QIcon, QPainter, QPainterPath, QPen, QPixmap
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from caseapp.ui.theme import QUIET_STYLE, error_style
from caseapp.ui.widgets.field_texts import name_from_placeholder


def padlock_icon(colour: QColor, size: int = 32) -> QIcon:
    """A closed padlock drawn in ``colour`` (the status bar's sign of an encrypted file):
    drawn rather than a "🔒" character, which many fonts lack and show as an empty box."""
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    unit = size / 16
    pen = QPen(colour, 1.8 * unit)
    pen.setCapStyle(Qt.PenCapStyle.RoundCap)
    painter.setPen(pen)
    shackle = QPainterPath()
    shackle.moveTo(4.5 * unit, 8 * unit)
    shackle.lineTo(4.5 * unit, 5.5 * unit)
    shackle.arcTo(QRectF(4.5 * unit, 1.5 * unit, 7 * unit, 8 * unit), 180, -180)
    shackle.lineTo(11.5 * unit, 8 * unit)
    painter.drawPath(shackle)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(colour)
    painter.drawRoundedRect(QRectF(2.5 * unit, 7.5 * unit, 11 * unit, 7.5 * unit), unit, unit)
    painter.end()
    return QIcon(pixmap)


def centred(widget: QWidget) -> QHBoxLayout:
    row = QHBoxLayout()
    row.addStretch(1)
    row.addWidget(widget)
    row.addStretch(1)
    return row


class LockPage(QWidget):
    """“Locked — enter the passphrase”, in place of the views."""

    unlock_requested = Signal(str)
    close_requested = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("lock_page")
        self.title = QLabel(self.tr("Locked"), self)
        self.title.setStyleSheet("font-size: 22pt; font-weight: 600;")
        self.file = QLabel(self)
        self.file.setObjectName("lock_file")
        self.file.setStyleSheet(f"font-size: 11pt; {QUIET_STYLE}")
        self.explain = QLabel(self)
        self.explain.setObjectName("lock_explain")
        self.explain.setWordWrap(True)
        self.explain.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self.explain.setFixedWidth(560)
        self.passphrase = QLineEdit(self)
        self.passphrase.setObjectName("lock_passphrase")
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase.setPlaceholderText(self.tr("Passphrase"))
        name_from_placeholder(self.passphrase)
        self.passphrase.setMinimumWidth(360)
        self.passphrase.returnPressed.connect(self._unlock)
        self.unlock_button = QPushButton(self.tr("Unlock"), self)
        self.unlock_button.setObjectName("lock_unlock")
        self.unlock_button.setDefault(True)
        self.unlock_button.setMinimumHeight(34)
        self.unlock_button.clicked.connect(self._unlock)
        self.close_button = QPushButton(self.tr("Close the case file"), self)
        self.close_button.setObjectName("lock_close")
        self.close_button.setFlat(True)
        self.close_button.clicked.connect(self.close_requested)
        self.message = QLabel(self)
        self.message.setObjectName("lock_message")
        self.message.setWordWrap(True)
        self.message.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self.message.setFixedWidth(560)
        self.message.setStyleSheet(error_style())
        self.note = QLabel(self)
        self.note.setObjectName("lock_note")
        self.note.setWordWrap(True)
        self.note.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self.note.setFixedWidth(560)
        self.note.setStyleSheet(QUIET_STYLE)
        # "Reminders are waiting …": said while locked, above the passphrase, in the page's
        # own colour (the notes below are muted), once a moment of the file's reminders passed
        self.waiting = QLabel(self)
        self.waiting.setObjectName("lock_waiting")
        self.waiting.setWordWrap(True)
        self.waiting.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self.waiting.setFixedWidth(560)
        self.waiting.setStyleSheet("font-weight: 600;")
        self.waiting.hide()
        entry = QHBoxLayout()
        entry.addStretch(1)
        entry.addWidget(self.passphrase)
        entry.addWidget(self.unlock_button)
        entry.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addStretch(2)
        centre = Qt.AlignmentFlag.AlignHCenter
        for w in (self.title, self.file):
            layout.addWidget(w, 0, centre)
        layout.addSpacing(8)
        layout.addLayout(centred(self.explain))
        layout.addSpacing(8)
        layout.addLayout(centred(self.waiting))
        layout.addSpacing(8)
        layout.addLayout(entry)
        layout.addLayout(centred(self.message))
        layout.addSpacing(8)
        layout.addWidget(self.close_button, 0, centre)
        layout.addSpacing(24)
        layout.addLayout(centred(self.note))
        layout.addStretch(3)

    def show_for(self, name: str, encrypted: bool, note: str) -> None:
        self.file.setText(name)
        self.passphrase.clear()
        self.passphrase.setVisible(encrypted)
        self.message.clear()
        self.note.setText(note)
        self.waiting.clear()
        self.waiting.hide()
        if encrypted:
            self.title.setText(self.tr("Locked — enter the passphrase"))
            self.explain.setText(self.tr("The case file was closed and nothing of it is shown. "
                                         "Type its passphrase to continue where you were."))
            self.unlock_button.setText(self.tr("Unlock"))
        else:
            self.title.setText(self.tr("Locked"))
            self.explain.setText(self.tr(
                "The case file was closed and nothing of it is shown. It is not encrypted, so "
                "Unlock opens it again without a passphrase; anyone who can use this computer "
                "account can do the same."))
            self.unlock_button.setText(self.tr("Unlock"))
        self.set_busy(False)

    def say_waiting(self, text: str) -> None:
        """Say that reminders wait in the locked file (``text``: the sentence)."""
        self.waiting.setText(text)
        self.waiting.show()

    def set_busy(self, busy: bool, text: str = "") -> None:
        self.passphrase.setEnabled(not busy)
        self.unlock_button.setEnabled(not busy)
        self.close_button.setEnabled(not busy)
        if busy:
            self.message.setStyleSheet(QUIET_STYLE)
            self.message.setText(text)
        elif self.passphrase.isVisible():
            self.passphrase.setFocus()

    def show_error(self, text: str) -> None:
        self.message.setStyleSheet(error_style())
        self.message.setText(text)

    def _unlock(self) -> None:
        if self.passphrase.isVisible() and not self.passphrase.text():
            self.show_error(self.tr("Type the passphrase first."))
            return
        text = self.passphrase.text()
        self.passphrase.clear()
        self.unlock_requested.emit(text)


__all__ = ["LockPage", "centred", "padlock_icon"]
