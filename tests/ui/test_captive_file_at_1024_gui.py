"""A captive's file at 1024×768 in Armenian and Russian: every list's rows on two lines at
most (the whole text in the cell's tooltip and in the row's dialog), and every dialog the
file opens within the screen, its title bar on it."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QRect, QSettings, QSize
from PySide6.QtGui import QScreen
from PySide6.QtWidgets import QDialog

from caseapp.ui.language import apply_language
from caseapp.ui.sidebar import NAMES_KEY
from caseapp.ui.widgets.fitted_columns import ROW_MARGIN
from tests.conftest import copy_of
from tests.ui.captive_pages import BESIDE_THE_SIDEBAR, WAIT, open_page, show_section
from tests.ui.cut_cells import cells_cut_to_rows, two_lines_at_most
from tests.ui.every_dialog import close, every_dialog
from tests.ui.small_screen import main_window

LISTS = ("names", "status_history", "detention_orders", "detention_places", "hearings")


@pytest.mark.parametrize("lang", ["hy", "ru"])
def test_every_list_of_the_captives_file_takes_two_lines_a_row(qtbot, armenian_ui,
                                                               lang: str) -> None:
    """The detention orders (an appeal's outcome), the hearings (a court and its judge), the
    status history, the names and the places of detention went on four to six lines a row
    at 1024 pixels, two or three rows in sight. Now two lines at most, a cut cell's whole
    text in its tooltip."""
    apply_language(QCoreApplication.instance(), lang)  # put back after the test
    cf = armenian_ui.case_file
    orders = {c.id: len(cf.detention_orders.list(captive_id=c.id)) for c in cf.captives.list()}
    page = open_page(qtbot, armenian_ui, max(orders, key=lambda c: orders[c]), BESIDE_THE_SIDEBAR)
    cut = 0
    for name in LISTS:
        cut += two_lines_at_most(show_section(qtbot, page, name), name)
    assert cut, "nothing long enough to be cut: the test shows nothing"


def test_the_history_shows_each_change_whole(qtbot, armenian_ui) -> None:
    """A change in the history has no dialog to open: its row is never cut to two lines, so
    the longest change is read whole in the table (its text no taller than its row)."""
    apply_language(QCoreApplication.instance(), "ru")  # put back after the test
    cf = armenian_ui.case_file
    orders = {c.id: len(cf.detention_orders.list(captive_id=c.id)) for c in cf.captives.list()}
    page = open_page(qtbot, armenian_ui, max(orders, key=lambda c: orders[c]), BESIDE_THE_SIDEBAR)
    table = show_section(qtbot, page, "history")
    two_lines = 2 * table.fontMetrics().lineSpacing() + 2 * ROW_MARGIN + 1
    assert any(table.rowHeight(row) > two_lines for row in range(table.model().rowCount())), \
        "no change longer than two lines: the test shows nothing"
    assert cells_cut_to_rows(table) == []


@pytest.mark.parametrize("lang", ["hy", "ru"])
def test_every_dialog_fits_a_small_screen_title_bar_and_all(lang: str, qtbot, tmp_path: Path,
                                                           armenian_demo_template: Path,
                                                           monkeypatch: pytest.MonkeyPatch) -> None:
    """Every dialog of the captive's file (its records, the status, the letter, the dossier,
    the filing…) and of the window's menus, over the Armenian demo: at its least and as it
    opens, no larger than a 1024×768 screen less a title bar and borders, and never growing
    after it opens but for what its contents cannot do without. The letter's window, made
    720 pixels tall, grew to 734 in Russian as a captive was chosen (the picker measured
    before it was laid out again), its foot or its title bar off the screen."""
    from caseapp.ui.dialogs.status_dialog import make_status_dialog
    from caseapp.ui.widgets.screen_room import DECORATION

    monkeypatch.setattr(QScreen, "availableGeometry", lambda _self: QRect(0, 0, 1024, 768))
    room = QSize(1024, 768) - DECORATION
    window = main_window(qtbot, tmp_path, lang)
    assert window.open_path(copy_of(armenian_demo_template, tmp_path / "demo-hy.db"))
    ui = window.session.ui
    cf = ui.case_file
    orders = {c.id: len(cf.detention_orders.list(captive_id=c.id)) for c in cf.captives.list()}
    captive_id = max(orders, key=lambda c: orders[c])
    other_id = next(c for c in orders if c != captive_id)
    captive = cf.captives.get(captive_id)

    def status() -> QDialog:
        dialog = make_status_dialog(ui, captive, window)
        dialog.show()
        return dialog

    too_large = []
    walked = [*every_dialog(window, captive_id, other_id, tmp_path), ("status", status)]
    for name, build in walked:
        dialog = build()
        opened = dialog.size()  # as it was shown, with room to spare or at its least
        spare = opened.height() > dialog.minimumSizeHint().height()
        qtbot.waitUntil(lambda: window.runner.active == 0)
        qtbot.wait(50)  # settled: its rows read, its fields laid out
        least = dialog.minimumSizeHint().expandedTo(dialog.minimumSize())
        grown = dialog.height() > opened.height() and spare
        if not (least.width() <= room.width() and least.height() <= room.height()
                and dialog.width() <= room.width() and dialog.height() <= room.height()
                and not grown):
            too_large.append(f"{name}: least {least.width()}×{least.height()}, opened "
                             f"{opened.width()}×{opened.height()}, now {dialog.width()}×{dialog.height()}")
        close(dialog)
    assert len(walked) > 40
    assert too_large == []
    window.set_case_file(None, backup_previous=False)
    window.close()


@pytest.mark.parametrize("lang", ["hy", "ru"])
@pytest.mark.parametrize(("view_id", "tables"), [("hearings", ("agenda",)),
                                                 ("contacts", ("organisations", "people",
                                                               "interventions"))])
def test_the_hearings_and_contacts_lists_take_two_lines_a_row(lang: str, view_id: str,
                                                              tables: tuple[str, ...], qtbot,
                                                              tmp_path: Path,
                                                              armenian_demo_template: Path) -> None:
    """The hearings' agenda went on eight lines a row (seven co-defendants), an
    organisation's interventions on five (their captives): two lines at most now, a cut
    cell's whole text in its tooltip (and the hearing's below the agenda). With the names of
    the views shown, as the lawyer may choose: the lists at their narrowest at 1024."""
    QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat).setValue(NAMES_KEY, "shown")
    window = main_window(qtbot, tmp_path, lang)
    assert window.open_path(copy_of(armenian_demo_template, tmp_path / "demo-hy.db"))
    window.show_view(view_id)
    view = window.views[view_id]
    fits = view.columns_fit if isinstance(view.columns_fit, list) else [view.columns_fit]
    qtbot.waitUntil(lambda: all(getattr(view, t).model().rowCount() for t in tables), timeout=WAIT)
    qtbot.waitUntil(lambda: window.runner.active == 0 and not any(f._later.isActive() for f in fits),
                    timeout=WAIT)
    qtbot.wait(50)  # fitted, rows laid out
    cut = 0
    for name in tables:
        cut += two_lines_at_most(getattr(view, name), name)
    assert cut, "nothing long enough to be cut: the test shows nothing"
    window.set_case_file(None, backup_previous=False)
    window.close()
