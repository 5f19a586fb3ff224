"""The captives list keeps Next hearing and Last contact in sight without scrolling
sideways (columns hidden by priority, the place elided), and says "today"/"yesterday"."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QModelIndex, QRect, QSettings, Qt
from PySide6.QtWidgets import QStyle, QStyleOptionViewItem, QTableView

from caseapp.domain.enums import CaptiveStatus
from caseapp.services.casefile import open_case_file
from caseapp.ui.labels import status_label
from caseapp.ui.main_window import MainWindow
from caseapp.ui.models.captives import COLUMNS
from tests.conftest import TODAY

WAIT = 10000
IDS = [c.id for c in COLUMNS]


@pytest.fixture
def window(qtbot, tmp_path: Path, demo_copy: Path):
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    w = MainWindow(settings, lambda location, **kw: open_case_file(location, today=lambda: TODAY,
                                                                   **kw),
                   demo_builder=lambda p: None, demo_path=demo_copy)
    qtbot.addWidget(w)
    w.resize(1280, 800)
    w.show()
    assert w.open_path(demo_copy)
    yield w
    w.close()


def in_sight(view, column_id: str) -> bool:
    table, header = view.table, view.table.horizontalHeader()
    i = IDS.index(column_id)
    right = header.sectionViewportPosition(i) + header.sectionSize(i)
    return not header.isSectionHidden(i) and header.sectionSize(i) > 0 \
        and 0 <= header.sectionViewportPosition(i) and right <= table.viewport().width()


def test_next_hearing_and_last_contact_in_sight_at_1280_and_1024(qtbot, window) -> None:
    window.show_view("captives")
    view = window.views["captives"]
    qtbot.waitUntil(lambda: view.model.rowCount() > 0, timeout=WAIT)
    for width, height in ((1280, 800), (1024, 600)):
        window.resize(width, height)
        qtbot.waitUntil(lambda: view.table.horizontalScrollBar().maximum() == 0, timeout=WAIT)
        for column in ("name", "status", "place", "next_hearing", "last_contact"):
            assert in_sight(view, column), (width, column)
    # Narrow: the Latin spelling and category are hidden, and said in the name's tooltip.
    model = view.model
    row = next(r for r in range(model.rowCount())
               if model.row_at(r).latin_name != model.row_at(r).primary_name)
    tip = model.index(row, IDS.index("name")).data(Qt.ItemDataRole.ToolTipRole)
    assert model.row_at(row).latin_name in tip
    # Wide again: every column back (but "Found by", shown only while a search says why).
    window.resize(1900, 1000)
    qtbot.waitUntil(lambda: all(not view.table.horizontalHeader().isSectionHidden(i)
                                for i, column in enumerate(IDS) if column != "found"),
                    timeout=WAIT)
    assert view.table.horizontalHeader().isSectionHidden(IDS.index("found"))


def test_last_contact_reads_today_and_yesterday(qtbot, window) -> None:
    cf = window.ui.case_file
    window.show_view("captives")
    view = window.views["captives"]
    qtbot.waitUntil(lambda: view.model.rowCount() > 0, timeout=WAIT)
    a, b = (cf.captives.create(names=[n], status="held").id
            for n in ("Ани Примерова", "Lerna O'Neill-Ünal"))
    # TODAY is 27 November 2026: a visit that day, and a call the day before.
    cf.welfare_contacts.create(captive_id=a, contact_on="2026-11-27", kind="icrc_visit",
                               confirmed=True)
    cf.welfare_contacts.create(captive_id=b, contact_on="2026-11-26", kind="family_call",
                               confirmed=True)
    column = IDS.index("last_contact")

    def cell(cid: int) -> str | None:
        row = view.model.row_of(cid)
        return view.model.index(row, column).data() if row >= 0 else None

    qtbot.waitUntil(lambda: cell(a) == "today" and cell(b) == "yesterday", timeout=WAIT)


@pytest.mark.parametrize("lang", ["hy", "ru"])
def test_at_1024_in_armenian_and_russian_nothing_scrolls_sideways(lang: str, qtbot, tmp_path: Path,
                                                                  demo_copy: Path) -> None:
    """In Armenian and Russian the list scrolled sideways at 1024 px, Last contact out of sight:
    their statuses and titles are long. Long titles now go on two lines (the place's always),
    then the place keeps less, down to its title, and the name down to the widest name: every
    status reads whole (it was cut, whole only in its tooltip: «Удерживается, обвинения
    неизвестны»)."""
    from tests.ui.test_small_screen_gui import _window_at_1024

    w = _window_at_1024(qtbot, tmp_path, lang)
    assert w.open_path(demo_copy)
    w.show_view("captives")
    view = w.views["captives"]
    qtbot.waitUntil(lambda: view.model.rowCount() > 0 and w.runner.active == 0, timeout=WAIT)
    table, header = view.table, view.table.horizontalHeader()
    qtbot.waitUntil(lambda: table.horizontalScrollBar().maximum() == 0, timeout=WAIT)
    for column in ("name", "status", "place", "next_hearing", "last_contact"):
        assert in_sight(view, column), column
    style, metrics = header.style(), header.fontMetrics()
    margin = style.pixelMetric(QStyle.PixelMetric.PM_HeaderMargin, None, header)
    for i in range(len(IDS)):  # every title whole: its longest line within the margins
        if not header.isSectionHidden(i):  # (and the sort arrow, beside the sorted one)
            title = str(view.model.headerData(i, Qt.Orientation.Horizontal))
            arrow = style.pixelMetric(QStyle.PixelMetric.PM_HeaderMarkSize, None, header) \
                if header.sortIndicatorSection() == i else 0
            assert header.sectionSize(i) >= max(metrics.horizontalAdvance(line) for line in
                                                title.split("\n")) + 2 * margin + arrow, IDS[i]
    status = IDS.index("status")
    room = QRect(0, 0, header.sectionSize(status) - 8, 1 << 20)  # its margins and grid line
    for r in range(view.model.rowCount()):  # whole, on one line
        text = view.model.index(r, status).data()
        assert table.fontMetrics().horizontalAdvance(text) <= room.width(), text
    held = next(r for r in range(view.model.rowCount())
                if view.model.row_at(r).status.value == "held")
    index = view.model.index(held, status)  # "Held": the whole status in its tooltip
    assert index.data(Qt.ItemDataRole.ToolTipRole) == status_label(CaptiveStatus.HELD, None)
    assert len(index.data()) < len(index.data(Qt.ItemDataRole.ToolTipRole))
    w.resize(1600, 900)
    widest = max(table.fontMetrics().horizontalAdvance(view.model.index(r, status).data())
                 for r in range(view.model.rowCount()))
    qtbot.waitUntil(lambda: header.sectionSize(status) > widest, timeout=WAIT)
    w.set_case_file(None, backup_previous=False)


# Rows fully in sight at 1024 × 768, maximised: the list's viewport (some 545 pixels under the
# menus, the reminders' notice, the search bar and a two-line header) holds 20 rows of one
# line (26 pixels); rows of two lines (36 pixels, for the long statuses) held 15.
ROWS_IN_SIGHT_AT_1024 = 19


def rows_in_sight(table) -> int:  # type: ignore[no-untyped-def]
    bottom = table.viewport().height()
    return sum(1 for r in range(table.model().rowCount())
               if 0 <= table.rowViewportPosition(r) and
               table.rowViewportPosition(r) + table.rowHeight(r) <= bottom)


def painted(table: QTableView, index: QModelIndex) -> str:
    """The text the cell at ``index`` paints: its delegate's cut, or Qt's own in its mode."""
    option = QStyleOptionViewItem()
    option.initFrom(table)
    option.rect = table.visualRect(index)
    delegate = table.itemDelegateForIndex(index)
    delegate.initStyleOption(option, index)
    if hasattr(delegate, "shown_text"):
        return delegate.shown_text(option)
    return option.fontMetrics.elidedText(option.text, option.textElideMode, option.rect.width() - 8)


@pytest.mark.parametrize("lang", ["hy", "ru"])
def test_at_1024_many_captives_in_sight_every_column_readable(lang: str, qtbot, tmp_path: Path,
                                                              armenian_demo_template: Path) -> None:
    """Maximised at 1024×768 over the Armenian demo, the list showed 15 captives: the long
    statuses ("Նախնական կալանքի տակ", "В предварительном заключении") went on two lines,
    every row two lines tall, and the place was cut at its common start ("Пенитенциарное
    учрежден…", the number that tells one from another gone). Now the status is short
    ("Նախնական կալանք", "Под стражей до суда"; whole in its tooltip) and on one line, the
    rows one line tall: 20 captives in sight; the place keeps at least 20 average letters
    (28 kept Days held out of sight), its start and its end ("… № 17"), whole in its
    tooltip; the name whole. The place was then cut inside its words («Пенитенциар…ждение
    № 17»): it is cut between them («Пенитенциарное … № 17»)."""
    from tests.ui.small_screen import demo_window

    with demo_window(qtbot, tmp_path, lang, armenian_demo_template) as w:
        w.show_view("captives")
        view = w.views["captives"]
        qtbot.waitUntil(lambda: view.model.rowCount() > 0 and w.runner.active == 0, timeout=WAIT)
        table, header = view.table, view.table.horizontalHeader()
        place, status, name = IDS.index("place"), IDS.index("status"), IDS.index("name")
        metrics = table.fontMetrics()
        qtbot.waitUntil(lambda: header.sectionSize(place) >= 20 * metrics.averageCharWidth(),
                        timeout=WAIT)
        assert table.horizontalScrollBar().maximum() == 0
        for column in ("name", "status", "place", "days", "next_hearing", "last_contact"):
            assert in_sight(view, column), column
        assert rows_in_sight(table) >= ROWS_IN_SIGHT_AT_1024
        for r in range(view.model.rowCount()):  # the name and the status whole, on one line
            for column in (name, status):
                text = view.model.index(r, column).data()
                assert metrics.horizontalAdvance(text) <= header.sectionSize(column) - 8, text
        held = [r for r in range(view.model.rowCount()) if view.model.row_at(r).place]
        assert held, "the demo has places of detention"
        cut = 0
        for r in held:  # a long place keeps its last words and its number whole ("Պենիտենց… № 17")
            index = view.model.index(r, place)
            assert index.data(Qt.ItemDataRole.ToolTipRole) == index.data()
            text, shown = index.data(), painted(table, index)
            assert metrics.horizontalAdvance(shown) <= header.sectionSize(place) - 6, shown
            if shown != text:
                cut += 1
                words, (start, _, end) = text.split(), shown.partition("…")
                assert text.startswith(start.rstrip()) and start.strip(), shown
                assert not end.split() or end.split() == words[-len(end.split()):], shown  # whole
                # every number whole, «Թիվ 17… հիմնարկ» too (no room for a space before the cut)
                shown_words = shown.replace('…', ' ').split()
                assert all(w in shown_words for w in words if any(c.isdigit() for c in w)), shown
        assert cut, "the demo has places longer than the column"
