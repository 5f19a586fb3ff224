"""Merge Captives… chooses at first, where the two records differ on their level or a
consent, the stricter (the higher level, the consent not given): a click on the kept one's
is what the merge does, and what its redo does again."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QRadioButton

from caseapp.ui.dialogs.merge_captives import MergeCaptivesDialog
from tests.ui.driving import WAIT, click


def _two_sources(cf) -> tuple[int, int]:
    keep = cf.captives.create(names=["Սամվել Մարգարյան", "Samvel Margaryan"],
                              sensitivity="public", consent_publicity=True)
    other = cf.captives.create(names=["Маргарян Самвел"], sensitivity="internal")
    return keep.id, other.id


def test_the_stricter_level_and_consent_are_chosen_at_first(qtbot, ui) -> None:
    keep, other = _two_sources(ui.case_file)
    dialog = MergeCaptivesDialog(ui, keep, other)
    qtbot.addWidget(dialog)
    dialog.show()
    for field in ("sensitivity", "consent_publicity"):
        assert dialog.findChild(QRadioButton, f"merge_other_{field}").isChecked(), field
    assert sorted(dialog.taken()) == ["consent_publicity", "sensitivity"]
    said = dialog.findChild(QLabel, "merge_warning").text()
    assert "the stricter is chosen at first" in said  # why the merged record's values are
    click(qtbot, dialog, "merge_do")
    qtbot.waitUntil(lambda: dialog.merge_result is not None, timeout=WAIT)
    merged = ui.case_file.captives.get(keep)
    assert (merged.sensitivity, merged.consent_publicity) == ("internal", False)


def test_the_kept_level_chosen_on_purpose_is_kept_by_the_merge_and_its_redo(qtbot, ui) -> None:
    keep, other = _two_sources(ui.case_file)
    dialog = MergeCaptivesDialog(ui, keep, other)
    qtbot.addWidget(dialog)
    dialog.show()
    click(qtbot, dialog, "merge_keep_sensitivity")
    click(qtbot, dialog, "merge_do")
    qtbot.waitUntil(lambda: dialog.merge_result is not None, timeout=WAIT)
    merged = ui.case_file.captives.get(keep)
    assert (merged.sensitivity, merged.consent_publicity) == ("public", False)
    assert ui.ops.undo()
    assert ui.case_file.captives.get(keep).consent_publicity is True
    assert ui.ops.redo()
    again = ui.case_file.captives.get(keep)
    assert (again.sensitivity, again.consent_publicity) == ("public", False)
