"""The command line's list of deadlines says what the Deadlines view says: at 22:00 in Paris
on the day an Azerbaijani appeal falls due (the day over in Baku since 21:00 Paris time)
both call it overdue — "day ended in Baku at 21:00" — and at 20:00 both still say "today";
the lawyer's own follow-up of that day is "today" at both hours. The view and
``caseapp deadlines`` read the one state (:func:`caseapp.domain.due_when.due_when`)."""

from __future__ import annotations

import json
from datetime import timedelta
from pathlib import Path

import pytest

from caseapp.config import Location
from caseapp.services.casefile import CaseFile, open_case_file
from caseapp.ui.views.deadlines import DeadlinesView
from tests.cli.cli_run import run
from tests.cli_clock import cli_at
from tests.conftest import TODAY
from tests.services.test_deadline_hour_passed import clock_at

WAIT = 10000



@pytest.fixture
def appeal_file(case_file: CaseFile, in_paris: None) -> tuple[Path, int, int]:
    """An appeal against a verdict announced 20 days before TODAY (due TODAY in Baku) and
    the lawyer's own call due TODAY; the file closed, for the command line to open."""
    cf = case_file
    c = cf.captives.create(names=["Tigran Vardanyan"], capture="2026-11-02", status="convicted")
    made = cf.deadline_engine.from_rule(captive_id=c.id, rule_id="az.verdict.appeal",
                                        trigger=TODAY - timedelta(days=20))
    appeal = next(d.id for d in made if d.rule_id == "az.verdict.appeal")
    own = cf.deadlines.create(title="Call the family", due_on=TODAY.isoformat()).id
    path = cf.db.path
    cf.close()
    return path, appeal, own



def view_at(qtbot, path: Path, when: str) -> tuple[CaseFile, DeadlinesView, object]:
    from caseapp.ui.session import CaseFileSession

    cf = open_case_file(Location(path=path), actor="tester", today=lambda: TODAY)
    clock_at(cf, when)
    s = CaseFileSession(None, None)
    s.open(cf)
    view = DeadlinesView(s.ui)
    qtbot.addWidget(view)
    view.show()
    qtbot.waitUntil(lambda: len(view.rows) == 2, timeout=WAIT)
    return cf, view, s


def cli_rows(lines: str, *ids: int) -> dict[int, str]:
    return {i: next(line for line in lines.splitlines() if line.startswith(f"{i} "))
            for i in ids}


@pytest.mark.parametrize(("hour", "appeal_says", "state"), [
    ("22:00", "day ended in Baku at 21:00", "day_ended"),
    ("20:00", "today", "today"),
])
def test_the_command_line_says_what_the_view_says(qtbot, monkeypatch: pytest.MonkeyPatch,
                                                   appeal_file, hour: str, appeal_says: str,
                                                   state: str) -> None:
    path, appeal, own = appeal_file
    when = f"{TODAY} {hour}"
    cli_at(monkeypatch, when)
    code, out, err = run("--lang", "en", "deadlines", "--db", str(path))
    assert code == 0, err
    assert out.splitlines()[0].split()[:4] == ["ID", "Due", "Time", "When"]
    lines = cli_rows(out, appeal, own)
    assert appeal_says in lines[appeal]
    assert "today" in lines[own] and "day ended" not in lines[own]
    code, out, err = run("--lang", "en", "deadlines", "--db", str(path), "--format", "json")
    assert code == 0, err
    listed = {d["id"]: d for d in json.loads(out)}
    assert (listed[appeal]["state"], listed[appeal]["days"]) == (state, 0)
    assert (listed[own]["state"], listed[own]["days"]) == ("today", 0)

    cf, view, session = view_at(qtbot, path, when)
    try:
        rows = {r.id: r for r in view.rows}
        assert view.when_text(rows[appeal]) == appeal_says
        assert view.when_text(rows[own]) == "today"
    finally:
        assert session.ops.wait(WAIT) and session.runner.wait(WAIT)  # type: ignore[attr-defined]
        cf.close()
