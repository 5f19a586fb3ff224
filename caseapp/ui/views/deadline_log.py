"""Deadlines → Daily log…: the PDF of deadlines entered, changed, done and dismissed on a
chosen day, at the internal level (the office's own record), from the same use case as
``caseapp deadlines daily-log`` (:func:`caseapp.services.outputs.daily_log`)."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

import shiboken6
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from caseapp.domain.enums import Sensitivity
from caseapp.domain.errors import ValidationError
from caseapp.domain.messages import current_language
from caseapp.ui import file_names
from caseapp.ui.dialogs.record_dialog import Field, RecordDialog
from caseapp.ui.i18n import plural
from caseapp.ui.session import UiContext
from caseapp.ui.views.formatters import long_date
from caseapp.ui.views.record_actions import run_dialog
from caseapp.ui.widgets.save_target import ask_save_path

translate = QCoreApplication.translate  # lupdate reads every translate("Context", "source") call


def _languages() -> list[str]:
    from caseapp.reports.texts import DOCUMENT_LANGUAGES

    return list(DOCUMENT_LANGUAGES)


def _day(vals: dict[str, Any]) -> tuple[date, str]:
    """The day asked for and the log's language."""
    languages = _languages()
    chosen = vals.get("lang")
    lang = languages[chosen] if isinstance(chosen, int) and 0 <= chosen < len(languages) else "en"
    value = vals.get("day")
    try:
        return (value if isinstance(value, date) else date.fromisoformat(str(value).strip()),
                lang)
    except ValueError:
        raise ValidationError(translate("DailyLog", "“%1” is not a date (YYYY-MM-DD).").replace("%1", str(value)),
                              field="day") from None


def ask_day(ui: UiContext, parent: QWidget) -> tuple[date, str] | None:
    """The day of the log and its language (the documents' languages, French too; the
    interface's proposed)."""
    from caseapp.ui.dialogs.letter_titles import language_name

    languages = _languages()
    interface = current_language()
    dialog = RecordDialog(
        translate("DailyLog", "Daily log of deadline control"),
        [Field("day", translate("DailyLog", "Day"), "date", required=True,
               help=translate("DailyLog", "Deadlines entered, changed, done, dismissed or deleted on this day, with "
                       "who, when and why. Printed at the internal level: for the legal team "
                       "only.")),
         Field("lang", translate("DailyLog", "Language"), "ref", required=True,
               choices=[(language_name(x), n) for n, x in enumerate(languages)],
               help=translate("DailyLog", "The language of the log: its headings, the "
                              "deadlines' rules and notes, and its dates."))],
        _day, {"day": ui.today(),
               "lang": languages.index(interface) if interface in languages else 0}, parent)
    dialog.setObjectName("daily_log_dialog")
    return run_dialog(dialog)


def daily_log(ui: UiContext, parent: Any) -> None:
    """Ask for the day and the file, then write the log in the background."""
    cf = ui.case_file
    if cf is None:
        return
    asked = ask_day(ui, parent)
    if asked is None:
        return
    day, lang = asked
    target = ask_save_path(parent, translate("DailyLog", "Daily log of deadline control"),
                           Path.home() / file_names.daily_log(day),
                           translate("DailyLog", "PDF files (*.pdf)"), cf.output_guard)
    if target is None:
        return
    path = str(target)

    def work() -> int:
        from caseapp.services import outputs

        made = outputs.daily_log(cf, day=day, level=Sensitivity.INTERNAL, author=cf.ctx.actor,
                                 target=path, lang=lang)
        return len(made.record.entries)

    def done(n: int) -> None:
        if shiboken6.isValid(parent):
            parent.message.emit(plural(translate("DailyLog", "Wrote the daily log of %1 (%Ln event(s)) to %2.",
                                          "", n), n)
                                .replace("%1", long_date(day)).replace("%2", path))

    ui.runner.submit(work, done, parent.report_error, key="daily_log")
