"""At 1024 × 768 in Armenian and Russian: the reminder banner on two lines at most, the rows of
the advocacy log and the documents (and of a captive's own lists of them) on two lines at
most with the whole text in a tooltip, no number of the status report dialog broken
across lines, and what a walk through a captive's page found besides (an empty list's
titles, the kind of counsel after a name)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel, QTableView

from caseapp.ui.language import apply_language
from tests.ui.captive_pages import BESIDE_THE_SIDEBAR, WAIT, open_page, show_section
from tests.ui.cut_cells import two_lines_at_most
from tests.ui.small_screen import demo_window


@pytest.fixture(params=["hy", "ru"])
def window(request, qtbot, tmp_path: Path, armenian_demo_template: Path):
    with demo_window(qtbot, tmp_path, request.param, armenian_demo_template) as w:
        yield w


def _lines(label: QLabel) -> float:
    """How many lines the label's text takes at its width."""
    height = label.heightForWidth(label.width()) if label.hasHeightForWidth() else label.sizeHint().height()
    return height / label.fontMetrics().lineSpacing()


def test_the_reminder_banner_says_everything_in_two_lines(qtbot, window) -> None:
    """The banner took three lines and an "…" on a fourth at 1024 pixels in Armenian: the
    counts, then the most urgent item wrapped. Now the counts on one line and the item on
    the next, each cut with "…" where need be; every item in the tooltip."""
    banner = window.banner
    qtbot.waitUntil(banner.isVisible, timeout=WAIT)
    qtbot.wait(50)  # laid out
    label = banner.text
    assert _lines(label) < 2.5, label.text()
    assert label.height() < 2.5 * label.fontMetrics().lineSpacing()
    head, detail = label.text().split("\n")  # the counts whole, the first item whole
    assert head and detail and detail.removesuffix(" …") in label.toolTip()
    for shown in label.lines():
        assert label.fontMetrics().horizontalAdvance(shown) <= label.width() * 1.1


def _capped(table: QTableView) -> None:
    """No row taller than two lines and its margins; every cell cut to them gives its whole
    text in its tooltip; every column shown at least as wide as its longest word or title."""
    assert table.model().rowCount() > 1
    cut = two_lines_at_most(table)
    assert cut, "nothing long enough to be cut: the test shows nothing"


@pytest.mark.parametrize("view_id", ["advocacy", "documents"])
def test_a_row_of_the_log_and_of_the_documents_takes_two_lines_at_most(qtbot, window,
                                                                       view_id: str) -> None:
    """Rows wrapped to five to nine lines (an addressee, the captives of a document), so only
    two or three rows were in sight."""
    window.show_view(view_id)
    view = window.views[view_id]
    qtbot.waitUntil(lambda: view.table.isVisible() and view.table.model().rowCount() > 1,
                    timeout=WAIT)
    qtbot.waitUntil(lambda: not view.columns_fit._later.isActive(), timeout=WAIT)
    qtbot.wait(50)
    _capped(view.table)


@pytest.mark.parametrize("section", ["interventions", "documents"])
def test_a_captives_own_log_and_documents_take_two_lines_a_row(qtbot, armenian_ui,
                                                              section: str) -> None:
    apply_language(QCoreApplication.instance(), "hy")  # put back after the test
    cf = armenian_ui.case_file
    counts = {c.id: len(cf.interventions.list(captive_id=c.id)) + len(cf.documents.list(captive_id=c.id))
              for c in cf.captives.list()}
    page = open_page(qtbot, armenian_ui, max(counts, key=lambda c: counts[c]), BESIDE_THE_SIDEBAR)
    _capped(show_section(qtbot, page, section))


@pytest.mark.parametrize("lang", ["hy", "ru"])
def test_the_status_report_dialog_never_breaks_a_number(qtbot, ui, lang: str) -> None:
    """"10 000" went on two lines, "10" at the end of one and "000" on the next: a number
    grouped with a space is grouped with a no-break space."""
    from caseapp.ui.dialogs.report_dialogs import StatusReportDialog

    apply_language(QCoreApplication.instance(), lang)  # put back after the test
    dialog = StatusReportDialog(ui)
    qtbot.addWidget(dialog)
    texts = [label.text() for label in dialog.findChildren(QLabel) if "000" in label.text()]
    assert texts
    for text in texts:
        assert "10 000" not in text and "10\u00a0000" in text, text


def test_an_empty_list_of_documents_keeps_its_titles_whole_and_in_sight(qtbot, armenian_ui) -> None:
    """A captive without documents: the table was never fitted (no rows), so its eight
    titles at their own widths ran out of the page sideways and the first, the stretching
    one, was squeezed to " երնագի" under its sort arrow."""
    apply_language(QCoreApplication.instance(), "hy")  # put back after the test
    probe = open_page(qtbot, armenian_ui, armenian_ui.case_file.captives.list()[0].id)
    for captive in armenian_ui.case_file.captives.list():  # the first whose file holds none
        probe.show_captive(captive.id)
        qtbot.waitUntil(lambda c=captive.id: probe.file is not None and probe.file.captive.id == c,
                        timeout=WAIT)
        if probe.bundle is not None and not probe.bundle.documents:
            break
    assert probe.bundle is not None and not probe.bundle.documents
    page = open_page(qtbot, armenian_ui, captive.id, BESIDE_THE_SIDEBAR)
    section = page.sections["documents"]
    for index in range(page.tabs.count()):
        if page.tabs.widget(index).isAncestorOf(section):
            page.tabs.setCurrentIndex(index)
    qtbot.waitUntil(section.isVisible, timeout=WAIT)
    qtbot.wait(50)  # fitted once laid out (a zero timer)
    table = section.table
    header = table.horizontalHeader()
    shown = [c for c in range(header.count()) if not header.isSectionHidden(c)]
    assert sum(header.sectionSize(c) for c in shown) <= table.viewport().width()
    for column in shown:
        assert header.sectionSize(column) >= header.sectionSizeHint(column) - 1, \
            (column, header.sectionSize(column), header.sectionSizeHint(column))


@pytest.mark.parametrize(("lang", "said"), [("ru", "Адвокат Мисаллы (по назначению)"),
                                            ("en", "Адвокат Мисаллы (appointed)")])
def test_the_kind_of_counsel_after_a_name_is_not_capitalised(qtbot, lang: str, said: str) -> None:
    """"Адвокат Нармин Мисаллы (По назначению)": the label as it stands alone, capital and
    all, inside the brackets after the name."""
    from types import SimpleNamespace

    from caseapp.domain.enums import CounselKind
    from caseapp.ui.views.captive_columns import prosecution_columns

    apply_language(QCoreApplication.instance(), lang)  # put back after the test
    defence = next(c for c in prosecution_columns() if c.title == "Defence")
    record = SimpleNamespace(defence_counsel="Адвокат Мисаллы", counsel_kind=CounselKind.APPOINTED)
    assert defence.text(record) == said
    alone = defence.text(SimpleNamespace(defence_counsel="", counsel_kind=CounselKind.APPOINTED))
    assert alone[:1].isupper()
