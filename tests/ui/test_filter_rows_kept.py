"""A list's filter keeps each row's texts from one keystroke to the next (a list of 100,000
rows read every cell of every row through Qt at each one, seconds a keystroke), and never
filters on texts that changed since: rows set again, a cell changed, or a view's searchable
text beside the columns (a captive's names, a contact's people) changed without the table
being told."""

from __future__ import annotations

from dataclasses import dataclass

from caseapp.ui.models.records import RecordColumn, RecordTableModel
from caseapp.ui.views.tables import RecordFilterProxy


@dataclass
class Item:
    title: str
    captive_id: int


def _shown(proxy: RecordFilterProxy) -> list[str]:
    return sorted(proxy.index(r, 0).data() for r in range(proxy.rowCount()))


def test_the_filter_follows_rows_cells_and_the_text_beside_them(qapp) -> None:
    names = {1: "Tigran Vardanyan", 2: "Levon Ghazaryan"}
    model: RecordTableModel[Item] = RecordTableModel([RecordColumn("Title", lambda i: i.title)])
    model.set_records([Item("Appeal", 1), Item("Expiry", 2)])
    proxy = RecordFilterProxy()
    proxy.setSourceModel(model)
    proxy.extra_text = lambda i: names[i.captive_id]

    proxy.set_text("Vardanyan")
    assert _shown(proxy) == ["Appeal"]
    proxy.set_text("Kazaryan")  # by its sound, from the kept texts
    assert _shown(proxy) == ["Expiry"]

    names[1] = "Levon Ghazaryan"  # a name changed elsewhere; the table is not told
    proxy.set_text("Vardanyan")
    assert _shown(proxy) == []
    proxy.set_text("Ghazaryan")
    assert _shown(proxy) == ["Appeal", "Expiry"]

    model.set_records([Item("Hearing", 2)])  # the rows set again
    proxy.set_text("Appeal")
    assert _shown(proxy) == []
    proxy.set_text("Hearing")
    assert _shown(proxy) == ["Hearing"]

    model.records[0].title = "Verdict"  # a cell changed, and said so
    model.dataChanged.emit(model.index(0, 0), model.index(0, 0))
    proxy.set_text("Hearing")
    assert _shown(proxy) == []
    proxy.set_text("Verdict")
    assert _shown(proxy) == ["Verdict"]


def test_a_cell_changed_is_filtered_on_its_new_text_without_typing_again(qapp) -> None:
    """The list refilters a row whose cell changed as soon as it is told (a captive's names
    read after the rows): by the cell's new text, not the one kept for the last keystroke."""
    model: RecordTableModel[Item] = RecordTableModel([RecordColumn("Title", lambda i: i.title)])
    model.set_records([Item("Hearing", 1), Item("Appeal", 2)])
    proxy = RecordFilterProxy()
    proxy.setSourceModel(model)
    proxy.set_text("Hearing")
    assert _shown(proxy) == ["Hearing"]

    model.records[0].title = "Verdict"
    model.dataChanged.emit(model.index(0, 0), model.index(0, 0))
    assert _shown(proxy) == []
    model.records[1].title = "Hearing"
    model.dataChanged.emit(model.index(1, 0), model.index(1, 0))
    assert _shown(proxy) == ["Hearing"]
