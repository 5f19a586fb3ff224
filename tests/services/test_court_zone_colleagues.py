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

An assistant (a login below internal clearance) may neither write nor read the file's mark
that says she was told: she was told at every opening. Now her computer remembers it.

Today in every test is Friday 2026-11-27 (tests/conftest.py)."""

from __future__ import annotations

from pathlib import Path

import pytest

from caseapp.config import Location
from caseapp.db import read_only
from caseapp.domain.dto import DeadlineDTO
from caseapp.domain.messages import msg
from caseapp.services.casefile import CaseFile, open_case_file
from caseapp.services.casefile_services import user_rules_dir
from tests.conftest import TODAY
from tests.postgres import drop_database, login_url, make_database, unique_login
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


def verdict_copy(cf: CaseFile, **fields: object) -> DeadlineDTO:
    """A convicted captive's deadline to ask for the verdict's copy, applied from the rule on
    the tests' today, with the court the opener's rule files give."""
    c = cf.captives.create(names=["Tigran Vardanyan"], capture="2026-11-02", status="convicted",
                           **fields)
    [made] = cf.deadline_engine.from_rule(captive_id=c.id, rule_id=RULE, trigger=TODAY)
    return made


def made_in(cf: CaseFile, calendar: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
            ) -> tuple[int, str]:
    """A verdict's copy deadline made by Anna with her rules (the court in ``calendar``), and
    the zone it keeps."""
    first = as_colleague(cf, ANNA, calendar, tmp_path, monkeypatch)
    try:
        made = verdict_copy(first)
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
    (karen_told,) = seen[0][1]  # her rule files never changed: she is not told they did
    assert karen_told == (
        "1 open deadline now ends with the day at the court its rule gives in your rule files: "
        "its day ends there earlier than at the court it kept, and on a team's server the "
        "earlier end of the day is kept. Its date is unchanged: "
        "“Ask the court for a copy of the verdict”: Baku."), karen_told
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
    made = verdict_copy(case_file)
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
    made = verdict_copy(case_file)
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


LUSINE = "lusine"  # an assistant: a login of clearance shareable
PASSWORD = "Team-Test-Password-5521"


def with_an_assistant(cf: CaseFile, calendar: str, tmp_path: Path,
                      monkeypatch: pytest.MonkeyPatch) -> tuple[int, str]:
    """A shareable captive's verdict copy deadline made by Anna with her rules (the court in
    ``calendar``), and the URL of a new login of clearance shareable."""
    first = as_colleague(cf, ANNA, calendar, tmp_path, monkeypatch)
    try:
        made = verdict_copy(first, sensitivity="shareable")
        first.team.init()
        login = unique_login("assistant")
        first.team.add_user(login, clearance="shareable", password=PASSWORD)
    finally:
        first.close()
    return made.id, login_url(str(cf.db.url), login, PASSWORD)


def as_assistant(url: str, calendar: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
                 ) -> CaseFile:
    """The case file opened by Lusine on her laptop (her rule files, her app's own state)."""
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / LUSINE))
    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path / LUSINE / "state"))
    write_rules(calendar)
    opened = open_case_file(Location(url=url), actor=LUSINE, today=lambda: TODAY)
    assert opened.login.restricted
    return opened


def test_an_assistant_is_told_once_of_a_deadline_kept_at_an_earlier_court(
        server_case_file: CaseFile, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Before, an assistant (who may not write the file's "looked at" mark, nor read it) was
    told at every opening that the deadline keeps Baku's earlier day. Now her own device
    remembers it, until her rule files change."""
    deadline, url = with_an_assistant(server_case_file, "az", tmp_path, monkeypatch)
    told = []
    for _ in range(3):
        opened = as_assistant(url, "paris", tmp_path, monkeypatch)
        try:
            assert opened.deadlines.get(deadline).timezone == "Asia/Baku"
            told.append(opened.notices)
        finally:
            opened.close()
    (notice,) = told[0]
    assert notice.startswith("1 open deadline keeps the day of a court that ends it earlier "
                             "than the court its rule gives in your rule files"), notice
    assert "“Ask the court for a copy of the verdict”: Baku" in notice
    assert told[1:] == [(), ()]
    (user_rules_dir() / "more.toml").write_text("# a note of her own\n", encoding="utf-8")
    again = as_assistant(url, "paris", tmp_path, monkeypatch)  # her rule files changed
    try:
        assert again.notices == told[0]
        [second] = again.deadline_engine.from_rule(
            captive_id=again.deadlines.get(deadline).captive_id, rule_id=RULE, trigger=TODAY)
    finally:
        again.close()
    anna = as_colleague(server_case_file, ANNA, "az", tmp_path, monkeypatch)
    try:  # Anna's opening brings the assistant's new deadline to Baku's day
        assert anna.deadlines.get(second.id).timezone == "Asia/Baku"
    finally:
        anna.close()
    told = []
    for _ in range(2):  # the deadlines concerned changed: told again, once
        opened = as_assistant(url, "paris", tmp_path, monkeypatch)
        try:
            told.append(opened.notices)
        finally:
            opened.close()
    assert told[0][0].startswith("2 open deadlines keep the day of a court"), told
    assert told[1] == ()


def test_an_assistant_is_told_of_another_team_file_too(
        pg_server: str, _pg_template: str, server_case_file: CaseFile, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    """What her device remembers is of one case file: told of the first, she is still told
    of a second whose deadline keeps Baku's day."""
    _deadline, url = with_an_assistant(server_case_file, "az", tmp_path, monkeypatch)
    name = make_database(pg_server, "case", template=_pg_template)
    try:
        other = open_case_file(Location(url=pg_server.rsplit("/", 1)[0] + "/" + name),
                               actor="tester", today=lambda: TODAY)
        try:
            _other_deadline, other_url = with_an_assistant(other, "az", tmp_path, monkeypatch)
        finally:
            other.close()
        told = []
        for each in (url, other_url, url, other_url):
            opened = as_assistant(each, "paris", tmp_path, monkeypatch)
            try:
                told.append(len(opened.notices))
            finally:
                opened.close()
        assert told == [1, 1, 0, 0]
    finally:
        drop_database(pg_server, name)


def test_an_assistant_the_server_lets_only_read_is_warned_at_every_opening(
        server_case_file: CaseFile, in_paris: None, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    """The day shown (Paris's) ends later than at her rules' court (Baku's), and the server
    lets her login only read (a replica): the deadline cannot follow, and she counts by the
    earlier day meanwhile. Unlike what is kept at an earlier court, this is not remembered as
    told: she is warned at every opening while it holds."""
    deadline, url = with_an_assistant(server_case_file, "paris", tmp_path, monkeypatch)
    replica = url + ("&" if "?" in url else "?") + "options=-c%20default_transaction_read_only%3Don"
    for _ in range(2):
        opened = as_assistant(replica, "az", tmp_path, monkeypatch)
        try:
            assert opened.deadlines.get(deadline).timezone == "Europe/Paris"
            (warning,) = opened.notices
            assert warning.startswith("Warning: 1 open deadline is shown ending later than the "
                                      "day at the court its rule gives in your rule files"), warning
            assert "“Ask the court for a copy of the verdict”: Baku" in warning
        finally:
            opened.close()
    opened = as_assistant(url, "az", tmp_path, monkeypatch)  # where the server lets her write
    try:
        assert opened.deadlines.get(deadline).timezone == "Asia/Baku"
        assert opened.notices[0].startswith("1 open deadline now ends with the day at the court")
    finally:
        opened.close()
