"""The deadlines of a detention order, counted from its stored expiry.

A rule of the order that counts the expiry from the start and the term is not counted
again: its deadline is put on the stored expiry (``compute_known``) and the rules it sets
off count from that date. Then each rule of the expiry is computed from the same date;
a deadline already given (by its applied rule) is not given twice.

A rule of the expiry that the expiry's rule sets off itself is computed twice that way,
the second time for nothing: the chain already computed it from the same date, with the
same values and day. It is skipped, but only where the skip cannot change the result
(:func:`chain_gives`): computed on its own it gives exactly the deadlines the chain gave,
and those were all given already.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import date, datetime
from typing import Any

from caseapp.domain.deadlines import ComputedDeadline, compute, compute_known
from caseapp.domain.errors import ValidationError
from caseapp.domain.messages import Message
from caseapp.domain.rules import Rule, RuleSet

# The parameters of a rule that counts an order's expiry from its start and term.
ORDER_TERM = frozenset({"term_months", "term_days"})
# The event of a detention order (a rule's trigger).
DETENTION_ORDER = "detention_order"


def counts_term(rule: Rule) -> bool:
    """Whether a rule of the order counts its expiry from the start and the term."""
    for part in rule.offset:  # a loop, not any(): this runs for every rule of every order
        if part.param in ORDER_TERM:
            return True
    return False


def sets_expiry(rule: Rule) -> bool:
    """Whether ``rule`` is the expiry of a detention order: started by the order, it counts
    the term the court set in it. That date is the court's, not a code's: the rule is in
    force under every domestic procedure, whichever country's file it is shipped in."""
    return rule.trigger == DETENTION_ORDER and counts_term(rule)


def computed(rule_set: RuleSet, rule: Rule, when: date | datetime,
             params: Mapping[str, Any], today: date | None) -> list[ComputedDeadline]:
    """``rule`` (and the rules it sets off) computed for ``when``; none when the rule needs a
    value not given (an appeal term set per jurisdiction: the lawyer applies it from the rule
    calculator) or cannot use the values or the date."""
    for p in rule.parameters:
        if p.default is None and p.name not in params:
            return []
    try:
        return compute(rule_set, rule.id, when, params, today=today)
    except ValidationError:
        return []


def order_deadlines(rule_set: RuleSet, order_rules: Iterable[Rule],
                    expiry_rules: Iterable[Rule], start: date, expires: date, how: Message,
                    params: Mapping[str, Any], today: date | None) -> list[ComputedDeadline]:
    """The deadlines of an order that starts on ``start`` and expires on ``expires`` (``how``
    says where that date comes from), under the rules of the order and of its expiry in
    force, in that order."""
    out: list[ComputedDeadline] = []
    given: frozenset[str] = frozenset()  # rules of the expiry a chain gave exactly
    for rule in order_rules:
        if counts_term(rule):
            fresh = compute_known(rule_set, rule.id, start, expires, how, params, today=today)
            gives = chain_gives(rule_set, rule.id)
            given = given | gives if given else gives
        else:
            fresh = computed(rule_set, rule, start, params, today)
        _add(out, fresh)
    for rule in expiry_rules:
        if rule.id not in given:
            _add(out, computed(rule_set, rule, expires, params, today))
    return out


def _add(out: list[ComputedDeadline], fresh: list[ComputedDeadline]) -> None:
    """:func:`add_new` for a list whose deadlines are all those given so far (the rules
    given are those of ``out``): most orders give one list, and nothing is compared."""
    if not out:
        out.extend(fresh)
    elif fresh:
        given = {d.applied_rule_id for d in out}
        out.extend([d for d in fresh if d.applied_rule_id not in given])


def add_new(out: list[ComputedDeadline], seen: set[str],
            fresh: list[ComputedDeadline]) -> None:
    """Add the deadlines not already given: two rules may lead to the same one (the ECHR's
    4- and 6-month rules each hand over to the other by the decision's date; an expiry
    rule sets off the rules of the expiry)."""
    if not fresh:
        return
    if seen:
        out.extend([d for d in fresh if d.applied_rule_id not in seen])
    else:  # the first rule's deadlines: none given yet
        out.extend(fresh)
    seen.update([d.applied_rule_id for d in fresh])


def chain_gives(rule_set: RuleSet, root_id: str) -> frozenset[str]:
    """The rules ``compute_known(root_id, …, due, …)`` sets off whose own computation from
    ``due`` (``compute``, same values and day) gives exactly the deadlines the chain gave,
    for any ``due``: the rules the root sets off directly (the chain computes them from
    ``due``, with their variant for that date), from which no chain, through any variant,
    leads back to the root. (The chain stops at a rule already on its path, the root
    included; computed on its own, the rule would count the root again from its own date,
    and what that sets off.) Worked out once per rule set."""
    key = ("chain_gives", root_id)
    found: frozenset[str] | None = rule_set.computed.get(key)
    if found is None:
        root = rule_set.get(root_id)
        found = frozenset(child for child in root.derives
                          if child != root_id and child in rule_set
                          and root_id not in _reachable(rule_set, child))
        rule_set.computed[key] = found
    return found


def _reachable(rule_set: RuleSet, rule_id: str) -> set[str]:
    """Every rule a chain from ``rule_id`` may compute, whichever variant each date picks."""
    found: set[str] = set()
    todo = [rule_id]
    while todo:
        current = todo.pop()
        for variant in _variants(rule_set, current):
            for child in variant.derives:
                if child in rule_set and child not in found:
                    found.add(child)
                    todo.append(child)
    return found


def _variants(rule_set: RuleSet, rule_id: str) -> list[Rule]:
    """A rule and the rules its conditions hand over to (``else_rule``, in turn)."""
    out: list[Rule] = []
    current: str | None = rule_id
    while current is not None and current in rule_set and all(r.id != current for r in out):
        rule = rule_set.get(current)
        out.append(rule)
        current = rule.condition.else_rule if rule.condition is not None else None
    return out


__all__ = ["DETENTION_ORDER", "ORDER_TERM", "add_new", "chain_gives", "computed", "counts_term",
           "order_deadlines", "sets_expiry"]
