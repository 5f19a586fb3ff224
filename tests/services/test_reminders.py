"""What needs attention: deadlines grouped by when they fall due, and the clock warnings
of every captive (order expiring with no hearing, no news, nothing ahead at all)."""

from __future__ import annotations

from datetime import date

from caseapp.domain.clock import ClockSettings
from caseapp.services.casefile import CaseFile
from caseapp.services.reminders import Group


def add(cf: CaseFile, name: str, **fields) -> int:
    return cf.captives.create(names=[name], **{"status": "pre_trial", **fields}).id


def by_hand(cf: CaseFile, captive_id: int, due: str, title: str) -> int:
    return cf.deadlines.create(captive_id=captive_id, title=title, due_on=due).id


def test_deadlines_are_grouped_by_when_they_fall_due(case_file: CaseFile) -> None:
    cid = add(case_file, "Vardanyan Armen")
    ids = {g: by_hand(case_file, cid, due, g) for g, due in
           [("overdue", "2026-11-20"), ("today", "2026-11-27"), ("this_week", "2026-12-04"),
            ("later", "2026-12-05"), ("snoozed", "2026-11-30")]}
    case_file.deadline_engine.snooze(ids["snoozed"], "2026-11-29")
    done = by_hand(case_file, cid, "2026-11-25", "done")
    case_file.deadline_engine.mark_done(done)
    rows = {r.deadline.title: r for r in case_file.reminders.rows()}
    assert {t: r.group.value for t, r in rows.items()} == {
        "overdue": "overdue", "today": "today", "this_week": "this_week", "later": "later",
        "snoozed": "snoozed"}
    assert rows["today"].captive_name == "Vardanyan Armen"
    assert [r.group for r in case_file.reminders.rows(include_closed=True)
            if r.deadline.id == done] == [Group.CLOSED]
    assert [r.deadline.title for r in case_file.reminders.due()] == ["overdue", "today"]


def test_rows_know_the_body_and_whether_the_rule_is_verified(case_file: CaseFile) -> None:
    cid = add(case_file, "Vardanyan Armen")
    case_file.deadline_engine.from_rule(captive_id=cid, rule_id="un.wgad.government_reply",
                                        trigger="2026-11-20")
    [row] = case_file.reminders.rows()
    assert row.body == "UN Working Group on Arbitrary Detention" and row.verified is True


def test_an_order_expiring_with_no_hearing_is_flagged(case_file: CaseFile) -> None:
    cid = add(case_file, "Vardanyan Armen", capture="2026-06-01")
    case_file.detention_orders.create(captive_id=cid, start_date="2026-10-01", term_months=2)
    case_file.welfare_contacts.create(captive_id=cid, kind="icrc_visit", contact_on="2026-11-20")
    attention = case_file.reminders.attention()
    [expiry] = attention.of_kind("expiry")
    assert (expiry.captive_id, expiry.due_on) == (cid, date(2026, 12, 1))
    assert "no hearing" in expiry.text
    assert attention.of_kind("welfare") == [] and attention.of_kind("forgotten") == []
    case_file.hearings.create(captive_ids=[cid], starts_at="2026-11-30T10:00",
                              timezone="Asia/Baku", kind="detention_extension")
    assert case_file.reminders.attention().of_kind("expiry") == []


def test_forgotten_files_and_proof_of_life(case_file: CaseFile) -> None:
    forgotten = add(case_file, "Khachatryan Gagik", capture="2026-01-10")
    case_file.welfare_contacts.create(captive_id=forgotten, kind="family_call",
                                      contact_on="2026-09-01")
    watched = add(case_file, "Mkrtchyan Ashot", capture="2026-01-10")
    by_hand(case_file, watched, "2027-01-15", "Write to the ombudsman")
    add(case_file, "Released Person", status="released", capture="2020-01-01",
        status_since="2021-01-01")
    attention = case_file.reminders.attention()
    assert [i.captive_id for i in attention.of_kind("forgotten")] == [forgotten]
    welfare = {i.captive_id: i.text for i in attention.of_kind("welfare")}
    assert "87 days" in welfare[forgotten]  # 1 September → 27 November
    assert "No confirmed news" in welfare[watched]
    assert len(welfare) == 2  # nobody released is watched


def test_the_statutory_maximum_is_the_lawyers_setting(case_file: CaseFile) -> None:
    cid = add(case_file, "Vardanyan Armen", capture="2025-01-01")
    case_file.detention_orders.create(captive_id=cid, start_date="2026-10-01", term_months=4)
    assert case_file.reminders.attention().of_kind("maximum") == []  # not assumed
    case_file.deadline_engine.clock_settings = ClockSettings(statutory_max_days=365)
    [over] = case_file.reminders.attention().of_kind("maximum")
    assert over.captive_id == cid and "695 days" in over.text
