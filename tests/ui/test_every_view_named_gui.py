"""What a screen reader says when Tab or a click puts the cursor in a list, a table, a box
to type in, a choice, a number, a text to read or a button with only a picture: a name, in
the window's language. The sidebar
was read out as "list", the tables of the Captives, Deadlines, Hearings, Advocacy and
Documents views as "table", the day grid of the hearings' calendar as "table", the filter of
a captive's history and the passphrase of a locked file as "edit", the "»" that holds the
tools a small screen leaves out as "button", the calculator's trigger day and its result,
the emergency wipe's two numbers, a letter's text and a filing's outcome as "spin box" or
"text"."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QHeaderView,
    QLineEdit,
    QPlainTextEdit,
    QStackedWidget,
    QTextEdit,
    QToolButton,
    QWidget,
)

from tests.ui.driving import WAIT
from tests.ui.small_screen import main_window
from tests.ui.test_screen_reader_names_gui import said


def _shown_by_navigation(widget: QWidget, top: QWidget) -> bool:
    """Whether ``widget`` is on screen, or would be on choosing its view, tab or page: a
    widget its owner hid (an empty list's button, a filter not in use, a closed list's
    popup) is not reached by the keyboard."""
    w: QWidget | None = widget
    while w is not None and w is not top:
        parent = w.parentWidget()
        if w.isHidden() and not isinstance(parent, QStackedWidget):
            return False
        w = parent
    return True


def _inner(widget: QWidget) -> bool:
    """Parts Qt reads out with their owner: a table's headers and corner button, the box
    inside a spin box or a choice, a search box's clear button (never reached by Tab)."""
    parent = widget.parentWidget()
    return (isinstance(widget, QHeaderView) or widget.objectName() == "qt_tableview_cornerbutton"
            or isinstance(parent, (QAbstractSpinBox, QComboBox))
            or (isinstance(widget, QToolButton) and isinstance(parent, QLineEdit)))


def unnamed(top: QWidget) -> list[str]:
    """Every list, table, text box, choice, number and picture-only button of ``top`` a screen reader would
    read out by its kind alone (no name of its own nor a caption that is its buddy)."""
    found = []
    for w in top.findChildren(QWidget):
        picture_only = isinstance(w, QAbstractButton) and not w.text().strip()
        if not (isinstance(w, (QAbstractItemView, QLineEdit, QComboBox, QAbstractSpinBox,
                               QTextEdit, QPlainTextEdit)) or picture_only) or _inner(w):
            continue
        if _shown_by_navigation(w, top) and not said(w).strip():
            found.append(f"{type(w).__name__} {w.objectName()!r} in "
                         f"{type(w.parentWidget()).__name__} {w.parentWidget().objectName()!r}")
    return found


def test_every_list_table_box_and_picture_button_of_the_window_is_named(
        qtbot, tmp_path: Path, demo_copy: Path) -> None:
    window = main_window(qtbot, tmp_path, "ru", size=(1024, 600))  # (put back by tests/conftest)
    assert unnamed(window) == []  # the welcome page
    assert window.open_path(demo_copy)
    missing = []
    for view_id in list(window.views):
        if view_id == "captive":
            window.open_captive(window.case_file.overview.captive_rows()[0].id)
        else:
            window.show_view(view_id)
        qtbot.waitUntil(lambda: window.runner.active == 0, timeout=WAIT)
        missing += [f"{view_id}: {w}" for w in unnamed(window)]
    assert missing == []
    assert said(window.nav) == "Разделы файла дела"
    assert said(window.views["deadlines"].table) == "Список сроков"
    more = window.findChild(QToolButton, "qt_toolbar_ext_button")
    assert said(more) == more.toolTip() == "Другие инструменты"
    window.set_case_file(None, backup_previous=False)
    window.close()


def test_every_list_table_and_box_of_every_dialog_is_named(qtbot, tmp_path: Path,
                                                            demo_copy: Path) -> None:
    """The dialogs too: the tables of the backups, of likely duplicates and of the import's
    columns and rows, the captives found under a hearing's or an intervention's search, the
    rule calculator's captive search, and the file boxes of the travel copy, the seizure
    report and the filing pack (a caption on a row with a "Choose…" button beside the box)
    were read out as "table", "list" or "edit"."""
    from tests.ui.every_dialog import close, every_dialog

    window = main_window(qtbot, tmp_path, "ru")  # (put back by tests/conftest)
    assert window.open_path(demo_copy)
    ids = [r.id for r in window.case_file.overview.captive_rows()]
    missing = []
    for name, build in every_dialog(window, ids[0], ids[1], tmp_path):
        dialog = build()
        qtbot.waitUntil(lambda: window.runner.active == 0, timeout=WAIT)
        missing += [f"{name}: {w}" for w in unnamed(dialog)]
        if name == "travel copy":
            assert said(dialog.findChild(QLineEdit, "travel_path")) == "Новый файл"
        if name == "backups":
            assert said(dialog.table) == "Резервные копии этого файла дела"
        close(dialog)
    assert missing == []
    window.set_case_file(None, backup_previous=False)
