"""The scans a case file is reading now (OCR), to stop all at once when it closes.

A reading takes minutes (half an hour at most); the window closed or locked meanwhile must
not leave it running, the decrypted scan in its temporary folder (:mod:`scan_folders`) and in
memory, behind a closed case file. :meth:`Readings.stop` kills the OCRmyPDF process groups
running (their workers too) and turns the pages not yet looked at for their way up away;
each reading then fails with :class:`ReadingStopped`, storing nothing.

One reading (:meth:`Readings.one`) may also be stopped alone, by the lawyer (her Stop button):
:meth:`Readings.cancel` stops it and no other; stopping the case file's readings stops it
too."""

from __future__ import annotations

import os
import signal
import subprocess
import threading
import weakref
from collections.abc import Iterator
from contextlib import contextmanager

from caseapp.domain.errors import ValidationError
from caseapp.domain.messages import msg


class ReadingStopped(ValidationError):
    """The case file closed while a scan was being read: nothing was stored."""


def stopped_message() -> ReadingStopped:
    return ReadingStopped(msg("Reading the scan was stopped because the case file was closed: "
                              "nothing was stored; make it searchable again."), field="ocr")


class ReadingCancelled(ReadingStopped):
    """The lawyer stopped this reading: nothing was stored."""


def cancelled_message() -> ReadingCancelled:
    return ReadingCancelled(msg("Reading the scan was stopped, as you asked: nothing was stored; "
                              "make it searchable again when you wish."), field="ocr")


class Readings:
    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._processes: set[subprocess.Popen[str]] = set()
        self._stopped: ReadingStopped | None = None
        self._children: weakref.WeakSet[Readings] = weakref.WeakSet()

    @property
    def stopped(self) -> bool:
        return self._stopped is not None

    @property
    def cancelled(self) -> bool:
        """Whether this reading was stopped alone, by :meth:`cancel`."""
        return isinstance(self._stopped, ReadingCancelled)

    def one(self) -> Readings:
        """A reading of its own, stopped by :meth:`cancel` alone or with these."""
        child = Readings()
        with self._lock:
            if self._stopped is not None:
                child._stop(self._stopped)
            else:
                self._children.add(child)
        return child

    def check(self) -> None:
        """Raise :class:`ReadingStopped` once :meth:`stop` (or :meth:`cancel`) was called."""
        if self._stopped is not None:
            raise self._stopped

    @contextmanager
    def running(self, process: subprocess.Popen[str]) -> Iterator[None]:
        """``process`` (the leader of its own process group) stopped with the others."""
        with self._lock:
            self._processes.add(process)
            if self._stopped is not None:
                kill_group(process)
        try:
            yield
        finally:
            with self._lock:
                self._processes.discard(process)

    def stop(self) -> None:
        """Stop every reading now, and any begun later (the case file closes)."""
        self._stop(stopped_message())

    def cancel(self) -> None:
        """Stop this reading now, as the lawyer asked: nothing of it is stored."""
        self._stop(cancelled_message())

    def cancel_each(self) -> None:
        """Stop each reading begun so far, not those begun later (the window that asked for
        them is built again)."""
        with self._lock:
            children = list(self._children)
        for child in children:
            child.cancel()

    def _stop(self, why: ReadingStopped) -> None:
        with self._lock:
            if self._stopped is None:
                self._stopped = why
            for process in self._processes:
                kill_group(process)
            children = list(self._children)
        for child in children:
            child._stop(why)


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
