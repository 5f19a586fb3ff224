"""A table's cell texts and row heights are worked out once and kept (laying out wrapped
rows asks for them many times over): what is kept must never outlive what it was made from.
A name read later, new rows, a narrower column: the table shows the new text and the new
height, never the old one."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QSortFilterProxyModel, Qt
from PySide6.QtWidgets import QTableView

from caseapp.ui.models.records import RecordColumn, RecordTableModel
from caseapp.ui.views.tables import StyledRecordModel
from caseapp.ui.widgets.fitted_columns import wrap_rows

LONG = ("Ходатайство о продлении срока содержания под стражей рассмотрено в закрытом "
        "заседании без участия защитника")


@dataclass
class Row:
    id: int
    text: str


def _table(qtbot, model) -> QTableView:
    proxy = QSortFilterProxyModel()
    proxy.setSourceModel(model)
    table = QTableView()
    table.setModel(proxy)
    wrap_rows(table)
    qtbot.addWidget(table)
    table.resize(600, 400)
    table.show()
    qtbot.waitExposed(table)
    return table


def test_a_text_worked_out_from_outside_the_row_follows_data_changed(qtbot) -> None:
    """The deadlines list names a captive once the spellings are read: it says so with
    ``dataChanged``, and the cell then reads the name, not the placeholder kept before."""
    names = {1: "…"}
    model: RecordTableModel[Row] = RecordTableModel(
        [RecordColumn("Name", lambda r: names[r.id]), RecordColumn("Text", lambda r: r.text)])
    model.set_records([Row(1, "a")])
    table = _table(qtbot, model)
    cell = table.model().index(0, 0)
    assert cell.data() == "…"
    names[1] = "Վարդանյան Տիգրան"
    model.dataChanged.emit(model.index(0, 0), model.index(0, 0))
    assert cell.data() == "Վարդանյան Տիգրան"
    model.set_records([Row(1, "b"), Row(2, "c")])
    names[2] = "Петросян"
    assert [table.model().index(r, 1).data() for r in range(2)] == ["b", "c"]
    assert table.model().index(1, 0).data() == "Петросян"


def test_roles_a_column_does_not_answer_are_none_and_a_bold_row_is_bold(qtbot) -> None:
    model = StyledRecordModel([RecordColumn("Text", lambda r: r.text)], context="t",
                              mono_columns=[0], bold=lambda r: r.id == 2)
    model.set_records([Row(1, "a"), Row(2, "b")])
    assert model.index(0, 0).data(Qt.ItemDataRole.DecorationRole) is None
    assert model.index(0, 0).data(Qt.ItemDataRole.CheckStateRole) is None
    plain, bold = (model.index(r, 0).data(Qt.ItemDataRole.FontRole) for r in range(2))
    assert not plain.bold() and bold.bold()
    assert plain.family() == bold.family()  # both monospace
    assert model.index(5, 0).data() is None and model.index(0, 3).data() is None


def test_a_row_grows_when_its_column_narrows_and_shrinks_when_its_text_does(qtbot) -> None:
    model: RecordTableModel[Row] = RecordTableModel(
        [RecordColumn("Id", lambda r: r.id), RecordColumn("Text", lambda r: r.text)])
    model.set_records([Row(1, LONG)])
    table = _table(qtbot, model)
    table.setColumnWidth(1, 500)
    table.resizeRowsToContents()
    wide = table.rowHeight(0)
    table.setColumnWidth(1, 120)
    table.resizeRowsToContents()
    narrow = table.rowHeight(0)
    assert narrow > wide  # more lines at the narrower width, not the height kept for 500 px
    model.set_records([Row(1, "коротко")])
    table.resizeRowsToContents()
    assert table.rowHeight(0) < narrow
    table.setColumnWidth(1, 500)
    model.set_records([Row(1, LONG)])
    table.resizeRowsToContents()
    assert table.rowHeight(0) == wide  # the same text at the same width: the same height
