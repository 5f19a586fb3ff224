"""A filter shown as a chip: a small labelled frame with a button that removes it."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QStyle, QToolButton, QWidget

from caseapp.ui.literal_text import literal


class FilterChip(QFrame):
    """``removed`` is emitted when its close button is clicked (the chip hides itself)."""

    removed = Signal()

    def __init__(self, name: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName(name)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setStyleSheet(f"#{name} {{ border: 1px solid palette(mid); border-radius: 9px; "
                           "background: palette(alternate-base); }")
        self.label = QLabel(self)
        self.label.setObjectName(f"{name}_text")
        self.label.setTextFormat(Qt.TextFormat.PlainText)  # it names a captive as typed
        self.close_button = QToolButton(self)
        self.close_button.setObjectName(f"{name}_remove")
        self.close_button.setAutoRaise(True)
        self.close_button.setIcon(self.style().standardIcon(
            QStyle.StandardPixmap.SP_TitleBarCloseButton))
        self.close_button.setIconSize(QSize(10, 10))
        self.close_button.clicked.connect(self._remove)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 1, 2, 1)
        layout.setSpacing(2)
        layout.addWidget(self.label)
        layout.addWidget(self.close_button)
        self.hide()

    def show_filter(self, text: str, remove_tip: str) -> None:
        self.label.setText(text)
        self.label.setToolTip(literal(text))
        self.close_button.setToolTip(remove_tip)
        self.close_button.setAccessibleName(remove_tip)
        self.show()

    def _remove(self) -> None:
        self.hide()
        self.removed.emit()
