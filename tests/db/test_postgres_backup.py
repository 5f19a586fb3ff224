"""``caseapp backup`` of a case file on a team server: a pg_dump (custom format) verified by a
restore into a scratch database, which is gone afterwards; ``restore`` into a new database
gives back every record; an existing database is never restored over."""

from __future__ import annotations

import io
import os
import stat
import subprocess
from pathlib import Path

import psycopg
import pytest

from caseapp.cli import main
from caseapp.config import Location
from caseapp.domain.enums import Sensitivity
from caseapp.domain.errors import CaseFileError, TargetExists
from caseapp.services.casefile import open_case_file
from caseapp.services.server_backup import dump, restore_dump
from tests.conftest import TODAY
from tests.db.test_postgres_team import Team, make_team
from tests.postgres import drop_database


def _databases(url: str) -> set[str]:
    """The databases of this test's case file and its checks (other tests, run at the same
    time by another worker, make and drop their own)."""
    admin = url.replace("+psycopg", "").rsplit("/", 1)[0] + "/postgres"
    own = url.rsplit("/", 1)[1][:40]
    with psycopg.connect(admin) as conn:
        return {r[0] for r in conn.execute("SELECT datname FROM pg_database")
                if r[0].startswith(own)}


def test_backup_and_restore_of_a_server_database(pg_url: str, tmp_path: Path) -> None:
    cf = open_case_file(Location(url=pg_url), actor="t", today=lambda: TODAY)
    try:
        armen = cf.captives.create(names=["Վարդանյան Արմեն", "Vardanyan Armen"],
                                   summary="Marker-7781 'quoted' — Ղ")
        cf.notes.create(captive_id=armen.id, title="Call", body="Internal marker 5512")
        cf.captives.update(armen.id, summary="Marker-7782")
    finally:
        cf.close()
    before = _databases(pg_url)
    target = tmp_path / "team.dump"
    code = main(["backup", "--db", pg_url, "-o", str(target)], out=io.StringIO(),
                err=(err := io.StringIO()))
    assert code == 0, err.getvalue()
    assert target.read_bytes()[:5] == b"PGDMP"  # pg_dump's custom format
    assert _databases(pg_url) == before  # the scratch database of the check is gone
    assert not [p for p in tmp_path.iterdir() if p.name != "team.dump"]  # no partial file

    new_url = pg_url.rsplit("/", 1)[0] + "/" + "restored_" + pg_url.rsplit("/", 1)[1][-20:]
    try:
        out = io.StringIO()
        assert main(["restore", str(target), "--to", new_url], out=out, err=err) == 0, \
            err.getvalue()
        assert "(1 captive)" in out.getvalue() and "team init" in out.getvalue()
        restored = open_case_file(Location(url=new_url), actor="t", today=lambda: TODAY)
        try:
            [captive] = restored.captives.list()
            assert captive.uid == armen.uid and captive.summary == "Marker-7782"
            assert restored.captives.version(captive.id) == 2
            assert restored.check().problems == ()  # the audit chain came along intact
        finally:
            restored.close()
        # The planner's statistics are made again (a dump does not hold them): the restored
        # tables are not taken for empty by a team member's first reads.
        with psycopg.connect(new_url.replace("+psycopg", "")) as conn:
            assert conn.execute("SELECT count(*) FROM pg_stats WHERE schemaname = 'public' "
                                "AND tablename = 'captives'").fetchone()[0] > 0  # type: ignore[index]
        with pytest.raises(CaseFileError, match="already exists"):
            restore_dump(target, new_url)  # never over a database
    finally:
        drop_database(new_url.rsplit("/", 1)[0] + "/postgres", new_url.rsplit("/", 1)[1])
    with pytest.raises(TargetExists, match="exists already"):
        dump(pg_url, target)  # an existing file only with --force (the command line's word)


def test_a_server_backup_is_readable_by_its_maker_alone(pg_url: str, tmp_path: Path) -> None:
    """A server's dump is not encrypted and holds every row at every level (and the logins'
    second-factor secrets): before, it was written as the usual umask left it, readable by
    every user of the machine (-rw-r--r--)."""
    cf = open_case_file(Location(url=pg_url), actor="t", today=lambda: TODAY)
    try:
        cf.captives.create(names=["Vardanyan Armen"], health="Internal marker 5513")
    finally:
        cf.close()
    target = tmp_path / "team.dump"
    target.write_bytes(b"an older dump")
    target.chmod(0o644)
    umask = os.umask(0o022)  # the usual one, whatever the test runner's
    try:
        code = main(["backup", "--db", pg_url, "-o", str(target), "--force"],
                    out=io.StringIO(), err=(err := io.StringIO()))
    finally:
        os.umask(umask)
    assert code == 0, err.getvalue()
    assert target.read_bytes()[:5] == b"PGDMP"
    assert stat.S_IMODE(target.stat().st_mode) == 0o600


def test_a_server_backup_needs_a_file(pg_url: str) -> None:
    err = io.StringIO()
    assert main(["backup", "--db", pg_url], out=io.StringIO(), err=err) == 2
    assert err.getvalue().strip().splitlines() == [
        "caseapp: A team server's backup needs a file: give -o FILE."]


@pytest.mark.parametrize("clearance", [Sensitivity.INTERNAL, Sensitivity.PUBLIC])
def test_a_member_is_told_that_a_server_backup_is_the_owners(
        pg_url: str, tmp_path: Path, clearance: Sensitivity) -> None:
    """Before, a member's backup failed with pg_dump's own words ("Backing up … failed:
    pg_dump: detail: Query was: LOCK TABLE public.captives …") and exit code 1."""
    team: Team = make_team(pg_url)
    err = io.StringIO()
    target = tmp_path / "member.dump"
    code = main(["backup", "-o", str(target), "--db", team.url(clearance)],
                out=io.StringIO(), err=err)
    database = team.owner_url.rsplit("/", 1)[1]
    assert code == 2
    assert err.getvalue().splitlines() == [
        f"caseapp: Backing up {database} copies all of it, past every clearance: it is for the "
        f"database's owner, and {team.logins[clearance]} does not own it. Nothing was "
        "written."]
    assert list(tmp_path.iterdir()) == []


def test_an_owner_without_createdb_is_told_what_a_backup_and_a_restore_need(
        pg_url: str, tmp_path: Path) -> None:
    """An owner login made as docs/team-mode.md says (CREATEROLE, no CREATEDB): one line
    naming the privilege, not an unexpected error in the server's words; nothing written."""
    from tests.postgres import login_url, unique_login

    owner = unique_login("owner")
    admin = pg_url.replace("+psycopg", "")
    with psycopg.connect(admin, autocommit=True) as conn:
        conn.execute(f"CREATE ROLE {owner} LOGIN CREATEROLE PASSWORD 'pw'")
        conn.execute(f"ALTER DATABASE {pg_url.rsplit('/', 1)[1]} OWNER TO {owner}")
    try:
        url = login_url(pg_url, owner, "pw")
        target = tmp_path / "casefile.dump"
        code, err = _cli("backup", "--db", url, "-o", str(target))
        assert code == 2 and "CREATEDB" in err and err.count("\n") == 1, err
        assert not target.exists()
        target.write_bytes(b"PGDMP")  # (a dump there: the privilege is what is missing)
        code, err = _cli("restore", str(target), "--to", url.rsplit("/", 1)[0] + "/x_new")
        assert code == 2 and "CREATEDB" in err and "unexpected" not in err, err
    finally:
        with psycopg.connect(admin, autocommit=True) as conn:
            conn.execute(f"ALTER DATABASE {pg_url.rsplit('/', 1)[1]} OWNER TO postgres")
            conn.execute(f"DROP ROLE {owner}")


def _cli(*argv: str) -> tuple[int, str]:
    out, err = io.StringIO(), io.StringIO()
    code = main(list(argv), out=out, err=err)
    return code, err.getvalue()


def test_restoring_a_missing_file_says_so_and_makes_no_database(pg_url: str, tmp_path: Path) -> None:
    before = _databases(pg_url)
    code, err = _cli("restore", str(tmp_path / "no.dump"), "--to", pg_url + "_new")
    assert code == 2 and err.count("\n") == 1 and "pg_restore" not in err, err
    assert _databases(pg_url) == before


def test_a_failed_restore_says_what_failed_before_the_tools_words(pg_url: str,
                                                                  tmp_path: Path) -> None:
    """pg_restore's own (English) words come only quoted, after a sentence in the user's
    language saying what failed and that nothing was changed; the database is gone again. A
    damaged backup is the user's to replace: exit code 2, not 1 (a failure of CaseApp's)."""
    before = _databases(pg_url)
    bad = tmp_path / "bad.dump"
    bad.write_bytes(b"PGDMP\x01\x0f\x00 and then cut off")  # a dump's beginning only
    code, err = _cli("restore", str(bad), "--to", pg_url + "_new")
    [line] = err.strip().splitlines()
    sentence, _, tool = line.partition(" pg_restore said: “")
    assert code == 2, line
    assert sentence == ("caseapp: Restoring bad.dump failed, so the new database was removed "
                        "again: nothing was changed."), line
    assert tool.endswith("”") and "pg_restore" in tool
    assert _databases(pg_url) == before


def test_a_case_files_backup_is_refused_before_a_database_is_made(pg_url: str,
                                                                  tmp_path: Path) -> None:
    before = _databases(pg_url)
    plain = tmp_path / "case-backup.db"
    plain.write_bytes(b"SQLite format 3\x00" + bytes(4080))
    code, err = _cli("restore", str(plain), "--to", pg_url + "_new")
    assert code == 2 and err.count("\n") == 1 and "not a team server's backup" in err, err
    assert "pg_restore" not in err and _databases(pg_url) == before


def test_a_failed_pg_dump_says_what_failed_before_the_tools_words(
        pg_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from caseapp.services import server_backup

    failing = tmp_path / "pg_dump"
    failing.write_text("#!/bin/sh\necho 'pg_dump: error: server closed the connection' >&2\n"
                       "exit 1\n")
    failing.chmod(0o755)
    monkeypatch.setattr(server_backup, "_tool", lambda name: str(failing))
    target = tmp_path / "out.dump"
    code, err = _cli("backup", "--db", pg_url, "-o", str(target))
    [line] = err.strip().splitlines()
    database = pg_url.rsplit("/", 1)[1]
    assert code != 0
    assert line == (f"caseapp: Backing up {database} failed: nothing was written, and the case "
                    "file is as it was. pg_dump said: “pg_dump: error: server closed the "
                    "connection”"), line
    assert not target.exists()


def test_a_backup_and_a_restore_show_the_password_nowhere(
        pg_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The password in the URL goes to pg_dump and pg_restore through their environment,
    never on their command lines (every user of the machine can read those), and the commands
    a restore suggests name the server without it. Before, both carried it as typed."""
    secret = "S3cret-Owner-Password-4417"
    with_password = pg_url.replace("://postgres@", f"://postgres:{secret}@")
    assert secret in with_password  # (the test server trusts its superuser: any password)
    command_lines: list[list[str]] = []
    real_run = subprocess.run

    def recording_run(args: list[str], **kwargs: object) -> object:
        command_lines.append(list(args))
        return real_run(args, **kwargs)  # type: ignore[call-overload]

    monkeypatch.setattr("caseapp.services.server_backup.subprocess.run", recording_run)
    target = tmp_path / "team.dump"
    out, err = io.StringIO(), io.StringIO()
    assert main(["backup", "--db", with_password, "-o", str(target)], out=out, err=err) == 0, \
        err.getvalue()
    database = "restored_" + pg_url.rsplit("/", 1)[1][-20:]
    new_url = with_password.rsplit("/", 1)[0] + "/" + database
    try:
        assert main(["restore", str(target), "--to", new_url], out=out, err=err) == 0, \
            err.getvalue()
    finally:
        drop_database(pg_url.rsplit("/", 1)[0] + "/postgres", database)
    said = out.getvalue() + err.getvalue()
    assert "team init --db postgresql+psycopg://postgres@" in said
    assert secret not in said
    assert {Path(args[0]).name for args in command_lines} >= {"pg_dump", "pg_restore"}
    assert not [args for args in command_lines if secret in " ".join(args)]


def test_a_backup_into_a_missing_folder_names_the_file_asked_for(pg_url: str,
                                                                 tmp_path: Path) -> None:
    """Not the hidden file it writes first (".team.dump.1a2b3c4d.partial"), which the user
    never typed."""
    target = tmp_path / "missing" / "team.dump"
    err = io.StringIO()
    code = main(["backup", "--db", pg_url, "-o", str(target)], out=io.StringIO(), err=err)
    assert code == 2
    assert err.getvalue().splitlines() == [
        f"caseapp: No such file or folder ({target}); nothing was changed."]
    assert not (tmp_path / "missing").exists()
