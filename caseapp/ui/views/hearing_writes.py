"""The hearings calendar's writes: a new hearing on the chosen day (the selected hearing's
defendants offered first), a hearing edited (then, when it was adjourned, the hearing of the
day it is adjourned to offered), a hearing deleted after a question naming its day, court
and defendants; each said in the status bar once done.

A mixin of :class:`~caseapp.ui.views.hearings.HearingsView`: it uses the view's selected
day and hearing; its texts keep the view's translation context, "HearingsView"."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from caseapp.domain.dto import HearingDTO
from caseapp.ui.captive_names import names_text
from caseapp.ui.dialogs.next_hearing import next_hearing_values
from caseapp.ui.dialogs.record_dialog import RecordDialog
from caseapp.ui.labels import label
from caseapp.ui.views.base import ViewMixedInto
from caseapp.ui.views.formatters import fill, long_date, time_text
from caseapp.ui.views.hearing_agenda import AgendaRow
from caseapp.ui.views.hearing_dialog import hearing_dialog
from caseapp.ui.views.record_actions import delete_record, run_dialog

translate = QCoreApplication.translate  # lupdate reads every translate("Context", "source") call



class HearingWrites(ViewMixedInto):
    """The agenda's buttons' slots that write (see the module docstring)."""

    if TYPE_CHECKING:  # provided by the view
        _zone: str | None

        def current_row(self) -> AgendaRow | None: ...

        def selected_date(self) -> date: ...

        def select_date(self, day: date) -> None: ...

    def add_hearing(self) -> None:
        """A new hearing on the chosen day; the selected hearing's defendants are offered
        first in the picker (co-defendants often share the next hearing), never chosen."""
        row = self.current_row()
        self._run_dialog(hearing_dialog(self.ui, day=self.selected_date(), zone=self._zone,
                                        suggested=row.captive_ids if row else (), parent=self))

    def edit_hearing(self) -> None:
        row = self.current_row()
        if row is not None:
            self._run_dialog(hearing_dialog(self.ui, row.hearing, zone=self._zone, parent=self),
                             before=row.hearing)

    def _run_dialog(self, dialog: RecordDialog, *, before: HearingDTO | None = None) -> None:
        saved: HearingDTO | None = run_dialog(dialog)
        if saved is not None:
            self.message.emit(translate("HearingsView", "Saved the hearing of %1.")
                              .replace("%1", long_date(saved.starts_at.date())))
            self.select_date(saved.starts_at.date())
            prefill = next_hearing_values(self, before, saved)
            if prefill is not None:  # adjourned: the hearing of the day it is adjourned to
                self._run_dialog(hearing_dialog(self.ui, prefill=prefill, parent=self))

    def delete_hearing(self) -> None:
        row = self.current_row()
        if row is None:
            return
        h = row.hearing
        when = f"{long_date(h.starts_at.date())} {time_text(h.starts_at)}"
        names = names_text(row.captive_ids, {d.id: d for d in row.defendants})
        if h.court:
            question = fill(translate("HearingsView", "Delete the hearing of %1 at %2 (%3; %4)? "
                                      "It leaves every defendant's file."),
                            when, h.court, label(h.kind), names)
        else:
            question = fill(translate("HearingsView", "Delete the hearing of %1 (%2; %3)? It "
                                      "leaves every defendant's file."),
                            when, label(h.kind), names)
        delete_record(self, "hearings", h.id, title=translate("HearingsView", "Delete hearing"),
                      question=question,
                      done=translate("HearingsView", "Deleted the hearing of %1.").replace("%1", when))
