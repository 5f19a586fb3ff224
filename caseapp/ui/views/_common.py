"""Small pieces shared by the hearings, contacts, advocacy and documents views: tables over
:class:`RecordTableModel` with a sorting/filtering proxy, captive names for lists, the
add/edit dialog that records undo, and a few formatters."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtCore import (
    QByteArray,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QPoint,
    QSettings,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtGui import QCursor, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from caseapp.domain.dto import ContactDTO, InterventionDTO, OrganisationDTO
from caseapp.domain.enums import InterventionStatus
from caseapp.domain.errors import CaseAppError
from caseapp.services.casefile import CaseFile
from caseapp.ui.theme import monospace_font
from caseapp.ui.ops import dropped_text
from caseapp.ui.session import UiContext
from caseapp.ui.dialogs.record_dialog import Field, RecordDialog
from caseapp.ui.labels import label
from caseapp.ui.models.records import RECORD_ROLE, SORT_ROLE, RecordColumn, RecordTableModel

CTX = "ViewsCommon"


def tr(text: str, disambiguation: str | None = None, n: int = -1) -> str:
    return QCoreApplication.translate(CTX, text, disambiguation, n)


# ---- captives by name --------------------------------------------------------------------

@dataclass(frozen=True)
class CaptiveName:
    """How a captive reads in lists: the Latin spelling first, the native script beside it."""

    id: int
    primary: str
    latin: str

    @property
    def short(self) -> str:
        return self.latin or self.primary

    @property
    def full(self) -> str:
        if self.latin and self.primary and self.latin != self.primary:
            return f"{self.latin} — {self.primary}"
        return self.short


def captive_names(case_file: CaseFile, ids: Iterable[int]) -> dict[int, CaptiveName]:
    """Names of the given captives (runs in the background: it reads the case file)."""
    wanted = sorted(set(ids))
    if not wanted:
        return {}
    return {c.id: CaptiveName(c.id, c.primary_name, c.latin_name)
            for c in case_file.captives.list(ids=wanted)}


def captive_choices(case_file: CaseFile) -> list[tuple[str, int]]:
    """Every captive as (label, id) for multi-select lists, in Latin-name order."""
    rows = case_file.overview.captive_rows()
    rows.sort(key=lambda r: (r.latin_name.casefold(), r.id))
    return [(CaptiveName(r.id, r.primary_name, r.latin_name).full, r.id) for r in rows]


def names_text(ids: Sequence[int], names: dict[int, CaptiveName]) -> str:
    return ", ".join(names[i].short if i in names else f"#{i}" for i in ids)


def choose_captive(parent: QWidget, ids: Sequence[int], names: dict[int, CaptiveName],
                   at: QPoint | None = None) -> int | None:
    """The one captive among ``ids`` to open: asks with a menu when there are several."""
    if not ids:
        return None
    if len(ids) == 1:
        return ids[0]
    menu = QMenu(parent)
    menu.setToolTipsVisible(True)
    for cid in ids:
        action = menu.addAction(names[cid].full if cid in names else f"#{cid}")
        action.setData(cid)
    chosen = menu.exec(at if at is not None else QCursor.pos())
    return chosen.data() if chosen is not None else None


# ---- the advocacy log, as the contacts and advocacy views show it ----------------------------

OVERDUE = "#c0392b"
ICTX = "InterventionColumns"


def is_overdue(intervention: InterventionDTO, today: date) -> bool:
    """A follow-up date passed on an intervention that is not closed."""
    return (intervention.follow_up_on is not None and intervention.follow_up_on < today
            and intervention.status is not InterventionStatus.CLOSED)


@dataclass(frozen=True)
class InterventionRow:
    intervention: InterventionDTO
    organisation: str
    contact: str
    captives: tuple[CaptiveName, ...]
    overdue_days: int  # 0 unless the follow-up is overdue

    @property
    def id(self) -> int:
        return self.intervention.id

    @property
    def captive_ids(self) -> tuple[int, ...]:
        return self.intervention.captive_ids

    @property
    def addressee(self) -> str:
        return " — ".join(x for x in (self.organisation, self.contact) if x)

    @property
    def captive_names(self) -> dict[int, CaptiveName]:
        return {c.id: c for c in self.captives}


def intervention_rows(case_file: CaseFile, interventions: Sequence[InterventionDTO],
                      organisations: Sequence[OrganisationDTO], contacts: Sequence[ContactDTO],
                      today: date) -> list[InterventionRow]:
    """Interventions with the names they refer to (runs in the background)."""
    orgs = {o.id: o.name for o in organisations}
    people = {c.id: c.name for c in contacts}
    names = captive_names(case_file, (cid for i in interventions for cid in i.captive_ids))
    return [InterventionRow(
        i, orgs.get(i.organisation_id, "") if i.organisation_id else "",
        people.get(i.contact_id, "") if i.contact_id else "",
        tuple(names.get(cid, CaptiveName(cid, f"#{cid}", "")) for cid in i.captive_ids),
        (today - i.follow_up_on).days if is_overdue(i, today) and i.follow_up_on else 0)
        for i in interventions]


def _follow_up(r: InterventionRow) -> str:
    d = r.intervention.follow_up_on
    if d is None:
        return ""
    return f"⚠ {d.isoformat()}" if r.overdue_days else d.isoformat()


def _follow_up_tip(r: InterventionRow) -> str:
    if not r.overdue_days:
        return ""
    return QCoreApplication.translate(ICTX, "Follow-up overdue by %n day(s)", "", r.overdue_days)


def intervention_column(name: str) -> RecordColumn[InterventionRow]:
    """One column of an interventions table: date, addressee, channel, subject, status,
    follow_up or captives."""

    def i(r: InterventionRow) -> InterventionDTO:
        return r.intervention

    columns: dict[str, RecordColumn[InterventionRow]] = {
        "date": RecordColumn(QT_TRANSLATE_NOOP("InterventionColumns", "Date"), lambda r: iso(i(r).made_on),
                             sort_key=lambda r: (i(r).made_on, i(r).id)),
        "addressee": RecordColumn(QT_TRANSLATE_NOOP("InterventionColumns", "Addressee"), lambda r: r.addressee,
                                  sort_key=lambda r: r.addressee.casefold(),
                                  tooltip=lambda r: r.addressee),
        "contact": RecordColumn(QT_TRANSLATE_NOOP("InterventionColumns", "Person"), lambda r: r.contact),
        "channel": RecordColumn(QT_TRANSLATE_NOOP("InterventionColumns", "Channel"), lambda r: label(i(r).channel)),
        "subject": RecordColumn(QT_TRANSLATE_NOOP("InterventionColumns", "Subject"), lambda r: i(r).subject,
                                sort_key=lambda r: i(r).subject.casefold(),
                                tooltip=lambda r: i(r).subject),
        "status": RecordColumn(QT_TRANSLATE_NOOP("InterventionColumns", "Status"), lambda r: label(i(r).status),
                               sort_key=lambda r: list(InterventionStatus).index(i(r).status)),
        "follow_up": RecordColumn(QT_TRANSLATE_NOOP("InterventionColumns", "Follow-up"), _follow_up,
                                  sort_key=lambda r: i(r).follow_up_on or date.max,
                                  tooltip=_follow_up_tip,
                                  colour=lambda r: OVERDUE if r.overdue_days else None),
        "captives": RecordColumn(QT_TRANSLATE_NOOP("InterventionColumns", "Captives"),
                                 lambda r: ", ".join(c.short for c in r.captives),
                                 sort_key=lambda r: len(r.captives),
                                 tooltip=lambda r: "\n".join(c.full for c in r.captives)),
    }
    return columns[name]


# ---- tables ---------------------------------------------------------------------------------

class StyledRecordModel(RecordTableModel):
    """A RecordTableModel that can show some columns in a monospace font, some in bold."""

    def __init__(self, columns: Sequence[RecordColumn[Any]], *, context: str,
                 mono_columns: Iterable[int] = (), bold: Callable[[Any], bool] | None = None,
                 parent: Any = None):
        super().__init__(columns, context=context, parent=parent)
        self.mono_columns = set(mono_columns)
        self.bold = bold
        self._mono = monospace_font()

    def data(self, index: QModelIndex | QPersistentModelIndex,
             role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.FontRole and index.isValid() \
                and 0 <= index.row() < len(self.records):
            font = QFont(self._mono) if index.column() in self.mono_columns else None
            if self.bold is not None and self.bold(self.records[index.row()]):
                font = font or QFont()
                font.setBold(True)
            return font
        return super().data(index, role)


class RecordFilterProxy(QSortFilterProxyModel):
    """Sorts by SORT_ROLE; keeps rows whose text contains every word typed (any column)
    and that pass ``predicate``."""

    def __init__(self, parent: Any = None):
        super().__init__(parent)
        self.setSortRole(SORT_ROLE)
        self.setSortCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.setDynamicSortFilter(True)
        self._words: list[str] = []
        self.predicate: Callable[[Any], bool] | None = None
        self.extra_text: Callable[[Any], str] | None = None  # searchable text not in columns

    def set_text(self, text: str) -> None:
        self._refilter(lambda: setattr(self, "_words", text.casefold().split()))

    def set_predicate(self, predicate: Callable[[Any], bool] | None) -> None:
        self._refilter(lambda: setattr(self, "predicate", predicate))

    def _refilter(self, change: Callable[[], None]) -> None:
        if hasattr(self, "beginFilterChange"):  # Qt 6.10 and later
            self.beginFilterChange()
            change()
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
        else:
            change()
            self.invalidateFilter()

    def lessThan(self, left: QModelIndex | QPersistentModelIndex,
                 right: QModelIndex | QPersistentModelIndex) -> bool:
        a, b = left.data(SORT_ROLE), right.data(SORT_ROLE)
        try:
            return a < b
        except TypeError:  # None against a value, or mixed kinds
            return str(a) < str(b)

    def filterAcceptsRow(self, source_row: int,
                         source_parent: QModelIndex | QPersistentModelIndex) -> bool:
        model = self.sourceModel()
        if model is None:
            return True
        record = model.index(source_row, 0, source_parent).data(RECORD_ROLE)
        if self.predicate is not None and not self.predicate(record):
            return False
        if not self._words:
            return True
        texts = [str(model.index(source_row, c, source_parent).data() or "")
                 for c in range(model.columnCount(source_parent))]
        if self.extra_text is not None:
            texts.append(self.extra_text(record))
        haystack = " ".join(texts).casefold()
        return all(word in haystack for word in self._words)


def make_table(parent: QWidget, proxy: QSortFilterProxyModel, *, name: str,
               widths: Sequence[int] = (), stretch: int | None = None) -> QTableView:
    """A read-only, sortable table of records; ``stretch`` names the column that takes the
    width left (the last one by default)."""
    table = QTableView(parent)
    table.setObjectName(name)
    table.setModel(proxy)
    table.setSortingEnabled(True)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setAlternatingRowColors(True)
    table.setWordWrap(False)
    table.verticalHeader().hide()
    table.verticalHeader().setDefaultSectionSize(26)
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    header.setStretchLastSection(stretch is None)
    header.setHighlightSections(False)
    for column, width in enumerate(widths):
        header.resizeSection(column, width)
    if stretch is not None:
        header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    return table


def current_record(table: QTableView) -> Any:
    index = table.currentIndex()
    if not index.isValid():
        rows = table.selectionModel().selectedRows() if table.selectionModel() else []
        if not rows:
            return None
        index = rows[0]
    return index.siblingAtColumn(0).data(RECORD_ROLE)


def select_record(table: QTableView, record_id: int) -> bool:
    proxy = table.model()
    for row in range(proxy.rowCount()):
        record = proxy.index(row, 0).data(RECORD_ROLE)
        if getattr(record, "id", None) == record_id:
            table.selectRow(row)
            table.scrollTo(proxy.index(row, 0))
            return True
    return False


# ---- dialogs ---------------------------------------------------------------------------------

def describe_as(noun: str) -> Callable[[Any], str]:
    """How a record of this kind reads in a question: the noun and its title or date."""
    def describe(dto: Any) -> str:
        for attr in ("title", "name", "subject", "starts_at", "due_on", "made_on"):
            value = getattr(dto, attr, None)
            if isinstance(value, date):
                return f"{noun} {value:%Y-%m-%d}"
            if value:
                return f"{noun} “{value}”"
        return noun
    return describe


def edit_dialog(ui: UiContext, *, title: str, fields: Sequence[Field], service: str,
                noun: str, record_id: int | None = None, values: dict[str, Any] | None = None,
                linked: Sequence[Sequence[str]] = (),
                parent: QWidget | None = None) -> RecordDialog:
    """A RecordDialog that creates (``record_id`` None) or updates a record stored by the
    case file's ``service`` as an operation (:mod:`caseapp.ui.ops`: undoable, run on the
    serial worker while the dialog waits). ``linked`` names fields that are only meaningful
    together (a time and its zone): when one changes, both are saved."""
    dialog: RecordDialog
    describe = describe_as(noun)
    keys = tuple(f.name for f in fields)

    def save(vals: dict[str, Any]) -> Any:
        if record_id is None:
            return ui.ops.create(service, vals, action=tr("Add %1").replace("%1", noun),
                                 describe=describe, keys=keys)
        initial = dialog.initial
        changed = {k for k, v in vals.items() if initial.get(k) != v}
        for group in linked:
            if changed & set(group):
                changed |= set(group)
        if not changed:
            return ui.ops.write(lambda cf: getattr(cf, service).get(record_id))
        return ui.ops.update(service, record_id, {k: vals[k] for k in changed},
                             action=tr("Edit %1").replace("%1", noun), describe=describe,
                             keys=keys)

    dialog = RecordDialog(title, fields, save, values, parent)
    return dialog


def run_dialog(dialog: RecordDialog) -> Any:
    """Show ``dialog``; what it saved, or None when cancelled."""
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    return dialog.result_value


def delete_record(view: Any, service: str, record_id: int, *, title: str, question: str,
                  done: str) -> bool:
    """Ask, then delete through the case file's ``service`` (an operation; the undo steps
    about the record are dropped); tell the status bar, or the user what failed."""
    if not confirm(view, title, question):
        return False
    try:
        dropped = view.ui.ops.delete(service, record_id, announce=False)
    except CaseAppError as exc:
        view.report_error(exc)
        return False
    view.message.emit(f"{done} {dropped_text(dropped)}" if dropped else done)
    return True


def push_button(parent: QWidget, text: str, slot: Callable[[], Any], name: str,
                tip: str = "") -> QPushButton:
    button = QPushButton(text, parent)
    button.setObjectName(name)
    button.clicked.connect(lambda _checked=False: slot())
    if tip:
        button.setToolTip(tip)
    return button


class CaptiveList(QListWidget):
    """The captives a record concerns; double-click or Enter emits ``chosen(captive_id)``."""

    chosen = Signal(int)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWordWrap(True)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setToolTip(tr("Double-click or press Enter to open the captive's file"))
        self.itemActivated.connect(self._emit)
        self.itemDoubleClicked.connect(self._emit)

    def set_captives(self, captives: Iterable[CaptiveName]) -> None:
        self.clear()
        for person in captives:
            item = QListWidgetItem(person.full, self)
            item.setData(Qt.ItemDataRole.UserRole, person.id)
        if self.count():
            self.setCurrentRow(0)

    def open_current(self) -> None:
        if self.currentItem() is not None:
            self._emit(self.currentItem())

    def _emit(self, item: QListWidgetItem) -> None:
        self.chosen.emit(int(item.data(Qt.ItemDataRole.UserRole)))


def side_buttons(table: QWidget, buttons: Sequence[QWidget]) -> QHBoxLayout:
    """A table with its buttons in a column on its right."""
    column = QVBoxLayout()
    for button in buttons:
        column.addWidget(button)
    column.addStretch(1)
    row = QHBoxLayout()
    row.addWidget(table, 1)
    row.addLayout(column)
    return row


def confirm(parent: QWidget, title: str, text: str) -> bool:
    answer = QMessageBox.question(parent, title, text,
                                  QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                                  QMessageBox.StandardButton.No)
    return answer == QMessageBox.StandardButton.Yes


def count_text(shown: int, total: int, all_text: str) -> str:
    """“3 of 12” while a filter hides some rows, ``all_text`` (“12 documents”) otherwise."""
    if shown == total:
        return all_text
    return tr("%1 of %2").replace("%1", str(shown)).replace("%2", str(total))


# ---- layout kept between sessions ----------------------------------------------------------

def restore_layout(ui: UiContext, name: str, widgets: dict[str, QWidget]) -> None:
    """Put back the column widths and splitter positions saved under ``views/<name>/``."""
    if ui.settings is None:
        return
    for key, widget in widgets.items():
        state = ui.settings.value(f"views/{name}/{key}")
        if isinstance(state, QByteArray):
            target = widget.horizontalHeader() if isinstance(widget, QTableView) else widget
            target.restoreState(state)  # type: ignore[attr-defined]


def save_layout(settings: QSettings, name: str, widgets: dict[str, QWidget]) -> None:
    for key, widget in widgets.items():
        target = widget.horizontalHeader() if isinstance(widget, QTableView) else widget
        settings.setValue(f"views/{name}/{key}", target.saveState())  # type: ignore[attr-defined]


# ---- formatting ------------------------------------------------------------------------------

def iso(value: date | None) -> str:
    return value.isoformat() if value else ""


def human_size(size: int) -> str:
    """1 536 bytes read as "1.5 KB"."""
    if size < 1024:
        return tr("%1 B").replace("%1", str(size))
    value = size / 1024
    for unit in (tr("KB"), tr("MB"), tr("GB")):
        if value < 1024 or unit == tr("GB"):
            return f"{value:.1f} {unit}"
        value /= 1024
    return f"{value:.1f} {tr('GB')}"
