"""GUI test fixtures: real widgets over real services on a copy of the demo case file."""

from __future__ import annotations

import gc
import shutil
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

from caseapp.config import Location
from caseapp.services.casefile import CaseFile, open_case_file
from caseapp.services.demo import build_demo
from tests.conftest import TODAY


@pytest.fixture(scope="session")
def demo_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("demo-template") / "demo.db"
    cf = open_case_file(Location(path=path), create=True, actor="demo", today=lambda: TODAY)
    build_demo(cf)
    cf.close()
    return path


@pytest.fixture
def demo_file(demo_template: Path, tmp_path: Path) -> CaseFile:
    """A fresh copy of the demo case file, opened with the tests' fixed today."""
    path = tmp_path / "demo.db"
    shutil.copyfile(demo_template, path)
    cf = open_case_file(Location(path=path), actor="tester", today=lambda: TODAY)
    yield cf
    cf.close()


@pytest.fixture(autouse=True)
def _collect_only_when_idle():
    """As in the app (caseapp.ui.collector): no automatic garbage collection while
    background reads may run; collect between tests, when every runner is idle."""
    gc.disable()
    yield
    from PySide6.QtCore import QThreadPool

    QThreadPool.globalInstance().waitForDone(30000)
    gc.collect()


@pytest.fixture(autouse=True)
def _no_modal_boxes(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, str]]:
    """Message boxes never block a test; what they would have said is recorded."""
    shown: list[tuple[str, str]] = []

    def record(kind: str, answer: object = QMessageBox.StandardButton.Ok):  # noqa: ANN202
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


@pytest.fixture
def message_boxes(_no_modal_boxes: list[tuple[str, str]]) -> list[tuple[str, str]]:
    return _no_modal_boxes


@pytest.fixture
def ui(qtbot, demo_file: CaseFile):  # noqa: ANN001, ANN201 - qtbot from pytest-qt
    """The context views and dialogs are built with, over the demo case file."""
    from PySide6.QtGui import QUndoStack

    from caseapp.ui.context import UiContext
    from caseapp.ui.signals import ChangesBus
    from caseapp.ui.worker import Runner

    runner = Runner()
    bus = ChangesBus()
    demo_file.subscribe(bus.publish)
    context = UiContext(case_file=demo_file, runner=runner, bus=bus, undo=QUndoStack())
    yield context
    runner.wait()
