"""The level of each of a captive's fields, chosen beside the field in the captive's edit
dialogs: health and the notes on consent let out to a shareable dossier when the family
agrees, the circumstances of capture kept internal while the rest of the record is shared.

Each chooser offers "as the record" (the field has no level of its own and follows the
record's) and the three levels; the levels below the record's are not offered (a field is
never printed below its record: :func:`caseapp.domain.redaction.effective_level`), nor, for a
team member below internal clearance, those above it. A field the file is not read at (a
travel copy's, a clearance's) keeps its level: it is not changed here.

The chosen levels are one value of the dialog, ``field_levels``: the captive's whole
dictionary (the levels of fields not in this dialog kept), saved through the dialog's
operation like any field, so that Undo puts the levels back and the history names them.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from PySide6.QtCore import QCoreApplication, QSize, Qt
from PySide6.QtGui import QPaintEvent, QStandardItemModel
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QLabel,
    QStyle,
    QStyleOptionComboBox,
    QStylePainter,
    QVBoxLayout,
    QWidget,
)

from caseapp.domain.enums import Sensitivity
from caseapp.domain.messages import list_separator
from caseapp.domain.redaction import strictest
from caseapp.ui.dialogs.clearance_levels import limit_combo
from caseapp.ui.dialogs.record_dialog import RecordDialog
from caseapp.ui.formats import fill
from caseapp.ui.labels import label
from caseapp.ui.session import UiContext
from caseapp.ui.theme import caution_text

FIELD_LEVELS = "field_levels"
# A dialog's field and the captive's column whose level it is (a date and its precision are
# one field, levelled by the date's column).
COLUMN_OF = {"birth": "birth_date", "capture": "capture_date"}
WIDE, WIDE_MARGIN = 760, 32  # the width a dialog with choosers opens at, at most; room kept


class LevelChooser(QComboBox):
    """One field's level: None (as the record) or a level. Closed, it shows the level as one
    word (the record's in brackets when the field follows it), so that the field beside it
    keeps its width; its list, tooltip and accessible name say it whole."""

    def __init__(self, caption: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.addItem("", None)  # "As the record (…)": its level, by floor()
        for level in Sensitivity:
            self.addItem(label(level), level)
        self.record = Sensitivity.INTERNAL  # the record's level, by floor()
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.setAccessibleName(fill(QCoreApplication.translate(
            "CaptiveFieldLevels", "Level of the field “%1”"), caption))
        self.currentIndexChanged.connect(self._say_whole)

    def level(self) -> Sensitivity | None:
        data = self.currentData()
        return None if data is None else Sensitivity(str(data))

    def set_level(self, level: Sensitivity | str | None) -> None:
        self.setCurrentIndex(max(0, self.findData(None if level is None else Sensitivity(level))))

    def effective(self) -> Sensitivity:
        """The level the field is printed at (its own, else the record's)."""
        return self.level() or self.record

    def short_text(self, row: int | None = None) -> str:
        """What the closed chooser shows for ``row`` (the current one): the level's word, the
        record's in brackets for "as the record"."""
        data = self.itemData(self.currentIndex() if row is None else row)
        if data is None:
            return fill(QCoreApplication.translate("CaptiveFieldLevels", "(%1)"),
                        label(self.record))
        return label(Sensitivity(str(data)))

    def floor(self, record: Sensitivity) -> None:
        """Offer no level below the record's (the choice below it becomes "as the record")."""
        self.record = record
        self.setItemText(0, fill(QCoreApplication.translate(
            "CaptiveFieldLevels", "As the record (%1)"), label(record)))
        model = self.model()
        assert isinstance(model, QStandardItemModel)
        reason = fill(QCoreApplication.translate(
            "CaptiveFieldLevels", "The record is %1: none of its fields is printed below it."),
            label(record))
        for row in range(1, self.count()):
            below = Sensitivity(str(self.itemData(row))).rank < record.rank
            item = model.item(row)
            item.setEnabled(not below)
            item.setToolTip(reason if below else "")
        current = self.level()
        if current is not None and current.rank < record.rank:
            self.setCurrentIndex(0)
        self._say_whole()
        self.updateGeometry()
        self.update()

    def _say_whole(self, *_args: object) -> None:
        self.setToolTip(self.currentText() + "\n" + QCoreApplication.translate(
            "CaptiveFieldLevels", "The level this field is printed at: a dossier, a report or "
                                  "a list made below it leaves the field out."))

    # -- compact: the closed box as wide as its longest word, the list as wide as its lines --
    def sizeHint(self) -> QSize:
        option = QStyleOptionComboBox()
        self.initStyleOption(option)
        metrics = self.fontMetrics()
        text = max((metrics.horizontalAdvance(self.short_text(row)) for row in range(self.count())),
                   default=0)
        return self.style().sizeFromContents(
            QStyle.ContentsType.CT_ComboBox, option,
            QSize(text, metrics.height()), self)

    def minimumSizeHint(self) -> QSize:
        return self.sizeHint()

    def showPopup(self) -> None:
        view = self.view()
        view.setMinimumWidth(view.sizeHintForColumn(0) + 2 * view.frameWidth()
                             + view.verticalScrollBar().sizeHint().width())
        super().showPopup()

    def paintEvent(self, _event: QPaintEvent) -> None:
        painter = QStylePainter(self)
        option = QStyleOptionComboBox()
        self.initStyleOption(option)
        option.currentText = self.short_text()
        painter.drawComplexControl(QStyle.ComplexControl.CC_ComboBox, option)
        painter.drawControl(QStyle.ControlElement.CE_ComboBoxLabel, option)
        painter.end()


def levels_beside(dialog: RecordDialog, ui: UiContext, record: Any, names: Iterable[str],
                  stored: dict[str, Any] | None = None) -> dict[str, LevelChooser]:
    """Put a level chooser beside each field of ``names`` in ``dialog`` (editing the captive
    ``record``, a CaptiveDTO; ``stored``: its field levels as read now) and make the
    captive's field levels a value of the dialog."""
    names = tuple(names)
    stored = dict(stored if stored is not None else getattr(record, FIELD_LEVELS, None) or {})
    clearance = ui.case_file.login.clearance if ui.case_file.login.restricted else None
    own = Sensitivity(getattr(record, "sensitivity", Sensitivity.INTERNAL))
    # The fields not read here (a travel copy's, a clearance's): their levels are kept.
    withheld = frozenset(getattr(record, "withheld", frozenset())) | {
        name for name in names if clearance is not None and not clearance.allows(
            strictest(own, stored.get(COLUMN_OF.get(name, name)) or None))}
    captions = {f.name: f.label for f in dialog.fields}
    choosers: dict[str, LevelChooser] = {}
    for name in names:
        if name not in dialog.widgets:
            continue
        chooser = LevelChooser(captions[name], dialog)
        chooser.setObjectName(f"level_{name}")
        dialog.beside(name, chooser)
        choosers[name] = chooser
    base = {"levels": stored}

    def record_level() -> Sensitivity:
        combo = dialog.widgets.get("sensitivity")
        chosen = combo.currentData() if isinstance(combo, QComboBox) else None
        return Sensitivity(str(chosen or own))

    def read() -> dict[str, str]:
        levels = dict(base["levels"])
        for name, chooser in choosers.items():
            column = COLUMN_OF.get(name, name)
            if name in withheld:
                continue  # not read here: kept as it is
            level = chooser.level()
            if level is None:
                levels.pop(column, None)
            else:
                levels[column] = level.value
        return levels

    def write(levels: dict[str, Any] | None) -> None:
        base["levels"] = dict(levels or {})
        for name, chooser in choosers.items():
            chooser.set_level(base["levels"].get(COLUMN_OF.get(name, name)) or None)
            chooser.floor(record_level())

    def follow_record(*_args: object) -> None:
        for chooser in choosers.values():
            chooser.floor(record_level())

    dialog.hold(FIELD_LEVELS, read, write)
    write(stored)
    for name, chooser in choosers.items():
        if name in withheld:
            chooser.setEnabled(False)
        elif clearance is not None:
            limit_combo(chooser, clearance, fill(QCoreApplication.translate(
                "CaptiveFieldLevels", "Above your clearance (%1): you cannot put a field "
                                      "above it."), label(clearance)))
    if isinstance(sensitivity := dialog.widgets.get("sensitivity"), QComboBox):
        sensitivity.currentIndexChanged.connect(follow_record)
    _warn_without_consent(dialog, record, {n: c for n, c in choosers.items()
                                           if n not in withheld}, captions)
    dialog.initial = dialog.values()
    return choosers


def _warn_without_consent(dialog: RecordDialog, record: Any, choosers: dict[str, LevelChooser],
                          captions: dict[str, str]) -> QLabel:
    """A line under the fields, shown while a field (or the record) is set Public and no
    consent to publicity is on file (the dialog's box, else the record's): a public output
    leaves such a captive out, the field with it. It warns; the level is saved as chosen."""
    warning = QLabel(dialog)
    warning.setObjectName("level_warning_publicity")
    warning.setTextFormat(Qt.TextFormat.PlainText)
    warning.setWordWrap(True)
    warning.setStyleSheet(f"color: {caution_text()};")
    warning.hide()
    consent_box = dialog.widgets.get("consent_publicity")

    def consent() -> bool:
        if isinstance(consent_box, QCheckBox):
            return consent_box.isChecked()
        return bool(getattr(record, "consent_publicity", False))

    level_box = dialog.widgets.get("sensitivity")

    def warn(*_args: object) -> None:
        public = [captions[name] for name, chooser in choosers.items()
                  if chooser.level() is Sensitivity.PUBLIC]
        record_public = isinstance(level_box, QComboBox) \
            and level_box.currentData() in (Sensitivity.PUBLIC, Sensitivity.PUBLIC.value)
        if public:
            warning.setText(fill(QCoreApplication.translate(
                "CaptiveFieldLevels", "No consent to publicity is on file: a public dossier, "
                                      "report or list leaves this captive out, and with it "
                                      "the fields set Public: %1."),
                list_separator().join(public)))
        elif record_public:
            warning.setText(QCoreApplication.translate(
                "CaptiveFieldLevels", "No consent to publicity is on file: a public dossier, "
                                      "report or list leaves this captive out."))
        warning.setVisible((bool(public) or record_public) and not consent())

    for chooser in choosers.values():
        chooser.currentIndexChanged.connect(warn)
    if isinstance(consent_box, QCheckBox):
        consent_box.toggled.connect(warn)
    if isinstance(level_box, QComboBox):
        level_box.currentIndexChanged.connect(warn)
    if (layout := dialog.layout()) is not None and isinstance(layout, QVBoxLayout):
        layout.insertWidget(1, warning)  # under the fields, above the dialog's own errors
    warn()
    return warning


def widen(dialog: RecordDialog) -> None:
    """A dialog with choosers beside its fields opens wider (up to the screen's room), so
    that a long place of capture is seen whole; as tall as its fields ask (called once the
    dialog is built)."""
    screen = dialog.screen()
    room = screen.availableGeometry().width() - 2 * WIDE_MARGIN if screen is not None else WIDE
    dialog.adjustSize()  # the size it would open at (its height within the screen's)
    dialog.resize(max(dialog.width(), min(WIDE, room)), dialog.height())
