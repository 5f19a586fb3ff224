"""Two-factor sign-in on a team server, enforced by PostgreSQL itself.

A login whose second factor the administrator requires reads no levelled row, in the app
or with psql, until its database session has proved a second factor:

- ``caseapp_team.second_factors`` (one row per enrolled login: the TOTP secret, whether it
  is required, the last time step used), ``caseapp_team.recovery_codes`` (SHA-256 of each
  one-time code) and ``caseapp_team.sign_in_tokens`` belong to the database's owner; no
  team login has any privilege on them.
- ``caseapp_team.sign_in(code)`` (SECURITY DEFINER) checks a 6-digit TOTP code (RFC 6238,
  HMAC-SHA1 by pgcrypto, 30-second steps, one step of drift, each step once) or an unused
  recovery code for ``session_user``. On success it marks *this database session*
  verified, in a temporary table it creates (temporary tables live as long as the session,
  and team logins may not create any, so no one else can write it), and returns a sign-in
  token valid for 12 hours, with which ``caseapp_team.resume(token)`` marks the app's
  further connections verified without a new code.
- ``caseapp_team.second_factor_ok()`` is true for a login whose second factor is not
  required, or for a verified session. A restrictive policy on every table with row-level
  security, and the masked view of captives, require it. So a session that did not sign in
  sees no row and can write none.
- Wrong codes: attempts of one login are serialised and each wrong one waits a second; the
  count is kept in a sequence of that login (a sequence does not roll back), and after
  :data:`MAX_FAILURES` wrong codes in a row the login is locked until the administrator
  enrols it again.

The database's owner and superusers are not subject to row-level security at all.
"""

from __future__ import annotations

import hashlib
import secrets
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import event, text
from sqlalchemy.engine import Connection, Engine

from caseapp.domain.errors import CaseFileError
from caseapp.domain.messages import msg

SCHEMA = "caseapp_team"
MAX_FAILURES = 10
TOKEN_HOURS = 12
RECOVERY_CODES = 10
_TEMP = "pg_temp.caseapp_second_factor"
_CODE_ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789"  # no 0/o, 1/l/i to mistake


def _pgcrypto_schema(conn: Connection) -> str:
    """Where pgcrypto (HMAC-SHA1, random bytes) is; created in the team schema if absent."""
    found = conn.execute(text(
        "SELECT n.nspname FROM pg_extension e JOIN pg_namespace n ON n.oid = e.extnamespace "
        "WHERE e.extname = 'pgcrypto'")).scalar()
    if found is None:
        conn.exec_driver_sql(f"CREATE SCHEMA IF NOT EXISTS {SCHEMA}")
        conn.exec_driver_sql(f"CREATE EXTENSION pgcrypto SCHEMA {SCHEMA}")
        return SCHEMA
    return str(found)


def setup_statements(conn: Connection) -> list[str]:
    """The tables and functions of two-factor sign-in (idempotent; run by the owner in
    ``team_policies.apply`` before the policies that use them)."""
    x = _pgcrypto_schema(conn)
    s = SCHEMA
    definer = "SECURITY DEFINER SET search_path = pg_catalog, pg_temp"
    return [
        f"CREATE TABLE IF NOT EXISTS {s}.second_factors (login text PRIMARY KEY, "
        "secret bytea, required boolean NOT NULL DEFAULT false, last_step bigint NOT NULL "
        "DEFAULT 0, failure_base bigint NOT NULL DEFAULT 0, enrolled_at timestamptz)",
        f"CREATE TABLE IF NOT EXISTS {s}.recovery_codes (login text NOT NULL, code_hash bytea "
        "NOT NULL, used_at timestamptz, PRIMARY KEY (login, code_hash))",
        f"CREATE TABLE IF NOT EXISTS {s}.sign_in_tokens (token_hash bytea PRIMARY KEY, "
        "login text NOT NULL, expires_at timestamptz NOT NULL)",
        f"REVOKE ALL ON {s}.second_factors, {s}.recovery_codes, {s}.sign_in_tokens FROM PUBLIC",
        # RFC 6238's code of one 30-second step (RFC 4226's dynamic truncation).
        f"CREATE OR REPLACE FUNCTION {s}.totp_at(secret bytea, step bigint) RETURNS text "
        f"LANGUAGE sql IMMUTABLE SET search_path = pg_catalog AS $$ "
        f"WITH h AS (SELECT {x}.hmac(int8send(step), secret, 'sha1') AS mac), "
        "o AS (SELECT mac, get_byte(mac, 19) & 15 AS i FROM h) "
        "SELECT lpad(((((get_byte(mac, i) & 127)::bigint << 24) | (get_byte(mac, i + 1) << 16) "
        "| (get_byte(mac, i + 2) << 8) | get_byte(mac, i + 3)) % 1000000)::text, 6, '0') "
        "FROM o $$",
        f"REVOKE ALL ON FUNCTION {s}.totp_at(bytea, bigint) FROM PUBLIC",
        f"CREATE OR REPLACE FUNCTION {s}.mark_verified() RETURNS void LANGUAGE plpgsql "
        f"{definer} AS $$ BEGIN "
        f"CREATE TEMP TABLE IF NOT EXISTS caseapp_second_factor (login text) "
        "ON COMMIT PRESERVE ROWS; "
        f"DELETE FROM {_TEMP}; INSERT INTO {_TEMP} VALUES (session_user); END $$",
        f"REVOKE ALL ON FUNCTION {s}.mark_verified() FROM PUBLIC",
        f"CREATE OR REPLACE FUNCTION {s}.second_factor_ok() RETURNS boolean LANGUAGE plpgsql "
        f"STABLE {definer} AS $$ DECLARE ok boolean; BEGIN "
        f"IF NOT EXISTS (SELECT 1 FROM {s}.second_factors WHERE login = session_user "
        "AND required) THEN RETURN true; END IF; "
        f"IF NOT EXISTS (SELECT 1 FROM pg_class c WHERE c.oid = to_regclass('{_TEMP}') "
        "AND c.relowner = (SELECT oid FROM pg_roles WHERE rolname = current_user)) "
        "THEN RETURN false; END IF; "
        f"EXECUTE 'SELECT EXISTS (SELECT 1 FROM {_TEMP} WHERE login = session_user)' INTO ok; "
        "RETURN ok; END $$",
        f"CREATE OR REPLACE FUNCTION {s}.second_factor_required() RETURNS boolean "
        f"LANGUAGE sql STABLE {definer} AS $$ SELECT EXISTS (SELECT 1 FROM {s}.second_factors "
        "WHERE login = session_user AND required) $$",
        f"CREATE OR REPLACE FUNCTION {s}.sign_in(code text) RETURNS text LANGUAGE plpgsql "
        f"{definer} AS $$ DECLARE "
        "me text := session_user; "
        f"f {s}.second_factors%ROWTYPE; "
        "now_step bigint := floor(extract(epoch FROM clock_timestamp()) / 30); "
        "c text := regexp_replace(lower(coalesce(code, '')), '[^0-9a-z]', '', 'g'); "
        "seq regclass; failures bigint; ok boolean := false; token text; step bigint; "
        "BEGIN "
        "PERFORM pg_advisory_xact_lock(hashtext('caseapp second factor ' || me)); "
        f"SELECT * INTO f FROM {s}.second_factors WHERE login = me FOR UPDATE; "
        "IF NOT FOUND OR f.secret IS NULL THEN RETURN NULL; END IF; "
        f"seq := to_regclass('{s}.failures_' || (SELECT oid FROM pg_roles WHERE rolname = me)); "
        "IF seq IS NULL THEN RETURN NULL; END IF; "
        "EXECUTE format('SELECT CASE WHEN is_called THEN last_value ELSE 0 END FROM %s', seq) "
        "INTO failures; "
        f"IF failures - f.failure_base >= {MAX_FAILURES} THEN RETURN NULL; END IF; "
        "IF c ~ '^[0-9]{6}$' THEN "
        "FOR step IN now_step - 1 .. now_step + 1 LOOP "
        f"IF step > f.last_step AND {s}.totp_at(f.secret, step) = c THEN "
        f"UPDATE {s}.second_factors SET last_step = step WHERE login = me; ok := true; EXIT; "
        "END IF; END LOOP; "
        "ELSIF c <> '' THEN "
        f"UPDATE {s}.recovery_codes SET used_at = clock_timestamp() WHERE login = me "
        "AND used_at IS NULL AND code_hash = sha256(convert_to(me || ':' || c, 'UTF8')); "
        "ok := FOUND; END IF; "
        "IF NOT ok THEN PERFORM nextval(seq); "
        "RAISE LOG 'caseapp: wrong second factor for %', me; "
        "PERFORM pg_sleep(1); RETURN NULL; END IF; "
        f"UPDATE {s}.second_factors SET failure_base = failures WHERE login = me; "
        f"PERFORM {s}.mark_verified(); "
        f"DELETE FROM {s}.sign_in_tokens WHERE expires_at < clock_timestamp(); "
        f"token := encode({x}.gen_random_bytes(32), 'hex'); "
        f"INSERT INTO {s}.sign_in_tokens VALUES (sha256(convert_to(token, 'UTF8')), me, "
        f"clock_timestamp() + interval '{TOKEN_HOURS} hours'); "
        "RETURN token; END $$",
        f"CREATE OR REPLACE FUNCTION {s}.resume(token text) RETURNS boolean LANGUAGE plpgsql "
        f"{definer} AS $$ BEGIN "
        f"IF EXISTS (SELECT 1 FROM {s}.sign_in_tokens WHERE token_hash = "
        "sha256(convert_to(coalesce(token, ''), 'UTF8')) AND login = session_user "
        "AND expires_at > clock_timestamp()) THEN "
        f"PERFORM {s}.mark_verified(); RETURN true; END IF; RETURN false; END $$",
    ]


def policy_statements(table: str) -> list[str]:
    """The restrictive policy that hides every row of ``table`` from a session that has not
    proved a required second factor (evaluated once per statement: an InitPlan)."""
    return [f"DROP POLICY IF EXISTS team_second_factor ON {table}",
            f"CREATE POLICY team_second_factor ON {table} AS RESTRICTIVE "
            f"USING ((SELECT {SCHEMA}.second_factor_ok()))"]


VIEW_CONDITION = f"(SELECT {SCHEMA}.second_factor_ok())"


# ---- what the owner does --------------------------------------------------------------------

@dataclass(frozen=True)
class Enrolment:
    login: str
    secret: bytes
    recovery_codes: tuple[str, ...]
    required: bool


def _code_hash(login: str, code: str) -> bytes:
    return hashlib.sha256(f"{login}:{code}".encode()).digest()


def new_recovery_code() -> str:
    raw = "".join(secrets.choice(_CODE_ALPHABET) for _ in range(10))  # about 50 bits
    return f"{raw[:5]}-{raw[5:]}"


def enrol(conn: Connection, login: str, *, secret: bytes, require: bool) -> Enrolment:
    """Give ``login`` a new TOTP secret and new recovery codes (the old ones stop working,
    and a lock after wrong codes is lifted). The owner's connection."""
    role_oid = conn.execute(text("SELECT oid FROM pg_roles WHERE rolname = :n"),
                            {"n": login}).scalar_one()
    conn.exec_driver_sql(f"CREATE SEQUENCE IF NOT EXISTS {SCHEMA}.failures_{int(role_oid)}")
    failures = conn.execute(text(
        f"SELECT CASE WHEN is_called THEN last_value ELSE 0 END FROM {SCHEMA}.failures_"
        f"{int(role_oid)}")).scalar_one()
    conn.execute(text(
        f"INSERT INTO {SCHEMA}.second_factors AS f (login, secret, required, last_step, "
        "failure_base, enrolled_at) VALUES (:n, :s, :r, 0, :b, now()) ON CONFLICT (login) DO "
        "UPDATE SET secret = :s, required = f.required OR :r, last_step = 0, failure_base = :b, "
        "enrolled_at = now()"), {"n": login, "s": secret, "r": require, "b": failures})
    conn.execute(text(f"DELETE FROM {SCHEMA}.recovery_codes WHERE login = :n"), {"n": login})
    conn.execute(text(f"DELETE FROM {SCHEMA}.sign_in_tokens WHERE login = :n"), {"n": login})
    codes = tuple(new_recovery_code() for _ in range(RECOVERY_CODES))
    for code in codes:
        conn.execute(text(f"INSERT INTO {SCHEMA}.recovery_codes (login, code_hash) "
                          "VALUES (:n, :h)"),
                     {"n": login, "h": _code_hash(login, code.replace("-", ""))})
    required = bool(conn.execute(text(
        f"SELECT required FROM {SCHEMA}.second_factors WHERE login = :n"), {"n": login}).scalar())
    return Enrolment(login, secret, codes, required)


def set_required(conn: Connection, login: str, required: bool) -> bool:
    """Require (or stop requiring) ``login``'s second factor; returns whether it is enrolled
    (a required login that is not reads nothing until it is)."""
    conn.execute(text(
        f"INSERT INTO {SCHEMA}.second_factors AS f (login, required) VALUES (:n, :r) "
        "ON CONFLICT (login) DO UPDATE SET required = :r"), {"n": login, "r": required})
    return bool(conn.execute(text(
        f"SELECT secret IS NOT NULL FROM {SCHEMA}.second_factors WHERE login = :n"),
        {"n": login}).scalar())


def forget_sign_ins(conn: Connection, login: str) -> None:
    """No sign-in token of ``login`` resumes a session any more."""
    conn.execute(text(f"DELETE FROM {SCHEMA}.sign_in_tokens WHERE login = :n"), {"n": login})


def states(conn: Connection) -> dict[str, tuple[bool, bool]]:
    """Each login's (enrolled, required)."""
    if conn.execute(text(f"SELECT to_regclass('{SCHEMA}.second_factors')")).scalar() is None:
        return {}
    rows = conn.execute(text(
        f"SELECT login, secret IS NOT NULL, required FROM {SCHEMA}.second_factors"))
    return {r[0]: (bool(r[1]), bool(r[2])) for r in rows}


# ---- what a login does when it connects -------------------------------------------------------

def required_here(conn: Connection) -> bool:
    """Whether this login must sign in with a second factor on this database."""
    if conn.dialect.name != "postgresql":
        return False
    exists = conn.execute(text(
        f"SELECT to_regprocedure('{SCHEMA}.second_factor_required()')")).scalar()
    return exists is not None and bool(
        conn.execute(text(f"SELECT {SCHEMA}.second_factor_required()")).scalar())


def sign_in(engine: Engine, code: str) -> bool:
    """Prove the second factor with ``code`` (TOTP or a recovery code); from then on every
    connection of ``engine`` is verified with the sign-in token, kept in memory only."""
    with engine.connect() as conn:
        token = conn.execute(text(f"SELECT {SCHEMA}.sign_in(:c)"), {"c": code}).scalar()
        conn.commit()
    if not token:
        return False
    token_text = str(token)

    def resume(dbapi_conn: Any, _record: Any) -> None:
        cur = dbapi_conn.cursor()
        try:
            cur.execute(f"SELECT {SCHEMA}.resume(%s)", (token_text,))
            resumed = cur.fetchone()[0]
        finally:
            cur.close()
        dbapi_conn.commit()
        if not resumed:  # ran out, or forgotten (re-enrolled): the connection would read nothing
            raise SignInEnded(
                msg("The two-factor sign-in of this case file has ended (it lasts {hours} hours, "
                    "or the administrator enrolled the login again): close the case file and "
                    "open it again with a new code. Nothing was read or saved.",
                    hours=TOKEN_HOURS), bad_input=True)

    event.listen(engine, "connect", resume)
    # Connections opened before (the pool's) are verified again when next checked out.
    engine.pool.dispose()
    return True


class SignInEnded(CaseFileError):
    """A new connection of a window signed in with a second factor could not resume the
    sign-in: its token expired or was forgotten. Without it the server would show the
    connection no row at all, and the window an empty case file."""


CodeSource = Callable[[str], "str | None"]
