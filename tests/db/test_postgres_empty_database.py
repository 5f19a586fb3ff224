"""A team member opening a database that holds no case file yet (a typo'd database name that
exists, or one the owner has not set up): told so, and who makes one, not that their
clearance forbids something they never asked to do."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from psycopg import sql

from caseapp.domain import messages
from caseapp.domain.enums import Sensitivity
from tests.db.test_postgres_team import Team, make_team, run
from tests.postgres import _admin, drop_database, make_database


@pytest.fixture
def empty_database(pg_server: str) -> Iterator[str]:
    name = make_database(pg_server, "empty")
    with _admin(pg_server.rsplit("/", 1)[0] + "/" + name) as conn:  # as PostgreSQL 14 had it
        conn.execute(sql.SQL("GRANT CREATE ON SCHEMA public TO PUBLIC"))
    yield name
    drop_database(pg_server, name)


@pytest.fixture
def team(pg_url: str) -> Team:
    """A team of its own (the test adds to it)."""
    return make_team(pg_url)


def test_a_member_is_told_the_database_holds_no_case_file_yet(
        team: Team, empty_database: str) -> None:
    messages.set_language("ru")  # English again after the test (tests/conftest)
    url = team.url(Sensitivity.SHAREABLE).rsplit("/", 1)[0] + "/" + empty_database
    code, _out, err = run("captives", "list", "--db", url)
    assert code == 2 and err.count("\n") == 1, err
    assert "ещё нет файла дела" in err or "holds no case file yet" in err
    assert "Допуск" not in err and "clearance" not in err
    assert "“caseapp init --db URL”" in err  # the command line's own hint (the window asks)
    with _admin(team.owner_url.rsplit("/", 1)[0] + "/" + empty_database) as conn:
        assert conn.execute("SELECT count(*) FROM pg_tables WHERE schemaname = 'public'"
                            ).fetchone() == (0,)  # nothing made in it


def test_the_owner_is_not_given_a_case_file_in_a_database_she_only_named(
        pg_server: str, empty_database: str) -> None:
    """A typo in the URL names some other database: opening it makes no case file there;
    ``caseapp init --db URL`` does, when asked."""
    url = pg_server.rsplit("/", 1)[0] + "/" + empty_database
    for argv in (["captives", "list"], ["team", "init"]):
        code, _out, err = run(*argv, "--db", url)
        assert code == 2 and err.count("\n") == 1, err
        assert "holds no case file" in err and "caseapp init --db URL" in err, err
        with _admin(url) as conn:
            assert conn.execute("SELECT count(*) FROM pg_tables WHERE schemaname = 'public'"
                                ).fetchone() == (0,)  # nothing made in it
    code, out, err = run("init", "--db", url)
    assert code == 0 and "Created the case file" in out, err
    assert run("captives", "list", "--db", url)[0] == 0


def test_team_commands_on_a_database_with_no_team_name_the_command_that_sets_it_up(
        pg_url: str) -> None:
    """The service says there is no team yet (naming no command); the command line adds its
    own, in the same one line."""
    for argv in (["team", "add-user", "someone", "--clearance", "public"],
                 ["team", "enrol-2fa", "someone"]):
        code, out, err = run(*argv, "--db", pg_url)
        assert (code, out) == (2, "") and err.count("\n") == 1, err
        assert "has no team yet" in err and "“caseapp team init --db URL”" in err, err
