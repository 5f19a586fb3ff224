"""A day off the holiday calendar only estimates (a Muslim feast in a year whose dates are
not yet announced: Azerbaijan's 2027) may fall a day earlier or later. A deadline rolled
back to the previous working day is never later than it would be on the day the feast
really falls: a working day next to an estimated holiday is not taken as certain, and the
steps say why. Dates worked out by hand from the holidays package's 2027 calendar for AZ:
Eid al-Fitr estimated on Tue 9 and Wed 10 March (Mon 8 March is Women's Day); Eid al-Adha
estimated on Sun 16 and Mon 17 May, with Tue 18 May its day off moved (estimated)."""

from __future__ import annotations

from datetime import UTC, date, datetime, time

import pytest

from caseapp.domain.deadlines import compute
from caseapp.domain.rule_files import load_rules

RULES = load_rules()
MOTION = "az.detention.extension_request"  # 5 days before expiry, to the previous working day
UP_10 = "az.detention.extension_upstream_10"  # 10 days before, not rolled


def _motion(expiry: date | datetime) -> tuple[date, str]:
    found = next(d for d in compute(RULES, MOTION, expiry) if d.rule_id == MOTION)
    return found.due_on, "\n".join(s.render("en") for s in found.steps)


@pytest.mark.parametrize(("expiry", "expected"), [
    # −5 days: Thu 11 March 2027, the day after Eid al-Fitr's estimated second day: if the
    # feast falls a day later, 11 March is a day off too. Back past the feast, Women's Day
    # and the weekend: Fri 5 March.
    (date(2027, 3, 16), date(2027, 3, 5)),
    # −5 days: Wed 19 May 2027, the day after Eid al-Adha's estimated day off moved: back
    # past the feast's three days to Fri 14 May (Sat 15 May is a weekend day anyway).
    (date(2027, 5, 24), date(2027, 5, 14)),
])
def test_a_working_day_next_to_an_estimated_holiday_is_not_taken_as_certain(
        expiry: date, expected: date) -> None:
    due, steps = _motion(expiry)
    assert due == expected, steps
    assert "only estimated" in steps
    # the same day when the expiry is given as a moment (the engine's full path)
    assert _motion(datetime.combine(expiry, time(12, 0), UTC))[0] == expected


def test_a_year_whose_holidays_are_announced_rolls_as_before() -> None:
    """2026's feasts are announced (Eid al-Fitr on 20 and 21 March): −5 days from
    16 March 2026 is Wed 11 March, a working day; no estimate is named."""
    due, steps = _motion(date(2026, 3, 16))
    assert due == date(2026, 3, 11)
    assert "estimated" not in steps


def test_a_day_far_from_an_estimated_holiday_is_a_working_day() -> None:
    """Fri 5 March 2027 is four days before the feast's estimated first day."""
    assert _motion(date(2027, 3, 10))[0] == date(2027, 3, 5)


def test_a_rule_that_does_not_roll_keeps_its_day() -> None:
    """10 days before 21 March 2027 is Thu 11 March: the investigator's step never rolls,
    and an estimated holiday next to it changes nothing."""
    found = next(d for d in compute(RULES, UP_10, date(2027, 3, 21)) if d.rule_id == UP_10)
    assert found.due_on == date(2027, 3, 11)


OWN_RULES = '''
[[rules]]
id = "own.az.reply"
version = "1"
title = "Reply to the court"
trigger = "manual"
offset = { amount = %d, unit = "%s" }
roll = "next_working_day"
calendar = "az"
source = "A verified rule of the lawyer's own."
verified = true
counting_verified = true
'''


def _own(tmp_path, amount: int, unit: str, trigger: date) -> tuple[date, str]:
    (tmp_path / "own.toml").write_text(OWN_RULES % (amount, unit), encoding="utf-8")
    rules = load_rules(tmp_path)
    found = next(d for d in compute(rules, "own.az.reply", trigger)
                 if d.rule_id == "own.az.reply")
    full = next(d for d in compute(rules, "own.az.reply",
                                   datetime.combine(trigger, time(12, 0), UTC))
                if d.rule_id == "own.az.reply")
    assert full.due_on == found.due_on  # the engine's two paths agree
    return found.due_on, "\n".join(s.render("en") for s in full.steps)


def test_a_day_off_only_by_an_estimate_is_not_rolled_forward_past(tmp_path) -> None:
    """A verified rule of the lawyer's own rolling forward, due on Tue 9 March 2027 (Eid
    al-Fitr, only estimated: if the feast falls a day later, 9 March is a working day and
    the deadline that day): it was rolled to Thu 11 March; it now stays on 9 March, and the
    steps say why. Mon 8 March, Women's Day, a holiday for certain, still rolls forward to
    the first day that may be a working day: 9 March."""
    due, steps = _own(tmp_path, 4, "calendar_days", date(2027, 3, 5))
    assert due == date(2027, 3, 9), steps
    assert "taken as a working day" in steps and "only estimated" in steps
    assert _own(tmp_path, 3, "calendar_days", date(2027, 3, 5))[0] == date(2027, 3, 9)


def test_working_days_counted_forward_count_a_day_off_only_by_an_estimate(tmp_path) -> None:
    """Two working days after Fri 5 March 2027: Mon 8 March is Women's Day; the feast's two
    estimated days count (were the feast a day later, 9 March would be a working day), so
    Wed 10 March, where skipping them gave Fri 12 March."""
    assert _own(tmp_path, 2, "working_days", date(2027, 3, 5))[0] == date(2027, 3, 10)
