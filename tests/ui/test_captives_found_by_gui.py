"""A captive the list's search finds by something its row does not show (an alias, a place of
detention) says what, in a column of its own beside the name (shown only while a row says it);
one found by a name the row shows says nothing more; the name column still sorts by name."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from caseapp.ui.models.captives import COLUMNS
from caseapp.ui.views.captives import COLUMN_IDS, CaptivesView
from tests.ui.small_screen import demo_window
from tests.ui.test_titles_read_at_1024_gui import shown_texts
from tests.ui.test_whole_times_gui import cut_cells, shown

FOUND = COLUMN_IDS.index("found")


def _name_cells(qtbot, view: CaptivesView, typed: str) -> dict[int, tuple[str, str]]:  # type: ignore[no-untyped-def]
    """Each row's name cell, with what found it after " · " (its own column), and the name's
    tooltip."""
    view.search.setText(typed)
    qtbot.waitUntil(lambda: view.filters.query == typed, timeout=5000)
    model = view.model

    def cell(r: int) -> str:
        found = model.data(model.index(r, FOUND))
        return model.data(model.index(r, 0)) + (f" · {found}" if found else "")

    return {model.row_at(r).id: (cell(r), model.data(model.index(r, 0), Qt.ItemDataRole.ToolTipRole))
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

    header = view.table.horizontalHeader()
    assert header.isSectionHidden(FOUND)  # no search: no column
    cells = _name_cells(qtbot, view, "Artashes")
    assert cells[aliased][0] == "Vardanyan Aram · Another name: “Artashes Mkrtchian”"
    assert "Search match: Another name: “Artashes Mkrtchian”" in cells[aliased][1]
    assert not header.isSectionHidden(FOUND)

    cells = _name_cells(qtbot, view, "Bakı")  # (a former place: the row shows none)
    assert list(cells) == [held]
    assert cells[held][0] == "Petrosyan Gor · Place of detention: “Бакинский следственный изолятор”"

    cells = _name_cells(qtbot, view, "Vardanyan")  # the name shown: nothing to add
    assert cells == {aliased: (cells[aliased][0], cells[aliased][1])}
    assert cells[aliased][0] == "Vardanyan Aram"
    assert header.isSectionHidden(FOUND)  # (no row says why)
    view.search.clear()
    qtbot.waitUntil(lambda: view.model.rowCount() == 2, timeout=5000)
    assert {view.model.data(view.model.index(r, 0)) for r in range(2)} == {
        "Vardanyan Aram", "Petrosyan Gor"}


def test_the_name_column_sorts_by_name_not_by_what_found_the_row(qtbot, fresh_ui) -> None:
    cf = fresh_ui.case_file
    # found by a place ("Place…" sorts first) and by a note ("Title…"): the names the other way
    zakaryan = cf.captives.create(names=["Zakaryan Aram"]).id
    abrahamyan = cf.captives.create(names=["Abrahamyan Gor"]).id
    cf.detention_places.create(captive_id=zakaryan, facility="Zzz prison, Goris",
                               from_date=date(2023, 9, 20))
    cf.notes.create(captive_id=abrahamyan, title="Aaa moved to Goris", body="")
    view = CaptivesView(fresh_ui)
    qtbot.addWidget(view)
    view.show()
    qtbot.waitUntil(lambda: view.model.rowCount() == 2, timeout=10000)
    _name_cells(qtbot, view, "Goris")
    model = view.model
    assert {model.data(model.index(r, FOUND)) for r in range(2)} == {
        "Title: “Aaa moved to Goris”", "Place of detention: “Zzz prison, Goris”"}
    assert COLUMNS[0].id == "name"
    view.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
    assert [model.data(model.index(r, 0)) for r in range(2)] == ["Abrahamyan Gor", "Zakaryan Aram"]
    view.table.sortByColumn(FOUND, Qt.SortOrder.AscendingOrder)  # by what found them
    assert [model.data(model.index(r, 0)) for r in range(2)] == ["Zakaryan Aram", "Abrahamyan Gor"]


@pytest.mark.parametrize("lang", ["hy", "ru"])
def test_what_found_a_row_is_read_at_1024(lang: str, qtbot, tmp_path: Path,
                                          armenian_demo_template: Path) -> None:
    """At 1024 pixels, in Armenian and Russian, a row found by an address reads its field and
    some 25 letters of its words (the name column showed three or four of them) and the
    names whole, the list not scrolled sideways."""
    with demo_window(qtbot, tmp_path, lang, armenian_demo_template) as window:
        view = shown(qtbot, window, "captives")
        _name_cells(qtbot, view, "Baku")
        assert not view.table.isColumnHidden(FOUND)
        found = shown_texts(view.table, FOUND)
        assert found and all(text for text, _ in found)
        assert [cut for text, cut in found if len(cut.removesuffix("…")) < min(25, len(text))] == []
        assert cut_cells(view.table, 0) == []
        assert view.table.horizontalScrollBar().maximum() == 0
