"""Shared fixtures: every test gets a fresh case file in its own temporary folder.

Case files are made once per test session and copied for each test: an empty one (making
a case file runs every migration) and the fictional demo (building it takes seconds; it is
built here and nowhere else in the suite, except by the tests of the demo builder itself,
whose two builds run beside the first tests: ``demo_built_elsewhere``). Encryption keys are
derived with few iterations (tests/key_derivation.py). How the suite is kept fast:
docs/testing.md.
"""

from __future__ import annotations

import contextlib
import gc
import json
import os
import re
import shutil
import stat
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from tests.key_derivation import use_test_key_derivation

use_test_key_derivation()  # before any encrypted file is made: see tests/key_derivation.py

from caseapp.config import Location  # noqa: E402
from caseapp.db import opening  # noqa: E402
from caseapp.demo.case_file import DemoSummary, build_demo  # noqa: E402
from caseapp.domain import messages  # noqa: E402
from caseapp.services.casefile import CaseFile, open_case_file  # noqa: E402
from tests.head_image import HeadImage  # noqa: E402
from tests.run_folder import the_runs_folder, under_xdist  # noqa: E402

# The garbage collector's youngest generation is collected every 10,000 allocations, not
# every 700: each worker keeps about a million objects alive (the imports, SQLAlchemy's
# statements compiled for every engine the tests made), and at 700 the collector promoted the
# tests' short-lived objects into the oldest generation and scanned it often. Measured on the
# whole suite: 67 of the services' and the command line's 350 worker-seconds were collections.
# At 10,000 they take a third of that, for 3% more memory. Only the tests' own processes: the
# app keeps Python's default, which made no difference to it (docs/testing.md).
gc.set_threshold(10_000, 10, 10)

# Tests run on a fixed "today" so that rules about future dates and day counts are stable.
TODAY = date(2026, 11, 27)


def _patient_waits() -> None:
    """pytest-qt gives up a wait after 5 s unless told otherwise. On the busy 2-core CI
    machine a background read can take longer than that, so every wait gets at least 30 s
    (a test's own 10 s gave out once on a machine loaded nine deep); a wait that succeeds
    still returns as soon as its condition holds, and no test waits for something that
    should not happen.

    The wait is timed on the monotonic clock: pytest-qt's ``waitUntil`` reads the wall
    clock (``time.time``), and a CI run failed a wait that had lasted under 5 s (pytest's
    own, monotonic, duration of the test) with "timed out in 30000 milliseconds": the
    machine's clock had been set forward meanwhile. Its contract is kept: the callback
    returns True, False or None, or raises AssertionError while not yet true."""
    from pytestqt.exceptions import TimeoutError as WaitTimeout
    from pytestqt.qtbot import QtBot

    wait_signal = QtBot.waitSignal
    least = 30000

    def at_least(timeout: int | None) -> int | None:
        return timeout if timeout is None or timeout <= 0 else max(timeout, least)  # <= 0: forever

    def patient_wait_until(self: QtBot, callback, *, timeout: int = least):  # type: ignore[no-untyped-def]
        __tracebackhide__ = True
        limit = at_least(timeout)
        end = None if limit is None or limit <= 0 else time.monotonic() + limit / 1000
        message = f"waitUntil timed out in {limit} milliseconds"
        while True:
            try:
                result = callback()
            except AssertionError as failed:
                if end is not None and time.monotonic() > end:
                    raise WaitTimeout(message) from failed
            else:
                if result not in (None, True, False):
                    raise ValueError(f"waitUntil() callback must return None, True or False, "
                                     f"returned {result!r}")
                if result is None or result:
                    return
                if end is not None and time.monotonic() > end:
                    raise WaitTimeout(message)
            self.wait(10)

    def patient_wait_signal(self: QtBot, signal=None, *, timeout: int = least, **kwargs):  # type: ignore[no-untyped-def]
        return wait_signal(self, signal, timeout=at_least(timeout), **kwargs)

    QtBot.waitUntil = patient_wait_until  # type: ignore[method-assign]
    QtBot.waitSignal = patient_wait_signal  # type: ignore[method-assign]


_patient_waits()
ENCRYPTED_PASSPHRASE = "correct horse battery"


@pytest.fixture
def tmp_path(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """pytest's ``tmp_path``, made in constant time: pytest numbers each test's folder by
    listing every folder the worker made before it (about 20 s of the workers' time over a
    full run, growing with the square of the tests). Same place (the run's temporary folder,
    kept as pytest keeps it), the test's name as the folder's prefix, private to the user."""
    name = re.sub(r"\W", "_", request.node.name)[:30]
    return Path(tempfile.mkdtemp(prefix=f"{name}-", dir=tmp_path_factory.getbasetemp()))


@pytest.fixture(scope="session", autouse=True)
def _child_processes_share_compiled_modules(
        tmp_path_factory: pytest.TempPathFactory) -> Iterator[None]:
    """Python processes the tests start (CLI runs, the crash tests' writer, the marker test)
    keep the modules they compile in one folder of the session, so only the first compiles
    SQLAlchemy, Alembic and CaseApp (PYTHONDONTWRITEBYTECODE, set on the project's machines,
    would make each compile them all again: seconds per process). The source tree is not written.
    Under xdist the workers share the folder (in the run's temporary folder, above each
    worker's): the first child process of the run compiles, not the first of each worker."""
    base = tmp_path_factory.getbasetemp()
    folder = (base.parent if os.environ.get("PYTEST_XDIST_WORKER") else base) / "pycache"
    with pytest.MonkeyPatch.context() as patch:
        patch.delenv("PYTHONDONTWRITEBYTECODE", raising=False)
        patch.setenv("PYTHONPYCACHEPREFIX", str(folder))
        yield


@pytest.fixture(scope="session", autouse=True)
def _workers_keep_their_core_limit() -> Iterator[None]:
    """The commands the tests run in their own process do not lower the test worker's core
    limit for the rest of the session (a start sets it to one byte, which no process may raise
    again): the crash test's control in tests/test_no_core_dumps.py needs the limit the worker
    started with. What a start does is checked there, in a process of its own."""
    from caseapp.cli import entry

    kept = entry.forbid_core_dumps
    entry.forbid_core_dumps = lambda: None
    yield
    entry.forbid_core_dumps = kept


@pytest.fixture(scope="session", autouse=True)
def _new_files_copy_the_migrated_schema() -> Iterator[HeadImage]:
    """A new plain case file's schema is copied from an image migrated once per process
    (tests/head_image.py), not migrated again revision by revision."""
    from caseapp.db import migrate

    image = HeadImage(migrate._run)
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(migrate, "_run", image.run)
        yield image
    image.close()


@pytest.fixture(autouse=True)
def _real_migrations_when_marked(request: pytest.FixtureRequest,
                                 _new_files_copy_the_migrated_schema: HeadImage) -> Iterator[None]:
    """A test marked ``real_migrations`` makes its new files with every revision."""
    image = _new_files_copy_the_migrated_schema
    image.enabled = request.node.get_closest_marker("real_migrations") is None
    yield
    image.enabled = True


@pytest.fixture(autouse=True)
def _isolated_environment(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """No test reads the user's real case file, settings or environment."""
    for name in ("CASEAPP_DB", "CASEAPP_DATABASE_URL", "CASEAPP_PASSPHRASE", "CASEAPP_USER"):
        monkeypatch.delenv(name, raising=False)
    for name in ("LANGUAGE", "LC_ALL", "LC_MESSAGES"):  # documents default to English, whoever runs the tests
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("LANG", "C.UTF-8")
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg-data"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "xdg-config"))
    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path / "xdg-state"))  # the support log (a CLI child's)
    # the messages' language is the process's: each test starts and ends in English, whatever
    # the one before it chose (the command line's --lang, the window's language setting)
    monkeypatch.setattr(messages, "_language", ["en"])


@pytest.fixture
def in_paris(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """This computer's clock in Paris, the lawyer's (a court's day or hour in Baku ends at
    another time here), put back after the test."""
    monkeypatch.setenv("TZ", "Europe/Paris")
    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()


@pytest.fixture(autouse=True)
def unlock_sleeps(monkeypatch: pytest.MonkeyPatch) -> list[float]:
    """Each test starts with no wrong passphrases counted, and the throttle's waits are
    recorded instead of slept (the delays themselves are tested where they are made)."""
    slept: list[float] = []
    monkeypatch.setattr(opening, "UNLOCK_THROTTLE", opening.UnlockThrottle(slept.append))
    return slept


@pytest.fixture(autouse=True)
def _qt_application_state_restored():
    """Fonts, palette, style, translators and the default locale a test changes are put back."""
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance()
    if app is None:
        yield
        return
    from caseapp.ui.screenshots import app_state_kept

    with app_state_kept(app):
        yield


@contextlib.contextmanager
def messages_in(lang: str) -> Iterator[None]:
    """The messages' language ``lang`` while a fixture wider than one test builds something,
    the language before put back after. Such a fixture is set up before the test's own reset
    (``_isolated_environment``), so a language it left (``caseapp --lang ru …`` run by a
    module's fixture) became the next tests' — and the shared demo, built later in the same
    worker, came out in Russian (a dossier test failed in some orders of the tests only)."""
    before = list(messages._language)
    messages.set_language(lang)
    try:
        yield
    finally:
        messages._language[:] = before


def _template(folder: Path, name: str, passphrase: str | None = None,
              demo: bool = False, lang: str = "en") -> tuple[Path, DemoSummary | None]:
    """A case file made as ``case_file`` would make it (the demo's texts in ``lang``), then
    made read-only: tests copy it."""
    path = folder / name
    with messages_in(lang):
        cf = open_case_file(Location(path=path), passphrase=passphrase, create=True,
                            actor="tester", today=lambda: TODAY)
        try:
            summary = build_demo(cf) if demo else None
        finally:
            cf.close()
    for leftover in (Path(f"{path}-wal"), Path(f"{path}-shm")):
        assert not leftover.exists(), f"{leftover} left behind: the copy would miss records"
    path.chmod(stat.S_IRUSR)
    return path, summary


def copy_of(template: Path, target: Path) -> Path:
    """A writable copy of a template (owner-only, as the app creates case files)."""
    shutil.copyfile(template, target)
    target.chmod(stat.S_IRUSR | stat.S_IWUSR)
    return target


@pytest.fixture(scope="session")
def _empty_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return _template(tmp_path_factory.mktemp("empty-template"), "case.db")[0]


@pytest.fixture(scope="session")
def _encrypted_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return _template(tmp_path_factory.mktemp("encrypted-template"), "secret.db",
                     passphrase=ENCRYPTED_PASSPHRASE)[0]


@pytest.fixture(scope="session")
def _demo_build(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, DemoSummary]:
    path, summary = _template(tmp_path_factory.mktemp("demo-template"), "demo.db", demo=True)
    assert summary is not None
    return path, summary


@pytest.fixture(scope="session")
def demo_template(_demo_build: tuple[Path, DemoSummary]) -> Path:
    """The demo case file built once for the session with the tests' today (read-only:
    copy it, e.g. with ``demo_copy``)."""
    return _demo_build[0]


@pytest.fixture(scope="session")
def demo_summary(_demo_build: tuple[Path, DemoSummary]) -> DemoSummary:
    """What building the shared demo reported."""
    return _demo_build[1]


@pytest.fixture
def demo_copy(demo_template: Path, tmp_path: Path) -> Path:
    """A fresh, writable copy of the demo case file, not opened."""
    return copy_of(demo_template, tmp_path / "demo.db")


@pytest.fixture
def demo_file(demo_copy: Path) -> CaseFile:
    """A fresh copy of the demo case file, opened with the tests' fixed today."""
    cf = open_case_file(Location(path=demo_copy), actor="tester", today=lambda: TODAY)
    yield cf
    cf.close()


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "case.db"


@pytest.fixture
def case_file(db_path: Path, _empty_template: Path) -> CaseFile:
    """A new, empty, unencrypted case file at ``db_path``."""
    cf = open_case_file(Location(path=copy_of(_empty_template, db_path)), actor="tester",
                        today=lambda: TODAY)
    yield cf
    cf.close()


@pytest.fixture
def encrypted_case_file(tmp_path: Path, _encrypted_template: Path) -> CaseFile:
    """A new, empty case file encrypted with ``ENCRYPTED_PASSPHRASE``."""
    cf = open_case_file(Location(path=copy_of(_encrypted_template, tmp_path / "secret.db")),
                        passphrase=ENCRYPTED_PASSPHRASE, actor="tester", today=lambda: TODAY)
    yield cf
    cf.close()


# ---- the demo built again, beside the first tests ---------------------------------------------

class DemoBuiltElsewhere:
    """The demo built by ``tests/services/demo_child.py`` in a process of its own, started
    when the tests are collected if a selected test asks for :func:`demo_built_elsewhere`.

    Under xdist every worker collects every test: the first worker to make the run's folder
    for it (beside the workers' own temporary folders) starts the one process, and whichever
    worker runs the tests reads what it wrote there (``built.json``, or ``failed.txt``)."""

    FIXTURE = "demo_built_elsewhere"
    process: subprocess.Popen[bytes] | None = None
    folder: Path | None = None
    owns_folder = False  # made here, outside pytest's temporary folders: removed at the end
    WAIT_S = 900

    @classmethod
    def start(cls, config: pytest.Config) -> None:
        if cls.folder is not None:
            return
        if under_xdist():  # xdist gives each worker its temporary folder (``--basetemp``)
            cls.folder = the_runs_folder(Path(config.option.basetemp)) / "demo-built-elsewhere"
            try:
                cls.folder.mkdir()
            except FileExistsError:
                return  # another worker started it
        else:
            cls.folder = Path(tempfile.mkdtemp(prefix="caseapp-demo-built-elsewhere-"))
            cls.owns_folder = True
        env = {k: v for k, v in os.environ.items() if not k.startswith(("CASEAPP_", "XDG_"))}
        env["PYTHONHASHSEED"] = "random"  # not the test process's string hashes
        cls.process = subprocess.Popen(
            [sys.executable, "-m", "tests.services.demo_child", str(cls.folder)],
            cwd=Path(__file__).resolve().parents[1], env=env, stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL)

    @classmethod
    def result(cls) -> dict[str, tuple[Path, DemoSummary]]:
        assert cls.folder is not None, "demo_built_elsewhere: no test asked for it at collection"
        done, failed = cls.folder / "built.json", cls.folder / "failed.txt"
        deadline = time.monotonic() + cls.WAIT_S
        while not done.exists():
            assert not failed.exists(), \
                f"building the demo again failed:\n{failed.read_text(encoding='utf-8')}"
            assert cls.process is None or cls.process.poll() is None or done.exists(), \
                f"the demo's builder ended with {cls.process.returncode} and wrote nothing"
            assert time.monotonic() < deadline, f"the demo was not built again in {cls.WAIT_S} s"
            time.sleep(0.2)
        built = {}
        for name, summary in json.loads(done.read_text(encoding="utf-8")).items():
            path = cls.folder / f"{name}.db"
            path.chmod(stat.S_IRUSR)
            built[name] = (path, DemoSummary(**summary))
        return built

    @classmethod
    def stop(cls) -> None:
        if cls.process is not None and cls.process.poll() is None:
            cls.process.kill()
            cls.process.wait()
            if cls.folder is not None and not (cls.folder / "built.json").exists():
                (cls.folder / "failed.txt").write_text(
                    "stopped: the worker that started it had no tests left", encoding="utf-8")
        if cls.folder is not None and cls.owns_folder:
            shutil.rmtree(cls.folder, ignore_errors=True)


def pytest_collection_finish(session: pytest.Session) -> None:
    if session.config.option.collectonly:
        return
    if any(DemoBuiltElsewhere.FIXTURE in getattr(item, "fixturenames", ())
           for item in session.items):
        DemoBuiltElsewhere.start(session.config)


def pytest_sessionfinish(session: pytest.Session) -> None:
    DemoBuiltElsewhere.stop()


@pytest.fixture(scope="session")
def qapp(qapp):  # type: ignore[no-untyped-def]
    """pytest-qt's application, collecting garbage on its (the UI) thread from the first test
    that uses it, as the app does from its start (``caseapp.ui.collector``): not only from the
    first test with a window. A test that built widgets over a case file read in the
    background (``fresh_ui``) before any window test of its worker left collection on, so a
    cycle holding a Qt object could be collected on a reading thread; a CI run crashed later
    in that worker, building a widget (a segmentation fault in ``QWidget.__init__``)."""
    from caseapp.ui.collector import collect_on_ui_thread

    collect_on_ui_thread(qapp)
    return qapp


def pytest_runtest_teardown(item: pytest.Item) -> None:
    """Once a window has switched automatic garbage collection to the UI thread's collector
    (``caseapp.ui.collector``), the tests that run no event loop get its collection between
    them, on this (the UI) thread."""
    from PySide6.QtCore import QCoreApplication

    app = QCoreApplication.instance()
    if app is not None:
        from caseapp.ui.collector import UiThreadCollector

        collector = app.findChild(UiThreadCollector)
        if isinstance(collector, UiThreadCollector):
            collector.collect_due()


@pytest.fixture(scope="session")
def demo_built_elsewhere() -> dict[str, tuple[Path, DemoSummary]]:
    """``"again"``: the demo built with the tests' today in another process;
    ``"earliest"``: built on ``EARLIEST_TODAY``. Each a read-only file (copy it) and what
    ``build_demo`` reported."""
    return DemoBuiltElsewhere.result()


# ---- a PostgreSQL server (team mode) ----------------------------------------------------------

@pytest.fixture(scope="session")
def pg_server() -> str:
    """The superuser URL of the PostgreSQL server the tests may use (``CASEAPP_TEST_PG_URL``,
    set by ``.ci/run`` from ``.ci/postgres start``). Without one the PostgreSQL tests are
    skipped locally, and fail in CI."""
    url = os.environ.get("CASEAPP_TEST_PG_URL")
    if not url:
        message = ("no PostgreSQL server for the tests: start one with "
                   "`eval \"$(.ci/postgres start)\"` (sets CASEAPP_TEST_PG_URL)")
        if os.environ.get("CI", "").lower() in ("1", "true", "yes"):
            pytest.fail(f"CI must run the PostgreSQL tests, but there is {message}")
        pytest.skip(message)
    return url


@pytest.fixture(scope="session")
def _pg_template(pg_server: str) -> Iterator[str]:
    """A database migrated to head once per test session; tests get copies of it."""
    from tests.postgres import drop_database, make_database

    name = make_database(pg_server, "tmpl")
    cf = open_case_file(Location(url=pg_server.rsplit("/", 1)[0] + "/" + name), actor="tester",
                        today=lambda: TODAY, create=True)
    cf.close()
    yield name
    drop_database(pg_server, name)


@pytest.fixture
def pg_url(pg_server: str, _pg_template: str) -> Iterator[str]:
    """The superuser URL of a new, empty case-file database (at head) on the test server,
    dropped after the test with any team roles made for it."""
    from tests.postgres import drop_database, make_database

    name = make_database(pg_server, "case", template=_pg_template)
    yield pg_server.rsplit("/", 1)[0] + "/" + name
    drop_database(pg_server, name)


@pytest.fixture
def empty_pg_url(pg_server: str) -> Iterator[str]:
    """The superuser URL of a new database with no tables at all (not made from the migrated
    template: a migration test brings it to the revision it starts from), dropped after."""
    from tests.postgres import drop_database, make_database

    name = make_database(pg_server, "empty")
    yield pg_server.rsplit("/", 1)[0] + "/" + name
    drop_database(pg_server, name)


@pytest.fixture
def server_case_file(pg_url: str) -> Iterator[CaseFile]:
    """A new, empty case file in a database of the test server, opened by its owner."""
    cf = open_case_file(Location(url=pg_url), actor="tester", today=lambda: TODAY)
    yield cf
    cf.close()


@pytest.fixture(params=["case_file", "server_case_file"])
def any_case_file(request: pytest.FixtureRequest) -> CaseFile:
    """A new, empty case file on each engine: a SQLite file, then a PostgreSQL database."""
    return request.getfixturevalue(request.param)


@pytest.fixture
def language(monkeypatch: pytest.MonkeyPatch):
    """Set the messages' language for one test (English at its start, restored after it):
    ``language("ru")``. A module may define a ``language`` fixture of its own instead."""
    from caseapp.domain import messages

    monkeypatch.setattr(messages, "_language", ["en"])
    return messages.set_language
