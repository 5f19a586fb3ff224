"""The tabs of a captive's file page, built once: the profile, custody, proceedings,
international, welfare, advocacy, notes and history tabs (the documents' and the filing
facts' tabs have modules of their own), and the details each shows beside its table for
the record selected there."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QLabel, QLineEdit, QScrollArea, QWidget

from caseapp.domain.messages import list_separator
from caseapp.ui.dialogs.captive_kinds import CAPTIVE_CASE, CAPTIVE_PERSON
from caseapp.ui.dialogs.filing_kinds import INTERNATIONAL
from caseapp.ui.dialogs.kind_declaration import Kind
from caseapp.ui.dialogs.record_kinds import (
    CHARGE,
    DETENTION_ORDER,
    DETENTION_PLACE,
    HEARING,
    IDENTITY_DOCUMENT,
    INTERVENTION,
    NAME,
    NOTE,
    PROSECUTION,
    WELFARE_CONTACT,
)
from caseapp.ui.views import captive_columns as cols
from caseapp.ui.views.captive_header import ProfilePanel
from caseapp.ui.views.captive_tab_host import TabOfCaptivePage
from caseapp.ui.views.captive_tabs import Section, page, reader, splitter, titled
from caseapp.ui.widgets.field_texts import name_from_placeholder
from caseapp.ui.widgets.focus_ring import ring_when_focused
from caseapp.ui.widgets.timeline import CustodyTimeline
from caseapp.ui.widgets.turning_splitter import TurningSplitter
from caseapp.ui.widgets.wrapped_tabs import WrappedTabs

# lupdate reads every translate("Context", "source") call: these texts keep the page's context
translate = QCoreApplication.translate

DESC = Qt.SortOrder.DescendingOrder
VERTICAL, HORIZONTAL = Qt.Orientation.Vertical, Qt.Orientation.Horizontal


class CaptiveFileTabs(TabOfCaptivePage):
    """Mixed into :class:`~caseapp.ui.views.captive_file.CaptiveFileView`, after the view's
    QWidget base; the view's ``__init__`` makes the tab widget and calls each builder in the
    order of the tabs."""

    tabs: WrappedTabs
    _tab_titles: list[tuple[str, str | None]]  # each tab's title, and the records it counts

    def _section(self, key: str, kind: Kind | None, columns: list, title: str,
                 placeholder: str, **kw: Any) -> Section:
        section = Section(self, kind, columns, title=title, placeholder=placeholder, name=key,
                          parent=self, **kw)
        self.sections[key] = section
        return section

    def _tab(self, widget: QWidget, title: str, tip: str, counted: str | None = None) -> None:
        index = self.tabs.addTab(widget, title)
        self.tabs.setTabToolTip(index, tip)
        self._tab_titles.append((title, counted))

    def _profile_tab(self) -> None:
        self.profile = ProfilePanel()
        self.profile.edit_person.connect(lambda: self._edit_captive(CAPTIVE_PERSON))
        self.profile.edit_case.connect(lambda: self._edit_captive(CAPTIVE_CASE))
        self.profile.choose_photo.connect(self._choose_photo)
        self.profile.remove_photo.connect(self._remove_photo)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(self.profile)
        scroll.setAccessibleName(translate("CaptiveFileView", "Profile"))  # a Tab stop to scroll it: named
        ring_when_focused(scroll)  # and ringed while it has the focus (frameless: no frame)
        # The person's particulars are what the tab is for: never squeezed to a line or two
        # to spare the page its scroll bar (ten lines show; the rest scrolls inside).
        scroll.setMinimumHeight(10 * scroll.fontMetrics().lineSpacing())
        self.profile_scroll = scroll
        names = self._section("names", NAME, cols.name_columns(),
                              translate("CaptiveFileView", "Names in every script"),
                              translate("CaptiveFileView", "No names yet."), stretch=0)
        ids = self._section("identity_documents", IDENTITY_DOCUMENT, cols.identity_columns(),
                            translate("CaptiveFileView", "Identity documents"),
                            translate("CaptiveFileView", "No identity documents recorded."), stretch=0)
        history = self._section("status_history", None, cols.status_columns(self),
                                translate("CaptiveFileView", "Status history"),
                                translate("CaptiveFileView", "No status changes."),
                                stretch=3, sort=(0, DESC))
        history.add_button("change", translate("CaptiveFileView", "Change status…"), self.change_status)
        right = splitter(VERTICAL, names, ids, history, sizes=[220, 120, 160])
        # side by side where both read whole, else the profile over the tables (1024 px, ru/hy)
        self.profile_split = TurningSplitter(
            scroll, right, second_needs=lambda: max(names.wanted_width(), ids.wanted_width()),
            first_needs=lambda: self.profile.minimumSizeHint().width()
            + scroll.verticalScrollBar().sizeHint().width())
        self._tab(page(self.profile_split),
                  translate("CaptiveFileView", "Profile"),
                  translate("CaptiveFileView", "The person, names in every script, identity documents, status history"))

    def _custody_tab(self) -> None:
        self.timeline = CustodyTimeline()
        orders = self._section(
            "detention_orders", DETENTION_ORDER, cols.order_columns(self),
            translate("CaptiveFileView", "Detention orders"),
            translate("CaptiveFileView", "No detention orders recorded. Add the first order to see "
                                         "its expiry here and on the timeline."), sort=(0, DESC))
        places = self._section("detention_places", DETENTION_PLACE, cols.place_columns(self),
                               translate("CaptiveFileView", "Places of detention"),
                               translate("CaptiveFileView", "No place of detention recorded."), stretch=3,
                               sort=(1, DESC))
        self._tab(page(self.timeline, splitter(VERTICAL, orders, places, sizes=[300, 150])),
                  translate("CaptiveFileView", "Custody"),
                  translate("CaptiveFileView", "Custody timeline, detention orders and places of detention"),
                  "detention_orders")

    def _proceedings_tab(self) -> None:
        prosecutions = self._section("prosecutions", PROSECUTION, cols.prosecution_columns(),
                                     translate("CaptiveFileView", "Prosecutions"),
                                     translate("CaptiveFileView", "No prosecution recorded."),
                                     stretch=5, whole=(4,),
                                     lines=None)  # one or two cases, each read whole
        charges = self._section(
            "charges", CHARGE, cols.charge_columns(), translate("CaptiveFileView", "Charges"),
            translate("CaptiveFileView", "No charges in this case."), stretch=1,
            add_values=lambda: {"prosecution_id": getattr(prosecutions.current(), "id", None)})
        prosecutions.selection_changed.connect(self._show_charges)
        hearings = self._section("hearings", HEARING, cols.hearing_columns(self),
                                 translate("CaptiveFileView", "Hearings"),
                                 translate("CaptiveFileView", "No hearings recorded."), stretch=4,
                                 sort=(0, DESC), whole=(0, 5))
        self._tab(page(splitter(VERTICAL, prosecutions, charges, hearings, sizes=[120, 130, 330])),
                  translate("CaptiveFileView", "Proceedings"),
                  translate("CaptiveFileView", "Prosecutions, charges and hearings"),
                  "hearings")

    def _international_tab(self) -> None:
        section = self._section(
            "international_proceedings", INTERNATIONAL, cols.international_columns(),
            translate("CaptiveFileView", "International proceedings"),
            translate("CaptiveFileView", "No filings with the ECHR, UN bodies or others."),
            lines=4)  # the status and the day of the communication below it, the kind, whole
        self._tab(page(section), translate("CaptiveFileView", "International"),
                  translate("CaptiveFileView", "ECHR, UN bodies and other international proceedings"),
                  "international_proceedings")

    def _welfare_tab(self) -> None:
        self.silence = QLabel()
        self.silence.setObjectName("days_since_contact")
        self.silence.setWordWrap(True)
        welfare = self._section("welfare_contacts", WELFARE_CONTACT,
                                cols.welfare_columns(self),
                                translate("CaptiveFileView", "Welfare contacts (proof of life)"),
                                translate("CaptiveFileView", "No contact recorded."), sort=(0, DESC))
        self._tab(page(self.silence, welfare), translate("CaptiveFileView", "Welfare"),
                  translate("CaptiveFileView", "Welfare contacts: proof of life"), "welfare_contacts")

    def _advocacy_tab(self) -> None:
        advocacy = self._section("interventions", INTERVENTION,
                                 cols.intervention_columns(self), translate("CaptiveFileView", "Interventions"),
                                 translate("CaptiveFileView", "No interventions for this captive yet."), stretch=3,
                                 sort=(0, DESC), whole=(0,))
        self.intervention_text = reader("intervention_details")
        advocacy.selection_changed.connect(self._show_intervention)
        details = titled(translate("CaptiveFileView", "Request and response"), self.intervention_text)
        self._tab(page(splitter(VERTICAL, advocacy, details, sizes=[360, 160])),
                  translate("CaptiveFileView", "Advocacy"),
                  translate("CaptiveFileView", "Interventions with organisations, and their follow-ups"),
                  "interventions")

    def _notes_tab(self) -> None:
        notes = self._section("notes", NOTE, cols.note_columns(), translate("CaptiveFileView", "Notes"),
                              translate("CaptiveFileView", "No notes yet."), stretch=1, sort=(0, DESC))
        self.note_text = reader("note_text")
        notes.selection_changed.connect(self._show_note)
        text = titled(translate("CaptiveFileView", "Text"), self.note_text)
        self._tab(page(splitter(HORIZONTAL, notes, text, sizes=[640, 380])), translate("CaptiveFileView", "Notes"),
                  translate("CaptiveFileView", "Notes"), "notes")

    def _deadline_title(self, title: str) -> str:
        """A deadline's stored title as the Deadlines view shows it: its rule's title in the
        interface's language when the rule gave it."""
        cf = self.ui.case_file
        return cf.rule_set.title_in(title) if cf is not None else title

    def _history_tab(self) -> None:
        self._no_history = translate("CaptiveFileView", "No changes recorded.")
        # A team login below internal clearance cannot read the audit log: its history is
        # empty, never because nothing changed.
        self._history_closed = translate("CaptiveFileView", "The history of changes is read from the "
                                                            "audit log, which needs internal clearance.")
        audit = self._section("history", None, cols.history_columns(self._deadline_title),
                              translate("CaptiveFileView", "Every change to this file"),
                              self._no_history, stretch=5, sort=(0, DESC), widest=400,
                              lines=None)  # each change read whole: it has no dialog to open
        self.history_filter = QLineEdit()
        self.history_filter.setObjectName("history_filter")
        self.history_filter.setPlaceholderText(translate("CaptiveFileView", "Filter the history…"))
        self.history_filter.setClearButtonEnabled(True)
        name_from_placeholder(self.history_filter)
        self.history_filter.setMaximumWidth(320)
        self.history_filter.textChanged.connect(audit.proxy.setFilterFixedString)
        audit.add_to_bar(self.history_filter)
        self._tab(page(audit), translate("CaptiveFileView", "History"),
                  translate("CaptiveFileView", "Every change to this captive's file: when, who, what"))

    # -- details beside the tables --
    def _show_charges(self) -> None:
        p = self.sections["prosecutions"].current()
        charges = self.sections["charges"]
        charges.set_records(p.charges if p else [])
        # the title names its table (a buddy): a "&" in the number is shown, not a shortcut
        charges.title.setText(
            translate("CaptiveFileView", "Charges in case %1").replace("%1", p.case_number.replace("&", "&&"))
            if p and p.case_number else translate("CaptiveFileView", "Charges"))
        charges.buttons["add"].setEnabled(p is not None)

    def _show_intervention(self) -> None:
        i = self.sections["interventions"].current()
        if i is None:
            self.intervention_text.clear()
            return
        parts = [f"{i.subject}\n", translate("CaptiveFileView", "Request: %1").replace("%1", i.request or "—"),
                 translate("CaptiveFileView", "Response: %1").replace("%1", i.response or "—")]
        if len(i.captive_ids) > 1:
            others = self.co_defendants(i, full=True).replace("\n", list_separator())
            parts.append(translate("CaptiveFileView", "Also concerns: %1").replace("%1", others))
        self.intervention_text.setPlainText("\n".join(parts))

    def _show_note(self) -> None:
        n = self.sections["notes"].current()
        self.note_text.setPlainText(f"{n.title}\n\n{n.body}".strip() if n else "")
