"""What a screen reader says when the cursor enters a field: the field's caption. A date
took its caption on the field around it, not on the box the cursor is in, and was read out
as "edit, e.g. 30.06.1985"; the time beside it and the captive search of the dossier and
the letter said nothing at all."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QWidget

from caseapp.ui.dialogs import captive_dialogs as dlg
from caseapp.ui.dialogs import record_kinds
from caseapp.ui.dialogs.letter_dialog import LetterDialog
from caseapp.ui.dialogs.report_dialogs import DossierDialog
from caseapp.ui.language import apply_language


def said(widget: QWidget) -> str:
    iface = QAccessible.queryAccessibleInterface(widget)
    assert iface is not None
    return iface.text(QAccessible.Text.Name)


def cursor_box(widget: QWidget) -> QWidget:
    """The widget the keyboard lands in when ``widget`` takes the focus."""
    while widget.focusProxy() is not None:
        widget = widget.focusProxy()
    return widget


@pytest.mark.parametrize(("lang", "when", "time"), [
    ("ru", "Дата и время", "Дата и время: время"),
    ("hy", "Ամսաթիվ և ժամ", "Ամսաթիվ և ժամ՝ ժամը")])
def test_a_hearing_s_date_and_time_are_read_out_by_their_caption(lang: str, when: str,
                                                                time: str, qtbot, ui) -> None:
    apply_language(QCoreApplication.instance(), lang)  # put back after the test (tests/conftest)
    captive_id = ui.case_file.overview.captive_rows()[0].id
    dialog = dlg.make_add_dialog(ui, record_kinds.HEARING, captive_id=captive_id)
    qtbot.addWidget(dialog)
    field = dialog.widgets["starts_at"]
    assert said(cursor_box(field)) == when
    assert said(field.time) == time
    next_date = dialog.widgets["next_date"]
    assert said(cursor_box(next_date)) == dialog.findChild(QWidget, "label_next_date").text() \
        .rstrip(" *")


def test_the_captive_search_of_the_dossier_and_the_letter_is_named(qtbot, ui) -> None:
    apply_language(QCoreApplication.instance(), "ru")  # put back after the test (tests/conftest)
    for dialog in (DossierDialog(ui), LetterDialog(ui)):
        qtbot.addWidget(dialog)
        assert said(cursor_box(dialog.captive)) == "Пленный"


def test_the_search_box_of_every_list_is_named(qtbot, blank_window, demo_copy) -> None:
    from PySide6.QtWidgets import QLineEdit

    apply_language(QCoreApplication.instance(), "ru")  # put back after the test (tests/conftest)
    window = blank_window
    assert window.open_path(demo_copy)
    unnamed = []
    for view_id in ("captives", "deadlines", "contacts", "advocacy", "documents"):
        window.show_view(view_id)
        search = window.views[view_id].findChild(QLineEdit, f"{view_id}_search")
        if not said(search) or said(search) != search.placeholderText().rstrip("…"):
            unnamed.append(view_id)
    assert unnamed == []
    assert said(window.views["deadlines"].findChild(QLineEdit, "deadlines_search")) == \
        "Фильтр по пленному, сроку, правилу или органу"
    window.set_case_file(None, backup_previous=False)
