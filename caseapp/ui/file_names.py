"""The file names the save dialogs suggest, in the interface's language: "Досье Армен
Мартиросян (Публичный) 2026-12-04.pdf", not "Dossier Armen Martirosyan public …".

Each is a whole phrase translated in the context "FileNames", with the captive's name as the
interface shows it (the spelling in its script when recorded), made safe for every file system
by :func:`caseapp.domain.file_names.safe_file_name` (the one place that does). The day is
written as ISO (2026-12-04) in every language, so that a folder's files sort by date."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication

from caseapp.domain.enums import Sensitivity
from caseapp.domain.file_names import safe_file_name
from caseapp.ui.captive_names import shown_names
from caseapp.ui.labels import label

translate = QCoreApplication.translate  # lupdate reads every translate("Context", "source") call


def _name(text: str, suffix: str, *values: str) -> str:
    for number, value in enumerate(values, start=1):
        text = text.replace(f"%{number}", value)
    return safe_file_name(text, suffix, fallback=translate("FileNames", "document"))


def captive_name(captive: Any) -> str:
    """A captive (anything with ``names``, ``latin_name`` and ``primary_name``) as the
    interface names them."""
    return shown_names(getattr(captive, "names", ()) or (), latin=getattr(captive, "latin_name", ""),
                       primary=getattr(captive, "primary_name", ""))[0]


def dossier(name: str, level: Sensitivity, day: date) -> str:
    return _name(translate("FileNames", "Dossier %1 (%2) %3"), ".pdf", name, label(level),
                 day.isoformat())


def status_report(level: Sensitivity, day: date, suffix: str = ".pdf") -> str:
    return _name(translate("FileNames", "Status report (%1) %2"), suffix, label(level),
                 day.isoformat())


def letter(title: str, name: str, day: date) -> str:
    """``title``: the template as the letter dialog names it ("Power of attorney — Russian")."""
    return _name(translate("FileNames", "%1, %2, %3"), ".docx", title, name, day.isoformat())


def calendar(level: Sensitivity) -> str:
    """No day: exported again, it replaces the file a calendar program subscribed to."""
    return _name(translate("FileNames", "CaseApp deadlines (%1)"), ".ics", label(level))


def daily_log(day: date) -> str:
    return _name(translate("FileNames", "Daily log of deadline control %1"), ".pdf",
                 day.isoformat())


def exposure_report(day: date) -> str:
    return _name(translate("FileNames", "Exposure report %1"), ".pdf", day.isoformat())


def export(day: date) -> str:
    return _name(translate("FileNames", "Case file export %1"), ".json", day.isoformat())


def captives_list(day: date, suffix: str = ".xlsx") -> str:
    return _name(translate("FileNames", "Captives %1"), suffix, day.isoformat())


def for_output(output: Any, day: date, *, name: str = "", title: str = "") -> str:
    """The name to suggest for an :class:`~caseapp.services.outputs.Output` (its own when of
    a kind not named here). ``name`` and ``title``: the captive's name and the letter's
    template, where the output's record does not carry them."""
    record = output.record
    if output.kind == "dossier" and record is not None:
        return dossier(name or captive_name(record.captive), output.level, day)
    if output.kind == "status report":
        return status_report(output.level, day, output.suffix)
    if output.kind == "letter" and (name or title):
        return letter(title, name, day)
    if output.kind == "calendar":
        return calendar(output.level)
    if output.kind == "daily log":
        return daily_log(getattr(record, "day", day))
    if output.kind == "exposure report":
        return exposure_report(getattr(record, "day", day))
    return str(output.filename)
