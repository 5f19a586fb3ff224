"""What a hearing says became of it must be possible: one adjourned continues on a later day,
and one held has begun. A slip (the next day typed a year early, "held" chosen for next week's
sitting) is refused on its field, saying what is wrong, and nothing is written: a hearing
recorded held before its day is no longer reminded of nor shown as the next one, and one
adjourned to a day before itself offers no next hearing."""

from __future__ import annotations

import pytest

from caseapp.domain.enums import HearingState
from caseapp.domain.errors import ValidationError
from caseapp.domain.messages import text_of
from caseapp.services.casefile import CaseFile
from tests.conftest import TODAY  # 27 November 2026


@pytest.fixture
def captive(case_file: CaseFile) -> int:
    return case_file.captives.create(names=["Vardanyan Armen"], capture="2024-08-22",
                                     status="on_trial").id


def _hearing(cf: CaseFile, captive: int, starts_at: str, **fields: object) -> int:
    return cf.hearings.create(captive_ids=[captive], starts_at=starts_at, timezone="Asia/Baku",
                              kind="trial_session", court="Baku Military Court", **fields).id


@pytest.mark.parametrize("next_date", ["2026-12-01", "2026-12-10"])
def test_a_hearing_is_adjourned_to_a_later_day_only(case_file: CaseFile, captive: int,
                                                      next_date: str) -> None:
    hearing = _hearing(case_file, captive, "2026-12-10T11:00")
    with pytest.raises(ValidationError) as err:
        case_file.hearings.update(hearing, state="adjourned", next_date=next_date)
    assert err.value.field == "next_date"
    assert "10\u00a0Dec\u00a02026" in str(err.value) and "adjourned" in str(err.value)
    stored = case_file.hearings.get(hearing)
    assert (stored.state, stored.next_date) == (HearingState.SCHEDULED, None)
    with pytest.raises(ValidationError):
        _hearing(case_file, captive, "2026-12-10T11:00", state="adjourned", next_date=next_date)
    assert len(case_file.hearings.list(captive_id=captive)) == 1
    moved = case_file.hearings.update(hearing, state="adjourned", next_date="2026-12-11")
    assert (moved.state, str(moved.next_date)) == (HearingState.ADJOURNED, "2026-12-11")


def test_a_hearing_adjourned_cannot_be_moved_past_the_day_it_continues_on(
        case_file: CaseFile, captive: int) -> None:
    hearing = _hearing(case_file, captive, "2026-12-10T11:00", state="adjourned",
                       next_date="2026-12-17")
    with pytest.raises(ValidationError) as err:
        case_file.hearings.update(hearing, starts_at="2026-12-18T11:00")
    assert err.value.field == "next_date"
    assert case_file.hearings.get(hearing).starts_at.day == 10


def test_a_hearing_still_ahead_cannot_be_recorded_held(case_file: CaseFile, captive: int) -> None:
    hearing = _hearing(case_file, captive, "2026-12-03T11:00")
    with pytest.raises(ValidationError) as err:
        case_file.hearings.update(hearing, state="held")
    assert err.value.field == "state"
    assert "3\u00a0Dec\u00a02026 at 11:00" in str(err.value)
    assert case_file.hearings.get(hearing).state is HearingState.SCHEDULED
    # still reminded of and the captive's next hearing
    clock = case_file.deadline_engine.clock(captive)
    assert clock.next_hearing is not None and clock.next_hearing.day == 3
    # today's and yesterday's may be recorded held
    for day in (TODAY, TODAY.replace(day=TODAY.day - 1)):
        held = _hearing(case_file, captive, f"{day}T16:00", state="held")
        assert case_file.hearings.get(held).state is HearingState.HELD



def test_the_same_sitting_entered_again_for_a_captive_is_refused(case_file: CaseFile,
                                                                 captive: int) -> None:
    """The joint sitting of two co-defendants, entered again for one of them (a colleague
    unaware of the joint record): two verdicts would open two appeal deadlines. Refused,
    naming the captive and the sitting; another court at that minute (two cases listed at
    once: a clash to raise with the courts), another of the captive's criminal cases and a
    sitting called off are not the same one."""
    cf = case_file
    other = cf.captives.create(names=["Դավթյան Անահիտ", "Davtyan Anahit"], capture="2024-08-22",
                               status="on_trial").id
    joint = cf.hearings.create(captive_ids=[captive, other], starts_at="2026-12-14T10:00",
                               timezone="Asia/Baku", kind="trial_session",
                               court="Baku Military Court").id
    before = cf.hearings.list()
    with pytest.raises(ValidationError) as err:
        cf.hearings.create(captive_ids=[other], starts_at="2026-12-14T10:00",
                           timezone="Asia/Baku", kind="verdict", court=" baku  military court")
    assert err.value.field == "captive_ids"
    assert "Davtyan Anahit" in str(err.value) and "Baku Military Court" in str(err.value)
    assert "Դավթյան Անահիտ" in text_of(err.value.message, "hy")  # as the window names her
    assert cf.hearings.list() == before
    later = _hearing(cf, captive, "2026-12-15T10:00")
    with pytest.raises(ValidationError):
        cf.hearings.update(later, starts_at="2026-12-14T10:00")
    assert cf.hearings.get(later).starts_at.day == 15
    cf.hearings.update(joint, notes="Interpreter booked")  # itself is not its twin
    cf.hearings.create(captive_ids=[captive], starts_at="2026-12-14T10:00",
                       timezone="Asia/Baku", court="Baku Court of Appeal")
    cf.hearings.create(captive_ids=[captive], starts_at="2026-12-16T10:00", timezone="Asia/Baku")
    with pytest.raises(ValidationError, match="—, 16"):  # no court given: the same sitting
        cf.hearings.create(captive_ids=[captive], starts_at="2026-12-16T10:00",
                           timezone="Asia/Baku")
    first, second = (cf.prosecutions.create(captive_id=captive, case_number=number).id
                     for number in ("1(101)-12/2026", "1(101)-13/2026"))
    cf.hearings.create(captive_ids=[captive], starts_at="2026-12-17T10:00", timezone="Asia/Baku",
                       court="Court", prosecution_id=first)
    cf.hearings.create(captive_ids=[captive], starts_at="2026-12-17T10:00", timezone="Asia/Baku",
                       court="Court", prosecution_id=second)  # another of her cases
    with pytest.raises(ValidationError):
        cf.hearings.create(captive_ids=[captive], starts_at="2026-12-17T10:00",
                           timezone="Asia/Baku", court="Court", prosecution_id=first)
    cf.hearings.update(joint, state="cancelled")
    cf.hearings.create(captive_ids=[other], starts_at="2026-12-14T10:00",
                       timezone="Asia/Baku", court="Baku Military Court")


def test_a_decision_still_ahead_is_refused_its_outcome(case_file: CaseFile, captive: int) -> None:
    """A verdict's outcome typed before the hearing's recorded start (the court sat at 10:00,
    the file says 11:00; the lawyer types "Guilty: 8 years" at 10:45) was stored and opened
    nothing: the 20 days to appeal are opened by a decided hearing that has begun, and nothing
    opened them at 11:00. The outcome is now refused until it has begun, saying to correct its
    time; a sitting called off in advance may say why, and one of a kind that decides nothing
    may carry a note."""
    ahead = case_file.hearings.create(captive_ids=[captive], starts_at="2026-12-10T11:00",
                                      timezone="Asia/Baku", kind="verdict",
                                      court="Baku Military Court").id
    with pytest.raises(ValidationError) as err:
        case_file.hearings.update(ahead, outcome="Guilty: 8 years")
    assert err.value.field == "outcome" and "11:00" in str(err.value)
    assert case_file.hearings.get(ahead).outcome == ""
    case_file.hearings.update(ahead, state="adjourned", next_date="2026-12-20",
                              outcome="Postponed by the court's letter of 25 November")
    trial = _hearing(case_file, captive, "2026-12-12T11:00")
    case_file.hearings.update(trial, outcome="Prosecution witnesses expected")
    begun = case_file.hearings.create(captive_ids=[captive], starts_at="2026-11-27T00:30",
                                      timezone="Asia/Baku", kind="verdict",
                                      court="Baku Military Court").id
    case_file.hearings.update(begun, outcome="Guilty: 8 years")
    assert any(d.trigger_kind == "hearing" for d in case_file.deadlines.list(captive_id=captive))
