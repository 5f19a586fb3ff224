"""A letter from a Word template: choose the template, the captive and the addressee; every
field of the letter is shown with a human label, filled with what the case file gives at the
letter's level (saying where the level holds something back) and asked for where the file
says nothing (a letter never comes out with a hole); Generate shows the filled letter
beside the form (its pages when LibreOffice is installed, else its text); then save it as
.docx, open it, and keep it among the captive's documents, logged as a draft intervention
when it is addressed to someone."""

from __future__ import annotations

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
    QPushButton,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from caseapp.domain.errors import ValidationError
from caseapp.reports.letter_templates import LetterTemplate, list_templates
from caseapp.reports.letters import MissingFields
from caseapp.services import letter_data, outputs
from caseapp.services.output_files import Output
from caseapp.ui.dialogs.discard import may_discard
from caseapp.ui.dialogs.letter_addressees import Addressees
from caseapp.ui.dialogs.letter_fields import LetterFieldsForm, field_label
from caseapp.ui.dialogs.letter_titles import template_title
from caseapp.ui.dialogs.output_dialog import OutputDialog
from caseapp.ui.i18n import current_language
from caseapp.ui.labels import label
from caseapp.ui.session import UiContext
from caseapp.ui.widgets.captive_picker import CaptivePicker, CaptiveSource
from caseapp.ui.widgets.fields import name_from_caption
from caseapp.ui.widgets.focus_order import no_stop_around_fields, tab_in_order
from caseapp.ui.widgets.letter_preview import LetterPreview
from caseapp.ui.widgets.screen_room import narrow_choice, resize_within_screen


class LetterDialog(OutputDialog):
    def __init__(self, ui: UiContext, parent: QWidget | None = None, *,
                 captive_id: int | None = None):
        super().__init__(ui, parent)
        self.setObjectName("letter_dialog")
        self.setWindowTitle(self.tr("Letter"))
        self.checked = False
        self._check_token = 0
        self.left_out_summary: Any = None  # what the letter's level leaves out (OmissionSummary)

        self.template = QComboBox(self)
        self.template.setObjectName("letter_template")
        self.templates: dict[str, LetterTemplate] = {}
        for tpl in list_templates():
            self.templates[tpl.key] = tpl
            title = template_title(tpl)
            self.template.addItem(title, tpl.key)  # whole in its tooltip where the list cuts it
            self.template.setItemData(self.template.count() - 1, title, Qt.ItemDataRole.ToolTipRole)
        # The first letter in the interface's language is offered first.
        first = next((i for i in range(self.template.count())
                      if self.templates[self.template.itemData(i)].language == current_language()), 0)
        self.template.setCurrentIndex(first)
        narrow_choice(self.template, 40)
        self.captive = CaptivePicker(CaptiveSource(ui, suggested=[captive_id] if captive_id
                                                   else ()), self, multi=False, optional=False)
        self.captive.setObjectName("letter_captive")
        if captive_id is not None:
            self.captive.set_value(captive_id)
        self.addressees = Addressees(ui, self)
        self.organisation = self.addressees.organisation
        self.contact = self.addressees.contact
        self.level_note = QLabel(self)
        self.level_note.setObjectName("letter_level")
        self.level_note.setWordWrap(True)
        self.level_note.setStyleSheet("color: palette(placeholder-text);")
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(self.tr("Template"), self.template)
        form.addRow("", self.level_note)
        form.addRow(self.tr("Captive"), self.captive)
        name_from_caption(self.captive, self.tr("Captive"))  # its search field, read aloud
        form.addRow(self.tr("Organisation"), self.organisation)
        form.addRow(self.tr("To (person)"), self.contact)

        self.fields_box = QGroupBox(self.tr("What the letter says"), self)
        self.fields_box.setObjectName("letter_missing")
        self.fields = LetterFieldsForm(self.fields_box)
        self.fields.edited.connect(self._typed_changed)
        scroll = QScrollArea(self.fields_box)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)  # fields fit
        scroll.setWidget(self.fields)
        no_stop_around_fields(scroll)
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
        self.preview = LetterPreview(ui.runner, self)

        actions = QHBoxLayout()
        actions.addWidget(self.generate_button)
        actions.addWidget(self.save_button)
        actions.addWidget(self.open_button)
        actions.addStretch(1)
        left = QWidget(self)
        column = QVBoxLayout(left)
        column.setContentsMargins(0, 0, 6, 0)
        column.addLayout(form)
        column.addWidget(self.fields_box, 1)
        # Until a captive is chosen the fields' box is hidden: the spare height goes here,
        # not into blank bands between the form's rows and the picker's parts. (Once the box
        # shows, its stretch takes it all: this one has none.)
        column.addStretch(0)
        column.addLayout(self.busy_row())
        column.addWidget(self.status)
        column.addLayout(actions)
        split = QSplitter(self)
        split.setChildrenCollapsible(False)
        split.addWidget(left)
        split.addWidget(self.preview)
        split.setStretchFactor(0, 1)
        split.setStretchFactor(1, 1)
        split.setSizes([560, 520])
        bottom = QHBoxLayout()
        bottom.addWidget(self.keep_button)
        bottom.addStretch(1)
        bottom.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(split, 1)
        layout.addLayout(bottom)
        self.setMinimumWidth(760)
        resize_within_screen(self, 1100, 720)

        self.template.currentIndexChanged.connect(lambda _i: self.recheck())
        self.captive.changed.connect(self.recheck)
        self.addressees.changed.connect(self.recheck)
        self.addressees.failed.connect(self.show_error)
        self._show_level()
        self._update_buttons()
        # The keyboard starts on the first choice (Generate is off until the check is done:
        # Qt put it on Close, where Enter shut the dialog).
        self.template.setFocus()
        self.addressees.fetch()

    # -- choices --
    def current_template(self) -> LetterTemplate | None:
        return self.templates.get(self.template.currentData())

    def set_template(self, key: str) -> None:
        self.template.setCurrentIndex(self.template.findData(key))

    def _show_level(self) -> None:
        tpl = self.current_template()
        self.level_note.setToolTip("")
        if tpl is None:
            self.level_note.clear()
            return
        levels = {"internal": self.tr("Reads the whole file (internal level)."),
                  "shareable": self.tr("Reads only what may be shared (shareable level)."),
                  "public": self.tr("Reads only public facts (public level).")}
        self.level_note.setText(levels.get(tpl.level.value, ""))

    def set_captive(self, captive_id: int) -> None:
        self.captive.set_value(captive_id)
        self.recheck()

    def set_contact(self, contact_id: int | None) -> None:
        self.contact.set_value(contact_id)

    def _selection(self) -> tuple[LetterTemplate, int, int | None, int | None]:
        tpl = self.current_template()
        captive_id = self.captive.value()
        if tpl is None or not isinstance(captive_id, int):
            raise ValidationError(self.tr("Choose a template and a captive."), field="template")
        return tpl, captive_id, self.contact.value(), self.organisation.value()

    # -- the fields of the letter --
    def recheck(self) -> None:
        """Read the letter's fields for the current choice (off the UI thread); the form is
        rebuilt from the answer."""
        self._show_level()
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
        self.set_status(self.tr("Reading what the case file gives…"))

        def work() -> list[letter_data.LetterField]:
            return letter_data.letter_fields(cf, tpl, captive_id, lawyer=lawyer,
                                             contact_id=contact_id, organisation_id=org_id)

        def done(fields: list[letter_data.LetterField]) -> None:
            if shiboken6.isValid(self) and token == self._check_token:
                self.set_fields(fields)

        def failed(exc: BaseException) -> None:
            if shiboken6.isValid(self) and token == self._check_token:
                self.set_fields([])
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
        # The count on the note, the items in its tooltip: a line per item (ten lines in
        # Russian) left the letter's fields a scrolled strip on a 1024 × 768 screen.
        lines = summary.lines()
        if lines:
            self.level_note.setText(self.level_note.text() + "\n" + summary.headline())
            self.level_note.setToolTip("\n".join(lines))

    @property
    def field_edits(self) -> dict[str, Any]:
        return self.fields.edits

    def set_fields(self, fields: list[letter_data.LetterField]) -> None:
        tpl = self.current_template()
        if tpl is not None:
            self.fields.set_fields(fields, tpl.level)
            # Tab from the addressee to the fields, then the button under them (made anew
            # for each letter, the fields came after every other part of the dialog)
            tab_in_order(self.contact, *self.fields.edits.values(), self.lawyer_button)
        self.fields_box.setVisible(bool(fields))
        self.lawyer_button.setVisible(any(f.name.startswith("lawyer_") and f.missing
                                          for f in fields))
        self.checked = tpl is not None
        missing = [f for f in fields if f.missing]
        if missing:
            self.set_status(self.tr("Fill in the fields marked *: the letter is not made with "
                                    "a hole in it."))
        else:
            self.set_status(self.tr("The case file gives everything this letter needs: read "
                                    "it over, then Generate."))
        self._update_buttons()

    def values(self) -> dict[str, str]:
        """Every field of the letter as shown (the file's values and what the user typed)."""
        return self.fields.values()

    def unfilled(self) -> list[str]:
        return self.fields.unfilled()

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
            self.generate_button.setToolTip(self.tr("Make the letter and show it"))

    def _set_busy(self, busy: bool) -> None:
        super()._set_busy(busy)
        if hasattr(self, "fields"):
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

    def discard(self, text: str = "") -> None:
        super().discard(text)
        if hasattr(self, "preview"):
            self.preview.clear()

    def reject(self) -> None:
        """Escape, Close or the window's close button: what the user typed for the letter is
        thrown away only when they say so, unless a letter saved or kept since holds it."""
        typed = any(text.strip() for text in self.fields.typed.values())
        in_a_letter = self.result_file is not None and (self.saved_path is not None or self.keep_used)
        if typed and not in_a_letter and not may_discard(self):
            return
        super().reject()

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
            first = self.fields.first_unfilled()
            if first is not None:
                first.setFocus()
            raise ValidationError(self.tr("Fill in %1 first: the letter is not made with a hole "
                                          "in it.").replace("%1", ", ".join(empty)),
                                  field="template")
        extra = self.values()
        cf, lawyer = self.ui.case_file, self.lawyer()
        return lambda: outputs.letter(cf, tpl, captive_id, lawyer=lawyer, contact_id=contact_id,
                                      organisation_id=org_id, extra=extra)

    def _failed(self, token: int, exc: BaseException) -> None:
        if isinstance(exc, MissingFields) and self._alive(token):
            self._set_busy(False)  # the template changed since the check: read it again
            self.set_status(self.tr("The letter needs %1, which the case file does not give.")
                            .replace("%1", ", ".join(field_label(f) for f in exc.fields)),
                            error=True)
            self.recheck()
            return
        super()._failed(token, exc)

    def show_result(self, result: Output) -> None:
        self._show_left_out_summary(result.left_out)  # read with the letter itself
        self.preview.show_letter(result.data)
        level = label(result.level).lower()
        self.set_status(self.tr("The letter is ready, filled at the %1 level: read it over "
                                "on the right, save it as .docx, then open it to sign.")
                        .replace("%1", level))

    def done(self, result: int) -> None:
        self.preview.stop()  # LibreOffice, if still making pages, is stopped
        super().done(result)

    def after_save(self, path: Path) -> None:
        self._set_result_buttons()

    def open_saved(self) -> None:
        if self.saved_path is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.saved_path)))
