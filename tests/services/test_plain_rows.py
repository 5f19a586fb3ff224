"""The lists read their rows past SQLAlchemy's result (``services/plain_rows.py``): the same
values as SQLAlchemy gives, and the Deadlines view's rows the same deadlines as the ORM's,
on deadlines of every kind (open, done, dismissed, snoozed, hard, with a time and a zone,
of a rule or by hand, without a captive) and names and notes in every script."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, time

import pytest
from sqlalchemy import select

from caseapp.db.models import CaptiveName, Deadline
from caseapp.domain.dto import DeadlineDTO
from caseapp.domain.enums import DeadlineStatus
from caseapp.services.casefile import CaseFile
from caseapp.services.deadline_rows import Group
from caseapp.services.plain_rows import frozen_records, plain_columns, plain_rows, row_parts

STEPS = ["Ծանուցումը ստացվել է 2026-11-03-ին", "+ 10 дней: 2026-11-13", "«moved» to Monday"]


def hostile_file(cf: CaseFile) -> dict[str, int]:
    """Deadlines of every kind; returns their ids by a short name."""
    a = cf.captives.create(names=["Ἀλέξανδρος O'Brien-Петросян"], status="pre_trial").id
    b = cf.captives.create(names=["Զոե\u0301 ; DROP TABLE deadlines"], status="missing").id
    ids = {
        "open": cf.deadlines.create(captive_id=a, title="Appeal — «срок» ապ", due_on="2026-11-20",
                                    explanation=STEPS).id,
        "today": cf.deadlines.create(captive_id=b, title="Reply", due_on="2026-11-27",
                                     due_time="16:30", timezone="Asia/Baku", hard=True).id,
        "week": cf.deadlines.create(captive_id=a, title="Week", due_on="2026-12-04").id,
        "later": cf.deadlines.create(captive_id=None, title="Nobody's", due_on="2027-02-28").id,
        "snoozed": cf.deadlines.create(captive_id=b, title="Snoozed", due_on="2026-11-25").id,
        "done": cf.deadlines.create(captive_id=a, title="Done", due_on="2026-11-01").id,
        "dismissed": cf.deadlines.create(captive_id=b, title="Dismissed", due_on="2026-12-01").id,
    }
    cf.deadline_engine.snooze(ids["snoozed"], "2026-12-02", "waiting for the court")
    cf.deadline_engine.mark_done(ids["done"], "filed")
    cf.deadline_engine.dismiss(ids["dismissed"], "moot")
    return ids


def test_the_views_rows_are_the_orms_deadlines(case_file: CaseFile) -> None:
    ids = hostile_file(case_file)
    rows = case_file.reminders.rows(include_closed=True, explanations=True)
    assert sorted(r.id for r in rows) == sorted(ids.values())
    for r in rows:
        assert r.deadline == case_file.deadlines.get(r.id)  # every field, the steps too
    by = {r.id: r for r in rows}
    # Today is 27 November 2026: the 20th is overdue, the 4th of December within the week,
    # the snoozed one (due the 25th) sleeps until 2 December; done and dismissed are closed.
    assert {name: by[i].group for name, i in ids.items()} == {
        "open": Group.OVERDUE, "today": Group.TODAY, "week": Group.THIS_WEEK,
        "later": Group.LATER, "snoozed": Group.SNOOZED, "done": Group.CLOSED,
        "dismissed": Group.CLOSED}
    assert by[ids["snoozed"]].snoozed_until == date(2026, 12, 2)
    assert by[ids["today"]].deadline.due_time == time(16, 30)
    assert by[ids["today"]].deadline.hard is True
    assert by[ids["done"]].deadline.status is DeadlineStatus.DONE
    assert by[ids["open"]].captive_name == "Ἀλέξανδρος O'Brien-Петросян"
    assert by[ids["later"]].captive_name == ""
    lean = case_file.reminders.rows(include_closed=True)
    assert [r.deadline.explanation for r in lean] == [()] * len(ids)
    assert [(r.id, r.group, r.captive_name) for r in lean] == [
        (r.id, r.group, r.captive_name) for r in rows]


def test_plain_rows_are_what_sqlalchemy_gives(case_file: CaseFile) -> None:
    hostile_file(case_file)
    t = Deadline.__table__
    stmt = select(*t.c).order_by(t.c.id)  # dates, a time, enums, booleans, JSON, None
    with case_file.ctx.read() as s:
        conn = s.connection()
        expected = [tuple(r) for r in conn.execute(stmt).all()]
        assert [tuple(r) for r in plain_rows(conn, stmt)] == expected
        assert [tuple(r) for part in row_parts(conn, stmt, 2) for r in part] == expected
        assert [tuple(c) for c in plain_columns(conn, stmt)] == list(zip(*expected, strict=True))
        nothing = select(CaptiveName.full_name, CaptiveName.is_primary).where(CaptiveName.id < 0)
        assert plain_rows(conn, nothing) == []
        assert [tuple(c) for c in plain_columns(conn, nothing)] == [(), ()]
        # A JSON value is converted for each row, not shared: six equal empty explanations
        # are six lists.
        steps = plain_columns(conn, select(t.c.explanation))[0]
    assert sum(1 for v in steps if v == []) == 6
    assert len({id(v) for v in steps}) == len(steps) == 7


def test_frozen_records_equal_the_dataclass_built_as_usual(case_file: CaseFile) -> None:
    hostile_file(case_file)
    dtos = [case_file.deadlines.get(r.id) for r in case_file.reminders.rows(include_closed=True)]
    fields = [list(v) for v in zip(*(d.__dict__.values() for d in dtos), strict=True)]
    built = list(frozen_records(DeadlineDTO, fields))
    assert built == dtos
    assert [type(d) for d in built] == [DeadlineDTO] * len(dtos)
    with pytest.raises(AttributeError):
        built[0].title = "changed"  # type: ignore[misc]  # still frozen

    @dataclass(frozen=True, slots=True)
    class Slotted:
        a: int

    with pytest.raises(TypeError):
        list(frozen_records(Slotted, [[1]]))
