"""The level chooser of a record's dialog for a login below internal clearance on a team
server: the levels above its clearance cannot be chosen (disabled, the reason as their
tip), and a new record whose default level is above it (a note is internal) starts at the
clearance, which the server accepts."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QStandardItemModel
from PySide6.QtWidgets import QComboBox

from caseapp.domain.enums import Sensitivity
from caseapp.ui.dialogs.record_dialog import RecordDialog
from caseapp.ui.labels import label
from caseapp.ui.session import UiContext

LEVEL_FIELDS = ("sensitivity", "level")


def _level(data: object) -> Sensitivity | None:
    """A level chooser's item data (Qt gives a StrEnum back as its text)."""
    try:
        return Sensitivity(str(data)) if data is not None else None
    except ValueError:
        return None


def limit_levels(dialog: RecordDialog, ui: UiContext) -> RecordDialog:
    who = ui.case_file.login
    clearance = who.clearance
    if not who.restricted or clearance is None:
        return dialog
    reason = QCoreApplication.translate(
        "ClearanceLevels", "Above your clearance (%1): you can save this record at %1 or "
                           "below.").replace("%1", label(clearance))
    for name in LEVEL_FIELDS:
        combo = dialog.widgets.get(name)
        if not isinstance(combo, QComboBox) or not isinstance(combo.model(), QStandardItemModel):
            continue
        model = combo.model()
        assert isinstance(model, QStandardItemModel)
        for row in range(combo.count()):
            level = _level(combo.itemData(row))
            if level is not None and not clearance.allows(level):
                item = model.item(row)
                item.setEnabled(False)
                item.setToolTip(reason)
        current = _level(combo.currentData())
        if current is not None and not clearance.allows(current):
            combo.setCurrentIndex(combo.findData(clearance))
            dialog.initial = dialog.values()  # the dialog's own choice: nothing typed yet
    return dialog
