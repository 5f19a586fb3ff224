"""A checkbox whose sentence wraps onto more lines: QCheckBox draws its text on one line, and
a long one ("Также отметить конец содержания (Бакинский следственный изолятор № 1):
4 декабря 2026 г.") ran past the dialog's edge, its day cut off. The sentence is a word-wrapped
label beside the box; a click on it ticks the box, as a click on a checkbox's own text does,
and the box carries the sentence as its accessible name."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QLabel, QSizePolicy, QWidget


class _Sentence(QLabel):
    def __init__(self, box: QCheckBox, parent: QWidget | None = None):
        super().__init__(parent)
        self._box = box
        self.setWordWrap(True)
        self.setBuddy(box)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton and self._box.isEnabled():
            self._box.toggle()
        super().mouseReleaseEvent(event)


class WrappedCheck(QHBoxLayout):
    """``box`` (the QCheckBox, without text of its own) and ``sentence`` (its wrapped text),
    shown and hidden together."""

    def __init__(self, parent: QWidget):
        super().__init__()
        self.setContentsMargins(0, 0, 0, 0)
        self.box = QCheckBox(parent)
        self.sentence = _Sentence(self.box, parent)
        self.addWidget(self.box, 0, Qt.AlignmentFlag.AlignTop)
        self.addWidget(self.sentence, 1)

    @classmethod
    def with_text(cls, parent: QWidget, text: str, name: str) -> WrappedCheck:
        """The check box named ``name``, its sentence ``name``_text."""
        check = cls(parent)
        check.box.setObjectName(name)
        check.sentence.setObjectName(f"{name}_text")
        check.set_text(text)
        return check

    def set_text(self, text: str) -> None:
        self.sentence.setText(text)
        self.box.setAccessibleName(text)

    def text(self) -> str:
        return self.sentence.text()

    def set_hidden(self, hidden: bool) -> None:
        self.box.setHidden(hidden)
        self.sentence.setHidden(hidden)
