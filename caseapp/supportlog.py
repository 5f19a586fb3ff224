"""The support log: which CaseApp ran, which command, how it ended, and where an unexpected
error happened, for a lawyer to send with a support request. It never holds case data.

The file is ``caseapp.log`` in the platform's log folder (``~/.local/state/CaseApp/log``
on Linux, ``%LOCALAPPDATA%\\CaseApp\\Logs`` on Windows, ``~/Library/Logs/CaseApp`` on
macOS), rotated at 512 KB with three old files kept. What keeps case data out is what is
written, not a filter: only this module writes to the log, in fixed sentences, with the
command's name (never its arguments: a path or a ``--set`` value can name a client), exit
codes, and for an error its type and the code positions of its traceback (never its
message, which can quote a record). Other libraries' loggers do not reach this file.
"""

from __future__ import annotations

import logging
import platform
import re
import sys
import traceback
from logging.handlers import RotatingFileHandler
from pathlib import Path

from platformdirs import user_log_path

from caseapp import APP_NAME, __version__

LOG_FILE = "caseapp.log"
MAX_BYTES = 512 * 1024
BACKUPS = 3

_logger = logging.getLogger("caseapp.support")
_logger.propagate = False  # never to the root logger's handlers (or a test's capture)
_logger.addHandler(logging.NullHandler())  # until start(): nothing, not even on stderr
_file: RotatingFileHandler | None = None


def log_dir() -> Path:
    return user_log_path(APP_NAME, appauthor=False)


def start(front_end: str, command: str) -> None:
    """Open the log (once per process) and note who started: version, system, command."""
    global _file
    if _file is None:
        folder = log_dir()
        try:
            folder.mkdir(parents=True, exist_ok=True, mode=0o700)
            handler = RotatingFileHandler(folder / LOG_FILE, maxBytes=MAX_BYTES, backupCount=BACKUPS,
                                          encoding="utf-8")
        except OSError:
            return  # a read-only or full home: CaseApp runs without its log
        handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(message)s"))
        _logger.addHandler(handler)
        _logger.setLevel(logging.INFO)
        _file = handler
    _logger.info("CaseApp %s started (%s, command %s) on %s %s, Python %s", __version__, front_end,
                 command, platform.system(), platform.release(), platform.python_version())


def stop() -> None:
    """Close the log file (the next start() opens it again, wherever log_dir() then is)."""
    global _file
    if _file is not None:
        _logger.removeHandler(_file)
        _file.close()
        _file = None


def finished(command: str, exit_code: int) -> None:
    _logger.info("command %s finished with exit code %d", command, exit_code)


def failure(exc: BaseException) -> None:
    """An unexpected error: its type and where it happened, innermost call first."""
    frames = traceback.extract_tb(exc.__traceback__)[-12:]
    where = "; ".join(f"{_module_path(f.filename)}:{f.lineno} in {f.name}" for f in reversed(frames))
    _logger.error("unexpected %s.%s at %s", type(exc).__module__, type(exc).__qualname__,
                  where or "an unknown place")


def unreadable_file(kind: str, exc: BaseException) -> None:
    """A spreadsheet (``kind``: xls, ods) its reader could not read: the reader's error and
    technical reason (anything it quotes, which can be a sheet's name or a value, left out);
    the lawyer is told in one line of their language."""
    reason = re.sub(r"(['\"“«]).*?(['\"”»])", "…", " ".join(str(exc).split()))[:200]
    _logger.warning("a .%s file could not be read: %s.%s: %s", kind, type(exc).__module__,
                    type(exc).__qualname__, reason)


def log_uncaught_exceptions() -> None:
    """The desktop app: an error in a Qt slot goes to sys.excepthook; log it there too."""
    previous = sys.excepthook

    def hook(kind: type[BaseException], exc: BaseException, tb: object) -> None:
        failure(exc)
        previous(kind, exc, tb)  # type: ignore[arg-type]

    sys.excepthook = hook


def _module_path(filename: str) -> str:
    """``caseapp/services/outputs.py``, not the folder it is installed in (a user name)."""
    parts = Path(filename).parts
    for anchor in ("site-packages", "_internal", "caseapp"):
        if anchor in parts:
            index = len(parts) - 1 - parts[::-1].index(anchor)
            return "/".join(parts[index + (anchor != "caseapp"):])
    return Path(filename).name
