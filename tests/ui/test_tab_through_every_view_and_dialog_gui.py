"""Tab pressed through every view of the window and every dialog, in Armenian at 1024×768, as a
lawyer without a mouse goes through them: it reaches each field, list and button once, in
the order they are read (top to bottom, left to right), never one out of sight; a group of
choices is one stop, on the choice made; and a screen reader names each stop.

It did not: Tab reached a table before the Add, Edit and Delete buttons over it (every part
of a captive's file, the contacts, the advocacy log, the documents, the deadlines), the
history's filter after its table, the deadlines' captive filter after the filters under it,
the seizure report's "as of a day" before the backup above it, a letter's fields after every
other part of the dialog; Tab from the list of views went up to the reminders over it before
the view chosen, and each view began with a stop that said nothing (the area that scrolls it
on a small screen), as did the frames of the import's, the merge's and the
conflict's fields; the filters' choices were read out as their item ("All statuses"), the
hearings' selected hearing, a captive's profile and the reports' list of what is left out as
nameless areas."""

from __future__ import annotations

import itertools
from pathlib import Path

from PySide6.QtWidgets import QApplication

from tests.ui.driving import WAIT
from tests.ui.small_screen import demo_window
from tests.ui.tab_chain import faults, name, walk


def test_tab_goes_through_every_view_in_reading_order(qtbot, tmp_path: Path,
                                                      armenian_demo_template: Path) -> None:
    with demo_window(qtbot, tmp_path, "hy", armenian_demo_template) as window:
        qtbot.waitUntil(window.banner.isVisible, timeout=WAIT)  # the reminders over the views
        wrong: dict[str, list[str]] = {}
        for view_id in list(window.views):
            if view_id == "captive":
                window.open_captive(window.case_file.overview.captive_rows()[0].id)
            else:
                window.show_view(view_id)
            view = window.views[view_id]
            for tab in range(view.tabs.count() if view_id == "captive" else 1):
                if view_id == "captive":
                    view.tabs.setCurrentIndex(tab)
                qtbot.waitUntil(lambda: window.runner.active == 0, timeout=WAIT)
                reached = walk(qtbot, window, window.nav)
                # nothing around the view takes a stop of its own (it said nothing)
                around = [name(w) for w in reached if w.isAncestorOf(view)]
                if around:
                    wrong.setdefault(f"{view_id} {tab}", []).append(f"stops around it: {around}")
                found = faults(reached, view)
                # from the list of views straight into the view (not up to the reminders over
                # it first, each time), the reminders before the list, as they read
                if not view.isAncestorOf(reached[1]) or not window.banner.isAncestorOf(reached[-1]):
                    found.append(f"from the list of views to {name(reached[1])}, "
                                 f"to it from {name(reached[-1])}")
                if found:
                    wrong.setdefault(f"{view_id} {tab}", []).extend(found)
        deadlines = window.views["deadlines"]  # one captive's: the filter over the search
        window.show_view("deadlines")
        deadlines.set_captive_filter(window.case_file.overview.captive_rows()[0].id)
        qtbot.waitUntil(deadlines.chip.isVisible, timeout=WAIT)
        found = faults(walk(qtbot, window, window.nav), deadlines)
        if found:
            wrong["deadlines of one captive"] = found
        assert wrong == {}, "\n".join(f"{k}: {v}" for k, v in wrong.items())


def test_tab_goes_through_every_dialog_in_reading_order(qtbot, tmp_path: Path,
                                                        armenian_demo_template: Path) -> None:
    from tests.ui.every_dialog import close, every_dialog
    from tests.ui.test_dialogs_at_1024_by_600_gui import _more_dialogs

    with demo_window(qtbot, tmp_path, "hy", armenian_demo_template) as window:
        ids = [r.id for r in window.case_file.overview.captive_rows()]
        wrong: dict[str, list[str]] = {}
        for title, build in itertools.chain(every_dialog(window, ids[0], ids[1], tmp_path),
                                            _more_dialogs(window, ids[0], tmp_path)):
            dialog = build()
            dialog.show()
            qtbot.waitExposed(dialog)
            qtbot.waitUntil(lambda: window.runner.active == 0, timeout=WAIT)
            dialog.activateWindow()
            qtbot.waitUntil(lambda d=dialog: d.isAncestorOf(QApplication.focusWidget()),
                            timeout=WAIT)  # a field to start from
            start = QApplication.focusWidget()
            found = faults(walk(qtbot, dialog, start), dialog)
            if found:
                wrong[title] = found
            close(dialog)
        assert wrong == {}, "\n".join(f"{k}: {v}" for k, v in wrong.items())


def _tab_faults(qtbot, dialog) -> list[str]:
    dialog.activateWindow()
    qtbot.waitUntil(lambda: dialog.isAncestorOf(QApplication.focusWidget()), timeout=WAIT)
    return faults(walk(qtbot, dialog, QApplication.focusWidget()), dialog)


def test_tab_goes_through_the_import_s_columns_and_rows_and_on(qtbot, ui, tmp_path: Path) -> None:
    """Import Spreadsheet, steps 2 and 3: Tab went from cell to cell of the columns' table
    (four a column, every column) and of the rows', never to Back, Next or Cancel while a
    cell was left; each field's choice was read out as its item ("Full name, combo box"),
    not as the column it is for."""
    from PySide6.QtWidgets import QPushButton

    from caseapp.ui.dialogs.sheet_import import SheetImportDialog
    from tests.ui.test_dialogs_at_1024_by_600_gui import LONG_LIST

    sheet = tmp_path / "список.csv"
    sheet.write_text(LONG_LIST, encoding="utf-8")
    dialog = SheetImportDialog(ui, sheet, mappings_folder=tmp_path)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    wrong = {}
    for step in (1, 2):
        dialog.findChild(QPushButton, "sheet_next").click()
        qtbot.waitUntil(lambda step=step: dialog.steps.currentIndex() == step, timeout=WAIT)
        wrong[step] = _tab_faults(qtbot, dialog)
    assert dialog.choices, "no likely duplicate to choose for"
    assert wrong == {1: [], 2: []}


def test_tab_goes_through_a_generated_dossier_and_report_in_reading_order(qtbot, ui) -> None:
    """Once made: the preview and Print came right after Close, before the captive and the
    level, and the preview was read out as a nameless view."""
    from caseapp.ui.dialogs.report_dialogs import DossierDialog, StatusReportDialog

    captive_id = ui.case_file.overview.captive_rows()[0].id
    wrong = {}
    for dialog in (DossierDialog(ui, captive_id=captive_id), StatusReportDialog(ui)):
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitUntil(dialog.generate_button.isEnabled, timeout=WAIT)
        dialog.generate_button.click()
        qtbot.waitUntil(lambda d=dialog: d.result_file is not None, timeout=WAIT)
        wrong[type(dialog).__name__] = _tab_faults(qtbot, dialog)
    assert wrong == {"DossierDialog": [], "StatusReportDialog": []}
