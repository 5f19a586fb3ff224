"""A detention hearing the captive's release made moot is written cancelled in the calendar
file, saying why, with a higher SEQUENCE and no reminder: before, it was left out of the
export, and a phone that held it from an earlier export kept reminding the lawyer of a
sitting that would not be. The trial session (it may go on in absentia) stays as it was; a
level that does not show the captive's status tells nothing of the release."""

from __future__ import annotations

from pathlib import Path

import icalendar
import pytest

from caseapp.services.casefile import CaseFile
from caseapp.services.outputs import calendar


def export(cf: CaseFile, path: Path, level: str = "internal",
           lang: str = "en") -> dict[str, icalendar.Event]:
    calendar(cf, level=level, target=path, lang=lang)
    return {str(e["UID"]): e for e in icalendar.Calendar.from_ical(path.read_bytes()).walk("VEVENT")}


@pytest.fixture
def hearings(case_file: CaseFile) -> tuple[int, str, str, str]:
    cf = case_file  # today is 27 November 2026 in the tests
    freed = cf.captives.create(names=["Vardanyan Armen"], capture="2026-08-01",
                               status="pre_trial", sensitivity="shareable").id
    held = cf.captives.create(names=["Petrosyan Sergey"], capture="2026-08-01",
                              status="pre_trial", sensitivity="shareable").id
    alone = cf.hearings.create(captive_ids=[freed], starts_at="2026-12-10 11:00",
                               timezone="Asia/Baku", kind="detention_extension",
                               sensitivity="shareable").uid
    joint = cf.hearings.create(captive_ids=[freed, held], starts_at="2026-12-11 11:00",
                               timezone="Asia/Baku", kind="detention_extension",
                               sensitivity="shareable").uid
    trial = cf.hearings.create(captive_ids=[freed], starts_at="2026-12-12 11:00",
                               timezone="Asia/Baku", kind="trial_session",
                               sensitivity="shareable").uid
    return freed, f"{alone}@caseapp", f"{joint}@caseapp", f"{trial}@caseapp"


def test_a_release_cancels_the_hearing_on_custody_in_the_calendar(
        case_file: CaseFile, hearings: tuple[int, str, str, str], tmp_path: Path) -> None:
    freed, alone, joint, trial = hearings
    before = export(case_file, tmp_path / "before.ics")
    assert str(before[alone]["STATUS"]) == "CONFIRMED" and before[alone].walk("VALARM")
    case_file.captives.update(freed, status="released", status_since="2026-11-26")
    after = export(case_file, tmp_path / "after.ics")

    moot = after[alone]
    assert str(moot["STATUS"]) == "CANCELLED"
    assert str(moot["SUMMARY"]).startswith("Custody ended: ")
    assert "Vardanyan Armen" in str(moot["SUMMARY"])
    assert int(moot["SEQUENCE"]) > int(before[alone]["SEQUENCE"])
    assert moot.walk("VALARM") == []
    assert moot.decoded("DTSTART") == before[alone].decoded("DTSTART")
    # The joint sitting goes ahead for the captive still held, named alone; the trial too.
    assert str(after[joint]["STATUS"]) == "CONFIRMED"
    assert "Vardanyan" not in str(after[joint]["SUMMARY"])
    assert "Petrosyan Sergey" in str(after[joint]["SUMMARY"])
    assert str(after[trial]["STATUS"]) == "CONFIRMED"
    hy = export(case_file, tmp_path / "hy.ics", lang="hy")
    assert str(hy[alone]["SUMMARY"]).startswith("Կալանքն ավարտվել է")


def test_a_level_that_hides_the_status_says_nothing_of_the_release(
        case_file: CaseFile, hearings: tuple[int, str, str, str], tmp_path: Path) -> None:
    freed, alone, _joint, _trial = hearings
    case_file.captives.update(freed, status="released", status_since="2026-11-26",
                              field_levels={"status": "internal"})
    shared = export(case_file, tmp_path / "shared.ics", level="shareable")
    assert str(shared[alone]["STATUS"]) == "CONFIRMED"
    assert all("Custody ended" not in str(e["SUMMARY"]) for e in shared.values())
    internal = export(case_file, tmp_path / "internal.ics")
    assert str(internal[alone]["STATUS"]) == "CANCELLED"
