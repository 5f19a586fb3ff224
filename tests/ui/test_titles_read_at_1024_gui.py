"""At 1024 pixels, in Armenian and Russian, what the lawyer reads first is read: a deadline's
title in the Deadlines view was cut to two or three words ("Продление срока содерж…",
"Կալանավորման ժամ…") while the list of views kept some 240 pixels of every view and the
Due and When columns most of the row; the place of detention in the Captives list was cut
to "Бакинский … № 1"."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QFont, QFontMetrics
from PySide6.QtWidgets import QTableView

from caseapp.ui.sidebar import NARROWEST
from caseapp.ui.views.captives import COLUMN_IDS, PLACE
from caseapp.ui.views.deadlines import TITLE_COLUMN
from tests.ui.cut_cells import CELL_MARGIN
from tests.ui.small_screen import MAXIMISED, demo_window, main_window
from tests.ui.test_whole_times_gui import cut_cells, shown

READ = 40  # letters of a title read at least (some five or six words), or all of it


def shown_texts(table: QTableView, column: int) -> list[tuple[str, str]]:
    """Each row's text in ``column`` and what of it its cell shows on one line (cut with
    "…" where it is longer than the column is wide)."""
    model = table.model()
    room = table.horizontalHeader().sectionSize(column) - CELL_MARGIN
    shown = []
    for row in range(model.rowCount()):
        index = model.index(row, column)
        text = str(index.data() or "")
        font = index.data(Qt.ItemDataRole.FontRole)
        metrics = QFontMetrics(font if isinstance(font, QFont) else table.font())
        shown.append((text, metrics.elidedText(text, Qt.TextElideMode.ElideRight, room)))
    return shown


def short_read(table: QTableView, column: int) -> list[str]:
    """The texts of which fewer than :data:`READ` letters are shown."""
    return [shown for text, shown in shown_texts(table, column)
            if len(shown.removesuffix("…")) < min(READ, len(text))]


@pytest.mark.parametrize("lang", ["hy", "ru"])
def test_a_deadlines_title_is_read_at_1024(lang: str, qtbot, tmp_path: Path,
                                           armenian_demo_template: Path) -> None:
    with demo_window(qtbot, tmp_path, lang, armenian_demo_template) as window:
        table = shown(qtbot, window, "deadlines").table
        assert not table.isColumnHidden(TITLE_COLUMN)
        assert short_read(table, TITLE_COLUMN) == []
        assert table.horizontalScrollBar().maximum() == 0


def test_the_list_of_views_gives_its_width_to_the_view_at_1024(qtbot, tmp_path: Path,
                                                               demo_copy: Path) -> None:
    """At 1024 pixels the list of views is a column of icons, each view's name in its
    tooltip; wider, the names are back beside them. View → Names of the Case File's Parts shows them
    at any width, and the choice is kept for the next window."""
    window = main_window(qtbot, tmp_path, "ru", size=(1400, 900))
    nav = window.nav
    assert window.open_path(demo_copy)
    qtbot.waitUntil(lambda: nav.width() >= NARROWEST)
    names = [nav.item(row).text() for row in range(nav.count())]
    assert "Сроки" in names and all(nav.item(row).toolTip() == "" for row in range(nav.count()))
    window.resize(*MAXIMISED)
    qtbot.waitUntil(lambda: nav.width() < 60)
    assert window.stack.width() > MAXIMISED[0] - 80  # the view has the width
    assert [nav.item(row).toolTip() for row in range(nav.count())] == names
    assert [nav.item(row).text() for row in range(nav.count())] == names  # read out as before
    rects = [nav.visualItemRect(nav.item(row)) for row in range(nav.count())]
    assert all(nav.viewport().rect().contains(r) for r in rects)  # every icon in sight
    action = window.findChild(QAction, "view_names")
    assert action is not None and not action.isChecked()
    action.trigger()
    qtbot.waitUntil(lambda: nav.width() >= NARROWEST)
    window.set_case_file(None, backup_previous=False)
    window.close()

    again = main_window(qtbot, tmp_path, "ru")
    assert again.open_path(demo_copy)
    qtbot.waitUntil(lambda: again.nav.width() >= NARROWEST)
    assert again.findChild(QAction, "view_names").isChecked()
    again.set_case_file(None, backup_previous=False)


@pytest.mark.parametrize("lang", ["hy", "ru"])
def test_the_place_of_detention_is_read_at_1024(lang: str, qtbot, tmp_path: Path,
                                                armenian_demo_template: Path) -> None:
    """A place of some forty letters is whole ("Բաքվի թիվ 1 նախնական կալանքի վայր"); a
    longer one is cut in its middle only while no column hidden first (the Latin spelling,
    which the name's tooltip gives) takes the width it lacks."""
    with demo_window(qtbot, tmp_path, lang, armenian_demo_template) as window:
        view = shown(qtbot, window, "captives")
        cut = cut_cells(view.table, PLACE)
        assert [text for text in cut if len(text) <= 40] == []
        latin = COLUMN_IDS.index("latin")
        assert not cut or view.table.isColumnHidden(latin)
        assert view.table.horizontalScrollBar().maximum() == 0
