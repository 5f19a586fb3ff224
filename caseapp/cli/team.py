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
import os
import sys
from pathlib import Path
from typing import Any, TextIO

from caseapp.cli import team_2fa
from caseapp.cli.common import UserError, opened_case, passphrase_for, print_json, print_table
from caseapp.config import current_actor, resolve_location
from caseapp.domain.location import Location
from caseapp.services.casefile import open_case_file
from caseapp.services.team import clearance_of, parse_clearance
from caseapp.services.team_push import push

PASSWORD_ENV = "CASEAPP_NEW_PASSWORD"


def _new_password(name: str) -> str:
    value = os.environ.get(PASSWORD_ENV)
    if value:
        return value
    if not sys.stdin.isatty():
        raise UserError(f"A password is needed for the new login {name}: set {PASSWORD_ENV} or "
                        "run in a terminal to be asked. Nothing was changed.")
    first = getpass.getpass(f"Password for {name}: ")
    if getpass.getpass("Repeat the password: ") != first:
        raise UserError("The two passwords differ; nothing was changed.")
    if not first:
        raise UserError("An empty password cannot protect a login; nothing was changed.")
    return first


def cmd_init(args: argparse.Namespace, out: TextIO) -> int:
    with opened_case(args) as cf:
        groups = cf.team.init()
    out.write(f"Team mode is set up on {cf.label}: clearances "
              + ", ".join(f"{c.value} (role {g})" for c, g in groups.items())
              + ". Add people with “caseapp team add-user NAME --clearance LEVEL”.\n")
    return 0


def cmd_add(args: argparse.Namespace, out: TextIO) -> int:
    clearance = parse_clearance(args.clearance)
    with opened_case(args) as cf:
        exists = cf.team.login_exists(args.name)
        password = None if exists else _new_password(args.name)
        member = cf.team.add_user(args.name, clearance=clearance, password=password)
    how = "existing login" if exists else "new login"
    out.write(f"{member.login} ({how}) can now open the case file with clearance "
              f"{member.clearance.value}.\n")
    return 0


def cmd_list(args: argparse.Namespace, out: TextIO) -> int:
    with opened_case(args) as cf:
        members = cf.team.list_users()
    if args.format == "json":
        print_json(members, out)
        return 0
    print_table(["Login", "Clearance", "May log in"],
                [[m.login, m.clearance.value, "yes" if m.can_login else "no"] for m in members],
                out)
    return 0


def cmd_remove(args: argparse.Namespace, out: TextIO) -> int:
    with opened_case(args) as cf:
        dropped = cf.team.remove_user(args.name)
    out.write(f"{args.name} is no longer in the team"
              + ("; the login was removed from the server.\n" if dropped else
                 "; the login stays on the server (it is in another team, or owns or holds something "
                 "outside this case file), but cannot connect to this case file.\n"))
    return 0


def cmd_whoami(args: argparse.Namespace, out: TextIO) -> int:
    with opened_case(args) as cf:
        who = clearance_of(cf.db)
    clearance = who.clearance.value if who.clearance else "everything (owner or local file)"
    out.write(f"{who.login or 'local file'}: {clearance}\n")
    return 0


def cmd_push(args: argparse.Namespace, out: TextIO) -> int:
    source = Location(path=Path(args.file).expanduser())
    if not source.path.exists():  # type: ignore[union-attr]
        raise UserError(f"{args.file}: no such case file; nothing was changed.")
    if resolve_location(args.db).url is None:
        raise UserError("team push needs the team server's URL in --db "
                        "(postgresql+psycopg://OWNER@HOST/DATABASE); nothing was changed.")
    local = open_case_file(source, passphrase=passphrase_for(source, new=False, ask=False),
                           actor=current_actor())
    try:
        with opened_case(args) as server:
            counts = push(local.db, server.db, source_name=str(source.path))
    finally:
        local.close()
    out.write(f"Pushed {source.path} into {server.label}: "
              f"{counts.get('captives', 0)} captives, {counts.get('documents', 0)} documents, "
              f"{counts.get('deadlines', 0)} deadlines, {counts.get('audit_entries', 0)} audit "
              "entries, with their IDs, uids and audit chain. Set up the team with "
              "“caseapp team init”, then check it with “caseapp check”.\n")
    return 0


def add_parsers(sub: Any, common: argparse.ArgumentParser) -> None:
    p = sub.add_parser("team", parents=[common],
                       help="people and clearances of a case file on a team server",
                       description="A case file on a PostgreSQL server (--db URL) shared by a "
                                   "team: each login reads only what its clearance allows, "
                                   "enforced by the server.")
    actions = p.add_subparsers(title="actions", metavar="ACTION", required=True)
    a = actions.add_parser("init", parents=[common],
                           help="create the schema, roles and policies (the database's owner)")
    a.set_defaults(func=cmd_init)
    a = actions.add_parser("add-user", parents=[common],
                           help=f"give a login a clearance (password from {PASSWORD_ENV} or asked)")
    a.add_argument("name", metavar="NAME")
    a.add_argument("--clearance", required=True, choices=["internal", "shareable", "public"])
    a.set_defaults(func=cmd_add)
    a = actions.add_parser("list", parents=[common], help="the team's logins and clearances")
    a.add_argument("--format", choices=["table", "json"], default="table")
    a.set_defaults(func=cmd_list)
    a = actions.add_parser("remove-user", parents=[common], help="take a login out of the team")
    a.add_argument("name", metavar="NAME")
    a.set_defaults(func=cmd_remove)
    a = actions.add_parser("whoami", parents=[common], help="your login and clearance")
    a.set_defaults(func=cmd_whoami)
    team_2fa.add_actions(actions, common)  # enrol-2fa, require-2fa, revoke
    a = actions.add_parser("push", parents=[common],
                           help="copy a local case file, whole, into an empty one on the server")
    a.add_argument("file", metavar="FILE", help="the local case file")
    a.set_defaults(func=cmd_push)
