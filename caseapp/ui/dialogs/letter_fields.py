"""The fields of a letter as the letter dialog shows them: a human label for each placeholder
(“ECHR application number”, never ``echr_reference``), the value the case file gives at the
letter's level filled in and editable, what the file lacks asked for first, and a note where
the letter's level holds back something the file has."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QFormLayout, QLabel, QLineEdit, QPlainTextEdit, QVBoxLayout, QWidget

from caseapp.domain.enums import Sensitivity
from caseapp.services.letter_data import LetterField
from caseapp.ui.labels import label
from caseapp.ui.tr_marks import QT_TRANSLATE_NOOP
from caseapp.ui.widgets.text_heights import tall_enough

CTX = "LetterDialog"

# Placeholder -> its label (source text, translated in the context "LetterDialog").
LABELS: dict[str, str] = {
    "today": QT_TRANSLATE_NOOP("LetterDialog", "Date of the letter"),
    "captive_name": QT_TRANSLATE_NOOP("LetterDialog", "Captive's name, in the letter's script"),
    "captive_name_latin": QT_TRANSLATE_NOOP("LetterDialog", "Captive's name in Latin letters"),
    "captive_name_native": QT_TRANSLATE_NOOP("LetterDialog", "Captive's name in the native script"),
    "captive_names_all": QT_TRANSLATE_NOOP("LetterDialog", "Every spelling of the captive's name"),
    "captive_names_other": QT_TRANSLATE_NOOP("LetterDialog", "Other spellings of the captive's name"),
    "captive_names_other_than_latin": QT_TRANSLATE_NOOP(
        "LetterDialog", "Spellings of the captive's name other than the Latin one"),
    "captive_birth_date": QT_TRANSLATE_NOOP("LetterDialog", "Date of birth"),
    "captive_birth_place": QT_TRANSLATE_NOOP("LetterDialog", "Place of birth"),
    "captive_citizenship": QT_TRANSLATE_NOOP("LetterDialog", "Citizenship"),
    "captive_category": QT_TRANSLATE_NOOP("LetterDialog", "Category (civilian, serviceman…)"),
    "captive_status": QT_TRANSLATE_NOOP("LetterDialog", "Current status"),
    "captive_is_woman": QT_TRANSLATE_NOOP("LetterDialog",
                                          "The captive is a woman (any text: yes; empty: no)"),
    "no_proceedings_known": QT_TRANSLATE_NOOP(
        "LetterDialog", "No criminal case or charge is known (any text: yes; empty: no)"),
    "capture_date": QT_TRANSLATE_NOOP("LetterDialog", "Date of capture"),
    "capture_place": QT_TRANSLATE_NOOP("LetterDialog", "Place of capture"),
    "capturing_authority": QT_TRANSLATE_NOOP("LetterDialog", "Capturing authority"),
    "capture_circumstances": QT_TRANSLATE_NOOP("LetterDialog", "Circumstances of the capture"),
    "days_in_custody": QT_TRANSLATE_NOOP("LetterDialog", "Days in custody"),
    "detention_place": QT_TRANSLATE_NOOP("LetterDialog", "Place of detention"),
    "detention_address": QT_TRANSLATE_NOOP("LetterDialog", "Address of the place of detention"),
    "case_number": QT_TRANSLATE_NOOP("LetterDialog", "Criminal case number"),
    "investigating_body": QT_TRANSLATE_NOOP("LetterDialog", "Investigating body"),
    "court": QT_TRANSLATE_NOOP("LetterDialog", "Court"),
    "charges": QT_TRANSLATE_NOOP("LetterDialog", "Charges"),
    "next_hearing": QT_TRANSLATE_NOOP("LetterDialog", "Next hearing"),
    "last_contact_date": QT_TRANSLATE_NOOP("LetterDialog", "Last confirmed contact (proof of life)"),
    "health": QT_TRANSLATE_NOOP("LetterDialog", "Health and treatment"),
    "current_asks": QT_TRANSLATE_NOOP("LetterDialog", "What is asked for the captive"),
    "key_facts": QT_TRANSLATE_NOOP("LetterDialog", "Key facts"),
    "echr_reference": QT_TRANSLATE_NOOP("LetterDialog", "ECHR application number"),
    "wgad_reference": QT_TRANSLATE_NOOP("LetterDialog", "UN WGAD communication reference"),
    "respondent_state": QT_TRANSLATE_NOOP("LetterDialog", "Respondent State"),
    "recipient_name": QT_TRANSLATE_NOOP("LetterDialog", "Addressee"),
    "recipient_block": QT_TRANSLATE_NOOP("LetterDialog", "Addressee's name and address"),
    "recipient_email": QT_TRANSLATE_NOOP("LetterDialog", "Addressee's e-mail"),
    "salutation": QT_TRANSLATE_NOOP("LetterDialog", "Greeting"),
    "lawyer_name": QT_TRANSLATE_NOOP("LetterDialog", "Your name (signature)"),
    "lawyer_organisation": QT_TRANSLATE_NOOP("LetterDialog", "Your firm or organisation"),
    "lawyer_address": QT_TRANSLATE_NOOP("LetterDialog", "Your postal address"),
    "lawyer_bar_number": QT_TRANSLATE_NOOP("LetterDialog", "Your bar number"),
    "lawyer_phone": QT_TRANSLATE_NOOP("LetterDialog", "Your phone"),
    "lawyer_email": QT_TRANSLATE_NOOP("LetterDialog", "Your e-mail"),
    "lawyer_city": QT_TRANSLATE_NOOP("LetterDialog", "City where you sign"),
    "lawyer_block": QT_TRANSLATE_NOOP("LetterDialog", "Your details under the signature"),
}

# Fields that usually run over several lines.
MULTILINE = {"recipient_block", "lawyer_block", "lawyer_address", "key_facts", "current_asks",
             "health", "charges", "capture_circumstances", "detention_address"}


MOST_LINES = 6  # a block of more lines scrolls


translate = QCoreApplication.translate  # lupdate reads every translate("Context", "source") call


def tr(text: str) -> str:
    return QCoreApplication.translate(CTX, text)


def field_label(name: str) -> str:
    """The label of a placeholder; a field of the lawyer's own template (``visit_date``)
    reads as words (“Visit date”)."""
    if name in LABELS:
        return tr(LABELS[name])
    words = " ".join(name.replace("_", " ").split())
    return words[:1].upper() + words[1:] if words else name


def field_note(f: LetterField, level: Sensitivity) -> str:
    """What the letter's level does to this field, in a sentence ("" when nothing)."""
    level_name = label(level).lower()
    if f.withheld:
        return translate("LetterDialog", "The case file has this, but above the %1 level of this letter, so it is "
                  "left out. Type it here only if it may go in this letter.").replace(
            "%1", level_name)
    if f.narrowed:
        return translate("LetterDialog", "The case file has more here above the %1 level of this letter: the "
                  "letter gives what may be shared at that level.").replace("%1", level_name)
    if f.optional and not f.value.strip():
        return translate("LetterDialog", "Nothing to put here: the letter leaves out the line "
                                         "that would show it.")
    return ""


CAPTION_CHARS = 26  # the widest a caption is, in average characters, before it wraps


class LetterFieldsForm(QWidget):
    """The fields of one letter: those to fill in first, then those the case file gives
    (editable for this letter). What the user typed is kept while the choice is checked
    again, for the fields still to fill in."""

    edited = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("letter_fields")
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(self.form)
        layout.addStretch(1)
        self.fields: list[LetterField] = []
        self.edits: dict[str, QLineEdit | QPlainTextEdit] = {}
        self.notes: dict[str, QLabel] = {}
        self.labels: dict[str, str] = {}
        self.typed: dict[str, str] = {}  # typed by the user, by field name

    def set_fields(self, fields: Sequence[LetterField], level: Sensitivity) -> None:
        self._remember()
        while self.form.rowCount():
            self.form.removeRow(0)
        self.edits.clear()
        self.notes.clear()
        self.labels.clear()
        self.fields = list(fields)
        missing = [f for f in self.fields if f.missing]
        given = [f for f in self.fields if not f.missing]
        # Typed values are kept for fields still to fill in; the others show the file's.
        self.typed = {f.name: self.typed[f.name] for f in missing if f.name in self.typed}
        for title, group in ((translate("LetterDialog", "To fill in"), missing),
                             (translate("LetterDialog", "From the case file (you may change them for this letter)"),
                              given)):
            if not group:
                continue
            header = QLabel(title, self)
            font = QFont(header.font())
            font.setBold(True)
            header.setFont(font)
            self.form.addRow(header)
            for f in group:
                self._add_row(f, level)

    def _add_row(self, f: LetterField, level: Sensitivity) -> None:
        text = self.typed.get(f.name, f.value)
        if f.name in MULTILINE or "\n" in text:
            lines = QPlainTextEdit(self)
            lines.setTabChangesFocus(True)
            lines.setPlainText(text)
            lines.setFixedHeight(tall_enough(lines, text.count("\n") + 1, most=MOST_LINES))
            lines.textChanged.connect(lambda name=f.name, e=lines: self._typed(name, e))
            edit: QLineEdit | QPlainTextEdit = lines
        else:
            edit = QLineEdit(self)
            edit.setText(text)
            edit.setCursorPosition(0)  # a long value reads from its start
            edit.textEdited.connect(lambda _t, name=f.name, e=edit: self._typed(name, e))
        edit.setObjectName(f"letter_field_{f.name}")
        caption = field_label(f.name) + (" *" if f.missing else "")
        self.labels[f.name] = caption
        # A long caption wraps: left whole on one line it widened the captions' column
        # until the fields were slivers on a 1024-pixel screen.
        label = QLabel(caption, self)
        label.setWordWrap(True)
        widest = label.fontMetrics().averageCharWidth() * CAPTION_CHARS
        label.setMinimumWidth(min(label.fontMetrics().horizontalAdvance(caption) + 2, widest))
        label.setMaximumWidth(widest)
        label.setBuddy(edit)
        box = QVBoxLayout()
        box.setSpacing(1)
        box.addWidget(edit)
        note_text = field_note(f, level)
        if note_text:
            note = QLabel(note_text, self)
            note.setObjectName(f"letter_note_{f.name}")
            note.setWordWrap(True)
            note.setStyleSheet("color: palette(placeholder-text);")
            box.addWidget(note)
            self.notes[f.name] = note
            edit.setToolTip(note_text)
        self.form.addRow(label, box)
        self.edits[f.name] = edit

    def _typed(self, name: str, edit: QLineEdit | QPlainTextEdit) -> None:
        self.typed[name] = edit.toPlainText() if isinstance(edit, QPlainTextEdit) else edit.text()
        self.edited.emit()

    def _remember(self) -> None:
        for name, edit in self.edits.items():
            if name in self.typed:
                self.typed[name] = (edit.toPlainText() if isinstance(edit, QPlainTextEdit)
                                    else edit.text())

    def values(self) -> dict[str, str]:
        """Every field as shown (the file's value, or what the user typed)."""
        return {name: (e.toPlainText() if isinstance(e, QPlainTextEdit) else e.text()).strip()
                for name, e in self.edits.items()}

    def _empty(self) -> list[str]:
        """The fields still empty that the letter needs (an optional one may stay empty: the
        letter then leaves out its row)."""
        optional = {f.name for f in self.fields if f.optional}
        return [name for name, value in self.values().items()
                if not value and name not in optional]

    def unfilled(self) -> list[str]:
        """Labels of the fields still empty that the letter needs."""
        return [self.labels[name].rstrip(" *") for name in self._empty()]

    def first_unfilled(self) -> QWidget | None:
        empty = self._empty()
        return self.edits[empty[0]] if empty else None
