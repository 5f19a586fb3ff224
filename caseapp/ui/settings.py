"""Every persisted setting of the desktop app, named once."""

from __future__ import annotations

from PySide6.QtCore import QSettings

from caseapp.config import APP_NAME

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
