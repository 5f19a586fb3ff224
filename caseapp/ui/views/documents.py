"""All documents and evidence of the case file: what they are, whom they concern, how far
they can be trusted, and their SHA-256. A copy is saved only where the lawyer chooses;
nothing is written to temporary files."""

from __future__ import annotations

import mimetypes
from dataclasses import dataclass
from html import escape
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSettings, Qt, QTimer
from PySide6.QtWidgets import (
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from caseapp.domain.dto import DocumentDTO
from caseapp.domain.enums import Reliability
from caseapp.domain.errors import CaseAppError
from caseapp.domain.messages import text_of
from caseapp.services.casefile import CaseFile
from caseapp.ui.captive_names import CaptiveName, captive_names, choose_captive
from caseapp.ui.formats import fill
from caseapp.ui.labels import label
from caseapp.ui.models.records import RecordColumn
from caseapp.ui.session import UiContext
from caseapp.ui.theme import alert_text, caution_text, confirmed_text, monospace_font
from caseapp.ui.tr_marks import QT_TRANSLATE_NOOP
from caseapp.ui.views.base import View
from caseapp.ui.views.formatters import (
    case_of,
    count_text,
    date_key,
    date_text,
    hearing_of,
    human_size,
    intervention_of,
)
from caseapp.ui.views.layout import restore_layout, save_layout
from caseapp.ui.views.record_actions import buttons_over, push_button
from caseapp.ui.views.scan_page_lines import pages_to_check_lines
from caseapp.ui.views.tables import (
    RecordFilterProxy,
    StyledRecordModel,
    current_record,
    make_table,
    select_record,
)
from caseapp.ui.widgets.field_texts import name_from_placeholder, placeholder_whole
from caseapp.ui.widgets.fitted_columns import FittedColumns
from caseapp.ui.widgets.flow_layout import FlowLayout
from caseapp.ui.widgets.middle_cut import ElideMiddle
from caseapp.ui.widgets.save_target import ask_save_path
from caseapp.ui.widgets.title_text import in_title
from caseapp.write_errors import os_reason

CTX = "DocumentsView"


def reliability_colour(reliability: Reliability) -> str | None:
    """Confirmed in green, doubtful in red, in the palette in use (AA on its rows)."""
    return {Reliability.CONFIRMED: confirmed_text(), Reliability.DOUBTFUL: alert_text()}.get(reliability)



translate = QCoreApplication.translate  # lupdate reads every translate("Context", "source") call


@dataclass(frozen=True)
class DocumentRow:
    document: DocumentDTO
    captives: tuple[CaptiveName, ...]
    via: str  # where it is attached: "Hearing of 3 June 2025, Baku Military Court", or ""

    @property
    def id(self) -> int:
        return self.document.id

    @property
    def captive_ids(self) -> tuple[int, ...]:
        return tuple(c.id for c in self.captives)

    @property
    def kind(self) -> str:
        """The file's type: its name's ending (“DOCX”), unless the name says another type than
        its bytes are (“fdp.exe” holding a PDF: “PDF”)."""
        name, media = self.document.filename, self.document.media_type
        suffix = Path(name).suffix.lstrip(".").upper()
        guessed = mimetypes.guess_type(name)[0]
        if suffix and (guessed in (None, media) or media == "application/octet-stream"):
            return suffix
        return media.rsplit("/", 1)[-1].upper()


def _captives_text(r: DocumentRow) -> str:
    if len(r.captives) == 1:
        return r.captives[0].short
    return ", ".join(c.short for c in r.captives)


def _captives_tip(r: DocumentRow) -> str:
    lines = [c.full for c in r.captives]
    if r.via:
        lines.append(translate("DocumentsView", "Attached to: %1").replace("%1", r.via))
    return "\n".join(lines)


COLUMNS: tuple[RecordColumn[DocumentRow], ...] = (
    RecordColumn(QT_TRANSLATE_NOOP("DocumentsView", "Title"), lambda r: r.document.title,
                 sort_key=lambda r: r.document.title.casefold(),
                 tooltip=lambda r: "\n".join([r.document.title, r.document.filename,
                                              *pages_to_check_lines(r.document)]),
                 colour=lambda r: caution_text() if pages_to_check_lines(r.document)
                 else None),
    RecordColumn(QT_TRANSLATE_NOOP("DocumentsView", "Captive"), _captives_text, tooltip=_captives_tip),
    RecordColumn(QT_TRANSLATE_NOOP("DocumentsView", "Type"), lambda r: r.kind, tooltip=lambda r: r.document.media_type),
    RecordColumn(QT_TRANSLATE_NOOP("DocumentsView", "Size"), lambda r: human_size(r.document.size),
                 sort_key=lambda r: r.document.size, align_right=True),
    RecordColumn(QT_TRANSLATE_NOOP("DocumentsView", "Received"), lambda r: date_text(r.document.received_on),
                 sort_key=lambda r: date_key(r.document.received_on)),
    RecordColumn(QT_TRANSLATE_NOOP("DocumentsView", "Reliability"), lambda r: label(r.document.reliability),
                 sort_key=lambda r: list(Reliability).index(r.document.reliability),
                 colour=lambda r: reliability_colour(r.document.reliability)),
    RecordColumn(QT_TRANSLATE_NOOP("DocumentsView", "Sensitivity"), lambda r: label(r.document.sensitivity),
                 sort_key=lambda r: r.document.sensitivity.rank),
    RecordColumn(QT_TRANSLATE_NOOP("DocumentsView", "SHA-256"), lambda r: r.document.sha256,
                 tooltip=lambda r: translate("DocumentsView", "SHA-256: %1").replace("%1", r.document.sha256)),
)
SHA_COLUMN = len(COLUMNS) - 1


def copy_refused(target: Path | str, exc: BaseException) -> BaseException:
    """A copy of a document the system would not write (a full disk, a read-only folder), said
    in the lawyer's words and naming where (the system's own line is English, with its errno);
    any other failure as it is."""
    if isinstance(exc, OSError):
        return CaseAppError(fill(translate("DocumentsView", "Could not write %1: %2"), str(target),
                                 text_of(os_reason(exc))))
    return exc


def load_documents(cf: CaseFile) -> list[DocumentRow]:
    """Documents with the captives they concern, directly or through a prosecution, hearing
    or intervention, and where they are attached (runs in the background)."""
    docs = cf.documents.list()
    hearings = {h: cf.hearings.get(h) for h in {d.hearing_id for d in docs if d.hearing_id}}
    interventions = {i: cf.interventions.get(i)
                     for i in {d.intervention_id for d in docs if d.intervention_id}}
    cases = {p: cf.prosecutions.get(p) for p in {d.prosecution_id for d in docs if d.prosecution_id}}
    linked: dict[int, tuple[tuple[int, ...], str]] = {}
    for d in docs:
        ids: tuple[int, ...] = ()
        via = ""
        if d.hearing_id is not None:
            h = hearings[d.hearing_id]
            ids, via = h.captive_ids, hearing_of(h.starts_at.date(), h.court)
        elif d.intervention_id is not None:
            i = interventions[d.intervention_id]
            ids, via = i.captive_ids, intervention_of(i.subject, i.made_on)
        elif d.prosecution_id is not None:
            p = cases[d.prosecution_id]
            ids, via = (p.captive_id,), case_of(p.case_number)
        if d.captive_id is not None:
            ids = (d.captive_id,)
        linked[d.id] = (ids, via)
    names = captive_names(cf, (cid for ids, _via in linked.values() for cid in ids))
    return [DocumentRow(d, tuple(names.get(cid) or CaptiveName(cid, f"#{cid}", "")
                                 for cid in linked[d.id][0]), linked[d.id][1]) for d in docs]


class DocumentsView(View):
    watches = frozenset({"documents", "captives", "captive_names", "hearings", "interventions"})

    def __init__(self, ui: UiContext, parent: QWidget | None = None):
        super().__init__(ui, parent)
        self.search = QLineEdit(self)
        self.search.setObjectName("documents_search")
        self.search.setPlaceholderText(
            self.tr("Filter by title, captive, type, source or SHA-256…"))
        self.search.setClearButtonEnabled(True)
        name_from_placeholder(self.search)
        placeholder_whole(self.search)  # whole, the filters on a second line if need be
        self.reliability = QComboBox(self)
        self.reliability.setObjectName("documents_reliability")
        self.reliability.setAccessibleName(self.tr("Filter by reliability"))  # not its item
        self.reliability.addItem(self.tr("Any reliability"), None)
        for member in Reliability:
            self.reliability.addItem(label(member), member)
        self.count = QLabel(self)
        self.count.setObjectName("documents_count")

        self.model = StyledRecordModel(COLUMNS, context=CTX, mono_columns=(SHA_COLUMN,),
                                       parent=self)
        self.proxy = RecordFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.extra_text = lambda r: " ".join([r.document.filename, r.document.source,
                                                    r.document.notes, r.via,
                                                    *(c.search_text for c in r.captives)])
        self.table = make_table(self, self.proxy, name="documents_table",
                                widths=(300, 150, 50, 70, 90, 90, 80, 170), stretch=0)
        self.table.setAccessibleName(self.tr("List of documents"))  # read out, not "table"
        self.table.setItemDelegateForColumn(SHA_COLUMN, ElideMiddle(self.table))
        self.table.sortByColumn(4, Qt.SortOrder.DescendingOrder)
        self.table.doubleClicked.connect(lambda _i: self.open_document_captive())
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._show_details())

        self.save_button = push_button(self, self.tr("Save a copy…"), self.save_copy,
                                       "documents_save",
                                       self.tr("Write the document's file where you choose"))
        self.open_button = push_button(
            self, self.tr("Open captive…"), self.open_document_captive, "documents_open_captive",
            self.tr("Open the file of the captive this document concerns"))

        box = QGroupBox(self.tr("Selected document"), self)
        self.details = QLabel(box)
        self.details.setObjectName("documents_details")
        self.details.setWordWrap(True)
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.details.setMinimumHeight(self.fontMetrics().height() * 4)
        self.details.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)

        filters = FlowLayout()  # on a second line where the width is short
        for widget in (self.reliability, self.count):
            filters.addWidget(widget)
        bar = QHBoxLayout()
        bar.addWidget(self.search, 1, Qt.AlignmentFlag.AlignTop)
        bar.addLayout(filters)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addLayout(buttons_over(self.table, [self.save_button, self.open_button]), 1)
        QVBoxLayout(box).addWidget(self.details)
        layout.addWidget(box)

        self._debounce = QTimer(self, singleShot=True, interval=150)
        self._debounce.timeout.connect(self._apply_filter)
        self.search.textChanged.connect(lambda _t: self._debounce.start())
        self.reliability.currentIndexChanged.connect(lambda _i: self._apply_filter())
        restore_layout(ui, "documents", {"table": self.table})
        # Never sideways at 1024 px, no word cut: columns by what they hold, long cells on
        # a second line and no more (whole in the tooltip and below, in the selected
        # document), the SHA-256 (whole below too) hidden if need be.
        self.columns_fit = FittedColumns(self.table, stretch=0, whole=(4,), spare=(SHA_COLUMN,),
                                         lines=2)
        self._show_details()

    def save_state(self, settings: QSettings) -> None:
        save_layout(settings, "documents", {"table": self.table})

    # -- loading and filtering --
    def reload(self) -> None:
        cf = self.ui.case_file
        self.ui.runner.submit(lambda: load_documents(cf), self._loaded, self.report_error,
                              key="documents")

    def _loaded(self, rows: list[DocumentRow]) -> None:
        current = self.current_row()
        self.model.set_records(rows)
        if not (current and select_record(self.table, current.id)) and self.proxy.rowCount():
            self.table.selectRow(0)
        self._update_count()
        self._show_details()

    def _apply_filter(self) -> None:
        wanted = self.reliability.currentData()
        self.proxy.set_predicate(  # (the combo gives a StrEnum back as its str: compare with ==)
            None if wanted is None else (lambda r: r.document.reliability == wanted))
        self.proxy.set_text(self.search.text())
        if not self.table.currentIndex().isValid() and self.proxy.rowCount():
            self.table.selectRow(0)
        self._update_count()
        self._show_details()

    def _update_count(self) -> None:
        shown, total = self.proxy.rowCount(), self.model.rowCount()
        self.count.setText(count_text(shown, total, self.tr("%Ln document(s)", "", total)))

    # -- the selected document --
    def current_row(self) -> DocumentRow | None:
        return current_record(self.table)

    def _show_details(self) -> None:
        row = self.current_row()
        self.save_button.setEnabled(row is not None)
        self.open_button.setEnabled(row is not None and bool(row.captives))
        if row is None:
            self.details.setText(self.tr("Select a document to see where it comes from and its "
                                         "full SHA-256."))
            return
        d = row.document
        mono = monospace_font().family()
        no_name = self.tr("(no file name)")
        lines = [(f"<b>{escape(d.title)}</b> — {escape(d.filename or no_name)} "
                  f"({escape(d.media_type)}, {escape(human_size(d.size))})"),
                 escape(self.tr("Source: %1").replace("%1", d.source or "—")),
                 self.tr("SHA-256: %1").replace(
                     "%1", f"<span style=\"font-family:'{mono}'\">{d.sha256}</span>")]
        if row.via:
            lines.insert(1, escape(self.tr("Attached to: %1").replace("%1", row.via)))
        lines += [f"<span style=\"color:{caution_text()}\">{escape(line)}</span>"
                  for line in pages_to_check_lines(d)]
        if d.notes:
            lines.append(f"<i>{escape(d.notes)}</i>")
        self.details.setText("<br>".join(lines))

    def open_document_captive(self) -> None:
        row = self.current_row()
        if row is None or not row.captives:
            return
        cid = choose_captive(self, row.captive_ids, {c.id: c for c in row.captives})
        if cid is not None:
            self.open_captive.emit(cid)

    # -- saving a copy --
    def save_copy(self) -> None:
        row = self.current_row()
        if row is None:
            return
        d = row.document
        suggested = str(Path.home() / Path(d.filename or f"{d.title}.bin").name)
        title = self.tr("Save a copy of “%1”").replace("%1", in_title(d.title))
        cf = self.ui.case_file
        chosen = ask_save_path(self, title, suggested, "", cf.output_guard if cf else None)
        if chosen is None:
            return
        target = chosen

        def done(size: int) -> None:
            self.message.emit(fill(self.tr("Saved a copy of “%1” to %2 (%3)."), d.title, str(target),
                                   human_size(size)))

        self.ui.runner.submit(lambda: cf.documents.save_copy(d.id, target), done,
                              lambda exc: self.report_error(copy_refused(target, exc)),
                              key=f"documents_save_{d.id}")
