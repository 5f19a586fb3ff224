"""The case file locked (by hand or after its idle minutes) while Make searchable (OCR) reads a
scan: the reading is stopped with it. The lock waited for it (a minute, then went on with the
reading still running behind it), and the decrypted scan lay in the temporary folder for the
half hour OCR may take, behind a locked window."""

from __future__ import annotations

import os
import signal
import subprocess
from pathlib import Path

import pytest

from caseapp.ui.views.captive_file import CaptiveFileView
from tests.services.scan_pages import scanned_pdf
from tests.ui.captive_pages import open_page
from tests.ui.slow_ocr import slow_ocr

WAIT = 10000


@pytest.fixture
def view(qtbot, ui):
    tigran = next(c.id for c in ui.case_file.captives.list() if c.latin_name == "Tigran Vardanyan")
    return open_page(qtbot, ui, tigran, size=(1280, 800))


def test_locking_stops_the_scan_being_read(qtbot, session, view: CaptiveFileView, tmp_path: Path,
                                           monkeypatch: pytest.MonkeyPatch) -> None:
    temporary, boxes = slow_ocr(tmp_path, monkeypatch)
    doc = session.case_file.documents.create(captive_id=view.captive_id, title="Decision",
                                             filename="decision.pdf", content=scanned_pdf())
    qtbot.waitUntil(lambda: any(d.id == doc.id for d in view.sections["documents"].model.records),
                    timeout=WAIT)
    view.sections["documents"].select(doc.id)
    view.make_searchable()
    qtbot.waitUntil(lambda: any(temporary.glob("*/*/000001_rasterize.png")), timeout=60000)
    try:
        assert session.lock()
        running = subprocess.run(["pgrep", "-f", str(tmp_path / "bin")], capture_output=True,
                                 text=True, check=False).stdout.split()
        left = [p for p in temporary.rglob("*")]
    finally:
        for line in subprocess.run(["pgrep", "-f", str(tmp_path / "bin")], capture_output=True,
                                   text=True, check=False).stdout.split():
            os.kill(int(line), signal.SIGKILL)
    assert running == [], "OCRmyPDF went on reading behind the lock"
    assert left == []
    qtbot.wait(50)  # (what the reading's end delivered: dropped with the lock)
    assert boxes == []
