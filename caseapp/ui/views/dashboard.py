"""What needs the lawyer's attention today, at a glance."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QGroupBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from caseapp.domain.enums import CaptiveStatus
from caseapp.services.overview import Dashboard
from caseapp.ui.context import UiContext
from caseapp.ui.labels import label, status_colour
from caseapp.ui.views.base import View

CAPTIVE_ROLE = Qt.ItemDataRole.UserRole + 1


class StatusCard(QFrame):
    def __init__(self, status: CaptiveStatus, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName(f"card_{status.value}")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        colour = status_colour(status).name()
        self.setStyleSheet(f"#card_{status.value} {{ border-left: 6px solid {colour}; "
                           "border-radius: 4px; }")
        self.count = QLabel("–", self)
        self.count.setStyleSheet("font-size: 22pt; font-weight: 600;")
        caption = QLabel(label(status), self)
        caption.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 6, 8, 6)
        layout.addWidget(self.count)
        layout.addWidget(caption)
        self.setMinimumWidth(150)


class DashboardView(View):
    watches = frozenset()  # everything: the dashboard summarises the whole file

    def __init__(self, ui: UiContext, parent: QWidget | None = None):
        super().__init__(ui, parent)
        self.total = QLabel(self)
        self.total.setObjectName("dashboard_total")
        self.total.setStyleSheet("font-size: 14pt;")
        self.cards = {s: StatusCard(s, self) for s in CaptiveStatus}
        cards = QGridLayout()
        for i, status in enumerate(CaptiveStatus):
            cards.addWidget(self.cards[status], i // 4, i % 4)

        self.no_contact = self._list("no_contact")
        self.hearings = self._list("upcoming_hearings")
        self.recent = self._list("recent_changes")
        self.deadlines_panel = QGroupBox(self.tr("Deadlines and reminders"), self)
        self.deadlines_panel.setObjectName("deadlines_panel")
        placeholder = QLabel(self.tr("Deadlines computed from detention orders, verdicts and "
                                     "international filings will be listed here."), self.deadlines_panel)
        placeholder.setWordWrap(True)
        placeholder.setStyleSheet("color: palette(mid);")
        panel_layout = QVBoxLayout(self.deadlines_panel)
        panel_layout.addWidget(placeholder)
        panel_layout.addStretch(1)

        grid = QGridLayout()
        grid.addWidget(self._box(self.tr("Longest without news (proof of life)"), self.no_contact), 0, 0)
        grid.addWidget(self._box(self.tr("Hearings in the next 14 days"), self.hearings), 0, 1)
        grid.addWidget(self.deadlines_panel, 1, 0)
        grid.addWidget(self._box(self.tr("Recently changed"), self.recent), 1, 1)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)

        inner = QWidget(self)
        layout = QVBoxLayout(inner)
        layout.addWidget(self.total)
        layout.addLayout(cards)
        layout.addLayout(grid, 1)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(inner)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)

    def _list(self, name: str) -> QListWidget:
        widget = QListWidget(self)
        widget.setObjectName(name)
        widget.setMinimumHeight(180)
        widget.setAlternatingRowColors(True)
        widget.setWordWrap(True)
        widget.setTextElideMode(Qt.TextElideMode.ElideRight)
        widget.itemActivated.connect(self._activated)
        widget.itemDoubleClicked.connect(self._activated)
        return widget

    def _box(self, title: str, content: QWidget) -> QGroupBox:
        box = QGroupBox(title, self)
        QVBoxLayout(box).addWidget(content)
        return box

    def _activated(self, item: QListWidgetItem) -> None:
        captive_id = item.data(CAPTIVE_ROLE)
        if captive_id is not None:
            self.open_captive.emit(captive_id)

    def reload(self) -> None:
        self.ui.runner.submit(self.ui.case_file.overview.dashboard, self.show_dashboard,
                              self.report_error, key="dashboard")

    def show_dashboard(self, d: Dashboard) -> None:
        self.total.setText(self.tr("%n captive(s) in this case file", "", d.total))
        for status, card in self.cards.items():
            card.count.setText(str(d.by_status.get(status, 0)))
        self.no_contact.clear()
        for row in d.longest_without_contact:
            when = (self.tr("no contact recorded") if row.days_since_contact is None
                    else self.tr("%n day(s) ago", "", row.days_since_contact))
            item = QListWidgetItem(f"{row.primary_name}  —  {when}", self.no_contact)
            item.setData(CAPTIVE_ROLE, row.id)
            item.setToolTip(row.latin_name)
        self.hearings.clear()
        for h in d.upcoming_hearings:
            people = ", ".join(d.names.get(cid, "?") for cid in h.captive_ids)
            item = QListWidgetItem(f"{h.starts_at:%a %d %b %H:%M}  {label(h.kind)} — {people}", self.hearings)
            item.setData(CAPTIVE_ROLE, h.captive_ids[0] if h.captive_ids else None)
            item.setToolTip(f"{h.court}\n{h.starts_at:%Y-%m-%d %H:%M} {h.timezone}")
        if not d.upcoming_hearings:
            QListWidgetItem(self.tr("No hearings scheduled."), self.hearings).setFlags(Qt.ItemFlag.NoItemFlags)
        self.recent.clear()
        for entry in d.recent_changes:
            what = entry.summary + (f" · {entry.field.replace('_', ' ')}" if entry.field else "")
            QListWidgetItem(f"{entry.at.astimezone():%d %b %H:%M}  {entry.actor}: {entry.action.value} {what}",
                            self.recent)
