"""The file names the save dialogs suggest, in the document's language: a dossier, a status
report or a letter by its own name (:func:`for_output`: « Dossier Armen Martirosyan
(transmissible) 2026-12-04.pdf » for a French dossier made in an English window, the name it
is kept under in the case file); what the window prints in its own language (the calendar,
the daily log, the seizure exposure report, the captives list) and the JSON export in the
interface's language.

The names themselves are made in one place, :mod:`caseapp.domain.file_names` (phrases of the
documents' catalogue); this module renders those of the window's own outputs."""

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
    from caseapp.services.outputs import EXPOSURE_TITLE  # the title its first page prints

    return file_names.exposure_report(EXPOSURE_TITLE, day).text()


def export(day: date) -> str:
    return file_names.export(day).text()


def captives_list(day: date, suffix: str = ".xlsx") -> str:
    return file_names.captives_list(day, suffix).text()


def for_output(output: Any) -> str:
    """The name to suggest for an :class:`~caseapp.services.output_files.Output`: its own, in
    the document's language with the captive in its script (what it is kept under)."""
    return str(output.filename)
