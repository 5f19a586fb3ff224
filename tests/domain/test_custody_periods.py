"""Days in custody count the periods held (ECHR Art. 5 § 3 adds up periods of detention):
after a release and a re-arrest, the days between them are not custody."""

from __future__ import annotations

from datetime import date

from caseapp.domain.captive_rows import days_in_custody
from caseapp.domain.custody_periods import gaps, releases
from caseapp.domain.enums import CaptiveStatus

HELD, PRE, OUT = CaptiveStatus.HELD, CaptiveStatus.PRE_TRIAL, CaptiveStatus.RELEASED
TODAY = date(2026, 11, 27)


def test_a_release_and_a_re_arrest_leave_the_gap_out() -> None:
    # Captured 1 January, released 1 March (59 days), re-arrested 1 October (57 days to today).
    history = [(HELD, date(2026, 1, 1)), (OUT, date(2026, 3, 1)), (PRE, date(2026, 10, 1))]
    assert gaps(history) == [(date(2026, 3, 1), date(2026, 10, 1))]
    assert days_in_custody(PRE, date(2026, 1, 1), date(2026, 10, 1), TODAY, history) == 59 + 57
    # Released again on 11 November: 59 + 41.
    again = [*history, (OUT, date(2026, 11, 11))]
    assert days_in_custody(OUT, date(2026, 1, 1), date(2026, 11, 11), TODAY, again) == 59 + 41


def test_a_release_withdrawn_is_no_gap() -> None:
    """Set by mistake and put back as of its own day, or undone to a status that had no
    day: custody never ended."""
    for back in (date(2026, 3, 1), None):
        history = [(PRE, date(2026, 1, 1)), (OUT, date(2026, 3, 1)), (PRE, back)]
        assert releases(history) == [] and gaps(history) == []
        assert days_in_custody(PRE, date(2026, 1, 1), back, TODAY, history) == 330


def test_a_change_recorded_after_a_release_but_dated_before_it_withdraws_nothing() -> None:
    """"Detained" as of 1 February typed after the release of 1 March reads where its day
    puts it, before the release: the release stands (it withdrew the release before)."""
    history = [(PRE, date(2026, 1, 1)), (OUT, date(2026, 3, 1)), (PRE, date(2026, 2, 1))]
    assert releases(history) == [date(2026, 3, 1)]
    assert days_in_custody(OUT, date(2026, 1, 1), date(2026, 3, 1), TODAY, history) == 59


def test_without_a_release_from_the_capture() -> None:
    assert days_in_custody(PRE, date(2026, 1, 1), None, TODAY) == 330
    assert days_in_custody(CaptiveStatus.MISSING, date(2026, 1, 1), None, TODAY) is None
