"""A team server's backup restored: the team's logins are the server's roles, not in the
dump, so the owner is told who was a member at the backup, with which clearance, and the
commands that let each in again, never above the clearance the backup recorded."""

from __future__ import annotations

import shlex
from pathlib import Path

import pytest
from psycopg import sql

from caseapp.config import Location
from caseapp.db.team_policies import group_role
from caseapp.domain.enums import Sensitivity
from caseapp.domain.errors import CaseFileError
from caseapp.services.casefile import open_case_file
from tests.conftest import TODAY
from tests.db.test_postgres_team import PASSWORD, make_team, run
from tests.postgres import _admin, drop_database, login_url, unique_login


def _commands(out: str) -> list[list[str]]:
    """The ``caseapp …`` commands the restore told the owner to run, in order."""
    return [shlex.split(line[line.index("caseapp "):])[1:] for line in out.splitlines()
            if "caseapp team " in line]


def _clearance(url: str) -> Sensitivity | None:
    cf = open_case_file(Location(url=url), actor="t", today=lambda: TODAY)
    try:
        return cf.login.clearance
    finally:
        cf.close()


def test_a_restore_names_the_members_and_how_to_let_them_in_again(
        pg_url: str, tmp_path: Path) -> None:
    team = make_team(pg_url)
    target = tmp_path / "team.dump"
    assert run("backup", "--db", pg_url, "-o", str(target))[0] == 0
    server, name = pg_url.rsplit("/", 1)
    new_url = f"{server}/r{name[-30:]}"
    try:
        code, out, err = run("restore", str(target), "--to", new_url)
        assert code == 0, err
        for clearance, login in team.logins.items():  # each member, at its own clearance
            assert f"add-user {login} --clearance {clearance.value} --db {new_url}" in out, out
        commands = _commands(out)
        assert commands[0][:2] == ["team", "init"]  # the team first, then its members
        for argv in commands:
            assert run(*argv)[0] == 0, argv
        for clearance in Sensitivity:  # in again, each as the backup recorded
            member = team.url(clearance).rsplit("/", 1)[0] + "/" + new_url.rsplit("/", 1)[1]
            assert _clearance(member) is clearance
    finally:
        drop_database(server + "/postgres", new_url.rsplit("/", 1)[1])


def test_a_restore_under_the_same_name_never_lets_a_member_in_above_the_backup(
        pg_url: str, tmp_path: Path) -> None:
    """The database dropped and restored under its name: its group roles, the server's,
    outlived it. A member raised after the backup, and one added after it, are taken out of
    them, saying so, and let in again only as the backup recorded."""
    team = make_team(pg_url)
    target = tmp_path / "team.dump"
    assert run("backup", "--db", pg_url, "-o", str(target))[0] == 0
    server, name = pg_url.rsplit("/", 1)
    raised, later = team.logins[Sensitivity.PUBLIC], unique_login("later")
    with _admin(server + "/postgres") as conn:
        conn.execute(sql.SQL("REVOKE {} FROM {}").format(
            sql.Identifier(group_role(name, Sensitivity.PUBLIC)), sql.Identifier(raised)))
        conn.execute(sql.SQL("GRANT {} TO {}").format(
            sql.Identifier(group_role(name, Sensitivity.INTERNAL)), sql.Identifier(raised)))
        conn.execute(sql.SQL("CREATE ROLE {} LOGIN PASSWORD {}").format(
            sql.Identifier(later), sql.Literal(PASSWORD)))
        conn.execute(sql.SQL("GRANT {} TO {}").format(
            sql.Identifier(group_role(name, Sensitivity.SHAREABLE)), sql.Identifier(later)))
        conn.execute(sql.SQL("DROP DATABASE {} WITH (FORCE)").format(sql.Identifier(name)))
    try:
        code, out, err = run("restore", str(target), "--to", pg_url)
        assert code == 0, err
        assert f"{raised} (internal)" in out and f"{later} (shareable)" in out  # taken out
        # Before the owner sets the team up again: one line, not the server's words.
        code, _out, err = run("captives", "list", "--db", team.url(Sensitivity.SHAREABLE))
        assert code == 2 and "not in this case file's team" in err, err
        assert "permission denied" not in err
        commands = _commands(out)
        assert ["team", "add-user", raised, "--clearance", "public", "--db", pg_url] in commands
        assert not [c for c in commands if later in c], out  # not in the team at the backup
        for argv in commands:
            assert run(*argv)[0] == 0, argv
        assert _clearance(team.url(Sensitivity.PUBLIC)) is Sensitivity.PUBLIC
        assert _clearance(team.url(Sensitivity.SHAREABLE)) is Sensitivity.SHAREABLE
        # The member kept by the groups reads captives again (through the masked view: its
        # search path, a setting of the database, was lost with it and is set by team init).
        code, out, err = run("captives", "list", "--db", team.url(Sensitivity.SHAREABLE))
        assert code == 0 and out.strip(), err
        with pytest.raises(CaseFileError):  # not a member: its login cannot open it
            _clearance(login_url(pg_url, later, PASSWORD))
    finally:
        with _admin(server + "/postgres") as conn:
            conn.execute(sql.SQL("DROP ROLE IF EXISTS {}").format(sql.Identifier(later)))
