"""Shown when no case file is open: create one, open one, connect to the team's server (a
colleague's first hour: the owner gave her its address and a login), or look at the demo."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QListWidget, QListWidgetItem, QPushButton, QVBoxLayout, QWidget

from caseapp.ui.theme import QUIET_STYLE


class WelcomePage(QWidget):
    create_requested = Signal()
    open_requested = Signal()
    demo_requested = Signal()
    server_requested = Signal()
    recent_requested = Signal(str)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("welcome")
        title = QLabel(self.tr("CaseApp"), self)
        title.setStyleSheet("font-size: 28pt; font-weight: 600;")
        subtitle = QLabel(self.tr("Case files of captives and detainees held abroad."), self)
        subtitle.setStyleSheet(f"font-size: 12pt; {QUIET_STYLE}")
        self.create_button = QPushButton(self.tr("Create a case file…"), self)
        self.open_button = QPushButton(self.tr("Open a case file…"), self)
        self.server_button = QPushButton(self.tr("Connect to your team's server…"), self)
        self.server_button.setToolTip(self.tr(
            "Opens the case file your team keeps on its server, with the address and the login "
            "the team's owner gave you"))
        self.demo_button = QPushButton(self.tr("Open the demo case file (fictional people)"), self)
        for b in (self.create_button, self.open_button, self.server_button, self.demo_button):
            b.setMinimumHeight(40)
            b.setMinimumWidth(360)
        self.create_button.setDefault(True)
        self.create_button.clicked.connect(self.create_requested)
        self.open_button.clicked.connect(self.open_requested)
        self.server_button.clicked.connect(self.server_requested)
        self.demo_button.clicked.connect(self.demo_requested)
        self.recent_label = QLabel(self.tr("Recent case files"), self)
        self.recent = QListWidget(self)
        self.recent_label.setBuddy(self.recent)  # read out by its title
        self.recent.setMaximumWidth(560)
        self.recent.setMaximumHeight(160)
        self.recent.itemActivated.connect(lambda item: self.recent_requested.emit(item.text()))

        layout = QVBoxLayout(self)
        layout.addStretch(2)
        for w in (title, subtitle):
            layout.addWidget(w, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addSpacing(24)
        # One column of buttons as wide as the widest caption (a language's longer "demo"
        # caption made its button alone wider), centred as a whole
        buttons = QWidget(self)
        column = QVBoxLayout(buttons)
        column.setContentsMargins(0, 0, 0, 0)
        for button in (self.create_button, self.open_button, self.server_button, self.demo_button):
            column.addWidget(button)
        layout.addWidget(buttons, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addSpacing(24)
        layout.addWidget(self.recent_label, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addWidget(self.recent, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(3)

    def set_recent(self, files: list[str]) -> None:
        self.recent.clear()
        for f in files:
            QListWidgetItem(f, self.recent)
        self.recent.setVisible(bool(files))
        self.recent_label.setVisible(bool(files))
