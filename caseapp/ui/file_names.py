"""The file names the save dialogs suggest, in the interface's language: "Досье Армен
Мартиросян (для передачи) 2026-12-04.pdf", not "Dossier Armen Martirosyan …".

The names themselves are made in one place, :mod:`caseapp.domain.file_names` (phrases of the
documents' catalogue, which a document kept in the case file is named by too); this module
renders them in the interface's language."""

from __future__ import annotations

from datetime import date
from typing import Any

from caseapp.domain import file_names
from caseapp.domain.enums import Sensitivity


def calendar(level: Sensitivity) -> str:
    return file_names.calendar(level).text()


def daily_log(day: date) -> str:
    return file_names.daily_log(day).text()


def exposure_report(day: date) -> str:
    return file_names.exposure_report(day).text()


def export(day: date) -> str:
    return file_names.export(day).text()


def captives_list(day: date, suffix: str = ".xlsx") -> str:
    return file_names.captives_list(day, suffix).text()


def for_output(output: Any, day: date, *, name: str = "", title: str = "") -> str:
    """The name to suggest for an :class:`~caseapp.services.output_files.Output`: its own name in
    the interface's language. ``name`` and ``title``: a letter's captive and template as the
    letter dialog shows them (the letter names them in its own language)."""
    if output.kind == "letter" and (name or title):
        return file_names.letter(title, name, day).text()
    return str(output.name.text())
