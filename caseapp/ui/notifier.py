"""Reminders while the app runs: on opening a case file, every half hour and soon after a
change to the file, deadlines due today or overdue, deadlines ahead whose rule's first
reminder day has come (again at each later one), hearings today and tomorrow (not yet
begun), overdue advocacy follow-ups and
captives without proof of life beyond the case's threshold are announced through the
system tray, and always in a banner at the top of the window (the fallback where the
desktop has no tray or no notifications). The half hour is the case-file session's
reminder timer (``reminders_due``). What is announced is the reminder service's
``alerts()``: the dashboard's "Needs attention" reads the same.

The tray announces what was not announced before: an alert not yet announced that day, or a
deadline whose group changed since (due today → overdue). A window left open for days
announces every standing alert again on each new day, as one opened that morning would
(a deadline snoozed after its reminder, once its snooze ends); a deadline closed and opened
again the same day (a step undone) is not announced twice (the bookkeeping of what was
announced is :mod:`caseapp.ui.announced_alerts`)."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal
from PySide6.QtWidgets import (
    QPushButton,
    QStyle,
    QSystemTrayIcon,
    QToolButton,
    QWidget,
)

from caseapp.ui.announced_alerts import (
    TOOLTIP_LINES,
    TRAY_LINES,
    Announced,
    alert_at,
    alert_captives,
    alert_count,
    alert_key,
    shown_entries,
)
from caseapp.ui.captive_names import CaptiveName, captive_names, name_of
from caseapp.ui.formats import short_due
from caseapp.ui.i18n import plural
from caseapp.ui.labels import label
from caseapp.ui.literal_text import literal
from caseapp.ui.session import UiContext
from caseapp.ui.widgets.banner import Banner
from caseapp.ui.widgets.elided_label import TwoLineLabel

if TYPE_CHECKING:  # the reminders (and the deadline rules they import) come after the start
    from caseapp.domain.dto import HearingDTO
    from caseapp.services.attention import AttentionItem
    from caseapp.services.deadline_rows import DeadlineRow
    from caseapp.services.reminders import Alerts


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


AFTER_CHANGES_MS = 500  # a burst of writes (an import, a recompute) is checked once


class ReminderBanner(Banner):
    """“2 deadlines overdue, 1 due today — Show them”, above the views."""

    show_requested = Signal()
    hearings_requested = Signal()  # the Hearings view (when hearings alone are announced)
    attention_requested = Signal()  # the dashboard's "Needs attention"
    text: TwoLineLabel

    def __init__(self, parent: QWidget | None = None):
        # Two lines at most, even at 1024 pixels in Armenian: the counts and the most urgent
        # item, each cut with "…"; every item in the tooltip and behind the buttons.
        super().__init__("reminder", ("#fdf2e9", "#e59866", "#6e2c00"), parent,
                         margins=(10, 4, 4, 4), label=TwoLineLabel())
        show = self.show_button = QPushButton(self.tr("Show deadlines"), self)
        show.setObjectName("reminder_show")
        show.clicked.connect(self.show_requested)
        self.hearings_button = QPushButton(self.tr("Show hearings"), self)
        self.hearings_button.setObjectName("reminder_hearings")
        self.hearings_button.clicked.connect(self.hearings_requested)
        self.attention_button = QPushButton(self.tr("Needs attention"), self)
        self.attention_button.setObjectName("reminder_attention")
        self.attention_button.setToolTip(self.tr("Show the dashboard's list of what needs attention"))
        self.attention_button.clicked.connect(self.attention_requested)
        close = QToolButton(self)
        close.setText("×")
        close.setAutoRaise(True)
        close.setToolTip(self.tr("Hide until the next reminder"))
        close.setAccessibleName(close.toolTip())  # read out as what it does, not as "×"
        close.clicked.connect(self.hide)
        self.row.addWidget(show)
        self.row.addWidget(self.hearings_button)
        self.row.addWidget(self.attention_button)
        self.row.addWidget(close)


    def buttons_for(self, alerts: Alerts) -> None:
        """The buttons that lead to what ``alerts`` announce: the deadlines (due, or ahead at
        a reminder day), the hearings (when no deadline is announced: the Deadlines view would
        not show them), what needs attention."""
        deadlines = bool(alerts.deadlines or alerts.coming)
        self.show_button.setVisible(deadlines)
        self.hearings_button.setVisible(bool(alerts.hearings) and not deadlines)
        self.attention_button.setVisible(bool(alerts.follow_ups or alerts.welfare))

    def open_announced(self) -> None:
        """Where a click on the tray's message leads: the first of the buttons shown."""
        for button, signal in ((self.show_button, self.show_requested),
                               (self.hearings_button, self.hearings_requested),
                               (self.attention_button, self.attention_requested)):
            if not button.isHidden():
                signal.emit()
                return
        self.show_requested.emit()


class Notifier(QObject):
    """Checks what is due and announces what was not announced before in this session."""

    def __init__(self, window: QWidget, banner: ReminderBanner, *, tray_allowed: bool = True):
        super().__init__(window)
        self.window = window
        self.banner = banner
        self.ui: UiContext | None = None
        self.announced = Announced()
        self.names: dict[int, CaptiveName] = {}  # spellings of the captives last announced
        # After a write the banner says what is due now: it kept naming a deadline marked done
        # or moved by a new order, until the half-hour check, and disagreed with the views.
        self._after_changes = QTimer(self)
        self._after_changes.setSingleShot(True)
        self._after_changes.setInterval(AFTER_CHANGES_MS)
        self._after_changes.timeout.connect(self.check)
        self.tray: QSystemTrayIcon | None = None
        if tray_allowed and QSystemTrayIcon.isSystemTrayAvailable():
            icon = window.windowIcon()
            if icon.isNull():
                icon = window.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
            self.tray = QSystemTrayIcon(icon, self)
            self.tray.setToolTip(self.tr("CaseApp"))
            self.tray.messageClicked.connect(self.banner.open_announced)
            self.tray.activated.connect(lambda _reason: self._raise())

    @property
    def uses_tray(self) -> bool:
        return self.tray is not None and QSystemTrayIcon.supportsMessages()

    def start(self, ui: UiContext | None) -> None:
        """Watch ``ui``'s case file (None: stop)."""
        if self.ui is not None:
            try:
                self.ui.bus.changed.disconnect(self._changed)
            except (RuntimeError, TypeError):  # the bus of a closed file is gone already
                pass
        self._after_changes.stop()
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
        ui.bus.changed.connect(self._changed)
        self.check()

    def tell_locked(self) -> None:
        """While the window is locked, a moment its file's reminders would have spoken came:
        the tray says reminders wait (nothing of the file: it is closed)."""
        if self.tray is None or not QSystemTrayIcon.supportsMessages():
            return
        self.tray.show()
        self.tray.showMessage(self.tr("CaseApp"), self.tr(
            "Reminders are waiting in the locked case file: unlock CaseApp to see them."),
            QSystemTrayIcon.MessageIcon.Information, 15000)

    def _changed(self, _change: object) -> None:
        self._after_changes.start()  # (again): once the writes stop coming

    def check(self) -> None:
        ui = self.ui
        if ui is None:
            return
        cf = ui.case_file
        already = self.announced.copy()  # the UI thread's own is updated meanwhile

        def read() -> tuple[Alerts, dict[int, CaptiveName], date]:
            day = cf.today()
            alerts = cf.reminders.alerts()
            return alerts, captive_names(cf, alert_captives(alerts, already.on(day))), day

        def announce(found: tuple[Alerts, dict[int, CaptiveName], date]) -> None:
            if self.ui is ui:  # a late answer about a file since closed or locked is dropped
                alerts, names, day = found
                self.announce(alerts, names, day=day)
        ui.runner.submit(read, announce, key="reminders_due")

    def summary(self, alerts: Alerts) -> str:
        from caseapp.services.attention import follow_up_counts
        from caseapp.services.deadline_rows import Group

        rows = alerts.deadlines
        overdue = sum(1 for r in rows if r.group is Group.OVERDUE)
        today = sum(1 for r in rows if r.group is Group.TODAY)
        soon, silent = len(alerts.coming), len(alerts.welfare)
        late, due = follow_up_counts(alerts.follow_ups)
        parts = []
        if overdue:
            parts.append(plural(self.tr("%Ln deadline(s) overdue", "", overdue), overdue))
        if today:
            parts.append(plural(self.tr("%Ln due today", "", today), today))
        if soon:  # within their rules' reminder days
            parts.append(plural(self.tr("%Ln due soon", "", soon), soon))
        hearings_today = sum(1 for _h, ahead in alerts.hearings if ahead == 0)
        hearings_tomorrow = len(alerts.hearings) - hearings_today
        if hearings_today:
            parts.append(plural(self.tr("%Ln hearing(s) today", "", hearings_today),
                                hearings_today))
        if hearings_tomorrow:
            parts.append(plural(self.tr("%Ln hearing(s) tomorrow", "", hearings_tomorrow),
                                hearings_tomorrow))
        if late:
            parts.append(plural(self.tr("%Ln follow-up(s) overdue", "", late), late))
        if due:
            parts.append(plural(self.tr("%Ln follow-up(s) due today", "", due), due))
        if silent:
            parts.append(plural(self.tr("%Ln captive(s) without proof of life", "", silent), silent))
        return ", ".join(parts)

    def deadline_line(self, r: DeadlineRow) -> str:
        name = name_of(r.deadline.captive_id, r.captive_name, self.names)
        cf = self.ui.case_file if self.ui is not None else None
        title = (cf.rule_set.title_in(r.deadline.title, rule_id=r.deadline.rule_id)
                 if cf is not None else r.deadline.title)  # a rule's, in the same language
        # day and month in the interface's language ("3 дек."), and the hour and zone of one
        # due at an hour ("3 дек. 16:00 Париж")
        d = r.deadline
        return f"{short_due(d.due_on, d.due_time, d.timezone)} · {title}" + (
            f" — {name}" if name else "")

    def hearing_line(self, h: HearingDTO) -> str:
        """A hearing today or tomorrow: its day, hour and court's city, its kind and whom it
        concerns ("9 Dec 09:00 Baku · Hearing: Appeal — Armen Vardanyan")."""
        names = ", ".join(name for cid in h.captive_ids if (name := name_of(cid, "", self.names)))
        when = short_due(h.starts_at.date(), h.starts_at.time(), h.timezone)
        kind = self.tr("Hearing: %1").replace("%1", label(h.kind))
        return f"{when} · {kind}" + (f" — {names}" if names else "")

    def item_line(self, item: AttentionItem) -> str:
        """One overdue follow-up or one captive without news, as the tray lists them."""
        days = item.days or 0
        if item.kind == "follow_up":
            text = (self.tr("Follow-up of “%1” due today") if not days else
                    plural(self.tr("Follow-up of “%1” overdue by %Ln day(s)", "", days), days))
            text = text.replace("%1", item.text)
            return text + (f" — {concerned(item, self.names)}" if item.captive_name else "")
        return self.welfare_line(item.captive_id, item.days, item.captive_name)

    def welfare_line(self, captive_id: int | None, days: int | None, fallback: str = "") -> str:
        """One captive without news (``days`` since the last confirmed news, None: none
        recorded), named as the interface names them once their spellings are read."""
        name = name_of(captive_id, fallback, self.names)
        if days is None:
            return self.tr("No confirmed news of %1 is recorded").replace("%1", name)
        return plural(self.tr("No confirmed news of %1 for %Ln day(s)", "", days),
                      days).replace("%1", name)

    def announce(self, alerts: Alerts, names: Mapping[int, CaptiveName] | None = None, *,
                 day: date | None = None) -> None:
        """Show the alerts; ``names``: the spellings of the captives they name; ``day``: the
        case file's today when they were read (on a new day every alert is announced again,
        as on opening)."""
        self.names = dict(names or {})
        if day is not None:
            self.announced = self.announced.on(day)
        text = self.summary(alerts)
        if not text:
            self.banner.hide()
            return
        count = alert_count(alerts)
        shown = shown_entries(alerts, self.announced)
        lines = {n: self.line(alerts, n) for n in shown}  # only the lines shown are written
        # Two lines on a small screen: the counts and the most urgent item; the rest in the
        # tooltip and behind the buttons.
        first = lines[0] if count else ""
        self.banner.text.set_lines(text, first + (" …" if count > 1 else ""))
        self.banner.text.setToolTip(literal(  # names and subjects as typed, never markup
            "\n".join(lines[n] for n in range(min(TOOLTIP_LINES, count)))
            + ("\n…" if count > TOOLTIP_LINES else "")))
        self.banner.buttons_for(alerts)
        fresh = [n for n in shown if alert_key(alerts, n) not in self.announced][:TRAY_LINES]
        if fresh:
            self.banner.show()
        self.announced.add(alerts)
        if fresh and self.uses_tray:
            assert self.tray is not None
            # The system keeps its notifications outside the case file and its lock (in its
            # history, on the lock screen), unencrypted: the counts only, never a name, a
            # title or a subject of the case file; the banner, locked with the window, says
            # which.
            self.tray.showMessage(self.tr("CaseApp: %1").replace("%1", text),
                                  self.tr("Open CaseApp to see which."),
                                  QSystemTrayIcon.MessageIcon.Warning, 15000)

    def line(self, alerts: Alerts, n: int) -> str:
        """The line of the ``n``-th alert (in the order of :func:`alert_key`)."""
        section, k = alert_at(alerts, n)
        if section == "deadlines":
            return self.deadline_line(alerts.deadlines[k])
        if section == "coming":
            return self.deadline_line(alerts.coming[k][0])
        if section == "hearings":
            return self.hearing_line(alerts.hearings[k][0])
        if section == "follow_ups":
            return self.item_line(alerts.follow_ups[k])
        return self.welfare_line(alerts.welfare.ids[k], alerts.welfare.days_of(k))

    def _raise(self) -> None:
        self.window.showNormal()
        self.window.raise_()
        self.window.activateWindow()
