"""What a team member below internal clearance could read with a database client before
revision 0019, and can no longer:

- a hearing or an intervention marked public that concerns only an internal captive
  (its court, judge, subject: everything about an internal captive is internal);
- hidden values read back from the planner's row estimates (``EXPLAIN``), which used the
  statistics ``ANALYZE`` made of every row, those the policies hide included.
"""

from __future__ import annotations

import io
from pathlib import Path

import psycopg
import pytest

from caseapp.cli import main
from caseapp.config import Location
from caseapp.db import migrate
from caseapp.db.base import Base
from caseapp.db.team_policies import visibility
from caseapp.db.team_statistics import kept
from caseapp.domain.enums import Sensitivity
from caseapp.services.casefile import open_case_file
from tests.conftest import TODAY
from tests.db.old_rows import drop_later_columns
from tests.db.test_migrations import upgrades_from_with_nothing_changed
from tests.db.test_postgres_team import Team, everything_readable, make_team

LINKED_MARKERS = {"hiddenhearingb", "hiddenjudgeb", "hiddeninterventionb"}


@pytest.fixture
def team(pg_url: str) -> Team:
    """A team of its own (the tests add records and statistics)."""
    return make_team(pg_url)


def _owner(team: Team) -> psycopg.Connection:
    return psycopg.connect(team.owner_url.replace("+psycopg", ""), autocommit=True)


def _member(team: Team, clearance: Sensitivity) -> psycopg.Connection:
    return psycopg.connect(team.url(clearance).replace("+psycopg", ""), autocommit=True)


def _add_records_of_captive_b(team: Team) -> None:
    """A hearing and an intervention marked public, each concerning only internal captive B;
    a hearing concerning A and B, and an intervention concerning nobody, both shareable."""
    cf = open_case_file(Location(url=team.owner_url), actor="owner", today=lambda: TODAY)
    try:
        by_name = {c.primary_name: c.id for c in cf.captives.list()}
        a, b = by_name["Arakelyan Anush"], by_name["secretnameb"]
        cf.hearings.create(starts_at="2026-11-05 10:00", timezone="Asia/Baku",
                           court="hiddenhearingb", judge="hiddenjudgeb", captive_ids=[b],
                           sensitivity="public")
        cf.interventions.create(made_on="2026-01-05", subject="hiddeninterventionb",
                                captive_ids=[b], sensitivity="public")
        cf.hearings.create(starts_at="2026-11-06 10:00", timezone="Asia/Baku",
                           court="jointhearingab", captive_ids=[a, b], sensitivity="shareable")
        cf.interventions.create(made_on="2026-01-06", subject="generalintervention",
                                sensitivity="shareable")
    finally:
        cf.close()


@pytest.mark.parametrize("clearance", [Sensitivity.SHAREABLE, Sensitivity.PUBLIC])
def test_a_hearing_or_intervention_of_internal_captives_only_is_hidden(
        team: Team, clearance: Sensitivity) -> None:
    _add_records_of_captive_b(team)
    text = everything_readable(team.url(clearance))
    assert {m for m in LINKED_MARKERS if m in text} == set()
    if clearance is Sensitivity.SHAREABLE:  # A is shareable: the joint hearing is A's too
        assert "jointhearingab" in text and "generalintervention" in text
    internal = everything_readable(team.url(Sensitivity.INTERNAL))
    assert {m for m in LINKED_MARKERS if m in internal} == LINKED_MARKERS
    cf = open_case_file(Location(url=team.url(clearance)), actor="x", today=lambda: TODAY)
    try:
        assert cf.search.captive_ids("hiddenhearingb") == []
        assert all(h.court != "hiddenhearingb" for h in cf.hearings.list())
        assert all(i.subject != "hiddeninterventionb" for i in cf.interventions.list())
    finally:
        cf.close()


def test_a_member_still_adds_a_hearing_and_its_captives(team: Team) -> None:
    """The hearing is written before its links: one that concerns no captive yet is visible
    (its own level decides), so the member reads back what it writes."""
    cf = open_case_file(Location(url=team.url(Sensitivity.SHAREABLE)), actor="x",
                        today=lambda: TODAY)
    try:
        a = next(c.id for c in cf.captives.list() if c.primary_name == "Arakelyan Anush")
        made = cf.hearings.create(starts_at="2026-12-01 10:00", timezone="Asia/Baku",
                                  court="memberhearing", captive_ids=[a])
        assert cf.hearings.get(made.id).captive_ids == (a,)
    finally:
        cf.close()


def _estimates(conn: psycopg.Connection, table: str, column: str) -> tuple[float, float]:
    """The planner's row estimates for ``column`` below the least and the greatest value."""
    def rows(bound: str) -> float:
        plan = conn.execute(f"EXPLAIN (FORMAT JSON) SELECT * FROM {table} "
                            f"WHERE {column} < {bound}").fetchone()
        assert plan is not None
        return float(plan[0][0]["Plan"]["Plan Rows"])
    return rows("'a'"), rows("'zzzz'")


def test_the_planners_estimates_tell_a_member_no_hidden_value(pg_url: str) -> None:
    """Before, 60 internal notes and their ANALYZE made the member's estimate of
    ``body < 'a'`` 1 row and of ``body < 'zzzz'`` many: the histogram of the bodies it may not
    read, which a bisection reads back letter by letter."""
    cf = open_case_file(Location(url=pg_url), actor="owner", today=lambda: TODAY)
    try:
        c = cf.captives.create(names=["Hidden Person"], sensitivity="internal")
        for n in range(60):  # statistics made before the team exists
            cf.notes.create(captive_id=c.id, title=f"t{n}", body=f"m secret body {n:03d}")
    finally:
        cf.close()
    with psycopg.connect(pg_url.replace("+psycopg", ""), autocommit=True) as conn:
        conn.execute("ANALYZE")
    team = make_team(pg_url)
    with _owner(team) as conn:  # and statistics made after (autovacuum, an import)
        conn.execute("INSERT INTO notes (captive_id, title, body, written_at, author, "
                     "sensitivity, uid, created_at, updated_at) SELECT %s, 'x', "
                     "'m more ' || g, now(), 'o', 'internal', gen_random_uuid()::text, now(), "
                     "now() FROM generate_series(1, 60) g", (c.id,))
        conn.execute("ANALYZE")
    with _member(team, Sensitivity.SHAREABLE) as conn:
        assert conn.execute("SELECT count(*) FROM notes").fetchone() == (0,)
        low, high = _estimates(conn, "notes", "body")
        assert low == high
        low, high = _estimates(conn, "hearings", "court")
        assert low == high


def test_no_column_a_member_may_not_read_keeps_statistics(team: Team) -> None:
    """Every column of a table with row-level security but the keys and what the policies
    read: no statistics, and none made by a later ANALYZE."""
    _add_records_of_captive_b(team)
    with _owner(team) as conn:
        conn.execute("ANALYZE")
        left = {(t, c) for t, c in conn.execute(
            "SELECT tablename, attname FROM pg_stats WHERE schemaname = 'public'")
            if t in Base.metadata.tables and visibility(t) is not None and not kept(c)}
    assert left == set()


def test_0019_on_sqlite_changes_nothing(tmp_path: Path) -> None:
    upgrades_from_with_nothing_changed(tmp_path / "before-0019.db", "0018")


def _as_before_0019(team: Team) -> None:
    """The server as the release before left it: the hearings' and interventions' policies
    that ask no captive, statistics of every column, at revision 0018."""
    with _owner(team) as conn:
        for table, condition in (
                ("hearings", visibility("hearings").split(" AND caseapp_team.hearing_")[0]),
                ("interventions",
                 visibility("interventions").split(" AND caseapp_team.intervention_")[0])):
            rule = f"caseapp_team.clearance() >= 2 OR ({condition})"
            conn.execute(f"DROP POLICY team_rows ON {table}")
            conn.execute(f"CREATE POLICY team_rows ON {table} USING ({rule}) WITH CHECK ({rule})")
        for table, column in conn.execute(
                "SELECT c.relname, a.attname FROM pg_attribute a JOIN pg_class c "
                "ON c.oid = a.attrelid WHERE c.relnamespace = 'public'::regnamespace "
                "AND c.relkind = 'r' AND a.attnum > 0 AND a.attstattarget = 0").fetchall():
            conn.execute(f'ALTER TABLE {table} ALTER COLUMN "{column}" SET STATISTICS -1')
        conn.execute("ANALYZE")
        drop_later_columns(conn.execute, "0018")
        conn.execute("UPDATE alembic_version SET version_num = '0018'")


def test_0019_on_postgresql_closes_what_a_member_read(team: Team) -> None:
    _add_records_of_captive_b(team)
    _as_before_0019(team)
    assert "hiddenhearingb" in everything_readable(team.url(Sensitivity.SHAREABLE))
    out, err = io.StringIO(), io.StringIO()
    assert main(["captives", "list", "--db", team.url(Sensitivity.SHAREABLE)],
                out=out, err=err) == 2
    assert "owner" in err.getvalue()  # a member may not upgrade it
    open_case_file(Location(url=team.owner_url), actor="owner").close()  # the owner's upgrade
    with _owner(team) as conn:
        assert conn.execute("SELECT version_num FROM alembic_version").fetchone() == (
            migrate.head_revision(),)
        assert {(t, c) for t, c in conn.execute(
            "SELECT tablename, attname FROM pg_stats WHERE schemaname = 'public'")
            if t in Base.metadata.tables and visibility(t) is not None and not kept(c)} == set()
    text = everything_readable(team.url(Sensitivity.SHAREABLE))
    assert "hiddenhearingb" not in text and "hiddeninterventionb" not in text
    assert "jointhearingab" in text
