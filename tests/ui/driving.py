"""Driving the real widgets as a user does: modal dialogs filled as they open, keys pressed on
whatever has the focus, text of any script typed as a keyboard of that script sends it."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QLineEdit,
    QMainWindow,
    QPlainTextEdit,
    QWidget,
)

from caseapp.ui.widgets.captive_picker import CaptivePicker

WAIT = 20000


def picker_of(dialog) -> CaptivePicker:
    picker = dialog.widgets["captive_ids"]
    assert isinstance(picker, CaptivePicker)
    return picker


def shown_ids(picker: CaptivePicker) -> list[int]:
    return [picker.results.item(i).data(Qt.ItemDataRole.UserRole)
            for i in range(picker.results.count())]


def type_text(widget: QWidget, text: str) -> None:
    """Key presses carrying letters of any script, as a Cyrillic or Armenian keyboard layout
    sends them (QTest's keyClicks knows only ASCII); the key code is the letter's upper case
    code point, as Qt gives it."""
    for ch in text:
        upper = ch.upper()  # "և".upper() is two letters: such a key keeps its own code
        code = ord(upper) if len(upper) == 1 else ord(ch)
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, code, Qt.KeyboardModifier.NoModifier, ch))


class DialogDriver:
    """Fills the next modal dialog with ``fill`` once it is on screen; a failure inside it
    closes the dialog (so the test does not hang) and is raised by :meth:`check`."""

    def __init__(self) -> None:
        self.errors: list[Exception] = []
        self.waiting: list[str] = []

    def next(self, object_name: str, fill: Callable[[QDialog], None]) -> None:
        self.waiting.append(object_name)

        def poll() -> None:
            if object_name not in self.waiting:
                return  # given up by check()
            widget = QApplication.activeModalWidget()
            if not isinstance(widget, QDialog) or not widget.isVisible() \
                    or widget.objectName() != object_name:
                QTimer.singleShot(20, poll)
                return
            self.waiting.remove(object_name)
            try:
                fill(widget)
            except Exception as exc:  # noqa: BLE001 -- raised again by check(), outside Qt's loop
                self.errors.append(exc)
                widget.reject()
        QTimer.singleShot(0, poll)

    def check(self, object_name: str) -> None:
        if self.errors:
            raise self.errors[0]
        opened = object_name not in self.waiting
        self.waiting.clear()
        assert opened, f"the dialog {object_name} never opened"


def press(qtbot, window: QMainWindow, key: Qt.Key,
          modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
    """A key pressed as the lawyer presses it: on whatever has the focus in the window."""
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=WAIT)
    qtbot.keyClick(QApplication.focusWidget() or window, key, modifier)


def field(dialog: QDialog, name: str) -> QWidget:
    return dialog.findChild(QWidget, f"field_{name}")


def type_into(qtbot, widget: QWidget, text: str) -> None:
    """Types ``text`` (any script) into the widget's line edit, as a keyboard would."""
    edit = widget if isinstance(widget, QLineEdit | QPlainTextEdit) else widget.findChild(QLineEdit)
    assert edit is not None, f"no text box in {widget.objectName()}"
    edit.setFocus()
    if isinstance(edit, QLineEdit):
        edit.selectAll()
    type_text(edit, text)


def choose(combo: QComboBox, text: str) -> None:
    index = combo.findText(text, Qt.MatchFlag.MatchContains)
    assert index >= 0, f"{text!r} is not offered in {combo.objectName()}"
    combo.setCurrentIndex(index)


def save(qtbot, dialog: QDialog) -> None:
    buttons = dialog.findChild(QDialogButtonBox)
    button = buttons.button(QDialogButtonBox.StandardButton.Save) \
        or buttons.button(QDialogButtonBox.StandardButton.Ok)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert dialog.result() == QDialog.DialogCode.Accepted, \
        "the dialog refused: " + "; ".join(
            lbl.text() for lbl in dialog.findChildren(QWidget)
            if lbl.objectName().startswith("error_") and lbl.isVisible()  # type: ignore[attr-defined]
        )


def click(qtbot, parent: QWidget, object_name: str) -> None:
    button = parent.findChild(QAbstractButton, object_name)
    assert button is not None and button.isVisible() and button.isEnabled(), object_name
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
