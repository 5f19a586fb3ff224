"""The daily backup failing (a full or unplugged backup drive) was said once in the status
bar, every hour, and went unseen for weeks: a banner says it now, with the reason, until a
backup is made again or the file closes."""

from __future__ import annotations

from pathlib import Path

import pytest

from caseapp.domain.errors import CaseAppError
from caseapp.services.backup import BackupService
from caseapp.ui.main_window import MainWindow
from tests.ui.small_screen import main_window

WAIT = 10000
FULL = "No space left on the disk while writing the backup to /media/usb/backups."


@pytest.fixture
def window(qtbot, tmp_path: Path, demo_copy: Path):
    w = main_window(qtbot, tmp_path, "en", size=(1280, 800))
    assert w.open_path(demo_copy)
    yield w
    w.close()


def test_a_failing_daily_backup_stays_said_until_one_is_made(
        qtbot, window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> None:
    real = BackupService.backup_now

    def disk_full(_self: BackupService, reason: str = "manual") -> None:
        raise CaseAppError(FULL)
    monkeypatch.setattr(BackupService, "backup_now", disk_full)
    banner = window.backup_banner
    assert not banner.isVisible()
    window.autobackup.check()
    qtbot.waitUntil(banner.isVisible, timeout=WAIT)
    assert banner.text.text().startswith(
        "The daily backup failed: No space left on the disk while writing the backup to "
        "/media/usb/backups. The case file itself is unchanged")
    window.statusBar().clearMessage()  # the status bar forgets: the banner does not
    qtbot.wait(50)
    assert banner.isVisible()

    monkeypatch.setattr(BackupService, "backup_now", real)  # the drive is back
    window.autobackup.check()
    qtbot.waitUntil(lambda: not banner.isVisible(), timeout=WAIT)
    cf = window.session.case_file
    assert cf is not None and cf.backups.store.latest_verified() is not None


def test_closing_the_file_takes_the_banner_away(qtbot, window: MainWindow,
                                                monkeypatch: pytest.MonkeyPatch) -> None:
    def disk_full(_self: BackupService, reason: str = "manual") -> None:
        raise CaseAppError(FULL)
    monkeypatch.setattr(BackupService, "backup_now", disk_full)
    window.autobackup.check()
    qtbot.waitUntil(window.backup_banner.isVisible, timeout=WAIT)
    window.close_file()
    assert not window.backup_banner.isVisible()
