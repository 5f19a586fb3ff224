"""The statutory maximum of custody for part of the case file: one captive, the charges under
an article (or one part of it), or a stage of the case. Reached from the deadline settings;
it sets the same case setting, through the same service, as the command line does, and a
maximum of 0 days removes the one set there (the file's maximum applies again).

The captive is chosen with the window's captive picker: searched for off the UI thread, with
its keys (Enter takes a match, it does not save the dialog)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from caseapp.domain.enums import CaptiveStatus
from caseapp.domain.errors import CaseAppError, NotFound
from caseapp.services.setting_values import charge_scope
from caseapp.services.settings import MAX_DAYS, STAGES
from caseapp.ui.labels import label
from caseapp.ui.session import UiContext
from caseapp.ui.theme import error_style
from caseapp.ui.widgets.captive_picker import CaptivePicker, CaptiveSource
from caseapp.ui.widgets.fields import name_from_caption, placeholder_whole, special_text_whole
from caseapp.ui.widgets.screen_room import never_cut

KEY = "custody_max_days"


class CustodyMaximumDialog(QDialog):
    def __init__(self, ui: UiContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("custody_maximum")
        self.setWindowTitle(self.tr("Custody maximum for one captive, charge or stage"))
        self.case_file = ui.case_file

        self.kind = QComboBox(self)
        self.kind.setObjectName("custody_kind")
        self.kind.addItem(self.tr("One captive"), "captive")
        self.kind.addItem(self.tr("The charges under an article"), "charge")
        self.kind.addItem(self.tr("A stage of the case"), "stage")

        self.captive = CaptivePicker(CaptiveSource(ui), self, multi=False, optional=False)
        self.captive.setObjectName("custody_captive")
        self.charge = QLineEdit(self)
        self.charge.setObjectName("custody_charge")
        self.charge.setPlaceholderText(self.tr("An article, or its part after a dot: 214 or 214.2"))
        for edit in (self.captive.search, self.charge):  # the example text whole, in any language
            placeholder_whole(edit)
        self.stage = QComboBox(self)
        self.stage.setObjectName("custody_stage")
        for stage in STAGES:
            self.stage.addItem(label(CaptiveStatus(stage)), stage)

        self.kind.currentIndexChanged.connect(lambda _i: self._kind_chosen())

        self.days = QSpinBox(self)
        self.days.setObjectName("custody_days")
        self.days.setRange(0, MAX_DAYS)
        special_text_whole(self.days, self.tr("not set: the file's maximum applies"))
        self.captive.changed.connect(self._target_chosen)
        self.charge.textChanged.connect(lambda _t: self._target_chosen())
        self.stage.currentIndexChanged.connect(lambda _i: self._target_chosen())

        self.error = QLabel(self)
        self.error.setObjectName("custody_error")
        self.error.setWordWrap(True)
        self.error.setStyleSheet(error_style())
        self.error.hide()
        note = QLabel(self.tr(
            "A captive's own maximum wins; else the shortest of their charges' maxima; else "
            "their stage's; else the file's. 0 days removes the maximum set here."), self)
        note.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                   | QDialogButtonBox.StandardButton.Cancel, self)
        save = buttons.button(QDialogButtonBox.StandardButton.Save)
        save.setObjectName("custody_save")
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        # one form, its captions in one column: the rows of the kind chosen shown (a long
        # caption goes above its field rather than squeeze it)
        self.form = QFormLayout()
        self.form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.form.addRow(self.tr("For"), self.kind)
        self.rows = {"captive": [self._row(self.tr("Captive"), self.captive)],
                     "charge": [self._row(self.tr("Article"), self.charge)],
                     "stage": [self._row(self.tr("Stage"), self.stage)]}
        self.form.addRow(self.tr("Statutory maximum of custody (days)"), self.days)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(note)
        layout.addWidget(self.error)
        # the room the matches took, once a captive is chosen (or another kind is), left
        # above the buttons: not spread between the fields and the note
        layout.addStretch(1)
        layout.addWidget(buttons)
        self.setMinimumWidth(520)
        self._kind_chosen()
        never_cut(self)  # the note on all its lines, each caption whole
        name_from_caption(self.captive, self.tr("Captive"))  # its search field, read aloud
        self.captive.setFocus(Qt.FocusReason.OtherFocusReason)

    def _row(self, caption: str, field: QWidget) -> int:
        self.form.addRow(caption, field)
        return self.form.rowCount() - 1

    def _kind_chosen(self) -> None:
        kind = self.kind.currentData()
        for of_kind, rows in self.rows.items():
            for row in rows:
                self.form.setRowVisible(row, of_kind == kind)
        self._target_chosen()

    def _target_chosen(self) -> None:
        """A refusal said of the target before goes (“Choose a captive first.” stood beside
        the captive then chosen); the days set for the new one show."""
        self.error.hide()
        self._show_set()

    def _scope(self) -> str | None:
        """The scope the settings keep the chosen target's maximum under (None: none chosen
        or an article that can match no charge)."""
        kind = self.kind.currentData()
        if kind == "captive":
            captive_id = self.captive.value()
            if not isinstance(captive_id, int):
                return None
            try:
                return f"captive:{self.case_file.captives.get(captive_id).uid}"
            except NotFound:  # deleted meanwhile (another window, a colleague): saving says so
                return None
        if kind == "charge":
            article = charge_scope(self.charge.text())
            return None if article is None else f"charge:{article}"
        return f"stage:{self.stage.currentData()}"

    def _show_set(self) -> None:
        """The days already set for the chosen target, if any (else the days as they are)."""
        scope = self._scope()
        set_here = {o.scope: o.days for o in self.case_file.settings.current().custody_overrides}
        if scope in set_here:
            self.days.setValue(set_here[scope])

    def accept(self) -> None:
        """Save through the settings service; a refused target keeps the dialog open, with
        what was typed, and says why in one line."""
        kind = self.kind.currentData()
        value = self.days.value() or None
        try:
            if kind == "captive":
                captive_id = self.captive.value()
                if not isinstance(captive_id, int):
                    self._refused(self.tr("Choose a captive first."))
                    return
                self.case_file.settings.set(KEY, value, captive_id=captive_id)
            elif kind == "charge":
                self.case_file.settings.set(KEY, value, charge=self.charge.text())
            else:
                self.case_file.settings.set(KEY, value, stage=self.stage.currentData())
        except CaseAppError as exc:
            self._refused(str(exc))
            return
        super().accept()

    def _refused(self, why: str) -> None:
        self.error.setText(why)
        self.error.show()
