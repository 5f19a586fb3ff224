"""A lawyer's day, driven through the real window: keys and clicks on the widgets she sees,
modal dialogs filled as they open, nothing written behind the GUI's back.

New captive with three spellings → a co-defendant → case and charges (the status follows,
offered in one click) → a four-month detention order and its extension → a hearing shared
with the co-defendant → an ICRC letter logged → an internal note → the dossier at shareable
level, with what the level leaves out → lock and unlock → undo and redo.
"""

from __future__ import annotations

import subprocess
from collections.abc import Callable
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication, QComboBox, QDialog, QLineEdit, QWidget

from caseapp.domain.enums import CaptiveStatus
from caseapp.ui.labels import label
from caseapp.ui.main_window import MainWindow
from caseapp.ui.views.captive_file import CaptiveFileView
from tests.conftest import ENCRYPTED_PASSPHRASE, copy_of
from tests.ui.driving import WAIT, DialogDriver, choose, click, field, press, save, type_into
from tests.ui.test_main_window import opener

CTRL = Qt.KeyboardModifier.ControlModifier
NOTE_MARKER = "Whispered-by-the-guard-7731"  # an internal note: never in a shareable dossier


def rows(page: CaptiveFileView, section: str) -> list:
    return list(page.sections[section].model.records)


def texts(page: CaptiveFileView, section: str) -> str:
    model = page.sections[section].model
    return " | ".join(str(model.index(r, c).data() or "") for r in range(model.rowCount())
                      for c in range(model.columnCount()))


# ---- the day -----------------------------------------------------------------------------------

@pytest.fixture
def window(qtbot, tmp_path: Path, _encrypted_template: Path) -> MainWindow:
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    w = MainWindow(settings, opener, demo_builder=lambda p: None, demo_path=tmp_path / "none.db")
    qtbot.addWidget(w)
    w.resize(1280, 800)
    w.show()
    path = copy_of(_encrypted_template, tmp_path / "day.db")
    assert w.open_path(path, passphrase=ENCRYPTED_PASSPHRASE)
    qtbot.waitUntil(lambda: w.case_file is not None, timeout=WAIT)
    yield w
    w.close()


def new_captive(qtbot, window: MainWindow, driver: DialogDriver, native: str, latin: str,
                cyrillic: str) -> None:
    def fill(d: QDialog) -> None:
        type_into(qtbot, field(d, "native_name"), native)
        type_into(qtbot, field(d, "latin_name"), latin)
        type_into(qtbot, field(d, "cyrillic_name"), cyrillic)
        save(qtbot, d)
    driver.next("dialog_new_captive", fill)
    press(qtbot, window, Qt.Key.Key_N, CTRL)  # New Captive…
    driver.check("dialog_new_captive")


def page_of(qtbot, window: MainWindow, latin: str) -> CaptiveFileView:
    page = window.views["captive"]
    assert isinstance(page, CaptiveFileView)
    qtbot.waitUntil(lambda: page.file is not None and any(
        n.full_name == latin for n in page.file.captive.names), timeout=WAIT)
    return page


def show_tab_of(qtbot, page: CaptiveFileView, section: str) -> None:
    """Clicks the tab that holds ``section``, as the lawyer would."""
    tabs = page.tabs
    index = next(i for i in range(tabs.count()) if tabs.widget(i).isAncestorOf(page.sections[section]))
    qtbot.mouseClick(tabs.button(index), Qt.MouseButton.LeftButton)
    assert tabs.currentIndex() == index


def add_in(qtbot, page: CaptiveFileView, driver: DialogDriver, section: str, dialog_name: str,
           fill: Callable[[QDialog], None], expect_rows: int) -> None:
    show_tab_of(qtbot, page, section)
    driver.next(dialog_name, fill)
    click(qtbot, page.sections[section], f"{section}_add")
    driver.check(dialog_name)
    qtbot.waitUntil(lambda: len(rows(page, section)) == expect_rows, timeout=WAIT)


def test_a_lawyers_day_through_the_window(qtbot, window: MainWindow, tmp_path: Path,
                                          message_boxes) -> None:
    driver = DialogDriver()

    # 1. The co-defendant first, then her client: three spellings each.
    new_captive(qtbot, window, driver, "Գևորգ Սարգսյան", "Gevorg Sargsyan", "Геворг Саргсян")
    new_captive(qtbot, window, driver, "Արմեն Հովհաննիսյան", "Armen Hovhannisyan",
                "Армен Оганесян")
    page = page_of(qtbot, window, "Armen Hovhannisyan")
    assert window.current_view_id() == "captive"
    # under English the Latin spelling comes first, as in the English dossier
    assert page.header.name.text() == "Armen Hovhannisyan"
    spellings = page.header.names.text().replace("&nbsp;", " ")
    assert "Արմեն Հովհաննիսյան" in spellings and "Армен Оганесян" in spellings  # the others
    assert page.header.badge.text() == label(CaptiveStatus.MISSING)

    # 2. The case and a charge: the status follows, offered, never changed silently.
    def prosecution(d: QDialog) -> None:
        type_into(qtbot, field(d, "case_number"), "1(103)-0417/2026")
        type_into(qtbot, field(d, "court"), "Baku Military Court")
        type_into(qtbot, field(d, "opened_on"), "2026-07-30")
        save(qtbot, d)
    add_in(qtbot, page, driver, "prosecutions", "dialog_prosecutions", prosecution, 1)

    def charge(d: QDialog) -> None:
        type_into(qtbot, field(d, "article"), "279")
        type_into(qtbot, field(d, "part"), "279.1")
        type_into(qtbot, field(d, "title"), "Illegal armed groups")
        type_into(qtbot, field(d, "brought_on"), "2026-07-31")
        save(qtbot, d)
    page.sections["prosecutions"].table.selectRow(0)
    add_in(qtbot, page, driver, "charges", "dialog_charges", charge, 1)
    offer = page.findChild(QWidget, "status_offer")
    qtbot.waitUntil(lambda: offer.isVisible(), timeout=WAIT)
    assert page.header.badge.text() == label(CaptiveStatus.MISSING)  # not changed by itself
    offered = page.findChild(QWidget, "status_offer_text").text()
    # Dated by the earliest record that implies it: the case opened the day before the charge.
    assert label(CaptiveStatus.PRE_TRIAL) in offered and "30 July 2026" in offered
    click(qtbot, page, "status_offer_change")
    qtbot.waitUntil(lambda: page.header.badge.text() == label(CaptiveStatus.PRE_TRIAL),
                    timeout=WAIT)
    assert not offer.isVisible()

    # 3. A four-month detention order and its extension (the new order starts where the
    # last one ends: 1 August + 4 months = 1 December; then 1 December + 4 months = 1 April).
    def order(d: QDialog) -> None:
        type_into(qtbot, field(d, "ordering_court"), "Baku Military Court")
        type_into(qtbot, field(d, "decided_on"), "2026-08-01")
        type_into(qtbot, field(d, "start_date"), "2026-08-01")
        field(d, "term_months").setValue(4)
        save(qtbot, d)
    add_in(qtbot, page, driver, "detention_orders", "dialog_detention_orders", order, 1)
    assert rows(page, "detention_orders")[0].expires_on == date(2026, 12, 1)

    def extension(d: QDialog) -> None:
        # Filled from the last order: the extension's start, term and court are already there.
        assert field(d, "start_date").value() == "2026-12-01"
        assert field(d, "term_months").value() == 4
        type_into(qtbot, field(d, "decided_on"), "2026-11-25")
        save(qtbot, d)
    add_in(qtbot, page, driver, "detention_orders", "dialog_detention_orders", extension, 2)
    assert max(o.expires_on for o in rows(page, "detention_orders")) == date(2027, 4, 1)
    assert "1 April 2027" in page.header.facts.text() or "2027-04-01" in texts(page, "detention_orders")

    # 4. A hearing shared with the co-defendant, picked by a Latin spelling.
    def hearing(d: QDialog) -> None:
        assert field(d, "court").text() == "Baku Military Court"  # from this captive's case
        type_into(qtbot, field(d, "starts_at"), "2026-12-10")
        picker = d.widgets["captive_ids"]  # type: ignore[attr-defined]
        with qtbot.waitSignal(picker.searched, timeout=WAIT):
            type_into(qtbot, picker.search, "Sargsian")
        qtbot.keyClick(picker.search, Qt.Key.Key_Down)
        qtbot.keyClick(picker.search, Qt.Key.Key_Return)
        assert d.isVisible()  # Enter took the match; it did not save the hearing
        qtbot.waitUntil(lambda: len(picker.value()) == 2, timeout=WAIT)
        assert any("Սարգսյան" in n or "Sargsyan" in n for n in picker.chosen_names())
        save(qtbot, d)
    add_in(qtbot, page, driver, "hearings", "dialog_hearings", hearing, 1)
    assert "Sargsyan" in texts(page, "hearings") or "Սարգսյան" in texts(page, "hearings")

    # 5. The ICRC letter, logged as an intervention with a follow-up date.
    def intervention(d: QDialog) -> None:
        type_into(qtbot, field(d, "subject"), "Request for an ICRC visit")
        type_into(qtbot, field(d, "follow_up_on"), "2026-12-15")
        save(qtbot, d)
    add_in(qtbot, page, driver, "interventions", "dialog_interventions", intervention, 1)

    # 6. An internal note (a new note is internal unless the lawyer says otherwise).
    def note(d: QDialog) -> None:
        type_into(qtbot, field(d, "title"), "From the family")
        type_into(qtbot, field(d, "body"), NOTE_MARKER)
        save(qtbot, d)
    add_in(qtbot, page, driver, "notes", "dialog_notes", note, 1)

    # 7. The dossier at shareable level: what is left out is said before generating.
    click(qtbot, page.header, "captive_dossier")
    dialog = next(w for w in QApplication.topLevelWidgets()
                  if w.objectName() == "dossier_dialog" and w.isVisible())
    level = dialog.findChild(QComboBox, "dossier_level")
    choose(level, "Shareable")
    left_out = dialog.findChild(QWidget, "left_out")
    qtbot.waitUntil(lambda: "note" in left_out.text().lower(), timeout=WAIT)
    click(qtbot, dialog, "generate")
    qtbot.waitUntil(lambda: dialog.result_file is not None, timeout=WAIT)
    pdf = tmp_path / "dossier.pdf"
    pdf.write_bytes(dialog.result_file.data)
    text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True,
                          check=True).stdout
    assert "Hovhannisyan" in text or "Հովհաննիսյան" in text
    assert NOTE_MARKER not in text
    dialog.close()

    # 8. Lock and unlock: the window is cleared, the passphrase brings the file back.
    press(qtbot, window, Qt.Key.Key_L, CTRL)
    qtbot.waitUntil(lambda: window.case_file is None, timeout=WAIT)
    lock_page = window.findChild(QWidget, "lock_page")
    assert lock_page.isVisible()
    passphrase = lock_page.findChild(QLineEdit, "lock_passphrase")
    qtbot.keyClicks(passphrase, ENCRYPTED_PASSPHRASE)
    qtbot.keyClick(passphrase, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.case_file is not None, timeout=WAIT)
    assert window.current_view_id() == "captive"  # back where she was
    page = page_of(qtbot, window, "Armen Hovhannisyan")
    qtbot.waitUntil(lambda: len(rows(page, "hearings")) == 1
                    and len(rows(page, "detention_orders")) == 2, timeout=WAIT)

    # 9. Undo and redo a proof of life: the row goes and comes back.
    def welfare(d: QDialog) -> None:
        type_into(qtbot, field(d, "source"), "ICRC delegate")
        save(qtbot, d)
    add_in(qtbot, page, driver, "welfare_contacts", "dialog_welfare_contacts", welfare, 1)
    assert "ICRC" in window.actions_by_id["undo"].text() or \
        "welfare" in window.actions_by_id["undo"].text().lower()
    press(qtbot, window, Qt.Key.Key_Z, CTRL)  # the undo deletes the contact: asked first
    assert message_boxes[-1][0] == "question" and "ICRC visit" in message_boxes[-1][1]
    qtbot.waitUntil(lambda: len(rows(page, "welfare_contacts")) == 0, timeout=WAIT)
    assert "welfare" in window.actions_by_id["redo"].text().lower()
    # Redo by the platform's own key (Ctrl+Shift+Z or Ctrl+Y), as the Edit menu shows it.
    redo = window.actions_by_id["redo"].shortcut()[0]
    press(qtbot, window, redo.key(), redo.keyboardModifiers())
    qtbot.waitUntil(lambda: len(rows(page, "welfare_contacts")) == 1, timeout=WAIT)
    assert not [m for m in message_boxes if m[0] in ("critical", "warning")], message_boxes
