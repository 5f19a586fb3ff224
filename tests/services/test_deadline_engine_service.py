"""The deadline engine over a case file: detention orders create their deadlines."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from caseapp.domain.errors import ValidationError
from caseapp.services.casefile import CaseFile

EXPIRY = "az.detention.expiry"
EXTENSION = "az.detention.extension_request"


@pytest.fixture
def captive_id(case_file: CaseFile) -> int:
    return case_file.captives.create(names=["Vardanyan Armen"], capture="2026-06-01",
                                     status="pre_trial").id


def by_rule(cf: CaseFile, captive_id: int) -> dict:
    return {d.rule_id: d for d in cf.deadlines.list(captive_id=captive_id)}


def test_recording_an_order_creates_expiry_and_extension_deadlines(case_file, captive_id):
    order = case_file.detention_orders.create(captive_id=captive_id, start_date="2026-10-31",
                                              term_months=4)
    found = by_rule(case_file, captive_id)
    assert EXPIRY in found and EXTENSION in found
    assert "az.detention.appeal" not in found  # needs an appeal term the order does not give
    expiry = found[EXPIRY]
    assert expiry.due_on == order.expires_on == date(2027, 2, 28)
    assert expiry.trigger_kind == "detention_order" and expiry.trigger_uid == order.uid
    assert any("clamped" in step.render("en") for step in expiry.explanation)
    assert found[EXTENSION].due_on <= date(2027, 2, 23)
    assert found[EXTENSION].explanation


def test_changing_the_start_recomputes(case_file, captive_id):
    order = case_file.detention_orders.create(captive_id=captive_id, start_date="2026-10-31",
                                              term_months=4)
    before = by_rule(case_file, captive_id)
    case_file.detention_orders.update(order.id, start_date="2026-11-10")
    after = by_rule(case_file, captive_id)
    assert after[EXPIRY].id == before[EXPIRY].id  # updated, not duplicated
    assert after[EXPIRY].due_on == date(2027, 3, 10)
    assert len(case_file.deadlines.list(captive_id=captive_id)) == len(before)


def test_a_deadline_the_lawyer_edited_is_kept(case_file, captive_id):
    order = case_file.detention_orders.create(captive_id=captive_id, start_date="2026-10-31",
                                              term_months=4)
    expiry = by_rule(case_file, captive_id)[EXPIRY]
    edited = case_file.deadlines.update(expiry.id, due_on="2027-02-27")
    assert edited.overridden
    case_file.detention_orders.update(order.id, term_months=6)
    found = by_rule(case_file, captive_id)
    assert found[EXPIRY].due_on == date(2027, 2, 27)  # kept
    assert "Rules differ" in " ".join(map(str, found[EXPIRY].explanation))  # and flagged
    assert found[EXTENSION].due_on > date(2027, 4, 1)  # the others follow the new term


def test_done_deadlines_are_not_reopened(case_file, captive_id):
    order = case_file.detention_orders.create(captive_id=captive_id, start_date="2026-10-31",
                                              term_months=4)
    engine = case_file.deadline_engine
    ext = by_rule(case_file, captive_id)[EXTENSION]
    engine.mark_done(ext.id)
    case_file.detention_orders.update(order.id, term_months=5)
    again = by_rule(case_file, captive_id)[EXTENSION]
    assert again.status == "done" and again.due_on == ext.due_on


def test_for_trigger_stores_in_one_go(case_file, captive_id):
    engine = case_file.deadline_engine
    stored = engine.for_trigger(captive_id=captive_id, trigger_kind="verdict", trigger_uid="v-1",
                                rule_id="az.verdict.appeal", trigger=date(2026, 11, 20), params={})
    assert [d.rule_id for d in stored] == ["az.verdict.appeal"]
    assert stored[0].explanation
    again = engine.for_trigger(captive_id=captive_id, trigger_kind="verdict", trigger_uid="v-1",
                               rule_id="az.verdict.appeal", trigger=date(2026, 11, 20), params={})
    assert [d.id for d in again] == [stored[0].id]


def test_dismiss_needs_a_reason_and_snooze_hides(case_file, captive_id):
    case_file.detention_orders.create(captive_id=captive_id, start_date="2026-10-31", term_months=1)
    engine = case_file.deadline_engine
    found = by_rule(case_file, captive_id)
    with pytest.raises(ValidationError):
        engine.dismiss(found[EXTENSION].id, "  ")
    assert engine.dismiss(found[EXTENSION].id, "Hearing already held").status == "dismissed"
    due = {r.deadline.id for r in case_file.reminders.due(30)}
    assert found[EXPIRY].id in due and found[EXTENSION].id not in due
    engine.snooze(found[EXPIRY].id, "2026-12-05")
    assert found[EXPIRY].id not in {r.deadline.id for r in case_file.reminders.due(30)}
    # still open and due in the lists, only out of the reminders until the 5th
    horizon = case_file.ctx.today() + timedelta(days=30)
    assert found[EXPIRY].id in {r.deadline.id for r in case_file.reminders.rows(due_by=horizon)}


def test_clock(case_file, captive_id):
    case_file.detention_orders.create(captive_id=captive_id, start_date="2026-10-01",
                                      term_months=2)  # expires 2026-12-01: 4 days left
    case_file.welfare_contacts.create(captive_id=captive_id, kind="icrc_visit",
                                      contact_on="2026-10-01")
    clock = case_file.deadline_engine.clock(captive_id)
    assert clock.order_expires_on == date(2026, 12, 1) and clock.days_left == 4
    assert clock.days_in_custody == (date(2026, 11, 27) - date(2026, 6, 1)).days
    assert clock.days_over_max is None  # no maximum is assumed until the lawyer sets one
    assert clock.days_since_welfare_contact == 57
    assert clock.expiring_without_hearing
    assert any("no hearing is recorded before then" in w for w in clock.warnings)
    assert "welfare" in clock.warning_kinds and any("57 days" in w for w in clock.warnings)
    case_file.hearings.create(captive_ids=[captive_id], starts_at="2026-11-30T11:00",
                              timezone="Asia/Baku", kind="detention_extension")
    clock = case_file.deadline_engine.clock(captive_id, statutory_max_days=100)
    assert not clock.expiring_without_hearing and clock.hearing_before_expiry
    assert clock.days_over_max == clock.days_in_custody - 100 > 0
