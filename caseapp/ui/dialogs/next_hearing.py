"""After a hearing is saved as adjourned to a day: the offer to add the hearing of that day,
with the same court, kind, judge, case and defendants (:func:`caseapp.domain.current_case.
adjourned_to`). Offered once, when the adjournment (or its day) is new, never written
without the lawyer's yes: the adjourned hearing stays as it is, no longer to come."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from caseapp.domain.current_case import adjourned_to
from caseapp.domain.dto import HearingDTO
from caseapp.domain.enums import HearingState
from caseapp.ui.formats import long_date


def next_hearing_values(parent: QWidget | None, before: HearingDTO | None,
                        saved: Any) -> dict[str, Any] | None:
    """The values of the next hearing to add if the lawyer wants it, after ``saved`` (what the
    dialog saved) was ``before`` (None: just created); None when there is nothing to offer or
    the answer is no."""
    if not isinstance(saved, HearingDTO):
        return None
    values = adjourned_to(saved)
    if values is None or (before is not None and before.state is HearingState.ADJOURNED
                          and before.next_date == saved.next_date):
        return None
    assert saved.next_date is not None  # (adjourned_to gave values)
    day = long_date(saved.next_date)
    answer = QMessageBox.question(
        parent, QCoreApplication.translate("NextHearing", "Hearing adjourned"),
        QCoreApplication.translate(
            "NextHearing", "The hearing is adjourned to %1. Add the hearing of %1, with the same "
            "court, kind and defendants?").replace("%1", day),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.Yes)
    return values if answer == QMessageBox.StandardButton.Yes else None
