"""Rules of one fixed part in days or weeks are counted as one span (``Plan.shift``): the
same dates as the full path, rolled or not, with a cut-off time or without, forward and
back, computed on their own and set off by another rule."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from caseapp.domain.deadlines import _compute_in_full, compute
from caseapp.domain.rule_files import load_rules
from caseapp.domain.rules import RuleSet

SPAN_RULES = """
[[rules]]
id = "span.two_weeks"
version = "1"
title = "Two weeks, to the next working day"
trigger = "span"
offset = { amount = 2, unit = "weeks" }
roll = "next_working_day"
verified = true
counting_verified = true
derives = ["span.back_three", "span.back_three_unsure"]
source = "test"

[[rules]]
id = "span.back_three"
version = "1"
title = "Three days before, to the previous working day"
trigger = "span.two_weeks"
offset = { amount = -3, unit = "calendar_days" }
roll = "previous_working_day"
reminders = [2]
source = "test"

[[rules]]
id = "span.back_three_unsure"
version = "1"
title = "Three days before, asked to roll forward but unverified"
trigger = "span.two_weeks"
offset = { amount = -3, unit = "calendar_days" }
roll = "next_working_day"
source = "test"

[[rules]]
id = "span.filing"
version = "1"
title = "Ten days, by 16:00 in Strasbourg"
trigger = "span"
offset = { amount = 10, unit = "calendar_days" }
timezone = "Europe/Paris"
cutoff = "16:00"
source = "test"

[[rules]]
id = "span.nothing"
version = "1"
title = "The same day"
trigger = "span"
offset = { amount = 0, unit = "weeks" }
roll = "next_working_day"
verified = true
counting_verified = true
source = "test"
"""


@pytest.fixture(scope="module")
def rules(tmp_path_factory: pytest.TempPathFactory) -> RuleSet:
    folder: Path = tmp_path_factory.mktemp("span-rules")
    (folder / "spans.toml").write_text(SPAN_RULES, encoding="utf-8")
    return load_rules(folder, shipped=False)


def test_two_weeks_then_three_days_back_by_hand(rules: RuleSet) -> None:
    # Wednesday 3 Jan 2024 + 2 weeks = Wednesday 17 Jan (a working day, not rolled);
    # 3 days before: Sunday 14 Jan, rolled back to Friday 12 Jan (reminded 2 days
    # before, on 10 Jan); the unverified rule is not rolled forward: Sunday 14 Jan stays.
    found = {d.rule_id: d for d in compute(rules, "span.two_weeks", date(2024, 1, 3))}
    assert found["span.two_weeks"].due == date(2024, 1, 17)
    assert found["span.back_three"].due == date(2024, 1, 12)
    assert found["span.back_three"].reminders == (date(2024, 1, 10),)
    assert found["span.back_three_unsure"].due == date(2024, 1, 14)


def test_two_weeks_onto_a_weekend_rolls_forward(rules: RuleSet) -> None:
    # Saturday 6 Jan 2024 + 2 weeks = Saturday 20 Jan: rolled to Monday 22 Jan; 3 days
    # before that, Friday 19 Jan, is a working day.
    found = {d.rule_id: d.due for d in compute(rules, "span.two_weeks", date(2024, 1, 6))}
    assert found == {"span.two_weeks": date(2024, 1, 22), "span.back_three": date(2024, 1, 19),
                     "span.back_three_unsure": date(2024, 1, 19)}


def test_a_cut_off_time_on_the_counted_day(rules: RuleSet) -> None:
    # 25 Mar 2024 + 10 days = 4 Apr 2024, by 16:00 Paris time (summer time by then).
    (found,) = compute(rules, "span.filing", date(2024, 3, 25))
    assert found.due == datetime(2024, 4, 4, 16, 0, tzinfo=ZoneInfo("Europe/Paris"))
    assert found.due_time == time(16, 0)


def test_every_span_rule_gives_what_the_full_path_gives(rules: RuleSet) -> None:
    checked = 0
    for rule_id in ("span.two_weeks", "span.back_three", "span.back_three_unsure",
                    "span.filing", "span.nothing"):
        for offset in range(0, 400, 3):  # every weekday, across a year end and a leap day
            trigger = date(2023, 11, 1) + timedelta(days=offset)
            for today in (None, date(2024, 3, 1)):
                for d in compute(rules, rule_id, trigger, today=today):
                    full = _compute_in_full(rules, d.rule_id, d.trigger, {}, today,
                                            d.derived_from)
                    assert (d.due, d.reminders, d.recorded) == (
                        full.due, full.reminders, full.recorded)
                    checked += 1
    assert checked > 1_000
