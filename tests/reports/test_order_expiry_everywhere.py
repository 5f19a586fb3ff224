"""A detention order's expiry is one date, computed in one place: the captive's page (the
detention clock), the Deadlines view's rows, the dossier (the orders' table and the next
deadlines), the status report (its next deadline, once the steps before it are done) and
the calendar must all give the same day, and that day is the start plus the term counted
here with dateutil (a day past a month's end clamped to it; a term of months and days
counted the way that ends earlier), or the expiry the order states."""

from __future__ import annotations

import io
from datetime import date, timedelta

import icalendar
import pytest
from dateutil.relativedelta import relativedelta
from pypdf import PdfReader

from caseapp.domain.cldr import format_date_short
from caseapp.domain.lawyer import LawyerProfile
from caseapp.services import outputs
from caseapp.services.casefile import CaseFile


def _pdf(data: bytes) -> str:
    text = "\n".join(p.extract_text() for p in PdfReader(io.BytesIO(data)).pages)
    return " ".join(text.replace("\xa0", " ").split())


def independent(start: date, months: int, days: int) -> date:
    return min(start + relativedelta(months=months) + timedelta(days=days),
               start + timedelta(days=days) + relativedelta(months=months))


# (start, months, days, the expiry the order states or None)
ORDERS = [
    (date(2026, 10, 31), 4, 0, None),   # 31 Oct + 4 months: 28 Feb 2027
    (date(2026, 8, 31), 6, 0, None),    # 28 Feb 2027
    (date(2026, 11, 27), 3, 0, None),   # today + 3 months
    (date(2026, 10, 29), 4, 1, None),   # months first 1 Mar 2027, days first 28 Feb 2027
    (date(2026, 9, 30), 5, 0, None),    # 28 Feb 2027 (no 30 Feb)
    (date(2026, 11, 20), 4, 0, date(2027, 3, 19)),  # as the court states it
]


@pytest.mark.parametrize(("start", "months", "days", "stated"), ORDERS,
                         ids=[f"{o[0]}+{o[1]}m{o[2]}d" for o in ORDERS])
def test_one_expiry_everywhere(case_file: CaseFile, start: date, months: int, days: int,
                               stated: date | None) -> None:
    cf = case_file
    expiry = stated or independent(start, months, days)
    cid = cf.captives.create(names=["Aram Sargsyan"], capture="2026-08-01", status="pre_trial",
                             sensitivity="shareable", consent_publicity=True).id
    order = cf.detention_orders.create(
        captive_id=cid, start_date=start.isoformat(), term_months=months, term_days=days,
        sensitivity="shareable", **({"expires_on": stated.isoformat()} if stated else {}))
    assert order.expires_on == expiry
    assert cf.deadline_engine.clock(cid).order_expires_on == expiry  # the captive's page
    rows = {r.deadline.rule_id: r.deadline for r in cf.reminders.rows()
            if r.deadline.captive_id == cid}
    assert rows["az.detention.expiry"].due_on == expiry  # the Deadlines view
    for rule_id, d in rows.items():  # the steps before it: done, so the expiry is next
        if rule_id != "az.detention.expiry":
            cf.deadline_engine.mark_done(d.id)
    shown = format_date_short(expiry, "en").replace("\xa0", " ")
    dossier = _pdf(outputs.dossier(cf, cid, level="shareable", author="t",
                                   lawyer=LawyerProfile()).data)
    assert dossier.count(shown) >= 2, shown  # the orders' table and the next deadlines
    report = _pdf(outputs.status_report(cf, level="shareable", author="t").data)
    assert shown in report
    cal = icalendar.Calendar.from_ical(outputs.calendar(cf, level="shareable").data)
    starts = [e.decoded("dtstart") for e in cal.walk("VEVENT")
              if "expires" in str(e.get("summary"))]
    assert starts == [expiry]


def test_an_order_extended_four_months_at_a_time(case_file: CaseFile) -> None:
    """31 July + 4 months = 30 November; the extension from 30 November + 4 months = 30
    March 2027: custody runs until then, and every place that gives the expiry in force
    says 30 March 2027."""
    cf = case_file
    cid = cf.captives.create(names=["Aram Sargsyan"], capture="2026-07-30", status="pre_trial",
                             sensitivity="shareable", consent_publicity=True).id
    first = cf.detention_orders.create(captive_id=cid, start_date="2026-07-31", term_months=4,
                                       sensitivity="shareable")
    assert first.expires_on == independent(date(2026, 7, 31), 4, 0) == date(2026, 11, 30)
    second = cf.detention_orders.create(captive_id=cid, start_date="2026-11-30", term_months=4,
                                        kind="extension", sensitivity="shareable")
    expiry = independent(date(2026, 11, 30), 4, 0)
    assert second.expires_on == expiry == date(2027, 3, 30)
    assert cf.deadline_engine.clock(cid).order_expires_on == expiry
    open_rows = [r.deadline for r in cf.reminders.rows() if r.deadline.captive_id == cid]
    assert [d.due_on for d in open_rows if d.rule_id == "az.detention.expiry"] == [expiry]
    for d in open_rows:
        if d.rule_id != "az.detention.expiry":
            cf.deadline_engine.mark_done(d.id)
    shown = format_date_short(expiry, "en").replace("\xa0", " ")
    dossier = _pdf(outputs.dossier(cf, cid, level="shareable", author="t",
                                   lawyer=LawyerProfile()).data)
    assert dossier.count(shown) >= 2
    assert shown in _pdf(outputs.status_report(cf, level="shareable", author="t").data)
    cal = icalendar.Calendar.from_ical(outputs.calendar(cf, level="shareable").data)
    # (the first order's expiry, superseded, is there as a cancelled event)
    assert [e.decoded("dtstart") for e in cal.walk("VEVENT")
            if "expires" in str(e.get("summary")) and e.get("status") == "CONFIRMED"] == [expiry]
