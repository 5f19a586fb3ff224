"""The opening's read of the orders to count again returns exactly those whose stored computed
expiry is later than this version's count (the earlier of months first and days first), the
date arithmetic done by the database (SQLite, PostgreSQL): an opening of a file of tens of
thousands of orders with terms of months and days reads none of those already right, and
misses none of those counted later (each term at each month's end, and across months of
different lengths: 10 January + 1 month 25 days is 7 March months first, 4 March days first).
"""

from __future__ import annotations

from datetime import date, timedelta

from sqlalchemy import insert

from caseapp.db.base import new_uid
from caseapp.db.models import DetentionOrder
from caseapp.db.plain_reads import computed_terms_of_months_and_days
from caseapp.domain.dates import add_term, computed_expiry, earlier_expiry
from caseapp.domain.enums import DetentionOrderKind, ExpirySource
from caseapp.services.casefile import CaseFile
from caseapp.services.expiry_recount import counted_later


def starts() -> list[date]:
    """Every day from 20 December 2026 to 10 March 2028 (a leap February included)."""
    first = date(2026, 12, 20)
    return [first + timedelta(days=n) for n in range((date(2028, 3, 10) - first).days)]


def test_the_read_returns_exactly_the_orders_counted_later(any_case_file: CaseFile) -> None:
    cf = any_case_file
    captive = cf.captives.create(names=["Vardanyan Armen"], capture="2026-11-01",
                                 status="pre_trial")
    rows, expected, right = [], set(), 0
    for n, start in enumerate(starts()):
        months, days = 1 + n % 4, (1, 10, 25, 30, 45)[n % 5]
        for stored in {add_term(start, months=months, days=days),  # as earlier versions
                       computed_expiry(start, months, days)}:  # as this one
            uid = new_uid()
            rows.append(dict(uid=uid, captive_id=captive.id, start_date=start,
                             term_months=months, term_days=days, expires_on=stored,
                             expiry_source=ExpirySource.COMPUTED,
                             kind=DetentionOrderKind.INITIAL))
            if earlier_expiry(start, months, days, stored) is not None:
                expected.add(uid)
            else:
                right += 1
    # A stated expiry and a term of months only are never read.
    rows.append(dict(uid=new_uid(), captive_id=captive.id, start_date=date(2027, 1, 29),
                     term_months=1, term_days=1, expires_on=date(2027, 3, 1),
                     expiry_source=ExpirySource.STATED, kind=DetentionOrderKind.INITIAL))
    rows.append(dict(uid=new_uid(), captive_id=captive.id, start_date=date(2027, 1, 31),
                     term_months=1, term_days=0, expires_on=date(2027, 3, 3),
                     expiry_source=ExpirySource.COMPUTED, kind=DetentionOrderKind.INITIAL))
    with cf.ctx.transaction() as s:
        s.connection().execute(insert(DetentionOrder), rows)
        uids = dict(s.connection().execute(
            DetentionOrder.__table__.select().with_only_columns(
                DetentionOrder.id, DetentionOrder.uid)).all())
    assert len(expected) > 50 and right > 400  # both kinds, at many month ends
    found = counted_later(cf.db)
    assert {uids[i] for i in found} == expected
    if cf.db.path is not None:
        with cf.db.reading() as raw:
            read = computed_terms_of_months_and_days(raw)
    else:
        with cf.db.engine.connect() as conn:
            read = computed_terms_of_months_and_days(conn.connection.driver_connection,
                                                     server=True)
    assert len(read) == len(expected)  # none of those already right is read
