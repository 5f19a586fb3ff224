"""The bar on a captive's file that offers the status their records imply ("The verdict of
12 May 2025 suggests the status Convicted. [Change status] [Not now]").

Which status and from which day is the domain's rule
(:mod:`caseapp.domain.implied_status`, read through ``captives.status_suggestion``); this
bar only words it (the status as said of the captive: a woman's in the feminine, as the
header says it) and, on a click, makes the change through the operations (undoable, named).
Nothing changes unless the lawyer clicks. A status that ends custody also says, as the "Change
status" dialog does and in its words (:mod:`caseapp.ui.custody_end_text`), which deadlines of
the detention orders the click closes and which hearings on detention it makes moot.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

from caseapp.domain.dto import CaptiveDTO
from caseapp.domain.enums import Sex
from caseapp.domain.implied_status import EvidenceKind, StatusSuggestion
from caseapp.domain.stays import OpenStay
from caseapp.services.casefile import CaseFile
from caseapp.ui.custody_end_text import custody_end_lines
from caseapp.ui.labels import status_in_sentence
from caseapp.ui.literal_text import literal
from caseapp.ui.session import UiContext
from caseapp.ui.tr_marks import QT_TRANSLATE_NOOP
from caseapp.ui.undo_commands import CustodyReader
from caseapp.ui.views.formatters import fill, long_date

CTX = "StatusOffer"

# One whole sentence per kind of record: %1 the record's day, %2 the status, %3 where.
SENTENCES = {
    EvidenceKind.PROSECUTION: QT_TRANSLATE_NOOP(
        "StatusOffer", "The criminal case opened on %1 suggests the status %2."),
    EvidenceKind.CHARGE: QT_TRANSLATE_NOOP(
        "StatusOffer", "The charges brought on %1 suggest the status %2."),
    EvidenceKind.DETENTION_ORDER: QT_TRANSLATE_NOOP(
        "StatusOffer", "The detention order of %1 suggests the status %2."),
    EvidenceKind.EXTENSION_HEARING: QT_TRANSLATE_NOOP(
        "StatusOffer", "The detention hearing of %1 suggests the status %2."),
    EvidenceKind.TRIAL_HEARING: QT_TRANSLATE_NOOP(
        "StatusOffer", "The trial hearing of %1 suggests the status %2."),
    EvidenceKind.VERDICT: QT_TRANSLATE_NOOP(
        "StatusOffer", "The verdict of %1 suggests the status %2."),
    EvidenceKind.STAY_ENDED: QT_TRANSLATE_NOOP(
        "StatusOffer", "The stay at %3 ended on %1 and no later place of detention is "
                       "recorded: this suggests the status %2."),
}
# A detention order continued by later ones: the order in force is named (%1 its day, %3 the
# day it expires), not the first one, which only dates the status.
IN_FORCE = QT_TRANSLATE_NOOP(
    "StatusOffer", "The detention order of %1, in force until %3, suggests the status %2.")


translate = QCoreApplication.translate  # lupdate reads every translate("Context", "source") call


def _tr(text: str) -> str:
    return QCoreApplication.translate(CTX, text)


def offer_text(s: StatusSuggestion, sex: Sex | None = None) -> str:
    """The sentence the bar shows for ``s`` (about a captive of ``sex``): the status in it in
    lower case where the language writes it so, the order in force named once extended."""
    status = status_in_sentence(s.status, sex)
    if s.in_force is not None and s.in_force_until is not None:
        return fill(_tr(IN_FORCE), long_date(s.in_force.on), status, long_date(s.in_force_until))
    return fill(_tr(SENTENCES[s.evidence.kind]), long_date(s.evidence.on), status,
                s.evidence.where or "?")


def accept(ui: UiContext, captive: CaptiveDTO, s: StatusSuggestion) -> CaptiveDTO:
    """Set the suggested status from the record's day, as one undoable operation; a status
    that ends custody also ends the open stays that began by that day, as the "Change
    status" dialog does with its box checked (``custody.set_status``), and Undo puts back
    both."""
    note = offer_text(s, captive.sex)

    def write(cf: CaseFile) -> object:
        return cf.custody.set_status(captive.id, s.status, effective_on=s.since, note=note)

    action = translate("StatusOffer", "Change status to %1").replace(
        "%1", status_in_sentence(s.status, captive.sex))
    done = ui.ops.update("custody", captive.id, {}, action=action, write=write,
                         describe=lambda c: c.primary_name, read=CustodyReader(),
                         captive_id=captive.id)
    return done.captive


class StatusOfferBar(QFrame):
    """Shown above the tabs while there is a status to offer; hidden otherwise."""

    accepted = Signal(object)  # the StatusSuggestion
    declined = Signal(object)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("status_offer")
        self.setStyleSheet("#status_offer { border: 1px solid palette(highlight); "
                           "border-radius: 4px; background: palette(alternate-base); }")
        self.suggestion: StatusSuggestion | None = None
        self.text = QLabel(self)
        self.text.setObjectName("status_offer_text")
        self.text.setTextFormat(Qt.TextFormat.PlainText)  # courts and places as typed
        self.text.setWordWrap(True)
        self.change = QPushButton(self.tr("Change status"), self)
        self.change.setObjectName("status_offer_change")
        self.change.setAutoDefault(False)
        self.later = QPushButton(self.tr("Not now"), self)
        self.later.setObjectName("status_offer_later")
        self.later.setAutoDefault(False)
        self.later.setToolTip(self.tr("Keep the status as it is; this is not offered again "
                                      "while the file is open"))
        self.change.clicked.connect(lambda: self.suggestion and self.accepted.emit(self.suggestion))
        self.later.clicked.connect(self._decline)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 4, 6, 4)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.change)
        layout.addWidget(self.later)
        self.hide()

    def offer(self, s: StatusSuggestion | None, ending: tuple[OpenStay, ...] = (), *,
              sex: Sex | None = None, steps: tuple[tuple[date, bool], ...] = (),
              hearings: tuple[tuple[date, str], ...] = ()) -> None:
        """Show ``s`` about a captive of ``sex``; ``ending``: the open stays a click would end
        with it (see :func:`accept`), named in the button's tooltip; ``steps`` and
        ``hearings``: the captive's open detention-order steps and hearings still to come
        (``custody.order_steps``, ``custody.hearings_ahead``), of which the bar says what a
        status ending custody closes and makes moot, under its sentence and in the tooltip."""
        self.suggestion = s
        if s is None:
            self.hide()
            return
        status = status_in_sentence(s.status, sex)
        lines = custody_end_lines(s.since if s.status.ended else None, steps, hearings)
        self.text.setText("\n".join([offer_text(s, sex), *lines]))
        tip = (self.tr("Set the status to %1 from %2 and end the stay at %3 on that day (can "
                       "be undone)") if ending else
               self.tr("Set the status to %1 from %2 (can be undone)"))
        self.change.setToolTip(literal("\n".join([fill(tip, status, long_date(s.since), ", ".join(
            dict.fromkeys(o.facility for o in ending))), *lines])))
        self.show()

    def _decline(self) -> None:
        if self.suggestion is not None:
            self.declined.emit(self.suggestion)
        self.offer(None)
