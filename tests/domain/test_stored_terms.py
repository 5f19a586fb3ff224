"""The term of months and days read back from a deadline's stored steps (as messages, or as
the English text of the oldest versions), and whether an earlier version counted it later."""

from __future__ import annotations

from datetime import date

from caseapp.domain.deadline_steps import stored_steps
from caseapp.domain.deadlines import compute
from caseapp.domain.rule_files import load_rules
from caseapp.domain.rules import Unit
from caseapp.domain.stored_terms import counted_later_by_steps, rule_values, stored_term

SHIPPED = load_rules()
EXPIRY = "az.detention.expiry"


def steps_of(trigger: date, months: int, days: int) -> list[object]:
    (head, *_rest) = compute(SHIPPED, EXPIRY, trigger,
                             {"term_months": months, "term_days": days})
    return stored_steps(head.steps)


def test_this_versions_steps_give_the_term_and_say_the_days_came_first() -> None:
    term = stored_term(steps_of(date(2027, 1, 29), 1, 1))
    assert term is not None
    assert (term.months, term.days, term.days_first) == (1, 1, True)
    assert counted_later_by_steps(date(2027, 1, 29), term) is None  # counted as now
    assert rule_values(SHIPPED.get(EXPIRY), term) == {"term_months": 1, "term_days": 1}


def test_steps_without_the_days_first_step_were_counted_later_where_the_days_first_end_earlier(
        ) -> None:
    steps = [s for s in steps_of(date(2027, 1, 29), 1, 1)
             if not str(s).startswith("{'text': 'the days added before")]
    term = stored_term(steps)
    assert term is not None and not term.days_first
    assert counted_later_by_steps(date(2027, 1, 29), term) == (date(2027, 3, 1),
                                                               date(2027, 2, 28))
    # 10 January + 1 month 10 days: 20 February either way.
    assert counted_later_by_steps(date(2027, 1, 10), term) is None


def test_the_english_text_of_the_oldest_versions_is_read() -> None:
    term = stored_term(["trigger 2027-01-29 (Friday)",
                        "+1 month (Term of the order (months)) → 2027-02-28 (clamped)",
                        "+1 day (Term of the order (days)) → 2027-03-01"])
    assert term is not None
    assert term.added == ((Unit.MONTHS, 1), (Unit.CALENDAR_DAYS, 1))


def test_a_term_of_months_only_days_only_or_working_days_is_no_term_of_months_and_days() -> None:
    assert stored_term(steps_of(date(2027, 1, 29), 4, 0)) is None
    assert stored_term(["+10 days → 2027-02-08"]) is None
    assert stored_term(["+1 month → 2027-02-28", "+3 working days → 2027-03-03"]) is None
    assert stored_term(None) is None
    assert stored_term([{"text": "{amount} → {day}", "values": "garbled"}]) is None
