"""A captive recorded twice and both records put on one hearing (a verdict read out to five
co-defendants, one of them entered again from a spreadsheet): merging the two leaves the
person one appeal deadline, not two that move, close and open together ever after; the
other's is cancelled in a calendar exported before; undone, both records have theirs back.
A twin the lawyer worked on (marked done) is not dropped: nothing she recorded is lost."""

from __future__ import annotations

from icalendar import Calendar

from caseapp.domain.enums import DeadlineStatus
from caseapp.services import outputs
from caseapp.services.captive_merge import merge_captives, undo_merge, what_moves
from caseapp.services.casefile import CaseFile


def _verdict(cf: CaseFile) -> tuple[int, int, int, int]:
    """Armen recorded twice, and a co-defendant, sentenced together on 20 November."""
    keep, other, codefendant = (
        cf.captives.create(names=[name], capture="2024-08-22", status="convicted").id
        for name in ("Armen Vardanyan", "Արմեն Վարդանյան", "Anahit Davtyan"))
    hearing = cf.hearings.create(captive_ids=[keep, other, codefendant],
                                 starts_at="2026-11-20T11:00", timezone="Asia/Baku",
                                 kind="verdict", court="Baku Military Court",
                                 outcome="Sentenced to 15 years").id
    return keep, other, codefendant, hearing


def _deadlines(cf: CaseFile, captive_id: int) -> list[tuple[str | None, object, str]]:
    return sorted((d.rule_id, d.due_on, d.status.value)
                  for d in cf.deadlines.list(captive_id=captive_id))


def _calendar_uids(cf: CaseFile) -> dict[str, str]:
    cal = Calendar.from_ical(outputs.calendar(cf, level="internal", lang="en").data)
    return {str(e["UID"]): str(e.get("STATUS", "")) for e in cal.walk("VEVENT")}


def test_a_merge_keeps_one_deadline_of_a_hearing_both_records_were_on(
        case_file: CaseFile) -> None:
    cf = case_file
    keep, other, codefendant, hearing = _verdict(cf)
    alone = _deadlines(cf, keep)
    assert alone and alone == _deadlines(cf, other)
    theirs = _deadlines(cf, codefendant)
    other_uids = {f"{d.uid}@caseapp" for d in cf.deadlines.list(captive_id=other)}
    assert other_uids <= set(_calendar_uids(cf))
    # as the window says before: nothing of the hearing both are on moves (it said
    # "1 hearing" though the kept record was on it already); one only the other is on does
    assert "deadlines" not in what_moves(cf, keep, other)
    assert "hearings" not in what_moves(cf, keep, other)
    cf.hearings.create(captive_ids=[other], starts_at="2026-12-20T11:00", timezone="Asia/Baku",
                       kind="appeal", court="Baku Court of Appeal")
    assert what_moves(cf, keep, other)["hearings"] == 1
    result = merge_captives(cf, keep, other)
    assert _deadlines(cf, keep) == alone
    assert result.same.get("deadlines") == len(alone)
    assert _deadlines(cf, codefendant) == theirs
    # the deadlines follow the hearing as one from then on
    cf.hearings.update(hearing, starts_at="2026-11-21T11:00")
    assert len(_deadlines(cf, keep)) == len(alone)
    # a calendar that held the other record's deadline cancels it
    calendar = _calendar_uids(cf)
    assert all(calendar.get(uid) == "CANCELLED" for uid in other_uids)


def test_an_undone_merge_gives_each_record_its_deadline_back(case_file: CaseFile) -> None:
    cf = case_file
    keep, other, _codefendant, _hearing = _verdict(cf)
    before = {cid: _deadlines(cf, cid) for cid in (keep, other)}
    result = merge_captives(cf, keep, other)
    assert result.undo is not None
    undo_merge(cf, result.undo)
    assert {cid: _deadlines(cf, cid) for cid in (keep, other)} == before
    assert cf.check().ok, cf.check().problems


def test_a_twin_deadline_marked_done_is_not_dropped(case_file: CaseFile) -> None:
    cf = case_file
    keep, other, _codefendant, _hearing = _verdict(cf)
    filed = next(d for d in cf.deadlines.list(captive_id=other) if d.trigger_kind == "hearing")
    cf.deadlines.update(filed.id, status="done", status_reason="Appeal filed")
    result = merge_captives(cf, keep, other)
    statuses = [d.status for d in cf.deadlines.list(captive_id=keep)
                if d.rule_id == filed.rule_id]
    assert sorted(statuses) == sorted([DeadlineStatus.DONE, DeadlineStatus.OPEN])
    assert "deadlines" not in result.same
