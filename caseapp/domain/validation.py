"""Rules on the order of events that hold for every case file (pure functions).

From public prisoner databases: a release cannot precede the arrest, custody periods of
one person cannot overlap, and no event lies in the future except scheduled hearings
and deadlines.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from caseapp.domain.dates import PartialDate
from caseapp.domain.errors import ValidationError


@dataclass(frozen=True)
class Period:
    start: date
    end: date | None  # None: still open
    label: str = ""

    def overlaps(self, other: Period) -> bool:
        self_end = self.end or date.max
        other_end = other.end or date.max
        return self.start < other_end and other.start < self_end


def check_period(start: date, end: date | None, *, field: str = "to_date", what: str = "The stay") -> None:
    if end is not None and end < start:
        raise ValidationError(
            f"{what} ends ({end.isoformat()}) before it starts ({start.isoformat()}).", field=field
        )


def check_no_overlap(new: Period, others: Iterable[Period], *, field: str = "from_date") -> None:
    """Custody periods of one person cannot overlap (a period may end the day the next starts)."""
    for other in others:
        if new.overlaps(other):
            until = other.end.isoformat() if other.end else "now"
            raise ValidationError(
                f"This period overlaps another custody period ({other.label or 'stay'}, "
                f"{other.start.isoformat()} – {until}).",
                field=field,
            )


def check_not_before_capture(
    when: date | None, capture: PartialDate | None, *, field: str, what: str
) -> None:
    """``when`` may not be earlier than the earliest day the capture could have happened."""
    if when is None or capture is None:
        return
    if when < capture.earliest:
        raise ValidationError(
            f"{what} ({when.isoformat()}) is before the capture ({capture.iso()}).", field=field
        )


def check_after_birth(when: PartialDate | None, birth: PartialDate | None, *, field: str) -> None:
    if when is None or birth is None:
        return
    if when.latest < birth.earliest:
        raise ValidationError(
            f"The capture ({when.iso()}) is before the date of birth ({birth.iso()}).", field=field
        )


def days_in_custody(
    capture: PartialDate | None, *, released_on: date | None, today: date
) -> int | None:
    """Whole days from the capture to the release (or today); ``None`` if the capture is unknown."""
    if capture is None:
        return None
    end = released_on or today
    return max(0, (end - capture.earliest).days)
