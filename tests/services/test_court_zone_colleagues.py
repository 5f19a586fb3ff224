"""The court's day a whole-day deadline ends with, on a team's server where colleagues keep
different rule files on their laptops, and in a case file open read-only.

On a team's server the open deadlines are the team's, the rule files each colleague's own.
Before, each opening moved the shared deadlines to the opener's court, back and forth, each
flip in the audit trail: Anna's rules said Baku, Karen's Paris. Now an opening there moves a
deadline only to a court whose day ends earlier (the earlier end is kept when unsure, and
the rule files of one laptop are no surer than another's); the colleague whose rules give a
later court is told once, and nothing flips.

A case file open read-only (a backup viewed, a file that may not be written) whose deadlines
would follow a moved court was left as it was, and nothing was said. Now the opening says
so once, and first, clearly, when the day shown ends later than at the court the rules give.

Today in every test is Friday 2026-11-27 (tests/conftest.py)."""

from __future__ import annotations

from pathlib import Path

import pytest

from caseapp.config import Location
from caseapp.db import read_only
from caseapp.domain.messages import msg
from caseapp.services.casefile import CaseFile, open_case_file
from tests.conftest import TODAY
from tests.services.test_court_zone_follow import RULE, write_rules, zone_entries

ANNA, KAREN = "anna", "karen"


def as_colleague(cf: CaseFile, who: str, calendar: str, tmp_path: Path,
                 monkeypatch: pytest.MonkeyPatch) -> CaseFile:
    """The case file opened by ``who`` on her laptop, whose rule files put the rule's court
    in ``calendar``'s country."""
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / who))
    write_rules(calendar)
    location = Location(url=cf.db.url) if cf.db.url else Location(path=cf.db.path)
    return open_case_file(location, actor=who, today=lambda: TODAY)


def made_in(cf: CaseFile, calendar: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
            ) -> tuple[int, str]:
    """A verdict's copy deadline made by Anna with her rules (the court in ``calendar``), and
    the zone it keeps."""
    first = as_colleague(cf, ANNA, calendar, tmp_path, monkeypatch)
    try:
        c = first.captives.create(names=["Tigran Vardanyan"], capture="2026-11-02",
                                  status="convicted")
        [made] = first.deadline_engine.from_rule(captive_id=c.id, rule_id=RULE, trigger=TODAY)
        return made.id, made.timezone
    finally:
        first.close()


def opened_by_turns(cf: CaseFile, deadline_id: int, tmp_path: Path,
                    monkeypatch: pytest.MonkeyPatch, turns: list[tuple[str, str]]
                    ) -> list[tuple[str, tuple[str, ...]]]:
    """Each colleague of ``turns`` opens the file in turn with her rules: the zone the
    deadline keeps after each opening and what each was told."""
    seen = []
    for who, calendar in turns:
        opened = as_colleague(cf, who, calendar, tmp_path, monkeypatch)
        try:
            seen.append((opened.deadlines.get(deadline_id).timezone, opened.notices))
        finally:
            opened.close()
    return seen


def test_colleagues_whose_rules_differ_do_not_move_the_shared_deadlines_back_and_forth(
        server_case_file: CaseFile, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    deadline, zone = made_in(server_case_file, "az", tmp_path, monkeypatch)
    assert zone == "Asia/Baku"
    seen = opened_by_turns(server_case_file, deadline, tmp_path, monkeypatch, [
        (KAREN, "paris"), (ANNA, "az"), (KAREN, "paris"), (ANNA, "az"), (KAREN, "paris")])
    assert [z for z, _ in seen] == ["Asia/Baku"] * 5  # Paris's day ends later: never moved
    whos = [KAREN, ANNA, KAREN, ANNA, KAREN]
    karen_told = [n for (_, n), who in zip(seen, whos, strict=True) if who == KAREN]
    (notice,) = karen_told[0]  # told once, at her first opening
    assert notice.startswith("1 open deadline keeps the day of a court that ends it earlier "
                             "than the court its rule gives in your rule files"), notice
    assert "“Ask the court for a copy of the verdict”: Baku" in notice
    assert karen_told[1:] == [(), ()]
    assert all(n == () for (_, n), who in zip(seen, whos, strict=True) if who == ANNA)
    check = as_colleague(server_case_file, ANNA, "az", tmp_path, monkeypatch)
    try:
        assert zone_entries(check, deadline) == []  # no audit noise
    finally:
        check.close()


def test_a_colleagues_rules_move_a_deadline_to_an_earlier_court_once(
        server_case_file: CaseFile, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    deadline, zone = made_in(server_case_file, "paris", tmp_path, monkeypatch)
    assert zone == "Europe/Paris"
    seen = opened_by_turns(server_case_file, deadline, tmp_path, monkeypatch, [
        (KAREN, "az"), (ANNA, "paris"), (KAREN, "az"), (ANNA, "paris")])
    assert [z for z, _ in seen] == ["Asia/Baku"] * 4
    assert seen[0][1][0].startswith("1 open deadline now ends with the day at the court its "
                                    "rule gives in your rule files")
    assert seen[1][1][0].startswith("1 open deadline keeps the day of a court that ends it "
                                    "earlier")  # Anna, whose rules say Paris, is told
    assert seen[2][1] == seen[3][1] == ()
    check = as_colleague(server_case_file, ANNA, "paris", tmp_path, monkeypatch)
    try:
        assert zone_entries(check, deadline) == [("Europe/Paris", "Asia/Baku")]
    finally:
        check.close()


def _read_only_reopened(path: Path, monkeypatch: pytest.MonkeyPatch) -> CaseFile:
    monkeypatch.setattr(read_only, "reason_not_writable",
                        lambda _path: msg("you may not write to its folder"))
    opened = open_case_file(Location(path=path), actor="tester", today=lambda: TODAY)
    assert opened.db.read_only is not None
    return opened


def test_a_file_open_read_only_says_its_deadlines_keep_the_old_courts_day(
        case_file: CaseFile, in_paris: None, monkeypatch: pytest.MonkeyPatch) -> None:
    """Baku's day ends at 21:00 in Paris: a deadline moved there ends earlier than the Paris
    day it keeps. Nothing is written; the opening says it (no disadvantage: Baku to Paris
    would end it later, and the earlier is what is shown)."""
    write_rules("az")
    c = case_file.captives.create(names=["Tigran Vardanyan"], capture="2026-11-02",
                                  status="convicted")
    [made] = case_file.deadline_engine.from_rule(captive_id=c.id, rule_id=RULE, trigger=TODAY)
    path = case_file.db.path
    assert path is not None
    case_file.close()
    write_rules("paris")
    before = path.read_bytes()
    opened = _read_only_reopened(path, monkeypatch)
    try:
        assert opened.deadlines.get(made.id).timezone == "Asia/Baku"
        (notice,) = opened.notices
        assert notice.startswith("1 open deadline keeps the day of its old court until the "
                                 "case file is opened where it can be written"), notice
        assert "“Ask the court for a copy of the verdict”: Paris" in notice
    finally:
        opened.close()
    assert path.read_bytes() == before


def test_a_file_open_read_only_warns_first_of_a_day_shown_ending_later_than_the_courts(
        case_file: CaseFile, in_paris: None, monkeypatch: pytest.MonkeyPatch) -> None:
    write_rules("paris")
    c = case_file.captives.create(names=["Tigran Vardanyan"], capture="2026-11-02",
                                  status="convicted")
    [made] = case_file.deadline_engine.from_rule(captive_id=c.id, rule_id=RULE, trigger=TODAY)
    assert made.timezone == "Europe/Paris"
    write_rules("az")  # the court is in Baku: its day ends at 21:00 here, not at midnight
    assert case_file.db.path is not None
    case_file.close()
    opened = _read_only_reopened(case_file.db.path, monkeypatch)
    try:
        assert opened.deadlines.get(made.id).timezone == "Europe/Paris"
        (warning,) = opened.notices
        assert warning.startswith("Warning: 1 open deadline is shown ending later than the "
                                  "day at the court its rule gives in your rule files"), warning
        assert "“Ask the court for a copy of the verdict”: Baku" in warning
    finally:
        opened.close()


def test_a_login_the_server_lets_read_only_is_told_what_its_deadlines_keep(
        server_case_file: CaseFile, in_paris: None, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    """A colleague reading a replica (every transaction read-only): nothing is written, and
    she is warned that the day shown ends later than at the court her rule files give."""
    deadline, _zone = made_in(server_case_file, "paris", tmp_path, monkeypatch)
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / KAREN))
    write_rules("az")
    url = str(server_case_file.db.url)
    replica = url + ("&" if "?" in url else "?") + "options=-c%20default_transaction_read_only%3Don"
    opened = open_case_file(Location(url=replica), actor=KAREN, today=lambda: TODAY)
    try:
        assert opened.deadlines.get(deadline).timezone == "Europe/Paris"
        (warning,) = opened.notices
        assert warning.startswith("Warning: 1 open deadline is shown ending later"), warning
    finally:
        opened.close()
