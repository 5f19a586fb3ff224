"""Captive → Likely Duplicates… names each captive as the home view and the merge dialog do:
in a Russian window by its Cyrillic spelling, not by the name recorded first (Armenian)."""

from __future__ import annotations

from caseapp.ui.dialogs.likely_duplicates import LikelyDuplicatesDialog


def test_a_russian_window_names_the_pair_in_cyrillic(qtbot, fresh_ui, russian) -> None:
    cf = fresh_ui.case_file
    cf.captives.create(names=[{"full_name": "Վարդանյան Ռուբեն Կարենի", "language": "hy"},
                              {"full_name": "Варданян Рубен Каренович", "language": "ru"}],
                       birth="1984-04-02")
    cf.captives.create(names=["VARDANYAN Ruben Karen oğlu"], birth="1984")
    dialog = LikelyDuplicatesDialog(fresh_ui)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.table.rowCount() == 1
    assert dialog.table.item(0, 0).text().startswith("Варданян Рубен Каренович")
    # (one recorded in Latin letters only: its Latin name, in Russian as in every language)
    assert dialog.table.item(0, 1).text().startswith("VARDANYAN Ruben Karen oğlu")
    dialog.close()
