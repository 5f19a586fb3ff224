"""The scans a case file is reading now (OCR), to stop all at once when it closes.

A reading takes minutes (half an hour at most); the window closed or locked meanwhile must
not leave it running, the decrypted scan in its temporary folder (:mod:`scan_folders`) and in
memory, behind a closed case file. :meth:`Readings.stop` kills the OCRmyPDF process groups
running (their workers too) and turns the pages not yet looked at for their way up away;
each reading then fails with :class:`ReadingStopped`, storing nothing."""

from __future__ import annotations

import os
import signal
import subprocess
import threading
from collections.abc import Iterator
from contextlib import contextmanager

from caseapp.domain.errors import ValidationError
from caseapp.domain.messages import msg


class ReadingStopped(ValidationError):
    """The case file closed while a scan was being read: nothing was stored."""


def stopped_message() -> ReadingStopped:
    return ReadingStopped(msg("Reading the scan was stopped because the case file was closed: "
                              "nothing was stored; make it searchable again."), field="ocr")


class Readings:
    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._processes: set[subprocess.Popen[str]] = set()
        self._stopped = False

    @property
    def stopped(self) -> bool:
        return self._stopped

    def check(self) -> None:
        """Raise :class:`ReadingStopped` once :meth:`stop` was called."""
        if self._stopped:
            raise stopped_message()

    @contextmanager
    def running(self, process: subprocess.Popen[str]) -> Iterator[None]:
        """``process`` (the leader of its own process group) stopped with the others."""
        with self._lock:
            self._processes.add(process)
            if self._stopped:
                kill_group(process)
        try:
            yield
        finally:
            with self._lock:
                self._processes.discard(process)

    def stop(self) -> None:
        """Stop every reading now, and any begun later."""
        with self._lock:
            self._stopped = True
            for process in self._processes:
                kill_group(process)


def kill_group(process: subprocess.Popen[str]) -> None:
    """Kill ``process`` and the workers it started (its process group: it was started with a
    session of its own)."""
    killpg = getattr(os, "killpg", None)  # POSIX; elsewhere the process alone
    try:
        if killpg is not None:
            killpg(process.pid, signal.SIGKILL)
        else:
            process.kill()
    except (ProcessLookupError, PermissionError):
        pass
