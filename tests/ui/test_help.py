"""Help inside the app: F1 opens the guide (first steps, levels, deadlines, backups and
the passphrase), and the list of shortcuts is made from the table of commands."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication

from caseapp.ui.actions import ACTIONS
from caseapp.ui.help import HelpDialog, shortcut_rows


def test_f1_opens_the_guide_with_its_sections(qtbot, blank_window) -> None:
    window = blank_window
    window.activateWindow()
    window.welcome.create_button.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None, timeout=5000)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_F1)
    dialog = window.findChild(HelpDialog, "help_guide")
    assert dialog is not None and dialog.isVisible()
    text = dialog.browser.toPlainText()
    for title in ("First steps", "Sensitivity levels", "Deadlines", "Backups and the passphrase",
                  "Keyboard shortcuts"):
        assert title in text
    assert "if it is lost, nobody can open the file or its backups" in text
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_F1)  # again: the same dialog, raised
    assert len(window.findChildren(HelpDialog)) == 1
    dialog.close()


def test_every_shortcut_of_the_table_is_listed_once() -> None:
    rows = shortcut_rows()
    native = QKeySequence.SequenceFormat.NativeText
    with_keys = [s for s in ACTIONS if s.shortcut is not None]
    listed = {keys for keys, _command, _menu in rows}
    for spec in with_keys:
        assert QKeySequence(spec.shortcut).toString(native) in listed, spec.id
    keys = [k for k, _c, _m in rows[:len(with_keys)]]
    assert len(keys) == len(set(keys))  # no key bound to two commands
    commands = {c for _k, c, _m in rows}
    assert {"Back", "Forward", "Dashboard", "Documents", "Close Case File",
            "Contacts & organisations"} <= commands
    assert ("Alt+Left", "Back", "View") in rows and ("Ctrl+7", "Documents", "View") in rows
    assert ("Down, Enter", "In a search box: move into its results", "") in rows


def test_tab_leaves_the_help_text_and_ctrl_tab_goes_from_link_to_link(qtbot) -> None:
    """Tab in the guide went from link to link (a dozen of them) before it reached Close, as
    no other text box of the app does; it now leaves the text at once, Shift+Tab comes back,
    and Ctrl+Tab goes from link to link (Enter follows the one chosen), as the text box's
    description says to a screen reader."""
    from PySide6.QtWidgets import QPushButton

    from caseapp.ui.help import guide_html, guide_sections

    dialog = HelpDialog("CaseApp guide", guide_html())
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    browser = dialog.browser
    browser.setFocus(Qt.FocusReason.OtherFocusReason)
    qtbot.waitUntil(browser.hasFocus, timeout=5000)
    close = dialog.findChild(QPushButton)
    qtbot.keyClick(browser, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is close
    assert not browser.textCursor().hasSelection()  # no link chosen on the way
    qtbot.keyClick(close, Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
    assert QApplication.focusWidget() is browser
    qtbot.keyClick(browser, Qt.Key.Key_Tab, Qt.KeyboardModifier.ControlModifier)
    assert QApplication.focusWidget() is browser
    links = {title for _anchor, title, _text in guide_sections()} | {"Keyboard shortcuts"}
    first = browser.textCursor().selectedText()
    assert first in links  # a link chosen
    qtbot.keyClick(browser, Qt.Key.Key_Tab, Qt.KeyboardModifier.ControlModifier)
    assert QApplication.focusWidget() is browser
    assert browser.textCursor().selectedText() in links - {first}  # the next link
    assert "Ctrl+Tab" in browser.accessibleDescription()
