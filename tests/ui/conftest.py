"""GUI test fixtures: real widgets over real services on a copy of the demo case file
(``demo_file``, ``demo_template``: tests/conftest.py)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

from caseapp.services.casefile import CaseFile, open_case_file
from tests.conftest import TODAY


@pytest.fixture(autouse=True)
def _no_modal_boxes(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, str]]:
    """Message boxes never block a test; what they would have said is recorded."""
    shown: list[tuple[str, str]] = []

    def record(kind: str, answer: object = QMessageBox.StandardButton.Ok):
        def box(_parent: object, title: str, text: str, *args: object, **kwargs: object) -> object:
            shown.append((kind, text))
            return answer
        return staticmethod(box)

    monkeypatch.setattr(QMessageBox, "warning", record("warning"))
    monkeypatch.setattr(QMessageBox, "critical", record("critical"))
    monkeypatch.setattr(QMessageBox, "information", record("information"))
    monkeypatch.setattr(QMessageBox, "question", record("question", QMessageBox.StandardButton.Yes))
    monkeypatch.setattr(QMessageBox, "about", record("about"))
    # A box built by hand (one with "Show Details…"): its text and details are recorded.
    monkeypatch.setattr(QMessageBox, "exec", lambda self: shown.append(
        ("box", "\n".join(t for t in (self.text(), self.detailedText()) if t))) or 0)
    return shown


@pytest.fixture(autouse=True)
def memory_keyring():  # type: ignore[no-untyped-def]
    """Passwords kept by the app go to a keyring in memory, never the computer's own."""
    import keyring

    from tests.keyring_memory import MemoryKeyring

    before = keyring.get_keyring()
    memory = MemoryKeyring()
    keyring.set_keyring(memory)
    yield memory
    keyring.set_keyring(before)


@pytest.fixture
def message_boxes(_no_modal_boxes: list[tuple[str, str]]) -> list[tuple[str, str]]:
    return _no_modal_boxes


@pytest.fixture
def session(qtbot, qapp, demo_file: CaseFile):
    """A case-file session over the demo case file (no window, no layout settings), with
    garbage collected on the UI thread as the window has it (the ``qapp`` fixture,
    tests/conftest.py): a cycle holding a Qt object collected on the operations' worker
    crashed the process."""
    from caseapp.ui.session import CaseFileSession

    s = CaseFileSession(None, None)
    s.open(demo_file)
    yield s
    assert s.ops.wait(10000) and s.runner.wait(10000), \
        "background work still running 10 s after the test"


@pytest.fixture
def ui(session):
    """The context views and dialogs are built with, over the demo case file."""
    return session.ui


@pytest.fixture(scope="session")
def armenian_demo_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The demo as ``caseapp --lang hy demo`` writes it (its hearings' outcomes, subjects and
    notes in Armenian: the longest real values a table at 1024 pixels shows), built once for
    the session (read-only: copy it)."""
    from tests.conftest import _template

    return _template(tmp_path_factory.mktemp("demo-hy-template"), "demo-hy.db", demo=True,
                     lang="hy")[0]


@pytest.fixture
def armenian_ui(qtbot, armenian_demo_template: Path, tmp_path: Path):
    """The context views are built with, over a copy of the Armenian demo."""
    from caseapp.config import Location
    from caseapp.ui.session import CaseFileSession
    from tests.conftest import copy_of

    cf = open_case_file(Location(path=copy_of(armenian_demo_template, tmp_path / "demo-hy.db")),
                        actor="tester", today=lambda: TODAY)
    s = CaseFileSession(None, None)
    s.open(cf)
    yield s.ui
    assert s.ops.wait(10000) and s.runner.wait(10000), \
        "background work still running 10 s after the test"
    cf.close()


@pytest.fixture
def blank_window(qtbot, tmp_path: Path):
    """The main window with no case file open (the welcome page), its settings in tmp_path."""
    from PySide6.QtCore import QSettings

    from caseapp.ui.main_window import MainWindow

    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    w = MainWindow(settings, lambda location, **kw: open_case_file(location, today=lambda: TODAY,
                                                                   **kw),
                   demo_builder=lambda p: None, demo_path=tmp_path / "none.db")
    qtbot.addWidget(w)
    w.show()
    yield w
    w.close()


@pytest.fixture
def fresh_ui(qtbot, case_file: CaseFile):
    """The GUI context over an empty case file (the ``ui`` fixture holds the demo)."""
    from caseapp.ui.session import CaseFileSession

    session = CaseFileSession(None, None)
    session.open(case_file)
    yield session.ui
    assert session.ops.wait(10000) and session.runner.wait(10000), \
        "background work still running 10 s after the test"


def _in_language(app, code: str, locale: str):  # type: ignore[no-untyped-def]
    """The window's translators and default locale in ``code`` for one test, English after
    (the default locale is put back by tests/conftest.py)."""
    from PySide6.QtCore import QLocale

    from caseapp.ui.i18n import install_translators

    install_translators(app, QLocale(code))
    QLocale.setDefault(QLocale(locale))
    yield
    install_translators(app, QLocale("en"))


@pytest.fixture
def russian(qapp):  # type: ignore[no-untyped-def]
    """The window in Russian for one test."""
    yield from _in_language(qapp, "ru", "ru_RU")


@pytest.fixture
def armenian(qapp):  # type: ignore[no-untyped-def]
    """The window in Armenian for one test."""
    yield from _in_language(qapp, "hy", "hy_AM")


@pytest.fixture
def app_font_size(request: pytest.FixtureRequest) -> Iterator[int]:
    """The application's font at the point size given (``indirect`` parametrization: 9 is
    the usual size, 11 or 12 a lawyer's larger one), the font put back after the test."""
    from PySide6.QtGui import QFont
    from PySide6.QtWidgets import QApplication

    before = QApplication.font()
    font = QFont(before)
    font.setPointSize(request.param)
    QApplication.setFont(font)
    yield request.param
    QApplication.setFont(before)
