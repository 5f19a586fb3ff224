"""What became of a hearing, as the hearings view, the timeline and the captive's file say it:
"Adjourned to 12 February 2027", "Cancelled", "Held", "Scheduled" — and, for a hearing whose
day has passed with nothing recorded (every hearing of a file made before the state was kept),
"Not recorded" rather than a claim that it sat."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication

from caseapp.domain.enums import HearingState
from caseapp.ui.formats import long_date
from caseapp.ui.labels import label


def hearing_state_text(state: HearingState, next_date: date | None, *,
                       past: bool = False, moot: bool = False) -> str:
    """The state in words; ``past``: the hearing's day is over; ``moot``: the end of its
    captives' custody made it moot (a detention hearing after a release)."""
    if state is HearingState.SCHEDULED and moot:
        return QCoreApplication.translate("HearingState", "Custody ended")
    if state is HearingState.ADJOURNED and next_date is not None:
        return QCoreApplication.translate("HearingState", "Adjourned to %1").replace(
            "%1", long_date(next_date))
    if state is HearingState.SCHEDULED and past:
        return QCoreApplication.translate("HearingState", "Not recorded")
    return label(state)
