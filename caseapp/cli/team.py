"""The ``team`` commands: a case file on a PostgreSQL server shared by a team, each login
with a clearance the server enforces (row-level security).

    caseapp team init --db postgresql+psycopg://owner@host/casefile
    CASEAPP_NEW_PASSWORD=… caseapp team add-user anna --clearance shareable --db URL
    caseapp team list --db URL
    caseapp team remove-user anna --db URL
    caseapp team push local.caseapp --db URL
"""

from __future__ import annotations

import argparse
import getpass
from pathlib import Path
from typing import Any, TextIO

from caseapp.cli import team_2fa
from caseapp.cli.common import (
    UserError,
    format_option,
    on_terminal,
    opened_case,
    passphrase_for,
    print_json,
    print_table,
)
from caseapp.cli.environment import text_variable
from caseapp.config import current_actor, resolve_location
from caseapp.domain.location import Location
from caseapp.domain.messages import msg
from caseapp.domain.table_counts import counts_of
from caseapp.services.casefile import open_case_file
from caseapp.services.labels import level_label

PASSWORD_ENV = "CASEAPP_NEW_PASSWORD"


def _new_password(name: str) -> str:
    value = text_variable(PASSWORD_ENV)
    if value:
        return value
    if not on_terminal():
        raise UserError(msg("A password is needed for the new login {login}: set {variable} or "
                            "run in a terminal to be asked. Nothing was changed.", login=name,
                            variable=PASSWORD_ENV))
    first = getpass.getpass(str(msg("Password for {login}: ", login=name)))
    if getpass.getpass(str(msg("Repeat the password: "))) != first:
        raise UserError(msg("The two passwords differ; nothing was changed."))
    if not first:
        raise UserError(msg("An empty password cannot protect a login; nothing was changed."))
    return first


def cmd_init(args: argparse.Namespace, out: TextIO) -> int:
    with opened_case(args) as cf:
        groups = cf.team.init()
    roles = ", ".join(str(msg("{clearance} (role {role})", clearance=level_label(c), role=g))
                      for c, g in groups.items())
    out.write(str(msg("Team mode is set up on {file}: clearances {roles}. Add people with "
                      "“caseapp team add-user NAME --clearance LEVEL”.", file=cf.label,
                      roles=roles)) + "\n")
    return 0


def cmd_add(args: argparse.Namespace, out: TextIO) -> int:
    from caseapp.services.team import parse_clearance  # SQLAlchemy: not for --help

    clearance = parse_clearance(args.clearance)
    with opened_case(args) as cf:
        exists = cf.team.login_exists(args.name)
        password = None if exists else _new_password(args.name)
        member = cf.team.add_user(args.name, clearance=clearance, password=password)
    said = {
        "existing": msg("{login} (existing login) can now open the case file with clearance "
                        "{clearance}.", login=member.login, clearance=level_label(member.clearance)),
        "let in again": msg("{login} (a revoked login, let in again with the new password) can "
                            "now open the case file with clearance {clearance}.",
                            login=member.login, clearance=level_label(member.clearance)),
    }.get(member.how, msg("{login} (new login) can now open the case file with clearance "
                          "{clearance}.", login=member.login, clearance=level_label(member.clearance)))
    out.write(str(said) + "\n")
    return 0


def cmd_list(args: argparse.Namespace, out: TextIO) -> int:
    with opened_case(args) as cf:
        members = cf.team.list_users()
    if args.format == "json":
        print_json(members, out)
        return 0
    print_table([msg("Login"), msg("Clearance"), msg("May log in")],
                [[m.login, level_label(m.clearance), msg("yes") if m.can_login else msg("no")]
                 for m in members],
                out)
    return 0


def cmd_remove(args: argparse.Namespace, out: TextIO) -> int:
    with opened_case(args) as cf:
        dropped = cf.team.remove_user(args.name)
    out.write(str(msg("{login} is no longer in the team; the login was removed from the server.",
                      login=args.name) if dropped else
                  msg("{login} is no longer in the team; the login stays on the server (it is in "
                      "another team, or owns or holds something outside this case file), but "
                      "cannot connect to this case file.", login=args.name)) + "\n")
    return 0


def cmd_whoami(args: argparse.Namespace, out: TextIO) -> int:
    from caseapp.services.team import clearance_of

    with opened_case(args) as cf:
        who = clearance_of(cf.db)
    clearance = level_label(who.clearance) if who.clearance else msg("everything (owner or local file)")
    out.write(str(msg("{login}: {clearance}", login=who.login or msg("local file"),
                      clearance=clearance)) + "\n")
    return 0


def cmd_push(args: argparse.Namespace, out: TextIO) -> int:
    source = Location(path=Path(args.file).expanduser())
    if not source.path.exists():  # type: ignore[union-attr]
        raise UserError(msg("{file}: no such case file; nothing was changed.", file=args.file))
    if resolve_location(args.db).url is None:
        raise UserError(msg("team push needs the team server's URL in --db "
                            "(postgresql+psycopg://OWNER@HOST/DATABASE); nothing was changed."))
    local = open_case_file(source, passphrase=passphrase_for(source, new=False, ask=False),
                           actor=current_actor())
    try:
        from caseapp.services.team_push import push

        with opened_case(args, create=True) as server:  # the empty database push fills
            counts = push(local.db, server.db, source_name=str(source.path))
    finally:
        local.close()
    pushed = counts_of((kind, counts.get(kind, 0))
                       for kind in ("captives", "documents", "deadlines", "audit_entries"))
    out.write(str(msg("Pushed {file} into {server}: {counts}, with their IDs, uids and audit "
                      "chain. Set up the team with “caseapp team init”, then check it with "
                      "“caseapp check”.", file=source.path, server=server.label,
                      counts=pushed)) + "\n")
    return 0


def add_parsers(sub: Any, common: argparse.ArgumentParser) -> None:
    p = sub.add_parser("team", parents=[common],
                       help=str(msg("people and clearances of a case file on a team server")),
                       description=str(msg("A case file on a PostgreSQL server (--db URL) shared by a "
                                           "team: each login reads only what its clearance allows, "
                                           "enforced by the server.")))
    actions = p.add_subparsers(title=str(msg("actions")), metavar=str(msg("ACTION")), required=True)
    a = actions.add_parser("init", parents=[common],
                           help=str(msg("create the schema, roles and policies (the database's owner)")))
    a.set_defaults(func=cmd_init)
    a = actions.add_parser("add-user", parents=[common],
                           help=str(msg("give a login a clearance (password from {variable} or asked)",
                                         variable=PASSWORD_ENV)))
    a.add_argument("name", metavar=str(msg("NAME")))
    a.add_argument("--clearance", required=True, choices=["internal", "shareable", "public"],
                   help=str(msg("the highest level the user may read")))
    a.set_defaults(func=cmd_add)
    a = actions.add_parser("list", parents=[common], help=str(msg("the team's logins and clearances")))
    format_option(a, "table", "json")
    a.set_defaults(func=cmd_list)
    a = actions.add_parser("remove-user", parents=[common], help=str(msg("take a login out of the team")))
    a.add_argument("name", metavar=str(msg("NAME")))
    a.set_defaults(func=cmd_remove)
    a = actions.add_parser("whoami", parents=[common], help=str(msg("your login and clearance")))
    a.set_defaults(func=cmd_whoami)
    team_2fa.add_actions(actions, common)  # enrol-2fa, require-2fa, revoke
    a = actions.add_parser("push", parents=[common],
                           help=str(msg("copy a local case file, whole, into an empty one on the server")))
    a.add_argument("file", metavar=str(msg("FILE")), help=str(msg("the local case file")))
    a.set_defaults(func=cmd_push)
