"""How the window names a captive's place of detention: the open stay's place, or, once
custody is over (released, repatriated, dead) with that stay left open, where they were last
held (the rule: :func:`caseapp.domain.stays.held_there_now`). The header of their file and
the captives list say it with the same sentence; the custody tab gives such a stay the day
custody ended instead of "now"."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication

from caseapp.domain.enums import CaptiveStatus
from caseapp.domain.stays import held_there_now, open_stay_until
from caseapp.ui.formats import date_text
from caseapp.ui.tr_marks import QT_TRANSLATE_NOOP

translate = QCoreApplication.translate  # lupdate reads every translate("Context", "source") call


def place_shown(status: CaptiveStatus | None, place: str) -> str:
    """``place`` (the open stay's facility) as the window shows it for a captive of
    ``status``: "Last held at Baku Pre-trial Detention Centre No. 1" once custody is over."""
    if place and not held_there_now(status):
        return translate("CaptiveFacts", "Last held at %1").replace("%1", place)
    return place


# A stay left open once custody is over: until the day the status ended it (%1).
_UNTIL = {
    CaptiveStatus.RELEASED: QT_TRANSLATE_NOOP("CaptiveTabs", "until the release on %1"),
    CaptiveStatus.REPATRIATED: QT_TRANSLATE_NOOP("CaptiveTabs", "until the repatriation on %1"),
    CaptiveStatus.DECEASED: QT_TRANSLATE_NOOP("CaptiveTabs", "until the death on %1"),
}


def open_stay_end(status: CaptiveStatus | None, since: date | None, from_date: date) -> str:
    """The departure of a stay with none recorded, as the custody tab shows it: "now" while
    in custody; once custody is over, "until the release on 2 Nov 2026" (the repatriation,
    the death), or "—" when that day is unknown or before the arrival."""
    if held_there_now(status):
        return translate("CaptiveTabs", "now")
    until = open_stay_until(status, since, from_date)
    if until is None or status not in _UNTIL:
        return "—"
    return translate("CaptiveTabs", _UNTIL[status]).replace("%1", date_text(until))
