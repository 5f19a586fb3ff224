"""Writing the calendar of open deadlines and hearings (.ics) from the Deadlines view."""

from __future__ import annotations

from typing import Any

import shiboken6
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QInputDialog, QMessageBox

from caseapp.domain.messages import current_language
from caseapp.ui import file_names
from caseapp.ui.session import UiContext
from caseapp.ui.views.base import View
from caseapp.ui.widgets.save_target import ask_save_path


def export_calendar(ui: UiContext, parent: View) -> None:
    """Ask at which level (shareable by default: a calendar leaves the machine), say what that
    level leaves out and let the lawyer choose again, then ask where and write open deadlines
    and the next year's hearings to an .ics file (in the background). Re-exporting gives the
    same event UIDs, so a calendar updates."""
    from caseapp.domain.enums import Sensitivity
    from caseapp.services import outputs
    from caseapp.ui.dialogs.clearance_levels import output_levels
    from caseapp.ui.labels import label

    # (a team login below internal: only the levels its clearance reads)
    levels = output_levels(ui, [Sensitivity.SHAREABLE, Sensitivity.PUBLIC, Sensitivity.INTERNAL])
    names = [label(x) for x in levels]
    choice, ok = QInputDialog.getItem(
        parent, QCoreApplication.translate("DeadlinesView", "Export calendar"),
        QCoreApplication.translate("DeadlinesView",
                                   "Level of the calendar (anything above it is left out):"), names, 0, False)
    if not ok:
        return
    level = levels[names.index(choice)] if choice in names else Sensitivity.SHAREABLE
    cf = ui.case_file
    ui.runner.submit(lambda: outputs.calendar_left_out(cf, level=level, within_days=365),
                     lambda summary: _confirm_calendar(ui, parent, summary),
                     parent.report_error, key="export_ics_preview")


def _confirm_calendar(ui: UiContext, parent: View, summary: Any) -> None:
    from pathlib import Path

    from caseapp.services import outputs

    if not shiboken6.isValid(parent):
        return
    if not summary.is_clean:
        box = QMessageBox(QMessageBox.Icon.Information,
                          QCoreApplication.translate("DeadlinesView", "Export calendar"),
                          "\n".join(summary.lines()), parent=parent)
        box.setObjectName("calendar_left_out")
        write = box.addButton(QCoreApplication.translate("DeadlinesView", "Write the calendar"),
                              QMessageBox.ButtonRole.AcceptRole)
        again = box.addButton(QCoreApplication.translate("DeadlinesView", "Choose another level"),
                              QMessageBox.ButtonRole.ResetRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.exec()
        if box.clickedButton() is again:
            export_calendar(ui, parent)
            return
        if box.clickedButton() is not write:
            return
    cf, level = ui.case_file, summary.level
    lang = _ask_language(parent)
    if lang is None:
        return
    target = ask_save_path(
        parent, QCoreApplication.translate("DeadlinesView", "Export calendar"),
        Path.home() / file_names.calendar(level),
        QCoreApplication.translate("DeadlinesView", "iCalendar files (*.ics)"),
        cf.output_guard if cf is not None else None)
    if target is None:
        return
    path = str(target)

    def work() -> tuple[int, int, int, int, int, int]:
        made = outputs.calendar(cf, level=level, within_days=365, target=path, lang=lang)
        events = made.record
        n = len(events.deadlines) + len(events.hearings)
        # what the file written left out (the list shown before was read a moment earlier)
        return (n, len(events.deadlines), len(events.hearings), made.left_out.total,
                len(events.closed), len(events.deleted))

    ui.runner.submit(work, lambda r: parent.message.emit(_written(r, path, level)),
                     parent.report_error, key="export_ics")


def _ask_language(parent: View) -> str | None:
    """The calendar's language, among those the documents print in (French too: a French
    colleague's phone); the interface's proposed. None when the lawyer cancels."""
    from caseapp.reports.texts import DOCUMENT_LANGUAGES
    from caseapp.ui.dialogs.letter_titles import language_name

    languages = list(DOCUMENT_LANGUAGES)
    names = [language_name(x) for x in languages]
    proposed = languages.index(current_language()) if current_language() in languages else 0
    choice, ok = QInputDialog.getItem(
        parent, QCoreApplication.translate("DeadlinesView", "Export calendar"),
        QCoreApplication.translate("DeadlinesView", "Language of the calendar (its events, "
                                   "reminders and dates):"), names, proposed, False)
    if not ok:
        return None
    return languages[names.index(choice)] if choice in names else languages[proposed]


def _written(counts: tuple[int, int, int, int, int, int], path: str, level: Any) -> str:
    """What the status line says of a calendar written: its events, its level, how many
    items that level left out (never "nothing" when something was) and how many deadlines
    closed and hearings and deadlines deleted lately it cancels. Each count is a sentence's
    %n (its plural forms), or a "label: number" no language inflects."""
    from caseapp.ui.i18n import plural
    from caseapp.ui.labels import label

    events, deadlines, hearings, left_out, closed, deleted = counts
    text = plural(QCoreApplication.translate(
        "DeadlinesView", "Wrote %Ln event(s) (deadlines: %1, hearings: %2) at the %4 level to %3.",
        "", events), events)
    said = [text.replace("%1", str(deadlines)).replace("%2", str(hearings))
            .replace("%4", label(level).lower()).replace("%3", path)]
    translate = QCoreApplication.translate
    if left_out:
        said.append(plural(translate("DeadlinesView", "%Ln item(s) left out at that level.", "",
                                     left_out), left_out))
    if closed:
        said.append(plural(translate(
            "DeadlinesView", "The file also cancels %Ln deadline(s) closed lately (done or "
            "dismissed).", "", closed), closed))
    if deleted:
        said.append(plural(translate(
            "DeadlinesView", "The file also cancels %Ln hearing(s) or deadline(s) deleted lately.",
            "", deleted), deleted))
    return " ".join(said)
