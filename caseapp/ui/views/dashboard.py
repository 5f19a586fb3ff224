"""What needs the lawyer's attention today, at a glance."""

from __future__ import annotations

import html
from collections.abc import Mapping
from datetime import date
from itertools import pairwise

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from caseapp.domain.enums import CaptiveStatus
from caseapp.services.attention import Attention, AttentionItem
from caseapp.services.deadline_rows import Group
from caseapp.services.overview import Dashboard
from caseapp.ui.captive_names import CaptiveName, captive_names, cut_name, name_of, shown_names
from caseapp.ui.i18n import plural
from caseapp.ui.labels import label, short_hearing_kind
from caseapp.ui.literal_text import breakable, literal
from caseapp.ui.notifier import concerned
from caseapp.ui.session import UiContext
from caseapp.ui.theme import urgency_colour
from caseapp.ui.views.audit_texts import action_label, entry_line
from caseapp.ui.views.base import View
from caseapp.ui.views.dashboard_head import FirstStepsPanel, StatusCard
from caseapp.ui.views.formatters import (
    fill,
    long_date,
    number,
    short_due,
    short_when,
    time_text,
    zone_label,
)

CAPTIVE_ROLE = Qt.ItemDataRole.UserRole + 1
FIRST_STEPS_HIDDEN = "dashboard/first_steps_hidden"  # case-file labels, per user
LEAST_LINES = 3  # lines of text a list keeps room for before the window scrolls
RECENT_LINES = 5  # recent changes in sight at 1024×768 (one line each)
# On a shorter screen (1024×600: the page is some 440 pixels high, at 1024×768 some 600) the
# recent changes keep three lines and give the rest to Needs attention, which showed one item.
SHORT_PAGE, SHORT_RECENT_LINES = 520, 3


def _as_list(value: object) -> list[str]:
    if isinstance(value, str):
        return [value]
    return [str(v) for v in value] if isinstance(value, list) else []


WORD_JOINER = "\u2060"  # no line break here, and nothing drawn


def unbroken(text: str) -> str:
    """``text`` as rich text that never breaks across lines: its spaces non-breaking, nor
    after a hyphen ("3 follow-ups overdue" broke after "follow-")."""
    return html.escape(text).replace(" ", "&nbsp;").replace("-", "-" + WORD_JOINER)


def deadline_days_left(item: AttentionItem, today: date) -> int:
    """The days until a deadline item falls due (negative: overdue), counted from the day it
    falls due here (02:00 in Baku is the day before in Paris), as "Needs attention" read it."""
    if item.days is not None:
        return item.days
    return (item.due_on - today).days if item.due_on else 0


class DashboardView(View):
    watches = frozenset()  # everything: the dashboard summarises the whole file
    fits_least_height = True  # no scrolling of the page at 1024×768: its lists scroll
    deadlines_requested = Signal()
    first_step_requested = Signal(str)  # an action id: new_captive, deadline_settings…

    def __init__(self, ui: UiContext, parent: QWidget | None = None):
        super().__init__(ui, parent)
        self.total = QLabel(self)
        self.total.setObjectName("dashboard_total")
        self.total.setStyleSheet("font-size: 14pt;")
        self.first_steps = FirstStepsPanel(self)
        self.first_steps.hide()
        self.first_steps.requested.connect(self.first_step_requested)
        self.first_steps.dismissed.connect(self.hide_first_steps)
        self.cards = {s: StatusCard(s, self) for s in CaptiveStatus}
        cards = QGridLayout()
        for i, status in enumerate(CaptiveStatus):
            cards.addWidget(self.cards[status], i // 4, i % 4)
            self.cards[status].setVisible(status.chosen)  # “not shown”: in a travel copy only

        self.no_contact = self._list("no_contact")
        self.hearings = self._list("upcoming_hearings")
        self.recent = self._list("recent_changes")
        self.deadlines_panel = QWidget(self)
        self.deadlines_panel.setObjectName("deadlines_panel")
        self.deadline_counts = QLabel(self.deadlines_panel)
        self.deadline_counts.setObjectName("deadline_counts")
        self.deadline_counts.setTextFormat(Qt.TextFormat.RichText)
        self.deadline_counts.setWordWrap(True)  # narrow screens: the counts take two lines
        self.attention = self._list("attention")
        all_deadlines = QPushButton(self.tr("All deadlines…"), self.deadlines_panel)
        all_deadlines.setObjectName("dashboard_all_deadlines")
        all_deadlines.clicked.connect(self.show_deadlines)
        # the button beside the title, the counts under it across the panel's width: beside
        # the button they had a third of it and broke inside a count ("2՝ այս" / "շաբաթ")
        panel_layout = self._titled(self.deadlines_panel, self.tr("Needs attention"),
                                    self.attention, beside=all_deadlines)
        panel_layout.insertWidget(1, self.deadline_counts)

        # Columns of boxes, not a grid: a grid counts the box whose counts wrap at the height
        # it would like, and the page scrolled at 1024×768; a column counts its least.
        right = QVBoxLayout()
        right.addWidget(self._box(self.tr("Hearings in the next 14 days"), self.hearings))
        right.addWidget(self._box(self.tr("Longest without news (proof of life)"), self.no_contact))
        columns = QHBoxLayout()
        columns.addWidget(self.deadlines_panel, 1)
        columns.addLayout(right, 1)
        lists = QVBoxLayout()
        lists.addLayout(columns, 2)
        # one line a change or a hearing (whole in its tooltip), RECENT_LINES changes at least
        for one_line in (self.recent, self.hearings):  # (a hearing took two or three lines)
            one_line.setWordWrap(False)
            one_line.setUniformItemSizes(True)
            # cut with "…", not scrolled sideways (the hearings in Armenian were)
            one_line.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self._fit_recent()
        lists.addWidget(self._box(self.tr("Recently changed"), self.recent), 1)

        # Tab as the page reads: the left column, the right one, the changes under both (the
        # lists were made in another order: the hearings came after the proof of life)
        chain = (all_deadlines, self.attention, self.hearings, self.no_contact, self.recent)
        for before, after in pairwise(chain):
            QWidget.setTabOrder(before, after)

        layout = QVBoxLayout(self)
        layout.addWidget(self.total)
        layout.addWidget(self.first_steps)
        layout.addLayout(cards)
        layout.addLayout(lists, 1)

    def _fit_recent(self) -> None:
        """The recent changes' list tall enough for RECENT_LINES rows whole (on a short
        page, SHORT_RECENT_LINES)."""
        row = self.recent.sizeHintForRow(0) if self.recent.count() else -1
        row = row if row > 0 else self.recent.fontMetrics().lineSpacing() + 4
        lines = SHORT_RECENT_LINES if 0 < self.height() < SHORT_PAGE else RECENT_LINES
        self.recent.setMinimumHeight(lines * row + 2 * self.recent.frameWidth())

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_recent()

    def _first_steps_hidden(self) -> bool:
        settings = self.ui.settings
        return (settings is not None
                and self.ui.case_file.label in _as_list(settings.value(FIRST_STEPS_HIDDEN)))

    def hide_first_steps(self) -> None:
        """The lawyer hid the checklist: not shown again for this case file."""
        self.first_steps.hide()
        settings = self.ui.settings
        if settings is not None:
            hidden = _as_list(settings.value(FIRST_STEPS_HIDDEN))
            settings.setValue(FIRST_STEPS_HIDDEN, [*hidden, self.ui.case_file.label][-50:])

    def _list(self, name: str) -> QListWidget:
        widget = QListWidget(self)
        widget.setObjectName(name)
        # room for its first lines at least; the rest scrolls inside the list, not the page
        widget.setMinimumHeight(LEAST_LINES * widget.fontMetrics().lineSpacing()
                                + 2 * widget.frameWidth() + 4)
        widget.setAlternatingRowColors(True)
        widget.setWordWrap(True)
        widget.setTextElideMode(Qt.TextElideMode.ElideRight)
        widget.itemActivated.connect(self._activated)
        widget.itemDoubleClicked.connect(self._activated)
        return widget

    def _box(self, title: str, content: QWidget) -> QWidget:
        box = QWidget(self)
        self._titled(box, title, content)
        return box

    @staticmethod
    def _titled(box: QWidget, title: str, content: QWidget,
                beside: QWidget | None = None) -> QVBoxLayout:
        """A list under its title in bold, without a frame's caption and margins around it:
        at 1024×768 the lists have the height four framed boxes took. ``beside``: a button
        on the title's line, at its right."""
        caption = QLabel(title, box)
        caption.setStyleSheet("font-weight: 600;")
        caption.setBuddy(content)
        content.setAccessibleName(title)
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        if beside is None:
            layout.addWidget(caption)
        else:
            head = QHBoxLayout()
            head.addWidget(caption, 1)
            head.addWidget(beside)
            layout.addLayout(head)
        layout.addWidget(content, 1)
        return layout

    def show_deadlines(self) -> None:
        self.deadlines_requested.emit()

    def _activated(self, item: QListWidgetItem) -> None:
        captive_id = item.data(CAPTIVE_ROLE)
        if captive_id is not None:
            self.open_captive.emit(captive_id)

    def reload(self) -> None:
        cf = self.ui.case_file
        def dashboard() -> tuple[Dashboard, dict[int, CaptiveName]]:
            d = cf.overview.dashboard()
            return d, captive_names(cf, (cid for h in d.upcoming_hearings for cid in h.captive_ids))

        def attention() -> tuple[Attention, dict[int, CaptiveName]]:
            a = cf.reminders.attention()
            return a, captive_names(cf, (i.captive_id for i in a.items if i.captive_id))

        self.ui.runner.submit(dashboard, lambda found: self.show_dashboard(*found),
                              self.report_error, key="dashboard")
        self.ui.runner.submit(attention, lambda found: self.show_attention(*found), self.report_error,
                              key="attention")

    def attention_text(self, item: AttentionItem, today: date) -> str:
        """What the dashboard says of one item, in the user's language."""
        days = item.days or 0
        if item.kind == "deadline":
            left = deadline_days_left(item, today)
            if item.overdue and left >= 0:  # its hour (shown beside it) has passed today
                when = self.tr("overdue")
            else:
                when = (plural(self.tr("overdue by %Ln day(s)", "", -left), -left) if left < 0
                        else self.tr("today") if left == 0
                        else plural(self.tr("in %Ln day(s)", "", left), left))
            cf = self.ui.case_file  # a rule's title in the interface's language
            title = cf.rule_set.title_in(item.text) if cf is not None else item.text
            # its hour and zone beside its day, as the Deadlines view shows them
            due = short_due(item.due_on, item.due_time, item.timezone) if item.due_on else ""
            return f"{due} ({when}) — {title}"
        if item.kind == "follow_up" and not days:
            return fill(self.tr("Follow-up of “%1” due today (%2)."), item.text, long_date(item.due_on))
        if item.kind == "follow_up":
            # in one pass: a subject's own "%2" is the lawyer's text, not the day
            return fill(plural(self.tr("Follow-up of “%1” overdue by %Ln day(s) (due %2).", "",
                                       days), days), item.text, long_date(item.due_on))
        if item.kind == "expired":
            return self.tr("Detention order expired on %1; no later order is recorded.").replace(
                "%1", long_date(item.due_on))
        if item.kind == "expiry" and (item.case_number or item.order_start):
            return self.order_expiry_text(item, days)
        if item.kind == "expiry" and days == 0:
            return self.tr("Detention order expires today (%1); no hearing is recorded before "
                           "then.").replace("%1", long_date(item.due_on))
        if item.kind == "expiry":
            return plural(self.tr("Detention order expires in %Ln day(s) (%1); no hearing is recorded before "
                      "then.", "", days), days).replace("%1", long_date(item.due_on))
        if item.kind == "maximum":
            return self.tr("%1 days in custody: over the statutory maximum of %2.").replace(
                "%1", number(days)).replace("%2", number(item.limit or 0))
        if item.kind == "pow_confinement":
            return self.tr("Prisoner of war confined awaiting trial for %1 days; GC III Art. 103 "
                           "allows three months (until %2).").replace(
                "%1", number(days)).replace("%2", long_date(item.due_on))
        if item.kind == "welfare":
            return (self.tr("No confirmed news is recorded.") if item.days is None
                    else plural(self.tr("No confirmed news for %Ln day(s).", "", days), days))
        if item.kind == "independent":
            return (self.tr("No independent proof of life (ICRC, consular or lawyer visit) is "
                            "recorded.") if item.days is None
                    else plural(self.tr("No independent proof of life for %Ln day(s) (last: %1).",
                                        "", days), days).replace("%1", long_date(item.due_on)))
        return self.tr("Nothing ahead: no deadline still to come and no hearing to come.")

    def order_expiry_text(self, item: AttentionItem, days: int) -> str:
        """The expiry of one of the orders of several criminal cases custody runs under,
        naming it: its case's number, else the day it started."""
        when = long_date(item.due_on)
        if item.case_number:
            text = (self.tr("Detention order in criminal case %2 expires today (%1); no hearing "
                            "is recorded before then.") if days == 0 else plural(self.tr(
                "Detention order in criminal case %2 expires in %Ln day(s) (%1); no hearing is "
                "recorded before then.", "", days), days))
            return fill(text, when, item.case_number)
        text = (self.tr("Detention order of %2 expires today (%1); no hearing is recorded "
                        "before then.") if days == 0 else plural(self.tr(
            "Detention order of %2 expires in %Ln day(s) (%1); no hearing is recorded before "
            "then.", "", days), days))
        return fill(text, when, long_date(item.order_start))

    def show_attention(self, a: Attention, names: Mapping[int, CaptiveName] | None = None) -> None:
        c = a.counts
        overdue, today, week = (urgency_colour(k).name() for k in ("overdue", "today", "week"))
        parts = [(c[Group.OVERDUE], plural(self.tr("%Ln overdue", "", c[Group.OVERDUE]), c[Group.OVERDUE]),
                  overdue),
                 (c[Group.TODAY], plural(self.tr("%Ln due today", "", c[Group.TODAY]), c[Group.TODAY]), today),
                 (c[Group.THIS_WEEK], plural(self.tr("%Ln this week", "", c[Group.THIS_WEEK]), c[Group.THIS_WEEK]),
                  week),
                 (c[Group.LATER], plural(self.tr("%Ln later", "", c[Group.LATER]), c[Group.LATER]), None)]
        late, due = a.follow_ups_overdue, a.follow_ups_today
        if late:
            parts.append((late, plural(self.tr("%Ln follow-up(s) overdue", "", late), late), overdue))
        if due:
            parts.append((due, plural(self.tr("%Ln follow-up(s) due today", "", due), due), today))
        self.deadline_counts.setText("&nbsp;&nbsp;·&nbsp; ".join(  # broken after a "·" only
            f"<span style='color:{colour}'><b>{unbroken(text)}</b></span>" if n and colour
            else unbroken(text) for n, text, colour in parts))
        self.attention.clear()
        style = self.style()
        icons = {"deadline": QStyle.StandardPixmap.SP_MessageBoxWarning,
                 "follow_up": QStyle.StandardPixmap.SP_MessageBoxWarning,
                 "expired": QStyle.StandardPixmap.SP_MessageBoxCritical,
                 "expiry": QStyle.StandardPixmap.SP_MessageBoxCritical,
                 "maximum": QStyle.StandardPixmap.SP_MessageBoxCritical,
                 "pow_confinement": QStyle.StandardPixmap.SP_MessageBoxCritical,
                 "welfare": QStyle.StandardPixmap.SP_MessageBoxQuestion,
                 "independent": QStyle.StandardPixmap.SP_MessageBoxQuestion,
                 "forgotten": QStyle.StandardPixmap.SP_MessageBoxInformation}
        for item in a.items:
            text = self.attention_text(item, a.today)
            if item.captive_name:
                text = f"{concerned(item, names)}: {text}"
            entry = QListWidgetItem(style.standardIcon(icons[item.kind]), breakable(text),
                                    self.attention)
            entry.setData(CAPTIVE_ROLE, item.captive_id)
            entry.setToolTip(literal(text))  # whole, as the line says it (item.text is the service's English)
            if (item.kind == "deadline" and (item.overdue
                                             or deadline_days_left(item, a.today) < 0)) or (
                    item.kind == "follow_up" and item.due_on and item.due_on < a.today):
                entry.setForeground(urgency_colour("overdue", self.attention.palette().base().color()))
        if not a.items:
            QListWidgetItem(self.tr("Nothing needs attention: no deadline this week, no warning."),
                            self.attention).setFlags(Qt.ItemFlag.NoItemFlags)

    def show_dashboard(self, d: Dashboard, names: Mapping[int, CaptiveName] | None = None) -> None:
        names = names or {}
        self.total.setText(plural(self.tr("%Ln captive(s) in this case file", "", d.total), d.total))
        self.first_steps.show_steps(d.first_steps)
        if self._first_steps_hidden():
            self.first_steps.hide()
        for status, card in self.cards.items():
            card.show_count(d.by_status.get(status, 0))
            card.setVisible(status.chosen or bool(d.by_status.get(status)))  # in a travel copy
        self.no_contact.clear()
        for row in d.longest_without_contact:
            when = (self.tr("no contact recorded") if row.days_since_contact is None
                    else plural(self.tr("%Ln day(s) ago", "", row.days_since_contact), row.days_since_contact))
            first, second = shown_names(row.spellings, latin=row.latin_name, primary=row.primary_name)
            item = QListWidgetItem(f"{cut_name(first)}  —  {when}", self.no_contact)
            item.setData(CAPTIVE_ROLE, row.id)
            item.setToolTip(literal("\n".join(n for n in (first if cut_name(first) != first else "",
                                                           second) if n)))
        if not d.longest_without_contact:
            QListWidgetItem(self.tr("Nobody in custody or missing: no news to wait for."),
                            self.no_contact).setFlags(Qt.ItemFlag.NoItemFlags)
        self.hearings.clear()
        for h in d.upcoming_hearings:  # one line each, the kind said short; whole in the tooltip
            people = ", ".join(fill(self.tr("%1 (no longer in custody)"), name_of(
                cid, d.names.get(cid, "?"), names)) if cid in d.no_longer_held else
                name_of(cid, d.names.get(cid, "?"), names) for cid in h.captive_ids)
            when = short_when(h.starts_at, weekday=True)
            item = QListWidgetItem(f"{when}  {short_hearing_kind(h.kind)} — {people}", self.hearings)
            item.setData(CAPTIVE_ROLE, h.captive_ids[0] if h.captive_ids else None)
            tip = (f"{when}  {label(h.kind)} — {people}", h.court, f"{long_date(h.starts_at.date())} "
                   f"{time_text(h.starts_at)} {zone_label(h.timezone, h.starts_at)}")
            item.setToolTip(literal("\n".join(line for line in tip if line)))
        if not d.upcoming_hearings:
            QListWidgetItem(self.tr("No hearings scheduled."), self.hearings).setFlags(Qt.ItemFlag.NoItemFlags)
        self.recent.clear()
        cf = self.ui.case_file
        titles = cf.rule_set.title_in if cf is not None else str
        for entry in d.recent_changes:
            what = entry_line(entry, titles)
            text = (f"{short_when(entry.at.astimezone())}  {entry.actor}: "
                    f"{action_label(entry.action)} · {what}")
            item = QListWidgetItem(text, self.recent)
            item.setToolTip(literal(text))
            item.setData(CAPTIVE_ROLE, d.recent_captives.get(entry.captive_uid))
        if not d.recent_changes:
            # (a team login below internal reads no audit log: not "nothing recorded")
            empty = (self.tr("Recent changes are read from the audit log, which needs internal "
                             "clearance.") if cf is not None and cf.login.restricted else
                     self.tr("Nothing recorded yet: what you add or change shows here."))
            QListWidgetItem(empty, self.recent).setFlags(Qt.ItemFlag.NoItemFlags)
        self._fit_recent()
