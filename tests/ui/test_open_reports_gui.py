"""What the window says on open: an audit log cut short outside CaseApp is shown, a file
that is not a case file is reported without asking for a passphrase, SQLite's own report
is behind "Show Details…", and the Backups dialog never offers a damaged backup."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from caseapp.config import Location
from caseapp.services.casefile import CaseFile, open_case_file
from caseapp.ui import opener
from caseapp.ui.dialogs.backups import BackupsDialog
from caseapp.ui.main_window import MainWindow
from caseapp.ui.worker import Runner
from tests.conftest import TODAY


@pytest.fixture
def window(blank_window: MainWindow) -> MainWindow:
    return blank_window


def test_a_cut_off_audit_log_is_shown_on_open(window: MainWindow, tmp_path: Path,
                                              message_boxes) -> None:
    path = tmp_path / "case.db"
    cf = open_case_file(Location(path=path), create=True, actor="t", today=lambda: TODAY)
    cf.organisations.create(name="Հելսինկյան կոմիտե")
    cf.organisations.create(name="Second")
    cf.close()
    with sqlite3.connect(path) as conn:
        conn.execute("DELETE FROM audit_entries WHERE id = 2")
    assert window.open_path(path)
    assert ("warning", "1 audit entry was removed outside CaseApp: the log holds 1, CaseApp "
            "wrote 2.") in message_boxes


def test_a_text_file_is_reported_without_asking_a_passphrase(window: MainWindow, tmp_path: Path,
                                                              monkeypatch: pytest.MonkeyPatch,
                                                              message_boxes) -> None:
    path = tmp_path / "notes.db"
    path.write_text("Not a database: Հանձնարարական նամակ\n" * 50, encoding="utf-8")
    asked: list[Path] = []
    monkeypatch.setattr(opener, "ask_passphrase", lambda _p, p, _n: asked.append(p))
    assert not window.open_path(path)
    assert asked == []
    assert message_boxes == [("box", f"Cannot open {path}: it is a text file, not a CaseApp case file. "
                                     "Nothing was changed.")]


def test_sqlite_details_are_behind_show_details(window: MainWindow, tmp_path: Path,
                                                message_boxes) -> None:
    path = tmp_path / "case.db"
    cf = open_case_file(Location(path=path), create=True, actor="t", today=lambda: TODAY)
    for i in range(60):
        cf.captives.create(names=[f"Captive {i}"], summary="x" * 400)
    cf.close()
    data = bytearray(path.read_bytes())
    for page in range(2, len(data) // 4096, 3):
        data[page * 4096 + 200: page * 4096 + 240] = bytes(b ^ 0x5A for b in data[page * 4096 + 200: page * 4096 + 240])
    path.write_bytes(bytes(data))
    assert not window.open_path(path)
    [(kind, text)] = message_boxes
    first, *details = text.split("\n")
    assert kind == "box" and first.startswith(f"Cannot open {path}: the file is damaged")
    assert "SQLite's check found" in first
    assert details  # SQLite's own report, on request only


def test_backups_dialog_never_offers_a_damaged_backup(qtbot, demo_file: CaseFile) -> None:
    runner = Runner()
    info = demo_file.backups.backup_now("manual")
    data = bytearray(info.path.read_bytes())
    data[len(data) // 2] ^= 0x01
    info.path.write_bytes(bytes(data))
    dialog = BackupsDialog(demo_file, runner)
    qtbot.addWidget(dialog)
    assert dialog.table.item(0, 4).text() == "damaged: do not restore"
    dialog.table.selectRow(0)
    assert not dialog.restore_button.isEnabled() and dialog.verify_button.isEnabled()
    runner.wait()
