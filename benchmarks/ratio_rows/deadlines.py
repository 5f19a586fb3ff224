"""Deadline computation: detention orders through the rule engine against dateutil and a
set of non-working days.

Each order sets off four deadlines (Azerbaijan's rules): its expiry (start + months +
days, the earlier of the months or the days added first), the prosecutor's extension
motion (5 days before, moved to the previous working day that is one for certain: not within
a day of a holiday the calendar only estimates) and the two upstream steps (10 and 7 days
before).

The app's side is what CaseApp computes for an order: the order service computes its
expiry once from the start and the term (``computed_expiry``); the deadline engine
(``DeadlineEngine._order_deadlines``) then calls the same function as when an order is
written, ``caseapp.domain.order_deadlines.order_deadlines``, with the rules of the order and
of its expiry in force under the procedure "az" (chosen once, as the engine does): the
appeal rule is left (it needs a term the order does not give), the expiry rule is put on
the stored expiry (``compute_known``, with the step saying where the date comes from) and
sets off the three rules of the expiry; these are not computed again (the expiry's chain
gave them exactly: ``chain_gives``). Every run starts cold: what the engine kept, the
holiday calendar and the years looked up in it, the term texts made once, are cleared (the
simple side builds its calendar in every run). The engine's own work around this call
(reading the case settings, the database) is not timed. The simple code does the same
arithmetic with ``relativedelta`` and a set of the non-working days built from the
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
    from caseapp.domain.rule_files import load_rules

    rng = random.Random(17)
    first = date(2019, 1, 1).toordinal()
    orders = [(date.fromordinal(first + rng.randrange(8 * 365)), rng.randint(1, 6),
               rng.choice((0, 0, 10, 15))) for _ in range(args.orders)]
    return {"rules": load_rules(), "orders": orders}


def _app(data: dict[str, Any]) -> list[tuple[date, ...]]:
    from caseapp.domain import deadline_steps, estimated_holidays
    from caseapp.domain.dates import computed_expiry
    from caseapp.domain.deadline_plans import country_holidays, days_off
    from caseapp.domain.deadline_steps import order_expiry_computed
    from caseapp.domain.order_deadlines import order_deadlines
    from caseapp.services.settings import PROCEDURES

    rules = data["rules"]
    rules.computed.clear()  # every run from cold, as a fresh start of the app
    for cache in (days_off, country_holidays, deadline_steps._term,
                  estimated_holidays.estimated_holidays, estimated_holidays._near,
                  estimated_holidays._only_estimated, estimated_holidays._named):
        cache.cache_clear()

    def in_force(event: str) -> tuple[Any, ...]:  # DeadlineEngine._rules_for, procedure "az"
        return tuple(r for r in rules.for_trigger(event)
                     if r.id.split(".", 1)[0] not in PROCEDURES or r.id.startswith("az."))

    order_rules, expiry_rules = in_force("detention_order"), in_force("detention_order_expiry")
    out = []
    for start, months, days in data["orders"]:
        expires = computed_expiry(start, months, days)
        assert expires is not None
        found = order_deadlines(rules, order_rules, expiry_rules, start, expires,
                                order_expiry_computed(expires, start, months, days),
                                {"term_months": months, "term_days": days}, TODAY)
        out.append(tuple(d.due_on for d in found))
    return out


def _simple(data: dict[str, Any]) -> list[tuple[date, ...]]:
    import holidays
    from dateutil.relativedelta import relativedelta

    az = holidays.country_holidays("AZ", language="en_US")
    years = {s.year for s, _, _ in data["orders"]}
    off: set[date] = set()
    for year in range(min(years) - 1, max(years) + 2):
        day = date(year, 1, 1)
        while day.year == year:
            if not az.is_working_day(day):
                off.add(day)
            day += timedelta(days=1)
    # a day within a day of a holiday only estimated is no working day for certain
    off |= {day + timedelta(days=gap) for day, name in az.items() if "estimated" in name
            for gap in (-1, 0, 1)}
    out = []
    for start, months, days in data["orders"]:
        # the earlier of months first and days first (a term of both, counted so by the app
        # where no source says which comes first)
        expiry = min(start + relativedelta(months=months) + timedelta(days=days),
                     start + timedelta(days=days) + relativedelta(months=months))
        motion = expiry - timedelta(days=5)
        while motion in off:
            motion -= timedelta(days=1)
        out.append((expiry, motion, expiry - timedelta(days=10), expiry - timedelta(days=7)))
    return out


ROWS = [
    Row("deadline computation (orders × 4 rules)", 2.0, _setup, _app, _simple,
        lambda a, b: a == b),
]
