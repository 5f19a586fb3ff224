"""A calendar that imported an export takes the next export's changes: every event keeps its
UID and carries a SEQUENCE that grows whenever its time, state or text changes (RFC 5545
§ 3.8.7.4), and stays the same while nothing about it changed."""

from __future__ import annotations

from icalendar import Calendar

from caseapp.services import outputs
from caseapp.services.casefile import CaseFile


def _events(cf: CaseFile) -> dict[str, tuple[str, int, str]]:
    """Each event of an internal calendar, by its summary's start: (UID, SEQUENCE, summary)."""
    cal = Calendar.from_ical(outputs.calendar(cf, level="internal").data)
    return {str(e["UID"]): (str(e["UID"]), int(e["SEQUENCE"]), str(e["SUMMARY"]))
            for e in cal.walk("VEVENT")}


def test_each_change_of_a_hearing_raises_its_sequence_and_keeps_its_uid(
        case_file: CaseFile) -> None:
    cf = case_file
    armen = cf.captives.create(names=["Vardanyan Armen"], status="on_trial").id
    anahit = cf.captives.create(names=["Davtyan Anahit"], status="on_trial").id
    hearing = cf.hearings.create(captive_ids=[armen], starts_at="2027-01-20T11:00",
                                 timezone="Asia/Baku", kind="trial_session",
                                 court="Baku Military Court")
    deadline = cf.deadlines.create(captive_id=anahit, title="Letter to the ombudsman",
                                   due_on="2027-01-10")
    uid, other = f"{hearing.uid}@caseapp", f"{deadline.uid}@caseapp"
    seen = [_events(cf)]
    for change in (lambda: cf.hearings.update(hearing.id, starts_at="2027-01-21T11:00"),
                   lambda: cf.hearings.update(hearing.id, state="adjourned"),
                   lambda: cf.hearings.update(hearing.id, state="scheduled"),
                   lambda: cf.hearings.update(hearing.id, captive_ids=[armen, anahit]),
                   lambda: cf.hearings.update(hearing.id, captive_ids=[armen]),
                   lambda: cf.captives.update(armen, names=["Vardanyan Armenak"])):
        change()
        now = _events(cf)
        assert now[uid][1] > seen[-1][uid][1], now[uid]
        seen.append(now)
    assert seen[-1][uid][2] != seen[0][uid][2]  # the text did change along the way
    # The deadline, which nothing touched, keeps its number.
    assert len({events[other][1] for events in seen}) == 1
    cf.deadlines.update(deadline.id, due_on="2027-01-09")
    assert _events(cf)[other][1] > seen[-1][other][1]
    assert _events(cf) == _events(cf)  # an export made twice is the same


def test_a_hearing_shown_without_a_captive_the_level_leaves_out_says_so(
        case_file: CaseFile) -> None:
    """A hearing of two co-defendants, one of whose file is internal, is in the shareable
    calendar naming only the other: the calendar says a captive was left out of it, never
    that it leaves nothing out."""
    cf = case_file
    armen = cf.captives.create(names=["Vardanyan Armen"], status="on_trial").id
    anahit = cf.captives.create(names=["Davtyan Anahit"], status="on_trial",
                                sensitivity="internal").id
    cf.hearings.create(captive_ids=[armen, anahit], starts_at="2027-01-20T11:00",
                       timezone="Asia/Baku", kind="trial_session")
    made = outputs.calendar(cf, level="shareable")
    assert "Davtyan" not in made.data.decode()
    assert made.left_out.lines() == [
        "The calendar at the shareable level leaves out 1 item:",
        "  Captives not named at a hearing: 1 (20\u00a0Jan\u00a02027 Trial session)"]
    assert outputs.calendar_left_out(cf, level="shareable") == made.left_out
    assert outputs.calendar(cf, level="internal").left_out.lines() == [
        "The calendar at the internal level leaves nothing out."]


def test_a_deadline_closed_or_snoozed_is_shown_as_the_deadlines_view_shows_it(
        case_file: CaseFile) -> None:
    """A calendar that imported a deadline while it was open learns that it is done or
    dismissed (cancelled, saying so, no reminder); a snoozed one stays in it, still due."""
    cf = case_file
    cid = cf.captives.create(names=["Vardanyan Armen"], status="on_trial").id
    done = cf.deadlines.create(captive_id=cid, title="Letter to the ombudsman",
                               due_on="2027-01-10")
    dropped = cf.deadlines.create(captive_id=cid, title="Observations", due_on="2027-01-12")
    quiet = cf.deadlines.create(captive_id=cid, title="Reply to the Court", due_on="2027-01-14")
    first = _events(cf)
    cf.deadline_engine.mark_done(done.id, "Sent.")
    cf.deadline_engine.dismiss(dropped.id, "The Court struck the case out.")
    cf.deadline_engine.snooze(quiet.id, "2027-01-05")
    cal = Calendar.from_ical(outputs.calendar(cf, level="internal").data)
    events = {str(e["UID"]): e for e in cal.walk("VEVENT")}
    for record, word in ((done, "Done"), (dropped, "Dismissed")):
        ev = events[f"{record.uid}@caseapp"]
        assert str(ev["STATUS"]) == "CANCELLED" and str(ev["SUMMARY"]).startswith(f"{word}: ")
        assert not ev.walk("VALARM")
        assert int(ev["SEQUENCE"]) > first[f"{record.uid}@caseapp"][1]
    snoozed = events[f"{quiet.uid}@caseapp"]
    assert str(snoozed["STATUS"]) == "CONFIRMED" and snoozed.decoded("DTSTART") == quiet.due_on
    # The list of open deadlines counts the snoozed one, as the Deadlines view lists it.
    assert [d.id for d in cf.reminders.calendar(365, level="internal").deadlines] == [quiet.id]
