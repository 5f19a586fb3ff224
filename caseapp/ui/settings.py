"""Every persisted setting of the desktop app, named once."""

from __future__ import annotations

import os
from collections.abc import Mapping

from PySide6.QtCore import QSettings

from caseapp.config import APP_NAME
from caseapp.domain.clock import (
    DEFAULT_EXPIRY_WARNING_DAYS,
    DEFAULT_WELFARE_THRESHOLD_DAYS,
    ClockSettings,
)
from caseapp.domain.reports import LAWYER_ENV, LawyerProfile
from caseapp.services.deadline_engine import JURISDICTIONS, DeadlineEngine

ORGANISATION = "CaseApp"

GEOMETRY = "window/geometry"
STATE = "window/state"
SPLITTER = "window/splitter"
LAST_VIEW = "window/view"
RECENT_FILES = "files/recent"
LAST_FILE = "files/last"
CAPTIVES_HEADER = "captives/header"
MAX_RECENT = 8


def open_settings() -> QSettings:
    return QSettings(ORGANISATION, APP_NAME)


def recent_files(settings: QSettings) -> list[str]:
    value = settings.value(RECENT_FILES, [])
    if isinstance(value, str):
        value = [value]
    return [str(v) for v in value or []]


def remember_file(settings: QSettings, path: str) -> None:
    files = [path] + [f for f in recent_files(settings) if f != path]
    settings.setValue(RECENT_FILES, files[:MAX_RECENT])
    settings.setValue(LAST_FILE, path)


# The deadline engine's settings: kept with the app, applied to every case file opened.
STATUTORY_MAX_DAYS = "deadlines/statutory_max_days"  # 0: not set
EXPIRY_WARNING_DAYS = "deadlines/expiry_warning_days"
WELFARE_THRESHOLD_DAYS = "deadlines/welfare_threshold_days"
JURISDICTION = "deadlines/jurisdiction"
NOTIFY = "deadlines/notify"  # desktop notifications while the app runs


def _int(settings: QSettings, key: str, default: int) -> int:
    try:
        return max(0, int(settings.value(key, default)))
    except (TypeError, ValueError):
        return default


def clock_settings(settings: QSettings) -> ClockSettings:
    maximum = _int(settings, STATUTORY_MAX_DAYS, 0)
    return ClockSettings(
        statutory_max_days=maximum or None,
        expiry_warning_days=_int(settings, EXPIRY_WARNING_DAYS, DEFAULT_EXPIRY_WARNING_DAYS),
        welfare_threshold_days=_int(settings, WELFARE_THRESHOLD_DAYS,
                                    DEFAULT_WELFARE_THRESHOLD_DAYS))


def jurisdiction(settings: QSettings) -> str:
    value = str(settings.value(JURISDICTION, "az"))
    return value if value in JURISDICTIONS else "az"


def apply_deadline_settings(settings: QSettings, engine: DeadlineEngine) -> None:
    engine.clock_settings = clock_settings(settings)
    engine.jurisdiction = jurisdiction(settings)


# The lawyer's details: author of dossiers and reports, signatory of letters. A field left
# empty here falls back to the CASEAPP_LAWYER_* environment variable the command line reads.
LAWYER_PREFIX = "lawyer/"
LAWYER_FIELDS = tuple(LAWYER_ENV)  # name, organisation, address, bar_number, phone, email, city


def lawyer_key(field: str) -> str:
    return f"{LAWYER_PREFIX}{field}"


def stored_lawyer(settings: QSettings) -> LawyerProfile:
    """Only what the settings hold (no fallback)."""
    return LawyerProfile(**{f: str(settings.value(lawyer_key(f), "") or "").strip()
                            for f in LAWYER_FIELDS})


def lawyer_profile(settings: QSettings | None, environ: Mapping[str, str] | None = None
                   ) -> LawyerProfile:
    """The lawyer's details from the settings, each empty field taken from the environment."""
    env = LawyerProfile.from_mapping(os.environ if environ is None else environ)
    if settings is None:
        return env
    stored = stored_lawyer(settings)
    return LawyerProfile(**{f: getattr(stored, f) or getattr(env, f) for f in LAWYER_FIELDS})


def save_lawyer(settings: QSettings, profile: LawyerProfile) -> None:
    for f in LAWYER_FIELDS:
        settings.setValue(lawyer_key(f), getattr(profile, f).strip())


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
