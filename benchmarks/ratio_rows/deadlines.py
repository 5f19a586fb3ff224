"""Deadline computation: detention orders through the rule engine against dateutil and a
set of non-working days.

Each order sets off four deadlines (Azerbaijan's rules): its expiry (start + months +
days), the prosecutor's extension motion (5 days before, moved to the previous working
day) and the two upstream steps (10 and 7 days before).

The app's side is what CaseApp computes for an order: the order service computes its
expiry once from the start and the term (``computed_expiry``); the deadline engine
(``DeadlineEngine._order_deadlines``) then calls the rule engine as it does when an order
is written: the expiry rule on the stored expiry (``compute_known``, with the step saying
where the date comes from), then each rule of the expiry (``compute``, whose deadlines the
engine drops: the expiry's chain gave them first). Every run starts cold: what the engine
kept, the holiday calendar and the years looked up in it, the terms made once, are
cleared (the simple side builds its calendar in every run). The engine's own work around
these calls (reading the case settings, choosing the rules, the database) is not timed. The simple code does the
same arithmetic with ``relativedelta`` and a set of the non-working days built from the
holidays package. The due dates are compared.
"""

from __future__ import annotations

import argparse
import random
from datetime import date, timedelta
from typing import Any

from benchmarks.ratio_rows import Row

TODAY = date(2026, 12, 1)


def _setup(args: argparse.Namespace) -> dict[str, Any]:
    from caseapp.domain.rules import load_rules

    rng = random.Random(17)
    first = date(2019, 1, 1).toordinal()
    orders = [(date.fromordinal(first + rng.randrange(8 * 365)), rng.randint(1, 6),
               rng.choice((0, 0, 10, 15))) for _ in range(args.orders)]
    return {"rules": load_rules(), "orders": orders}


def _app(data: dict[str, Any]) -> list[tuple[date, ...]]:
    from caseapp.domain import dates, deadline_steps
    from caseapp.domain.dates import computed_expiry
    from caseapp.domain.deadline_plans import country_holidays, days_off
    from caseapp.domain.deadline_steps import order_expiry_computed
    from caseapp.domain.deadlines import compute, compute_known

    rules = data["rules"]
    rules.computed.clear()  # every run from cold, as a fresh start of the app
    for cache in (days_off, country_holidays, dates._term, deadline_steps._term):
        cache.cache_clear()
    expiry_rules = [r.id for r in rules.for_trigger("detention_order_expiry")
                    if r.id.startswith("az.")]  # the engine's rules_for, procedure "az"
    out = []
    for start, months, days in data["orders"]:
        expires = computed_expiry(start, months, days)
        assert expires is not None
        params = {"term_months": months, "term_days": days}
        found = compute_known(rules, "az.detention.expiry", start, expires,
                              order_expiry_computed(expires, start, months, days), params,
                              today=TODAY)
        for rule_id in expiry_rules:  # each is set off by the expiry: the engine keeps the
            compute(rules, rule_id, expires, params, today=TODAY)  # first, from compute_known
        out.append(tuple(d.due_on for d in found))
    return out


def _simple(data: dict[str, Any]) -> list[tuple[date, ...]]:
    import holidays
    from dateutil.relativedelta import relativedelta

    az = holidays.country_holidays("AZ")
    years = {s.year for s, _, _ in data["orders"]}
    off: set[date] = set()
    for year in range(min(years) - 1, max(years) + 2):
        day = date(year, 1, 1)
        while day.year == year:
            if not az.is_working_day(day):
                off.add(day)
            day += timedelta(days=1)
    out = []
    for start, months, days in data["orders"]:
        expiry = start + relativedelta(months=months, days=days)
        motion = expiry - timedelta(days=5)
        while motion in off:
            motion -= timedelta(days=1)
        out.append((expiry, motion, expiry - timedelta(days=10), expiry - timedelta(days=7)))
    return out


ROWS = [
    Row("deadline computation (orders × 4 rules)", 2.0, _setup, _app, _simple,
        lambda a, b: a == b),
]
