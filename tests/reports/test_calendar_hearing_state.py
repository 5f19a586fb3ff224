"""A hearing adjourned or cancelled stays in the calendar export, marked STATUS:CANCELLED
(RFC 5545 § 3.8.1.11) and without a reminder: a calendar that took the sitting from an earlier
export then cancels it (matched by its UID) instead of keeping it as going ahead, which
leaving it out would do. (Read by vobject too, by hand: see the branch's report.)"""

from __future__ import annotations

from pathlib import Path

import icalendar
import pytest

from caseapp.reports.calendar import write_ics
from caseapp.services.casefile import CaseFile


def _export(cf: CaseFile, path: Path, lang: str = "en") -> None:
    events = cf.reminders.calendar(120, level="internal")
    write_ics([*events.deadlines, *events.hearings], path, names=events.names,
              level=events.level, lang=lang)


@pytest.fixture
def hearings(case_file: CaseFile) -> dict[str, str]:
    cf = case_file
    cid = cf.captives.create(names=["Vardanyan Armen"], status="pre_trial").id

    def hearing(day: str, **kw: object) -> str:
        return cf.hearings.create(captive_ids=[cid], starts_at=f"{day}T11:00",
                                  timezone="Asia/Baku", kind="trial_session",
                                  court="Baku Military Court", **kw).uid
    return {"going": hearing("2027-02-15"),
            "adjourned": hearing("2027-01-28", state="adjourned", next_date="2027-02-15"),
            "cancelled": hearing("2027-01-20", state="cancelled")}


def test_a_called_off_hearing_is_cancelled_in_the_calendar(
        case_file: CaseFile, hearings: dict[str, str], tmp_path: Path) -> None:
    path = tmp_path / "h.ics"
    _export(case_file, path)
    events = {str(e["UID"]).split("@")[0]: e
              for e in icalendar.Calendar.from_ical(path.read_bytes()).walk("VEVENT")}
    assert {uid: str(e["STATUS"]) for uid, e in events.items()} == {
        hearings["going"]: "CONFIRMED", hearings["adjourned"]: "CANCELLED",
        hearings["cancelled"]: "CANCELLED"}
    assert str(events[hearings["adjourned"]]["SUMMARY"]).replace("\xa0", " ").startswith(
        "Adjourned to 15 Feb 2027: ")
    assert str(events[hearings["cancelled"]]["SUMMARY"]).startswith("Cancelled: ")
    assert not events[hearings["cancelled"]].walk("VALARM")
    assert events[hearings["going"]].walk("VALARM")


