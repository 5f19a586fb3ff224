"""What the undo history says to the lawyer: the status bar's lines when a step is done
again, kept, or dropped (its record gone or changed since), and the question before an undo
that would delete a record. :class:`~caseapp.ui.ops.Operations` moves the history and
speaks through these; the texts keep their translation context, "Operations"."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from caseapp.ui.formats import fill
from caseapp.ui.i18n import plural
from caseapp.ui.literal_text import literal
from caseapp.ui.undo_commands import RecordCommand

translate = QCoreApplication.translate  # lupdate reads every translate("Context", "source") call


def dropped_text(dropped: int, label: str = "") -> str:
    """The status bar's line when a deleted record takes ``dropped`` undo steps with it."""
    return plural(translate("Operations", "%1 was deleted; the undo history no longer holds %n step(s) about it.",
                            "", dropped), dropped).replace("%1", label or translate("Operations", "The record"))


def not_done_text(name: str, reason: str, *, undoing: bool, kept: bool) -> str:
    """A step that could not be undone (redone) for ``reason``: taken off the history, or
    ``kept`` there when the case file could not be written (to be done once it can)."""
    if kept:
        text = translate("Operations", "Could not undo “%1”: %2 It is still in the undo history.") if undoing \
            else translate("Operations", "Could not redo “%1”: %2 It is still in the redo history.")
    else:
        text = translate("Operations", "Could not undo “%1”: %2 It was taken off the undo history.") if undoing \
            else translate("Operations", "Could not redo “%1”: %2 It was taken off the redo history.")
    return fill(text, name, reason)  # in one pass: a name's "%2" stays


def not_undone_text(name: str) -> str:
    """The lawyer said No to the deletion an undo would make."""
    return translate("Operations", "Not undone: %1").replace("%1", name)


def done_text(name: str, *, undoing: bool) -> str:
    done = translate("Operations", "Undone: %1") if undoing else translate("Operations", "Redone: %1")
    return done.replace("%1", name)


def confirm_delete(parent: QWidget | None, cmd: RecordCommand) -> bool:
    """Ask before an undo deletes ``cmd``'s record, naming the record and the captive."""
    who = cmd.captive_name
    if cmd.record.service == "captives":  # the captive themself, not a record in their file
        text = translate("Operations", "Undoing “%1” deletes the captive %2 with everything "
                                       "recorded in their file. Delete it?")
    elif who:
        text = translate("Operations", "Undoing “%1” deletes %2 from the file of %3. Delete it?")
    else:
        text = translate("Operations", "Undoing “%1” deletes %2. Delete it?")
    text = fill(text, cmd.action, cmd.record.label, who)  # in one pass: a name's "%2" stays
    answer = QMessageBox.question(parent, translate("Operations", "Undo"), literal(text),
                                  QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                                  QMessageBox.StandardButton.No)
    return answer == QMessageBox.StandardButton.Yes
