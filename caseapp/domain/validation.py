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
from caseapp.domain.messages import Message, msg


@dataclass(frozen=True)
class Period:
    start: date
    end: date | None  # None: still open
    label: str = ""

    def overlaps(self, other: Period) -> bool:
        self_end = self.end or date.max
        other_end = other.end or date.max
        return self.start < other_end and other.start < self_end


THE_STAY = msg("The stay")


def check_period(start: date, end: date | None, *, field: str = "to_date",
                 what: Message = THE_STAY) -> None:
    """``what`` names the thing that has the period, as a message (``msg("The order")``):
    never a plain string, which would stay English in a Russian or Armenian message."""
    if end is not None and end < start:
        raise ValidationError(
            msg("{what} ends ({end}) before it starts ({start}).", what=what, end=end,
                start=start), field=field)


def check_no_overlap(new: Period, others: Iterable[Period], *, field: str = "from_date") -> None:
    """Custody periods of one person cannot overlap (a period may end the day the next starts)."""
    for other in others:
        if new.overlaps(other):
            raise ValidationError(
                msg("This period overlaps another custody period ({place}, {start} – {end}).",
                    place=other.label or msg("stay"), start=other.start,
                    end=other.end or msg("now")),
                field=field,
            )


def check_not_before_capture(
    when: date | None, capture: PartialDate | None, *, field: str, what: Message
) -> None:
    """``when`` may not be earlier than the earliest day the capture could have happened;
    ``what`` names it as a message, translated with the sentence."""
    if when is None or capture is None:
        return
    if when < capture.earliest:
        raise ValidationError(
            msg("{what} ({day}) is before the capture ({capture}).", what=what, day=when,
                capture=capture.shown()), field=field)


def check_after_birth(when: PartialDate | None, birth: PartialDate | None, *, field: str) -> None:
    if when is None or birth is None:
        return
    if when.latest < birth.earliest:
        raise ValidationError(
            msg("The capture ({capture}) is before the date of birth ({birth}).",
                capture=when.shown(), birth=birth.shown()), field=field)



EARLIEST_YEAR = 1900  # no one held today was born, or captured, before it
_AGES = range(1, 130)  # a year of birth this small is an age typed in its place


def check_since_1900(value: PartialDate | None, *, today: date, field: str,
                     what: Message) -> None:
    """Refuse a date of birth or of capture before 1900: a year typed short ("45", "0045",
    "1850" for 1985). A year of birth that could be an age says the year that age gives."""
    if value is None or value.earliest.year >= EARLIEST_YEAR:
        return
    year = value.earliest.year
    if field == "birth" and year in _AGES:
        raise ValidationError(msg(
            "The date of birth ({day}) is before 1900. If {age} is the captive's age, write "
            "the year of birth instead: {year} or {year_before}.", day=value.shown(), age=year,
            year=str(today.year - year), year_before=str(today.year - year - 1)), field=field)
    raise ValidationError(msg("{what} ({day}) is before 1900: check the year.", what=what,
                              day=value.shown()), field=field)
