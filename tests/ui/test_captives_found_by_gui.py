"""A captive the list's search finds by something its row does not show (an alias, a place of
detention) says what, in the row; one found by a name the row shows says nothing more."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt

from caseapp.ui.views.captives import CaptivesView


def _name_cells(qtbot, view: CaptivesView, typed: str) -> dict[int, tuple[str, str]]:  # type: ignore[no-untyped-def]
    view.search.setText(typed)
    qtbot.waitUntil(lambda: view.filters.query == typed, timeout=5000)
    model = view.model
    return {model.row_at(r).id: (
        model.data(model.index(r, 0)), model.data(model.index(r, 0), Qt.ItemDataRole.ToolTipRole))
        for r in range(model.rowCount())}


def test_each_row_says_what_found_it_where_its_names_do_not(qtbot, fresh_ui) -> None:
    cf = fresh_ui.case_file
    aliased = cf.captives.create(names=["Vardanyan Aram", "Artashes Mkrtchian"]).id
    held = cf.captives.create(names=["Petrosyan Gor"]).id
    cf.detention_places.create(captive_id=held, facility="Бакинский следственный изолятор",
                               from_date=date(2023, 9, 20), to_date=date(2024, 1, 5))
    view = CaptivesView(fresh_ui)
    qtbot.addWidget(view)
    view.show()
    qtbot.waitUntil(lambda: view.model.rowCount() == 2, timeout=10000)

    cells = _name_cells(qtbot, view, "Artashes")
    assert cells[aliased][0] == "Vardanyan Aram · Another name: “Artashes Mkrtchian”"
    assert "Search match: Another name: “Artashes Mkrtchian”" in cells[aliased][1]

    cells = _name_cells(qtbot, view, "Bakı")  # (a former place: the row shows none)
    assert list(cells) == [held]
    assert cells[held][0] == "Petrosyan Gor · Place of detention: “Бакинский следственный изолятор”"

    cells = _name_cells(qtbot, view, "Vardanyan")  # the name shown: nothing to add
    assert cells == {aliased: (cells[aliased][0], cells[aliased][1])}
    assert cells[aliased][0] == "Vardanyan Aram"
    view.search.clear()
    qtbot.waitUntil(lambda: view.model.rowCount() == 2, timeout=5000)
    assert {view.model.data(view.model.index(r, 0)) for r in range(2)} == {
        "Vardanyan Aram", "Petrosyan Gor"}
