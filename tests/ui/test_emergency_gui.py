"""The emergency exit (issue 19): Ctrl+Shift+L locks at once and empties the clipboard; with
the emergency wipe turned on, a countdown that Esc cancels, then a wipe that removes the case
file, its side files and every settings entry naming it, and nothing else; a travel copy says
so in the title bar."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QWidget

from caseapp.config import Location
from caseapp.services.casefile import open_case_file
from caseapp.services.travel_copy import make_travel_copy
from caseapp.ui import settings as keys
from caseapp.ui.main_window import MainWindow
from caseapp.ui.panic import WIPE_AFTER_FAILURES, WIPE_COUNTDOWN, WIPE_ENABLED
from tests.conftest import TODAY, copy_of

CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


def focused(qtbot, window: MainWindow) -> QWidget:
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None, timeout=5000)
    widget = QApplication.focusWidget()
    assert widget is not None
    return widget


@pytest.fixture
def cases(tmp_path: Path, demo_template: Path) -> Path:
    """A folder with the case file, its side files and files that are not its."""
    folder = tmp_path / "cases"
    folder.mkdir()
    copy_of(demo_template, folder / "case.db")
    (folder / "notes.txt").write_text("keep", encoding="utf-8")
    (folder / "case2.db").write_text("another file", encoding="utf-8")
    return folder


def all_settings_text(settings: QSettings) -> str:
    return "\n".join(f"{k}={settings.value(k)}" for k in settings.allKeys())


def test_ctrl_shift_l_locks_at_once_and_empties_the_clipboard(qtbot, blank_window: MainWindow,
                                                             cases: Path) -> None:
    w = blank_window
    assert w.open_path(cases / "case.db")
    QGuiApplication.clipboard().setText("Արամ Պետրոսյան, Colony 2")
    qtbot.keyClick(focused(qtbot, w), Qt.Key.Key_L, CTRL_SHIFT)
    qtbot.waitUntil(lambda: w.locker.locked, timeout=10000)
    assert QGuiApplication.clipboard().text() == ""
    assert w.windowTitle() == "CaseApp — locked"
    assert (cases / "case.db").exists()  # the wipe is off by default: locked, not wiped


def test_the_wipe_countdown_is_cancelled_by_esc_then_wipes_the_file_and_its_settings(
        qtbot, blank_window: MainWindow, cases: Path, tmp_path: Path) -> None:
    w = blank_window
    w.emergency.backups_root = tmp_path / "backups"
    w.settings.setValue(WIPE_ENABLED, True)
    w.settings.setValue(WIPE_COUNTDOWN, 2)
    other = str(tmp_path / "elsewhere" / "other.db")
    keys.remember_file(w.settings, other)
    assert w.open_path(cases / "case.db")
    for side in ("case.db-wal", "case.db-shm", "case.db-journal"):
        (cases / side).touch(exist_ok=True)
    assert str(cases / "case.db") in all_settings_text(w.settings)

    qtbot.keyClick(focused(qtbot, w), Qt.Key.Key_L, CTRL_SHIFT)
    qtbot.waitUntil(lambda: w.emergency.countdown is not None
                    and w.emergency.countdown.isVisible(), timeout=10000)
    countdown = w.emergency.countdown
    assert "case.db" in countdown.label.text()
    qtbot.keyClick(countdown.cancel_button, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: w.emergency.countdown is None, timeout=5000)
    assert (cases / "case.db").exists() and w.locker.locked

    with qtbot.waitSignal(w.emergency.wiped, timeout=15000) as wiped:
        qtbot.keyClick(focused(qtbot, w), Qt.Key.Key_L, CTRL_SHIFT)  # locked already: counts down
    result = wiped.args[0]
    assert sorted(p.name for p in result.removed)[:1] == ["case.db"]
    assert sorted(p.name for p in cases.iterdir()) == ["case2.db", "notes.txt"]
    text = all_settings_text(w.settings)
    assert "case.db" not in text.replace("case2.db", "")
    assert keys.recent_files(w.settings) == [other]  # another file's entry stays
    assert w.windowTitle() == "CaseApp" and not w.locker.locked


def test_wrong_passphrases_wipe_only_when_turned_on(qtbot, blank_window: MainWindow,
                                                  tmp_path: Path, encrypted_case_file) -> None:
    from caseapp.ui.panic import EmergencyExit  # noqa: F401 - the window builds it

    w = blank_window
    path = Path(encrypted_case_file.db.path)
    encrypted_case_file.close()
    w.emergency.backups_root = tmp_path / "backups"
    w.settings.setValue(WIPE_AFTER_FAILURES, 2)
    from tests.conftest import ENCRYPTED_PASSPHRASE

    assert w.open_path(path, passphrase=ENCRYPTED_PASSPHRASE)
    qtbot.keyClick(focused(qtbot, w), Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: w.locker.locked, timeout=10000)
    page = w.locker.page
    qtbot.keyClicks(page.passphrase, "wrong one")
    qtbot.keyClick(page.passphrase, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: page.message.text() != "" and page.passphrase.isEnabled(),
                    timeout=30000)
    assert path.exists()  # one wrong passphrase of two
    with qtbot.waitSignal(w.emergency.wiped, timeout=30000):
        qtbot.keyClicks(page.passphrase, "wrong again")
        qtbot.keyClick(page.passphrase, Qt.Key.Key_Return)
    assert not path.exists()
    assert str(path) not in all_settings_text(w.settings)


def test_a_travel_copy_says_so_in_the_title_bar(qtbot, blank_window: MainWindow,
                                               cases: Path) -> None:
    cf = open_case_file(Location(path=cases / "case.db"), actor="t", today=lambda: TODAY)
    try:
        target = cases / "travel.db"
        make_travel_copy(cf, target, level="shareable", passphrase="olive lantern river seven")
    finally:
        cf.close()
    w = blank_window
    assert w.open_path(cases / "case.db")
    assert w.windowTitle() == "CaseApp — case.db"
    assert w.open_path(target, passphrase="olive lantern river seven")
    assert w.windowTitle() == "CaseApp — travel.db — TRAVEL COPY (shareable level)"


TRAVEL_PASSPHRASE = "olive lantern river seven"


def shareable_copy(cases: Path) -> Path:
    """A travel copy of cases/case.db at the shareable level, cases/travel.db."""
    cf = open_case_file(Location(path=cases / "case.db"), actor="t", today=lambda: TODAY)
    try:
        target = cases / "travel.db"
        make_travel_copy(cf, target, level="shareable", passphrase=TRAVEL_PASSPHRASE)
    finally:
        cf.close()
    return target


def test_a_travel_copy_whose_mark_was_tampered_with_still_says_so_in_the_title_bar(
        qtbot, blank_window: MainWindow, cases: Path) -> None:
    import sqlcipher3

    passphrase = TRAVEL_PASSPHRASE
    target = shareable_copy(cases)
    conn = sqlcipher3.connect(str(target))
    try:
        conn.execute(f"PRAGMA key = '{passphrase}'")
        conn.execute("UPDATE file_events SET detail = '{\"level\": \"internal\"}' "
                     "WHERE kind = 'travel copy'")
        conn.commit()
    finally:
        conn.close()
    w = blank_window
    assert w.open_path(target, passphrase=passphrase)
    assert w.windowTitle() == "CaseApp — travel.db — TRAVEL COPY (its mark is damaged)"


def fill_modal_then(qtbot, fill) -> None:
    """When the next modal dialog shows, ``fill`` it (typing into its fields)."""
    from PySide6.QtCore import QTimer

    def later() -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is None:
            QTimer.singleShot(20, later)
            return
        fill(dialog)

    QTimer.singleShot(0, later)


def test_the_travel_copy_dialog_writes_a_copy_of_the_ticked_captives(
        qtbot, blank_window: MainWindow, cases: Path) -> None:
    from PySide6.QtWidgets import QComboBox, QLineEdit, QListWidget

    from caseapp.ui import travel_actions

    w = blank_window
    assert w.open_path(cases / "case.db")
    target = cases / "road.db"
    ticked: list[str] = []

    def fill(dialog) -> None:
        level = dialog.findChild(QComboBox, "travel_level")
        level.setCurrentIndex(1)  # shareable
        listing = dialog.findChild(QListWidget, "travel_captives")
        for i in range(1, listing.count()):  # keep only the first captive ticked
            listing.item(i).setCheckState(Qt.CheckState.Unchecked)
        ticked.append(listing.item(0).text())
        qtbot.keyClicks(dialog.findChild(QLineEdit, "travel_path"), str(target))
        qtbot.keyClicks(dialog.findChild(QLineEdit, "travel_passphrase"), "olive lantern river seven")
        repeat = dialog.findChild(QLineEdit, "travel_repeat")
        qtbot.keyClicks(repeat, "olive lantern river seven")
        qtbot.keyClick(repeat, Qt.Key.Key_Return)

    fill_modal_then(qtbot, fill)
    travel_actions.make_travel_copy(w)
    qtbot.waitUntil(lambda: target.exists() and "road.db" in w.statusBar().currentMessage(),
                    timeout=60000)
    cf = open_case_file(Location(path=target), passphrase="olive lantern river seven",
                        actor="t", today=lambda: TODAY)
    try:
        names = [c.primary_name for c in cf.captives.list()]
    finally:
        cf.close()
    assert len(names) == 1 and names[0] in ticked[0].split(" — ")  # as the lists name them


def test_the_exposure_dialog_saves_the_report_from_a_backup(
        qtbot, blank_window: MainWindow, cases: Path, tmp_path: Path) -> None:
    import subprocess

    from PySide6.QtWidgets import QLineEdit, QRadioButton

    from caseapp.ui import travel_actions

    w = blank_window
    assert w.open_path(cases / "case.db")
    backup = tmp_path / "laptop.db"
    w.case_file.backup_to(backup)
    target = tmp_path / "exposure.pdf"

    def fill(dialog) -> None:
        dialog.findChild(QRadioButton, "exposure_from_backup").setChecked(True)
        qtbot.keyClicks(dialog.findChild(QLineEdit, "exposure_backup"), str(backup))
        field = dialog.findChild(QLineEdit, "exposure_target")
        qtbot.keyClicks(field, str(target))
        qtbot.keyClick(field, Qt.Key.Key_Return)

    fill_modal_then(qtbot, fill)
    travel_actions.exposure_report(w)
    qtbot.waitUntil(lambda: "exposure.pdf" in w.statusBar().currentMessage(), timeout=60000)
    text = subprocess.run(["pdftotext", str(target), "-"], capture_output=True, text=True,
                          check=True).stdout
    captives = len(w.case_file.captives.list())
    assert f"Captives: {captives}" in text and "People to warn" in text


def test_wrong_passphrases_when_opening_count_too_and_survive_a_restart(
        qtbot, blank_window: MainWindow, tmp_path: Path, encrypted_case_file, monkeypatch) -> None:
    from caseapp.ui import opener
    from tests.conftest import ENCRYPTED_PASSPHRASE

    path = Path(encrypted_case_file.db.path)
    encrypted_case_file.close()
    first = blank_window
    first.emergency.backups_root = tmp_path / "backups"
    first.settings.setValue(WIPE_AFTER_FAILURES, 2)
    monkeypatch.setattr(opener, "ask_passphrase", lambda *_a: None)  # asked again: cancelled

    assert not first.open_path(path, passphrase="wrong one")
    assert path.exists()
    assert first.open_path(path, passphrase=ENCRYPTED_PASSPHRASE)  # the right one: count reset
    first.close_file()
    assert not first.open_path(path, passphrase="wrong two")
    assert path.exists()  # one in a row since the right one

    # The app quit and started again: the count goes on from the settings.
    first.close()
    again = MainWindow(first.settings, first.open_fn, demo_builder=lambda p: None,
                       demo_path=tmp_path / "none.db")
    qtbot.addWidget(again)
    again.emergency.backups_root = tmp_path / "backups"
    with qtbot.waitSignal(again.emergency.wiped, timeout=30000):
        assert not again.open_path(path, passphrase="wrong three")
    assert not path.exists()
    text = all_settings_text(again.settings)
    assert [line for line in text.splitlines() if str(path) in line] == []
    assert "safety/failed_unlocks/" not in text


@pytest.mark.parametrize("lang", ["hy", "ru"])
def test_a_wrong_guess_is_asked_again_and_counted_in_armenian_and_russian(
        lang: str, qtbot, blank_window: MainWindow, tmp_path: Path, encrypted_case_file,
        monkeypatch) -> None:
    """The wrong passphrase is known by its kind, not by the English word "passphrase" in a
    message that is shown translated: "Try again" is asked and the wipe counts it."""
    from PySide6.QtCore import QCoreApplication

    from caseapp.ui import opener
    from caseapp.ui.language import apply_language

    path = Path(encrypted_case_file.db.path)
    encrypted_case_file.close()
    assert apply_language(QCoreApplication.instance(), lang) == lang
    blank_window.emergency.backups_root = tmp_path / "backups"
    blank_window.settings.setValue(WIPE_AFTER_FAILURES, 2)
    asked: list[int] = []

    def ask_again(_parent, _path, attempt: int) -> str:
        asked.append(attempt)
        return "wrong two"

    monkeypatch.setattr(opener, "ask_passphrase", ask_again)
    with qtbot.waitSignal(blank_window.emergency.wiped, timeout=30000):
        assert not blank_window.open_path(path, passphrase="wrong one")
    assert asked == [1]  # "The passphrase was wrong. Try again."
    assert not path.exists()



def test_a_damaged_travel_copy_is_destroyed_from_the_window_once_confirmed(
        qtbot, blank_window: MainWindow, cases: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from PySide6.QtWidgets import QMessageBox

    from caseapp.ui import travel_actions

    passphrase = TRAVEL_PASSPHRASE
    target = shareable_copy(cases)
    data = bytearray(target.read_bytes())
    data[4096:4096 * 3] = bytes(4096 * 2)  # pages the passphrase no longer opens
    target.write_bytes(bytes(data))
    asked: list[str] = []

    def answer_yes(_parent: object, _title: str, text: str, *args: object) -> object:
        asked.append(text)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "warning", staticmethod(answer_yes))

    def fill(dialog) -> None:
        dialog.path.setText(str(target))
        dialog.passphrase.setText(passphrase)
        dialog.accept()

    fill_modal_then(qtbot, fill)
    travel_actions.destroy_travel_copy(blank_window)  # was: “cannot open”, and no way on
    qtbot.waitUntil(lambda: not target.exists(), timeout=60000)
    assert len(asked) == 2 and "anyway" in asked[1] and str(target) in asked[1]
    assert (cases / "case.db").exists() and (cases / "notes.txt").exists()


@pytest.mark.parametrize("answer", ["yes", "no"])
def test_a_travel_copy_with_changes_not_merged_back_is_destroyed_from_the_window_once_confirmed(
        qtbot, blank_window: MainWindow, cases: Path, monkeypatch: pytest.MonkeyPatch,
        answer: str) -> None:
    """At a border there may be no time to merge back: the window refused such a copy, telling
    the lawyer to "destroy it anyway with --unmerged-ok", an option of the command line. It
    now asks, saying how much would be lost, and destroys it only on Yes."""
    from PySide6.QtWidgets import QMessageBox

    from caseapp.services.travel_merge import open_travel_copy
    from caseapp.ui import travel_actions

    target = shareable_copy(cases)
    travel = open_travel_copy(target, TRAVEL_PASSPHRASE, actor="traveller")
    try:
        place = travel.detention_places.list()[0]
        travel.detention_places.update(place.id, facility="Changed on the road")
    finally:
        travel.close()
    asked: list[str] = []
    reported: list[str] = []
    monkeypatch.setattr(blank_window, "report", lambda exc: reported.append(str(exc)))

    def answer_with(_parent: object, _title: str, text: str, *args: object) -> object:
        asked.append(text)
        if len(asked) == 1 or answer == "yes":  # the first: "overwritten and deleted"
            return QMessageBox.StandardButton.Yes
        return QMessageBox.StandardButton.No

    monkeypatch.setattr(QMessageBox, "warning", staticmethod(answer_with))

    def fill(dialog) -> None:
        dialog.path.setText(str(target))
        dialog.passphrase.setText(TRAVEL_PASSPHRASE)
        dialog.accept()

    fill_modal_then(qtbot, fill)
    travel_actions.destroy_travel_copy(blank_window)
    qtbot.waitUntil(lambda: len(asked) == 2, timeout=60000)
    assert "1 record added or changed" in asked[1] and "anyway" in asked[1]
    assert "--" not in asked[1], asked[1]  # no option of the command line in the window
    if answer == "yes":
        qtbot.waitUntil(lambda: not target.exists(), timeout=60000)
    else:  # (the answer was the last step: nothing runs after it)
        assert target.exists()
    assert reported == []
    assert (cases / "case.db").exists() and (cases / "notes.txt").exists()
