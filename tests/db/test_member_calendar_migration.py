"""Revision 0018: no table changes; on a team server the upgrade brings the calendar's
functions (caseapp.db.team_calendar), which a server set up before lacks, so that a member's
calendar can be numbered and cancel as the owner's. On SQLite it changes nothing."""

from __future__ import annotations

import io
from datetime import date, timedelta
from pathlib import Path

import psycopg
from icalendar import Calendar

from caseapp.cli import main
from caseapp.config import Location
from caseapp.db import migrate
from caseapp.db.team_policies import calendar_role
from caseapp.services.casefile import open_case_file
from tests.db.old_rows import drop_later_columns
from tests.db.test_migrations import upgrades_from_with_nothing_changed
from tests.postgres import login_url, unique_login

PASSWORD = "Calendar-Pass-0018"


def test_0018_on_sqlite_changes_nothing(tmp_path: Path) -> None:
    upgrades_from_with_nothing_changed(tmp_path / "before-0018.db", "0017")


def _as_before_0018(admin: str, role: str) -> None:
    """The server as a team set up by the release before left it: no calendar functions,
    no role for them, at revision 0017."""
    with psycopg.connect(admin, autocommit=True) as conn:
        for signature in ("event_sequences(text[])", "closed_since(text[], timestamp)",
                          "calendar_deletions(timestamp)", "json_or_null(text)"):
            conn.execute(f"DROP FUNCTION caseapp_team.{signature}")
        conn.execute("DROP POLICY team_calendar ON audit_entries")
        conn.execute("DROP VIEW caseapp_team.deadlines")  # the calendar's role's, made later
        conn.execute(f'REVOKE ALL ON ALL TABLES IN SCHEMA public FROM "{role}"')
        conn.execute(f'REVOKE ALL ON SCHEMA public, caseapp_team FROM "{role}"')
        conn.execute(f'DROP ROLE "{role}"')
        drop_later_columns(conn.execute, "0017")
        conn.execute("UPDATE alembic_version SET version_num = '0017'")


def test_0018_on_postgresql_gives_a_team_the_calendar_functions(
        pg_url: str, tmp_path: Path) -> None:
    cf = open_case_file(Location(url=pg_url), actor="owner")
    try:
        armen = cf.captives.create(names=["Vardanyan Armen"], sensitivity="shareable").id
        gone = cf.deadlines.create(captive_id=armen, title="Letter", sensitivity="shareable",
                                   due_on=(date.today() + timedelta(days=3)).isoformat())
        cf.team.init()
        login = unique_login("ani")
        cf.team.add_user(login, clearance="shareable", password=PASSWORD)
        cf.deadlines.delete(gone.id)
    finally:
        cf.close()
    admin = pg_url.replace("+psycopg", "")
    _as_before_0018(admin, calendar_role(pg_url.rsplit("/", 1)[1]))
    member = login_url(pg_url, login, PASSWORD)
    out, err = io.StringIO(), io.StringIO()
    # the member may not upgrade it: the owner must
    assert main(["deadlines", "--db", member, "--format", "ics", "-o",
                 str(tmp_path / "a.ics")], out=out, err=err) == 2
    assert "owner" in err.getvalue()
    cf = open_case_file(Location(url=pg_url), actor="owner")  # the owner's upgrade
    cf.close()
    with psycopg.connect(admin) as conn:
        assert conn.execute("SELECT version_num FROM alembic_version").fetchone() == (
            migrate.head_revision(),)
    target = tmp_path / "b.ics"
    assert main(["deadlines", "--db", member, "--format", "ics", "--level", "shareable",
                 "-o", str(target)], out=out, err=err) == 0, err.getvalue()
    [event] = Calendar.from_ical(target.read_bytes()).walk("VEVENT")
    assert str(event["UID"]) == f"{gone.uid}@caseapp" and str(event["STATUS"]) == "CANCELLED"
