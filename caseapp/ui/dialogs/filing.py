"""The filing packs from a captive's file: the ECHR application and its annex bundle, a Rule 39
request with its fax cover, and the drafts for the UN working groups (WGAD, WGEID). The pack is
made off the UI thread by the same use cases as ``caseapp filing`` (``services.filing_packs``) and
written into a folder; what the level left out and the warnings to read before filing are
shown when it is done."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import shiboken6
from PySide6.QtCore import QDateTime, Qt, QTimeZone
from PySide6.QtWidgets import (
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from caseapp.domain.dates import PartialDate
from caseapp.domain.enums import Sensitivity
from caseapp.services import filing_packs
from caseapp.ui import settings as keys
from caseapp.ui.dialogs.clearance_levels import limit_output_levels
from caseapp.ui.dialogs.discard import may_discard
from caseapp.ui.dialogs.letter_titles import language_name
from caseapp.ui.formats import date_edit_format
from caseapp.ui.i18n import current_language
from caseapp.ui.labels import label
from caseapp.ui.session import UiContext
from caseapp.ui.widgets.captive_picker import CaptiveSource, match_label, match_tooltip
from caseapp.ui.widgets.fields import DateField, name_from_form
from caseapp.ui.widgets.screen_room import resize_within_screen
from caseapp.ui.widgets.title_text import in_title
from caseapp.ui.widgets.wrapped_name import WrappedName

LEVELS = (Sensitivity.INTERNAL, Sensitivity.SHAREABLE, Sensitivity.PUBLIC)
KINDS = ("echr", "rule39", "wgad", "wgeid")
STRASBOURG = QTimeZone(b"Europe/Paris")


class FilingDialog(QDialog):
    """Choose the pack, its level and folder; make it; read what it says."""

    def __init__(self, ui: UiContext, parent: QWidget | None = None, *, captive_id: int):
        super().__init__(parent)
        self.ui, self.captive_id = ui, captive_id
        self.setObjectName("filing_dialog")
        self.setWindowTitle(self.tr("Filing with the ECHR and the UN"))
        # Whose pack it is, as every picker names a captive (filled once read, off the UI
        # thread): the dialog may stay open while the lawyer goes to another file.
        # three lines at most (a 200-letter name in two scripts took seven), whole in its
        # tooltip and "Copy the name"
        self.applicant = WrappedName(self, heading=False)
        self.applicant.setText(self.tr("Reading the case file…"))
        self.applicant.setObjectName("filing_applicant")
        self.kind = QComboBox(self)
        self.kind.setObjectName("filing_kind")
        for key, text in zip(KINDS, (
                self.tr("ECHR application and annex bundle"),
                self.tr("Rule 39 request and fax cover"),
                self.tr("UN Working Group on Arbitrary Detention"),
                self.tr("UN Working Group on Enforced or Involuntary Disappearances")),
                strict=True):
            self.kind.addItem(text, key)
        self.level = QComboBox(self)
        self.level.setObjectName("filing_level")
        for level in LEVELS:
            self.level.addItem(label(level), level)
        # A filing goes to the Court or the UN: shareable unless the lawyer chooses otherwise.
        self.level.setCurrentIndex(LEVELS.index(Sensitivity.SHAREABLE))
        limit_output_levels(self.level, ui)  # a team login: not above its clearance
        # The draft's language: the Court's two official ones, in which the UN bodies work
        # too; the window's proposed when it is one.
        self.language = QComboBox(self)
        self.language.setObjectName("filing_language")
        for lang in filing_packs.ECHR_LANGUAGES:
            self.language.addItem(language_name(lang), lang)
        self.language.setCurrentIndex(max(0, self.language.findData(current_language())))
        self.folder = QLineEdit(self)
        self.folder.setObjectName("filing_folder")
        browse = QPushButton(self.tr("Choose…"), self)
        browse.clicked.connect(self._choose_folder)
        where = QHBoxLayout()
        where.addWidget(self.folder, 1)
        where.addWidget(browse)
        self.page_limit = QSpinBox(self)
        self.page_limit.setRange(1, 100_000)
        self.page_limit.setValue(20)
        # As ``caseapp filing echr --final-decision``: for a case file that does not record
        # the final domestic decision (section G counts the time limit from it).
        self.final_decision = DateField(self, partial=True)  # a month or year: the earliest end
        self.final_decision.setObjectName("filing_final_decision")
        self.final_decision.setToolTip(self.tr("The final domestic decision's date, when the case "
                                               "file does not record it: the time limit in "
                                               "section G is counted from it. Empty: the one "
                                               "the case file records."))
        self.arrives = QDateTimeEdit(QDateTime.currentDateTime().toTimeZone(STRASBOURG), self)
        self.arrives.setObjectName("filing_arrives")
        self.arrives.setTimeZone(STRASBOURG)
        self.arrives.setDisplayFormat(date_edit_format() + " HH:mm")
        self.arrives.setCalendarPopup(True)
        self.risk = QPlainTextEdit(self)
        self.risk.setObjectName("filing_risk")
        self.risk.setTabChangesFocus(True)  # Tab goes on to the contact, never into the request
        self.risk.setPlaceholderText(self.tr("The facts of the imminent risk (default: the "
                                             "captive's health)"))
        self.contact = QLineEdit(self)
        self.contact.setObjectName("filing_contact")
        self.contact.setPlaceholderText(self.tr("Default: the lawyer's name"))
        self.phone = QLineEdit(self)
        self.phone.setObjectName("filing_phone")
        self.phone.setPlaceholderText(self.tr("Default: the lawyer's telephone"))
        self.fax = QLineEdit(self)
        self.fax.setObjectName("filing_fax")
        self.form = QFormLayout()
        self.form.addRow(self.tr("Captive"), self.applicant)
        self.form.addRow(self.tr("Pack"), self.kind)
        self.form.addRow(self.tr("Level"), self.level)
        self.form.addRow(self.tr("Language of the draft"), self.language)
        self.form.addRow(self.tr("Folder"), where)
        self.form.addRow(self.tr("Warn above (annex pages)"), self.page_limit)
        self.form.addRow(self.tr("Final domestic decision of"), self.final_decision)
        self.form.addRow(self.tr("Reaches the Court at (Strasbourg time)"), self.arrives)
        self.form.addRow(self.tr("Imminent risk"), self.risk)
        self.form.addRow(self.tr("Contact person"), self.contact)
        self.form.addRow(self.tr("Contact's telephone"), self.phone)
        self.form.addRow(self.tr("Contact's fax"), self.fax)
        name_from_form(self.form)  # the folder and the date by their captions
        self.result_text = QPlainTextEdit(self)
        self.result_text.setObjectName("filing_result")
        self.result_text.setAccessibleName(self.tr("The pack made"))
        self.result_text.setReadOnly(True)
        self.result_text.setPlaceholderText(self.tr(
            "Once the pack is made: the folder it was written to, its files, and what to check "
            "before filing."))
        buttons = QDialogButtonBox(self)
        self.make_button = buttons.addButton(self.tr("Make the pack"),
                                             QDialogButtonBox.ButtonRole.AcceptRole)
        self.make_button.setObjectName("filing_make")
        buttons.addButton(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        self.made_with: tuple[str, ...] | None = None  # what was typed when a pack was last made
        self.make_button.clicked.connect(self.make)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.result_text, 1)
        layout.addWidget(buttons)
        self.kind.currentIndexChanged.connect(self._show_fields)
        self._show_fields()
        resize_within_screen(self, 720, 620)  # its buttons in sight on a 1024×600 screen
        self._name_applicant()

    def typed(self) -> tuple[str, ...]:
        """What the lawyer wrote for the Rule 39 request (the facts of the risk, the contact)."""
        return (self.risk.toPlainText().strip(), self.contact.text().strip(),
                self.phone.text().strip(), self.fax.text().strip())

    def reject(self) -> None:
        """Escape, Close or the window's close button: what was written for the request is
        thrown away only when the lawyer says so, unless the pack made last holds it."""
        typed = self.typed()
        if any(typed) and typed != self.made_with and not may_discard(self):
            return
        super().reject()

    def _name_applicant(self) -> None:
        source = CaptiveSource(self.ui)

        def done(found: list[Any]) -> None:
            if shiboken6.isValid(self) and found:
                self.applicant.setText(match_label(found[0]))
                self.applicant.set_tip(match_tooltip(found[0]))
                self.setWindowTitle(self.tr("Filing with the ECHR and the UN: %1")
                                    .replace("%1", in_title(self.applicant.text())))

        def failed(_exc: BaseException) -> None:  # the pack itself will say what is wrong
            if shiboken6.isValid(self):
                self.applicant.clear()

        self.ui.runner.submit(lambda: source.by_id([self.captive_id]), done, failed,
                              key=f"filing_applicant_{id(self)}")

    def _show_fields(self) -> None:
        kind = self.kind.currentData()
        for widget, shown in ((self.page_limit, kind == "echr"),
                              (self.final_decision, kind == "echr"), (self.arrives, kind == "rule39"),
                              (self.risk, kind == "rule39"), (self.contact, kind == "rule39"),
                              (self.phone, kind == "rule39"), (self.fax, kind == "rule39")):
            self.form.setRowVisible(widget, shown)

    def _choose_folder(self) -> None:
        chosen = QFileDialog.getExistingDirectory(self, self.tr("Folder for the pack"),
                                                  self.folder.text())
        if chosen:
            self.folder.setText(chosen)

    def job(self) -> Any:
        """The use case to run for the current choice (a callable without arguments)."""
        cf, kind = self.ui.case_file, self.kind.currentData()
        lawyer = keys.lawyer_profile(cf)
        author = lawyer.name  # (never the computer's login: see OutputDialog.author)
        level, folder = self.level.currentData(), Path(self.folder.text().strip())
        cid = self.captive_id
        lang = self.language.currentData()
        if kind == "echr":
            limit = self.page_limit.value()
            decided = self.final_decision.value()
            final = PartialDate.parse(decided) if decided else None
            return lambda: filing_packs.echr_pack(cf, cid, level=level, author=author, lawyer=lawyer,
                                                  page_limit=limit, final_decision=final,
                                                  folder=folder, lang=lang)
        if kind == "rule39":
            moment = self.arrives.dateTime().toUTC().toSecsSinceEpoch()
            sent_at = datetime.fromtimestamp(moment, UTC)
            risk, contact = self.risk.toPlainText(), self.contact.text()
            phone, fax = self.phone.text(), self.fax.text()
            return lambda: filing_packs.rule39_pack(cf, cid, level=level, author=author,
                                                    lawyer=lawyer, sent_at=sent_at, risk=risk,
                                                    contact_person=contact, contact_phone=phone,
                                                    contact_fax=fax, folder=folder, lang=lang)
        return lambda: filing_packs.un_pack(cf, cid, body=kind, level=level, author=author,
                                            lawyer=lawyer, folder=folder, lang=lang)

    def make(self) -> None:
        if not self.folder.text().strip():
            self.result_text.setPlainText(self.tr("Choose the folder to write the pack into."))
            self.folder.setFocus()
            return
        problem = self.final_decision.problem() if self.kind.currentData() == "echr" else None
        if problem:
            self.result_text.setPlainText(problem)
            self.final_decision.setFocus()
            return
        self.make_button.setEnabled(False)
        self.result_text.setPlainText(self.tr("Making the pack…"))

        typed, kind = self.typed(), self.kind.currentData()  # only Rule 39's pack holds them

        def done(pack: filing_packs.Pack) -> None:
            if shiboken6.isValid(self):
                self.made_with = typed if kind == "rule39" else self.made_with
                self.make_button.setEnabled(True)
                self.show_pack(pack)

        def failed(exc: BaseException) -> None:
            if shiboken6.isValid(self):
                self.make_button.setEnabled(True)
                self.result_text.setPlainText(str(exc))

        self.ui.runner.submit(self.job(), done, failed, key=f"filing_{id(self)}")

    def show_pack(self, pack: filing_packs.Pack) -> None:
        lines = [self.tr("Written to %1:").replace("%1", str(pack.saved_to))]
        lines += [f"  {name}" for name in pack.names]
        if pack.warnings:
            lines += ["", self.tr("Before filing:")]
            lines += [f"• {w}" for w in pack.warnings]
        lines += ["", *pack.left_out.lines()]
        self.result_text.setPlainText("\n".join(lines))


def open_filing(ui: UiContext, parent: QWidget | None, captive_id: int | None) -> QDialog | None:
    """The filing dialog for a captive, window-modal, deleted when closed."""
    if captive_id is None:
        return None
    dialog = FilingDialog(ui, parent, captive_id=captive_id)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.show()
    return dialog
