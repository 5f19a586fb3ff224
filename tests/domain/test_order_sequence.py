"""Which of two detention orders starting the same day replaced the other: the later
decision; unsettled by the decision days, the one expiring first (never the later date).
An order of another criminal case with no decision day recorded does not unsettle two
orders of one case whose papers say which came later."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from caseapp.domain.clock import current_order
from caseapp.domain.order_sequence import unsettled_same_day

START = date(2026, 11, 1)
TODAY = date(2026, 11, 27)


@dataclass(frozen=True)
class Order:
    id: int
    prosecution_id: int | None
    decided_on: date | None
    expires_on: date
    start_date: date = START


def test_another_cases_undecided_order_leaves_the_papers_of_this_case_in_charge() -> None:
    later_decision = Order(1, 1, date(2026, 11, 5), date(2027, 2, 1))  # entered first
    earlier_decision = Order(2, 1, date(2026, 10, 30), date(2026, 12, 1))
    other_case = Order(3, 2, None, date(2026, 12, 15))
    for orders in ([later_decision, earlier_decision, other_case],
                   [other_case, earlier_decision, later_decision]):
        assert current_order(orders, TODAY).id == 1  # case 1's later decision, to 1 February
        assert not unsettled_same_day([o for o in orders if o.prosecution_id == 1],
                                      later_decision)


def test_an_order_of_no_recorded_case_unsettles_the_day() -> None:
    """An order of no recorded case may be of either: the one expiring first is taken."""
    orders = [Order(1, 1, date(2026, 11, 5), date(2027, 2, 1)),
              Order(2, None, None, date(2026, 12, 1))]
    assert current_order(orders, TODAY).id == 2
    assert unsettled_same_day(orders, orders[1])


def test_of_three_orders_one_the_papers_say_was_replaced_is_never_in_force() -> None:
    """The 5 November decision replaced the 30 October one (three months and one month);
    the third order's decision day is not recorded (two months, to 1 January). The papers
    leave two candidates, the 5 November order and the undated one: the one of them expiring
    first is in force, as for two orders; never the one month the papers say was replaced
    (before: every order of the day was compared by expiry once one had no decision day),
    nor the later 1 February. Entered in any order."""
    from itertools import permutations

    later = Order(1, 1, date(2026, 11, 5), date(2027, 2, 1))
    replaced = Order(2, 1, date(2026, 10, 30), date(2026, 12, 1))
    undated = Order(3, 1, None, date(2027, 1, 1))
    for orders in permutations([later, replaced, undated]):
        current = current_order(list(orders), TODAY)
        assert current is not None and current.id == 3
        assert unsettled_same_day(list(orders), current)


def test_three_orders_with_every_decision_day_follow_the_decisions() -> None:
    from itertools import permutations

    first = Order(1, 1, date(2026, 10, 28), date(2026, 12, 10))
    second = Order(2, 1, date(2026, 10, 30), date(2026, 12, 1))
    third = Order(3, 1, date(2026, 11, 5), date(2027, 2, 1))
    for orders in permutations([first, second, third]):
        current = current_order(list(orders), TODAY)
        assert current is not None and current.id == 3
        assert not unsettled_same_day(list(orders), current)
