"""The level chooser of a record's dialog for a login below internal clearance on a team
server: the levels above its clearance cannot be chosen (disabled, the reason as their
tip), and a new record whose default level is above it (a note is internal) starts at the
clearance, which the server accepts. The level chooser of an output (a dossier, a report,
a filing, a calendar, an exported list) is limited the same way: what a login prints holds
only what its clearance reads, so a level above it would only be lowered when made."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QStandardItemModel
from PySide6.QtWidgets import QComboBox

from caseapp.domain.enums import Sensitivity
from caseapp.ui.clearance_words import label_of_clearance
from caseapp.ui.dialogs.record_dialog import RecordDialog
from caseapp.ui.formats import fill
from caseapp.ui.labels import label
from caseapp.ui.session import UiContext

LEVEL_FIELDS = ("sensitivity", "level")


def _level(data: object) -> Sensitivity | None:
    """A level chooser's item data (Qt gives a StrEnum back as its text)."""
    try:
        return Sensitivity(str(data)) if data is not None else None
    except ValueError:
        return None


def limit_combo(combo: QComboBox, clearance: Sensitivity, reason: str) -> bool:
    """Disable the levels of ``combo`` above ``clearance`` (``reason`` as their tip) and move
    a choice above it down to it; True if the choice was moved."""
    model = combo.model()
    if not isinstance(model, QStandardItemModel):
        return False
    for row in range(combo.count()):
        level = _level(combo.itemData(row))
        if level is not None and not clearance.allows(level):
            item = model.item(row)
            item.setEnabled(False)
            item.setToolTip(reason)
    current = _level(combo.currentData())
    if current is not None and not clearance.allows(current):
        combo.setCurrentIndex(combo.findData(clearance))
        return True
    return False


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
        if isinstance(combo, QComboBox) and limit_combo(combo, clearance, reason):
            dialog.initial = dialog.values()  # the dialog's own choice: nothing typed yet
    return dialog


def output_reason(clearance: Sensitivity) -> str:
    """Why an output's level above the login's clearance cannot be chosen."""
    return QCoreApplication.translate(
        "ClearanceLevels", "Above your clearance (%1): what you print or export holds only "
                           "what %1 reads.").replace("%1", label(clearance))


def limit_output_levels(combo: QComboBox, ui: UiContext) -> QComboBox:
    """An output's level chooser for a login below internal clearance: the levels above it
    disabled with the reason, the choice at the clearance when it was above."""
    who = ui.case_file.login
    if who.restricted and who.clearance is not None:
        limit_combo(combo, who.clearance, output_reason(who.clearance))
    return combo


def output_levels(ui: UiContext, levels: list[Sensitivity]) -> list[Sensitivity]:
    """The levels an output may be made at by the login (a list to choose from)."""
    who = ui.case_file.login
    if not who.restricted or who.clearance is None:
        return levels
    return [level for level in levels if who.clearance.allows(level)]


def delete_refused(ui: UiContext) -> str:
    """Why the login may not delete a record ("" when it may): below internal clearance the
    server refuses a delete, whose cascade could take rows the login cannot see. Said before
    asking whether to delete, never after the lawyer's Yes."""
    who = ui.case_file.login
    if not who.restricted or who.clearance is None:
        return ""
    return fill(QCoreApplication.translate(
        "ClearanceLevels", "Deleting a record needs internal clearance: %1 has clearance %2, "
                           "which adds and edits records at or below it but does not delete "
                           "them. Nothing was deleted."), who.login, label_of_clearance(who))


def merge_refused(ui: UiContext) -> str:
    """Why the login may not merge two captives ("" when it may): a merge deletes the record
    merged in, which below internal clearance the server refuses (:func:`delete_refused`).
    Said before the lawyer chooses anything in the merge dialog."""
    who = ui.case_file.login
    if not who.restricted or who.clearance is None:
        return ""
    return fill(QCoreApplication.translate(
        "ClearanceLevels", "Merging two records needs internal clearance: %1 has clearance %2, "
                           "and a merge deletes the record merged in. Nothing was merged."),
        who.login, label_of_clearance(who))
