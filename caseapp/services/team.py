"""Team mode: the people who work on a case file kept on a PostgreSQL server, and what each
may read (their clearance), enforced by the server (:mod:`caseapp.db.team_policies`).

Each public function is one transaction on the server, run by whoever the case file was
opened as; the team commands need the database's owner.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import insert, inspect
from sqlalchemy.engine import Connection

from caseapp.db import migrate, team, team_policies
from caseapp.db.engine import Database
from caseapp.db.models import FileEvent
from caseapp.db.postgres import is_server, login
from caseapp.domain.enums import Sensitivity
from caseapp.domain.errors import CaseFileError, NoTeamYet, OwnerMakesCaseFile, ValidationError
from caseapp.domain.messages import Message, msg
from caseapp.domain.team_login import TeamLogin  # plain data, shown by the window
from caseapp.services.base import ServiceContext
from caseapp.services.labels import level_label

__all__ = ["AddedMember", "NoCaseFileYet", "TeamLogin", "TeamMember", "TeamService", "clearance_of"]


@dataclass(frozen=True)
class TeamMember:
    login: str
    clearance: Sensitivity
    can_login: bool


@dataclass(frozen=True)
class AddedMember(TeamMember):
    """A member just added, and what became of its login: ``new`` (made now), ``existing``
    (as it was), ``let in again`` (revoked before, let in again with the new password)."""

    how: str = "new"


def parse_clearance(value: str) -> Sensitivity:
    try:
        level = Sensitivity(value.strip().lower())
    except ValueError:
        raise ValidationError(msg("“{value}” is not a clearance: choose internal, shareable or public.",
                                  value=value), field="clearance") from None
    return level


def server_revision(url: str) -> str | None:
    """The schema revision of the case file at a team server's URL (None: no case file
    there yet), read without changing anything."""
    from caseapp.db.engine import open_url

    db = open_url(url)
    try:
        return migrate.current_revision(db)
    finally:
        db.close()


def clearance_of(db: Database) -> TeamLogin:
    """The login and clearance of an open case file (cheap: one query on a server)."""
    if not is_server(db.engine):
        return TeamLogin("", None)
    with db.engine.connect() as conn:
        return TeamLogin(login(conn), team.own_clearance(conn), db.label)


class NoCaseFileYet(CaseFileError):
    """The database holds no case file, and making one there was not asked for (a typo in
    the URL must not make a case file in some other database): ``caseapp init --db URL``
    or the window's question asks."""


def upgrade_server(db: Database, *, progress: migrate.Progress | None = None,
                   create: bool = False) -> Path | None:
    """Bring a case file on a server to the app's schema; on a team database only its owner
    may, and the policies are brought up to date with it (a new table is internal until
    they know it). A database with no case file gets one only with ``create``."""
    with db.engine.connect() as conn:
        team_schema, policies_stale = team_policies.schema_state(conn)
    current = migrate.current_revision(db)
    if current == migrate.head_revision() and not policies_stale:
        return None
    with db.engine.connect() as conn:
        is_team = team.is_team_database(conn) or team_schema
        admin = team.may_administer(conn)
        who = login(conn)
        empty = current is None and not inspect(conn).get_table_names()
    if empty and not admin:  # (else the server's refusal to create a table: "your clearance")
        raise OwnerMakesCaseFile(msg("{file} holds no case file yet: only the database's owner "
                                     "can make one, not {who}. Nothing was changed.",
                                     file=db.label, who=who), bad_input=True)
    if current is None and not create:
        raise NoCaseFileYet(msg("{file} holds no case file: check the address. Nothing was "
                                "changed.", file=db.label), bad_input=True)
    if is_team and not admin:
        raise CaseFileError(msg("The case file on the server must first be upgraded to this version of CaseApp by "
                                "the database's owner; {who} may not. Nothing was changed.", who=who), bad_input=True)
    migrate.upgrade(db, progress=progress)
    if is_team:
        with db.engine.begin() as conn:
            team_policies.apply(conn, team.database_name(conn))
    return None  # a server keeps its own backups: no copy of the database is made here


def _refuse_group(conn: Connection, name: str) -> None:
    if team.is_group(conn, name):
        raise ValidationError(msg("{name} is a group of logins on the server (a clearance, or a "
                                  "role others belong to), not a person's login: it cannot get "
                                  "a clearance. Nothing was changed.", name=name), field="name")


class TeamService:
    def __init__(self, ctx: ServiceContext):
        self.ctx = ctx

    def _admin(self, conn: Connection, what: Message) -> None:
        if not is_server(conn):
            raise CaseFileError(msg("{what} needs a case file on a team server (a PostgreSQL URL): a local case file "
                                    "has no logins.", what=what), bad_input=True)
        if not team.may_administer(conn):
            raise CaseFileError(msg("{what} is for the database's owner: {login} does not own it. Nothing was "
                                    "changed.", what=what, login=login(conn)), bad_input=True)
        if not team.may_create_roles(conn):
            raise CaseFileError(msg("{what} needs a login that may create roles (CREATEROLE): {login} may not. "
                                    "Nothing was changed.", what=what, login=login(conn)), bad_input=True)

    def _event(self, conn: Connection, kind: str, detail: str) -> None:
        conn.execute(insert(FileEvent).values(actor=login(conn), kind=kind, detail=detail))

    def init(self) -> dict[Sensitivity, str]:
        """Create the roles, privileges and row-level policies (again: brings them up to date
        after an upgrade). Returns each clearance's group role."""
        with self.ctx.db.engine.begin() as conn:
            self._admin(conn, msg("Setting up the team"))
            groups = team_policies.apply(conn, team.database_name(conn))
            for member in team.members(conn):  # (lost with a database dropped and restored)
                team.set_search_path(conn, member.login, member.clearance)
            self._event(conn, "team set up", ", ".join(groups.values()))
            return groups

    def _require_team(self, conn: Connection, what: Message) -> None:
        self._admin(conn, what)
        if not team.is_team_database(conn):
            raise NoTeamYet(msg("This database has no team yet: its owner sets the team up first. "
                                "Nothing was changed."),
                                bad_input=True)

    def add_user(self, name: str, *, clearance: Sensitivity | str,
                 password: str | None) -> AddedMember:
        """Give ``name`` a login (with ``password``, if the server has no role of that name)
        in ``clearance``'s group. A login already in the team keeps one clearance: remove it
        first to change it."""
        level = clearance if isinstance(clearance, Sensitivity) else parse_clearance(clearance)
        name = team.check_login_name(name)
        with self.ctx.db.engine.begin() as conn:
            self._require_team(conn, msg("Adding a user"))
            current = {m.login: m for m in team.members(conn)}
            if name in current:
                raise ValidationError(
                    msg("{name} is already in the team with clearance {level}: remove them first to change it.",
                        name=name, level=level_label(current[name].clearance)),
                    field="name")
            if team.role_exists(conn, name) and team.may_administer_role(conn, name):
                raise ValidationError(msg("{name} owns this database or is a superuser: that login sees everything "
                                          "and cannot get a clearance.", name=name),
                                      field="name")
            _refuse_group(conn, name)
            revoked = team.role_exists(conn, name) and not team.may_log_in(conn, name)
            if not password and revoked:
                raise ValidationError(msg("{name} may not log in to the server (it was revoked): "
                                          "give it a new password to let it in again. Nothing "
                                          "was changed.", name=name), field="password")
            created = team.add_member(conn, name, level, password)
            self._event(conn, "team user added", f"{name}: {level.value}")
            how = "new" if created else "let in again" if revoked else "existing"
            return AddedMember(name, level, True, how)

    def login_exists(self, name: str) -> bool:
        """The server already has a login ``name`` that may log in (adding it then needs no
        password; a revoked one needs a new password to be let in again). Raises as
        :meth:`add_user` would when the login may not manage the team, so that nobody is
        asked for a password in vain."""
        with self.ctx.db.engine.connect() as conn:
            self._require_team(conn, msg("Adding a user"))
            name = team.check_login_name(name)
            _refuse_group(conn, name)
            return team.may_log_in(conn, name)

    def list_users(self) -> list[TeamMember]:
        with self.ctx.db.engine.begin() as conn:
            self._require_team(conn, msg("Listing the team"))
            return [TeamMember(m.login, m.clearance, m.can_login) for m in team.members(conn)]

    def remove_user(self, name: str) -> bool:
        """Take ``name`` out of the team; returns True if its login was dropped too (it was
        in no other team)."""
        with self.ctx.db.engine.begin() as conn:
            self._require_team(conn, msg("Removing a user"))
            name = team.check_login_name(name)
            if name not in {m.login for m in team.members(conn)}:
                raise ValidationError(msg("{name} is not in this case file's team.", name=name), field="name")
            dropped = team.remove_member(conn, name)
            self._event(conn, "team user removed", name)
            return dropped
