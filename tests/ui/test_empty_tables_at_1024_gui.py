"""What an empty table of a captive's file says ("No identity documents recorded.") read whole
at 1024×768 in Armenian and Russian: the table keeps the height its sentence takes, wrapped
to its width; and once the file is read, no table still says it is being read."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QRect, Qt

from caseapp.ui.views.record_table import RecordTable
from tests.ui.small_screen import demo_window

WAIT = 10000
# what the table keeps around its sentence: 12 pixels a side, 8 above and below
SIDES, ABOVE = 12, 8


@pytest.fixture(params=["hy", "ru"])
def window(request, qtbot, tmp_path: Path, armenian_demo_template: Path):
    with demo_window(qtbot, tmp_path, request.param, armenian_demo_template) as w:
        yield w


def _emptiest(window) -> int:
    """The demo captive with no identity document and no prosecution (the most empty
    tables on the profile and the proceedings)."""
    cf = window.session.case_file
    return next(c.id for c in cf.captives.list()
                if not cf.prosecutions.list(captive_id=c.id)
                and not window.views["captive"].ui.case_file.identity_documents.list(
                    captive_id=c.id))


def _open(qtbot, window, captive_id: int):
    view = window.views["captive"]
    window.open_captive(captive_id)
    qtbot.waitUntil(lambda: view.file is not None and view.file.captive.id == captive_id,
                    timeout=WAIT)
    return view


def _cut(table: RecordTable) -> str | None:
    """The empty table's sentence when it does not fit the table, else None."""
    room = table.viewport().rect().adjusted(SIDES, ABOVE, -SIDES, -ABOVE)
    need = table.fontMetrics().boundingRect(QRect(0, 0, room.width(), 100000),
                                            int(Qt.TextFlag.TextWordWrap), table.empty_text())
    return None if need.height() <= room.height() and need.width() <= room.width() \
        else f"{table.objectName()}: {need.height()} > {room.height()}"


def test_every_empty_table_of_the_file_says_what_belongs_in_it_whole(qtbot, window) -> None:
    """The identity documents' table of a captive with none, on the profile, was one row
    high (26 pixels): its sentence, 14 pixels, had 10, and was cut top and bottom in both
    languages; the prosecutions' and the places of detention's too. Now an empty table is
    as tall as its sentence wrapped to its width."""
    view = _open(qtbot, window, _emptiest(window))
    seen: list[str] = []
    for index in range(view.tabs.count()):
        view.tabs.setCurrentIndex(index)
        empty = [t for t in view.findChildren(RecordTable)
                 if t.isVisible() and t.model().rowCount() == 0]
        qtbot.waitUntil(lambda e=empty: all(_cut(t) is None for t in e), timeout=WAIT)
        seen += [t.objectName() for t in empty]
    assert {"table_identity_documents", "table_prosecutions"} <= set(seen), seen


def test_a_narrow_empty_table_wraps_its_sentence_and_grows(qtbot, window) -> None:
    """Narrowed (the window made smaller), the sentence goes on more lines and the table
    grows to show them all, rather than cutting them."""
    view = _open(qtbot, window, _emptiest(window))
    table = view.sections["identity_documents"].table
    qtbot.waitUntil(lambda: table.isVisible(), timeout=WAIT)
    table.resize(180, table.height())
    hint = table.minimumSizeHint().height()
    lines = table.fontMetrics().boundingRect(
        QRect(0, 0, table.viewport().width() - 2 * SIDES, 100000),
        int(Qt.TextFlag.TextWordWrap), table.empty_text()).height()
    assert lines > table.fontMetrics().lineSpacing()  # on more than one line
    assert hint - table.horizontalHeader().sizeHint().height() >= lines + 2 * ABOVE


def test_no_table_says_it_is_being_read_once_the_file_is_read(qtbot, window) -> None:
    """The charges of a captive with no prosecution, and the documents delivered by the
    Court, said "Reading the case file…" for as long as the file was open: they are shown
    apart from the rest of the file (from the prosecution chosen; read after it) and were
    never told they had been read."""
    captive_id = _emptiest(window)
    view = _open(qtbot, window, captive_id)
    qtbot.waitUntil(lambda: view.filing is not None  # the Court's deliveries: read apart
                    and view.filing.risk.facts.captive_id == captive_id, timeout=WAIT)
    reading = [t.objectName() for t in view.findChildren(RecordTable) if t.loading]
    assert reading == []
