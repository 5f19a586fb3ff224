"""The security parts of the desktop app: the new-file dialog (encrypted by default, weak
passphrases refused with the reason), Change Passphrase, the Backups dialog (back up now,
verify, restore into a new file and open it), a damaged file offering its latest backup,
and the clipboard helper."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QDialog, QFileDialog

from caseapp.config import Location
from caseapp.db.file_checks import file_kind
from caseapp.services.casefile import CaseFile, open_case_file
from caseapp.ui import file_actions
from caseapp.ui import settings as keys
from caseapp.ui.clipboard import copy_sensitive, guard
from caseapp.ui.dialogs.backups import BackupsDialog
from caseapp.ui.dialogs.passphrase import ChangePassphraseDialog
from caseapp.ui.main_window import MainWindow
from caseapp.ui.opener import NewCaseFileDialog
from caseapp.ui.worker import Runner

STRONG = "velvet harbour quince marble"


@pytest.fixture
def window(blank_window: MainWindow) -> MainWindow:
    return blank_window


def save_as(monkeypatch: pytest.MonkeyPatch, path: Path) -> None:
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(path), "")))


# -- a new case file --

def test_new_file_dialog_refuses_a_weak_passphrase_with_the_reason(qtbot) -> None:
    dialog = NewCaseFileDialog("/tmp/x.db")
    qtbot.addWidget(dialog)
    assert not dialog.plain.isChecked()  # encrypted unless the user says otherwise
    assert "can read every record" in dialog.plain_note.text()
    dialog.passphrase.setText("short")
    assert "12 characters" in dialog.fields.meter.label.text()
    dialog.passphrase.setText("password1234")
    dialog.repeat.setText("password1234")
    assert "(not enough)" in dialog.fields.meter.label.text()
    dialog._check()
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert "weak" in dialog.error.text()
    dialog.passphrase.setText(STRONG)
    dialog.repeat.setText(STRONG + "x")
    dialog._check()
    assert "differ" in dialog.error.text()
    dialog.repeat.setText(STRONG)
    assert "strong (enough)" in dialog.fields.meter.label.text()
    dialog._check()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.chosen_passphrase() == STRONG


def fill_new_file_dialog(monkeypatch: pytest.MonkeyPatch, passphrase: str | None) -> None:
    def exec_(self: NewCaseFileDialog) -> int:
        if passphrase is None:
            self.plain.setChecked(True)
        else:
            self.passphrase.setText(passphrase)
            self.repeat.setText(passphrase)
        self.buttons.button(self.buttons.StandardButton.Ok).click()
        return self.result()

    monkeypatch.setattr(NewCaseFileDialog, "exec", exec_)


def test_new_file_from_the_gui_is_encrypted(qtbot, window: MainWindow, tmp_path: Path,
                                            monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "new.db"
    save_as(monkeypatch, path)
    fill_new_file_dialog(monkeypatch, STRONG)
    file_actions.new_file(window)
    assert window.case_file is not None and window.case_file.db.encrypted
    assert file_kind(path) == "encrypted"
    window.settings.sync()
    assert STRONG not in Path(window.settings.fileName()).read_text(encoding="utf-8")


def test_unencrypted_only_when_chosen_and_confirmed(qtbot, window: MainWindow, tmp_path: Path,
                                                    monkeypatch: pytest.MonkeyPatch, message_boxes) -> None:
    path = tmp_path / "plain.db"
    save_as(monkeypatch, path)
    fill_new_file_dialog(monkeypatch, None)
    file_actions.new_file(window)
    assert any(kind == "question" and "without encryption" in text for kind, text in message_boxes)
    assert window.case_file is not None and not window.case_file.db.encrypted
    assert file_kind(path) == "plain"


# -- change passphrase --

def test_change_passphrase_from_the_gui(qtbot, encrypted_case_file: CaseFile) -> None:
    cf = encrypted_case_file
    dialog = ChangePassphraseDialog(cf)
    qtbot.addWidget(dialog)
    dialog.current.setText("not it")
    dialog.fields.passphrase.setText(STRONG)
    dialog.fields.repeat.setText(STRONG)
    dialog.apply()
    assert "current passphrase is wrong" in dialog.error.text()
    assert cf.db.passphrase == "correct horse battery"
    dialog.current.setText("correct horse battery")
    dialog.apply()
    assert dialog.result() == QDialog.DialogCode.Accepted, dialog.error.text()
    assert cf.db.passphrase == STRONG and dialog.backup_problem is None
    assert [b.reason for b in cf.backups.list()] == ["passphrase changed"]
    path = cf.db.path
    cf.close()
    open_case_file(Location(path=path), passphrase=STRONG, actor="t").close()


def test_encrypt_a_plain_file_from_the_gui(qtbot, case_file: CaseFile) -> None:
    dialog = ChangePassphraseDialog(case_file)
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == "Encrypt case file" and dialog.current.isHidden()
    dialog.fields.passphrase.setText(STRONG)
    dialog.fields.repeat.setText(STRONG)
    dialog.apply()
    assert dialog.result() == QDialog.DialogCode.Accepted, dialog.error.text()
    assert case_file.db.encrypted and file_kind(case_file.db.path) == "encrypted"


# -- backups --

def test_backups_dialog_backs_up_verifies_and_restores_into_a_new_file(
        qtbot, demo_file: CaseFile, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        message_boxes) -> None:
    runner = Runner()
    opened: list[tuple[Path, str | None]] = []
    dialog = BackupsDialog(demo_file, runner, open_restored=lambda p, s: opened.append((p, s)))
    qtbot.addWidget(dialog)
    assert dialog.table.rowCount() == 0 and "No backups yet" in dialog.status.text()
    qtbot.mouseClick(dialog.backup_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.table.rowCount() == 1, timeout=20000)
    assert "verified" in dialog.status.text()
    cells = [dialog.table.item(0, c).text() for c in range(dialog.table.columnCount())]
    # made with "Back up now": the reason in words; the demo is not encrypted
    assert cells[1] == "made by hand" and cells[3] == "no" and cells[4] == "yes"
    qtbot.mouseClick(dialog.verify_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "intact" in dialog.status.text(), timeout=20000)

    # Never into the open case file.
    save_as(monkeypatch, demo_file.db.path)
    dialog.restore_selected()
    assert not opened and any("is the open case file. Nothing was written" in t
                              for _k, t in message_boxes)

    target = tmp_path / "restored.db"
    save_as(monkeypatch, target)
    qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
    assert opened == [(target, None)]
    restored = open_case_file(Location(path=target), actor="t")
    assert len(restored.captives.list()) == len(demo_file.captives.list())
    restored.close()

    # An existing file is replaced only when the user says yes.
    answers = iter([])
    monkeypatch.setattr("caseapp.ui.dialogs.backups.QMessageBox.question",
                        staticmethod(lambda *a, **k: next(answers, dialog_no())))
    before = target.read_bytes()
    opened.clear()
    dialog.restore_selected()
    assert not opened and target.read_bytes() == before
    runner.wait()


def dialog_no():
    from PySide6.QtWidgets import QMessageBox

    return QMessageBox.StandardButton.No


def test_backups_menu_and_backup_on_close(qtbot, window: MainWindow, demo_template: Path,
                                          tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "case.db"
    shutil.copyfile(demo_template, path)
    window.settings.setValue(keys.BACKUPS_KEEP, 2)
    assert window.open_path(path)
    store = window.case_file.backups.store
    assert store.keep == 2
    assert store.recorded_keep() == 2  # what `caseapp backup` keeps too
    assert window.actions_by_id["backups"].isEnabled()
    shown: list[BackupsDialog] = []
    monkeypatch.setattr(BackupsDialog, "exec", lambda self: shown.append(self) or 0)
    window.actions_by_id["backups"].trigger()
    assert shown and shown[0].case_file is window.case_file
    window.autobackup.check()  # the daily check: none yet, so one now
    # Wait for the check's work to be over and reported, not for the backup file to appear:
    # its sidecar (reason, verified) is written after it.
    qtbot.waitUntil(lambda: window.runner.active == 0, timeout=20000)
    assert [(b.reason, b.verified) for b in store.list()] == [("daily", True)]
    window.autobackup.check()  # not due again today
    qtbot.waitUntil(lambda: window.runner.active == 0, timeout=20000)
    assert len(store.list()) == 1
    window.set_case_file(None)  # closing backs up
    assert [b.reason for b in store.list()] == ["close", "daily"]


def test_damaged_file_offers_its_latest_backup(qtbot, window: MainWindow, demo_template: Path,
                                               tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                               message_boxes) -> None:
    path = tmp_path / "case.db"
    shutil.copyfile(demo_template, path)
    cf = open_case_file(Location(path=path), actor="t")
    count = len(cf.captives.list())
    cf.backups.backup_now("auto")
    cf.close()
    data = bytearray(path.read_bytes())
    for offset in range(4096 * 3, len(data), 4096 * 2):
        data[offset:offset + 300] = b"\xa5" * 300
    path.write_bytes(bytes(data))
    damaged = path.read_bytes()
    target = tmp_path / "case-restored.db"
    save_as(monkeypatch, target)
    assert window.open_path(path)
    assert any(kind == "question" and "damaged" in text for kind, text in message_boxes)
    assert window.case_file is not None and window.case_file.db.path == target
    assert len(window.case_file.captives.list()) == count
    assert path.read_bytes() == damaged  # never written to


# -- the clipboard --

def test_copied_case_data_leaves_the_clipboard_after_the_interval(qtbot) -> None:
    clipboard = QGuiApplication.clipboard()
    copy_sensitive("Captive name", 0.2)
    assert clipboard.text() == "Captive name" and guard().pending
    qtbot.waitUntil(lambda: clipboard.text() == "", timeout=3000)
    # What someone else copied meanwhile is left alone.
    copy_sensitive("Another name", 0.2)
    clipboard.setText("the user's own text")
    qtbot.waitUntil(lambda: not guard().pending, timeout=3000)  # the interval is over
    assert clipboard.text() == "the user's own text"
    clipboard.clear()


def test_ctrl_c_in_the_captives_list_copies_sensitively(qtbot, ui) -> None:
    from caseapp.ui.views.captives import CaptivesView

    held = ui.case_file.captives.create(names=["Aaron Held"], status="held").id
    view = CaptivesView(ui)
    qtbot.addWidget(view)
    view.show()
    qtbot.waitUntil(lambda: view.model.row_of(held) >= 0, timeout=10000)
    view.select_captive(held)
    view.table.setFocus()
    with qtbot.waitSignal(view.message):
        view.copy_selected()
    name = view.model.index(view.table.currentIndex().row(), 0).data()  # the name as shown
    assert name and name in QGuiApplication.clipboard().text() and guard().pending
    status = view.model.index(view.table.currentIndex().row(), 2)  # "Held" in the cell
    whole = status.data(Qt.ItemDataRole.ToolTipRole)  # "Held, no charges known"
    assert whole != status.data() and whole in QGuiApplication.clipboard().text().split("\t")
    guard().clear()
    assert QGuiApplication.clipboard().text() == ""


@pytest.mark.parametrize("lang", ["hy", "ru"])
def test_opening_and_restoring_ask_in_armenian_and_russian(
        lang: str, qtbot, encrypted_case_file: CaseFile, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch, message_boxes) -> None:
    """The questions asked outside any dialog's own class (the passphrase prompt, restoring a
    backup made under another passphrase) are in the interface's language: none of their
    texts is left in English, and the backup's own passphrase is asked for again."""
    import re

    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QInputDialog, QWidget

    from caseapp.ui import opener
    from caseapp.ui.dialogs import backups
    from caseapp.ui.language import apply_language
    from tests.conftest import ENCRYPTED_PASSPHRASE

    info = encrypted_case_file.backups.backup_now()
    case_path = Path(encrypted_case_file.db.path)
    assert apply_language(QCoreApplication.instance(), lang) == lang
    parent = QWidget()
    qtbot.addWidget(parent)
    asked: list[str] = []

    def answer(_parent, title: str, label: str, *_a, **_k) -> tuple[str, bool]:
        asked.append(f"{title}\n{label}")
        return ("not it", True) if len(asked) == 2 else (ENCRYPTED_PASSPHRASE, True)

    monkeypatch.setattr(QInputDialog, "getText", staticmethod(answer))
    assert opener.ask_passphrase(parent, case_path, 1) == ENCRYPTED_PASSPHRASE
    target = tmp_path / "restored.db"
    save_as(monkeypatch, target)
    assert backups.restore_into_new_file(parent, info.path, case_path, None) \
        == (target, ENCRYPTED_PASSPHRASE)
    assert len(asked) == 3  # the case file's prompt; the backup's, then again after a wrong one
    english = [t for t in asked
               if re.search(r"\b(?:passphrase|backup|wrong|again|encrypted)\b", t, re.IGNORECASE)]
    assert english == []
