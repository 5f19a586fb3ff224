"""Make searchable (OCR) reads a scan for minutes (half an hour at most). It took one of the
two threads the window reads with: two scans read at once, and a captive's file, a list, the
deadlines waited behind them, the busy cursor shown all the while; and the only way to stop
a reading begun on the wrong scan was to close the case file. A reading now runs apart from
the window's reads, and Stop reading stops it alone: nothing of it is stored, and the next
reading runs."""

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


def _running(tmp_path: Path) -> list[str]:
    return subprocess.run(["pgrep", "-f", str(tmp_path / "bin")], capture_output=True,
                          text=True, check=False).stdout.split()


def test_a_reading_runs_apart_and_stop_reading_stops_it_alone(
        qtbot, session, view: CaptiveFileView, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    _temporary, boxes = slow_ocr(tmp_path, monkeypatch)
    said: list[str] = []
    view.message.connect(said.append)
    cf = session.case_file
    docs = [cf.documents.create(captive_id=view.captive_id, title=title, filename=f"{title}.pdf",
                                content=scanned_pdf()) for title in ("Decision", "Indictment")]
    section = view.sections["documents"]
    qtbot.waitUntil(lambda: {d.id for d in docs} <= {d.id for d in section.model.records},
                    timeout=WAIT)
    try:
        for d in docs:  # two scans read, one after the other
            section.select(d.id)
            view.make_searchable()
        assert said[-1] == "“Indictment” will be read (OCR) after the scans before it…"
        qtbot.waitUntil(lambda: len(_running(tmp_path)) > 0, timeout=30000)
        assert session.runner.active == 0  # the window's reads are free
        other = next(c.id for c in cf.captives.list() if c.id != view.captive_id)
        view.show_captive(other)  # another captive's file is read meanwhile
        qtbot.waitUntil(lambda: view.file is not None and view.file.captive.id == other,
                        timeout=WAIT)
        view.show_captive(docs[0].captive_id)
        qtbot.waitUntil(lambda: {d.id for d in docs} <= {d.id for d in section.model.records},
                        timeout=WAIT)
        section.select(docs[0].id)
        stop = section.buttons["stop_reading"]
        assert not stop.isHidden() and not section.buttons["ocr"].isEnabled()
        stop.click()
        qtbot.waitUntil(lambda: "Reading “Decision” was stopped: nothing was stored." in said,
                        timeout=30000)
        assert stop.isHidden() and section.buttons["ocr"].isEnabled()
        assert "“Decision” is searchable now." not in said
        # the other reading was not stopped with it: it runs now
        qtbot.waitUntil(lambda: len(_running(tmp_path)) > 0, timeout=30000)
        section.select(docs[1].id)
        assert not section.buttons["stop_reading"].isHidden()
    finally:
        session.scans.drop_callbacks()
        for line in _running(tmp_path):
            os.kill(int(line), signal.SIGKILL)
    session.close(backup=False)
    assert boxes == []
