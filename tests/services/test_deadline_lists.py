"""The deadline lists read lean: the Deadlines view's rows leave the explanation out and the
details pane reads it on demand; "Needs attention" counts and lists from a due-within query
and one EXISTS per captive. Same answers as reading every deadline: worked out by hand on a
file built for it (today is 2026-11-27, the tests' clock)."""

from __future__ import annotations

from datetime import date

from caseapp.services.casefile import CaseFile
from caseapp.services.deadline_rows import Group

STEPS = ["Ծանուցումը ստացվել է 2026-11-03-ին", "+ 10 дней: 2026-11-13", "moved to Monday"]


def add(cf: CaseFile, name: str, status: str = "pre_trial") -> int:
    return cf.captives.create(names=[name], status=status).id


def deadline(cf: CaseFile, captive_id: int | None, due: str, title: str, **fields) -> int:
    return cf.deadlines.create(captive_id=captive_id, title=title, due_on=due, **fields).id


def test_list_rows_leave_the_explanation_to_be_read_on_demand(case_file: CaseFile) -> None:
    cid = add(case_file, "Սահակյան Դավիթ")
    did = deadline(case_file, cid, "2026-11-30", "Reply to the court", explanation=STEPS)
    bare = deadline(case_file, cid, "2026-12-30", "By hand")
    [row] = [r for r in case_file.reminders.rows() if r.deadline.id == did]
    assert row.deadline.explanation == ()
    assert (row.captive_name, row.group) == ("Սահակյան Դավիթ", Group.THIS_WEEK)  # in 3 days
    assert case_file.reminders.explanation(did) == tuple(STEPS)
    assert case_file.reminders.explanation(bare) == ()
    assert case_file.reminders.explanation(10_000) == ()  # no such deadline
    # The calendar export writes each deadline's steps: it still reads them.
    [event] = [d for d in case_file.reminders.calendar(level="internal").deadlines
               if d.id == did]
    assert event.explanation == tuple(STEPS)
    # The command line's table does not show them: the same deadlines, without their steps.
    bare_calendar = case_file.reminders.calendar(level="internal", explanations=False)
    assert [d.id for d in bare_calendar.deadlines] == [
        d.id for d in case_file.reminders.calendar(level="internal").deadlines]
    assert all(d.explanation == () for d in bare_calendar.deadlines)


def test_needs_attention_counts_lists_and_finds_the_forgotten(case_file: CaseFile) -> None:
    cf = case_file
    later = add(cf, "Later Aram")  # due in 10 days: something ahead, nothing this week
    deadline(cf, later, "2026-12-07", "later")
    overdue = add(cf, "Overdue Bella")  # only an overdue deadline: nothing ahead
    late = deadline(cf, overdue, "2026-11-20", "overdue")
    snoozed = add(cf, "Snoozed Gor")  # overdue but snoozed to the 30th: ahead, not listed
    nap = deadline(cf, snoozed, "2026-11-25", "snoozed")
    cf.deadline_engine.snooze(nap, "2026-11-30")
    slept = add(cf, "Slept Hayk")  # snoozed to a day already past (the 26th): overdue again
    woke = deadline(cf, slept, "2026-11-24", "woke",  # (as a snooze made on the 25th left it)
                    notes="Called the registry.\nSnoozed until 2026-11-26.")
    released = add(cf, "Released Davit", status="released")  # not watched at all
    missing = add(cf, "Missing Eva", status="missing")  # due in 7 days: this week, ahead
    week = deadline(cf, missing, "2026-12-04", "week")
    closed = add(cf, "Closed Fatima")  # its only deadline, in the future, is done
    cf.deadline_engine.mark_done(deadline(cf, closed, "2026-12-20", "done"))
    today = add(cf, "Today Karen")
    due_today = deadline(cf, today, "2026-11-27", "today")
    loose = deadline(cf, None, "2026-11-28", "about no captive")

    attention = cf.reminders.attention()
    assert attention.counts == {Group.OVERDUE: 2, Group.TODAY: 1, Group.THIS_WEEK: 2,
                                Group.LATER: 1, Group.SNOOZED: 1, Group.CLOSED: 0}
    # Due by 2026-12-04, in date order, snoozed one left out; the 12-07 one is beyond.
    assert [(i.deadline_id, i.captive_id, i.captive_name, i.due_on)
            for i in attention.of_kind("deadline")] == [
        (late, overdue, "Overdue Bella", date(2026, 11, 20)),
        (woke, slept, "Slept Hayk", date(2026, 11, 24)),
        (due_today, today, "Today Karen", date(2026, 11, 27)),
        (loose, None, "", date(2026, 11, 28)),
        (week, missing, "Missing Eva", date(2026, 12, 4))]
    # Nothing ahead: the overdue ones (woken snooze too) and the one whose deadline is done.
    assert [i.captive_id for i in attention.of_kind("forgotten")] == [overdue, slept, closed]
    # Overdue Bella's deadline is open: the sentence does not say there is none.
    said = {i.captive_id: i.text for i in attention.of_kind("forgotten")}[overdue]
    assert "no open deadline" not in said and "no deadline still to come" in said
    assert released not in {i.captive_id for i in attention.items}
    # A shorter horizon lists fewer deadlines; the counts stay those of every open deadline.
    short = cf.reminders.attention(within_days=0)
    assert [i.deadline_id for i in short.of_kind("deadline")] == [late, woke, due_today]
    assert short.counts == attention.counts
    assert [i.captive_id for i in short.of_kind("forgotten")] == [overdue, slept, closed]
