"""A deadline rolled back to the previous working day that an earlier version put on a
working day next to a holiday the calendar only estimates (Eid al-Fitr 2027 in Azerbaijan,
estimated on 9 and 10 March) is counted again when the case file is opened, as a save of
its record would count it: the earlier day, with a notice; a date set by hand is kept. On
SQLite and on a team's server."""

from __future__ import annotations

from datetime import date

from sqlalchemy import text

from caseapp.services.casefile import CaseFile
from tests.services.test_expiry_recount import reopened

MOTION = "az.detention.extension_request"


def _motion(cf: CaseFile, captive_id: int) -> list:
    return [d for d in cf.deadlines.list(captive_id=captive_id)
            if d.rule_id == MOTION]


def left_by_an_earlier_version(cf: CaseFile, ids: list[int]) -> None:
    """The deadlines ``ids`` on Thu 11 March 2027, where an earlier version rolled the
    motion for an order expiring 16 March 2027, and the file not yet looked at with these
    holiday calendars."""
    with cf.ctx.transaction() as s:
        s.execute(text("UPDATE deadlines SET due_on = '2027-03-11' WHERE id = :id"),
                  [{"id": i} for i in ids])
        s.execute(text("DELETE FROM file_events WHERE kind = 'estimated holidays'"))


def test_a_motion_next_to_an_estimated_holiday_is_counted_again_on_opening(
        any_case_file: CaseFile) -> None:
    cf = any_case_file
    armen = cf.captives.create(names=["Vardanyan Armen"], capture="2026-11-01",
                               status="pre_trial").id
    ani = cf.captives.create(names=["Petrosyan Ani"], capture="2026-11-01",
                             status="pre_trial").id
    for cid in (armen, ani):  # expires 16 March 2027: −5 days is Thu 11 March
        cf.detention_orders.create(captive_id=cid, start_date="2026-11-16", term_months=4)
    [mine] = _motion(cf, armen)
    assert mine.due_on == date(2027, 3, 5)
    [by_hand] = _motion(cf, ani)
    cf.deadlines.update(by_hand.id, due_on="2027-03-10", overridden=True)  # kept
    left_by_an_earlier_version(cf, [mine.id])
    assert _motion(cf, armen)[0].due_on == date(2027, 3, 11)
    again = reopened(cf)
    try:
        [now] = _motion(again, armen)
        assert now.due_on == date(2027, 3, 5)
        assert "only estimated" in " ".join(str(s) for s in now.explanation)
        assert _motion(again, ani)[0].due_on == date(2027, 3, 10)
        notice = " ".join(again.notices).replace("\xa0", " ")
        assert "Vardanyan Armen" in notice and "11 Mar 2027 → 5 Mar 2027" in notice, notice
        assert "Petrosyan" not in notice
    finally:
        again.close()
    third = reopened(cf)
    try:
        assert not any("estimated" in n for n in third.notices)
    finally:
        third.close()
