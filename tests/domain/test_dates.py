"""Dates known to a precision, and term arithmetic with month-end clamping."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from caseapp.domain.dates import PartialDate, add_term, parse_date
from caseapp.domain.enums import DatePrecision
from caseapp.domain.errors import ValidationError

EXACT, MONTH, YEAR, APPROX = (DatePrecision.EXACT, DatePrecision.MONTH, DatePrecision.YEAR,
                              DatePrecision.APPROXIMATE)


@pytest.mark.parametrize(
    ("text", "precision", "earliest", "latest", "iso"),
    [
        ("1990-05-17", EXACT, date(1990, 5, 17), date(1990, 5, 17), "1990-05-17"),
        ("1990-05", MONTH, date(1990, 5, 1), date(1990, 5, 31), "1990-05"),
        ("1990", YEAR, date(1990, 1, 1), date(1990, 12, 31), "1990"),
        ("~1990-05-17", APPROX, date(1990, 5, 17), date(1990, 5, 17), "~1990-05-17"),
        ("2024-02", MONTH, date(2024, 2, 1), date(2024, 2, 29), "2024-02"),  # leap year
        ("2023-02", MONTH, date(2023, 2, 1), date(2023, 2, 28), "2023-02"),
        ("  2020-11 ", MONTH, date(2020, 11, 1), date(2020, 11, 30), "2020-11"),
        # a day (or month) written 00, as registers write one not known: never a day
        ("1990-02-00", MONTH, date(1990, 2, 1), date(1990, 2, 28), "1990-02"),
        ("1990-00-00", YEAR, date(1990, 1, 1), date(1990, 12, 31), "1990"),
    ],
)
def test_parse_each_precision(text: str, precision: DatePrecision, earliest: date, latest: date,
                              iso: str) -> None:
    pd = PartialDate.parse(text)
    assert pd.precision is precision
    assert (pd.earliest, pd.latest) == (earliest, latest)
    assert pd.iso() == str(pd) == iso
    assert PartialDate.parse(pd.iso()) == pd  # what is shown can be typed back


@pytest.mark.parametrize(
    ("value", "precision", "stored"),
    [
        (date(1990, 5, 17), MONTH, date(1990, 5, 1)),
        (date(1990, 5, 17), YEAR, date(1990, 1, 1)),
        (date(1990, 5, 17), EXACT, date(1990, 5, 17)),
    ],
)
def test_value_is_the_first_day_of_the_known_period(value: date, precision: DatePrecision,
                                                     stored: date) -> None:
    assert PartialDate(value, precision).value == stored


def test_precision_given_as_text_is_read_as_the_enum() -> None:
    pd = PartialDate(date(1990, 5, 17), "month")  # type: ignore[arg-type]
    assert pd.precision is MONTH and pd.iso() == "1990-05"


def test_partial_date_is_frozen_and_comparable() -> None:
    pd = PartialDate.parse("1990")
    with pytest.raises(AttributeError):
        pd.value = date(2000, 1, 1)  # type: ignore[misc]
    assert PartialDate.parse("1990-05") == PartialDate(date(1990, 5, 20), MONTH)
    assert PartialDate.parse("1989") < PartialDate.parse("1990-01-02")


@pytest.mark.parametrize(
    "text",
    ["", "   ", "yesterday", "1990-13", "1990-02-30", "1990-05-17-01", "17.05.1990",
     "1990/05/17", "~", "~1990-13", "0"],
)
def test_bad_partial_dates_are_refused_with_a_message_showing_the_forms(text: str) -> None:
    with pytest.raises(ValidationError) as err:
        PartialDate.parse(text)
    message = str(err.value)
    assert f"“{text}”" in message
    assert "YYYY-MM-DD" in message and "YYYY-MM" in message and "~" in message


@pytest.mark.parametrize(("text", "plain"), [("~1990", "1990"), ("~1990-05", "1990-05"),
                                             ("~ 2020-10", "2020-10")])
def test_a_rough_month_or_year_says_to_write_it_without_the_mark(text: str, plain: str) -> None:
    """"~2020-10" ("around October 2020"): the case file marks only a day approximate, and a
    month is already as rough as it says, so the message says to write the month itself
    (nothing is stored with a meaning the lawyer did not give it)."""
    with pytest.raises(ValidationError) as err:
        PartialDate.parse(text, field="capture")
    message = str(err.value)
    assert f"“{text}”" in message and "only a day" in message and f"Write {plain}." in message
    assert err.value.field == "capture"


def test_parse_names_the_field_when_asked() -> None:
    with pytest.raises(ValidationError) as err:
        PartialDate.parse("spring 1990", field="birth")
    assert err.value.field == "birth"


def test_parse_date_reads_iso_and_names_the_field() -> None:
    assert parse_date(" 2021-10-31 ") == date(2021, 10, 31)
    with pytest.raises(ValidationError) as err:
        parse_date("31/10/2021", field="start_date")
    assert err.value.field == "start_date"
    assert "“31/10/2021”" in str(err.value) and "YYYY-MM-DD" in str(err.value)


@pytest.mark.parametrize(
    ("start", "months", "days", "expected"),
    [
        (date(2021, 10, 31), 4, 0, date(2022, 2, 28)),  # the month-end clamp
        (date(2023, 10, 31), 4, 0, date(2024, 2, 29)),  # ... in a leap year
        (date(2024, 2, 29), 12, 0, date(2025, 2, 28)),
        (date(2024, 2, 29), 48, 0, date(2028, 2, 29)),
        (date(2021, 8, 31), 1, 0, date(2021, 9, 30)),
        (date(2021, 1, 31), 1, 0, date(2021, 2, 28)),
        (date(2021, 1, 15), 4, 0, date(2021, 5, 15)),
        (date(2021, 11, 30), 3, 0, date(2022, 2, 28)),  # across a year end
        (date(2021, 1, 31), 1, 1, date(2021, 3, 1)),  # months first, then days
        (date(2021, 12, 20), 0, 20, date(2022, 1, 9)),
        (date(2021, 1, 1), 0, 0, date(2021, 1, 1)),
    ],
)
def test_add_term(start: date, months: int, days: int, expected: date) -> None:
    assert add_term(start, months=months, days=days) == expected


def test_add_term_adds_as_dateutil_does() -> None:
    """``add_term`` counts months itself; dateutil's relativedelta (the library it was
    written with) gives the same day for every start of four years (a leap year, month
    ends) and terms forward and back, up to ten years."""
    from dateutil.relativedelta import relativedelta

    checked = 0
    for offset in range(0, 4 * 366, 3):
        start = date(2023, 1, 1) + timedelta(days=offset)
        for months in (-121, -13, -12, -1, 0, 1, 2, 6, 11, 12, 13, 120):
            for days in (0, 1, 15, -10):
                expected = start + relativedelta(months=months, days=days)
                assert add_term(start, months=months, days=days) == expected
                checked += 1
    assert checked > 20_000


@pytest.mark.parametrize(("text", "lang", "written", "not_written"), [
    ("2020-11", "ru", "11.2020", "2020-11"),
    ("2020-11", "hy", "11.2020", "2020-11"),
    ("2020-11", "en", "Nov 2020", "2020-11"),
    ("2020", "hy", "2020 թ.", None),
    ("~2020-11-09", "ru", "09.11.2020", "~"),
    ("~2020-11-09", "en", "about", "~"),
])
def test_a_rough_date_in_a_sentence_is_written_as_the_language_writes_dates(
        text: str, lang: str, written: str, not_written: str | None) -> None:
    """A month, a year or an approximate day in a printed sentence ("взят в плен 11.2020") is
    never the stored ISO form ("2020-11", "~2020-11-09"), which no reader of a letter writes."""
    from caseapp.domain.messages import msg

    sentence = msg("{name}: {category}, {group}; captured {day}.", name="A", category="b",
                   group="c", day=PartialDate.parse(text).shown()).render(lang)
    assert written in sentence.replace("\u00a0", " ")
    if not_written:
        assert not_written not in sentence
