"""The start as a user gets it: the view the window opens on gets its rows first; the work
of the open that shows nothing yet (the full integrity check, the reminders, the rules)
begins once they are there, and the deadline rules are not imported before."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings

from caseapp.config import Location
from caseapp.services.casefile import CaseFile, open_case_file
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


def test_the_window_and_the_captives_list_import_no_sqlalchemy() -> None:
    code = (
        "import sys\n"
        "import caseapp.app\n"
        "caseapp.app._import_before_qt()\n"
        "import caseapp.ui.main_window, caseapp.ui.views.captives\n"
        "print([m for m in ('sqlalchemy', 'caseapp.db.models', 'caseapp.services.base',"
        " 'caseapp.services.overview', 'caseapp.services.deadline_engine',"
        " 'caseapp.domain.rules', 'holidays') if m in sys.modules])\n")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          check=True, timeout=120)
    # neither SQLAlchemy with the models and the services, nor the deadline rules
    assert done.stdout.splitlines() == ["[]"]


# A whole start, as a user's: ``caseapp --db FILE`` opening on the captives list; the
# event loop replaced by one that notes what is imported when the list is filled.
_START = r"""
import os, sys, time
if os.environ.get("CASEAPP_TEST_KDF"):  # the tests' few iterations (tests/key_derivation.py)
    from tests.key_derivation import use_test_key_derivation
    use_test_key_derivation()
import caseapp.app as app_module

expected = int(sys.argv[2])
before_qt = app_module._import_before_qt

def until_filled(app):
    from PySide6.QtCore import QCoreApplication, QEventLoop
    from PySide6.QtWidgets import QApplication
    from caseapp.ui.main_window import MainWindow
    window = next(w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow))
    while window.views["captives"].model.rowCount() < expected:
        QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 20)
    print(filled)
    print(window.windowTitle())
    sys.stdout.flush()
    os._exit(0)

filled = []

def patched():
    before_qt()
    from PySide6.QtWidgets import QApplication
    from caseapp.ui import settings as keys
    from caseapp.ui.models.captives import CaptivesTableModel
    set_rows = CaptivesTableModel.set_rows

    def noting(self, rows):
        filled.append(sorted(m for m in ("sqlalchemy", "caseapp.services.base",
                                         "caseapp.domain.reports", "pathvalidate")
                             if m in sys.modules))
        return set_rows(self, rows)
    CaptivesTableModel.set_rows = noting
    QApplication.exec = until_filled
    keys.open_settings().setValue(keys.LAST_VIEW, "captives")

app_module._import_before_qt = patched
sys.argv = ["caseapp", "--db", sys.argv[1]]
from caseapp.cli import main
sys.exit(main())
"""


@pytest.mark.parametrize("encrypted", [False, True])
def test_a_start_shows_the_captives_before_importing_sqlalchemy(
        demo_template: Path, tmp_path: Path, encrypted: bool) -> None:
    path = copy_of(demo_template, tmp_path / "case.db")
    env = {k: v for k, v in os.environ.items() if not k.startswith(("CASEAPP_", "XDG_"))}
    env.update(QT_QPA_PLATFORM="offscreen", XDG_CONFIG_HOME=str(tmp_path / "config"),
               XDG_DATA_HOME=str(tmp_path / "data"), XDG_STATE_HOME=str(tmp_path / "state"))
    if encrypted:  # the demo encrypted with a passphrase (it opens on the derived key)
        cf = open_case_file(Location(path=path), actor="tester")
        try:
            cf.change_passphrase(None, "orchard granite lantern seven")
        finally:
            cf.close()
        env.update(CASEAPP_PASSPHRASE="orchard granite lantern seven", CASEAPP_TEST_KDF="1")
    done = subprocess.run([sys.executable, "-c", _START, str(path), "25"], capture_output=True,
                          text=True, env=env, timeout=300, cwd=Path(__file__).parents[2])
    assert done.returncode == 0, done.stderr[-2000:]
    # the demo's 25 captives listed, neither SQLAlchemy nor the services imported yet, nor
    # what documents and file names need (the dossier's types, pathvalidate)
    assert done.stdout.splitlines() == ["[[]]", "CaseApp — case.db"]


def test_the_sources_pyside_reads_at_an_import_are_not_kept() -> None:
    code = (
        "import linecache, sys\n"
        "import PySide6.QtWidgets\n"
        "from caseapp.app import forget_sources_read_by_pyside\n"
        "if sys.argv[1] == 'forget':\n"
        "    forget_sources_read_by_pyside()\n"
        "import caseapp.services.audit\n"  # imports these two with "from … import"
        "import caseapp.db.base as base, caseapp.db.audit_chain as chain\n"
        "print([m.__file__ in linecache.cache for m in (base, chain)])\n"
        "print(len(linecache.getlines(base.__file__)) > 10)\n")  # a traceback reads it again
    kept, forgotten = (
        subprocess.run([sys.executable, "-c", code, how], capture_output=True, text=True,
                       check=True, timeout=120).stdout.splitlines()
        for how in ("keep", "forget"))
    assert kept == ["[True, True]", "True"]  # what PySide6 does by itself
    assert forgotten == ["[False, False]", "True"]


def test_the_import_hook_gets_pysides_own_answer_without_reading_through_inspect() -> None:
    """The start answers PySide6's "does this module use PySide6?" from the file's bytes
    (inspect's reading cost about 30 ms of the start): each module gets the feature
    setting PySide6's own reading gives it, 0 for a module naming PySide6, -1 ("ignore")
    for one that does not."""
    code = (
        "import inspect, sys\n"
        "import PySide6.QtWidgets\n"
        "from shibokensupport import feature\n"
        "from caseapp.app import forget_sources_read_by_pyside\n"
        "if sys.argv[1] == 'start':\n"
        "    forget_sources_read_by_pyside()\n"
        "calls = []\n"
        "getsource = inspect.getsource\n"
        "inspect.getsource = lambda o: calls.append(o) or getsource(o)\n"
        "import caseapp.ui.theme, caseapp.domain.dates, caseapp.ui.formats\n"
        "print(sorted((n, v) for n, v in feature.pyside_feature_dict.items()\n"
        "             if n.startswith('caseapp')))\n"
        "print(any(getattr(o, '__name__', '').startswith('caseapp.') for o in calls))\n")
    pyside, start = (
        subprocess.run([sys.executable, "-c", code, how], capture_output=True, text=True,
                       check=True, timeout=120, cwd=Path(__file__).parents[2]).stdout.splitlines()
        for how in ("pyside", "start"))
    assert pyside[0] == start[0] and pyside[1] == "True"
    assert start[1] == "False"  # the start read no source through inspect
    assert ", 0)" in pyside[0] and ", -1)" in pyside[0]  # both answers are given
