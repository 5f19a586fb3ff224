"""Reminders while the app runs: on opening a case file and every half hour, deadlines due
today or overdue, overdue advocacy follow-ups and captives without proof of life beyond the
case's threshold are announced through the system tray, and always in a banner at the top
of the window (the fallback where the desktop has no tray or no notifications). The half
hour is the case-file session's reminder timer (``reminders_due``). What is announced is
the reminder service's ``alerts()``: the dashboard's "Needs attention" reads the same."""

from __future__ import annotations

import html
from collections.abc import Collection, Mapping
from itertools import islice
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
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

from caseapp.ui.captive_names import CaptiveName, captive_names, name_of
from caseapp.ui.formats import short_date
from caseapp.ui.i18n import plural
from caseapp.ui.session import UiContext

if TYPE_CHECKING:  # the reminders (and the deadline rules they import) come after the start
    from caseapp.services.reminders import Alerts, AttentionItem, DeadlineRow


def concerned(item: AttentionItem, names: Mapping[int, CaptiveName] | None = None) -> str:
    """Whom an item concerns: "Name", or "Name and 4 others" for an intervention about
    several captives (the dashboard and the reminders say it alike); the name in the
    interface's script when ``names`` holds the captive's spellings."""
    name = name_of(item.captive_id, item.captive_name, names or {})
    if not item.more_captives:
        return name
    n = item.more_captives
    return plural(QCoreApplication.translate("Notifier", "%1 and %Ln other(s)", "", n), n).replace(
        "%1", name)


Key = tuple[str, int | None]  # what was announced: ("deadline", id), ("welfare", captive id)…
TOOLTIP_LINES, TRAY_LINES = 12, 5  # the lines of the banner's tooltip, of a tray message


def alert_entries(alerts: Alerts) -> list[tuple[Key, DeadlineRow | AttentionItem]]:
    """Each alert with its key, in the order announced: deadlines, follow-ups, captives."""
    return ([(("deadline", r.deadline.id), r) for r in alerts.deadlines]
            + [(("follow_up", i.intervention_id), i) for i in alerts.follow_ups]
            + [(("welfare", i.captive_id), i) for i in alerts.welfare])


def shown_entries(entries: list[tuple[Key, DeadlineRow | AttentionItem]],
                  announced: Collection[Key]) -> list[int]:
    """The positions of the alerts whose lines can be shown: the first ones (the banner and
    its tooltip) and the first ones not announced before (the tray). Only these lines are
    written: at 100,000 captives tens of thousands may be without news."""
    fresh = islice((n for n, (key, _e) in enumerate(entries) if key not in announced),
                   TRAY_LINES)
    return sorted({*range(min(TOOLTIP_LINES, len(entries))), *fresh})


def alert_captives(alerts: Alerts, announced: Collection[Key] = ()) -> set[int]:
    """The captives named by the lines that can be shown (whose spellings they need)."""
    entries = alert_entries(alerts)
    found = set()
    for n in shown_entries(entries, announced):
        key, entry = entries[n]
        cid = entry.deadline.captive_id if key[0] == "deadline" else entry.captive_id  # type: ignore[union-attr]
        if cid:
            found.add(cid)
    return found


class ReminderBanner(QFrame):
    """“2 deadlines overdue, 1 due today — Show them”, above the views."""

    show_requested = Signal()
    attention_requested = Signal()  # the dashboard's "Needs attention"

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
        self.attention_button = QPushButton(self.tr("Needs attention"), self)
        self.attention_button.setObjectName("reminder_attention")
        self.attention_button.setToolTip(self.tr("Show the dashboard's list of what needs attention"))
        self.attention_button.clicked.connect(self.attention_requested)
        close = QToolButton(self)
        close.setText("×")
        close.setAutoRaise(True)
        close.setToolTip(self.tr("Hide until the next reminder"))
        close.clicked.connect(self.hide)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 4, 4, 4)
        layout.addWidget(self.text, 1)
        layout.addWidget(show)
        layout.addWidget(self.attention_button)
        layout.addWidget(close)
        self.hide()


class Notifier(QObject):
    """Checks what is due and announces what was not announced before in this session."""

    def __init__(self, window: QWidget, banner: ReminderBanner, *, tray_allowed: bool = True):
        super().__init__(window)
        self.window = window
        self.banner = banner
        self.ui: UiContext | None = None
        self.announced: set[tuple[str, int | None]] = set()
        self.names: dict[int, CaptiveName] = {}  # spellings of the captives last announced
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
        # Nothing of the last file stays in the window, not even hidden (a locked window).
        self.banner.text.clear()
        self.banner.text.setToolTip("")
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
        already = set(self.announced)  # a copy: the set is the UI thread's

        def read() -> tuple[Alerts, dict[int, CaptiveName]]:
            alerts = cf.reminders.alerts()
            return alerts, captive_names(cf, alert_captives(alerts, already))

        def announce(found: tuple[Alerts, dict[int, CaptiveName]]) -> None:
            if self.ui is ui:  # a late answer about a file since closed or locked is dropped
                self.announce(*found)
        ui.runner.submit(read, announce, key="reminders_due")

    def summary(self, alerts: Alerts) -> str:
        from caseapp.services.reminders import Group

        rows = alerts.deadlines
        overdue = sum(1 for r in rows if r.group is Group.OVERDUE)
        today = sum(1 for r in rows if r.group is Group.TODAY)
        late, silent = len(alerts.follow_ups), len(alerts.welfare)
        parts = []
        if overdue:
            parts.append(plural(self.tr("%Ln deadline(s) overdue", "", overdue), overdue))
        if today:
            parts.append(plural(self.tr("%Ln due today", "", today), today))
        if late:
            parts.append(plural(self.tr("%Ln follow-up(s) overdue", "", late), late))
        if silent:
            parts.append(plural(self.tr("%Ln captive(s) without proof of life", "", silent), silent))
        return ", ".join(parts)

    def deadline_line(self, r: DeadlineRow) -> str:
        name = name_of(r.deadline.captive_id, r.captive_name, self.names)
        cf = self.ui.case_file if self.ui is not None else None
        title = (cf.rule_set.title_in(r.deadline.title, rule_id=r.deadline.rule_id)
                 if cf is not None else r.deadline.title)  # a rule's, in the same language
        # day and month in the interface's language ("3 дек.")
        return f"{short_date(r.deadline.due_on)} · {title}" + (f" — {name}" if name else "")

    def item_line(self, item: AttentionItem) -> str:
        """One overdue follow-up or one captive without news, as the tray lists them."""
        days = item.days or 0
        if item.kind == "follow_up":
            text = plural(self.tr("Follow-up of “%1” overdue by %Ln day(s)", "", days), days)
            text = text.replace("%1", item.text)
            return text + (f" — {concerned(item, self.names)}" if item.captive_name else "")
        name = name_of(item.captive_id, item.captive_name, self.names)
        if item.days is None:
            return self.tr("No confirmed news of %1 is recorded").replace("%1", name)
        return plural(self.tr("No confirmed news of %1 for %Ln day(s)", "", days),
                      days).replace("%1", name)

    def announce(self, alerts: Alerts, names: Mapping[int, CaptiveName] | None = None) -> None:
        """Show the alerts; ``names``: the spellings of the captives they name."""
        self.names = dict(names or {})
        text = self.summary(alerts)
        if not text:
            self.banner.hide()
            return
        entries = alert_entries(alerts)
        shown = shown_entries(entries, self.announced)
        lines = {n: self.line(*entries[n]) for n in shown}  # only the lines shown are written
        # One line on a small screen: the counts and the most urgent item; the rest in the
        # tooltip and behind the buttons.
        first = lines[0] if entries else ""
        self.banner.text.setText(f"<b>{html.escape(text)}</b> &nbsp; {html.escape(first)}"
                                 + (" …" if len(entries) > 1 else ""))
        self.banner.text.setTextFormat(Qt.TextFormat.RichText)
        self.banner.text.setToolTip(
            "\n".join(lines[n] for n in range(min(TOOLTIP_LINES, len(entries))))
            + ("\n…" if len(entries) > TOOLTIP_LINES else ""))
        self.banner.attention_button.setVisible(bool(alerts.follow_ups or alerts.welfare))
        fresh = [n for n in shown if entries[n][0] not in self.announced][:TRAY_LINES]
        if fresh:
            self.banner.show()
        self.announced.update(key for key, _entry in entries)
        if fresh and self.uses_tray:
            assert self.tray is not None
            self.tray.showMessage(self.tr("CaseApp: %1").replace("%1", text),
                                  "\n".join(lines[n] for n in fresh),
                                  QSystemTrayIcon.MessageIcon.Warning, 15000)

    def line(self, key: Key, entry: DeadlineRow | AttentionItem) -> str:
        """The line of one alert (``key``, ``entry``: as :func:`alert_entries` gives them)."""
        if key[0] == "deadline":
            return self.deadline_line(entry)  # type: ignore[arg-type]
        return self.item_line(entry)  # type: ignore[arg-type]

    def _raise(self) -> None:
        self.window.showNormal()
        self.window.raise_()
        self.window.activateWindow()
