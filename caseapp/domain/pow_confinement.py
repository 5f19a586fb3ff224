"""The limit Geneva Convention III, Art. 103 sets on a prisoner of war's confinement awaiting
trial (three months), as the detention clock (:mod:`caseapp.domain.clock`) counts it.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from dateutil.relativedelta import relativedelta

from caseapp.domain.enums import CaptiveCategory, CaptiveStatus
from caseapp.domain.order_sequence import Sequenced

# Geneva Convention III, Art. 103: a prisoner of war's confinement while awaiting trial
# shall in no circumstances exceed three months. Counted from the start of the first
# detention order (the confinement awaiting trial), for a serviceman / POW held pre-trial,
# even across a release and a re-arrest: the article does not say whether a new
# confinement restarts the three months or whether days out of confinement are left out,
# and either would move the date later, which a rule without a verified source never does
# (DOMAIN.md). The captive's file says what the count starts from. The days confined the
# warning gives ("confined … for N days") are days held: the days released up to a
# re-arrest are left out of them, though not out of the date.
POW_CONFINEMENT_MONTHS = 3
POW_CONFINEMENT_SOURCE = "GC III Art. 103"


def pow_confinement(category: CaptiveCategory | None, status: CaptiveStatus,
                    orders: Sequence[Sequenced], today: date) -> tuple[date | None, date | None]:
    """For a serviceman / prisoner of war held pre-trial: the start of the confinement
    awaiting trial (the first detention order that has started) and the last day of the
    three months GC III Art. 103 allows (month-end clamped: 30 November + 3 months is
    28 or 29 February). (None, None) for anyone else or when no order is recorded."""
    if category is not CaptiveCategory.SERVICEMAN or status is not CaptiveStatus.PRE_TRIAL:
        return None, None
    started = [o.start_date for o in orders if o.start_date <= today]
    if not started:
        return None, None
    since = min(started)
    return since, since + relativedelta(months=POW_CONFINEMENT_MONTHS)
