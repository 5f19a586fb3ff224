"""The advocacy log: every letter, meeting, call and filing, to whom, about whom, what came
of it and when to follow up (overdue follow-ups in red). From an intervention, the captives
it concerns are one double-click away."""

from __future__ import annotations

from dataclasses import dataclass
from html import escape
from typing import Any

from PySide6.QtCore import QCoreApplication, QModelIndex, QSettings, Qt, QTimer
from PySide6.QtWidgets import (
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSplitter,
    QTableView,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from caseapp.domain.dto import Changes, ContactDTO, InterventionDTO, OrganisationDTO
from caseapp.domain.enums import AuditAction, Channel, InterventionStatus
from caseapp.ui.captive_names import CaptiveList, choose_captive
from caseapp.ui.dialogs.record_dialog import Field, RecordDialog
from caseapp.ui.i18n import plural
from caseapp.ui.labels import label
from caseapp.ui.session import UiContext
from caseapp.ui.theme import urgency_colour
from caseapp.ui.views.base import View
from caseapp.ui.views.formatters import count_text, date_text
from caseapp.ui.views.intervention_rows import (
    ICTX,
    InterventionRow,
    intervention_column,
    intervention_rows,
)
from caseapp.ui.views.layout import EmptyMessage, EmptyState, restore_layout, save_layout
from caseapp.ui.views.record_actions import (
    buttons_over,
    delete_key,
    delete_record,
    edit_dialog,
    push_button,
    run_dialog,
)
from caseapp.ui.views.tables import (
    RecordFilterProxy,
    TwoLineTitles,
    current_record,
    make_table,
    select_record,
)
from caseapp.ui.widgets.captive_picker import CaptiveSource
from caseapp.ui.widgets.field_texts import name_from_placeholder, placeholder_whole
from caseapp.ui.widgets.fitted_columns import FittedColumns
from caseapp.ui.widgets.flow_layout import FlowLayout

COLUMN_NAMES = ("date", "addressee", "channel", "subject", "status", "follow_up", "captives")
COLUMNS = tuple(intervention_column(n) for n in COLUMN_NAMES)
CAPTIVES_COLUMN = COLUMN_NAMES.index("captives")
SUBJECT_COLUMN, ADDRESSEE_COLUMN = COLUMN_NAMES.index("subject"), COLUMN_NAMES.index("addressee")
OPEN, OVERDUE = "@open", "@overdue"  # status filter choices beyond the statuses themselves


translate = QCoreApplication.translate  # lupdate reads every translate("Context", "source") call


@dataclass(frozen=True)
class AdvocacyLog:
    rows: list[InterventionRow]
    organisations: list[OrganisationDTO]
    contacts: list[ContactDTO]


def intervention_fields(organisations: list[tuple[str, int]], contacts: list[tuple[str, int]],
                        captives: CaptiveSource,
                        contact_organisations: dict[int, int | None] | None = None
                        ) -> list[Field]:
    return [
        Field("made_on", translate("AdvocacyView", "Date"), "date", required=True),
        Field("organisation_id", translate("AdvocacyView", "Organisation"), "ref", choices=organisations,
              help=translate("AdvocacyView", "Left empty, it is taken from the person's organisation")),
        Field("contact_id", translate("AdvocacyView", "Person"), "ref", choices=contacts, narrow_by="organisation_id",
              groups=contact_organisations or {}),
        Field("channel", translate("AdvocacyView", "Channel"), "enum", enum=Channel),
        Field("subject", translate("AdvocacyView", "Subject")),
        Field("request", translate("AdvocacyView", "Request"), "multiline"),
        Field("response", translate("AdvocacyView", "Response"), "multiline"),
        Field("status", translate("AdvocacyView", "Status"), "enum", enum=InterventionStatus),
        Field("follow_up_on", translate("AdvocacyView", "Follow up on"), "date"),
        Field("captive_ids", translate("AdvocacyView", "Captives concerned"), "captives", source=captives,
              aliases=("captives",)),
    ]


def choices_of(organisations: list[OrganisationDTO], contacts: list[ContactDTO]) \
        -> tuple[list[tuple[str, int]], list[tuple[str, int]]]:
    """Organisations and people as (label, id), people labelled with their organisation."""
    orgs = {o.id: o.name for o in organisations}
    org_choices = sorted(((o.name, o.id) for o in organisations), key=lambda c: c[0].casefold())
    people = sorted(((f"{c.name} ({orgs[c.organisation_id]})" if c.organisation_id in orgs
                      else c.name, c.id) for c in contacts), key=lambda c: c[0].casefold())
    return org_choices, people


def intervention_dialog(ui: UiContext, organisations: list[OrganisationDTO],
                        contacts: list[ContactDTO],
                        intervention: InterventionDTO | None = None, *,
                        parent: QWidget | None = None) -> RecordDialog:
    """The add (``intervention`` None) or edit dialog of an intervention; saving records undo.
    Captives are found by name as the user types (the picker); the Person box offers the
    chosen organisation's people."""
    org_choices, people = choices_of(organisations, contacts)
    source = CaptiveSource(ui, suggested=intervention.captive_ids if intervention else ())
    fields = intervention_fields(org_choices, people, source,
                                 {c.id: c.organisation_id for c in contacts})
    if intervention is None:
        values: dict[str, Any] = {"made_on": ui.today(), "status": InterventionStatus.DRAFT}
    else:
        values = {f.name: getattr(intervention, f.name) for f in fields}
        values["captive_ids"] = list(intervention.captive_ids)
    title = (translate("AdvocacyView", "Edit intervention") if intervention
             else translate("AdvocacyView", "Add intervention"))
    dialog = edit_dialog(ui, title=title, fields=fields, service="interventions",
                         noun=translate("AdvocacyView", "intervention"), values=values, parent=parent,
                         record_id=intervention.id if intervention else None)
    dialog.setObjectName("intervention_dialog")
    return dialog


class AdvocacyView(View):
    watches = frozenset({"interventions", "intervention_captives", "organisations", "contacts",
                         "captives", "captive_names"})

    def __init__(self, ui: UiContext, parent: QWidget | None = None):
        super().__init__(ui, parent)
        self.log = AdvocacyLog([], [], [])
        self._pending_select: int | None = None

        self.search = QLineEdit(self)
        self.search.setObjectName("advocacy_search")
        self.search.setPlaceholderText(
            self.tr("Filter by subject, addressee, captive, request or response…"))
        self.search.setClearButtonEnabled(True)
        name_from_placeholder(self.search)
        placeholder_whole(self.search)  # whole, the filters on more lines if need be
        self.status = QComboBox(self)
        self.status.setObjectName("advocacy_status")
        self.status.setAccessibleName(self.tr("Filter by status"))  # not its item
        self.status.addItem(self.tr("All statuses"), None)
        self.status.addItem(self.tr("Not closed"), OPEN)
        self.status.addItem(self.tr("Follow-up overdue"), OVERDUE)
        for member in InterventionStatus:
            self.status.addItem(label(member), member)
        self.count = QLabel(self)
        self.count.setObjectName("advocacy_count")
        self.overdue = QLabel(self)
        self.overdue.setObjectName("advocacy_overdue")
        self.overdue.setStyleSheet(f"color: {urgency_colour('overdue').name()}; font-weight: bold;")

        self.model = TwoLineTitles(COLUMNS, context=ICTX, parent=self)  # "Контрольный / срок"
        self.proxy = RecordFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.extra_text = lambda r: " ".join(
            [r.intervention.request, r.intervention.response, *(c.search_text for c in r.captives)])
        self.table = make_table(self, self.proxy, name="advocacy_table",
                                widths=(88, 150, 70, 200, 95, 100, 120), stretch=SUBJECT_COLUMN)
        self.table.setAccessibleName(self.tr("Advocacy log"))  # read out, not "table"
        self.table.sortByColumn(0, Qt.SortOrder.DescendingOrder)
        self.table.doubleClicked.connect(self._double_clicked)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._show_details())
        delete_key(self.table, self.delete_intervention)

        self.buttons = {
            "add": push_button(self, self.tr("Add…"), self.add_intervention, "advocacy_add",
                               self.tr("Record a new intervention")),
            "edit": push_button(self, self.tr("Edit…"), self.edit_intervention, "advocacy_edit"),
            "delete": push_button(self, self.tr("Delete"), self.delete_intervention,
                                  "advocacy_delete"),
            "open": push_button(self, self.tr("Open captive…"), self.open_intervention_captive,
                                "advocacy_open",
                                self.tr("Open the file of a captive this intervention concerns")),
        }

        # the selected intervention
        self.text = QTextBrowser(self)
        self.text.setObjectName("advocacy_text")
        self.text.setOpenLinks(False)
        self.captives = CaptiveList(self)
        self.captives.setObjectName("advocacy_captives")
        self.captives.chosen.connect(self.open_captive)
        details = QGroupBox(self.tr("Request and response"), self)
        QVBoxLayout(details).addWidget(self.text)
        people = QGroupBox(self.tr("Captives concerned (double-click to open)"), self)
        QVBoxLayout(people).addWidget(self.captives)
        self.lower_panes = QSplitter(self)
        self.lower_panes.addWidget(details)
        self.lower_panes.addWidget(people)
        self.lower_panes.setSizes([640, 380])

        filters = FlowLayout()  # on a second line where the width is short
        for widget in (self.status, self.overdue, self.count):
            filters.addWidget(widget)
        bar = QHBoxLayout()
        bar.addWidget(self.search, 1, Qt.AlignmentFlag.AlignTop)
        bar.addLayout(filters)
        top = QWidget(self)  # the buttons over the table: it has the width for seven columns
        top.setLayout(buttons_over(self.table, list(self.buttons.values())))
        self.splitter = QSplitter(Qt.Orientation.Vertical, self)
        self.splitter.addWidget(top)
        self.splitter.addWidget(self.lower_panes)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setSizes([470, 250])
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.splitter, 1)

        self._debounce = QTimer(self, singleShot=True, interval=150)
        self._debounce.timeout.connect(self._apply_filter)
        self.search.textChanged.connect(lambda _t: self._debounce.start())
        self.status.currentIndexChanged.connect(lambda _i: self._apply_filter())
        restore_layout(ui, "advocacy", self._layout())
        # At 1024 pixels every column in view and no word cut: columns by what they hold,
        # long cells on a second line (an addressee, a subject) and no more (whole in the
        # tooltip and the panel below), the captives (also below) hidden rather than words cut.
        self.columns_fit = FittedColumns(self.table, stretch=SUBJECT_COLUMN,
                                         whole=(COLUMN_NAMES.index("date"),
                                                COLUMN_NAMES.index("follow_up")),
                                         spare=(CAPTIVES_COLUMN,), lines=2)
        self._loaded_once = False
        EmptyState(self.table, self._empty_log)
        self._show_details()

    def _empty_log(self) -> EmptyMessage | None:
        if not self._loaded_once:
            return None
        if self.model.rowCount():
            return EmptyMessage(self.tr("No intervention matches the search and the status chosen."),
                                self.tr("Show all interventions"), self.clear_filter)
        return EmptyMessage(self.tr("No interventions are recorded yet. Record each letter, meeting, "
                                    "call or filing, and when to follow it up: CaseApp reminds you "
                                    "on that day and once it is overdue."),
                            self.tr("Record an intervention…"), self.add_intervention)

    def clear_filter(self) -> None:
        self.search.clear()
        self.status.setCurrentIndex(0)
        self._apply_filter()

    def _layout(self) -> dict[str, QSplitter | QTableView]:
        return {"splitter": self.splitter, "lower": self.lower_panes, "table": self.table}

    def save_state(self, settings: QSettings) -> None:
        save_layout(settings, "advocacy", self._layout())

    # -- loading --
    def on_changes(self, change: Changes) -> None:
        if change.entity == "interventions" and change.action == AuditAction.CREATE and change.ids:
            self._pending_select = change.ids[0]  # show what was just recorded
        super().on_changes(change)

    def reload(self) -> None:
        cf, today = self.ui.case_file, self.ui.today()

        def fetch() -> AdvocacyLog:
            orgs, people = cf.organisations.list(), cf.contacts.list()
            rows = intervention_rows(cf, cf.interventions.list(), orgs, people, today)
            return AdvocacyLog(rows, orgs, people)

        self.ui.runner.submit(fetch, self._loaded, self.report_error, key="advocacy_log")

    def _loaded(self, log: AdvocacyLog) -> None:
        current = self.current_row()
        self.log = log
        self._loaded_once = True
        self.model.set_records(log.rows)
        wanted = self._pending_select or (current.id if current else None)
        self._pending_select = None
        if not (wanted is not None and select_record(self.table, wanted)) and self.proxy.rowCount():
            self.table.selectRow(0)
        self._update_count()
        self._show_details()

    # -- filtering --
    def set_status_filter(self, choice: Any) -> None:
        self.status.setCurrentIndex(max(0, self.status.findData(choice)))

    def _apply_filter(self) -> None:
        choice = self.status.currentData()  # a status comes back from the combo as its str

        def wanted(r: InterventionRow) -> bool:
            if choice == OPEN:
                return r.intervention.status is not InterventionStatus.CLOSED
            if choice == OVERDUE:
                return r.overdue_days > 0
            return r.intervention.status == choice

        self.proxy.set_predicate(None if choice is None else wanted)
        self.proxy.set_text(self.search.text())
        if not self.table.currentIndex().isValid() and self.proxy.rowCount():
            self.table.selectRow(0)
        self._update_count()
        self._show_details()

    def _update_count(self) -> None:
        shown, total = self.proxy.rowCount(), self.model.rowCount()
        self.count.setText(count_text(shown, total, plural(self.tr("%Ln intervention(s)", "", total), total)))
        late = sum(1 for r in self.log.rows if r.overdue_days)
        self.overdue.setText(plural(self.tr("%Ln follow-up(s) overdue", "", late), late) if late else "")

    # -- the selected intervention --
    def current_row(self) -> InterventionRow | None:
        return current_record(self.table)

    def select_intervention(self, intervention_id: int) -> bool:
        return select_record(self.table, intervention_id)

    def _show_details(self) -> None:
        row = self.current_row()
        for key in ("edit", "delete"):
            self.buttons[key].setEnabled(row is not None)
        self.buttons["open"].setEnabled(row is not None and bool(row.captive_ids))
        if row is None:
            self.captives.clear()
            self.text.setHtml(escape(self.tr("Select an intervention to read its request and "
                                             "response.")))
            return
        i = row.intervention
        no_subject, none = self.tr("(no subject)"), self.tr("none recorded")
        parts = [f"<h3>{escape(i.subject or no_subject)}</h3>",
                 f"<p>{escape(summary_line(i, row))}</p>"]
        for title, body in ((self.tr("Request"), i.request), (self.tr("Response"), i.response)):
            text = escape(body).replace("\n", "<br>") if body \
                else f"<i>{escape(none)}</i>"
            parts.append(f"<p><b>{escape(title)}</b><br>{text}</p>")
        self.text.setHtml("".join(parts))
        self.captives.set_captives(row.captives)

    # -- opening captives --
    def _double_clicked(self, index: QModelIndex) -> None:
        if index.column() == CAPTIVES_COLUMN:
            self.open_intervention_captive()
        else:
            self.edit_intervention()

    def open_intervention_captive(self) -> None:
        row = self.current_row()
        if row is None:
            return
        cid = choose_captive(self, row.captive_ids, row.captive_names)
        if cid is not None:
            self.open_captive.emit(cid)

    # -- writing --
    def add_intervention(self) -> None:
        self._with_choices(None)

    def edit_intervention(self) -> None:
        row = self.current_row()
        if row is not None:
            self._with_choices(row.intervention)

    def _with_choices(self, intervention: InterventionDTO | None) -> None:
        log = self.log
        self._run_dialog(intervention_dialog(self.ui, log.organisations, log.contacts,
                                             intervention, parent=self))

    def _run_dialog(self, dialog: RecordDialog) -> None:
        if run_dialog(dialog) is not None:
            self.message.emit(self.tr("Intervention saved."))

    def delete_intervention(self) -> None:
        row = self.current_row()
        if row is None:
            return
        i = row.intervention
        question = self.tr("Delete the intervention of %1 “%2”? Documents linked to it stay in "
                           "the case file.").replace("%1", date_text(i.made_on)) \
            .replace("%2", i.subject)
        delete_record(self, "interventions", i.id, question=question,
                      title=self.tr("Delete intervention"),
                      done=self.tr("Deleted the intervention “%1”.").replace("%1", i.subject))


def summary_line(i: InterventionDTO, row: InterventionRow) -> str:
    """“20 Nov 2026 · Letter → X · Sent · follow up on 18 Dec 2026”."""
    no_addressee = translate("AdvocacyView", "no addressee")
    bits = [date_text(i.made_on), f"{label(i.channel)} → {row.addressee or no_addressee}",
            label(i.status)]
    if i.follow_up_on:
        bits.append(translate("AdvocacyView", "follow up on %1").replace("%1", date_text(i.follow_up_on))
                    + (translate("AdvocacyView", " (overdue)") if row.overdue_days else ""))
    return " · ".join(bits)

