"""A member's clearance changed by the team's owner (``team remove-user``, then ``team
add-user`` at another clearance) while the member's case file is open: nothing above the new
clearance is shown, and what the window cannot do any more is said as that, not as a refusal
for the clearance it was opened with."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from caseapp.config import Location
from caseapp.domain.enums import Sensitivity
from caseapp.domain.errors import CaseFileError
from caseapp.services import outputs
from caseapp.services.casefile import CaseFile, open_case_file
from tests.conftest import TODAY
from tests.db.test_postgres_team import (
    INTERNAL_MARKERS,
    PASSWORD,
    PUBLIC_MARKERS,
    SHAREABLE_MARKERS,
    Team,
    database_with_a_team,
    make_team,
    run,
)

CHANGED = ("The team's owner changed your login's clearance on this case file while it was "
           "open: close the case file and open it again to go on at the new clearance. "
           "Nothing was read or saved.")


@pytest.fixture
def team(pg_url: str) -> Team:
    return make_team(pg_url)


@pytest.fixture(scope="module")
def other_team(pg_server: str, _pg_template: str) -> Iterator[Team]:
    """Another case file's team on the same server, which keeps the logins on it."""
    with database_with_a_team(pg_server, _pg_template, "other") as made:
        yield made


def lowered(team: Team, other: Team, start: Sensitivity, to: Sensitivity,
            monkeypatch: pytest.MonkeyPatch) -> CaseFile:
    """The case file opened by ``start``'s login, whose clearance is then changed to ``to``;
    the login stays on the server meanwhile (it is in ``other``'s team too)."""
    name = team.logins[start]
    assert run("team", "add-user", name, "--clearance", "public", "--db", other.owner_url)[0] == 0
    cf = open_case_file(Location(url=team.url(start)), actor="x", today=lambda: TODAY)
    assert run("team", "remove-user", name, "--db", team.owner_url)[0] == 0
    monkeypatch.setenv("CASEAPP_NEW_PASSWORD", PASSWORD)
    code, _out, err = run("team", "add-user", name, "--clearance", to.value,
                          "--db", team.owner_url)
    assert code == 0, err
    return cf


def test_an_internal_member_lowered_to_shareable_is_told_to_open_the_file_again(
        team: Team, other_team: Team, monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """Before, each read of the open window was refused as "Your login's clearance does not
    allow this: below internal clearance, a login may add and change records…"."""
    cf = lowered(team, other_team, Sensitivity.INTERNAL, Sensitivity.SHAREABLE, monkeypatch)
    try:
        for done in (cf.captives.list,
                     lambda: cf.notes.create(captive_id=1, title="Call", body="x"),
                     lambda: outputs.status_report(cf, level="internal", author="a",
                                                   fmt="xlsx", target=tmp_path / "r.xlsx")):
            with pytest.raises(CaseFileError) as refused:
                done()
            assert str(refused.value) == CHANGED
            assert refused.value.bad_input
        assert list(tmp_path.iterdir()) == []
    finally:
        cf.close()


def test_a_member_lowered_to_public_sees_public_only_and_makes_no_output_marked_above(
        team: Team, other_team: Team, monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """Before, the window went on reading at public (the server's policies), but a status
    report made in it was marked and named "shareable" and said it left nothing out."""
    cf = lowered(team, other_team, Sensitivity.SHAREABLE, Sensitivity.PUBLIC, monkeypatch)
    try:
        shown = repr([cf.captives.get(c.id) for c in cf.captives.list()])
        assert {m for m in PUBLIC_MARKERS | SHAREABLE_MARKERS | INTERNAL_MARKERS
                if m in shown} <= PUBLIC_MARKERS
        assert "openbriefc" in shown
        with pytest.raises(CaseFileError) as refused:
            outputs.status_report(cf, level="shareable", author="a", fmt="xlsx",
                                  target=tmp_path / "r.xlsx")
        assert str(refused.value) == CHANGED
        assert list(tmp_path.iterdir()) == []
    finally:
        cf.close()
    cf = open_case_file(Location(url=team.url(Sensitivity.SHAREABLE)), actor="x",
                        today=lambda: TODAY)
    try:  # opened again: at the new clearance
        made = outputs.status_report(cf, level="shareable", author="a", fmt="xlsx",
                                     target=tmp_path / "r.xlsx")
        assert made.level is Sensitivity.PUBLIC
    finally:
        cf.close()


def test_whoever_shows_the_file_is_told_once_when_the_clearance_changed(
        team: Team, other_team: Team, monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """Before, nothing told the window: rows read at the old clearance stayed on screen until
    the file was closed by hand. Now ``watch_login`` hears it once (not at each refusal)."""
    cf = lowered(team, other_team, Sensitivity.INTERNAL, Sensitivity.SHAREABLE, monkeypatch)
    told: list[bool] = []
    cf.watch_login(told.append)
    try:
        for found in (cf.captives.list,
                      lambda: outputs.status_report(cf, level="internal", author="a",
                                                    fmt="xlsx", target=tmp_path / "r.xlsx")):
            with pytest.raises(CaseFileError, match="changed your login's clearance"):
                found()
        assert told == [False]  # not gone: at another clearance
    finally:
        cf.close()


def test_an_ordinary_refusal_tells_nobody_and_a_login_taken_out_does(team: Team) -> None:
    cf = open_case_file(Location(url=team.url(Sensitivity.SHAREABLE)), actor="x",
                        today=lambda: TODAY)
    told: list[bool] = []
    cf.watch_login(told.append)
    try:
        captive = next(c for c in cf.captives.list() if c.primary_name == "Arakelyan Anush")
        note = cf.notes.create(captive_id=captive.id, title="Call", body="x",
                               sensitivity="shareable")
        with pytest.raises(CaseFileError, match=r"^Your login's clearance does not allow this"):
            cf.notes.delete(note.id)  # below internal: never
        assert told == []
        assert run("team", "remove-user", team.logins[Sensitivity.SHAREABLE],
                   "--db", team.owner_url)[0] == 0
        with pytest.raises(CaseFileError, match="no longer lets this login in"):
            cf.captives.list()
        assert told == [True]
    finally:
        cf.close()
