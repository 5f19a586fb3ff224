"""A letter from a Word template: choose the template, the captive and the addressee; every
field the case file does not give is asked for before the letter is made (it never comes out
with a hole); then save it as .docx, open it, and keep it among the captive's documents,
logged as a draft intervention when it is addressed to someone."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

import shiboken6
from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from caseapp.domain.errors import ValidationError
from caseapp.reports.letters import LetterTemplate, MissingFields, list_templates
from caseapp.services import outputs
from caseapp.services.outputs import Output
from caseapp.ui.captive_names import captive_choices
from caseapp.ui.dialogs.output_dialog import OutputDialog
from caseapp.ui.session import UiContext

_CLI_HINT = re.compile(r"\s*\([^)]*--set\)")

# Fields that usually run over several lines.
MULTILINE = {"recipient_block", "lawyer_block", "lawyer_address", "key_facts", "current_asks",
             "health", "charges", "capture_circumstances", "detention_address"}


def fetch_choices(cf: Any) -> dict[str, Any]:
    """Captives, contacts and organisations to choose from (runs off the UI thread)."""
    organisations = sorted(cf.organisations.list(), key=lambda o: o.name.casefold())
    contacts = sorted(cf.contacts.list(), key=lambda c: c.name.casefold())
    return {"captives": captive_choices(cf), "contacts": contacts, "organisations": organisations}


class LetterDialog(OutputDialog):
    def __init__(self, ui: UiContext, parent: QWidget | None = None, *,
                 captive_id: int | None = None):
        super().__init__(ui, parent)
        self.setObjectName("letter_dialog")
        self.setWindowTitle(self.tr("Letter"))
        self._wanted_captive = captive_id
        self.missing: list[tuple[str, str]] = []
        self.field_edits: dict[str, QLineEdit | QPlainTextEdit] = {}
        self.typed: dict[str, str] = {}  # kept across re-checks, by field name
        self.checked = False
        self._check_token = 0
        self.contact_orgs: dict[int, int | None] = {}
        self.organisation_names: dict[int, str] = {}

        languages = {"en": self.tr("English"), "hy": self.tr("Armenian"),
                     "ru": self.tr("Russian"), "fr": self.tr("French")}
        self.template = QComboBox(self)
        self.template.setObjectName("letter_template")
        self.templates: dict[str, LetterTemplate] = {}
        for tpl in list_templates():
            self.templates[tpl.key] = tpl
            text = f"{tpl.title} — {languages.get(tpl.language, tpl.language)}"
            self.template.addItem(text, tpl.key)
            self.template.setItemData(self.template.count() - 1, tpl.key,
                                      Qt.ItemDataRole.ToolTipRole)
        self.captive = QComboBox(self)
        self.captive.setObjectName("letter_captive")
        self.contact = QComboBox(self)
        self.contact.setObjectName("letter_contact")
        self.organisation = QComboBox(self)
        self.organisation.setObjectName("letter_organisation")
        for combo in (self.captive, self.contact, self.organisation):
            combo.addItem(self.tr("Loading…"), None)
            combo.setEnabled(False)
            combo.setMinimumContentsLength(28)
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.level_note = QLabel(self)
        self.level_note.setObjectName("letter_level")
        self.left_out_summary: Any = None  # what the letter's level leaves out (OmissionSummary)
        self.level_note.setWordWrap(True)
        self.level_note.setStyleSheet("color: palette(placeholder-text);")
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(self.tr("Template"), self.template)
        form.addRow("", self.level_note)
        form.addRow(self.tr("Captive"), self.captive)
        form.addRow(self.tr("To (contact)"), self.contact)
        form.addRow(self.tr("Organisation"), self.organisation)

        self.fields_box = QGroupBox(self.tr("Fields the case file does not give"), self)
        self.fields_box.setObjectName("letter_missing")
        self.fields_form = QFormLayout()
        self.fields_form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        inner = QWidget(self.fields_box)
        inner_layout = QVBoxLayout(inner)
        inner_layout.setContentsMargins(0, 0, 0, 0)
        inner_layout.addLayout(self.fields_form)
        inner_layout.addStretch(1)
        scroll = QScrollArea(self.fields_box)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(inner)
        self.lawyer_button = QPushButton(self.tr("Fill in your details once…"), self)
        self.lawyer_button.setObjectName("letter_lawyer_details")
        self.lawyer_button.setToolTip(self.tr("Your name, address and bar number, kept in the "
                                              "settings for every letter"))
        self.lawyer_button.clicked.connect(self.edit_lawyer)
        self.lawyer_button.hide()
        box_layout = QVBoxLayout(self.fields_box)
        box_layout.addWidget(scroll)
        box_layout.addWidget(self.lawyer_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.fields_box.hide()

        self.open_button = QPushButton(self.tr("Open"), self)
        self.open_button.setObjectName("open_letter")
        self.open_button.setToolTip(self.tr("Open the saved letter in Word or LibreOffice"))
        self.open_button.clicked.connect(self.open_saved)
        self.open_button.setEnabled(False)
        self.save_button.setText(self.tr("Save as .docx…"))

        actions = QHBoxLayout()
        actions.addWidget(self.generate_button)
        actions.addWidget(self.save_button)
        actions.addWidget(self.open_button)
        actions.addStretch(1)
        bottom = QHBoxLayout()
        bottom.addWidget(self.keep_button)
        bottom.addStretch(1)
        bottom.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.fields_box, 1)
        layout.addLayout(self.busy_row())
        layout.addWidget(self.status)
        layout.addLayout(actions)
        layout.addLayout(bottom)
        self.setMinimumWidth(640)
        self.resize(760, 600)

        self.template.currentIndexChanged.connect(lambda _i: self.recheck())
        for combo in (self.captive, self.organisation):
            combo.currentIndexChanged.connect(lambda _i: self.recheck())
        self.contact.currentIndexChanged.connect(lambda _i: self._contact_changed())
        self._show_level()
        self._update_buttons()
        cf = ui.case_file
        ui.runner.submit(lambda: fetch_choices(cf), self._fill_choices, self.show_error)

    # -- choices --
    def current_template(self) -> LetterTemplate | None:
        return self.templates.get(self.template.currentData())

    def set_template(self, key: str) -> None:
        self.template.setCurrentIndex(self.template.findData(key))

    def _show_level(self) -> None:
        tpl = self.current_template()
        if tpl is None:
            self.level_note.clear()
            return
        levels = {"internal": self.tr("Reads the whole file (internal level)."),
                  "shareable": self.tr("Reads only what may be shared (shareable level)."),
                  "public": self.tr("Reads only public facts (public level).")}
        self.level_note.setText(levels.get(tpl.level.value, ""))

    def _fill_choices(self, choices: dict[str, Any]) -> None:
        if not shiboken6.isValid(self):
            return
        self.organisation_names = {o.id: o.name for o in choices["organisations"]}
        self.contact_orgs = {c.id: c.organisation_id for c in choices["contacts"]}
        for combo in (self.captive, self.contact, self.organisation):
            combo.blockSignals(True)
            combo.clear()
        for text, cid in choices["captives"]:
            self.captive.addItem(text, cid)
        index = self.captive.findData(self._wanted_captive) if self._wanted_captive else 0
        self.captive.setCurrentIndex(max(0, index))
        self.contact.addItem(self.tr("(no one in particular)"), None)
        for c in choices["contacts"]:
            parts = [p for p in (c.role, self.organisation_names.get(c.organisation_id or -1, ""))
                     if p]
            self.contact.addItem(f"{c.name} — {', '.join(parts)}" if parts else c.name, c.id)
        self.organisation.addItem(self.tr("(the contact's, if any)"), None)
        for o in choices["organisations"]:
            self.organisation.addItem(o.name, o.id)
        for combo in (self.captive, self.contact, self.organisation):
            combo.blockSignals(False)
            combo.setEnabled(combo.count() > 0)
        if not choices["captives"]:
            self.set_status(self.tr("There are no captives in this case file yet."))
            return
        self.recheck()

    def set_captive(self, captive_id: int) -> None:
        self.captive.setCurrentIndex(max(0, self.captive.findData(captive_id)))

    def set_contact(self, contact_id: int | None) -> None:
        self.contact.setCurrentIndex(max(0, self.contact.findData(contact_id)))

    def _contact_changed(self) -> None:
        contact_id = self.contact.currentData()
        org_id = self.contact_orgs.get(contact_id) if contact_id is not None else None
        if org_id is not None:  # the contact's own organisation, which the user may change
            self.organisation.blockSignals(True)
            self.organisation.setCurrentIndex(max(0, self.organisation.findData(org_id)))
            self.organisation.blockSignals(False)
        self.recheck()

    def _selection(self) -> tuple[LetterTemplate, int, int | None, int | None]:
        tpl = self.current_template()
        captive_id = self.captive.currentData()
        if tpl is None or captive_id is None:
            raise ValidationError(self.tr("Choose a template and a captive."), field="template")
        return tpl, captive_id, self.contact.currentData(), self.organisation.currentData()

    # -- what the case file lacks --
    def recheck(self) -> None:
        """Ask the services which fields are missing for the current choice (off the UI
        thread); the form below is rebuilt from the answer."""
        self._show_level()
        self._remember_typed()
        self.discard()
        self.checked = False
        self._update_buttons()
        try:
            tpl, captive_id, contact_id, org_id = self._selection()
        except ValidationError:
            return
        cf, lawyer = self.ui.case_file, self.lawyer()
        self._check_token += 1
        token = self._check_token
        self.set_status(self.tr("Checking what the case file gives…"))

        def work() -> list[tuple[str, str]]:
            return outputs.letter_missing_fields(cf, tpl, captive_id, lawyer=lawyer,
                                         contact_id=contact_id, organisation_id=org_id)

        def done(missing: list[tuple[str, str]]) -> None:
            if shiboken6.isValid(self) and token == self._check_token:
                self.set_missing(missing)

        def failed(exc: BaseException) -> None:
            if shiboken6.isValid(self) and token == self._check_token:
                self.set_missing([])
                self.checked = False
                self._update_buttons()
                self.show_error(exc)

        self.ui.runner.submit(work, done, failed)
        self._show_left_out(tpl, captive_id, contact_id, org_id, token)

    def _show_left_out(self, tpl: LetterTemplate, captive_id: int, contact_id: int | None,
                       org_id: int | None, token: int) -> None:
        """Under the level note: what the letter's level leaves out of the case file, and an
        addressee whose own record is above that level (allowed, but said)."""
        cf = self.ui.case_file

        def work() -> Any:
            return outputs.letter_left_out(cf, tpl, captive_id, contact_id=contact_id,
                                           organisation_id=org_id)

        def done(summary: Any) -> None:
            if shiboken6.isValid(self) and token == self._check_token:
                self._show_left_out_summary(summary)

        self.ui.runner.submit(work, done, lambda _exc: None)

    def _show_left_out_summary(self, summary: Any) -> None:
        self.left_out_summary = summary
        self._show_level()
        self.level_note.setText(self.level_note.text() + "\n" + "\n".join(summary.lines()))

    def _remember_typed(self) -> None:
        for name, edit in self.field_edits.items():
            text = edit.toPlainText() if isinstance(edit, QPlainTextEdit) else edit.text()
            self.typed[name] = text

    def set_missing(self, missing: list[tuple[str, str]]) -> None:
        self._remember_typed()
        while self.fields_form.rowCount():
            self.fields_form.removeRow(0)
        self.field_edits.clear()
        self.missing = list(missing)
        for name, description in self.missing:
            description = _CLI_HINT.sub("", description)  # "give it with --set": not here
            if name in MULTILINE:
                edit: QLineEdit | QPlainTextEdit = QPlainTextEdit(self)
                edit.setTabChangesFocus(True)
                edit.setFixedHeight(64)
                edit.setPlainText(self.typed.get(name, ""))
                edit.textChanged.connect(self._typed_changed)
            else:
                edit = QLineEdit(self)
                edit.setText(self.typed.get(name, ""))
                edit.textChanged.connect(lambda _t: self._typed_changed())
            edit.setObjectName(f"letter_field_{name}")
            edit.setPlaceholderText(description)
            edit.setToolTip(description)
            self.fields_form.addRow(name.replace("_", " ").capitalize(), edit)
            self.field_edits[name] = edit
        self.fields_box.setVisible(bool(self.missing))
        self.lawyer_button.setVisible(any(n.startswith("lawyer_") for n, _ in self.missing))
        self.checked = True
        if self.missing:
            self.set_status(self.tr("Fill in every field above: the letter is not made with a "
                                    "hole in it."))
        else:
            self.set_status(self.tr("The case file gives everything this letter needs."))
        self._update_buttons()

    def values(self) -> dict[str, str]:
        """What the user typed, for the fields that are missing."""
        self._remember_typed()
        return {name: self.typed.get(name, "").strip() for name, _ in self.missing}

    def unfilled(self) -> list[str]:
        return [name for name, value in self.values().items() if not value]

    def _typed_changed(self) -> None:
        if self.result_file is not None:
            self.discard()
        self._update_buttons()

    def _update_buttons(self) -> None:
        ready = self.checked and not self.busy and not self.unfilled()
        self.generate_button.setEnabled(ready)
        if not self.checked or self.busy:
            self.generate_button.setToolTip("")
        elif self.unfilled():
            self.generate_button.setToolTip(self.tr("Fill in the missing fields first"))
        else:
            self.generate_button.setToolTip(self.tr("Make the letter"))

    def _set_busy(self, busy: bool) -> None:
        super()._set_busy(busy)
        if hasattr(self, "field_edits"):
            self._update_buttons()

    def _set_result_buttons(self) -> None:
        super()._set_result_buttons()
        if hasattr(self, "open_button"):
            self.open_button.setEnabled(self.saved_path is not None and self.result_file
                                        is not None)
            addressed = self.result_file is not None and (
                self.result_file.contact_id is not None
                or self.result_file.organisation_id is not None)
            self.keep_button.setText(
                self.tr("Keep in documents and log as draft intervention") if addressed
                else self.tr("Keep in the captive's documents"))

    def edit_lawyer(self) -> None:
        from caseapp.ui.dialogs.lawyer_dialog import LawyerDialog

        if LawyerDialog(self.ui.case_file, self).exec():
            self.recheck()

    # -- generating --
    def produce(self) -> Callable[[], Output]:
        tpl, captive_id, contact_id, org_id = self._selection()
        if not self.checked:
            raise ValidationError(self.tr("Wait until the check of the case file is done."),
                                  field="template")
        empty = self.unfilled()
        if empty:
            raise ValidationError(self.tr("Fill in %1 first: the letter is not made with a hole "
                                          "in it.").replace("%1", ", ".join(empty)),
                                  field=empty[0])
        extra = self.values()
        cf, lawyer = self.ui.case_file, self.lawyer()
        return lambda: outputs.letter(cf, tpl, captive_id, lawyer=lawyer, contact_id=contact_id,
                                      organisation_id=org_id, extra=extra)

    def _failed(self, token: int, exc: BaseException) -> None:
        if isinstance(exc, MissingFields) and self._alive(token):
            self._set_busy(False)  # the file changed since the check: ask for what it lacks
            self.set_missing(exc.described())
            self.show_error(exc)
            return
        super()._failed(token, exc)

    def show_result(self, result: Output) -> None:
        self._show_left_out_summary(result.left_out)  # read with the letter itself
        self.set_status(self.tr("The letter is ready: save it as .docx, then open it to "
                                "read it over and sign."))

    def after_save(self, path: Path) -> None:
        self._set_result_buttons()

    def open_saved(self) -> None:
        if self.saved_path is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.saved_path)))
