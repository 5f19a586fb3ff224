"""The dossier of one captive and the status report on all captives: choose what to print,
generate off the UI thread (the use cases of :mod:`caseapp.services.outputs`, as the command
line), look at it in the preview, then save, print or keep it."""

from __future__ import annotations

from collections.abc import Callable

import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from caseapp.domain.enums import CaptiveStatus, Sensitivity
from caseapp.domain.errors import ValidationError
from caseapp.domain.redaction import OmissionSummary
from caseapp.services import outputs
from caseapp.services.output_files import Output
from caseapp.ui.dialogs.clearance_levels import limit_output_levels
from caseapp.ui.dialogs.output_dialog import OutputDialog
from caseapp.ui.formats import unbroken_numbers
from caseapp.ui.i18n import current_language, plural
from caseapp.ui.labels import label
from caseapp.ui.session import UiContext
from caseapp.ui.widgets.captive_picker import CaptivePicker, CaptiveSource
from caseapp.ui.widgets.fields import name_from_caption
from caseapp.ui.widgets.focus_order import tab_in_order
from caseapp.ui.widgets.pdf_preview import HAS_PDF, HAS_PRINT, PdfPreview
from caseapp.ui.widgets.screen_room import resize_within_screen
from caseapp.ui.widgets.scrolled import scrolled

LEVELS = (Sensitivity.INTERNAL, Sensitivity.SHAREABLE, Sensitivity.PUBLIC)


def dossier_languages() -> list[str]:
    """Languages the dossier can be printed in (those whose texts cover its sections)."""
    from caseapp.reports.texts import TEXTS

    return [lang for lang, texts in TEXTS.items() if "sec_key_facts" in texts]


def report_languages() -> list[str]:
    """Languages the status report can be printed in."""
    from caseapp.reports.texts import DOCUMENT_LANGUAGES

    return list(DOCUMENT_LANGUAGES)


class PreviewDialog(OutputDialog):
    """Options on the left, the PDF preview on the right, actions under the options."""

    def __init__(self, ui: UiContext, parent: QWidget | None = None):
        super().__init__(ui, parent)
        self.preview = PdfPreview(self)
        self.print_button = QPushButton(self.tr("Print…"), self)
        self.print_button.setObjectName("print")
        self.print_button.clicked.connect(self.print_document)
        if not HAS_PRINT:
            self.print_button.setToolTip(self.tr("Printing needs Qt's PDF and print modules, "
                                                 "missing here: save the PDF and print it from "
                                                 "a PDF reader."))
        self._set_result_buttons()  # made after OutputDialog set the others: nothing to print yet
        self.options = QFormLayout()
        self.options.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.options.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
        self.summary = QLabel(self)
        self.summary.setObjectName("result_summary")
        self.summary.setWordWrap(True)
        # What the chosen level leaves out, shown before generating (the level can be changed).
        self.left_out = QLabel(self)
        self.left_out.setObjectName("left_out")
        self.left_out.setWordWrap(True)
        self.left_out.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.left_out_summary: OmissionSummary | None = None

    def language_choice(self, name: str, languages: list[str]) -> QComboBox:
        """The document's language: the interface's language first, as the command line
        prints it and the letter dialog offers its templates; English where the document
        has no texts in it."""
        self.language = QComboBox(self)
        self.language.setObjectName(name)
        names = {"en": self.tr("English"), "hy": self.tr("Armenian"), "ru": self.tr("Russian"),
                 "fr": self.tr("French")}
        for lang in languages:
            self.language.addItem(names.get(lang, lang), lang)
        self.language.setCurrentIndex(max(0, self.language.findData(current_language())))
        return self.language

    def add_language_row(self) -> None:
        if self.language.count() > 1:
            self.options.addRow(self.tr("Language"), self.language)
        else:
            self.language.hide()

    def assemble(self, options_title: str) -> None:
        box = QGroupBox(options_title, self)
        box.setLayout(self.options)
        left = QWidget(self)
        column = QVBoxLayout(left)
        column.setContentsMargins(0, 0, 6, 0)
        column.addWidget(box)
        # A long list scrolls inside its own box instead of pushing the buttons off the window.
        self.left_out.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        left_out = scrolled(self.left_out, self, name="left_out_scroll", least_height=80)
        left_out.setAccessibleName(self.tr("What this level leaves out"))  # a stop to scroll it
        column.addWidget(left_out, 1)
        column.addWidget(self.generate_button)
        column.addLayout(self.busy_row())
        column.addWidget(self.status)
        column.addWidget(self.summary)
        for button in (self.save_button, self.print_button, self.keep_button):
            column.addWidget(button)
        split = QSplitter(self)
        split.setChildrenCollapsible(False)
        split.addWidget(left)
        split.addWidget(self.preview)
        split.setStretchFactor(1, 1)
        split.setSizes([340, 760])
        # Tab as they are read, the options first: the actions, made before the options,
        # and the preview and Print came first, right after Close
        pages = [self.preview.view] if self.preview.view is not None else []
        tab_in_order(left_out, self.generate_button, self.cancel_button, self.save_button,
                     self.print_button, self.keep_button, *pages, self.close_button)
        bottom = QHBoxLayout()
        bottom.addStretch(1)
        bottom.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(split, 1)
        layout.addLayout(bottom)
        resize_within_screen(self, 1120, 780)

    def left_out_job(self) -> Callable[[], OmissionSummary] | None:
        """The service call that lists what the current choice leaves out (None: no choice)."""
        return None

    def refresh_left_out(self) -> None:
        """Ask, off the UI thread, what the chosen level will leave out, and show it."""
        job = self.left_out_job()
        if job is None:
            self.left_out.clear()
            return
        self.left_out.setText(self.tr("Checking what this level leaves out…"))

        def done(summary: OmissionSummary) -> None:
            if shiboken6.isValid(self):
                self.show_left_out(summary)

        def failed(exc: BaseException) -> None:
            if shiboken6.isValid(self):
                self.left_out.setText(str(exc))

        self.ui.runner.submit(job, done, failed, key=f"left_out_{id(self)}")

    def show_left_out(self, summary: OmissionSummary) -> None:
        self.left_out_summary = summary
        lines = summary.lines()
        if summary.refusal:
            lines.append(self.tr("Choose another level above."))
        elif summary.omissions and summary.level is not Sensitivity.INTERNAL:
            lines.append(self.tr("To include them, choose a higher level above."))
        self.left_out.setText("\n".join(lines))

    def _set_result_buttons(self) -> None:
        super()._set_result_buttons()
        if hasattr(self, "print_button"):
            self.print_button.setEnabled(HAS_PRINT and self.result_file is not None
                                         and not self.busy
                                         and self.result_file.filename.endswith(".pdf"))

    def show_result(self, result: Output) -> None:
        if result.suffix == ".pdf":
            self.preview.load(result.data)
        # What the file just made left out, read with it (the list shown before generating
        # was read a moment earlier).
        self.show_left_out(result.left_out)

    def discard(self, text: str = "") -> None:
        super().discard(text)
        self.summary.clear()
        self.preview.clear(self.tr("The choice changed: Generate again to see it."))

    def print_document(self) -> None:
        if self.result_file is not None:
            self.preview.print_document(self, self.result_file.title)


class DossierDialog(PreviewDialog):
    """The dossier of one captive at one level."""

    def __init__(self, ui: UiContext, parent: QWidget | None = None, *,
                 captive_id: int | None = None):
        super().__init__(ui, parent)
        self.setObjectName("dossier_dialog")
        self.setWindowTitle(self.tr("Dossier"))
        self.captive = CaptivePicker(CaptiveSource(ui, suggested=[captive_id] if captive_id
                                                   else ()), self, multi=False, optional=False)
        self.captive.setObjectName("dossier_captive")
        if captive_id is not None:
            self.captive.set_value(captive_id)
        self.level = QComboBox(self)
        self.level.setObjectName("dossier_level")
        for level in LEVELS:
            self.level.addItem(label(level), level)
        self.level.setCurrentIndex(LEVELS.index(Sensitivity.SHAREABLE))
        limit_output_levels(self.level, ui)  # a team login: not above its clearance
        self.level_help = QLabel(self)
        self.level_help.setObjectName("dossier_level_help")
        self.level_help.setWordWrap(True)
        self.level_help.setStyleSheet("color: palette(placeholder-text);")
        self.language = self.language_choice("dossier_language", dossier_languages())
        self.options.addRow(self.tr("Captive"), self.captive)
        name_from_caption(self.captive, self.tr("Captive"))  # its search field, read aloud
        self.options.addRow(self.tr("Level"), self.level)
        self.options.addRow(self.level_help)
        self.add_language_row()
        self.keep_button.setToolTip(self.tr("Store this PDF, with its SHA-256, among the "
                                            "captive's documents at the level it was printed at"))
        self.assemble(self.tr("Dossier of one captive"))
        self._explain_level()
        self.level.currentIndexChanged.connect(self._explain_level)
        for combo in (self.level, self.language):
            combo.currentIndexChanged.connect(lambda _i: self._changed())
        self.captive.changed.connect(self._changed)
        self._set_busy(False)
        self.refresh_left_out()

    def _explain_level(self) -> None:
        texts = {
            Sensitivity.INTERNAL: self.tr("Internal: everything in the file, for your own team "
                                          "only."),
            Sensitivity.SHAREABLE: self.tr("Shareable: leaves out what is marked internal; for "
                                           "the ICRC, courts, diplomats and partners."),
            Sensitivity.PUBLIC: self.tr("Public: only what is marked public; for the press and "
                                        "publication."),
        }
        self.level_help.setText(texts[self.level.currentData()])

    def set_captive(self, captive_id: int) -> None:
        self.captive.set_value(captive_id)
        self._changed()

    def _set_busy(self, busy: bool) -> None:
        super()._set_busy(busy)
        if hasattr(self, "captive"):  # a dossier is of one captive: chosen first
            self.generate_button.setEnabled(not busy and self.captive.value() is not None)

    def set_level(self, level: Sensitivity) -> None:
        self.level.setCurrentIndex(self.level.findData(level))
        limit_output_levels(self.level, self.ui)

    def _changed(self) -> None:
        if self.result_file is not None or self.busy:
            self.discard()
        self.generate_button.setEnabled(not self.busy and self.captive.value() is not None)
        self.refresh_left_out()

    def left_out_job(self) -> Callable[[], OmissionSummary] | None:
        captive_id = self.captive.value()
        if not isinstance(captive_id, int):  # (one captive chosen, or none)
            return None
        cf, level = self.ui.case_file, Sensitivity(self.level.currentData())
        return lambda: outputs.dossier_left_out(cf, captive_id, level=level)

    def produce(self) -> Callable[[], Output]:
        captive_id = self.captive.value()
        if not isinstance(captive_id, int):
            raise ValidationError(self.tr("Choose a captive first."), field="captive")
        level = Sensitivity(self.level.currentData())
        lang = self.language.currentData() or "en"
        cf, author, lawyer = self.ui.case_file, self.author(lang), self.lawyer()
        # The custody maximum is the captive's own, from the case settings (by captive,
        # charge or stage): the use case reads it, as for the command line.
        return lambda: outputs.dossier(cf, captive_id, level=level, author=author,
                                       lawyer=lawyer, lang=lang)

    def show_result(self, result: Output) -> None:
        super().show_result(result)
        dossier = result.record
        withheld = dossier.withheld
        lines = [self.tr("Printed at the %1 level, version %2.")
                 .replace("%1", label(dossier.level).lower()).replace("%2", dossier.version)]
        if self.preview.page_count():
            lines.append(plural(self.tr("%Ln page(s).", "", self.preview.page_count()),
                                self.preview.page_count()))
        if withheld:
            lines.append(plural(self.tr("%Ln item(s) left out at this level.", "", withheld),
                                withheld))
        else:
            lines.append(self.tr("Nothing was left out at this level."))
        self.summary.setText("\n".join(lines))


class StatusReportDialog(PreviewDialog):
    """The status report on all captives, as PDF (previewed) or XLSX."""

    def __init__(self, ui: UiContext, parent: QWidget | None = None):
        super().__init__(ui, parent)
        self.setObjectName("status_report_dialog")
        self.setWindowTitle(self.tr("Status report"))
        self.level = QComboBox(self)
        self.level.setObjectName("report_level")
        for level in LEVELS:
            self.level.addItem(label(level), level)
        self.level.setCurrentIndex(LEVELS.index(Sensitivity.INTERNAL))
        limit_output_levels(self.level, ui)  # a team login: not above its clearance
        self.status_filter = QComboBox(self)
        self.status_filter.setObjectName("report_status")
        self.status_filter.addItem(self.tr("Every status"), None)
        for status in CaptiveStatus:
            self.status_filter.addItem(label(status), status)
        self.tag = QLineEdit(self)
        self.tag.setObjectName("report_tag")
        self.tag.setPlaceholderText(self.tr("any tag"))
        self.tag.setClearButtonEnabled(True)
        self.hearing_days = QSpinBox(self)
        self.hearing_days.setObjectName("report_hearing_days")
        self.hearing_days.setRange(0, 365)
        self.hearing_days.setValue(30)
        self.hearing_days.setSuffix(self.tr(" days"))
        self.format = QComboBox(self)
        self.format.setObjectName("report_format")
        self.format.addItem(self.tr("PDF (preview, print)"), "pdf")
        self.format.addItem(self.tr("XLSX (spreadsheet)"), "xlsx")
        self.options.addRow(self.tr("Level"), self.level)
        self.options.addRow(self.tr("Status"), self.status_filter)
        self.options.addRow(self.tr("Tag"), self.tag)
        self.options.addRow(self.tr("Upcoming hearings within"), self.hearing_days)
        self.options.addRow(self.tr("Format"), self.format)
        self.language = self.language_choice("report_language", report_languages())
        self.add_language_row()
        # "10 000" on one line: a wrapped note split it after "10" (hy, ru at 1024 pixels)
        note = QLabel(unbroken_numbers(self.tr("A large case file takes a while (about 20 "
                                               "seconds for 10,000 captives); Cancel stops "
                                               "waiting.")), self)
        note.setObjectName("report_note")
        note.setWordWrap(True)
        note.setStyleSheet("color: palette(placeholder-text);")
        self.options.addRow(note)
        self.keep_button.setText(self.tr("Keep in the case file's documents"))
        self.keep_button.setToolTip(self.tr("Store this report, with its SHA-256, among the "
                                            "documents at the level it was generated at"))
        self.assemble(self.tr("Status report on all captives"))
        for combo in (self.level, self.status_filter, self.format, self.language):
            combo.currentIndexChanged.connect(lambda _i: self._changed())
        self.tag.textChanged.connect(lambda _t: self._changed())
        self.hearing_days.valueChanged.connect(lambda _v: self._changed())
        self.refresh_left_out()

    def _changed(self) -> None:
        if self.result_file is not None or self.busy:
            self.discard()
        self.refresh_left_out()

    def left_out_job(self) -> Callable[[], OmissionSummary] | None:
        cf, level = self.ui.case_file, Sensitivity(self.level.currentData())
        status, tag = self.status_filter.currentData(), self.tag.text().strip() or None
        days = self.hearing_days.value()
        return lambda: outputs.status_report_left_out(cf, level=level, status=status, tag=tag,
                                                      hearing_days=days)

    def produce(self) -> Callable[[], Output]:
        level = Sensitivity(self.level.currentData())
        status = self.status_filter.currentData()
        tag = self.tag.text().strip() or None
        days = self.hearing_days.value()
        fmt = self.format.currentData()
        lang = self.language.currentData() or "en"
        cf, author = self.ui.case_file, self.author(lang)
        return lambda: outputs.status_report(cf, level=level, author=author, fmt=fmt,
                                             status=status, tag=tag, hearing_days=days,
                                             lang=lang)

    def show_result(self, result: Output) -> None:
        super().show_result(result)
        report = result.record
        rows = len(report.rows)
        text = plural(self.tr("%Ln captive(s) in the report.", "", rows), rows)
        if result.filename.endswith(".xlsx"):
            self.preview.clear(self.tr("The spreadsheet is ready (%1 KB). Save it to open it in "
                                       "a spreadsheet program.")
                               .replace("%1", str(max(1, len(result.data) // 1024))))
        elif not HAS_PDF:
            self.preview.clear()
        self.summary.setText(unbroken_numbers(text))

