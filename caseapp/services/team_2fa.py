"""Two-factor sign-in for team logins, and revoking a login at once (a seized device).

The server enforces both (:mod:`caseapp.db.team_2fa`): these calls enrol a login (a TOTP
secret for an authenticator app, and one-time recovery codes, stored hashed), require its
second factor, sign in with a code when a case file is opened, and revoke a login.
"""

from __future__ import annotations

import base64
from collections.abc import Callable
from dataclasses import dataclass

import pyotp
from sqlalchemy import insert, text
from sqlalchemy.engine import Connection

from caseapp.db import team, team_2fa, team_policies
from caseapp.db.engine import Database
from caseapp.db.models import FileEvent
from caseapp.db.postgres import is_server, login
from caseapp.db.team_policies import CLEARANCES, group_role
from caseapp.domain.errors import CaseFileError, NoTeamYet, ValidationError
from caseapp.domain.messages import Message, msg
from caseapp.services.base import ServiceContext

CODE_ENV = "CASEAPP_TOTP_CODE"

_code_source: Callable[[str], str | None] | None = None


def set_code_source(source: Callable[[str], str | None] | None) -> None:
    """How a front end asks for the second factor: ``source(login)`` returns the code typed
    (an authenticator's 6 digits or a recovery code), or None when the user gave none."""
    global _code_source
    _code_source = source


def sign_in_if_required(db: Database) -> None:
    """On a team server whose administrator requires this login's second factor, ask for a
    code and sign in; the case file is closed and CaseFileError raised if none is accepted."""
    if not is_server(db.engine):
        return
    with db.engine.connect() as conn:
        needed = team_2fa.required_here(conn)
        who = login(conn)
    if not needed:
        return
    code = _code_source(who) if _code_source is not None else None
    if not code or not code.strip():
        db.close()
        raise CaseFileError(msg("{who} must sign in with a second factor on this server: give the 6-digit code of "
                                "the authenticator app, or a recovery code ({variable}, or at the prompt). Nothing "
                                "was read.", who=who, variable=CODE_ENV), bad_input=True)
    if not team_2fa.sign_in(db.engine, code.strip()):
        db.close()
        raise CaseFileError(msg("The two-factor code was not accepted: it is wrong or was used "
                            "already (a new one comes every 30 seconds), or too many wrong codes "
                            "were tried and the administrator must enrol you again. Nothing was "
                            "read."), bad_input=True)


@dataclass(frozen=True)
class Enrolment:
    """What to hand to the person enrolled, once: the authenticator app's URI (shown as a
    QR code) and their recovery codes. CaseApp keeps neither readable."""

    login: str
    uri: str
    secret: str  # base32, for typing into an app that cannot scan
    recovery_codes: tuple[str, ...]
    required: bool


@dataclass(frozen=True)
class Revocation:
    login: str
    ended_sessions: int
    sessions_left: int  # sessions the owner may not end (it then needs pg_signal_backend)


class TwoFactorService:
    def __init__(self, ctx: ServiceContext):
        self.ctx = ctx

    def _member(self, conn: Connection, name: str, what: Message, *, any_login: bool = False) -> str:
        if not is_server(conn):
            raise CaseFileError(msg("{what} needs a case file on a team server (a PostgreSQL URL): a local case file "
                                    "has no logins.", what=what), bad_input=True)
        if not team.may_administer(conn):
            raise CaseFileError(msg("{what} is for the database's owner: {login} does not own it. Nothing was "
                                    "changed.", what=what, login=login(conn)), bad_input=True)
        if not team.is_team_database(conn):
            raise NoTeamYet(msg("This database has no team yet: its owner sets the team up first. "
                                "Nothing was changed."),
                                bad_input=True)
        if conn.execute(text(f"SELECT to_regclass('{team_2fa.SCHEMA}.second_factors')")
                        ).scalar() is None:  # set up by an older CaseApp: brought up to date
            team_policies.apply(conn, team.database_name(conn))
        if any_login:
            return ""
        name = team.check_login_name(name)
        if name not in {m.login for m in team.members(conn)}:
            raise ValidationError(msg("{name} is not in this case file's team.", name=name), field="name")
        return name

    def _event(self, conn: Connection, kind: str, detail: str) -> None:
        conn.execute(insert(FileEvent).values(actor=login(conn), kind=kind, detail=detail))

    def enrol(self, name: str, *, require: bool = False) -> Enrolment:
        """A new TOTP secret and recovery codes for ``name`` (replacing any earlier ones)."""
        secret = pyotp.random_base32(32)  # 160 bits, RFC 4226's recommended length
        with self.ctx.db.engine.begin() as conn:
            name = self._member(conn, name, msg("Enrolling a second factor"))
            done = team_2fa.enrol(conn, name, secret=base64.b32decode(secret), require=require)
            database = team.database_name(conn)
            self._event(conn, "team second factor enrolled",
                        f"{name}{' (required)' if done.required else ''}")
        uri = pyotp.TOTP(secret).provisioning_uri(name=name, issuer_name=f"CaseApp {database}")
        return Enrolment(name, uri, secret, done.recovery_codes, done.required)

    def require(self, name: str, required: bool = True) -> bool:
        """Require (or not) ``name``'s second factor; returns whether it is enrolled."""
        with self.ctx.db.engine.begin() as conn:
            name = self._member(conn, name, msg("Requiring a second factor"))
            enrolled = team_2fa.set_required(conn, name, required)
            self._event(conn, "team second factor " + ("required" if required else "optional"),
                        name)
        return enrolled

    def states(self) -> dict[str, tuple[bool, bool]]:
        """Each team login's (enrolled, required), in login order."""
        with self.ctx.db.engine.connect() as conn:
            self._member(conn, "", msg("Listing second factors"), any_login=True)
            known = team_2fa.states(conn)
            return {m.login: known.get(m.login, (False, False)) for m in team.members(conn)}

    def revoke(self, name: str) -> Revocation:
        """End ``name``'s access at once: the login may not connect any more (NOLOGIN), it
        leaves every clearance group of this database, its sign-in tokens are forgotten
        and its open sessions are ended. The login itself is kept, for the audit log."""
        with self.ctx.db.engine.begin() as conn:
            name = self._member(conn, name, msg("Revoking a login"))
            database = team.database_name(conn)
            q = str(conn.dialect.identifier_preparer.quote_identifier(name))
            conn.exec_driver_sql(f"ALTER ROLE {q} NOLOGIN")
            for clearance in CLEARANCES:
                group = conn.dialect.identifier_preparer.quote_identifier(
                    group_role(database, clearance))
                conn.exec_driver_sql(f"REVOKE {group} FROM {q}")
            if conn.execute(text(f"SELECT to_regclass('{team_2fa.SCHEMA}.sign_in_tokens')")
                            ).scalar() is not None:
                team_2fa.forget_sign_ins(conn, name)
            self._event(conn, "team user revoked", f"{name}: no login, no clearance, "
                        "sessions ended")
        ended = left = 0
        with self.ctx.db.engine.connect() as conn:
            pids = [r[0] for r in conn.execute(text(
                "SELECT pid FROM pg_stat_activity WHERE usename = :n AND pid <> pg_backend_pid()"),
                {"n": name})]
            for pid in pids:
                try:
                    with conn.begin_nested():
                        ok = conn.execute(text("SELECT pg_terminate_backend(:p)"), {"p": pid}).scalar()
                except Exception:  # noqa: BLE001 - not permitted: counted and reported
                    ok = False
                ended, left = (ended + 1, left) if ok else (ended, left + 1)
            conn.commit()
        return Revocation(name, ended, left)
