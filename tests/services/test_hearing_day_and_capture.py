"""A hearing's day and hour as the lawyer writes them: a day without its hour is refused (it
was stored as a sitting at midnight, shown and put in her calendar at 00:00), and so is a
detention hearing before the capture of a defendant it concerns (a year typed wrong: there was
no custody to extend), naming the defendant; nothing is written. A trial session before the
capture is kept (a trial in absentia)."""

from __future__ import annotations

from datetime import date

import pytest

from caseapp.domain.errors import ValidationError
from caseapp.services.casefile import CaseFile


@pytest.fixture
def captives(case_file: CaseFile) -> tuple[int, int]:
    early = case_file.captives.create(names=["Vardanyan Armen"], capture="2020-11-01",
                                      status="on_trial").id
    late = case_file.captives.create(names=["Սերգեյ Պետրոսյան"], capture="2026-10-12",
                                     status="pre_trial").id
    return early, late


@pytest.mark.parametrize("starts_at", ["2027-01-15", " 2027-01-15 ", date(2027, 1, 15)])
def test_a_day_without_its_hour_is_refused(case_file: CaseFile, captives: tuple[int, int],
                                           starts_at: object) -> None:
    with pytest.raises(ValidationError) as err:
        case_file.hearings.create(captive_ids=[captives[0]], starts_at=starts_at,
                                  timezone="Asia/Baku", kind="trial_session")
    assert err.value.field == "starts_at"
    assert "2027-01-15" in str(err.value) and "hour" in str(err.value)
    assert case_file.hearings.list() == []
    kept = case_file.hearings.create(captive_ids=[captives[0]], starts_at="2027-01-15 10:30",
                                     timezone="Asia/Baku", kind="trial_session")
    with pytest.raises(ValidationError):
        case_file.hearings.update(kept.id, starts_at="2027-01-16")
    assert case_file.hearings.get(kept.id).starts_at.strftime("%Y-%m-%d %H:%M") == \
        "2027-01-15 10:30"


def test_a_detention_hearing_before_a_defendants_capture_is_refused_naming_them(
        case_file: CaseFile, captives: tuple[int, int]) -> None:
    early, late = captives
    with pytest.raises(ValidationError) as err:
        case_file.hearings.create(captive_ids=[early, late], starts_at="2026-10-11 10:00",
                                  timezone="Asia/Baku", kind="detention_extension")
    assert err.value.field == "starts_at"
    assert "Sergey Petrosyan" in str(err.value) and "12\u00a0Oct\u00a02026" in str(err.value)
    assert case_file.hearings.list() == []
    # On the day of the capture itself (a court sits within hours of an arrest): allowed.
    hearing = case_file.hearings.create(captive_ids=[early, late], starts_at="2026-10-12 21:00",
                                        timezone="Asia/Baku", kind="detention_extension")
    # Moved a day earlier, or given a defendant captured later: refused, nothing changes.
    with pytest.raises(ValidationError):
        case_file.hearings.update(hearing.id, starts_at="2026-10-11 21:00")
    solo = case_file.hearings.create(captive_ids=[early], starts_at="2025-03-03 10:00",
                                     timezone="Asia/Baku", kind="detention_extension")
    with pytest.raises(ValidationError) as err:
        case_file.hearings.update(solo.id, captive_ids=[early, late])
    assert "Sergey Petrosyan" in str(err.value)
    assert case_file.hearings.get(solo.id).captive_ids == (early,)
    assert case_file.hearings.get(hearing.id).starts_at.day == 12


def test_the_day_is_the_courts_not_utc(case_file: CaseFile, captives: tuple[int, int]) -> None:
    """00:30 on the capture's day in Baku is 20:30 the day before in UTC: allowed."""
    hearing = case_file.hearings.create(captive_ids=[captives[1]], starts_at="2026-10-12 00:30",
                                        timezone="Asia/Baku", kind="detention_extension")
    assert hearing.starts_at.date() == date(2026, 10, 12)


def test_a_trial_before_the_capture_is_kept_but_not_made_a_detention_hearing(
        case_file: CaseFile, captives: tuple[int, int]) -> None:
    """Tried in absentia before the capture: kept; made a detention hearing: refused."""
    trial = case_file.hearings.create(captive_ids=[captives[1]], starts_at="2024-05-06 10:00",
                                      timezone="Asia/Baku", kind="trial_session")
    with pytest.raises(ValidationError) as err:
        case_file.hearings.update(trial.id, kind="detention_extension")
    assert "Sergey Petrosyan" in str(err.value)
    assert str(case_file.hearings.get(trial.id).kind) == "trial_session"
