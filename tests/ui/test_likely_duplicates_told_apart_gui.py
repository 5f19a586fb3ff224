"""Captive → Likely Duplicates… names each captive of a pair by what tells the two apart (a
place of capture), not "Name (ID 12)": the id, which a lawyer does not know, is in the cell's
tooltip."""

from __future__ import annotations

from caseapp.ui.dialogs.likely_duplicates import LikelyDuplicatesDialog


def test_a_pair_of_one_name_is_told_apart_by_its_places_of_capture(qtbot, ui) -> None:
    cf = ui.case_file
    shushi = cf.captives.create(names=["Aram Petrosyan"], capture="2020-11-10",
                                capture_place="Shushi").id
    hadrut = cf.captives.create(names=["Арам Петросян"], capture="2020-11-10",
                                capture_place="Hadrut").id
    dialog = LikelyDuplicatesDialog(ui)
    qtbot.addWidget(dialog)
    dialog.show()
    row = next(r for r, p in enumerate(dialog.pairs) if {p.first_id, p.second_id} == {shushi, hadrut})
    first, second = dialog.table.item(row, 0), dialog.table.item(row, 1)
    assert first.text() == "Aram Petrosyan (captured in Shushi)"
    # in English, by its Latin name, as the home view and the merge dialog name it
    assert second.text() == "Aram Petrosyan (captured in Hadrut)"
    assert "ID" not in first.text() + second.text()
    assert first.toolTip() == f"ID {shushi}" and second.toolTip() == f"ID {hadrut}"
    dialog.close()
