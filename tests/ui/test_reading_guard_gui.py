"""A scan being read (Make searchable, minutes each) stopped with no word when the lawyer
closed the case file, switched the language or quit: she found it unread later. She is asked
first now; answering No keeps the file open and the scan being read."""

from __future__ import annotations

import os
import signal
import subprocess
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

from caseapp.ui.main_window import MainWindow
from caseapp.ui.views.captive_file import CaptiveFileView
from tests.services.scan_pages import scanned_pdf
from tests.ui.slow_ocr import slow_ocr
from tests.ui.small_screen import main_window

WAIT = 10000


@pytest.fixture
def window(qtbot, tmp_path: Path, demo_copy: Path):
    w = main_window(qtbot, tmp_path, "en", size=(1280, 800))
    assert w.open_path(demo_copy)
    yield w
    w.close()


def _ocr_processes(tmp_path: Path) -> list[str]:
    return subprocess.run(["pgrep", "-f", str(tmp_path / "bin")], capture_output=True,
                          text=True, check=False).stdout.split()


def _start_reading(qtbot, window: MainWindow, tmp_path: Path) -> None:
    cf = window.session.case_file
    assert cf is not None
    tigran = next(c.id for c in cf.captives.list() if c.latin_name == "Tigran Vardanyan")
    doc = cf.documents.create(captive_id=tigran, title="Decision", filename="decision.pdf",
                              content=scanned_pdf())
    window.open_captive(tigran)
    view = window.views["captive"]
    assert isinstance(view, CaptiveFileView)
    section = view.sections["documents"]
    qtbot.waitUntil(lambda: any(d.id == doc.id for d in section.model.records), timeout=WAIT)
    section.select(doc.id)
    view.make_searchable()
    qtbot.waitUntil(lambda: len(_ocr_processes(tmp_path)) > 0, timeout=30000)


def _answer(monkeypatch: pytest.MonkeyPatch, button: QMessageBox.StandardButton) -> list[str]:
    asked: list[str] = []

    def question(_parent, _title, text, *_a, **_k):  # type: ignore[no-untyped-def]
        asked.append(text)
        return button
    monkeypatch.setattr(QMessageBox, "question", staticmethod(question))
    return asked


def test_closing_the_file_while_a_scan_is_read_asks_and_no_keeps_it_reading(
        qtbot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    slow_ocr(tmp_path, monkeypatch)
    try:
        _start_reading(qtbot, window, tmp_path)
        asked = _answer(monkeypatch, QMessageBox.StandardButton.No)
        window.close_file()
        assert window.session.case_file is not None
        assert _ocr_processes(tmp_path), "the reading stopped though the lawyer said No"
        assert "Make searchable is reading 1 scan of this case file" in asked[0]
        assert asked[0].endswith("Close the case file and stop reading these scans?")

        window.close()  # quitting asks too
        assert window.isVisible() and window.session.case_file is not None
        assert asked[1].endswith("Quit CaseApp and stop reading these scans?")

        _answer(monkeypatch, QMessageBox.StandardButton.Yes)
        window.close_file()
        assert window.session.case_file is None
        qtbot.waitUntil(lambda: not _ocr_processes(tmp_path), timeout=WAIT)
    finally:
        for pid in _ocr_processes(tmp_path):
            os.kill(int(pid), signal.SIGKILL)


def test_nothing_is_asked_with_no_scan_being_read(qtbot, window: MainWindow,
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    asked = _answer(monkeypatch, QMessageBox.StandardButton.No)
    window.close_file()
    assert window.session.case_file is None
    assert asked == []
