"""Lock and unlock through the GUI (pytest-qt): after locking no widget holds case data
and the case file is closed; a wrong passphrase is refused with the growing delay shown
and the window stays locked; the right one reopens on the same view. Auto-lock fires
after the idle interval and discards (and says so) what was typed in an open dialog.

Wrong passphrases go through a throttle with a fake sleep, so nothing here sleeps. Key
derivation makes every open of an encrypted file take a second or so: opens are few.
"""

from __future__ import annotations

import shutil
import stat
from pathlib import Path

import pytest
import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent, QModelIndex, QSettings, Qt, QTimer
from PySide6.QtWidgets import QAbstractItemView, QDialog, QLabel, QLineEdit, QMessageBox

from caseapp.db import opening
from caseapp.services.backup import BackupStore
from caseapp.services.casefile import open_case_file
from caseapp.services.security import rekey_file
from caseapp.ui.main_window import MainWindow
from tests.conftest import TODAY, copy_of

PASS = "quartz meadow lantern ferry"


def opener(location, **kwargs):
    return open_case_file(location, today=lambda: TODAY, **kwargs)


@pytest.fixture(scope="session")
def encrypted_demo(demo_template: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The shared demo, encrypted with PASS (read-only: tests copy it)."""
    path = copy_of(demo_template, tmp_path_factory.mktemp("encrypted-demo") / "demo.db")
    rekey_file(path, None, PASS)
    path.chmod(stat.S_IRUSR)
    return path


@pytest.fixture(autouse=True)
def _qt_hygiene(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, str]]:
    """No message box blocks (what they said is kept)."""
    shown: list[tuple[str, str]] = []

    def record(kind: str, answer: object = QMessageBox.StandardButton.Ok):
        def box(_parent: object, _title: str, text: str, *args: object, **kwargs: object) -> object:
            shown.append((kind, text))
            return answer
        return staticmethod(box)

    for kind in ("warning", "critical", "information"):
        monkeypatch.setattr(QMessageBox, kind, record(kind))
    monkeypatch.setattr(QMessageBox, "question", record("question", QMessageBox.StandardButton.Yes))
    return shown


@pytest.fixture
def sleeps(unlock_sleeps: list[float]) -> list[float]:
    """The wrong-passphrase throttle's waits, recorded instead of slept (tests/conftest.py)."""
    return unlock_sleeps


def make_window(qtbot, tmp_path: Path) -> MainWindow:
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    window = MainWindow(settings, opener, demo_builder=lambda p: None, demo_path=tmp_path / "none.db")
    qtbot.addWidget(window)
    window.show()
    return window


def texts_shown(window: MainWindow) -> str:
    """Every text a widget of the window holds: labels, line edits and item views."""
    parts = [window.windowTitle(), window.statusBar().currentMessage()]
    for label in window.findChildren(QLabel):
        parts.append(label.text())
    for edit in window.findChildren(QLineEdit):
        parts.append(edit.text())
    for view in window.findChildren(QAbstractItemView):
        model = view.model()
        if model is None:
            continue
        root = QModelIndex()
        for row in range(model.rowCount(root)):
            col = 0
            while model.index(row, col, root).isValid():
                parts.append(str(model.index(row, col, root).data() or ""))
                col += 1
    return "\n".join(parts)


def flush_deletions() -> None:
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def test_lock_clears_everything_and_the_right_passphrase_returns_to_the_same_view(
        qtbot, tmp_path: Path, encrypted_demo: Path, sleeps: list[float]) -> None:
    path = tmp_path / "secret.db"
    shutil.copyfile(encrypted_demo, path)
    window = make_window(qtbot, tmp_path)
    assert window.open_path(path, passphrase=PASS)
    cf = window.case_file
    assert cf is not None and cf.db.encrypted
    names = [c.primary_name for c in cf.captives.list()]
    window.show_view("captives")
    captives = window.views["captives"]
    qtbot.waitUntil(lambda: captives.model.rowCount() == len(names), timeout=10000)
    assert names[0] in texts_shown(window)

    window.actions_by_id["lock"].trigger()  # Ctrl+L and the toolbar button
    assert window.locker.locked
    assert window.case_file is None and window.ui is None and not window.views
    assert cf.db.passphrase is None  # the key was dropped with the closed file
    assert window.pages.currentWidget() is window.locker.page
    assert window.nav.count() == 0 and window.undo.count() == 0
    assert path.name not in window.windowTitle() and window.file_label.text() == ""
    flush_deletions()
    assert not shiboken6.isValid(captives)
    shown = texts_shown(window)
    assert not any(name in shown for name in names)
    assert not window.actions_by_id["new_captive"].isEnabled()
    assert not window.actions_by_id["lock"].isEnabled()

    # Two wrong passphrases before: this third one in a row waits 1 s (fake) and says so.
    opening.UNLOCK_THROTTLE.failed(path)
    opening.UNLOCK_THROTTLE.failed(path)
    page = window.locker.page
    qtbot.keyClicks(page.passphrase, "not the passphrase")
    qtbot.mouseClick(page.unlock_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.unlock_button.isEnabled() and "wrong" in page.message.text(),
                    timeout=20000)
    assert sleeps == [1.0]
    assert "3 times in a row" in page.message.text() and "waited 1 s" in page.message.text()
    assert "next wrong passphrase waits 2 s" in page.message.text()
    assert window.locker.locked and window.case_file is None
    assert page.passphrase.text() == ""  # not kept in the field either

    qtbot.keyClicks(page.passphrase, PASS)
    qtbot.keyClick(page.passphrase, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.case_file is not None, timeout=20000)
    assert not window.locker.locked
    assert window.current_view_id() == "captives"
    assert window.case_file.db.encrypted
    qtbot.waitUntil(lambda: window.views["captives"].model.rowCount() == len(names), timeout=10000)
    assert window.actions_by_id["lock"].isEnabled()

    window.close()  # backed up on close, encrypted like the case file
    backups = BackupStore(path).list()
    assert [b.reason for b in backups] == ["close"]
    assert backups[0].encrypted and backups[0].verified


def test_plain_file_locks_too_and_unlocks_without_a_passphrase(
        qtbot, tmp_path: Path, demo_template: Path) -> None:
    path = tmp_path / "plain.db"
    shutil.copyfile(demo_template, path)
    window = make_window(qtbot, tmp_path)
    assert window.open_path(path)
    window.show_view("deadlines")
    window.locker.lock()
    page = window.locker.page
    assert window.case_file is None and window.pages.currentWidget() is page
    assert not page.passphrase.isVisible()
    assert "not encrypted" in page.explain.text()
    qtbot.mouseClick(page.unlock_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.case_file is not None, timeout=10000)
    assert window.current_view_id() == "deadlines"
    window.close()


def test_auto_lock_after_idle_discards_an_open_dialog_and_says_so(
        qtbot, tmp_path: Path, demo_template: Path) -> None:
    path = tmp_path / "plain.db"
    shutil.copyfile(demo_template, path)
    window = make_window(qtbot, tmp_path)
    assert window.open_path(path)
    window.locker.set_idle_interval_ms(200)
    dialog = QDialog(window)
    edit = QLineEdit(dialog)
    edit.setText("typed but not saved")
    QTimer.singleShot(8000, lambda: shiboken6.isValid(dialog) and dialog.done(99))  # never hang
    result = dialog.exec()  # the lock fires inside the dialog's loop and rejects it
    assert result == QDialog.DialogCode.Rejected
    qtbot.waitUntil(lambda: window.locker.locked and window.case_file is None, timeout=5000)
    note = window.locker.page.note.text()
    assert "without use" in note and "discarded" in note
    flush_deletions()
    assert "typed but not saved" not in texts_shown(window)
    assert not window.locker.watcher.timer.isActive()  # no second lock while locked
    window.locker.close_file()
    assert window.pages.currentWidget() is window.welcome and not window.locker.locked
    window.close()


def test_activity_postpones_the_auto_lock(qtbot, tmp_path: Path, demo_template: Path) -> None:
    """Every key press and mouse action starts the idle countdown again from its full
    interval (seen as the timer being started again, so nothing here waits for time)."""
    path = tmp_path / "plain.db"
    shutil.copyfile(demo_template, path)
    window = make_window(qtbot, tmp_path)
    assert window.open_path(path)
    window.locker.set_idle_interval_ms(600_000)  # ten minutes: never reached here
    # the window hears input for it once its first view shows (tests/ui/test_session.py)
    qtbot.waitUntil(lambda: window.locker.watcher.filtering, timeout=30_000)
    timer = window.locker.watcher.timer
    restarts: list[tuple[object, ...]] = []
    start = timer.start

    def recorded_start(*args: object) -> None:
        restarts.append(args)
        start(*args)

    timer.start = recorded_start
    qtbot.keyClick(window.nav, Qt.Key.Key_Down)  # a key press starts the idle time again
    assert restarts and all(args == () for args in restarts)  # with the same interval
    after_keys = len(restarts)
    qtbot.mouseMove(window.nav, window.nav.rect().center())  # and so does the mouse
    qtbot.mouseClick(window.nav, Qt.MouseButton.LeftButton)
    assert len(restarts) >= after_keys + 2 and all(args == () for args in restarts)
    assert timer.isActive() and timer.interval() == 600_000
    assert not window.locker.locked
    window.close()
