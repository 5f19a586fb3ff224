"""A save that recomputes a captive's deadlines (a hearing's outcome or notes edited, its day
moved) and the court's day its shared whole-day deadlines end with.

On a team's server the deadlines are the team's, the rule files each colleague's own. Before,
a colleague whose rule files put a rule's court in Paris moved the shared deadlines from
Baku's day (ending 20:00 UTC) to Paris's (23:00 UTC) by saving anything that recomputed them:
three hours later, without a word, though an opening never moves them later. Now a save there
moves a whole-day deadline's court only to one whose day ends earlier, whether its date is
kept or recomputed; alone in a SQLite case file the lawyer's rule files are the file's, and a
save follows them either way, as before. A deadline made anew (a rule applied from the
deadline calculator, or one deleted and given again by its record's save) takes the court of
its maker's rule files: the way to follow a court that really moved to a later zone.

Today in every test is Friday 2026-11-27 (tests/conftest.py)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from caseapp.domain.enums import DeadlineStatus
from caseapp.services.casefile import CaseFile
from tests.conftest import TODAY
from tests.services.test_court_zone_colleagues import ANNA, KAREN, as_colleague
from tests.services.test_court_zone_follow import RULE, write_rules, zone_entries


def verdict(cf: CaseFile) -> tuple[int, int]:
    """A captive convicted at a verdict hearing today: the captive and the hearing (whose
    copy deadline, due on 30 November, counts from it)."""
    cid = cf.captives.create(names=["Tigran Vardanyan"], capture="2026-06-01",
                             status="convicted").id
    hearing = cf.hearings.create(captive_ids=[cid], starts_at="2026-11-27 11:00",
                                 timezone="Asia/Baku", court="Baku Court", kind="verdict",
                                 outcome="Convicted")
    return cid, hearing.id


def copy_of(cf: CaseFile, cid: int) -> tuple[int, date, str]:
    """The captive's open copy deadline counting from the verdict: its id, due day and zone."""
    [copy] = [d for d in cf.deadlines.list(captive_id=cid) if d.rule_id == RULE
              and d.trigger_kind == "hearing" and d.status is DeadlineStatus.OPEN]
    return copy.id, copy.due_on, copy.timezone


def made_by_anna(server: CaseFile, calendar: str, tmp_path: Path,
                 monkeypatch: pytest.MonkeyPatch) -> tuple[int, int, int]:
    """Anna, whose rule files put the court in ``calendar``'s country, records the verdict:
    the captive, the hearing and the copy deadline."""
    anna = as_colleague(server, ANNA, calendar, tmp_path, monkeypatch)
    try:
        cid, hearing = verdict(anna)
        return cid, hearing, copy_of(anna, cid)[0]
    finally:
        anna.close()


@pytest.mark.parametrize(("edit", "due_on"), [
    ({"outcome": "Convicted; 12 years", "notes": "Read out in full"}, date(2026, 11, 30)),
    # its date recomputed (earlier: a rule of no verified source never moves a date later)
    ({"starts_at": "2026-11-24 11:00"}, date(2026, 11, 27))], ids=["kept", "recomputed"])
def test_a_colleague_whose_rules_give_a_later_court_keeps_bakus_day_when_she_saves(
        server_case_file: CaseFile, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        edit: dict[str, str], due_on: date) -> None:
    cid, hearing, deadline = made_by_anna(server_case_file, "az", tmp_path, monkeypatch)
    karen = as_colleague(server_case_file, KAREN, "paris", tmp_path, monkeypatch)
    try:
        karen.hearings.update(hearing, **edit)
        assert copy_of(karen, cid) == (deadline, due_on, "Asia/Baku")
        karen.hearings.update(hearing, notes="Read out in full; the family was there")
        assert copy_of(karen, cid) == (deadline, due_on, "Asia/Baku")
        assert zone_entries(karen, deadline) == []  # nothing moved: nothing audited
    finally:
        karen.close()


def test_a_colleague_whose_rules_give_an_earlier_court_moves_the_day_there_when_she_saves(
        server_case_file: CaseFile, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Karen opened the file before Anna recorded the verdict with rules giving Paris (an
    opening would have moved it to Baku already); Karen's saves bring it to Baku once."""
    karen = as_colleague(server_case_file, KAREN, "az", tmp_path, monkeypatch)
    assert RULE in karen.rule_set  # her rule files read (on first use) before Anna's
    try:
        cid, hearing, deadline = made_by_anna(server_case_file, "paris", tmp_path, monkeypatch)
        assert copy_of(karen, cid)[2] == "Europe/Paris"
        karen.hearings.update(hearing, notes="Read out in full")
        assert copy_of(karen, cid) == (deadline, date(2026, 11, 30), "Asia/Baku")
        karen.hearings.update(hearing, notes="Read out in full; the family was there")
        assert zone_entries(karen, deadline) == [("Europe/Paris", "Asia/Baku")]
    finally:
        karen.close()


def test_a_recomputed_date_on_a_team_server_keeps_the_earlier_of_the_two_courts(
        server_case_file: CaseFile, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    karen = as_colleague(server_case_file, KAREN, "az", tmp_path, monkeypatch)
    assert RULE in karen.rule_set  # her rule files read (on first use) before Anna's
    try:
        cid, hearing, deadline = made_by_anna(server_case_file, "paris", tmp_path, monkeypatch)
        karen.hearings.update(hearing, starts_at="2026-11-24 11:00")
        assert copy_of(karen, cid) == (deadline, date(2026, 11, 27), "Asia/Baku")
        assert zone_entries(karen, deadline) == [("Europe/Paris", "Asia/Baku")]
    finally:
        karen.close()


def test_a_deadline_made_anew_takes_the_court_of_its_makers_rule_files(
        server_case_file: CaseFile, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The deliberate way to follow a court that really moved to a later zone."""
    cid, hearing, deadline = made_by_anna(server_case_file, "az", tmp_path, monkeypatch)
    karen = as_colleague(server_case_file, KAREN, "paris", tmp_path, monkeypatch)
    try:
        [applied] = karen.deadline_engine.from_rule(captive_id=cid, rule_id=RULE,
                                                    trigger=TODAY)
        assert (applied.due_on, applied.timezone) == (date(2026, 11, 30), "Europe/Paris")
        karen.deadlines.delete(deadline, note="The court sits in Paris now")
        karen.hearings.update(hearing, notes="Read out in full")
        given, due_on, zone = copy_of(karen, cid)
        assert (due_on, zone) == (date(2026, 11, 30), "Europe/Paris")
        assert given != deadline
    finally:
        karen.close()


@pytest.mark.parametrize(("made", "saved", "zones"), [
    ("az", "paris", ("Asia/Baku", "Europe/Paris")),
    ("paris", "az", ("Europe/Paris", "Asia/Baku"))])
def test_alone_in_a_sqlite_file_a_save_follows_the_lawyers_rules_either_way(
        case_file: CaseFile, made: str, saved: str, zones: tuple[str, str]) -> None:
    """Her rule files are the file's: the save follows them, its date kept or recomputed."""
    from caseapp.domain.rule_files import load_rules
    from caseapp.services.casefile_services import user_rules_dir
    from caseapp.services.deadline_engine import DeadlineEngine

    cf = case_file
    write_rules(made)
    cf.deadline_engine = DeadlineEngine(cf.ctx, cf.deadlines, load_rules(user_rules_dir()),
                                        services=cf)
    cid, hearing = verdict(cf)
    deadline, _due, zone = copy_of(cf, cid)
    assert zone == zones[0]
    write_rules(saved)
    cf.deadline_engine = DeadlineEngine(cf.ctx, cf.deadlines, load_rules(user_rules_dir()),
                                        services=cf)
    cf.hearings.update(hearing, starts_at="2026-11-24 11:00")  # its date recomputed
    assert copy_of(cf, cid) == (deadline, date(2026, 11, 27), zones[1])
    write_rules(made)
    cf.deadline_engine = DeadlineEngine(cf.ctx, cf.deadlines, load_rules(user_rules_dir()),
                                        services=cf)
    cf.hearings.update(hearing, notes="Read out in full")  # its date kept
    assert copy_of(cf, cid) == (deadline, date(2026, 11, 27), zones[0])
    assert zone_entries(cf, deadline) == [zones, zones[::-1]]
