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

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QStandardItemModel
from PySide6.QtWidgets import QComboBox, QWidget

from caseapp.domain.enums import Sensitivity
from caseapp.domain.redaction import strictest
from caseapp.ui.dialogs.clearance_levels import limit_combo
from caseapp.ui.dialogs.record_dialog import RecordDialog
from caseapp.ui.formats import fill
from caseapp.ui.labels import label
from caseapp.ui.session import UiContext

FIELD_LEVELS = "field_levels"
# A dialog's field and the captive's column whose level it is (a date and its precision are
# one field, levelled by the date's column).
COLUMN_OF = {"birth": "birth_date", "capture": "capture_date"}


class LevelChooser(QComboBox):
    """One field's level: None (as the record) or a level."""

    def __init__(self, caption: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.addItem("", None)  # "As the record (…)": its level, by floor()
        for level in Sensitivity:
            self.addItem(label(level), level)
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.setAccessibleName(fill(QCoreApplication.translate(
            "CaptiveFieldLevels", "Level of the field “%1”"), caption))
        self.setToolTip(QCoreApplication.translate(
            "CaptiveFieldLevels", "The level this field is printed at: a dossier, a report or "
                                  "a list made below it leaves the field out."))

    def level(self) -> Sensitivity | None:
        data = self.currentData()
        return None if data is None else Sensitivity(str(data))

    def set_level(self, level: Sensitivity | str | None) -> None:
        self.setCurrentIndex(max(0, self.findData(None if level is None else Sensitivity(level))))

    def floor(self, record: Sensitivity) -> None:
        """Offer no level below the record's (the choice below it becomes "as the record")."""
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
    dialog.initial = dialog.values()
    return choosers
