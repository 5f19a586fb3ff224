"""The private temporary folders OCR reads a scan in.

OCRmyPDF and Tesseract read files, not the case file: a scan is read from a decrypted copy,
and OCRmyPDF renders its pages as images beside it. Each reading has a folder of its own
(mode 0700) in the system's temporary folder, named after the process reading
(``caseapp-ocr-<pid>-…``), and OCRmyPDF is told to keep its working files inside it
(``TMPDIR``), so that the whole of it goes when the reading ends, however it ends (done,
failed, out of time, Ctrl+C). A CaseApp killed while it read (a crash, a shutdown) cannot
remove its folder: the next reading, and the next case file opened, remove every such folder
of this user whose process is no longer running.
"""

from __future__ import annotations

import os
import re
import shutil
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

KINDS = ("ocr", "turn")  # OCRmyPDF's reading; the look at which way up each page is
_NAME = re.compile(rf"caseapp-(?:{'|'.join(KINDS)})-([0-9]+)-.+")


@contextmanager
def scan_folder(kind: str) -> Iterator[Path]:
    """A new private folder for reading one scan, removed with all it holds on leaving."""
    assert kind in KINDS
    remove_left_behind()
    with tempfile.TemporaryDirectory(prefix=f"caseapp-{kind}-{os.getpid()}-") as tmp:
        yield Path(tmp)


def remove_left_behind(root: Path | str | None = None) -> list[Path]:
    """Remove the scan folders in ``root`` (the temporary folder) that a CaseApp of this user
    no longer running left behind; those of a reading still going on are left alone.
    Returns the folders removed."""
    if os.name != "posix":  # (os.kill there ends the process it is asked about)
        return []
    folder = Path(root if root is not None else tempfile.gettempdir())
    try:
        entries = list(folder.iterdir())
    except OSError:
        return []
    removed = []
    for entry in entries:
        found = _NAME.fullmatch(entry.name)
        if found is None or _running(int(found.group(1))):
            continue
        try:
            if entry.is_symlink() or not entry.is_dir() or entry.stat().st_uid != os.getuid():
                continue
        except OSError:
            continue
        shutil.rmtree(entry, ignore_errors=True)
        removed.append(entry)
    return removed


def _running(pid: int) -> bool:
    """Whether process ``pid`` may be running (signal 0 asks without sending anything); in
    doubt (another user's, an id out of range), yes: its folder is kept."""
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except (OSError, OverflowError):
        return True
    return True
