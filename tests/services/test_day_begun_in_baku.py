"""A day that has begun in Baku is not "in the future" for a lawyer west of it. At 22:00 in
Paris (01:00 the next day in Baku), or from noon in Los Angeles, a decision given in Baku that
morning, a visit or a letter of that day was refused ("The decision (28 Nov 2026) is in the
future") until her own midnight: the appeal's days ran meanwhile unrecorded. A day later than
any that has begun on Earth is still refused."""

from __future__ import annotations

from datetime import timedelta

import pytest

from caseapp.domain.errors import ValidationError
from caseapp.services.casefile import CaseFile
from tests.conftest import TODAY


def test_a_day_begun_east_of_the_lawyer_is_taken_the_next_is_not(case_file: CaseFile) -> None:
    cf = case_file
    cid = cf.captives.create(names=["Arsen Petrosyan"], capture="2026-10-01",
                             status="pre_trial").id
    tomorrow, after = TODAY + timedelta(days=1), TODAY + timedelta(days=2)
    order = cf.detention_orders.create(captive_id=cid, ordering_court="Nasimi District Court",
                                       start_date=tomorrow.isoformat(),
                                       decided_on=tomorrow.isoformat(), term_months=4)
    assert order.decided_on == tomorrow
    contact = cf.welfare_contacts.create(captive_id=cid, kind="family_call",
                                         contact_on=tomorrow.isoformat())
    assert contact.contact_on == tomorrow
    with pytest.raises(ValidationError, match="is in the future"):
        cf.welfare_contacts.create(captive_id=cid, kind="family_call",
                                   contact_on=after.isoformat())
    with pytest.raises(ValidationError, match="is in the future"):
        cf.captives.create(names=["Gor Avetisyan"], capture=after.isoformat())
