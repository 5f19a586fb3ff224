"""At 22:00 in Paris on the day an Azerbaijani appeal falls due (the day over in Baku since
21:00 Paris time) the Deadlines view calls it overdue, says when its day ended, and its
details say that it is due by the end of that day in Baku, at 21:00 in the lawyer's own
time zone; the lawyer's own follow-up of that day is still "today"."""

from __future__ import annotations

import time
from collections.abc import Iterator
from datetime import timedelta

import pytest

from caseapp.services.casefile import CaseFile
from caseapp.services.deadline_rows import Group
from caseapp.ui.views.deadline_details import details_html
from caseapp.ui.views.deadlines import DeadlinesView
from tests.conftest import TODAY
from tests.services.test_deadline_hour_passed import clock_at

WAIT = 10000


@pytest.fixture
def laptop(monkeypatch: pytest.MonkeyPatch) -> Iterator[object]:
    def move(zone: str) -> None:
        monkeypatch.setenv("TZ", zone)
        time.tzset()
    yield move
    monkeypatch.undo()
    time.tzset()


@pytest.fixture
def session(qtbot, case_file: CaseFile, laptop):
    from caseapp.ui.session import CaseFileSession

    laptop("Europe/Paris")
    s = CaseFileSession(None, None)
    s.open(case_file)
    yield s
    assert s.ops.wait(WAIT) and s.runner.wait(WAIT)


def _appeal(cf: CaseFile) -> int:
    c = cf.captives.create(names=["Tigran Vardanyan"], capture="2026-11-02", status="convicted")
    made = cf.deadline_engine.from_rule(captive_id=c.id, rule_id="az.verdict.appeal",
                                        trigger=TODAY - timedelta(days=20))
    return next(d.id for d in made if d.rule_id == "az.verdict.appeal")


def test_the_view_says_the_day_ended_in_baku(qtbot, session) -> None:
    cf = session.case_file
    clock_at(cf, "2026-11-27 22:00")
    appeal = _appeal(cf)
    own = cf.deadlines.create(title="Call the family", due_on="2026-11-27").id
    view = DeadlinesView(session.ui)
    qtbot.addWidget(view)
    view.resize(1100, 600)
    view.show()
    qtbot.waitUntil(lambda: {appeal, own} <= {r.id for r in view.rows}, timeout=WAIT)
    rows = {r.id: r for r in view.rows}
    assert rows[appeal].group is Group.OVERDUE and rows[own].group is Group.TODAY
    assert view.when_text(rows[appeal]) == "day ended in Baku at 21:00"
    assert view.when_text(rows[own]) == "today"
    html = details_html(rows[appeal], when=view.when_text(rows[appeal]), rule_set=cf.rule_set)
    assert ("Due by the end of 27 November 2026 in Baku (21:00 in your time zone)."
            in html)
    assert "Due by the end" not in details_html(rows[own], when="today", rule_set=cf.rule_set)


def test_east_of_baku_the_details_say_the_lawyers_own_day_ends_first(
        qtbot, case_file: CaseFile, laptop) -> None:
    laptop("Asia/Tokyo")
    cf = case_file
    clock_at(cf, "2026-11-27 12:00")
    appeal = _appeal(cf)
    row = next(r for r in cf.reminders.rows() if r.id == appeal)
    html = details_html(row, when="today", rule_set=cf.rule_set)
    assert ("Due by the end of 27 November 2026 in your time zone, before the day ends in "
            "Baku." in html)
