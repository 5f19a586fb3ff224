"""Two-factor sign-in enforced by the server: with the password alone, a login whose second
factor is required reads nothing (with psql as in the app); a TOTP code or a recovery code
opens its session; ``team revoke`` ends a login's access at once."""

from __future__ import annotations

import io
import re
import time

import psycopg
import pyotp
import pytest

from caseapp.cli import main
from caseapp.config import Location
from caseapp.domain.enums import Sensitivity
from caseapp.domain.errors import CaseAppError, CaseFileError
from caseapp.services import team_2fa
from caseapp.services.casefile import open_case_file
from tests.conftest import TODAY
from tests.db.test_postgres_team import (
    INTERNAL_MARKERS,
    PASSWORD,
    PUBLIC_MARKERS,
    SHAREABLE_MARKERS,
    Team,
    everything_readable,
    make_team,
)

EVERY = PUBLIC_MARKERS | SHAREABLE_MARKERS | INTERNAL_MARKERS


def run(*argv: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = main(list(argv), out=out, err=err)
    return code, out.getvalue(), err.getvalue()


def plain(url: str) -> str:
    return url.replace("+psycopg", "")


def markers_seen(text: str) -> set[str]:
    return {m for m in EVERY if m in text}


def fresh_code(secret: str) -> str:
    """A code of a time step no earlier sign-in used (each step's code works once)."""
    totp = pyotp.TOTP(secret)
    return totp.now()


@pytest.fixture
def team(pg_url: str) -> Team:
    return make_team(pg_url)


def enrol(team: Team, clearance: Sensitivity, *extra: str) -> tuple[str, list[str]]:
    """Enrol the login of ``clearance``: its base32 secret and recovery codes, as printed."""
    code, out, err = run("team", "enrol-2fa", team.logins[clearance], *extra,
                         "--db", team.owner_url)
    assert code == 0, err
    secret = re.search(r"type the key ([A-Z2-7]+)\)", out)
    assert secret is not None and "otpauth://totp/" in out
    return secret.group(1), re.findall(r"^  ([a-z2-9]{5}-[a-z2-9]{5})$", out, re.MULTILINE)


def test_rfc_6238_test_vector(team: Team) -> None:
    """RFC 6238, appendix B: the SHA-1 key "12345678901234567890" at 59 s (step 1) gives
    94287082; its last six digits are the 6-digit code."""
    with psycopg.connect(plain(team.owner_url), autocommit=True) as conn:
        got = conn.execute("SELECT caseapp_team.totp_at(%s, 1)", (b"12345678901234567890",))
        assert got.fetchone()[0] == "287082"


def test_the_password_alone_reads_nothing_when_the_second_factor_is_required(team: Team) -> None:
    secret, _ = enrol(team, Sensitivity.INTERNAL, "--require")
    url = team.url(Sensitivity.INTERNAL)
    assert markers_seen(everything_readable(url)) == set()
    with psycopg.connect(plain(url), autocommit=True) as conn:
        with pytest.raises(psycopg.errors.InsufficientPrivilege):  # no write either
            conn.execute("INSERT INTO organisations (uid, name, kind, sensitivity, created_at, "
                         "updated_at, row_version) VALUES ('x', 'planted', 'other', 'internal', "
                         "now(), now(), 1)")
        with pytest.raises(psycopg.errors.InsufficientPrivilege):  # nor mark itself verified
            conn.execute("SELECT caseapp_team.mark_verified()")
        token = conn.execute("SELECT caseapp_team.sign_in(%s)", (fresh_code(secret),)).fetchone()[0]
        assert token and len(token) == 64
        seen = {r[0] for r in conn.execute("SELECT name FROM organisations")}
        assert seen == {"openorgmark", "secretorgmark"}
    # Another session with the password alone: nothing, and the used code does not work again.
    with psycopg.connect(plain(url), autocommit=True) as conn:
        assert conn.execute("SELECT count(*) FROM organisations").fetchone()[0] == 0
        assert conn.execute("SELECT caseapp_team.resume('not a token')").fetchone()[0] is False
        assert conn.execute("SELECT caseapp_team.resume(%s)", (token,)).fetchone()[0] is True
        assert conn.execute("SELECT count(*) FROM organisations").fetchone()[0] == 2
    # A login whose second factor is not required is unaffected.
    assert markers_seen(everything_readable(team.url(Sensitivity.SHAREABLE))) == (
        PUBLIC_MARKERS | SHAREABLE_MARKERS)


def test_a_recovery_code_works_once(team: Team) -> None:
    _, codes = enrol(team, Sensitivity.SHAREABLE, "--require")
    assert len(codes) == 10 and len(set(codes)) == 10
    url = plain(team.url(Sensitivity.SHAREABLE))
    with psycopg.connect(url, autocommit=True) as conn:
        assert conn.execute("SELECT count(*) FROM captives").fetchone()[0] == 0
        assert conn.execute("SELECT caseapp_team.sign_in(%s)", (codes[3].upper(),)).fetchone()[0]
        assert {r[0] for r in conn.execute("SELECT summary FROM captives")} == {
            "partnerbriefa", "openbriefc"}
    with psycopg.connect(url, autocommit=True) as conn:
        assert conn.execute("SELECT caseapp_team.sign_in(%s)", (codes[3],)).fetchone()[0] is None
        assert conn.execute("SELECT count(*) FROM captives").fetchone()[0] == 0


def test_the_app_asks_for_the_code(team: Team, monkeypatch: pytest.MonkeyPatch) -> None:
    secret, _ = enrol(team, Sensitivity.INTERNAL, "--require")
    url = team.url(Sensitivity.INTERNAL)
    monkeypatch.setattr("sys.stdin", io.StringIO(""))  # no terminal
    code, _, err = run("captives", "list", "--db", url)
    assert code == 2 and err.count("\n") == 1 and "must sign in with a second factor" in err
    monkeypatch.setenv("CASEAPP_TOTP_CODE", "123 456" if pyotp.TOTP(secret).now() != "123456"
                       else "654321")
    code, _, err = run("captives", "list", "--db", url)
    assert code == 2 and "two-factor code was not accepted" in err
    monkeypatch.setenv("CASEAPP_TOTP_CODE", fresh_code(secret))
    code, out, err = run("captives", "list", "--db", url)
    assert code == 0, err
    assert "secretnameb" in out  # an internal captive: the pooled connections are verified


def test_any_command_takes_the_code_in_a_fresh_process(team: Team,
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    """Before, only the ``team`` commands' parser told CaseApp where the code comes from; a
    new process parses only the group of its command, so ``captives list`` (and every other
    command) said "must sign in with a second factor" whatever CASEAPP_TOTP_CODE held."""
    secret, _ = enrol(team, Sensitivity.PUBLIC, "--require")
    monkeypatch.setattr(team_2fa, "_code_source", None)  # as in a new process
    monkeypatch.setenv("CASEAPP_TOTP_CODE", fresh_code(secret))
    code, out, err = run("captives", "list", "--db", team.url(Sensitivity.PUBLIC))
    assert code == 0, err
    assert "Petrosyan Hayk" in out


def test_wrong_codes_lock_the_login_even_when_rolled_back(team: Team) -> None:
    secret, codes = enrol(team, Sensitivity.PUBLIC, "--require")
    url = plain(team.url(Sensitivity.PUBLIC))
    right = fresh_code(secret)
    wrong = f"{(int(right) + 1) % 1_000_000:06d}"
    start = time.monotonic()
    with psycopg.connect(url) as conn:
        for _ in range(10):
            assert conn.execute("SELECT caseapp_team.sign_in(%s)", (wrong,)).fetchone()[0] is None
            conn.rollback()  # the count is kept all the same (a sequence)
        assert conn.execute("SELECT caseapp_team.sign_in(%s)", (codes[0],)).fetchone()[0] is None
    assert time.monotonic() - start >= 10  # a second for each wrong code
    enrol(team, Sensitivity.PUBLIC)  # enrolling again lifts the lock
    with psycopg.connect(url, autocommit=True) as conn:
        assert conn.execute("SELECT caseapp_team.sign_in(%s)", (codes[0],)).fetchone()[0] is None


def test_revoke_ends_access_at_once(team: Team) -> None:
    url = plain(team.url(Sensitivity.INTERNAL))
    seized = psycopg.connect(url, autocommit=True)
    try:
        assert seized.execute("SELECT count(*) FROM organisations").fetchone()[0] == 2
        code, out, err = run("team", "revoke", team.logins[Sensitivity.INTERNAL],
                             "--db", team.owner_url)
        assert code == 0, err
        # The tests' owner is the server's superuser, who may end any session.
        assert "can no longer connect" in out and "1 open session ended" in out
        with pytest.raises(psycopg.OperationalError):  # the seized device's session is gone
            seized.execute("SELECT count(*) FROM organisations")
    finally:
        seized.close()
    with pytest.raises(psycopg.OperationalError, match="not permitted to log in"):
        psycopg.connect(url)
    with psycopg.connect(plain(team.owner_url), autocommit=True) as conn:
        events = conn.execute("SELECT kind, detail FROM file_events WHERE kind = "
                              "'team user revoked'").fetchall()
    assert [e[1].split(":")[0] for e in events] == [team.logins[Sensitivity.INTERNAL]]


def test_a_revoked_login_is_let_in_again_only_with_a_new_password(
        team: Team, monkeypatch: pytest.MonkeyPatch) -> None:
    """Before, ``team add-user`` of a revoked login asked for no password and said it "can
    now open the case file", which it could not: it stayed unable to log in."""
    name = team.logins[Sensitivity.SHAREABLE]
    assert run("team", "revoke", name, "--db", team.owner_url)[0] == 0
    monkeypatch.setattr("sys.stdin", io.StringIO(""))  # no terminal
    monkeypatch.delenv("CASEAPP_NEW_PASSWORD", raising=False)
    code, out, err = run("team", "add-user", name, "--clearance", "public",
                         "--db", team.owner_url)
    assert (code, out) == (2, "")
    assert "A password is needed" in err and err.count("\n") == 1
    monkeypatch.setenv("CASEAPP_NEW_PASSWORD", "Another-Password-8812")
    code, out, err = run("team", "add-user", name, "--clearance", "public",
                         "--db", team.owner_url)
    assert code == 0, err
    # Before, this said "(new login)": the login is the old one, let in again.
    assert out == (f"{name} (a revoked login, let in again with the new password) can now "
                   "open the case file with clearance public.\n")
    with psycopg.connect(plain(team.url(Sensitivity.SHAREABLE)).replace(
            PASSWORD, "Another-Password-8812"), autocommit=True) as conn:
        assert {r[0] for r in conn.execute("SELECT summary FROM captives")} == {"openbriefc"}
    with pytest.raises(psycopg.OperationalError, match="password authentication failed"):
        psycopg.connect(plain(team.url(Sensitivity.SHAREABLE)))  # the device's one


def test_a_revoked_login_without_a_new_password_is_refused_by_the_service(team: Team) -> None:
    name = team.logins[Sensitivity.PUBLIC]
    assert run("team", "revoke", name, "--db", team.owner_url)[0] == 0
    owner = open_case_file(Location(url=team.owner_url), actor="owner", today=lambda: TODAY)
    try:
        with pytest.raises(CaseAppError) as refused:
            owner.team.add_user(name, clearance="public", password=None)
        assert str(refused.value) == (
            f"{name} may not log in to the server (it was revoked): give it a new password to "
            "let it in again. Nothing was changed.")
        assert [m.login for m in owner.team.list_users()].count(name) == 0
    finally:
        owner.close()


def test_status_lists_every_login(team: Team) -> None:
    enrol(team, Sensitivity.SHAREABLE)
    code, _, err = run("team", "require-2fa", team.logins[Sensitivity.PUBLIC], "--db",
                       team.owner_url)
    assert code == 0, err
    code, out, _ = run("team", "status-2fa", "--db", team.owner_url)
    rows = {line.split()[0]: line.split()[1:] for line in out.splitlines()[2:]}
    assert rows == {team.logins[Sensitivity.INTERNAL]: ["none", "no"],
                    team.logins[Sensitivity.SHAREABLE]: ["enrolled", "no"],
                    team.logins[Sensitivity.PUBLIC]: ["none", "yes"]}


def test_commands_on_a_login_outside_the_team(team: Team) -> None:
    for argv in (["enrol-2fa", "nobody_here"], ["require-2fa", "nobody_here"],
                 ["revoke", "nobody_here"]):
        code, _, err = run("team", *argv, "--db", team.owner_url)
        assert code == 2 and err == "caseapp: nobody_here is not in this case file's team.\n"
    code, _, err = run("team", "revoke", team.logins[Sensitivity.PUBLIC],
                       "--db", team.url(Sensitivity.INTERNAL))
    assert code == 2 and "is for the database's owner" in err


def test_a_revoked_login_s_open_window_is_told_it_is_refused_not_reconnecting(team: Team) -> None:
    """The window's listener loses its connection when the login is revoked; trying again is
    refused, and it says so (the banner then tells the user to ask the owner, not to wait)."""
    from caseapp.config import Location
    from caseapp.services.casefile import open_case_file

    states: list[tuple[bool, bool]] = []
    member = open_case_file(Location(url=team.url(Sensitivity.INTERNAL)), actor="seized")
    listener = member.watch(lambda _change: None,
                            lambda connected, _reason, refused: states.append((connected, refused)))
    assert listener is not None
    try:
        code, _, err = run("team", "revoke", team.logins[Sensitivity.INTERNAL],
                           "--db", team.owner_url)
        assert code == 0, err
        deadline = time.monotonic() + 15
        while (False, True) not in states and time.monotonic() < deadline:
            time.sleep(0.1)
        assert states and states[-1] == (False, True) and (True, False) not in states
    finally:
        listener.stop()
        member.close()


def test_a_window_whose_sign_in_ran_out_is_told_rather_than_shown_an_empty_file(
        team: Team) -> None:
    """Before, once the 12-hour sign-in of an open window had run out, each new connection
    of its pool quietly read no row: the window showed an empty case file, and a save was
    refused "below internal clearance" to an internal login."""
    secret, _ = enrol(team, Sensitivity.INTERNAL, "--require")
    team_2fa.set_code_source(lambda _login: fresh_code(secret))
    try:
        cf = open_case_file(Location(url=team.url(Sensitivity.INTERNAL)), actor="x",
                            today=lambda: TODAY)
    finally:
        team_2fa.set_code_source(None)
    try:
        assert len(cf.captives.list()) == 3
        with psycopg.connect(plain(team.owner_url), autocommit=True) as conn:
            conn.execute("UPDATE caseapp_team.sign_in_tokens "
                         "SET expires_at = now() - interval '1 second'")
        cf.db.engine.pool.dispose()  # the next read needs a new connection
        for done in (cf.captives.list, lambda: cf.organisations.create(name="x", kind="other")):
            with pytest.raises(CaseFileError) as ended:
                done()
            assert str(ended.value) == (
                "The two-factor sign-in of this case file has ended (it lasts 12 hours, or the "
                "administrator enrolled the login again): close the case file and open it "
                "again with a new code. Nothing was read or saved.")
            assert ended.value.bad_input
    finally:
        cf.close()


def test_the_secret_is_not_written_through_a_redirect(
        team: Team, capsys: pytest.CaptureFixture[str]) -> None:
    """``team enrol-2fa … > file`` (or a job's log): before, the command wrote the secret
    and the recovery codes there, since it compared the standard output with the stream it
    writes through. Now it refuses, and enrols nobody."""
    err = io.StringIO()
    login = team.logins[Sensitivity.SHAREABLE]
    code = main(["team", "enrol-2fa", login, "--require", "--db", team.owner_url],
                err=err)  # the real stdout: captured, not a terminal
    assert code == 2
    assert err.getvalue().splitlines() == [
        "caseapp: The secret and recovery codes are shown on a terminal only, so that no "
        "redirect saves them in a file; run the command in a terminal. Nothing was changed."]
    assert "otpauth://" not in capsys.readouterr().out
    code, out, _ = run("team", "status-2fa", "--db", team.owner_url)
    assert code == 0
    assert re.search(rf"^{login}\s+none\s+no\s*$", out, re.MULTILINE), out
