"""The reminders' alerts are read apart from "Needs attention" (without building every
captive's other warnings): they must be the very items "Needs attention" lists, in its order."""

from __future__ import annotations

from datetime import date, timedelta

from caseapp.demo.synthetic import fill_synthetic
from caseapp.services.casefile import CaseFile
from caseapp.services.deadline_rows import Group


def same_as_attention(cf: CaseFile) -> None:
    alerts, attention = cf.reminders.alerts(), cf.reminders.attention()
    assert list(alerts.welfare) == [(i.captive_id, i.days) for i in attention.of_kind("welfare")]
    assert list(alerts.follow_ups) == attention.of_kind("follow_up")
    assert list(alerts.deadlines) == cf.reminders.due(0)


def test_the_demos_alerts_are_its_needs_attention_items(demo_file: CaseFile) -> None:
    for threshold in (30, 7, 400):  # the default, one most captives exceed, one few do
        demo_file.settings.set("welfare_threshold_days", threshold)
        same_as_attention(demo_file)
    demo_file.settings.set("welfare_threshold_days", 7)
    assert demo_file.reminders.alerts().welfare  # not equal only because both are empty


def test_synthetic_captives_alerts_are_their_needs_attention_items(case_file: CaseFile) -> None:
    fill_synthetic(case_file.ctx, 240)  # every status and category, news 0 to 600 days old
    same_as_attention(case_file)
    assert len(case_file.reminders.alerts().welfare) > 100


def test_a_captive_without_news_is_announced_whatever_their_orders(case_file: CaseFile) -> None:
    """The alerts leave the orders out: a captive whose order expired, held beyond the
    maximum, is announced for the news alone, as "Needs attention" lists them."""
    case_file.settings.set("custody_max_days", 200)
    silent = case_file.captives.create(names=["Sargsyan Davit"], status="pre_trial",
                                       capture="2026-01-05").id
    case_file.detention_orders.create(captive_id=silent, start_date="2026-06-01", term_months=3)
    heard = case_file.captives.create(names=["Петросян Арам"], status="missing").id
    case_file.welfare_contacts.create(captive_id=heard, kind="family_call", contact_on="2026-09-01")
    released = case_file.captives.create(names=["Hakobyan Lilit"], status="released").id
    attention = case_file.reminders.attention()
    assert {i.kind for i in attention.items if i.captive_id == silent} >= {"expired", "maximum",
                                                                        "welfare"}
    welfare = case_file.reminders.alerts().welfare
    # No news at all first; then 1 September → 27 November 2026: 29 + 31 + 26 = 87 days
    # (today is 27 November in the tests), over the default threshold of 30.
    assert list(welfare) == [(silent, None), (heard, 87)]
    assert released not in welfare.ids  # not in custody nor missing
    assert [(i.captive_id, i.days, i.limit) for i in attention.of_kind("welfare")] == [
        (silent, None, 30), (heard, 87, 30)]


def test_deadlines_due_carry_the_same_names_as_the_full_list(demo_file: CaseFile) -> None:
    """The deadlines due by a day read only their captives' names; the full list reads all."""
    reminders = demo_file.reminders
    for horizon in (0, 30, 3650):
        by = date(2026, 11, 27) + timedelta(days=horizon)  # the tests' today, then later
        everything = [r for r in reminders.rows() if r.deadline.due_on <= by
                      and r.group is not Group.SNOOZED]
        assert reminders.due(horizon) == everything
    assert any(r.captive_name for r in reminders.due(3650))  # names were compared, not blanks


HOSTILE = ["Zoë Ávila", "zoe avila", "Zoe\u0301 Avila", "Ωμέγα Ἀλφα", "Петросян Арам",
           "петросян арам", "Առաքելյան Հայկ", "Smith 😀", "Smith ｚ", "ǅ titlecase",
           "O'Neil; DROP", "  leading spaces", "Ⅻ Roman", "Smith z", "Smith z"]  # twice


def test_captives_without_news_come_in_the_order_of_needs_attention_whatever_their_names(
        case_file: CaseFile) -> None:
    """The alerts are ordered by name in SQL, "Needs attention" in Python: the same order
    for names in every script, case, accent, astral characters, equal names (by id)."""
    made = []
    for k, name in enumerate(HOSTILE):
        cid = case_file.captives.create(names=[name], status=("missing", "pre_trial")[k % 2]).id
        if k % 3:  # news 100 days old (19 August 2026) for two in three; none for the rest
            case_file.welfare_contacts.create(captive_id=cid, kind="family_call",
                                              contact_on="2026-08-19")
        made.append(cid)
    welfare = case_file.reminders.alerts().welfare
    items = case_file.reminders.attention().of_kind("welfare")
    assert list(welfare) == [(i.captive_id, i.days) for i in items]
    # No news first (0, 3, 6, 9, 12), then 19 August → 27 November 2026: 12 + 30 + 31 + 27
    # = 100 days. Within each, by code point: O < S < Z < l (names are stored trimmed:
    # "leading spaces") < z < ǅ (U+01C5) < Ω < П < п < Ա < Ⅻ; "Smith z" < "Smith ｚ"
    # (U+FF5A) < "Smith 😀" (U+1F600); the two "Smith z" by id.
    order = [0, 9, 3, 6, 12, 10, 13, 14, 8, 7, 2, 11, 1, 4, 5]
    assert list(welfare) == [(made[k], None if k % 3 == 0 else 100) for k in order]
