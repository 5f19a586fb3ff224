"""The one arithmetic of an order's expiry, whether it is stated or computed, and which
order's expiry ends custody now (read alike by the header, the timeline and reminders)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

import pytest

from caseapp.domain.clock import current_order
from caseapp.domain.dates import computed_expiry, expiry_source_of
from caseapp.domain.enums import ExpirySource
from caseapp.domain.errors import ValidationError


@dataclass(frozen=True)
class Order:
    id: int
    start_date: date
    expires_on: date
    prosecution_id: int | None = None
    decided_on: date | None = None


def test_computed_expiry_counts_months_then_days_clamped_to_the_month_end() -> None:
    assert computed_expiry(date(2026, 11, 21), 4, 0) == date(2027, 3, 21)
    # 31 October + 4 months: February 2027 has no 31st → 28 February.
    assert computed_expiry(date(2026, 10, 31), 4, 0) == date(2027, 2, 28)
    # 31 January + 1 month = 29 February 2028 (leap year), + 2 days = 2 March.
    assert computed_expiry(date(2028, 1, 31), 1, 2) == date(2028, 3, 2)
    assert computed_expiry(date(2026, 11, 21), 0, 0) is None
    assert computed_expiry(None, 4, 0) is None


def test_the_source_is_computed_only_when_the_date_is_start_plus_term() -> None:
    start = date(2026, 11, 21)
    assert expiry_source_of(start, 4, 0, date(2027, 3, 21)) is ExpirySource.COMPUTED
    assert expiry_source_of(start, 4, 0, None) is ExpirySource.COMPUTED
    assert expiry_source_of(start, 4, 0, date(2027, 3, 20)) is ExpirySource.STATED
    assert expiry_source_of(start, 0, 0, date(2027, 3, 21)) is ExpirySource.STATED


def test_the_current_order_follows_extensions_that_continue_custody() -> None:
    today = date(2026, 11, 27)
    first = Order(1, date(2026, 11, 21), date(2027, 3, 21))
    extension = Order(2, date(2027, 3, 21), date(2027, 7, 21))  # starts on the expiry day
    next_day = Order(3, date(2027, 7, 22), date(2027, 9, 22))  # starts the day after
    assert current_order([first], today) is first
    assert current_order([extension, first], today) is extension
    assert current_order([first, extension, next_day], today) is next_day
    # A later order after a gap of more than a day is a new custody, not a continuation.
    later = Order(4, date(2027, 4, 1), date(2027, 8, 1))
    assert current_order([first, later], today) is first
    # Nothing started yet: the first recorded order (and what continues it).
    assert current_order([extension], date(2026, 1, 1)) is extension
    assert current_order([], today) is None


def test_concurrent_orders_of_two_cases_the_clock_names_the_one_holding_the_captive() -> None:
    """Orders in two criminal cases: the latest started one has expired while the other
    still runs: the clock names the running one (not "expired"); both expired, the one
    expiring last; a later order of the same case (or of no recorded case) replaces."""
    today = date(2027, 6, 1)
    first_case = Order(1, date(2027, 1, 10), date(2027, 12, 10), prosecution_id=1)
    second_case = Order(2, date(2027, 2, 1), date(2027, 4, 1), prosecution_id=2)
    assert current_order([first_case, second_case], today) is first_case
    assert current_order([second_case, first_case], date(2027, 3, 1)) is first_case
    assert current_order([first_case, second_case], date(2028, 1, 1)) is first_case
    # The second case's order running longer is the one custody lasts under.
    running_longer = Order(3, date(2027, 5, 1), date(2028, 1, 5), prosecution_id=2)
    assert current_order([first_case, second_case, running_longer], today) is running_longer
    # Of the same case, the later order replaces the earlier even with a shorter term.
    shortened = Order(4, date(2027, 3, 1), date(2027, 5, 1), prosecution_id=1)
    assert current_order([first_case, shortened], today) is shortened
    unlinked = Order(5, date(2027, 3, 1), date(2027, 5, 1))
    assert current_order([first_case, second_case, unlinked], today) is unlinked
    # An extension of the running order decided in advance is still followed.
    extension = Order(6, date(2027, 12, 10), date(2028, 4, 10), prosecution_id=1)
    assert current_order([first_case, second_case, extension], today) is extension


def test_a_release_before_a_re_arrest_ends_custody_under_the_orders_before_it() -> None:
    """Released on 15 September, re-arrested in another case on 20 November: the first
    order, expiring later, no longer holds the captive (its steps are closed as custody
    ended); a release with no order after it changes nothing."""
    today = date(2026, 11, 27)
    first = Order(1, date(2026, 8, 1), date(2027, 2, 1), prosecution_id=1)
    again = Order(2, date(2026, 11, 20), date(2027, 1, 20), prosecution_id=2)
    assert current_order([first, again], today) is first
    assert current_order([first, again], today, [date(2026, 9, 15)]) is again
    assert current_order([first], today, [date(2026, 9, 15)]) is first


@pytest.mark.parametrize(("start", "months", "days"), [
    (date(9999, 12, 15), 1, 0),  # the year 10000
    (date(9999, 12, 15), 0, 30),
    (date(2026, 11, 21), 10**6, 0),
    (date(2026, 11, 21), 0, 10**9),  # more days than a timedelta holds
])
def test_a_term_ending_outside_the_calendar_is_refused_with_a_message_not_a_crash(
        start: date, months: int, days: int) -> None:
    """A start or a term mistyped in the order dialog (or an import) ends past the year
    9999: the lawyer reads what to check, the services and the dialog's preview no
    ``ValueError`` / ``OverflowError`` from the arithmetic."""
    with pytest.raises(ValidationError) as err:
        computed_expiry(start, months, days)
    assert err.value.field == "term_months"
    assert "outside the calendar" in str(err.value)
    # Such an expiry can only be the order's own: never "computed" (the migration and the
    # import decide older orders' source with it).
    assert expiry_source_of(start, months, days, date(2027, 1, 1)) is ExpirySource.STATED


@pytest.mark.parametrize(("start", "months", "days", "expected"), [
    # Months first: 29 Jan + 1 month = 28 Feb (clamped), + 1 day = 1 March. Days first:
    # 29 Jan + 1 day = 30 Jan, + 1 month = 28 Feb (clamped). The earlier: 28 February.
    (date(2026, 1, 29), 1, 1, date(2026, 2, 28)),
    # 25 Jan 2026 + 1 month 5 days: 2 March months first, 28 February days first.
    (date(2026, 1, 25), 1, 5, date(2026, 2, 28)),
    # 28 Feb 2026 + 1 month 1 day: 29 March months first, 1 April days first.
    (date(2026, 2, 28), 1, 1, date(2026, 3, 29)),
    # 20 Feb 2027 + 2 months 10 days: 30 April months first, 2 May days first.
    (date(2027, 2, 20), 2, 10, date(2027, 4, 30)),
    # The same day either way: nothing to choose.
    (date(2026, 1, 20), 2, 10, date(2026, 3, 30)),
    (date(2026, 1, 31), 1, 10, date(2026, 3, 10)),
])
def test_a_term_of_months_and_days_ends_on_the_earlier_of_the_two_ways_of_counting(
        start: date, months: int, days: int, expected: date) -> None:
    """No verified source says whether the Azerbaijani courts add a term's months or its
    days first; the two can end on different days (at a month's end). Never later when
    unsure: the order's computed expiry is the earlier of the two."""
    assert computed_expiry(start, months, days) == expected
    assert expiry_source_of(start, months, days, expected) is ExpirySource.COMPUTED


def test_the_expiry_explanation_says_when_the_term_was_counted_the_earlier_way() -> None:
    from caseapp.domain.deadline_steps import order_expiry_computed

    text = order_expiry_computed(date(2026, 2, 28), date(2026, 1, 29), 1, 1).render("en")
    assert "the days first" in text and "1\u00a0Mar\u00a02026" in text
    plain = order_expiry_computed(date(2026, 3, 30), date(2026, 1, 20), 2, 10).render("en")
    assert "the days first" not in plain and "the months first" not in plain
