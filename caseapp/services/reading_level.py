"""The level a case file is read at, and what of a captive it keeps back there.

A travel copy holds nothing above its own level, and a team member below internal
clearance reads nothing above it: a captive's field above that level was left out (a travel
copy) or masked (a team server's view) and holds the value a new record gets, which would
state a false fact if shown ("consents to publicity: no", "place of birth: not known").
:func:`withheld_fields` names those fields, for a screen to say they are not shown."""

from __future__ import annotations

from typing import Any

from sqlalchemy.orm import Session

from caseapp.db.models import Captive
from caseapp.db.plain_reads import session_mark_detail
from caseapp.db.team_policies import CAPTIVE_ALWAYS
from caseapp.domain.enums import Sensitivity
from caseapp.domain.travel_mark import mark_from_detail
from caseapp.services.base import ServiceContext
from caseapp.services.travel_filter import captive_field_level

_TRAVEL_LEVEL = "travel_copy_level"  # a transaction's reading of the file's travel mark
# The captive's columns a screen names otherwise (a date and its precision are one field).
_FIELD_OF = {"birth_date": "birth", "birth_date_precision": "birth",
             "capture_date": "capture", "capture_date_precision": "capture"}
_FIELDS = tuple(c.name for c in Captive.__table__.columns if c.name not in CAPTIVE_ALWAYS)


def travel_level(s: Session) -> Sensitivity | None:
    """The travel copy's level (None: not a travel copy), read once per transaction."""
    if _TRAVEL_LEVEL not in s.info:
        mark = mark_from_detail(session_mark_detail(s))
        s.info[_TRAVEL_LEVEL] = mark.level if mark is not None else None
    level: Sensitivity | None = s.info[_TRAVEL_LEVEL]
    return level


def reading_level(s: Session, ctx: ServiceContext) -> Sensitivity | None:
    """The level the file is read at: the team login's clearance below internal, else the
    travel copy's level; None when the whole file is read."""
    return ctx.clearance if ctx.clearance is not None else travel_level(s)


def withheld_fields(sensitivity: Sensitivity, field_levels: dict[str, Any] | None,
                    level: Sensitivity | None) -> frozenset[str]:
    """The captive's fields above ``level`` (by their names in a
    :class:`~caseapp.domain.dto.CaptiveDTO`: "birth", "consent_publicity"), none when the
    whole file is read."""
    if level is None or (not field_levels and level.allows(sensitivity)):
        return frozenset()
    row = {"sensitivity": sensitivity, "field_levels": field_levels or {}}
    return frozenset(_FIELD_OF.get(c, c) for c in _FIELDS
                     if not level.allows(captive_field_level(row, c)))
