"""A merge of a captive recorded twice leaves the lawyer's phone right: the deadlines the
merge removed (the other's capture deadlines, those of an order both records held) come back
in the next calendar export cancelled, with a higher SEQUENCE; everything of the kept captive
(and what moved to it) stays; a calendar cancels only what its level allowed; an undone merge
puts the deadlines back above their cancellation. Each export is read by icalendar's parser,
as a phone's import reads it."""

from __future__ import annotations

from icalendar import Calendar, Event

from caseapp.services import outputs
from caseapp.services.captive_merge import merge_captives, undo_merge
from caseapp.services.casefile import CaseFile


def _events(cf: CaseFile, level: str = "internal") -> dict[str, Event]:
    cal = Calendar.from_ical(outputs.calendar(cf, level=level, lang="en").data)
    return {str(e["UID"]): e for e in cal.walk("VEVENT")}


def _status(ev: Event) -> str:
    return str(ev.get("STATUS", ""))


def _twins(cf: CaseFile, level: str = "internal", other_level: str = "") -> tuple[int, int]:
    """One person recorded twice, captured days apart, each record with the same detention
    order (the other at ``other_level`` if given)."""
    ids = []
    for name, capture, at in (("Aram Petrosyan", "2026-11-20", level),
                              ("Арам Петросян", "2026-11-22", other_level or level)):
        c = cf.captives.create(names=[name], status="held", capture=capture, sensitivity=at)
        cf.detention_orders.create(captive_id=c.id, start_date="2026-11-23", term_months=4)
        ids.append(c.id)
    return ids[0], ids[1]


def _uids(cf: CaseFile, captive_id: int) -> set[str]:
    return {f"{d.uid}@caseapp" for d in cf.deadlines.list(captive_id=captive_id)
            if d.status.value == "open"}


def test_the_deadlines_a_merge_removes_are_cancelled_and_the_kept_ones_stay(
        any_case_file: CaseFile) -> None:
    cf = any_case_file  # on SQLite and on a team server
    keep, other = _twins(cf)
    hearing = cf.hearings.create(captive_ids=[other], starts_at="2027-01-20T11:00",
                                 timezone="Asia/Baku", kind="detention_extension")
    letter = cf.deadlines.create(captive_id=other, title="Letter to the ICRC", due_on="2027-01-10")
    kept_uids, other_uids = _uids(cf, keep), _uids(cf, other)
    moved = {f"{hearing.uid}@caseapp", f"{letter.uid}@caseapp"}
    before = _events(cf)
    assert kept_uids | other_uids <= set(before)
    merge_captives(cf, keep, other)
    after = _events(cf)
    now_kept = _uids(cf, keep)
    removed = other_uids - now_kept
    # the other's capture deadlines and its twin order's
    assert len(removed) >= 2 and kept_uids | moved <= now_kept | moved
    for uid in removed:
        ev = after[uid]
        assert _status(ev) == "CANCELLED", uid
        assert int(ev["SEQUENCE"]) > int(before[uid]["SEQUENCE"])
        assert str(ev["SUMMARY"]) == "Deadline deleted in CaseApp"
        assert "Петросян" not in ev.to_ical().decode()
    for uid in kept_uids | moved:  # intact: still there, not cancelled, never numbered lower
        assert _status(after[uid]) != "CANCELLED", uid
        assert int(after[uid]["SEQUENCE"]) >= int(before[uid]["SEQUENCE"])
    assert after[f"{hearing.uid}@caseapp"].decoded("DTSTART") == before[
        f"{hearing.uid}@caseapp"].decoded("DTSTART")
    # The daily log's and History's record: each removal is a deletion of the kept captive's.
    deletions = [e for e in cf.audit.recent(limit=200)
                 if e.action.value == "delete" and e.entity == "deadlines"]
    assert {f"{e.record_uid}@caseapp" for e in deletions} >= removed


def test_a_merge_s_removals_are_cancelled_only_at_a_level_that_allowed_them(
        case_file: CaseFile) -> None:
    """An internal record's deadlines were never in the shareable calendar: their
    cancellations are not either, even once merged into a shareable record; a shareable
    pair's are."""
    cf = case_file
    keep, other = _twins(cf, "shareable", "internal")
    shareable_keep, shareable_other = _twins(cf, "shareable")
    secret = _uids(cf, other)
    shared = _uids(cf, shareable_other)
    before = _events(cf, "shareable")
    assert not secret & set(before) and shared <= set(before)
    merge_captives(cf, keep, other)
    merge_captives(cf, shareable_keep, shareable_other)
    after = _events(cf, "shareable")
    assert not secret & set(after)
    removed = shared - _uids(cf, shareable_keep)
    assert removed and all(_status(after[u]) == "CANCELLED" for u in removed)
    internal = _events(cf)
    assert all(_status(internal[u]) == "CANCELLED" for u in secret - _uids(cf, keep))


def test_an_undone_merge_puts_the_deadlines_back_above_their_cancellation(
        case_file: CaseFile) -> None:
    cf = case_file
    keep, other = _twins(cf)
    other_uids = _uids(cf, other)
    result = merge_captives(cf, keep, other)
    cancelled = _events(cf)
    removed = {u for u in other_uids if _status(cancelled[u]) == "CANCELLED"}
    assert removed
    assert result.undo is not None
    undo_merge(cf, result.undo)
    back = _events(cf)
    for uid in removed:
        assert _status(back[uid]) != "CANCELLED"
        assert int(back[uid]["SEQUENCE"]) > int(cancelled[uid]["SEQUENCE"])
