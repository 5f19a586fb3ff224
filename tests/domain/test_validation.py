"""Rules on the order of events: periods, capture, birth, and days in custody."""

from __future__ import annotations

from datetime import date

import pytest

from caseapp.domain.captive_rows import days_in_custody
from caseapp.domain.dates import PartialDate
from caseapp.domain.enums import CaptiveStatus
from caseapp.domain.errors import ValidationError
from caseapp.domain.messages import msg
from caseapp.domain.validation import (
    Period,
    check_after_birth,
    check_no_overlap,
    check_not_before_capture,
    check_period,
)

D = date


def P(start: str, end: str | None, label: str = "") -> Period:
    return Period(D.fromisoformat(start), D.fromisoformat(end) if end else None, label)


@pytest.mark.parametrize(
    ("a", "b", "overlap"),
    [
        (P("2021-01-01", "2021-01-10"), P("2021-01-10", "2021-01-20"), False),  # touching
        (P("2021-01-01", "2021-01-10"), P("2021-01-09", "2021-01-20"), True),  # one day shared
        (P("2021-01-01", "2021-01-10"), P("2021-02-01", "2021-02-10"), False),
        (P("2021-01-01", "2021-12-31"), P("2021-03-01", "2021-03-10"), True),  # contained
        (P("2021-01-01", None), P("2022-05-01", "2022-06-01"), True),  # open period
        (P("2021-01-01", None), P("2020-05-01", "2021-01-01"), False),  # ends as the open one starts
        (P("2021-01-01", None), P("2020-05-01", "2021-01-02"), True),
        (P("2021-01-01", None), P("2022-01-01", None), True),  # two open periods
        (P("2021-01-01", "2021-01-10"), P("2021-01-01", "2021-01-10"), True),  # the same stay
    ],
)
def test_period_overlap(a: Period, b: Period, overlap: bool) -> None:
    assert a.overlaps(b) is overlap
    assert b.overlaps(a) is overlap  # symmetric


def test_check_no_overlap_names_the_other_period() -> None:
    others = [P("2020-11-12", "2021-01-10", "Baku SSS"), P("2021-01-10", None, "Kurdakhany")]
    check_no_overlap(P("2020-11-10", "2020-11-12"), others)  # touching both ends is fine
    with pytest.raises(ValidationError) as err:
        check_no_overlap(P("2021-03-01", "2021-04-01"), others, field="from_date")
    assert err.value.field == "from_date"
    # dates as the language writes them (CLDR's short English date, kept on one line)
    assert str(err.value) == ("This period overlaps another custody period (Kurdakhany, "
                              "10\u00a0Jan\u00a02021 – now).")
    assert err.value.message.render("ru") == (
        "Этот период пересекается с другим периодом содержания под стражей (Kurdakhany, "
        "10.01.2021 – сейчас).")


def test_check_period() -> None:
    check_period(D(2021, 1, 1), None)
    check_period(D(2021, 1, 1), D(2021, 1, 1))  # a one-day stay
    with pytest.raises(ValidationError) as err:
        check_period(D(2021, 1, 2), D(2021, 1, 1), field="to_date", what=msg("The stay"))
    assert err.value.field == "to_date"
    assert str(err.value) == "The stay ends (1\u00a0Jan\u00a02021) before it starts (2\u00a0Jan\u00a02021)."
    with pytest.raises(ValidationError) as err:
        check_period(D(2021, 1, 2), D(2021, 1, 1))  # the default names the stay, in Armenian too
    assert err.value.message.render("hy") == (
        "Պահումը՝ ավարտը (01.01.2021) սկզբից (02.01.2021) առաջ է։")


@pytest.mark.parametrize(
    ("capture", "when", "ok"),
    [
        ("2020-11-10", "2020-11-10", True),  # the same day
        ("2020-11-10", "2020-11-09", False),
        ("2020-11", "2020-11-01", True),  # could be the capture day itself
        ("2020-11", "2020-10-31", False),
        ("2020", "2020-01-01", True),
        ("2020", "2019-12-31", False),
        ("~2020-11-10", "2020-11-10", True),
        ("~2020-11-10", "2020-11-09", False),
    ],
)
def test_check_not_before_capture_uses_the_earliest_possible_day(capture: str, when: str,
                                                                 ok: bool) -> None:
    # every date as English writes it: a day, a month, a year, an approximate day
    shown = {"2020-11-09": "9\u00a0Nov\u00a02020", "2020-10-31": "31\u00a0Oct\u00a02020",
             "2019-12-31": "31\u00a0Dec\u00a02019", "2020-11-10": "10\u00a0Nov\u00a02020",
             "2020-11": "Nov\u00a02020", "~2020-11-10": "about 10\u00a0Nov\u00a02020"}

    def check() -> None:
        check_not_before_capture(D.fromisoformat(when), PartialDate.parse(capture),
                                 field="contact_on", what=msg("The contact"))

    if ok:
        check()
    else:
        with pytest.raises(ValidationError) as err:
            check()
        assert err.value.field == "contact_on"
        assert str(err.value) == (f"The contact ({shown[when]}) is before the capture "
                                  f"({shown.get(capture, capture)}).")


def test_check_not_before_capture_without_dates_passes() -> None:
    check_not_before_capture(None, PartialDate.parse("2020"), field="f", what="x")
    check_not_before_capture(D(1900, 1, 1), None, field="f", what="x")


@pytest.mark.parametrize(
    ("birth", "capture", "ok"),
    [
        ("1990", "1990-12-31", True),
        ("1990-05", "1990-05", True),
        ("1990-05-17", "1990-05-16", False),
        ("1990", "1989", False),
        ("1990-06", "1990", True),  # the capture year could end after the birth month
    ],
)
def test_check_after_birth(birth: str, capture: str, ok: bool) -> None:
    def check() -> None:
        check_after_birth(PartialDate.parse(capture), PartialDate.parse(birth), field="capture")

    if ok:
        check()
    else:
        with pytest.raises(ValidationError) as err:
            check()
        assert err.value.field == "capture"


@pytest.mark.parametrize(
    ("capture", "released", "expected"),
    [
        ("2020-11-10", None, (D(2026, 11, 27) - D(2020, 11, 10)).days),
        ("2020-11-10", D(2021, 11, 10), 365),
        ("2020-11", D(2020, 12, 1), 30),  # counted from the earliest possible day
        ("2026-11-27", None, 0),
        ("2020-11-10", D(2020, 11, 1), 0),  # never negative
    ],
)
def test_days_in_custody(capture: str, released: date | None, expected: int) -> None:
    status = CaptiveStatus.RELEASED if released else CaptiveStatus.PRE_TRIAL
    got = days_in_custody(status, PartialDate.parse(capture).earliest, released,
                          D(2026, 11, 27))
    assert got == expected


def test_days_in_custody_unknown_without_a_capture_date() -> None:
    assert days_in_custody(CaptiveStatus.PRE_TRIAL, None, None, D(2026, 11, 27)) is None
