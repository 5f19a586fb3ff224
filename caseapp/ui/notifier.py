"""Reminders while the app runs: on opening a case file and every half hour, deadlines due
today or overdue are announced through the system tray, and always in a banner at the top
of the window (the fallback where the desktop has no tray or no notifications). The half
hour is the case-file session's reminder timer (``reminders_due``)."""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStyle,
    QSystemTrayIcon,
    QToolButton,
    QWidget,
)

from caseapp.services.reminders import DeadlineRow, Group
from caseapp.ui.session import UiContext
from caseapp.ui.widgets.timeline import plural


class ReminderBanner(QFrame):
    """“2 deadlines overdue, 1 due today — Show them”, above the views."""

    show_requested = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("reminder_banner")
        self.setStyleSheet("#reminder_banner { background: #fdf2e9; border: 1px solid #e59866; "
                           "border-radius: 4px; } #reminder_banner QLabel { color: #6e2c00; }")
        self.text = QLabel(self)
        self.text.setObjectName("reminder_text")
        self.text.setWordWrap(True)
        show = QPushButton(self.tr("Show deadlines"), self)
        show.setObjectName("reminder_show")
        show.clicked.connect(self.show_requested)
        close = QToolButton(self)
        close.setText("×")
        close.setAutoRaise(True)
        close.setToolTip(self.tr("Hide until the next reminder"))
        close.clicked.connect(self.hide)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 4, 4, 4)
        layout.addWidget(self.text, 1)
        layout.addWidget(show)
        layout.addWidget(close)
        self.hide()


class Notifier(QObject):
    """Checks what is due and announces what was not announced before in this session."""

    def __init__(self, window: QWidget, banner: ReminderBanner, *, tray_allowed: bool = True):
        super().__init__(window)
        self.window = window
        self.banner = banner
        self.ui: UiContext | None = None
        self.announced: set[int] = set()
        self.tray: QSystemTrayIcon | None = None
        if tray_allowed and QSystemTrayIcon.isSystemTrayAvailable():
            icon = window.windowIcon()
            if icon.isNull():
                icon = window.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
            self.tray = QSystemTrayIcon(icon, self)
            self.tray.setToolTip(self.tr("CaseApp"))
            self.tray.messageClicked.connect(self.banner.show_requested)
            self.tray.activated.connect(lambda _reason: self._raise())

    @property
    def uses_tray(self) -> bool:
        return self.tray is not None and QSystemTrayIcon.supportsMessages()

    def start(self, ui: UiContext | None) -> None:
        """Watch ``ui``'s case file (None: stop)."""
        self.ui = ui
        self.announced.clear()
        self.banner.hide()
        if ui is None:
            if self.tray is not None:
                self.tray.hide()
            return
        if self.tray is not None:
            self.tray.show()
        self.check()

    def check(self) -> None:
        ui = self.ui
        if ui is None:
            return
        cf = ui.case_file
        ui.runner.submit(lambda: cf.reminders.due(0), self.announce, key="reminders_due")

    def summary(self, rows: list[DeadlineRow]) -> str:
        overdue = sum(1 for r in rows if r.group is Group.OVERDUE)
        today = sum(1 for r in rows if r.group is Group.TODAY)
        parts = []
        if overdue:
            parts.append(plural(self.tr("%n deadline(s) overdue", "", overdue), overdue))
        if today:
            parts.append(plural(self.tr("%n due today", "", today), today))
        return ", ".join(parts)

    def announce(self, rows: list[DeadlineRow]) -> None:
        text = self.summary(rows)
        if not text:
            self.banner.hide()
            return
        names = "; ".join(f"{r.deadline.due_on:%d %b}: {r.deadline.title}"
                          + (f" — {r.captive_name}" if r.captive_name else "") for r in rows[:3])
        self.banner.text.setText(f"<b>{text}</b> &nbsp; {names}" + (" …" if len(rows) > 3 else ""))
        self.banner.text.setTextFormat(Qt.TextFormat.RichText)
        fresh = [r for r in rows if r.deadline.id not in self.announced]
        if fresh:
            self.banner.show()
        self.announced.update(r.deadline.id for r in rows)
        if fresh and self.uses_tray:
            assert self.tray is not None
            self.tray.showMessage(self.tr("CaseApp: %1").replace("%1", text),
                                  "\n".join(f"{r.deadline.due_on:%d %b} · {r.deadline.title}"
                                            + (f" — {r.captive_name}" if r.captive_name else "")
                                            for r in fresh[:5]),
                                  QSystemTrayIcon.MessageIcon.Warning, 15000)

    def _raise(self) -> None:
        self.window.showNormal()
        self.window.raise_()
        self.window.activateWindow()
