"""What a hearing's day and hour must be when the lawyer writes them (the window, a script):
given with its hour, for a day without one would be stored as a sitting at midnight, and
shown and exported so; and, for a hearing on custody itself (a detention extension), not
before the capture of any defendant it concerns: there was no custody to extend. A hearing of
the criminal case may be: a trial can go on in absentia, before a capture
(:mod:`caseapp.domain.moot_hearings`)."""

from __future__ import annotations

import re
from datetime import date, datetime
from typing import Any
from zoneinfo import ZoneInfo

from caseapp.domain.dates import partial_date
from caseapp.domain.errors import ValidationError
from caseapp.domain.messages import msg
from caseapp.domain.moot_hearings import CUSTODY_HEARINGS
from caseapp.domain.name_display import latin_display_name, names_in_languages

_DAY_ONLY = re.compile(r"\s*\d{4}-\d{2}-\d{2}\s*")


def require_hour(starts: Any) -> None:
    """Refuse a hearing's start given as a day without its hour ("2027-01-15", or a date):
    read as midnight, it would be shown and put in the calendar as a sitting at 00:00."""
    if isinstance(starts, str) and _DAY_ONLY.fullmatch(starts):
        day = starts.strip()
    elif isinstance(starts, date) and not isinstance(starts, datetime):
        day = starts.isoformat()  # as it would be typed
    else:
        return
    raise ValidationError(msg(
        "The hearing's start “{value}” gives its day but not its hour: give the hour the "
        "court set, as YYYY-MM-DD HH:MM.", value=day), field="starts_at")


def check_after_captures(kind: Any, captives: Any, starts_at: datetime, zone: ZoneInfo) -> None:
    """A hearing on custody cannot sit before the capture of a defendant it concerns: its day
    in the court's zone is checked against the earliest day each capture could have happened."""
    if kind not in CUSTODY_HEARINGS:
        return
    day = starts_at.astimezone(zone).date()
    for captive in captives:
        capture = partial_date(captive.capture_date, captive.capture_date_precision)
        if capture is None or day >= capture.earliest:
            continue
        name = names_in_languages(captive.names, latin_display_name(captive.names),
                                  captive.names[0].full_name if captive.names else "")
        raise ValidationError(msg(
            "The detention hearing of {day} is before the capture of {name} ({capture}): there "
            "was no custody to extend. Check the hearing's day, or the defendants.", day=day,
            name=name, capture=capture.shown()),
            field="starts_at")
