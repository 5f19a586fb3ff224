"""Special risk: why a captive needs more urgent action than the others (health, age,
disability, hunger strike). The lawyer ticks the reasons; age is computed from the birth date.
"""

from __future__ import annotations

from datetime import date
from enum import StrEnum

from caseapp.domain.dates import PartialDate

# "Over 60": the age from which the UN counts a person as older (60 and over).
RISK_AGE = 60


class RiskReason(StrEnum):
    HEALTH = "health"
    AGE = "age"  # computed, never stored
    DISABILITY = "disability"
    HUNGER_STRIKE = "hunger_strike"


def age_on(birth: PartialDate | None, today: date) -> int | None:
    """Age in whole years on ``today``. A birth date known only to the month or year is taken
    at the first day of that period (the oldest the captive can be): a risk flag raised a
    little early costs nothing, one raised late can."""
    if birth is None:
        return None
    b = birth.earliest
    return today.year - b.year - ((today.month, today.day) < (b.month, b.day))


def risk_reasons(*, health: bool, disability: bool, hunger_strike: bool,
                 birth: PartialDate | None, today: date) -> tuple[RiskReason, ...]:
    """The reasons that apply, in a fixed order (``birth``: None when not known or not to be
    shown at the output's level)."""
    age = age_on(birth, today)
    flags = ((RiskReason.HEALTH, health), (RiskReason.AGE, age is not None and age >= RISK_AGE),
             (RiskReason.DISABILITY, disability), (RiskReason.HUNGER_STRIKE, hunger_strike))
    return tuple(r for r, on in flags if on)
