"""An order's deadlines are the same whether or not the rules of its expiry the expiry's
chain already gave are computed again.

``order_deadlines`` (what the deadline engine computes for a detention order) skips a rule
of the expiry that the expiry's rule sets off itself, where ``chain_gives`` says the skip
cannot change the result. These tests compare it with the computation as the engine made
it before (every rule of the expiry computed from the expiry, a deadline dropped when its
applied rule was already given), written out here, over the shipped rules in both
procedures and over a user rule file whose chain is conditional and leads back to the
expiry; the dates of the user file are worked out by hand.
"""

from __future__ import annotations

import random
from collections.abc import Iterable
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest

from caseapp.domain.deadline_steps import order_expiry_computed, order_expiry_stated
from caseapp.domain.deadlines import ComputedDeadline, compute, compute_known
from caseapp.domain.errors import ValidationError
from caseapp.domain.order_deadlines import chain_gives, counts_term, order_deadlines
from caseapp.domain.rule_files import load_rules
from caseapp.domain.rules import Rule, RuleSet

TODAY = date(2026, 12, 1)


def in_force(rule_set: RuleSet, event: str, procedure: str) -> list[Rule]:
    """The engine's choice of rules (``DeadlineEngine.rules_for``)."""
    return [r for r in rule_set.for_trigger(event)
            if r.id.split(".", 1)[0] not in ("az", "am") or r.id.startswith(procedure + ".")]


def as_before(rule_set: RuleSet, order_rules: Iterable[Rule], expiry_rules: Iterable[Rule],
              start: date, expires: date, params: dict[str, Any],
              today: date | None) -> list[ComputedDeadline]:
    """The engine's computation before the skip: every rule of the expiry computed."""
    out: list[ComputedDeadline] = []
    seen: set[str] = set()

    def add(fresh: list[ComputedDeadline]) -> None:
        out.extend(d for d in fresh if d.applied_rule_id not in seen)
        seen.update(d.applied_rule_id for d in fresh)

    def direct(rule: Rule, when: date) -> list[ComputedDeadline]:
        if any(p.default is None and p.name not in params for p in rule.parameters):
            return []
        try:
            return compute(rule_set, rule.id, when, params, today=today)
        except ValidationError:
            return []

    for rule in order_rules:
        if {p.param for p in rule.offset} & {"term_months", "term_days"}:
            add(compute_known(rule_set, rule.id, start, expires,
                              order_expiry_stated(expires), params, today=today))
        else:
            add(direct(rule, start))
    for rule in expiry_rules:
        add(direct(rule, expires))
    return out


def summary(found: list[ComputedDeadline]) -> list[tuple[Any, ...]]:
    return [(d.rule_id, d.applied_rule_id, d.due_on, d.reminders, d.derived_from,
             d.variant is not None, tuple(str(s) for s in d.steps)) for d in found]


@pytest.fixture(scope="module")
def shipped() -> RuleSet:
    return load_rules()


def orders(count: int, seed: int) -> list[tuple[date, int, int]]:
    """Orders starting around month ends, New Year and Novruz, and at random."""
    rng = random.Random(seed)
    found = [(date(2024, 1, 31), 1, 0), (date(2023, 12, 29), 2, 3), (date(2025, 2, 28), 1, 20),
             (date(2025, 2, 14), 1, 10), (date(2026, 11, 20), 2, 0)]
    first = date(2019, 1, 1).toordinal()
    found += [(date.fromordinal(first + rng.randrange(9 * 365)), rng.randint(0, 12),
               rng.choice((0, 1, 10, 15, 30))) for _ in range(count)]
    return found


@pytest.mark.parametrize("procedure", ["az", "am"])
@pytest.mark.parametrize("today", [TODAY, None])
def test_shipped_orders_give_what_every_rule_computed_gave(shipped: RuleSet, procedure: str,
                                                           today: date | None) -> None:
    order_rules = in_force(shipped, "detention_order", procedure)
    expiry_rules = in_force(shipped, "detention_order_expiry", procedure)
    assert expiry_rules  # each procedure has rules of the expiry
    for start, months, days in orders(400, 17):
        expires = start + timedelta(days=30 * months + days)  # any stored date will do
        params = {"term_months": months, "term_days": days}
        how = order_expiry_stated(expires)
        got = order_deadlines(shipped, order_rules, expiry_rules, start, expires, how,
                              params, today)
        assert summary(got) == summary(as_before(shipped, order_rules, expiry_rules, start,
                                                 expires, params, today)), (start, expires)


def test_every_shipped_rule_the_chain_gives_is_what_it_computes_alone(shipped: RuleSet) -> None:
    """For every shipped rule, were it an order's expiry rule: each rule its chain gives is,
    computed alone from the same date with the same values, the chain's own deadlines."""
    params = {p.name: 3 for rule in shipped for p in rule.parameters}
    checked = 0
    for root in shipped:
        for child in chain_gives(shipped, root.id):
            for due in [date(2024, 2, 29), date(2025, 3, 20), date(2025, 12, 31)] + [
                    date(2020, 1, 1) + timedelta(days=n) for n in range(0, 2400, 37)]:
                chain = compute_known(shipped, root.id, due - timedelta(days=90), due,
                                      order_expiry_stated(due), params, today=TODAY)
                given = {d.applied_rule_id: d for d in chain[1:]}
                for alone in compute(shipped, child, due, params, today=TODAY):
                    mate = given[alone.applied_rule_id]
                    assert (mate.due_on, mate.reminders, mate.rule_id) == (
                        alone.due_on, alone.reminders, alone.rule_id), (root.id, child, due)
                    checked += 1
    assert checked > 100  # the shipped expiry's three rules of the expiry, over the dates


def test_the_shipped_expiry_chain_gives_its_three_extension_steps(shipped: RuleSet) -> None:
    assert chain_gives(shipped, "az.detention.expiry") == {
        "az.detention.extension_request", "az.detention.extension_upstream_10",
        "az.detention.extension_upstream_7"}
    assert counts_term(shipped.get("az.detention.expiry"))
    assert not counts_term(shipped.get("az.detention.appeal"))


# A user's rules: the expiry sets off a motion whose rule changed on 1 January 2025 (7 days
# before the expiry until then, 5 days from then on) and a review 3 days before the expiry,
# which sets off a new term counted from the review (a chain that leads back to the expiry).
USER_RULES = """
[[rules]]
id = "x.expiry"
version = "1"
title = "Order expires"
trigger = "detention_order"
offset = [ { param = "term_months", unit = "months" }, { param = "term_days", unit = "calendar_days" } ]
parameters = [ { name = "term_months", label = "Months" }, { name = "term_days", label = "Days", default = 0 } ]
derives = ["x.motion", "x.review"]
source = "test"

[[rules]]
id = "x.motion"
version = "1"
title = "Motion (5 days before)"
trigger = "detention_order_expiry"
offset = { amount = -5, unit = "calendar_days" }
conditions = { applies_from = 2025-01-01, else_rule = "x.motion.old" }
source = "test"

[[rules]]
id = "x.motion.old"
version = "1"
title = "Motion (7 days before)"
trigger = "detention_order_expiry"
offset = { amount = -7, unit = "calendar_days" }
conditions = { applies_until = 2024-12-31, else_rule = "x.motion" }
source = "test"

[[rules]]
id = "x.review"
version = "1"
title = "Review (3 days before)"
trigger = "detention_order_expiry"
offset = { amount = -3, unit = "calendar_days" }
derives = ["x.expiry"]
source = "test"
"""


@pytest.fixture(scope="module")
def user_rules(tmp_path_factory: pytest.TempPathFactory) -> RuleSet:
    folder: Path = tmp_path_factory.mktemp("conditional-chain")
    (folder / "mine.toml").write_text(USER_RULES, encoding="utf-8")
    rule_set = load_rules(folder, shipped=False)
    assert not rule_set.problems, rule_set.problems
    return rule_set


def user_order(rule_set: RuleSet, start: date, months: int, expires: date
               ) -> list[tuple[str, date]]:
    found = order_deadlines(
        rule_set, rule_set.for_trigger("detention_order"),
        rule_set.for_trigger("detention_order_expiry"), start, expires,
        order_expiry_computed(expires, start, months, 0), {"term_months": months}, TODAY)
    return [(d.applied_rule_id, d.due_on) for d in found]


def test_a_rule_whose_chain_leads_back_to_the_expiry_is_computed_again(
        user_rules: RuleSet) -> None:
    # The motion's chain is exact; the review's leads back to the expiry: computed alone, it
    # counts a new term from the review, whose motion may be the other variant.
    assert chain_gives(user_rules, "x.expiry") == {"x.motion"}
    # Start 15 October 2024, 2 months: expires 15 December 2024, before the new motion rule.
    got = user_order(user_rules, date(2024, 10, 15), 2, date(2024, 12, 15))
    assert got == [
        ("x.expiry", date(2024, 12, 15)),
        ("x.motion.old", date(2024, 12, 8)),  # 7 days before: the rule until 2024
        ("x.review", date(2024, 12, 12)),  # 3 days before
        # The review computed alone: a new term from 12 December 2024 to 12 February 2025,
        # whose motion falls under the new rule: 5 days before, 7 February 2025. Skipping the
        # review (its deadline was given) would lose this one.
        ("x.motion", date(2025, 2, 7)),
    ]


def test_a_conditional_rule_the_chain_gave_is_not_given_twice(user_rules: RuleSet) -> None:
    # Start 10 January 2025, 1 month: expires 10 February 2025, under the new motion rule;
    # the review's new term (7 February to 7 March 2025) gives a motion already given.
    got = user_order(user_rules, date(2025, 1, 10), 1, date(2025, 2, 10))
    assert got == [("x.expiry", date(2025, 2, 10)),
                   ("x.motion", date(2025, 2, 5)),  # 5 days before
                   ("x.review", date(2025, 2, 7))]  # 3 days before


@pytest.mark.parametrize("today", [TODAY, None])
def test_user_orders_give_what_every_rule_computed_gave(user_rules: RuleSet,
                                                        today: date | None) -> None:
    order_rules = user_rules.for_trigger("detention_order")
    expiry_rules = user_rules.for_trigger("detention_order_expiry")
    for start, months, days in orders(300, 29):
        expires = start + timedelta(days=30 * months + days)
        params = {"term_months": months, "term_days": days}
        got = order_deadlines(user_rules, order_rules, expiry_rules, start, expires,
                              order_expiry_stated(expires), params, today)
        assert summary(got) == summary(as_before(user_rules, order_rules, expiry_rules,
                                                 start, expires, params, today)), start


def test_the_rules_the_chain_gave_are_not_computed_again(
        shipped: RuleSet, user_rules: RuleSet, monkeypatch: pytest.MonkeyPatch) -> None:
    import caseapp.domain.order_deadlines as module

    called: list[str] = []

    def counted(rule_set: RuleSet, rule_id: str, *args: Any, **kwargs: Any
                ) -> list[ComputedDeadline]:
        called.append(rule_id)
        return compute(rule_set, rule_id, *args, **kwargs)

    monkeypatch.setattr(module, "compute", counted)
    # Azerbaijan: the appeal needs a term the order does not give; the expiry's three
    # rules come from its chain.
    order_deadlines(shipped, in_force(shipped, "detention_order", "az"),
                    in_force(shipped, "detention_order_expiry", "az"), date(2025, 3, 1),
                    date(2025, 5, 1), order_expiry_stated(date(2025, 5, 1)),
                    {"term_months": 2, "term_days": 0}, TODAY)
    assert called == []
    # Armenia's rule of the expiry is set off by no rule of the order: computed.
    order_deadlines(shipped, in_force(shipped, "detention_order", "am"),
                    in_force(shipped, "detention_order_expiry", "am"), date(2025, 3, 1),
                    date(2025, 5, 1), order_expiry_stated(date(2025, 5, 1)),
                    {"term_months": 2, "term_days": 0}, TODAY)
    assert called == ["am.detention.extension_request"]
    called.clear()
    user_order(user_rules, date(2024, 10, 15), 2, date(2024, 12, 15))
    assert called == ["x.motion.old", "x.review"]
