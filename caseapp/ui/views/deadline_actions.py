"""What the lawyer does with a deadline in the Deadlines view: mark it done, dismiss it or
delete it (each confirmed with a note, audited with who and when), snooze it (a hard
deadline only with a reason), change it (its date, whether it is hard, the document it came
from), add one by hand or from a rule, and open the document it came from.

A mixin of :class:`~caseapp.ui.views.deadlines.DeadlinesView`: it uses the view's ``ui``,
``current_row()``, ``captive_filter``, ``message`` and ``report_error``."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any

import shiboken6
from PySide6.QtCore import QCoreApplication, QUrl
from PySide6.QtGui import QDesktopServices

from caseapp.domain.dto import DeadlineDTO
from caseapp.domain.enums import Sensitivity
from caseapp.domain.errors import CaseAppError
from caseapp.domain.redaction import default_level
from caseapp.services.deadline_rows import DeadlineRow
from caseapp.ui.dialogs.clearance_levels import limit_levels
from caseapp.ui.dialogs.deadline_note import DeadlineNoteDialog
from caseapp.ui.dialogs.level_follows import level_follows_free_text
from caseapp.ui.dialogs.record_dialog import Field, RecordDialog
from caseapp.ui.formats import fill
from caseapp.ui.undo_words import dropped_text
from caseapp.ui.views.base import ViewMixedInto
from caseapp.ui.views.documents import copy_refused
from caseapp.ui.views.formatters import date_text, long_date
from caseapp.ui.views.record_actions import edit_dialog, run_dialog
from caseapp.ui.widgets.captive_picker import CaptivePicker, CaptiveSource
from caseapp.ui.widgets.record_pickers import RefCombo
from caseapp.ui.widgets.save_target import ask_save_path

translate = QCoreApplication.translate  # lupdate reads every translate("Context", "source") call


def document_choices(cf: Any, captive_id: int | None) -> list[tuple[str, int]]:
    """The documents a deadline of this captive may come from (read on the worker): the
    captive's own, or those of no captive for a deadline of no captive."""
    docs = cf.documents.list(captive_id=captive_id)
    return [(f"{d.title} ({date_text(d.received_on)})" if d.received_on else d.title, d.id)
            for d in docs]




class DeadlineActions(ViewMixedInto):
    """The buttons' slots (see the module docstring)."""

    if TYPE_CHECKING:  # provided by the view
        captive_filter: int | None

        def current_row(self) -> DeadlineRow | None: ...

    def title_of(self, d: Any) -> str:
        """The deadline's title as the view shows it (a rule's in the interface's language)."""
        cf = self.ui.case_file
        return cf.rule_set.title_in(d.title, rule_id=d.rule_id) if cf is not None else d.title

    # -- closing, with a note --
    def _change(self, deadline: DeadlineDTO, action: str, write: Any) -> Any:
        """Change a deadline's status or notes as an undoable operation."""
        return self.ui.ops.update(
            "deadlines", deadline.id, {}, action=action, write=write,
            describe=lambda d: translate("DeadlinesView", "the deadline “%1”").replace("%1", self.title_of(d)),
            keys=("status", "status_reason", "notes"), captive_id=deadline.captive_id)

    def _ask_note(self, *, title: str, question: str, note_label: str, action: str,
                  then: Any) -> DeadlineNoteDialog:
        dialog = DeadlineNoteDialog(title=title, question=question, note_label=note_label,
                                    action=action, parent=self)
        dialog.confirmed.connect(then)
        dialog.open()
        return dialog

    def _hard_warning(self, d: DeadlineDTO) -> str:
        return ("\n\n" + translate("DeadlinesView", "This is a hard deadline set by a court: it cannot be missed.")
                if d.hard else "")

    def mark_done(self) -> DeadlineNoteDialog | None:
        row = self.current_row()
        if row is None:
            return None
        d = row.deadline

        def done(note: str) -> None:
            try:
                self._change(d, translate("DeadlinesView", "Mark deadline done"),
                             lambda cf: cf.deadline_engine.mark_done(d.id, note))
            except CaseAppError as exc:
                self.report_error(exc)
                return
            self.message.emit(translate("DeadlinesView", "Marked done: %1").replace("%1", self.title_of(d)))

        return self._ask_note(
            title=translate("DeadlinesView", "Mark deadline done"),
            question=fill(translate("DeadlinesView", "Mark the deadline “%1” (due %2) as done?"),
                          self.title_of(d), long_date(d.due_on)) + self._hard_warning(d),
            note_label=translate("DeadlinesView", "What was done (kept in the audit trail with your name and the "
                               "time):"),
            action=translate("DeadlinesView", "Mark done"), then=done)

    def dismiss(self) -> DeadlineNoteDialog | None:
        row = self.current_row()
        if row is None:
            return None
        d = row.deadline

        def dismissed(note: str) -> None:
            try:
                self._change(d, translate("DeadlinesView", "Dismiss deadline"),
                             lambda cf: cf.deadline_engine.dismiss(d.id, note))
            except CaseAppError as exc:
                self.report_error(exc)
                return
            self.message.emit(translate("DeadlinesView", "Dismissed: %1").replace("%1", self.title_of(d)))

        return self._ask_note(
            title=translate("DeadlinesView", "Dismiss deadline"),
            question=fill(translate("DeadlinesView", "Dismiss the deadline “%1” (due %2) without doing it?"),
                          self.title_of(d), long_date(d.due_on)) + self._hard_warning(d),
            note_label=translate("DeadlinesView", "Why is it dismissed?"), action=translate("DeadlinesView", "Dismiss"),
            then=dismissed)

    def delete(self) -> DeadlineNoteDialog | None:
        row = self.current_row()
        if row is None:
            return None
        d = row.deadline

        def deleted(note: str) -> None:
            ops = self.ui.ops
            try:
                ops.run(lambda cf: cf.deadlines.delete(d.id, note=note))
            except CaseAppError as exc:
                self.report_error(exc)
                return
            dropped = ops.forget("deadlines", d.id, announce=False)
            text = translate("DeadlinesView", "Deleted the deadline “%1”.").replace("%1", self.title_of(d))
            self.message.emit(f"{text} {dropped_text(dropped)}" if dropped else text)

        return self._ask_note(
            title=translate("DeadlinesView", "Delete deadline"),
            question=fill(translate("DeadlinesView", "Delete the deadline “%1” (due %2) for good? Mark it done or "
                             "dismiss it instead to keep it on record."),
                          self.title_of(d), long_date(d.due_on)) + self._hard_warning(d),
            note_label=translate("DeadlinesView", "Why is it deleted?"), action=translate("DeadlinesView", "Delete"),
            then=deleted)

    # -- snoozing: a hard deadline only with a reason --
    def snooze(self) -> None:
        row = self.current_row()
        if row is None:
            return
        d = row.deadline
        today = self.ui.today()
        proposed = (min(today + timedelta(days=3), d.due_on) if d.due_on > today
                    else today + timedelta(days=1))
        fields = [Field("until", translate("DeadlinesView", "Remind me again on"), "date", required=True,
                        help=translate("DeadlinesView", "The due date does not change."))]
        if d.hard:
            fields.append(Field("reason", translate("DeadlinesView", "Why snooze a deadline set by a court?"),
                                "multiline", required=True,
                                help=translate("DeadlinesView", "A hard deadline cannot be missed: the reason is "
                                             "kept with the snooze and in the audit trail.")))
        title = (translate("DeadlinesView", "Snooze a hard deadline") if d.hard
                 else translate("DeadlinesView", "Snooze deadline"))
        dialog = RecordDialog(title, fields, lambda vals: self._change(
            d, title, lambda cf: cf.deadline_engine.snooze(d.id, vals["until"],
                                                         vals.get("reason") or "")),
            {"until": proposed}, self)
        dialog.setObjectName("snooze_dialog")
        if run_dialog(dialog) is not None:
            self.message.emit(translate("DeadlinesView", "Snoozed: %1").replace("%1", self.title_of(d)))

    # -- changing and adding --
    def _fields(self, documents: list[tuple[str, int]]) -> list[Field]:
        return [Field("title", translate("DeadlinesView", "Deadline"), required=True),
                Field("due_on", translate("DeadlinesView", "Due on"), "date", required=True),
                Field("hard", translate("DeadlinesView", "Hard deadline (set by a court, cannot be missed)"),
                      "bool", help=translate("DeadlinesView", "Shown first, marked, and never snoozed without a "
                                           "reason.")),
                Field("document_id", translate("DeadlinesView", "Came from the document"), "ref",
                      choices=documents, help=translate("DeadlinesView", "The order or letter that set it; open "
                                                      "it from the deadline.")),
                Field("notes", translate("DeadlinesView", "Notes"), "multiline"),
                Field("sensitivity", translate("DeadlinesView", "Sensitivity"), "enum",
                      enum=Sensitivity,
                      help=translate("DeadlinesView", "Who may see this deadline and its notes "
                                     "in a calendar, dossier or report: a deadline with notes "
                                     "starts internal"))]

    def _levelled(self, dialog: RecordDialog, *, edit: bool) -> RecordDialog:
        """The level chooser limited to the login's clearance and kept at the level a
        deadline with the notes typed gets (internal once it has notes) until chosen."""
        limit_levels(dialog, self.ui)
        return level_follows_free_text(dialog, self.ui, "deadlines", edit=edit)

    def edit(self) -> None:
        row = self.current_row()
        if row is None:
            return
        cf, d = self.ui.case_file, row.deadline
        self.ui.runner.submit(lambda: document_choices(cf, d.captive_id),
                              lambda docs: self._edit_dialog(d, docs), self.report_error,
                              key="deadline_documents")

    def _titled(self, values: dict[str, Any], rule_id: str) -> dict[str, Any]:
        """The form's values with the title in the reader's language when the rule gave it
        (stored in English, as the rule's title): left as shown, it stays the rule's."""
        cf = self.ui.case_file
        if "title" not in values or cf is None:
            return values
        return {**values, "title": cf.rule_set.title_in(values["title"], rule_id=rule_id)}

    def _edit_dialog(self, d: DeadlineDTO, documents: list[tuple[str, int]]) -> None:
        if not shiboken6.isValid(self):
            return
        dialog = edit_dialog(self.ui, title=translate("DeadlinesView", "Edit deadline"),
                             fields=self._fields(documents), service="deadlines",
                             noun=translate("DeadlinesView", "deadline"), record_id=d.id, parent=self,
                             values={"title": d.title, "due_on": d.due_on, "hard": d.hard,
                                     "document_id": d.document_id, "notes": d.notes,
                                     "sensitivity": d.sensitivity},
                             shown=lambda values: self._titled(values, d.rule_id),
                             also_undone=("overridden",))  # Undo gives the date back to the rules
        self._levelled(dialog, edit=True)
        dialog.setObjectName("deadline_edit_dialog")
        run_dialog(dialog)

    def add_by_hand(self) -> None:
        """The captive is found by name as the lawyer types (the filtered one chosen); the
        documents offered are those of the filtered captive, read first."""
        cf, captive = self.ui.case_file, self.captive_filter
        if captive is None:  # the documents follow the captive: link them later
            self._add_dialog(None, [])
            return
        self.ui.runner.submit(lambda: document_choices(cf, captive),
                              lambda docs: self._add_dialog(captive, docs), self.report_error,
                              key="deadline_choices")

    def _add_dialog(self, captive: int | None, documents: list[tuple[str, int]]) -> None:
        if not shiboken6.isValid(self):
            return
        source = CaptiveSource(self.ui, suggested=[captive] if captive is not None else [])
        fields = [Field("captive_id", translate("DeadlinesView", "Captive"), "captive", source=source),
                  *self._fields(documents)]
        if captive is None:
            fields = [f for f in fields if f.name != "document_id"]
        dialog = edit_dialog(self.ui, title=translate("DeadlinesView", "Add deadline"), fields=fields,
                             service="deadlines", noun=translate("DeadlinesView", "deadline"),
                             values={"captive_id": captive,
                                     "due_on": self.ui.today() + timedelta(days=7),
                                     "sensitivity": default_level(
                                         "deadlines",
                                         setting=self.ui.case_file.settings.current().default_level)},
                             parent=self)
        self._levelled(dialog, edit=False)
        dialog.setObjectName("deadline_add_dialog")
        if captive is not None:
            _documents_follow(dialog, captive)
        if run_dialog(dialog) is not None:
            self.message.emit(translate("DeadlinesView", "Deadline added."))

    def from_rule(self) -> None:
        from caseapp.ui.dialogs.rule_calculator import open_calculator

        open_calculator(self.ui, self, captive_id=self.captive_filter)

    # -- the document it came from --
    def open_document(self) -> None:
        """Save a copy of the linked document where the lawyer chooses (never a temporary
        file of ours: the case file may be encrypted) and open it, as the captive's file
        opens its documents."""
        row = self.current_row()
        if row is None or row.deadline.document_id is None:
            return
        cf, doc_id = self.ui.case_file, row.deadline.document_id
        self.ui.runner.submit(lambda: cf.documents.get(doc_id), self._save_and_open,
                              self.report_error, key="deadline_document")

    def _save_and_open(self, doc: Any) -> None:
        if not shiboken6.isValid(self):
            return
        cf = self.ui.case_file
        chosen = ask_save_path(self, translate("DeadlinesView", "Open the document (a copy, not encrypted)"),
                               Path.home() / Path(doc.filename or doc.title).name, "",
                               cf.output_guard if cf is not None else None)
        if chosen is None:
            return
        path = str(chosen)

        def opened(_result: object) -> None:
            self.message.emit(translate("DeadlinesView", "Saved a copy to %1.").replace("%1", path))
            QDesktopServices.openUrl(QUrl.fromLocalFile(path))

        self.ui.runner.submit(lambda: cf.documents.save_copy(doc.id, path), opened,
                              lambda exc: self.report_error(copy_refused(path, exc)),
                              key="deadline_document_write")


def _documents_follow(dialog: RecordDialog, captive: int) -> None:
    """The documents offered are ``captive``'s: choosing another captive empties and
    disables the document box, so no deadline is linked to someone else's document."""
    picker, documents = dialog.widgets["captive_id"], dialog.widgets["document_id"]
    assert isinstance(picker, CaptivePicker) and isinstance(documents, RefCombo)

    def follow() -> None:
        mine = picker.value() == captive
        if not mine:
            documents.set_value(None)
        documents.setEnabled(mine)

    picker.changed.connect(follow)
