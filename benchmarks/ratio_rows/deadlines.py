"""Deadline computation: detention orders through the rule engine against dateutil and a
set of non-working days.

Each order sets off four deadlines (Azerbaijan's rules): its expiry (start + months +
days), the prosecutor's extension motion (5 days before, moved to the previous working
day) and the two upstream steps (10 and 7 days before). The simple code does the same
arithmetic with ``relativedelta`` and a set of the non-working days built from the
holidays package; the due dates are compared.
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
    from caseapp.domain.deadlines import _days_off, compute

    rules = data["rules"]
    rules.computed.clear()  # every run from cold, as a fresh start of the app
    _days_off.cache_clear()
    out = []
    for start, months, days in data["orders"]:
        found = compute(rules, "az.detention.expiry", start,
                        {"term_months": months, "term_days": days}, today=TODAY)
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
