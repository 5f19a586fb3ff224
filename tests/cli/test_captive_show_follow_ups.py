"""``captives show`` says when each intervention is to be followed up, and which follow-up
is overdue, as the captive's Advocacy tab and "Needs attention" count them (the domain's
rule: a follow-up day passed on an intervention not closed). It listed the interventions
without their follow-up: on the command line an overdue follow-up was nowhere to be seen.

The expected lines are written out by hand."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from caseapp.services.casefile import CaseFile
from tests.cli.cli_run import run
from tests.cli_clock import cli_at


@pytest.fixture
def followed_up(case_file: CaseFile) -> tuple[Path, int]:
    """One captive, five letters of 1 November 2026 to follow up around 27 November."""
    cid = case_file.captives.create(names=["Armen Vardanyan"]).id
    for subject, status, day in (("Due today", "sent", "2026-11-27"),
                                 ("Passed", "sent", "2026-11-26"),
                                 ("Tomorrow", "sent", "2026-11-28"),
                                 ("Answered long ago", "answered", "2026-11-20"),
                                 ("Closed long ago", "closed", "2026-11-20"),
                                 ("Nothing to follow", "sent", None)):
        case_file.interventions.create(made_on="2026-11-01", subject=subject, status=status,
                                       follow_up_on=day, captive_ids=[cid])
    path = case_file.db.path
    case_file.close()
    return path, cid


def _line(out: str, subject: str) -> str:
    [line] = [x for x in out.splitlines() if f" {subject} " in x]
    return line.replace("\xa0", " ")  # a date's no-break spaces


def test_each_follow_up_is_said_and_an_overdue_one_said_overdue(
        followed_up: tuple[Path, int], monkeypatch: pytest.MonkeyPatch) -> None:
    path, cid = followed_up
    cli_at(monkeypatch, "2026-11-27 12:00")
    code, out, err = run("--lang", "en", "captives", "show", str(cid), "--db", str(path))
    assert code == 0, err
    assert _line(out, "Due today").endswith("[Sent] — follow up on 27 Nov 2026")
    assert _line(out, "Tomorrow").endswith("[Sent] — follow up on 28 Nov 2026")
    assert _line(out, "Passed").endswith("[Sent] — follow-up of 26 Nov 2026 overdue by 1 day")
    assert _line(out, "Answered long ago").endswith(
        "[Answered] — follow-up of 20 Nov 2026 overdue by 7 days")
    # a closed intervention has nothing to follow up, whatever day was set
    assert _line(out, "Closed long ago").endswith("[Closed]")
    assert _line(out, "Nothing to follow").endswith("[Sent]")


def test_the_json_says_how_overdue_each_follow_up_is(
        followed_up: tuple[Path, int], monkeypatch: pytest.MonkeyPatch) -> None:
    path, cid = followed_up
    cli_at(monkeypatch, "2026-11-27 12:00")
    code, out, err = run("captives", "show", str(cid), "--db", str(path), "--format", "json")
    assert code == 0, err
    overdue = {i["subject"]: i["follow_up_overdue_days"] for i in json.loads(out)["interventions"]}
    assert overdue == {"Due today": 0, "Passed": 1, "Tomorrow": 0, "Answered long ago": 7,
                       "Closed long ago": 0, "Nothing to follow": 0}
