"""A time zone named in a record (a hearing's, a deadline's) is one the clock knows.

A name the zone database does not hold ("Europe/Strasbourg": the Court sits in
Europe/Paris's zone) cannot place a moment: a deadline due at 16:00 in it would never be
overdue by its hour. Whoever writes the record (the window, an import, a merge) is refused it.
"""

from __future__ import annotations

from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from caseapp.domain.errors import ValidationError
from caseapp.domain.messages import msg


def known_zone(name: str, *, field: str = "timezone") -> ZoneInfo:
    """The zone called ``name``, or a :class:`ValidationError` on ``field`` saying it is none."""
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError, OSError):  # unknown, malformed, a path
        raise ValidationError(msg("“{value}” is not a time zone (for example Asia/Baku).",
                                  value=name), field=field) from None
