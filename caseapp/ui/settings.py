"""Every preference the desktop app keeps for its user (QSettings), named once: window
layout, recent files, notifications, locking. What a case file means is not here: it is in
the case file (:mod:`caseapp.services.settings`)."""

from __future__ import annotations

import os
from collections.abc import Mapping
from typing import TYPE_CHECKING

from PySide6.QtCore import QSettings

from caseapp.config import APP_NAME
from caseapp.domain.errors import ValidationError
from caseapp.domain.lawyer import LAWYER_ENV, LawyerProfile

if TYPE_CHECKING:
    from caseapp.services.casefile import CaseFile

ORGANISATION = "CaseApp"

GEOMETRY = "window/geometry"
STATE = "window/state"
SPLITTER = "window/splitter"
LAST_VIEW = "window/view"
RECENT_FILES = "files/recent"
LAST_FILE = "files/last"
CAPTIVES_HEADER = "captives/header"
CAPTIVES_HIDDEN_COLUMNS = "captives/hidden_columns"  # chosen on the list's header menu
CAPTIVES_SHOWN_COLUMNS = "captives/shown_columns"  # ... never hidden to make room
MAX_RECENT = 8


def open_settings() -> QSettings:
    return QSettings(ORGANISATION, APP_NAME)


def recent_files(settings: QSettings) -> list[str]:
    """The case files opened last, newest first. An entry kept as typed by an earlier version
    (``case.db``) is left out: which folder it meant is not known, and read from the current
    one it could open another case file of the same name."""
    value = settings.value(RECENT_FILES, [])
    # one entry is read back as a string, several as a list; anything else (a number kept
    # by a store that keeps numbers, edited by hand) names no file
    values = [value] if isinstance(value, str) else value if isinstance(value, list | tuple) else []
    return [str(v) for v in values if os.path.isabs(str(v))]


def last_file(settings: QSettings) -> str | None:
    """The case file open when the app was last closed (kept by its whole path, see
    :func:`recent_files`)."""
    value = settings.value(LAST_FILE)
    return str(value) if value and os.path.isabs(str(value)) else None


def remember_file(settings: QSettings, path: str) -> None:
    """Keep ``path`` first among the recent files, by its whole path (a file opened as
    ``case.db`` is remembered with its folder)."""
    path = os.path.abspath(path)
    files = [path] + [f for f in recent_files(settings) if f != path]
    settings.setValue(RECENT_FILES, files[:MAX_RECENT])
    settings.setValue(LAST_FILE, path)


# What the case file means (domestic procedure, warning periods, custody maxima, default
# levels, the lawyer's details) lives in the case file: caseapp.services.settings. Only
# preferences of this user on this computer stay here.
NOTIFY = "deadlines/notify"  # desktop notifications while the app runs


def whole_number(settings: QSettings, key: str, default: int) -> int:
    """The whole number kept under ``key``: ``default`` when there is none, or when what is
    kept is not one (a settings file edited by hand)."""
    value = settings.value(key, default)
    if isinstance(value, int | float | str):
        try:
            return int(value)
        except (ValueError, OverflowError):
            pass
    return default


def _int(settings: QSettings, key: str, default: int) -> int:
    return max(0, whole_number(settings, key, default))


def lawyer_profile(case_file: CaseFile | None, environ: Mapping[str, str] | None = None
                   ) -> LawyerProfile:
    """The lawyer's details from the case file, each empty field taken from the
    ``CASEAPP_LAWYER_*`` environment variables (the same rule as on the command line)."""
    env = LawyerProfile.from_mapping(os.environ if environ is None else environ)
    if case_file is None:
        return env
    return case_file.settings.current().lawyer.filled_from(env)


# Where earlier versions kept these facts, per user: carried into the first case file opened.
_OLD_DEADLINE_KEYS = {"deadlines/jurisdiction": "procedure",
                      "deadlines/statutory_max_days": "custody_max_days",
                      "deadlines/expiry_warning_days": "expiry_warning_days",
                      "deadlines/welfare_threshold_days": "welfare_threshold_days"}
_OLD_LAWYER_KEYS = {f"lawyer/{f}": f"lawyer_{f}" for f in LAWYER_ENV}


def carry_over_case_settings(settings: QSettings, case_file: CaseFile) -> list[str]:
    """Once: move the deadline settings and lawyer's details an earlier CaseApp kept for this
    user into ``case_file`` where it holds no value of its own, then forget them here (the
    case file is now their one place). Returns the keys written; a value the case file
    refuses is dropped."""
    old = {new: settings.value(key) for key, new in {**_OLD_DEADLINE_KEYS,
                                                     **_OLD_LAWYER_KEYS}.items()
           if settings.contains(key)}
    if not old or case_file.db.read_only is not None:  # kept for a file that can be written
        return []
    if old.get("custody_max_days") in (0, "0"):
        old["custody_max_days"] = None  # 0 meant "not set"
    stored = {key for key, scope, _ in case_file.settings.current().stored if not scope}
    written = []
    for key, value in old.items():
        if key in stored or value in (None, ""):
            continue
        try:
            case_file.settings.set(key, value)
        except (ValidationError, ValueError):
            continue
        written.append(key)
    for key in (*_OLD_DEADLINE_KEYS, *_OLD_LAWYER_KEYS):
        settings.remove(key)
    return written


# Security: locking, the clipboard and backups (never the passphrase: it is not stored).
AUTO_LOCK_MINUTES = "security/auto_lock_minutes"  # 0: never lock by itself
CLIPBOARD_SECONDS = "security/clipboard_seconds"  # 0: leave what was copied
BACKUPS_KEEP = "security/backups_keep"
DEFAULT_AUTO_LOCK_MINUTES = 10
DEFAULT_CLIPBOARD_SECONDS = 30
DEFAULT_BACKUPS_KEEP = 10


def auto_lock_minutes(settings: QSettings) -> int:
    return _int(settings, AUTO_LOCK_MINUTES, DEFAULT_AUTO_LOCK_MINUTES)


def clipboard_seconds(settings: QSettings) -> int:
    return _int(settings, CLIPBOARD_SECONDS, DEFAULT_CLIPBOARD_SECONDS)


def backups_keep(settings: QSettings) -> int:
    return max(1, _int(settings, BACKUPS_KEEP, DEFAULT_BACKUPS_KEEP))
