"""A hearing or deadline deleted in CaseApp leaves the lawyer's phone: the next calendar
export carries it under its UID, cancelled, with a higher SEQUENCE, saying nothing of what it
was (its title, court or captives), and only at a level that allowed it. Each export is read
back by icalendar's parser, as a phone's import would read it."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from pathlib import Path

from icalendar import Calendar, Event

from caseapp.services import outputs
from caseapp.services.casefile import CaseFile, Location, open_case_file


def _events(cf: CaseFile, level: str = "internal", lang: str = "en") -> dict[str, Event]:
    cal = Calendar.from_ical(outputs.calendar(cf, level=level, lang=lang).data)
    return {str(e["UID"]): e for e in cal.walk("VEVENT")}


def _said(ev: Event) -> list[str]:
    """What an event says: its lines but DTSTAMP (the time of the export)."""
    return [line for line in ev.to_ical().decode().splitlines()
            if not line.startswith("DTSTAMP:")]


def _trial(cf: CaseFile, **extra: object) -> tuple[int, object]:
    armen = cf.captives.create(names=["Vardanyan Armen"], status="on_trial").id
    hearing = cf.hearings.create(captive_ids=[armen], starts_at="2027-01-20T11:00",
                                 timezone="Asia/Baku", kind="trial_session",
                                 court="Baku Military Court", **extra)
    return armen, hearing


def test_a_deleted_hearing_and_deadline_are_cancelled_in_the_next_export(
        any_case_file: CaseFile) -> None:
    cf = any_case_file  # on SQLite and on a team server (the owner reads the audit log)
    armen, hearing = _trial(cf)
    deadline = cf.deadlines.create(captive_id=armen, title="Letter to the ombudsman",
                                   due_on="2027-01-10")
    before = _events(cf)
    h_uid, d_uid = f"{hearing.uid}@caseapp", f"{deadline.uid}@caseapp"
    assert str(before[h_uid]["STATUS"]) == "CONFIRMED"
    cf.hearings.delete(hearing.id)
    cf.deadlines.delete(deadline.id, note="Entered twice.")
    after = _events(cf)
    for uid, summary in ((h_uid, "Hearing deleted in CaseApp"),
                         (d_uid, "Deadline deleted in CaseApp")):
        ev = after[uid]
        assert str(ev["STATUS"]) == "CANCELLED"
        assert int(ev["SEQUENCE"]) > int(before[uid]["SEQUENCE"])
        assert str(ev["SUMMARY"]) == summary
        assert not ev.walk("VALARM")  # no reminder of what no longer exists
        # Nothing the record said: not its court, captive or title.
        text = ev.to_ical().decode()
        for said in ("Military Court", "Vardanyan", "ombudsman", "Entered twice"):
            assert said not in text
    # Set when it was, so a calendar showing it struck through shows it on its day.
    assert after[h_uid].decoded("DTSTART") == before[h_uid].decoded("DTSTART")
    assert after[d_uid].decoded("DTSTART") == date(2027, 1, 10)
    again = _events(cf)  # nothing changes by exporting again
    assert {u: _said(e) for u, e in again.items()} == {u: _said(e) for u, e in after.items()}


def test_a_deleted_record_is_cancelled_only_at_a_level_that_allowed_it(
        any_case_file: CaseFile) -> None:
    """An internal hearing's deletion does not tell a shareable calendar that it existed; a
    shareable one's does; a hearing gone with its captive (whose level is then unknown) is
    cancelled only in the internal calendar."""
    cf = any_case_file
    _, open_hearing = _trial(cf)
    anahit = cf.captives.create(names=["Davtyan Anahit"], status="on_trial").id
    secret = cf.hearings.create(captive_ids=[anahit], starts_at="2027-02-03T10:00",
                                timezone="Asia/Baku", kind="trial_session",
                                sensitivity="internal")
    gone_with = cf.captives.create(names=["Petrosyan Karen"], status="on_trial").id
    with_captive = cf.hearings.create(captive_ids=[gone_with], starts_at="2027-02-05T10:00",
                                      timezone="Asia/Baku", kind="trial_session")
    shared_before = _events(cf, "shareable")
    assert f"{open_hearing.uid}@caseapp" in shared_before
    assert f"{secret.uid}@caseapp" not in shared_before
    cf.hearings.delete(open_hearing.id)
    cf.hearings.delete(secret.id)
    cf.captives.delete(gone_with)
    shared, internal = _events(cf, "shareable"), _events(cf, "internal")
    assert str(shared[f"{open_hearing.uid}@caseapp"]["STATUS"]) == "CANCELLED"
    assert f"{secret.uid}@caseapp" not in shared
    assert f"{with_captive.uid}@caseapp" not in shared
    assert f"{with_captive.uid}@caseapp" not in _events(cf, "public")
    for record in (open_hearing, secret, with_captive):
        assert str(internal[f"{record.uid}@caseapp"]["STATUS"]) == "CANCELLED"


def test_a_deleted_hearing_is_said_in_the_calendars_language(case_file: CaseFile) -> None:
    cf = case_file
    _, hearing = _trial(cf)
    cf.hearings.delete(hearing.id)
    uid = f"{hearing.uid}@caseapp"
    assert str(_events(cf, lang="ru")[uid]["SUMMARY"]) == "Судебное заседание удалено в CaseApp"
    assert str(_events(cf, lang="hy")[uid]["SUMMARY"]) == "Դատական նիստը ջնջվել է CaseApp-ում"


def test_a_deletion_older_than_a_month_is_no_longer_written(
        case_file: CaseFile, db_path: Path) -> None:
    cf = case_file
    _, hearing = _trial(cf)
    cf.hearings.delete(hearing.id)
    assert f"{hearing.uid}@caseapp" in _events(cf)
    cf.close()
    later = open_case_file(Location(path=db_path), actor="tester",
                           today=lambda: datetime.now().date() + timedelta(days=31))
    try:
        assert f"{hearing.uid}@caseapp" not in _events(later)
    finally:
        later.close()


def test_the_deadlines_of_a_deleted_captive_are_cancelled_at_the_internal_level(
        any_case_file: CaseFile) -> None:
    """They go with the captive without an audit entry of their own: found by the captive,
    set on the day they had (moved once), cancelled in the internal calendar only."""
    cf = any_case_file
    gone = cf.captives.create(names=["Petrosyan Karen"], status="on_trial").id
    kept = cf.captives.create(names=["Vardanyan Armen"], status="on_trial").id
    letter = cf.deadlines.create(captive_id=gone, title="Letter to the ombudsman",
                                 due_on="2027-01-10")
    cf.deadlines.update(letter.id, due_on="2027-01-12", due_time="10:00",
                        timezone="Asia/Yerevan")
    other = cf.deadlines.create(captive_id=kept, title="Observations", due_on="2027-01-15")
    before = _events(cf)
    uid = f"{letter.uid}@caseapp"
    cf.captives.delete(gone)
    after = _events(cf)
    ev = after[uid]
    assert str(ev["STATUS"]) == "CANCELLED"
    assert str(ev["SUMMARY"]) == "Deadline deleted in CaseApp"
    assert int(ev["SEQUENCE"]) > int(before[uid]["SEQUENCE"])
    assert ev.decoded("DTSTART") == before[uid].decoded("DTSTART")
    assert "Petrosyan" not in ev.to_ical().decode()
    assert _said(after[f"{other.uid}@caseapp"]) == _said(before[f"{other.uid}@caseapp"])
    assert uid not in _events(cf, "shareable")


def test_only_what_the_calendar_still_carries_is_cancelled(case_file: CaseFile) -> None:
    """A past hearing, or a deadline done months ago, stays in the phone as it was (the
    calendar no longer writes them): deleting it, or its captive, cancels nothing; an open
    deadline long overdue, which the calendar still carries, is cancelled."""
    cf = case_file
    gone = cf.captives.create(names=["Petrosyan Karen"], status="on_trial").id
    held = cf.hearings.create(captive_ids=[gone], starts_at="2026-10-01T11:00",
                              timezone="Asia/Baku", kind="trial_session")
    done = cf.deadlines.create(captive_id=gone, title="Letter", due_on="2026-06-01")
    cf.deadline_engine.mark_done(done.id, "Sent.")
    overdue = cf.deadlines.create(captive_id=gone, title="Reply", due_on="2026-06-02")
    cf.captives.delete(gone)
    events = _events(cf)
    assert f"{held.uid}@caseapp" not in events
    assert f"{done.uid}@caseapp" not in events
    assert str(events[f"{overdue.uid}@caseapp"]["STATUS"]) == "CANCELLED"
