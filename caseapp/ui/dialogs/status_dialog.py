"""The "Change status" dialog of a captive's file. When the new status ends custody
(released, repatriated, dead) and a stay at a place of detention is open, it offers, checked,
to end that stay on the status's day in the same undoable operation ("Also end the stay at
Baku Pre-Trial Centre on 2 November 2026"); a stay that began after that day is said to be
left open, never ended before it began. Which stays: :mod:`caseapp.domain.stays`; the write:
``custody.set_status`` (:mod:`caseapp.services.custody_end`). It also says how many open
deadlines of the detention orders the end of custody closes in the same write, and how many
dated by hand stay open (:mod:`caseapp.domain.steps_at_end`), and how many hearings on
detention still to come it makes moot (no longer the next hearing; they stay recorded), in the
words the status offer bar also uses (:mod:`caseapp.ui.custody_end_text`)."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from caseapp.domain.custody_periods import Change
from caseapp.domain.dto import CaptiveDTO
from caseapp.domain.enums import CaptiveStatus, Sensitivity
from caseapp.domain.redaction import STATUS_FIELD, default_level
from caseapp.domain.status_order import backdated
from caseapp.domain.stays import OpenStay, StaysAtEnd, stays_at_end
from caseapp.services.casefile import CaseFile
from caseapp.ui.custody_end_text import custody_end_lines
from caseapp.ui.dialogs.clearance_levels import limit_levels
from caseapp.ui.dialogs.kind_declaration import CaptiveDialogs
from caseapp.ui.dialogs.level_follows import level_follows_free_text
from caseapp.ui.dialogs.record_dialog import Field, RecordDialog
from caseapp.ui.formats import fill, long_date
from caseapp.ui.labels import status_label
from caseapp.ui.session import UiContext
from caseapp.ui.undo_commands import CustodyReader
from caseapp.ui.widgets.wrapped_check import WrappedCheck

Stay = tuple[int, str, date, date | None]
Step = tuple[date, bool]  # an open detention-order step: its day, dated by hand
_ENDED = frozenset(s.value for s in CaptiveStatus if s.ended)


def _places(stays: tuple[OpenStay, ...]) -> str:
    return ", ".join(dict.fromkeys(s.facility for s in stays))


class StayOffer:
    """The checkbox and the line under the fields, following the status and its day."""

    def __init__(self, dialog: RecordDialog, stays: list[Stay], today: date,
                 steps: tuple[Step, ...] = (), hearings: tuple[tuple[date, str], ...] = (),
                 captive: CaptiveDTO | None = None, history: tuple[Change, ...] = ()):
        self.dialog, self.stays, self.today, self.steps = dialog, stays, today, steps
        self.hearings = hearings  # still to come: (day, kind)
        self.captive, self.history = captive, history  # the current status and its history
        self.found: StaysAtEnd | None = None
        self.offer = WrappedCheck(dialog)  # the sentence wraps: its place and day stay in view
        self.end = self.offer.box
        self.end.setObjectName("end_stay")
        self.offer.sentence.setObjectName("end_stay_text")
        self.end.setChecked(True)
        self.end.setToolTip(CaptiveDialogs.tr("The stay gets this day as its departure; Undo "
                                              "puts back the status and the open stay"))
        self.later = QLabel(dialog)
        self.later.setObjectName("stay_left_open")
        self.later.setWordWrap(True)
        box = QVBoxLayout()
        box.setContentsMargins(0, 4, 0, 0)
        box.addLayout(self.offer)
        box.addWidget(self.later)
        self.closing = QLabel(dialog)  # the detention orders' deadlines the end closes
        self.closing.setObjectName("steps_closed")
        self.closing.setWordWrap(True)
        box.addWidget(self.closing)
        self.order = QLabel(dialog)  # where a change dated before the current status goes
        self.order.setObjectName("status_date_order")
        self.order.setWordWrap(True)
        box.addWidget(self.order)
        layout = dialog.layout()
        assert isinstance(layout, QVBoxLayout)
        layout.insertLayout(1, box)  # under the fields, above the errors and the buttons
        status, day = dialog.widgets["status"], dialog.widgets["effective_on"]
        status.currentIndexChanged.connect(lambda _i: self.update())  # type: ignore[attr-defined]
        day.edited.connect(self.update)  # type: ignore[attr-defined]
        day.edit.textChanged.connect(lambda _t: self.update())  # type: ignore[attr-defined]
        self.update()

    def _day(self) -> date | None:
        text = self.dialog.widgets["effective_on"].value()  # type: ignore[attr-defined]
        if not text:
            return self.today  # empty: today, as the service reads it
        try:
            return date.fromisoformat(str(text))
        except ValueError:
            return None  # not a day yet: the field says so on Save

    def update(self) -> None:
        value = self.dialog.widgets["status"].value()  # type: ignore[attr-defined]
        day = self._day()  # (the combo gives the value as text)
        if self._say_order(value, day):  # only a line of the history: nothing else changes
            self.found = None
            self.offer.set_hidden(True)
            self.later.setHidden(True)
            self._say_steps(None)
            return
        ended = value in _ENDED
        self.found = stays_at_end(self.stays, day) if ended and day is not None else None
        ending = self.found.ending if self.found else ()
        later = self.found.later if self.found else ()
        if ending and day is not None:
            self.offer.set_text(fill(CaptiveDialogs.tr("Also end the stay at %1 on %2"),
                                     _places(ending), long_date(day)))
        self.offer.set_hidden(not ending)
        if later and day is not None:
            self.later.setText(
                fill(CaptiveDialogs.tr("The stay at %1 began on %2, after %3: it is left open."),
                     _places(later), long_date(later[0].from_date), long_date(day)))
        self.later.setHidden(not later)
        self._say_steps(day if ended else None)

    def _say_order(self, value: Any, day: date | None) -> bool:
        """Say where a change dated before the current status goes, or which of two on one
        day is current (:mod:`caseapp.domain.status_order`); whether it is dated before."""
        c, text, earlier = self.captive, "", False
        new = CaptiveStatus(value) if value else None
        if c is not None and new is not None and day is not None and c.status_since:
            current = status_label(c.status, c.sex)
            if backdated(c.status, c.status_since, new, day, self.history):
                earlier = True
                text = fill(CaptiveDialogs.tr(
                    "This change is dated before the current status, %1 since %2: it goes "
                    "into the history by its date, and the current status stays %1."),
                    current, long_date(c.status_since))
            elif day == c.status_since and new != c.status:
                text = fill(CaptiveDialogs.tr(
                    "%1 is dated the same day: of two changes on one day, the one recorded "
                    "later, this one, becomes the current status."), current)
        self.order.setText(text)
        self.order.setHidden(not text)
        return earlier

    def _say_steps(self, day: date | None) -> None:
        lines = custody_end_lines(day, self.steps, self.hearings)
        self.closing.setText("\n".join(lines))
        self.closing.setHidden(not lines)

    @property
    def ends_stays(self) -> bool:
        return not self.end.isHidden() and self.end.isChecked()


def make_status_dialog(ui: UiContext, captive: CaptiveDTO,
                       parent: QWidget | None = None) -> RecordDialog:
    fields = [
        Field("status", CaptiveDialogs.tr("New status"), "enum", enum=CaptiveStatus),
        Field("effective_on", CaptiveDialogs.tr("Since"), "date", aliases=("status_since",),
              help=CaptiveDialogs.tr("The day the status changed (empty: today)")),
        Field("note", CaptiveDialogs.tr("Note"), "multiline",
              help=CaptiveDialogs.tr("What happened, and the source")),
        Field("level", CaptiveDialogs.tr("Sensitivity"), "enum", enum=Sensitivity,
              help=CaptiveDialogs.tr("Who may see this status change and its note in a "
                                     "dossier or report: a change with a note starts "
                                     "internal, which keeps the note to your team")),
    ]
    title = CaptiveDialogs.tr("Change status")
    stays: list[Stay] = ui.ops.write(lambda cf: [
        (p.id, p.facility, p.from_date, p.to_date)
        for p in cf.detention_places.list(captive_id=captive.id)])
    steps: tuple[Step, ...] = ui.ops.write(lambda cf: cf.custody.order_steps(captive.id))
    hearings: tuple[tuple[date, str], ...] = ui.ops.write(
        lambda cf: cf.custody.hearings_ahead(captive.id))
    history: tuple[Change, ...] = ui.ops.write(lambda cf: tuple(
        (h.new_status, h.effective_on) for h in cf.captives.status_history(captive.id)))
    offer: StayOffer

    def save(vals: dict[str, Any]) -> CaptiveDTO:
        end_stays = offer.ends_stays

        def write(cf: CaseFile) -> Any:
            return cf.custody.set_status(captive.id, vals["status"],
                                         effective_on=vals["effective_on"], note=vals["note"],
                                         level=vals["level"], end_stays=end_stays)
        # Undo puts back the status, its date and the stays it ended; the status history
        # keeps both entries.
        done = ui.ops.update("custody", captive.id, {}, action=title, write=write,
                             describe=lambda c: c.primary_name, read=CustodyReader(),
                             captive_id=captive.id)
        return done.captive

    # The level a change of status gets by the one rule (internal once a note is typed: a
    # note may say anything), never below the captive's or its status's level.
    parents = (captive.sensitivity, (captive.field_levels or {}).get(STATUS_FIELD))
    initial = {"status": captive.status, "effective_on": ui.today(),
               "level": default_level("status_changes", setting=ui.case_file.settings.current()
                                      .default_level, parents=parents)}
    dialog = RecordDialog(title, fields, save, initial, parent)
    dialog.setObjectName("dialog_status")
    limit_levels(dialog, ui)
    level_follows_free_text(dialog, ui, "status_changes", parents=parents, field="level")
    choices = dialog.widgets["status"]  # each status as said of this captive (a woman's: ru)
    for i in range(choices.count()):  # type: ignore[attr-defined]
        choices.setItemText(i, status_label(  # type: ignore[attr-defined]
            choices.itemData(i), captive.sex))  # type: ignore[attr-defined]
    offer = StayOffer(dialog, stays, ui.today(), steps, hearings, captive, history)
    dialog.stay_offer = offer  # type: ignore[attr-defined]
    return dialog
