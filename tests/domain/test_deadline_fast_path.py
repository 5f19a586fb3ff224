"""The fast path of the deadline engine gives what the full path gives.

``compute`` counts a date-triggered deadline by the rule's plan and takes its steps only
when they are read (``caseapp.domain.deadline_plans``); the full path
(``_compute_in_full``, the engine as it was) counts and records every step at once. These
tests check the dates against values worked out by hand at the boundaries (month ends, a
leap day, holidays and days off moved by decree, weekends, unverified rolls), and every
deadline of many generated computations over every shipped rule against the full path:
the same date, reminders, variant and parent, and the same steps when read afterwards.
"""

from __future__ import annotations

import itertools
from datetime import date, timedelta
from typing import Any

import pytest

from caseapp.domain.deadline_steps import order_expiry_computed, rolled
from caseapp.domain.deadlines import (
    ComputedDeadline,
    _compute_in_full,
    compute,
    compute_known,
)
from caseapp.domain.errors import ValidationError
from caseapp.domain.rule_files import load_rules
from caseapp.domain.rules import MAX_AMOUNT, RuleSet, Unit

EXPIRY = "az.detention.expiry"
MOTION = "az.detention.extension_request"  # 5 days before, to the previous working day
UP_10 = "az.detention.extension_upstream_10"  # 10 days before, not rolled
UP_7 = "az.detention.extension_upstream_7"  # 7 days before, not rolled


@pytest.fixture(scope="module")
def shipped() -> RuleSet:
    return load_rules()


@pytest.fixture
def rules(shipped: RuleSet) -> RuleSet:
    shipped.computed.clear()  # each test from cold
    return shipped


def _dates(found: list[ComputedDeadline]) -> dict[str, date]:
    return {d.rule_id: d.due_on for d in found}


# -- dates worked out by hand -------------------------------------------------------------------

ORDERS = [
    # start, months, days, expiry, motion, upstream 10, upstream 7
    # 31 Oct + 4 months: 29 Feb 2024 (leap year, clamped to the month's end); 24 Feb is a
    # Saturday, the motion goes back to Friday 23 Feb.
    (date(2023, 10, 31), 4, 0, date(2024, 2, 29), date(2024, 2, 23), date(2024, 2, 19),
     date(2024, 2, 22)),
    # 31 Jan + 1 month = 29 Feb, + 10 days = Sunday 10 Mar (an expiry is not rolled); the
    # motion on Tuesday 5 Mar is a working day.
    (date(2024, 1, 31), 1, 10, date(2024, 3, 10), date(2024, 3, 5), date(2024, 2, 29),
     date(2024, 3, 3)),
    # Expiry Sunday 31 Mar 2024: the motion's 26 Mar is Novruz (observed), as are 20-25 Mar:
    # back to Tuesday 19 Mar. The upstream steps fall in Novruz and stay there (not rolled).
    (date(2023, 12, 31), 3, 0, date(2024, 3, 31), date(2024, 3, 19), date(2024, 3, 21),
     date(2024, 3, 24)),
    # Expiry 4 Jan 2024: the motion's Saturday 30 Dec 2023 is a working day by decree (the
    # day off moved to 4 Jan), so it stays.
    (date(2023, 10, 4), 3, 0, date(2024, 1, 4), date(2023, 12, 30), date(2023, 12, 25),
     date(2023, 12, 28)),
    # Expiry 10 Jan 2024: 5 Jan and 4 Jan (days off moved), 3 Jan (Solidarity Day
    # observed), 2 and 1 Jan (New Year), 31 Dec (Solidarity Day) are days off: back to the
    # working Saturday 30 Dec 2023.
    (date(2023, 12, 10), 1, 0, date(2024, 1, 10), date(2023, 12, 30), date(2023, 12, 31),
     date(2024, 1, 3)),
    # Expiry 24 Jun 2024: 19 Jun (Eid al-Adha observed), 18 Jun (National Liberation Day
    # observed), 17 and 16 Jun (Eid al-Adha), 15 Jun (National Liberation Day): back to
    # Friday 14 Jun.
    (date(2024, 3, 24), 3, 0, date(2024, 6, 24), date(2024, 6, 14), date(2024, 6, 14),
     date(2024, 6, 17)),
    # 30 Nov 2023 + 3 months: 29 Feb 2024 (a shorter month's end, clamped) + 15 days =
    # Friday 15 Mar; the motion's 10 Mar is a Sunday, 9 Mar a Saturday and 8 Mar Women's
    # Day: back to Thursday 7 Mar.
    (date(2023, 11, 30), 3, 15, date(2024, 3, 15), date(2024, 3, 7), date(2024, 3, 5),
     date(2024, 3, 8)),
]


@pytest.mark.parametrize(("start", "months", "days", "expiry", "motion", "up10", "up7"), ORDERS)
def test_an_orders_deadlines_by_hand(rules: RuleSet, start: date, months: int, days: int,
                                     expiry: date, motion: date, up10: date, up7: date) -> None:
    params = {"term_months": months, "term_days": days}
    expected = {EXPIRY: expiry, MOTION: motion, UP_10: up10, UP_7: up7}
    assert _dates(compute(rules, EXPIRY, start, params)) == expected
    # As the deadline engine computes an order's deadlines: on the stored expiry...
    how = order_expiry_computed(expiry, start, months, days)
    assert _dates(compute_known(rules, EXPIRY, start, expiry, how, params)) == expected
    # ...and each rule of the expiry from it, after the same deadline was computed above.
    for rule_id in (MOTION, UP_10, UP_7):
        [alone] = compute(rules, rule_id, expiry, params)
        assert alone.due_on == expected[rule_id]
        assert alone.derived_from is None


def test_unverified_rolls_never_move_a_date_later(rules: RuleSet) -> None:
    # Armenia's verdict appeal asks for the next working day but is unverified: 31 May 2024
    # + 1 month = Sunday 30 Jun 2024 (clamped), and it stays on that Sunday.
    [appeal] = compute(rules, "am.verdict.appeal", date(2024, 5, 31))
    assert appeal.due_on == date(2024, 6, 30)
    # The same ask, verified (a generic follow-up in calendar days): Friday 14 Jun + 1 day
    # is Saturday 15 Jun, rolled to Monday 17 Jun.
    [follow_up] = compute(rules, "generic.follow_up", date(2024, 6, 14), {"days": 1})
    assert follow_up.due_on == date(2024, 6, 17)
    # Every unverified rule asking to roll forward, over two years of triggers: never after
    # the plain count (the trigger plus the offset, not rolled).
    unverified = [r for r in rules if r.roll.value == "next_working_day" and not r.may_move_later
                  and not r.counts_hours]
    assert {r.id for r in unverified} >= {"am.verdict.appeal", "am.detention.appeal"}
    for rule in unverified:
        params = {p.name: 10 for p in rule.parameters}
        for trigger in (date(2024, 1, 1) + timedelta(days=n) for n in range(0, 730, 3)):
            plain = _compute_in_full(rules, rule.id, trigger, params, None, None)
            assert not any(isinstance(r, tuple) and r[0] is rolled for r in plain.recorded)
            [fast] = compute(rules, rule.id, trigger, params)[:1]
            assert fast.due == plain.due


def test_the_echr_time_limit_by_the_decisions_date(rules: RuleSet) -> None:
    # Before 1 Feb 2022 the 6-month limit applies: 31 Jan 2022 + 6 months = Sunday 31 Jul
    # 2022, not rolled (Sabri Güneş). From 1 Feb 2022 the 4-month one: 1 Jun 2022.
    [old] = compute(rules, "echr.application", date(2022, 1, 31))
    assert (old.due_on, old.applied_rule_id) == (date(2022, 7, 31), "echr.application.6m")
    assert old.variant is not None
    [new] = compute(rules, "echr.application", date(2022, 2, 1))
    assert (new.due_on, new.applied_rule_id, new.variant) == (date(2022, 6, 1),
                                                              "echr.application", None)


def test_values_are_checked_as_before(rules: RuleSet) -> None:
    # 4.0 is taken as 4 (31 Oct 2023 + 4 months = 29 Feb 2024); True, "four" and a term
    # beyond the limit are refused with the same messages as the full path gives.
    [expiry, *_] = compute(rules, EXPIRY, date(2023, 10, 31), {"term_months": 4.0})
    assert expiry.due_on == date(2024, 2, 29)
    for bad in (True, "four", MAX_AMOUNT[Unit.MONTHS] + 1, None):
        with pytest.raises(ValidationError) as fast:
            compute(rules, EXPIRY, date(2023, 10, 31), {"term_months": bad})
        with pytest.raises(ValidationError) as full:
            _compute_in_full(rules, EXPIRY, date(2023, 10, 31), {"term_months": bad}, None,
                             None)
        assert str(fast.value) == str(full.value)


# -- every deadline against the full path ------------------------------------------------------

def _triggers() -> list[date]:
    """Days around month ends (a leap February too), New Year, Novruz, Eid and the ends of
    the years deadlines are computed for."""
    days: set[date] = set()
    for year, month in itertools.product((2023, 2024), (1, 2, 3, 6, 12)):
        end = date(year + month // 12, month % 12 + 1, 1) - timedelta(days=1)
        days.update(end + timedelta(days=n) for n in range(-3, 3))
    days.update(date(2024, 3, 17) + timedelta(days=n) for n in range(10))
    days.update((date(1900, 1, 1), date(2199, 12, 1)))
    return sorted(days)


def _values(rule: Any) -> list[dict[str, Any]]:
    """Values for the rule's parameters: none (the defaults), small and month-end sized,
    and 4.0 (taken as 4)."""
    if not rule.parameters:
        return [{}]
    out: list[dict[str, Any]] = []
    for amount in (0, 1, 31, 4.0):
        out.append({p.name: amount for p in rule.parameters})
    out.append({p.name: p.default for p in rule.parameters if p.default is not None})
    return out


def _same(fast: ComputedDeadline, full: ComputedDeadline, render: bool) -> None:
    assert (fast.rule_id, fast.applied_rule_id, fast.rule_version, fast.trigger, fast.due,
            fast.due_on, fast.reminders, fast.variant, fast.derived_from, fast.verified,
            fast.title) == (full.rule_id, full.applied_rule_id, full.rule_version,
                            full.trigger, full.due, full.due_on, full.reminders, full.variant,
                            full.derived_from, full.verified, full.title)
    assert fast.steps == full.steps
    assert fast == full
    if render:
        for lang in ("en", "hy", "ru"):
            assert [s.render(lang) for s in fast.steps] == [s.render(lang) for s in full.steps]


def test_every_shipped_rule_gives_what_the_full_path_gives(rules: RuleSet) -> None:
    checked = 0
    triggers = _triggers()
    for rule in rules:
        for params, today in itertools.product(_values(rule), (None, date(2024, 3, 20))):
            for trigger in triggers:
                try:
                    found = compute(rules, rule.id, trigger, params, today=today)
                except ValidationError:
                    with pytest.raises(ValidationError):  # so does the full path
                        _full_chain(rules, rule.id, trigger, params, today)
                    continue
                assert [d.rule_id for d in found] == [
                    d.rule_id for d in _full_chain(rules, rule.id, trigger, params, today)]
                for d in found:
                    full = _compute_in_full(rules, d.rule_id, d.trigger, params, today,
                                            d.derived_from)
                    _same(d, full, render=checked % 23 == 0)
                    checked += 1
    assert checked > 2_000


def _full_chain(rules: RuleSet, rule_id: str, trigger: date, params: dict[str, Any],
                today: date | None) -> list[ComputedDeadline]:
    """The chain as the full path gives it (loops cut as the engine cuts them)."""
    out: list[ComputedDeadline] = []

    def chain(rid: str, when: date, parent: str | None, path: tuple[str, ...]) -> None:
        d = _compute_in_full(rules, rid, when, params, today, parent)
        out.append(d)
        for child in rules.get(d.applied_rule_id).derives:
            if child not in path and child != rid and child in rules:
                chain(child, d.due_on, rid, (*path, rid))

    chain(rule_id, trigger, None, ())
    return out


def test_an_orders_deadlines_on_the_stored_expiry_explained_as_before(rules: RuleSet) -> None:
    """compute_known shares the deadlines set off by one expiry between orders; each keeps
    its own first step (where the expiry comes from) and each the steps it had before."""
    today = date(2024, 3, 1)
    for start, months, days in itertools.product(
            (date(2023, 10, 31), date(2023, 11, 30), date(2024, 1, 31)), (1, 3, 4), (0, 15)):
        expiry = compute(rules, EXPIRY, start, {"term_months": months, "term_days": days})[0]
        how = order_expiry_computed(expiry.due_on, start, months, days)
        params = {"term_months": months, "term_days": days}
        first, *derived = compute_known(rules, EXPIRY, start, expiry.due_on, how, params,
                                        today=today)
        assert first.recorded[1] is how
        assert first.trigger == start and first.due == expiry.due
        assert [s.render("en") for s in first.steps][1] == how.render("en")
        for d in derived:
            _same(d, _compute_in_full(rules, d.rule_id, expiry.due_on, params, today, EXPIRY),
                  render=True)
