"""What needs attention: deadlines grouped by when they fall due, and the clock warnings
of every captive (order expiring with no hearing, no news, nothing ahead at all)."""

from __future__ import annotations

from datetime import date

from caseapp.services.casefile import CaseFile
from caseapp.services.deadline_rows import Group


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
    case_file.deadline_engine.from_rule(captive_id=cid, rule_id="un.hrc.state_reply",
                                        trigger="2026-11-20")
    rows = {r.deadline.rule_id: r for r in case_file.reminders.rows()}
    wgad, hrc = rows["un.wgad.government_reply"], rows["un.hrc.state_reply"]
    # Unverified until the methods of work are quoted.
    assert wgad.body == "UN Working Group on Arbitrary Detention" and wgad.verified is False
    assert hrc.body == "UN Human Rights Committee" and hrc.verified is True


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
    case_file.settings.set("custody_max_days", 365)  # a case setting, kept in the file
    [over] = case_file.reminders.attention().of_kind("maximum")
    assert over.captive_id == cid and "695 days" in over.text


def test_a_prisoner_of_war_confined_awaiting_trial_beyond_three_months(case_file: CaseFile) -> None:
    """GC III Art. 103: a POW's confinement awaiting trial may not exceed three months."""
    pow_id = add(case_file, "Սարգսյան Լևոն", category="serviceman", capture="2026-05-20")
    case_file.detention_orders.create(captive_id=pow_id, start_date="2026-07-31", term_months=4)
    civilian = add(case_file, "Հակոբյան Անի {{ 7*7 }}", category="civilian", capture="2026-05-20")
    case_file.detention_orders.create(captive_id=civilian, start_date="2026-07-31",
                                      term_months=4)
    [item] = case_file.reminders.attention().of_kind("pow_confinement")
    # 31 July + 3 months = 31 October; today, 27 November, is 119 days after 31 July.
    assert (item.captive_id, item.due_on, item.days, item.limit) == (
        pow_id, date(2026, 10, 31), 119, 92)
    assert "GC III Art. 103" in item.text and "ended on 31\u00a0Oct\u00a02026" in item.text


def test_the_days_confined_under_art_103_leave_out_the_days_released(case_file: CaseFile) -> None:
    """Released on 10 August and re-arrested on 10 September: the warning's "confined … for
    N days" counts the days held (119 less the 31 days released), while the three months
    still end on 31 October, counted from the first order (the date is not moved)."""
    pow_id = add(case_file, "Սարգսյան Լևոն", category="serviceman", capture="2026-05-20")
    case_file.detention_orders.create(captive_id=pow_id, start_date="2026-07-31", term_months=4)
    case_file.captives.set_status(pow_id, "released", effective_on="2026-08-10")
    case_file.captives.set_status(pow_id, "pre_trial", effective_on="2026-09-10")
    case_file.detention_orders.create(captive_id=pow_id, start_date="2026-09-10", term_months=4)
    [item] = case_file.reminders.attention().of_kind("pow_confinement")
    assert (item.due_on, item.days, item.limit) == (date(2026, 10, 31), 119 - 31, 92)
    assert "(88 days)" in item.text and "ended on 31\u00a0Oct\u00a02026" in item.text
    clock = case_file.deadline_engine.clock(pow_id)
    assert (clock.pow_confined_since, clock.pow_days_confined) == (date(2026, 7, 31), 88)
    assert any("(88 days)" in w for w in clock.warnings)


def test_the_three_months_of_art_103_are_announced_before_they_end(case_file: CaseFile) -> None:
    pow_id = add(case_file, "Սարգսյան Լևոն", category="serviceman", capture="2026-08-01")
    # 31 August + 3 months = 30 November (clamped): 3 days from 27 November.
    case_file.detention_orders.create(captive_id=pow_id, start_date="2026-08-31", term_months=4)
    [item] = case_file.reminders.attention().of_kind("pow_confinement")
    assert (item.due_on, item.days) == (date(2026, 11, 30), 88)
    assert "in 3 days" in item.text
    clock = case_file.deadline_engine.clock(pow_id)
    assert clock.pow_confined_since == date(2026, 8, 31)
    assert clock.pow_confinement_ends == date(2026, 11, 30)


def test_art_103_is_not_applied_to_a_convicted_pow_or_far_ahead(case_file: CaseFile) -> None:
    convicted = add(case_file, "Մկրտչյան Արտաշես", category="serviceman", capture="2025-01-01",
                    status="convicted")
    case_file.detention_orders.create(captive_id=convicted, start_date="2025-02-01",
                                      term_months=4)
    recent = add(case_file, "Վարդանյան Արմեն", category="serviceman", capture="2026-10-01")
    # 1 November + 3 months = 1 February 2027: more than 14 days ahead, no warning yet.
    case_file.detention_orders.create(captive_id=recent, start_date="2026-11-01", term_months=2)
    assert case_file.reminders.attention().of_kind("pow_confinement") == []
    assert case_file.deadline_engine.clock(recent).pow_confinement_ends == date(2027, 2, 1)


def test_overdue_follow_ups_need_attention_and_are_announced(case_file: CaseFile) -> None:
    anna = add(case_file, "Հակոբյան Աննա", capture="2026-05-01")
    ivan = add(case_file, "Петров Иван", capture="2026-05-01")
    interventions = case_file.interventions
    late = interventions.create(captive_ids=[ivan, anna], made_on="2026-11-02", status="sent",
                                subject="Letter to the ICRC", follow_up_on="2026-11-20").id
    today_ = interventions.create(captive_ids=[anna], made_on="2026-11-02", status="sent",
                                  subject="Due today, not late", follow_up_on="2026-11-27").id
    interventions.create(captive_ids=[anna], made_on="2026-11-02", status="closed",
                         subject="Closed: never late", follow_up_on="2026-11-10")
    older = interventions.create(made_on="2026-10-01", status="acknowledged",
                                 subject="", follow_up_on="2026-10-30").id
    attention = case_file.reminders.attention()
    follow_ups = attention.of_kind("follow_up")
    # Most overdue first: 30 October is 28 days before 27 November, 20 November is 7 days;
    # then the one due today, the day the lawyer chose to be reminded on (not late: 0 days).
    assert [(i.intervention_id, i.due_on, i.days) for i in follow_ups] == [
        (older, date(2026, 10, 30), 28), (late, date(2026, 11, 20), 7),
        (today_, date(2026, 11, 27), 0)]
    assert follow_ups[1].text == "Letter to the ICRC"
    assert follow_ups[1].captive_id == anna  # the lower id, and one more captive
    assert (follow_ups[1].captive_name, follow_ups[1].more_captives) == ("Հակոբյան Աննա", 1)
    assert (follow_ups[0].captive_name, follow_ups[0].more_captives) == ("", 0)
    assert follow_ups[0].text == "Intervention of 1\u00a0Oct\u00a02026"
    assert (attention.follow_ups_overdue, attention.follow_ups_today) == (2, 1)
    alerts = case_file.reminders.alerts()
    assert [i.intervention_id for i in alerts.follow_ups] == [older, late, today_]
    interventions.update(late, status="closed")
    assert [i.intervention_id for i in case_file.reminders.alerts().follow_ups] == [older, today_]


def test_proof_of_life_alerts_follow_the_case_threshold(case_file: CaseFile) -> None:
    cid = add(case_file, "Vardanyan Armen", capture="2026-01-10")
    case_file.welfare_contacts.create(captive_id=cid, kind="family_call", contact_on="2026-11-02")
    # 2 November → 27 November: 25 days, within the default 30.
    assert not case_file.reminders.alerts().welfare
    case_file.settings.set("welfare_threshold_days", 20)
    assert list(case_file.reminders.alerts().welfare) == [(cid, 25)]
    [item] = case_file.reminders.attention().of_kind("welfare")
    assert (item.captive_id, item.days, item.limit) == (cid, 25, 20)
