"""OCR reads a decrypted copy of the scan, and OCRmyPDF renders its pages as images: files
that hold the captive's document in clear. None is left in the temporary folder once OCR
stops, however it stops (done, failed, out of time, interrupted), nor after a CaseApp killed
while it read (the next OCR or the next case file opened removes what it left)."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import pytest

from caseapp.domain.errors import ValidationError
from caseapp.services import ocr
from caseapp.services.casefile import CaseFile
from tests.services.scan_pages import scanned_pdf

SCAN = scanned_pdf()
MARK = SCAN[-200:]  # bytes of the scan: a file holding them holds the document


def _files_holding_the_scan(folder: Path) -> list[Path]:
    return [p for p in folder.rglob("*") if p.is_file() and MARK in p.read_bytes()]


def _fake_ocrmypdf(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, *, then: str) -> None:
    """An ``ocrmypdf`` that, as the real one does, copies the scan into a working folder of
    its own in $TMPDIR, then does ``then`` (a shell line)."""
    fake = tmp_path / "bin" / "ocrmypdf"
    fake.parent.mkdir()
    fake.write_text('#!/bin/sh\nfor last; do :; done\nfor a; do case "$a" in *.pdf) '
                    'src="$a"; break;; esac; done\n'
                    'work=$(mktemp -d "${TMPDIR:-/tmp}/ocrmypdf.io.XXXXXX")\n'
                    f'cp "$src" "$work/000001_rasterize.png"\n{then}\n')
    fake.chmod(0o755)
    monkeypatch.setenv("PATH", f"{fake.parent}{os.pathsep}{os.environ['PATH']}")
    monkeypatch.setattr(ocr, "_hash_seed", lambda order: None)


@pytest.fixture
def temporary(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "tmp"
    folder.mkdir()
    monkeypatch.setenv("TMPDIR", str(folder))
    monkeypatch.setattr(tempfile, "tempdir", str(folder))
    return folder


@pytest.mark.parametrize("then", ["sleep 120", "echo 'InputFileError' >&2; exit 2",
                                  "echo 'something broke' >&2; exit 15"])
def test_ocr_stopped_or_failed_leaves_no_copy_of_the_scan(
        tmp_path: Path, temporary: Path, monkeypatch: pytest.MonkeyPatch, then: str) -> None:
    _fake_ocrmypdf(tmp_path, monkeypatch, then=then)
    monkeypatch.setattr(ocr, "TIMEOUT_SECONDS", 1)
    with pytest.raises(ValidationError):
        ocr.run_ocr(SCAN, "application/pdf")
    assert _files_holding_the_scan(temporary) == []
    assert list(temporary.iterdir()) == []


def test_ocr_interrupted_leaves_no_copy_of_the_scan(
        tmp_path: Path, temporary: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Ctrl+C in ``caseapp ocr``: OCRmyPDF killed, its working folder removed with ours."""
    _fake_ocrmypdf(tmp_path, monkeypatch, then="sleep 120")

    def interrupted(self: subprocess.Popen[str], timeout: float | None = None) -> tuple[str, str]:
        if timeout is None:  # (the killed process reaped)
            return real(self)
        for _ in range(300):  # the scan copied into OCRmyPDF's working folder
            if any(temporary.glob("*/*/000001_rasterize.png")) or any(
                    temporary.glob("ocrmypdf.io.*/000001_rasterize.png")):
                break
            time.sleep(0.1)
        raise KeyboardInterrupt

    real = subprocess.Popen.communicate
    monkeypatch.setattr(subprocess.Popen, "communicate", interrupted)
    with pytest.raises(KeyboardInterrupt):
        ocr.run_ocr(SCAN, "application/pdf")
    monkeypatch.undo()
    assert _files_holding_the_scan(temporary) == []
    assert list(temporary.iterdir()) == []


CHILD = """
import sys
from caseapp.services import ocr
from caseapp.services.casefile import CaseFile
ocr._hash_seed = lambda order: None
ocr.run_ocr(open(sys.argv[1], "rb").read(), "application/pdf")
"""


def _left_by_a_killed_caseapp(tmp_path: Path, temporary: Path,
                              monkeypatch: pytest.MonkeyPatch) -> None:
    """A CaseApp reading the scan killed (a crash, a shutdown): its copies left behind."""
    _fake_ocrmypdf(tmp_path, monkeypatch, then="sleep 120")
    scan = tmp_path / "scan.pdf"
    scan.write_bytes(SCAN)
    child = subprocess.Popen([sys.executable, "-c", CHILD, str(scan)],
                             env={**os.environ, "PYTHONPATH": str(Path(__file__).parents[2])})
    try:
        for _ in range(600):  # until the scan is in its temporary folder
            if _files_holding_the_scan(temporary) or child.poll() is not None:
                break
            time.sleep(0.1)
        assert _files_holding_the_scan(temporary), "the child never read the scan"
    finally:
        child.kill()  # as a crash or a shutdown would (nothing of it cleans up)
        child.wait()
    for line in subprocess.run(["pgrep", "-f", str(tmp_path / "bin")], capture_output=True,
                               text=True, check=False).stdout.split():
        os.kill(int(line), signal.SIGKILL)  # the orphaned fake (a sleep)
    assert _files_holding_the_scan(temporary)  # left behind: the kill is the test's


def test_what_a_killed_caseapp_left_is_removed_by_the_next_case_file_opened(
        tmp_path: Path, temporary: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from caseapp.config import Location
    from caseapp.services.casefile import open_case_file

    _left_by_a_killed_caseapp(tmp_path, temporary, monkeypatch)
    open_case_file(Location(path=tmp_path / "next.db"), create=True, actor="tester").close()
    assert _files_holding_the_scan(temporary) == []


def test_what_a_killed_caseapp_left_is_removed_by_the_next_ocr(
        tmp_path: Path, temporary: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    _left_by_a_killed_caseapp(tmp_path, temporary, monkeypatch)
    _fake_ocrmypdf_done = tmp_path / "done"
    _fake_ocrmypdf_done.mkdir()
    done = _fake_ocrmypdf_done / "ocrmypdf"
    done.write_text('#!/bin/sh\nfor last; do :; done\nprintf "%%PDF-1.4\\n" > "$last"\n')
    done.chmod(0o755)
    monkeypatch.setenv("PATH", f"{done.parent}{os.pathsep}{os.environ['PATH']}")
    ocr.run_ocr(b"%PDF-1.4 another scan", "application/pdf")
    assert _files_holding_the_scan(temporary) == []
    assert list(temporary.iterdir()) == []


def test_the_folder_of_an_ocr_still_running_elsewhere_is_left_alone(
        tmp_path: Path, temporary: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Another CaseApp (a second window's process) reading a scan now keeps its folder."""
    from caseapp.services.scan_folders import scan_folder

    with scan_folder("ocr") as mine:
        (mine / "in.pdf").write_bytes(SCAN)
        done = tmp_path / "bin" / "ocrmypdf"
        done.parent.mkdir()
        done.write_text('#!/bin/sh\nfor last; do :; done\nprintf "%%PDF-1.4\\n" > "$last"\n')
        done.chmod(0o755)
        monkeypatch.setenv("PATH", f"{done.parent}{os.pathsep}{os.environ['PATH']}")
        monkeypatch.setattr(ocr, "_hash_seed", lambda order: None)
        ocr.run_ocr(b"%PDF-1.4 another scan", "application/pdf")
        assert (mine / "in.pdf").read_bytes() == SCAN
    assert list(temporary.iterdir()) == []


def test_closing_the_case_file_stops_its_reading_at_once(
        tmp_path: Path, temporary: Path, monkeypatch: pytest.MonkeyPatch,
        case_file: CaseFile) -> None:
    """The window closed or locked while a scan is read: the reading is stopped, not left to
    run for its half hour with the scan in clear in the temporary folder (and the window's
    close waiting for it); nothing is stored, and the lawyer is told in one line."""
    import threading

    _fake_ocrmypdf(tmp_path, monkeypatch, then="sleep 120")
    monkeypatch.setattr(ocr, "readiness", lambda languages=ocr.LANGUAGES: ocr.OcrReadiness(
        True, (), ""))
    doc = case_file.documents.create(title="Order", filename="order.pdf", content=SCAN)
    failed: list[BaseException] = []

    def read() -> None:
        try:
            case_file.ocr.read(doc.id)
        except BaseException as exc:  # noqa: BLE001 - looked at below
            failed.append(exc)

    reading = threading.Thread(target=read)
    reading.start()
    for _ in range(600):  # until OCRmyPDF has the scan
        if any(temporary.glob("*/*/000001_rasterize.png")) or not reading.is_alive():
            break
        time.sleep(0.1)
    assert any(temporary.glob("*/*/000001_rasterize.png")), failed
    case_file.ocr.stop()
    reading.join(timeout=60)
    stopped = not reading.is_alive()
    for line in subprocess.run(["pgrep", "-f", str(tmp_path / "bin")], capture_output=True,
                               text=True, check=False).stdout.split():
        os.kill(int(line), signal.SIGKILL)
    reading.join()
    assert stopped, "the reading went on after the case file closed"
    assert len(failed) == 1 and isinstance(failed[0], ValidationError), failed
    said = str(failed[0])
    assert "stopped" in said and "closed" in said and "\n" not in said, said
    assert list(temporary.iterdir()) == []
    assert case_file.documents.text_pdf_bytes(doc.id) is None
