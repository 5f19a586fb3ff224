"""One captive's file: the header and a tab for each part of the file.

Everything is loaded in one background call (:func:`~caseapp.ui.views.captive_bundle.fetch`)
and shown by :meth:`_loaded`; any committed change that concerns this captive reloads it.
Its tabs are built by :mod:`captive_file_tabs`; what the header and the profile do to the
captive is in :mod:`captive_actions`. The tables are
:class:`~caseapp.ui.views.captive_tabs.Section` widgets whose columns live in
:mod:`captive_columns`; adding, editing and deleting go through
:mod:`caseapp.ui.dialogs.captive_dialogs`.
"""

from __future__ import annotations

import html
from datetime import date
from typing import Any

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import QVBoxLayout, QWidget

from caseapp.domain.clock import (
    ClockSettings,
    DetentionClock,
    clock_of_file,
    expiry_is_custodys,
    file_custody_over,
    file_releases,
)
from caseapp.domain.dto import CaptiveFileDTO, Changes, DetentionOrderDTO
from caseapp.domain.enums import AuditAction
from caseapp.domain.errors import NotFound
from caseapp.domain.order_standing import Standing, standings
from caseapp.domain.stays import stays_at_end
from caseapp.ui.captive_names import CaptiveName
from caseapp.ui.dialogs.captive_kinds import CAPTIVE_PERSON
from caseapp.ui.i18n import plural
from caseapp.ui.labels import label
from caseapp.ui.session import UiContext
from caseapp.ui.signals import EVERY_VIEW
from caseapp.ui.theme import alert_text
from caseapp.ui.views.base import View
from caseapp.ui.views.captive_actions import CaptiveActions
from caseapp.ui.views.captive_bundle import Bundle, fetch
from caseapp.ui.views.captive_documents import DocumentsTab
from caseapp.ui.views.captive_facts import header_facts
from caseapp.ui.views.captive_file_tabs import CaptiveFileTabs
from caseapp.ui.views.captive_header import CaptiveHeader
from caseapp.ui.views.captive_risk import FilingFactsTab
from caseapp.ui.views.captive_status_offer import StatusOfferBar
from caseapp.ui.views.captive_tabs import Section
from caseapp.ui.views.formatters import long_date, number
from caseapp.ui.widgets.wrapped_tabs import WrappedTabs


class CaptiveFileView(View, CaptiveFileTabs, DocumentsTab, FilingFactsTab, CaptiveActions):
    back_requested = Signal()
    deadlines_requested = Signal(int, str)  # the captive's id and name
    watches = frozenset({"organisations", "contacts"})  # their names show in the Advocacy tab
    fits_least_height = True  # no scrolling of the page at 1024×768: its tables scroll

    def __init__(self, ui: UiContext, parent: QWidget | None = None):
        super().__init__(ui, parent)
        self.captive_id: int | None = None
        self.bundle: Bundle | None = None
        self.file: CaptiveFileDTO | None = None
        self.clock: DetentionClock | None = None  # the open captive's, read with the file
        self._standings: dict[int, Standing] = {}  # of its orders, read with the file
        self.today: date = ui.today()
        self.sections: dict[str, Section] = {}
        self._reload_timer = QTimer(self)  # one reload per burst of changes
        self._reload_timer.setSingleShot(True)
        self._reload_timer.setInterval(0)
        self._reload_timer.timeout.connect(self.reload)

        self.header = CaptiveHeader(self)
        self.header.back_requested.connect(self.back_requested)
        self.header.deadlines_requested.connect(
            lambda: self.file is not None and self.deadlines_requested.emit(
                self.file.captive.id, self.file.captive.primary_name))
        self.header.status_requested.connect(self.change_status)
        self.header.dossier_requested.connect(self.open_dossier)
        self.header.letter_requested.connect(self.open_letter)
        self.header.filing_requested.connect(self.open_filing)
        self.header.edit_requested.connect(lambda: self._edit_captive(CAPTIVE_PERSON))
        self.status_offer = StatusOfferBar(self)
        self.status_offer.accepted.connect(self.accept_status_offer)
        self.status_offer.declined.connect(
            lambda s: self._declined.add((self.captive_id, *s.key)))
        # "Not now", per captive (a joint verdict is offered to each co-defendant), while
        # this page lives.
        self._declined: set[tuple] = set()
        self.tabs = WrappedTabs(self)  # every title whole, on two lines where need be
        self.tabs.setObjectName("captive_tabs")
        self._tab_titles: list[tuple[str, str | None]] = []
        for build in (self._profile_tab, self._custody_tab, self._proceedings_tab,
                      self._international_tab, self._filing_tab, self._welfare_tab,
                      self._advocacy_tab,
                      self._documents_tab, self._notes_tab, self._history_tab):
            build()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 0, 4, 4)
        layout.setSpacing(2)
        layout.addWidget(self.header)
        layout.addWidget(self.status_offer)
        layout.addWidget(self.tabs.strip)
        layout.addWidget(self.tabs, 1)

    # -- loading --
    def show_captive(self, captive_id: int) -> None:
        if captive_id != self.captive_id:
            self.captive_id = captive_id
            self._clear()
        self._stale = True
        if self.isVisible():
            self._stale = False
            self.reload()

    def _clear(self) -> None:
        self.bundle = self.file = None
        self.clock = None
        self.header.set_loading()
        for section in self.sections.values():
            section.set_records([])
            section.table.loading = True  # until the file is read
            section.table.viewport().update()
        self.timeline.set_data([], [], self.today)

    def reload(self) -> None:
        if self.captive_id is None:
            return
        cf, captive_id = self.ui.case_file, self.captive_id
        self.ui.runner.submit(lambda: fetch(cf, captive_id), self._loaded, self._failed,
                              key="captive_file")

    def _failed(self, exc: BaseException) -> None:
        for section in self.sections.values():  # not read: no longer said to be reading
            section.table.loading = False
            section.table.viewport().update()
        if isinstance(exc, NotFound):  # deleted meanwhile
            self.captive_id = None
            self.header.set_loading()
            self.message.emit(str(exc))
            return
        self.report_error(exc)

    def on_changes(self, change: Changes) -> None:
        if self.captive_id is None:
            return
        if change.entity == "captives" and change.action is AuditAction.DELETE \
                and self.captive_id in change.ids:
            # deleted (by Undo of its adding, too): its file no longer shown as if it were there
            self.captive_id = None
            self._clear()
            if self.isVisible():
                self.back_requested.emit()
            return
        shown: set[int] = set()  # a hearing may have just dropped this captive
        if self.file is not None and change.entity in ("hearings", "interventions"):
            shown = {r.id for r in getattr(self.file, change.entity)}
        if self.captive_id in change.captive_ids or change.entity in self.watches \
                or shown & set(change.ids) or change.entity in EVERY_VIEW:
            self._stale = True
            if self.isVisible():
                self._stale = False
                self._reload_timer.start()

    def _loaded(self, bundle: Bundle) -> None:
        if bundle.file.captive.id != self.captive_id:
            return
        self.bundle, self.file, self.today = bundle, bundle.file, self.ui.today()
        f = bundle.file
        self.clock = clock_of_file(f, self.today, bundle.clock)
        self._standings = standings(f.detention_orders, self.today, file_releases(f),
                                    custody_over=not expiry_is_custodys(f, self.clock))
        self.silence.setToolTip(self.tr("Shown in red after %1 days without news.")
                                .replace("%1", str(bundle.clock.welfare_threshold_days)))
        self.header.set_captive(f.captive, bundle.photo, header_facts(f, self.clock, self.today,
                                                                  self.ui.now()))
        offered = None if bundle.suggestion is None \
            or (f.captive.id, *bundle.suggestion.key) in self._declined else bundle.suggestion
        self.status_offer.offer(offered, stays_at_end(
            [(p.id, p.facility, p.from_date, p.to_date) for p in f.detention_places],
            offered.since).ending if offered is not None and offered.status.ended else (),
            sex=f.captive.sex, steps=bundle.order_steps, hearings=bundle.hearings_ahead)
        self.profile.set_captive(f.captive)
        self.profile_scroll.setWidgetResizable(True)  # re-reads the wrapped labels' heights
        records = {
            "names": f.captive.names, "identity_documents": f.identity_documents,
            "status_history": f.status_history, "detention_orders": f.detention_orders,
            "detention_places": f.detention_places, "prosecutions": f.prosecutions,
            "hearings": f.hearings, "international_proceedings": f.international_proceedings,
            "welfare_contacts": f.welfare_contacts, "interventions": f.interventions,
            "documents": bundle.documents, "notes": f.notes, "history": bundle.audit}
        for key, rows in records.items():
            self.sections[key].table.loading = False
            self.sections[key].set_records(rows)
        self.profile_split.turn()  # the names just read may need more room
        self.sections["history"].table.placeholder = (
            self._history_closed if self.ui.case_file.login.restricted else self._no_history)
        self._show_charges()
        self.load_filing()
        capture = f.captive.capture.earliest if f.captive.capture else None
        self.timeline.set_data(f.detention_orders, f.hearings, self.today, capture=capture,
                               released=file_releases(f), over=file_custody_over(f),
                               expiry_alert=expiry_is_custodys(f, self.clock))
        self._show_silence()
        for index, (title, counted) in enumerate(self._tab_titles):
            count = len(records[counted]) if counted else 0
            self.tabs.setTabText(index, f"{title} ({count})" if count else title)

    def clock_settings(self) -> ClockSettings:
        """The open captive's clock settings, read with the file (off the UI thread)."""
        return self.bundle.clock if self.bundle is not None else ClockSettings()

    # -- what the tables ask --
    def order_standing(self, order: DetentionOrderDTO) -> Standing:
        """Whether ``order`` is in force, or which order replaced it (none: neither)."""
        return self._standings.get(order.id, Standing(False, None))

    def last_contact(self) -> Any:
        contacts = [c for c in (self.file.welfare_contacts if self.file else ()) if c.confirmed]
        return max(contacts, key=lambda c: (c.contact_on, c.id)) if contacts else None

    def co_defendants(self, record: Any, *, full: bool = False) -> str:
        """The other captives a hearing or an intervention concerns."""
        names = self.bundle.names if self.bundle else {}
        others = [names.get(i, CaptiveName(i, f"#{i}", "")) for i in record.captive_ids if i != self.captive_id]
        if full:
            return "\n".join(other.full for other in others)
        if len(others) > 3:
            more = len(others) - 2
            return plural(self.tr("%1 and %n other(s)", "", more), more).replace(
                "%1", ", ".join(other.short for other in others[:2]))
        return ", ".join(other.short for other in others)

    def addressee(self, i: Any) -> str:
        b = self.bundle
        org = b.organisations.get(i.organisation_id, "") if b and i.organisation_id else ""
        person = b.contacts.get(i.contact_id, "") if b and i.contact_id else ""
        return " — ".join(p for p in (org, person) if p)

    def after_write(self, result: Any) -> Any:
        if result is not None:
            self.message.emit(self.tr("Saved."))
        return result

    # -- the welfare tab's count of days without news --
    def _show_silence(self) -> None:
        last = self.last_contact()
        big = "<span style='font-size:xx-large; font-weight:bold'>%1</span>"
        if last is None:
            text, alert = big.replace("%1", self.tr("No confirmed contact on record.")), True
        else:
            days = (self.today - last.contact_on).days
            if days <= 0:
                text = big.replace("%1", self.tr("Last confirmed contact today (%1, %2)"))
            else:
                text = plural(self.tr("%3 day(s) since the last confirmed contact (%1, %2)", "",
                                      days), days).replace("%3", big.replace("%1", number(days)))
            text = text.replace("%1", html.escape(label(last.kind))) \
                .replace("%2", long_date(last.contact_on))
            alert = days > self.clock_settings().welfare_threshold_days
        self.silence.setText(text)
        self.silence.setStyleSheet(f"color: {alert_text()};" if alert else "")
