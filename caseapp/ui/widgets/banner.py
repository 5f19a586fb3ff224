"""A coloured strip above the views with a line of text, hidden until there is something to
say: the reminders, a lost connection to the team server, a case file open read-only."""

from __future__ import annotations

from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QWidget


class Banner(QFrame):
    """A banner named ``name`` (its text label is ``{name}_text``), drawn in ``colours``:
    background, border and text. Widgets after the text go in :attr:`row`. ``label``: the
    label of the text (by default one that wraps)."""

    def __init__(self, name: str, colours: tuple[str, str, str], parent: QWidget | None = None,
                 *, margins: tuple[int, int, int, int] = (8, 4, 8, 4), label: QLabel | None = None):
        super().__init__(parent)
        background, border, text = colours
        self.setObjectName(f"{name}_banner")
        self.setStyleSheet(f"#{name}_banner {{ background: {background}; border: 1px solid "
                           f"{border}; border-radius: 4px; }} #{name}_banner QLabel {{ color: "
                           f"{text}; }}")
        self.text = label if label is not None else QLabel(self)
        self.text.setParent(self)
        self.text.setObjectName(f"{name}_text")
        if label is None:
            self.text.setWordWrap(True)
        self.row = QHBoxLayout(self)
        self.row.setContentsMargins(*margins)
        self.row.addWidget(self.text, 1)
        self.hide()
