"""The start as a user gets it: the view the window opens on gets its rows first; the work
of the open that shows nothing yet (the full integrity check, the reminders, the rules)
begins once they are there, and the deadline rules are not imported before."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import QSettings

from caseapp.services.casefile import CaseFile
from caseapp.ui import settings as keys
from caseapp.ui.main_window import MainWindow
from caseapp.ui.notifier import Notifier
from tests.conftest import copy_of
from tests.ui.test_main_window import settings, window  # noqa: F401 - fixtures


def test_the_open_checks_and_reminds_once_the_view_shown_has_its_rows(
        qtbot, window: MainWindow, settings: QSettings, demo_template: Path,  # noqa: F811
        tmp_path: Path, monkeypatch) -> None:
    settings.setValue(keys.LAST_VIEW, "captives")
    rows_listed: dict[str, int] = {}
    check, start = CaseFile.check_in_background, Notifier.start

    def checking(self, done):  # type: ignore[no-untyped-def]
        rows_listed["check"] = window.views["captives"].model.rowCount()
        return check(self, done)

    def starting(self, ui):  # type: ignore[no-untyped-def]
        if ui is not None:
            rows_listed["reminders"] = window.views["captives"].model.rowCount()
        return start(self, ui)

    monkeypatch.setattr(CaseFile, "check_in_background", checking)
    monkeypatch.setattr(Notifier, "start", starting)
    assert window.open_path(copy_of(demo_template, tmp_path / "case.db"))
    assert window.current_view_id() == "captives"
    qtbot.waitUntil(lambda: len(rows_listed) == 2, timeout=30000)
    # the demo's 25 captives, every one listed before either began
    assert rows_listed == {"check": 25, "reminders": 25}
    window.runner.wait()


def test_a_file_closed_before_its_view_is_filled_starts_no_check(
        qtbot, window: MainWindow, settings: QSettings, demo_template: Path,  # noqa: F811
        tmp_path: Path, monkeypatch) -> None:
    checked: list[CaseFile] = []
    monkeypatch.setattr(CaseFile, "check_in_background",
                        lambda self, done: checked.append(self))
    assert window.open_path(copy_of(demo_template, tmp_path / "first.db"))
    first = window.case_file
    window.close_file()  # before the event loop turned once
    assert window.open_path(copy_of(demo_template, tmp_path / "second.db"))
    second = window.case_file
    qtbot.waitUntil(lambda: checked != [], timeout=30000)
    window.runner.wait()
    qtbot.waitUntil(lambda: window.runner.active == 0, timeout=30000)
    assert checked == [second] and first is not second


def test_the_window_and_the_captives_list_import_no_deadline_rules() -> None:
    code = (
        "import sys\n"
        "import caseapp.app\n"
        "caseapp.app._import_before_qt()\n"
        "before = {m for m in sys.modules if m.startswith('caseapp.services.')}\n"
        "import caseapp.ui.main_window, caseapp.ui.views.captives\n"
        "after = {m for m in sys.modules if m.startswith('caseapp.services.')}\n"
        "print(sorted(after - before))\n"
        "print([m for m in ('caseapp.services.deadline_engine', 'caseapp.domain.rules',"
        " 'caseapp.domain.rule_files', 'caseapp.domain.deadline_full', 'holidays')"
        " if m in sys.modules])\n")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          check=True, timeout=120)
    # every service the window's modules use is imported before PySide6 (its import hook
    # slows every module imported after it), and none of the deadline rules at all
    assert done.stdout.splitlines() == ["[]", "[]"]
