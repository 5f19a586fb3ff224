"""Every table of the captive's file reads whole at 1024 pixels in Armenian and Russian, with
the Armenian demo's values: every column in view (no sideways scrolling to find the next
hearing's date), the dates whole, and no word of a cell cut with "…" (a long cell goes on
more lines; a column also shown below the table hidden rather than cut); the free text (the
outcome, the subject) keeps room to be read. A width the user gives a column stays."""

from __future__ import annotations

from collections import Counter

import pytest

from caseapp.ui.language import apply_language
from caseapp.ui.views.captive_file import CaptiveFileView
from tests.ui.captive_pages import BESIDE_THE_SIDEBAR, WAIT, open_page, show_section
from tests.ui.cut_cells import cut_texts


@pytest.fixture(params=["hy", "ru"])
def language(request, qapp):
    """The window's language, its dates included (put back after the test: tests/conftest)."""
    apply_language(qapp, request.param)
    return request.param


def _busiest(ui) -> int:
    """The captive with the most interventions (and hearings): the fullest tables."""
    cf = ui.case_file
    counts = Counter(c for i in cf.interventions.list() for c in i.captive_ids)
    counts.update(c for h in cf.hearings.list() for c in h.captive_ids)
    return counts.most_common(1)[0][0]


@pytest.fixture
def page(qtbot, armenian_ui, language):
    """The busiest captive's file of the Armenian demo (its outcomes and subjects in
    Armenian, the longest words), in the interface's language."""
    ui = armenian_ui
    return open_page(qtbot, ui, _busiest(ui), BESIDE_THE_SIDEBAR)



# every table of the busiest captive's file that has rows in the demo
TABLES = ["names", "status_history", "detention_orders", "detention_places", "prosecutions",
          "charges", "hearings", "international_proceedings", "welfare_contacts",
          "interventions", "documents", "history"]


def test_every_table_reads_whole_at_1024_pixels(qtbot, page: CaptiveFileView) -> None:
    """Each table in turn, as the lawyer opens its tab: in Armenian the kind of a hearing
    ("Դատաքննության նիստ"), a contact's kind and source, an order's court and a document's
    title ended in "…" (a hearing's row had no room for seven titles and their words)."""
    wrong = {}
    for name in TABLES:
        show_section(qtbot, page, name)
        section = page.sections[name]
        table, header = section.table, section.table.horizontalHeader()
        if table.horizontalScrollBar().maximum() != 0:
            wrong[name] = [header.sectionSize(c) for c in range(header.count())]
        elif cut := cut_texts(table, (section.stretch,)):
            wrong[name] = cut[:5]
        elif any(header.sectionSize(c) < table.sizeHintForColumn(c) for c in section.whole):
            wrong[name] = "a date cut"
        elif header.sectionSize(section.stretch) < 100:  # the free text keeps room
            wrong[name] = header.sectionSize(section.stretch)
    assert not wrong, wrong


def test_a_width_the_user_gives_stays_when_the_rows_come_again(qtbot,
                                                               page: CaptiveFileView) -> None:
    show_section(qtbot, page, "interventions")
    section = page.sections["interventions"]
    header = section.table.horizontalHeader()
    column = next(c for c in range(header.count())
                  if c != section.stretch and c not in section.whole)
    header.resizeSection(column, header.sectionSize(column) + 40)
    chosen = header.sectionSize(column)
    page.reload()
    qtbot.waitUntil(lambda: section.model.rowCount() > 0, timeout=WAIT)
    qtbot.wait(50)
    assert header.sectionSize(column) == chosen


def test_an_empty_table_shows_its_titles_whole(qtbot, page: CaptiveFileView) -> None:
    """The busiest captive has no notes: their table, beside the note's text, cut its titles
    in Russian ("…азвание", "Конфиденциальнос")."""
    section = page.sections["notes"]
    for index in range(page.tabs.count()):
        if page.tabs.widget(index).isAncestorOf(section):
            page.tabs.setCurrentIndex(index)
    qtbot.waitUntil(section.isVisible, timeout=WAIT)
    qtbot.wait(50)  # laid out (no time asserted)
    assert section.model.rowCount() == 0
    table, header = section.table, section.table.horizontalHeader()
    assert header.length() <= table.viewport().width(), \
        [(header.sectionSize(c), header.sectionSizeHint(c)) for c in range(header.count())]
    assert all(header.sectionSize(c) >= header.sectionSizeHint(c) for c in range(header.count())), \
        [(header.sectionSize(c), header.sectionSizeHint(c)) for c in range(header.count())]
