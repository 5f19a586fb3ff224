"""A lawyer working with the keyboard alone, in Russian: Tab goes along the captive's header
buttons in the order they read, left to right, and out of every table to what comes after
it (the next part's Add…, Edit…, Delete: a table's own buttons, over it, come before it);
inside a table the arrows move from row to row. A table used to keep Tab for its own cells,
round and round: the buttons after it could not be reached."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QApplication, QTableView, QWidget

from caseapp.ui.language import apply_language
from caseapp.ui.main_window import MainWindow
from tests.ui.driving import WAIT, press


def _tab_from(qtbot, window: MainWindow, start: QWidget, presses: int) -> list[str]:
    start.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(start.hasFocus, timeout=WAIT)
    seen = []
    for _ in range(presses):
        press(qtbot, window, Qt.Key.Key_Tab)
        focus = QApplication.focusWidget()
        seen.append(focus.objectName() if focus is not None else "")
    return seen


def test_tab_follows_the_header_and_leaves_the_tables(qtbot, blank_window: MainWindow, demo_copy: Path) -> None:
    apply_language(QCoreApplication.instance(), "ru")  # put back after the test (tests/conftest)
    window = blank_window
    assert window.open_path(demo_copy)
    window.open_captive(window.case_file.overview.captive_rows()[0].id)
    view = window.views["captive"]
    qtbot.waitUntil(lambda: view.sections["names"].model.rowCount() > 1, timeout=WAIT)
    assert _tab_from(qtbot, window, view.header.back, 6) == [
        "captive_deadlines", "captive_dossier", "captive_letter", "captive_filing",
        "change_status", "edit_person"]

    names = view.sections["names"].table
    names.selectRow(0)
    after = _tab_from(qtbot, window, names, 1)
    assert after == ["identity_documents_add"]  # out of the table at the first Tab

    window.show_view("captives")
    qtbot.waitUntil(lambda: window.runner.active == 0, timeout=WAIT)
    table = window.views["captives"].findChild(QTableView, "captives_table")
    assert _tab_from(qtbot, window, table, 1) != ["captives_table"]
    window.set_case_file(None, backup_previous=False)


def test_tab_reaches_the_file_s_tab_titles_between_the_header_and_the_page(
        qtbot, blank_window: MainWindow, demo_copy: Path) -> None:
    """After the header's buttons, Tab goes to the title of the tab shown ("Profile",
    "Custody"…), where the arrows choose another, then into that tab. The titles came after
    the whole of the page: a lawyer tabbed through every table of Profile before reaching
    "Custody", and a screen reader announced the titles last."""
    window = blank_window
    assert window.open_path(demo_copy)
    window.open_captive(window.case_file.overview.captive_rows()[0].id)
    view = window.views["captive"]
    qtbot.waitUntil(lambda: view.sections["names"].model.rowCount() > 1, timeout=WAIT)
    assert _tab_from(qtbot, window, view.header.edit_button, 1) == ["tab_title_0"]
    press(qtbot, window, Qt.Key.Key_Right)
    assert view.tabs.currentIndex() == 1  # Custody
    after = _tab_from(qtbot, window, view.header.edit_button, 2)
    assert after[0] == "tab_title_1"
    assert view.tabs.currentWidget().isAncestorOf(QApplication.focusWidget())
    window.set_case_file(None, backup_previous=False)


def test_tab_reaches_a_chosen_captive_s_remove_above_the_search(qtbot, ui) -> None:
    """In a hearing's dialog the captive already chosen has its Remove button above the
    search field: Tab reaches it there, between the case and the search. It came after Save
    and Cancel, last of the dialog, where nobody looks for it."""
    from caseapp.ui.dialogs import captive_dialogs as dlg
    from caseapp.ui.dialogs import record_kinds
    from tests.ui.driving import picker_of

    captive_id = ui.case_file.overview.captive_rows()[0].id
    dialog = dlg.make_add_dialog(ui, record_kinds.HEARING, captive_id=captive_id)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    picker = picker_of(dialog)
    case = dialog.widgets["prosecution_id"]
    order = []
    widget: QWidget = case.lineEdit() or case  # the case is typed in (an editable list)
    for _ in range(3):
        widget = widget.nextInFocusChain()
        while not (widget.focusPolicy() & Qt.FocusPolicy.TabFocus and widget.isVisible()):
            widget = widget.nextInFocusChain()
        order.append(widget.objectName())
    assert order == [f"remove_captive_{captive_id}", "captive_search", "captive_results"]
    dialog.activateWindow()
    picker.search.setFocus()
    qtbot.waitUntil(picker.search.hasFocus, timeout=WAIT)
    qtbot.keyClick(picker.search, Qt.Key.Key_Backtab)
    assert QApplication.focusWidget().objectName() == f"remove_captive_{captive_id}"


def test_after_generating_the_keyboard_is_back_on_generate(qtbot, ui) -> None:
    """Enter on Generate in the dossier's dialog: while it runs the button is off, and Qt
    had put the keyboard on Close, where it stayed; the next Space closed the dialog instead
    of reaching Save as… The keyboard comes back to Generate, Save as… one Tab after it."""
    from caseapp.ui.dialogs.report_dialogs import DossierDialog

    dialog = DossierDialog(ui, captive_id=ui.case_file.overview.captive_rows()[0].id)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow, timeout=WAIT)
    dialog.generate_button.setFocus()
    qtbot.waitUntil(dialog.generate_button.hasFocus, timeout=WAIT)
    qtbot.keyClick(dialog.generate_button, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog.result_file is not None, timeout=60000)
    assert QApplication.focusWidget() is dialog.generate_button
    qtbot.keyClick(dialog.generate_button, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is dialog.save_button
    dialog.close()


def test_the_record_just_added_is_the_one_selected(qtbot, blank_window: MainWindow,
                                                   demo_copy: Path) -> None:
    """A hearing added to a file that has hearings: the row chosen is the new one, so that
    Enter (or Edit…) right after opens what was just typed. The row chosen before stayed
    chosen, and Enter opened another hearing, of another day."""
    from PySide6.QtWidgets import QDialog

    from tests.ui.driving import DialogDriver, field, save, type_into
    from tests.ui.test_walkthrough import show_tab_of

    window = blank_window
    assert window.open_path(demo_copy)
    window.open_captive(window.case_file.overview.captive_rows()[0].id)
    page = window.views["captive"]
    hearings = page.sections["hearings"]
    qtbot.waitUntil(lambda: hearings.model.rowCount() > 1, timeout=WAIT)
    show_tab_of(qtbot, page, "hearings")
    before = hearings.model.rowCount()
    first = hearings.current()
    assert first is not None

    def fill(dialog: QDialog) -> None:
        type_into(qtbot, field(dialog, "starts_at"), "2027-01-30")
        save(qtbot, dialog)

    driver = DialogDriver()
    driver.next("dialog_hearings", fill)
    hearings.buttons["add"].setFocus()
    press(qtbot, window, Qt.Key.Key_Space)
    driver.check("dialog_hearings")
    qtbot.waitUntil(lambda: hearings.model.rowCount() == before + 1, timeout=WAIT)
    chosen = hearings.current()
    assert chosen.id != first.id and chosen.starts_at.date().isoformat() == "2027-01-30"
    window.set_case_file(None, backup_previous=False)
