"""A captive's page opened for a test: the view at a size with one captive's file loaded,
and a section's tab brought forward with its columns fitted."""

from __future__ import annotations

from PySide6.QtWidgets import QTableView

from caseapp.ui.views.captive_file import CaptiveFileView

WAIT = 10000
# The captive's page in a 1024 × 768 window, beside the sidebar.
BESIDE_THE_SIDEBAR = (766, 640)


def open_page(qtbot, ui, captive_id: int, size: tuple[int, int] = (1024, 700)
              ) -> CaptiveFileView:
    view = CaptiveFileView(ui)
    qtbot.addWidget(view)
    view.resize(*size)
    view.show()
    view.show_captive(captive_id)
    qtbot.waitUntil(lambda: view.file is not None, timeout=WAIT)
    return view


def show_section(qtbot, page: CaptiveFileView, section: str) -> QTableView:
    """The tab holding ``section`` shown, its rows loaded and its columns fitted."""
    target = page.sections[section]
    for index in range(page.tabs.count()):
        if page.tabs.widget(index).isAncestorOf(target):
            page.tabs.setCurrentIndex(index)
    qtbot.waitUntil(lambda: target.isVisible() and target.model.rowCount() > 0, timeout=WAIT)
    qtbot.wait(50)  # the columns are fitted once laid out (a zero timer)
    return target.table
