"""Contacts & organisations: a searchable directory of the bodies the lawyer writes to, the
people in each, and every intervention addressed to the selected organisation, from which
the captives concerned are a double-click away. Adding, editing and deleting organisations
and people is in :mod:`caseapp.ui.views.contact_writes`."""

from __future__ import annotations

from dataclasses import dataclass
from html import escape as _esc

from PySide6.QtCore import QCoreApplication, QSettings, Qt, QTimer
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from caseapp.domain.dto import Changes, ContactDTO, OrganisationDTO
from caseapp.domain.enums import AuditAction, OrganisationKind
from caseapp.ui.captive_names import choose_captive
from caseapp.ui.formats import language_text
from caseapp.ui.i18n import plural
from caseapp.ui.labels import label
from caseapp.ui.models.records import RecordColumn
from caseapp.ui.session import UiContext
from caseapp.ui.tr_marks import QT_TRANSLATE_NOOP
from caseapp.ui.views.base import View
from caseapp.ui.views.contact_writes import NO_ORGANISATION, ContactWrites
from caseapp.ui.views.formatters import count_text
from caseapp.ui.views.intervention_rows import (
    ICTX,
    InterventionRow,
    intervention_column,
    intervention_rows,
)
from caseapp.ui.views.layout import EmptyMessage, EmptyState, restore_layout, save_layout
from caseapp.ui.views.record_actions import (
    delete_key,
    push_button,
    titled_buttons_over,
)
from caseapp.ui.views.tables import (
    RecordFilterProxy,
    StyledRecordModel,
    TwoLineTitles,
    current_record,
    make_table,
    select_record,
)
from caseapp.ui.widgets.field_texts import name_from_placeholder, placeholder_whole
from caseapp.ui.widgets.fitted_columns import FittedColumns
from caseapp.ui.widgets.flow_layout import FlowLayout

CTX = "ContactsView"


translate = QCoreApplication.translate  # lupdate reads every translate("Context", "source") call


@dataclass(frozen=True)
class Directory:
    organisations: list[OrganisationDTO]
    contacts: list[ContactDTO]
    interventions: list[InterventionRow]


ORG_COLUMNS: tuple[RecordColumn[OrganisationDTO], ...] = (
    RecordColumn(QT_TRANSLATE_NOOP("ContactsView", "Organisation"), lambda o: o.name,
                 sort_key=lambda o: (o.id != NO_ORGANISATION, o.name.casefold()),
                 tooltip=lambda o: o.name),
    RecordColumn(QT_TRANSLATE_NOOP("ContactsView", "Kind"), lambda o: "" if o.id == NO_ORGANISATION else label(o.kind)),
    RecordColumn(QT_TRANSLATE_NOOP("ContactsView", "Country"), lambda o: o.country, tooltip=lambda o: o.country),
    RecordColumn(QT_TRANSLATE_NOOP("ContactsView", "Email"), lambda o: o.email, tooltip=lambda o: o.email),
    RecordColumn(QT_TRANSLATE_NOOP("ContactsView", "Phone"), lambda o: o.phone, tooltip=lambda o: o.phone),
)
PEOPLE_COLUMNS: tuple[RecordColumn[ContactDTO], ...] = (
    RecordColumn(QT_TRANSLATE_NOOP("ContactsView", "Name"), lambda c: c.name, sort_key=lambda c: c.name.casefold()),
    RecordColumn(QT_TRANSLATE_NOOP("ContactsView", "Role"), lambda c: c.role, tooltip=lambda c: c.role),
    RecordColumn(QT_TRANSLATE_NOOP("ContactsView", "Language"), lambda c: language_text(c.language),
                 tooltip=lambda c: language_text(c.language)),
    RecordColumn(QT_TRANSLATE_NOOP("ContactsView", "Email"), lambda c: c.email, tooltip=lambda c: c.email),
    RecordColumn(QT_TRANSLATE_NOOP("ContactsView", "Phone"), lambda c: c.phone, tooltip=lambda c: c.phone),
)
INTERVENTION_COLUMNS = tuple(intervention_column(n) for n in
                             ("date", "subject", "status", "follow_up", "contact", "captives"))


class ContactsView(ContactWrites, View):
    watches = frozenset({"organisations", "contacts", "interventions", "intervention_captives",
                         "captives", "captive_names"})
    fits_least_height = True  # no scrolling of the page at 1024×768: its tables scroll

    def __init__(self, ui: UiContext, parent: QWidget | None = None):
        super().__init__(ui, parent)
        self.directory = Directory([], [], [])
        self._people_by_org: dict[int, list[ContactDTO]] = {}
        self._pending_select: int | None = None  # a record just added, selected once loaded

        self.search = QLineEdit(self)
        self.search.setObjectName("contacts_search")
        self.search.setPlaceholderText(self.tr("Search organisations and people: name, country, "
                                               "email, role…"))
        self.search.setClearButtonEnabled(True)
        name_from_placeholder(self.search)
        placeholder_whole(self.search)  # whole, the filters on a second line if need be
        self.kind = QComboBox(self)
        self.kind.setObjectName("contacts_kind")
        self.kind.setAccessibleName(self.tr("Filter by kind"))  # not its item, "All kinds"
        self.kind.addItem(self.tr("All kinds"), None)
        for member in OrganisationKind:
            self.kind.addItem(label(member), member)
        self.count = QLabel(self)

        # organisations
        self.org_model = StyledRecordModel(ORG_COLUMNS, context=CTX, parent=self,
                                           bold=lambda o: o.id == NO_ORGANISATION)
        self.org_proxy = RecordFilterProxy(self)
        self.org_proxy.setSourceModel(self.org_model)
        self.org_proxy.extra_text = self._people_text
        self.organisations = make_table(self, self.org_proxy, name="contacts_organisations",
                                        widths=(330, 125, 105, 215, 135), stretch=0)
        self.organisations.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.organisations.selectionModel().currentRowChanged.connect(
            lambda *_: self._show_organisation())
        self.organisations.doubleClicked.connect(lambda _i: self.edit_organisation())
        self.org_buttons = [
            push_button(self, self.tr("Add organisation…"), self.add_organisation,
                        "contacts_add_org"),
            push_button(self, self.tr("Edit…"), self.edit_organisation, "contacts_edit_org"),
            push_button(self, self.tr("Delete"), self.delete_organisation, "contacts_delete_org"),
        ]

        # the selected organisation
        self.header = QLabel(self)
        self.header.setObjectName("contacts_header")
        self.header.setWordWrap(True)
        self.header.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
        self.header.setOpenExternalLinks(False)

        self.people_model = StyledRecordModel(PEOPLE_COLUMNS, context=CTX, parent=self)
        self.people_proxy = RecordFilterProxy(self)
        self.people_proxy.setSourceModel(self.people_model)
        self.people = make_table(self, self.people_proxy, name="contacts_people",
                                 widths=(190, 250, 75, 230, 140), stretch=1)
        self.people.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.people.doubleClicked.connect(lambda _i: self.edit_person())
        self.people_buttons = [
            push_button(self, self.tr("Add person…"), self.add_person, "contacts_add_person"),
            push_button(self, self.tr("Edit…"), self.edit_person, "contacts_edit_person"),
            push_button(self, self.tr("Delete"), self.delete_person, "contacts_delete_person"),
        ]

        self.int_model = TwoLineTitles(INTERVENTION_COLUMNS, context=ICTX, parent=self)  # "Контрольный / срок"
        self.int_proxy = RecordFilterProxy(self)
        self.int_proxy.setSourceModel(self.int_model)
        self.interventions = make_table(self, self.int_proxy, name="contacts_interventions",
                                        widths=(90, 300, 95, 105, 140, 230), stretch=1)
        self.interventions.sortByColumn(0, Qt.SortOrder.DescendingOrder)
        self.interventions.doubleClicked.connect(lambda _i: self.open_intervention_captive())
        self.interventions.setToolTip(self.tr("Double-click to open the captive concerned"))
        self.open_button = push_button(
            self, self.tr("Open captive…"), self.open_intervention_captive, "contacts_open_captive",
            self.tr("Open the file of a captive this intervention concerns"))
        self.interventions.selectionModel().currentRowChanged.connect(
            lambda *_: self._update_buttons())
        self.people.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())

        delete_key(self.organisations, self.delete_organisation)
        delete_key(self.people, self.delete_person)

        # layout: the directory, then the selected organisation's people and interventions;
        # each table's title and buttons on one line, the rows below them (at 1024×768 the
        # framed boxes and their button rows left the people two rows)
        filters = FlowLayout()  # on a second line where the width is short
        filters.addWidget(self.kind)
        bar = QHBoxLayout()
        bar.addWidget(self.search, 1, Qt.AlignmentFlag.AlignTop)
        bar.addLayout(filters)
        top = QWidget(self)  # the count on the buttons' line: the search line keeps its room
        top_layout = titled_buttons_over(self.count, self.organisations, self.org_buttons)
        top.setLayout(top_layout)
        top_layout.setContentsMargins(0, 0, 0, 0)
        people_box = QWidget(self)
        people_box.setLayout(titled_buttons_over(self.tr("People"), self.people,
                                                 self.people_buttons))
        int_box = QWidget(self)
        int_box.setLayout(titled_buttons_over(self.tr("Interventions addressed to it"),
                                              self.interventions, [self.open_button]))
        middle = QWidget(self)
        middle_box = QVBoxLayout(middle)
        middle_box.setContentsMargins(0, 0, 0, 0)
        middle_box.addWidget(self.header)
        middle_box.addWidget(people_box, 1)
        self.splitter = QSplitter(Qt.Orientation.Vertical, self)
        self.splitter.addWidget(top)
        self.splitter.addWidget(middle)
        self.splitter.addWidget(int_box)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setSizes([260, 250, 230])
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.splitter, 1)

        self._debounce = QTimer(self, singleShot=True, interval=150)
        self._debounce.timeout.connect(self._apply_filter)
        self.search.textChanged.connect(lambda _t: self._debounce.start())
        self.kind.currentIndexChanged.connect(lambda _i: self._apply_filter())
        restore_layout(ui, "contacts", self._layout())
        # Never sideways at 1024 px, no word cut: columns by what they hold, long cells on
        # more lines, two at most (an intervention's captives took five), the whole text in
        # the tooltip and the record's dialog; the phone, then the email (whole in their
        # tooltips), hidden if need be.
        self.columns_fit = [
            FittedColumns(self.organisations, stretch=0, spare=(4, 3), one_line=(4,), lines=2),
            FittedColumns(self.people, stretch=1, spare=(4, 3), one_line=(4,), lines=2),
            FittedColumns(self.interventions, stretch=1, whole=(0, 3), spare=(5,), lines=2)]
        self._loaded_once = False
        EmptyState(self.organisations, self._empty_directory)
        EmptyState(self.people, lambda: EmptyMessage(
            self.tr("No person of this organisation is recorded."), self.tr("Add a person…"),
            self.add_person) if self.current_organisation() is not None else None)
        self._show_organisation()

    @property
    def search_results(self) -> QWidget:
        return self.organisations  # where Down or Enter in the search box leads

    def _empty_directory(self) -> EmptyMessage | None:
        if not self._loaded_once:
            return None
        if self.org_model.rowCount():
            return EmptyMessage(self.tr("No organisation or person matches the search and the "
                                        "kind chosen."), self.tr("Show all"), self.clear_filter)
        return EmptyMessage(self.tr("No organisations or contacts are recorded yet. Add those you "
                                    "write to: the ICRC delegation, the ombudsman, embassies, UN "
                                    "bodies, families."), self.tr("Add an organisation…"),
                            self.add_organisation)

    def clear_filter(self) -> None:
        self.search.clear()
        self.kind.setCurrentIndex(0)
        self._apply_filter()

    def _layout(self) -> dict[str, QSplitter | QTableView]:
        return {"splitter": self.splitter, "organisations": self.organisations,
                "people": self.people, "interventions": self.interventions}

    def save_state(self, settings: QSettings) -> None:
        save_layout(settings, "contacts", self._layout())

    # -- loading --
    def on_changes(self, change: Changes) -> None:
        if change.entity == "organisations" and change.action == AuditAction.CREATE and change.ids:
            self._pending_select = change.ids[0]  # show the organisation just added
        super().on_changes(change)

    def reload(self) -> None:
        cf, today = self.ui.case_file, self.ui.today()

        def fetch() -> Directory:
            orgs = cf.organisations.list()
            people = cf.contacts.list()
            rows = intervention_rows(cf, cf.interventions.list(), orgs, people, today)
            if any(p.organisation_id is None for p in people):
                orgs.append(OrganisationDTO(
                    NO_ORGANISATION, "", translate("ContactsView", "(People without an organisation)"),
                    OrganisationKind.OTHER, "", "", "", "", "", ""))
            return Directory(orgs, people, rows)

        self.ui.runner.submit(fetch, self._loaded, self.report_error, key="contacts_directory")

    def _loaded(self, directory: Directory) -> None:
        current = self.current_organisation()
        self.directory = directory
        self._loaded_once = True
        self._people_by_org = {}
        for person in directory.contacts:
            key = person.organisation_id or NO_ORGANISATION
            self._people_by_org.setdefault(key, []).append(person)
        self.org_model.set_records(directory.organisations)
        self._update_count()
        wanted = self._pending_select or (current.id if current else None)
        self._pending_select = None
        if not (wanted is not None and select_record(self.organisations, wanted)) \
                and self.org_proxy.rowCount():
            self.organisations.selectRow(0)
        self._show_organisation()

    def _people_text(self, org: OrganisationDTO) -> str:
        people = self._people_by_org.get(org.id, [])
        text = " ".join(f"{p.name} {p.role} {p.email} {p.phone}" for p in people)
        return f"{text} {org.address}"

    # -- filtering --
    def _apply_filter(self) -> None:
        kind = self.kind.currentData()
        # (a combo box gives a StrEnum back as its str value: compare with ==)
        self.org_proxy.set_predicate(
            None if kind is None else (lambda o: o.kind == kind and o.id != NO_ORGANISATION))
        self.org_proxy.set_text(self.search.text())
        self._update_count()
        if not self.organisations.currentIndex().isValid() and self.org_proxy.rowCount():
            self.organisations.selectRow(0)
        self._show_organisation()

    def _update_count(self) -> None:
        shown, total = self.org_proxy.rowCount(), self.org_model.rowCount()
        self.count.setText(count_text(shown, total, plural(self.tr("%Ln organisation(s)", "", total), total)))

    # -- the selected organisation --
    def current_organisation(self) -> OrganisationDTO | None:
        return current_record(self.organisations)

    def select_organisation(self, organisation_id: int) -> bool:
        return select_record(self.organisations, organisation_id)

    def _show_organisation(self) -> None:
        org = self.current_organisation()
        if org is None:
            self.header.setText(self.tr("Select an organisation to see its people and the "
                                        "interventions addressed to it."))
            self.people_model.set_records([])
            self.int_model.set_records([])
            self._update_buttons()
            return
        people = self._people_by_org.get(org.id, [])
        ids = {p.id for p in people}
        if org.id == NO_ORGANISATION:
            rows = [r for r in self.directory.interventions
                    if r.intervention.organisation_id is None and r.intervention.contact_id in ids]
        else:
            rows = [r for r in self.directory.interventions
                    if r.intervention.organisation_id == org.id or r.intervention.contact_id in ids]
        self.people_model.set_records(people)
        self.int_model.set_records(rows)
        if rows:
            self.interventions.selectRow(0)
        details = [x for x in (label(org.kind) if org.id != NO_ORGANISATION else "", org.country,
                               org.address.replace("\n", ", "), org.website) if x]
        html = f"<b style='font-size:large'>{_esc(org.name)}</b>"
        if details:
            html += f"<br><span>{_esc(' · '.join(details))}</span>"
        if org.notes:
            html += f"<br><i>{_esc(org.notes)}</i>"
        self.header.setText(html)
        self._update_buttons()

    def _update_buttons(self) -> None:
        org = self.current_organisation()
        real = org is not None and org.id != NO_ORGANISATION
        self.org_buttons[1].setEnabled(real)
        self.org_buttons[2].setEnabled(real)
        self.people_buttons[0].setEnabled(org is not None)
        person = current_record(self.people) is not None  # Edit and Delete act on the person
        self.people_buttons[1].setEnabled(person)
        self.people_buttons[2].setEnabled(person)
        row: InterventionRow | None = current_record(self.interventions)
        self.open_button.setEnabled(row is not None and bool(row.captive_ids))  # someone to open

    # -- opening captives --
    def open_intervention_captive(self) -> None:
        row: InterventionRow | None = current_record(self.interventions)
        if row is None:
            return
        cid = choose_captive(self, row.captive_ids, row.captive_names)
        if cid is not None:
            self.open_captive.emit(cid)

    def _org_choices(self) -> list[tuple[str, int]]:
        """The organisations a person of the directory may be put in, by name."""
        return sorted(((o.name, o.id) for o in self.directory.organisations
                       if o.id != NO_ORGANISATION), key=lambda c: c[0].casefold())
