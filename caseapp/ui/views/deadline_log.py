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


def _day(vals: dict[str, Any]) -> date:
    value = vals.get("day")
    try:
        return value if isinstance(value, date) else date.fromisoformat(str(value).strip())
    except ValueError:
        raise ValidationError(translate("DailyLog", "“%1” is not a date (YYYY-MM-DD).").replace("%1", str(value)),
                              field="day") from None


def ask_day(ui: UiContext, parent: QWidget) -> date | None:
    dialog = RecordDialog(
        translate("DailyLog", "Daily log of deadline control"),
        [Field("day", translate("DailyLog", "Day"), "date", required=True,
               help=translate("DailyLog", "Deadlines entered, changed, done, dismissed or deleted on this day, with "
                       "who, when and why. Printed at the internal level: for the legal team "
                       "only."))],
        _day, {"day": ui.today()}, parent)
    dialog.setObjectName("daily_log_dialog")
    return run_dialog(dialog)  # type: ignore[no-any-return]


def daily_log(ui: UiContext, parent: Any) -> None:
    """Ask for the day and the file, then write the log in the background."""
    cf = ui.case_file
    if cf is None:
        return
    day = ask_day(ui, parent)
    if day is None:
        return
    target = ask_save_path(parent, translate("DailyLog", "Daily log of deadline control"),
                           Path.home() / file_names.daily_log(day),
                           translate("DailyLog", "PDF files (*.pdf)"), cf.output_guard)
    if target is None:
        return
    path = str(target)

    def work() -> int:
        from caseapp.services import outputs

        made = outputs.daily_log(cf, day=day, level=Sensitivity.INTERNAL, author=cf.ctx.actor,
                                 target=path, lang=current_language())  # the interface's
        return len(made.record.entries)

    def done(n: int) -> None:
        if shiboken6.isValid(parent):
            parent.message.emit(plural(translate("DailyLog", "Wrote the daily log of %1 (%Ln event(s)) to %2.",
                                          "", n), n)
                                .replace("%1", long_date(day)).replace("%2", path))

    ui.runner.submit(work, done, parent.report_error, key="daily_log")
