"""Commands that protect the case file: backups, restore, passphrase, encryption.

``caseapp.cli.entry.build_parser`` calls :func:`add_parsers`; these commands share its
options, output helpers and exit codes.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TextIO

from caseapp.cli.common import (
    UserError,
    cell,
    format_option,
    opened_case,
    path_argument,
    path_text,
    print_json,
    print_table,
    refuse_protected_output,
    say,
    whole_number,
)
from caseapp.cli.interrupts import BACKUP_MADE, finished_whole
from caseapp.cli.passphrases import file_passphrase, new_passphrase
from caseapp.config import resolve_location
from caseapp.domain.errors import CaseFileError
from caseapp.domain.location import is_server_url
from caseapp.domain.messages import Message, msg, msg_n
from caseapp.services.backup import DEFAULT_KEEP, BackupInfo, BackupStore
from caseapp.services.casefile import CaseFile
from caseapp.services.restore import restore
from caseapp.write_errors import busy

NEW_PASSPHRASE_ENV = "CASEAPP_NEW_PASSPHRASE"


def _mb(size: int) -> str:
    megabytes = round(size / 1_000_000, 1)
    return str(msg("{size} MB", size=format(megabytes, ".1f")))


def _protection(info: BackupInfo) -> Message:
    if info.encrypted:
        return msg("encrypted with the case file's passphrase")
    return msg("NOT encrypted, like the case file: anyone who gets this file can read it")


def _store(args: argparse.Namespace) -> BackupStore:
    location = resolve_location(args.db)
    if location.path is None:
        raise UserError(msg("A shared database is backed up by its server, not by CaseApp."))
    return BackupStore(location.path, keep=getattr(args, "keep", None) or DEFAULT_KEEP)


# ---- commands -----------------------------------------------------------------------------

def cmd_backup(args: argparse.Namespace, out: TextIO) -> int:
    if args.keep is not None and args.keep < 1:
        raise UserError(msg("--keep must be 1 or more."))
    location = resolve_location(getattr(args, "db", None))
    if location.url:  # a team server: pg_dump, verified by a restore (services/server_backup)
        if args.output is None:
            raise UserError(msg("A team server's backup needs a file: give -o FILE."))
        from caseapp.services import server_backup  # SQLAlchemy: not for --help

        made = server_backup.dump(location.url, args.output, overwrite=args.force)
        out.write(str(msg("Backed up to {file} ({size}, pg_dump custom format, verified by a "
                          "restore).", file=made.path, size=_mb(made.size))) + "\n")
        return 0
    if args.output is not None:
        refuse_protected_output(args, args.output, what=msg("the backup"))
    with opened_case(args) as cf:
        if args.output is not None:
            info = cf.backup_to(args.output, overwrite=args.force)
        else:
            store = cf.backups.store  # (without --keep, as many as the window keeps)
            store.keep = args.keep or store.recorded_keep() or DEFAULT_KEEP
            info = cf.backups.backup_now(args.reason)
        logged = cf.db.read_only is None  # a file open read-only is backed up, not written
        if logged:
            with finished_whole(args.err, BACKUP_MADE):  # (the backup is in place by now)
                logged = _logged(cf, "backup", f"{info.reason or 'manual'}, {_mb(info.size)}")
    out.write(str(msg("Backed up to {file} ({size}, verified, {protection}).", file=info.path,
                      size=_mb(info.size), protection=_protection(info))) + "\n")
    if not logged and cf.db.read_only is None:
        say(args.err, msg("warning: the backup is not in the case file's log of events: another "
                          "process (the window or another command) was writing {file}.",
                          file=location))
    return 0


def _logged(cf: CaseFile, kind: str, detail: str) -> bool:
    """``kind`` entered in the case file's log of events; False when another process was
    writing the file all the while SQLite waited (the backup made and verified is kept: only
    its entry is missing)."""
    try:
        cf.log_event(kind, detail)
    except Exception as exc:
        if busy(exc):
            return False
        raise
    return True


def cmd_restore(args: argparse.Namespace, out: TextIO) -> int:
    if is_server_url(args.to):  # a team server's dump into a new database there
        from caseapp.cli.team_restore import restore_report
        from caseapp.services import server_backup

        restored = server_backup.restore_dump(args.file, args.to)
        out.write("".join(str(line) + "\n" for line in restore_report(restored, args.to,
                                                                     str(args.file))))
        return 0
    from caseapp.services.identity import OtherCaseFile  # (SQLAlchemy: not for --help)

    args.to = Path(args.to)
    refuse_protected_output(args, args.to, what=msg("the restored case file"))
    passphrase = file_passphrase(args.file, "CASEAPP_PASSPHRASE", msg("the backup"))
    try:
        result = restore(args.file, args.to, passphrase=passphrase, overwrite=args.force,
                         other_case_file=args.other_case_file)
    except OtherCaseFile as exc:
        raise UserError(msg("{error} To restore it anyway, run the command again with "
                            "--other-case-file.", error=exc.message)) from None
    except CaseFileError as exc:  # about the backup: SQLite's words are not to be looked
        # for with `caseapp check`, which checks the case file named by --db
        raise type(exc)(exc.message, bad_input=exc.bad_input, damaged=exc.damaged) from None
    for note in result.notes:
        say(getattr(args, "err", None) or sys.stderr, note)
    captives = result.counts.get("captives", 0)
    out.write(str(msg_n("Restored {file} to {target} (encrypted, {count} captive, verified). Open "
                        "it with --db {target}.", "Restored {file} to {target} (encrypted, "
                        "{count} captives, verified). Open it with --db {target}.", captives,
                        file=args.file, target=args.to) if result.encrypted else
                  msg_n("Restored {file} to {target} (not encrypted, {count} captive, verified). "
                        "Open it with --db {target}.", "Restored {file} to {target} (not "
                        "encrypted, {count} captives, verified). Open it with --db {target}.",
                        captives, file=args.file, target=args.to)) + "\n")
    return 0


def cmd_backups_list(args: argparse.Namespace, out: TextIO) -> int:
    store = _store(args)
    backups = store.list()
    if args.format == "json":
        print_json([{"path": str(b.path), "created_at": b.created_at, "size": b.size,
                     "encrypted": b.encrypted, "verified": b.verified, "damaged": b.damaged,
                     "problem": b.problem, "reason": b.reason}
                    for b in backups], out)
        return 0
    print_table([msg("Made (local time)"), msg("Size"), msg("Encrypted"), msg("Verified"),
                 msg("Reason"), msg("File")],
                [[f"{cell(b.created_at.astimezone())} {b.created_at.astimezone():%H:%M}", _mb(b.size),
                  msg("yes") if b.encrypted else msg("NO"),
                  msg("DAMAGED") if b.damaged else msg("yes") if b.verified else msg("no"),
                  b.reason, b.path.name] for b in backups], out)
    out.write(str(msg_n("{count} backup in {folder}", "{count} backups in {folder}", len(backups),
                        folder=store.folder)) + "\n")
    for b in backups:
        if b.damaged:
            out.write(str(msg("DAMAGED: {file}: {problem}. Do not restore it.", file=b.path.name,
                              problem=b.problem)) + "\n")
    latest = next((b for b in backups if b.verified), None)
    if latest is not None:
        out.write(str(msg("Latest verified backup: {file}", file=latest.path)) + "\n")
    return 0


def _refuse_on_server(cf: CaseFile) -> None:
    if cf.db.path is None:
        raise UserError(msg("{file} is on a team server: it has no passphrase of its own. The "
                            "server protects it with each person's login and password (change "
                            "yours with psql's \\password) and with TLS; nothing was changed.",
                            file=cf.label))


def cmd_passphrase(args: argparse.Namespace, out: TextIO) -> int:
    with opened_case(args) as cf:
        _refuse_on_server(cf)
        if not cf.db.encrypted:
            raise UserError(msg("{file} is not encrypted; encrypt it with “caseapp encrypt”.",
                                file=cf.label))
        new = new_passphrase(NEW_PASSPHRASE_ENV, what=msg("the case file"))
        with finished_whole(args.err):
            strength = cf.change_passphrase(cf.db.passphrase, new)
    out.write(str(msg("The passphrase of {file} was changed (strength: {strength}). The old one "
                      "no longer opens it; backups made before keep the old passphrase.",
                      file=resolve_location(args.db), strength=strength.label)) + "\n")
    return 0


def cmd_encrypt(args: argparse.Namespace, out: TextIO) -> int:
    with opened_case(args) as cf:
        _refuse_on_server(cf)
        if cf.db.encrypted:
            raise UserError(msg("{file} is encrypted already; change its passphrase with "
                                "“caseapp passphrase”.", file=cf.label))
        new = new_passphrase(NEW_PASSPHRASE_ENV, what=msg("the case file"))
        with finished_whole(args.err):
            cf.change_passphrase(None, new)
    out.write(str(msg("{file} is now encrypted. Copies, backups and exports made before are not: "
                      "delete them if they are no longer needed.",
                      file=resolve_location(args.db))) + "\n")
    return 0


def add_parsers(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    p = sub.add_parser("backup", parents=[common],
                       help=str(msg("make a verified backup (encrypted like the case file)")))
    p.add_argument("-o", "--output", type=path_argument, metavar=str(msg("FILE")),
                   help=str(msg("write it here (default: the backups folder, oldest removed beyond --keep)")))
    p.add_argument("--force", action="store_true", help=str(msg("with -o: replace an existing FILE")))
    p.add_argument("--keep", type=whole_number, default=None, metavar="N",
                   help=str(msg("backups kept in the backups folder (default: as many as the window keeps, "
                                "else {count})", count=DEFAULT_KEEP)))
    p.add_argument("--reason", default="manual", help=argparse.SUPPRESS)
    p.set_defaults(func=cmd_backup)

    p = sub.add_parser("restore", parents=[common],
                       help=str(msg("restore a backup into a new case file (never over --db)")))
    p.add_argument("file", type=path_argument, metavar=str(msg("FILE")), help=str(msg("the backup")))
    p.add_argument("--to", required=True, type=path_text, metavar=str(msg("NEW_FILE|URL")),
                   help=str(msg("the case file to create (an existing one only with --force), or a "
                                "new database on a team server (postgresql+psycopg://…)")))
    p.add_argument("--force", action="store_true",
                   help=str(msg("replace NEW_FILE if it exists (close it everywhere first)")))
    p.add_argument("--other-case-file", action="store_true",
                   help=str(msg("with --force: replace NEW_FILE even with the backup of another "
                                "case file")))
    p.set_defaults(func=cmd_restore)

    backups = sub.add_parser("backups", help=str(msg("list the case file's backups")))
    bsub = backups.add_subparsers(title=str(msg("backups commands")), metavar=str(msg("ACTION")), required=True)
    p = bsub.add_parser("list", parents=[common], help=str(msg("backups in the backups folder, newest first")))
    format_option(p, "table", "json")
    p.set_defaults(func=cmd_backups_list)

    p = sub.add_parser("passphrase", parents=[common],
                       help=str(msg("change the passphrase (new one asked, or {variable})",
                                     variable=NEW_PASSPHRASE_ENV)))
    p.set_defaults(func=cmd_passphrase)

    p = sub.add_parser("encrypt", parents=[common],
                       help=str(msg("encrypt a plain case file (passphrase asked, or {variable})",
                                     variable=NEW_PASSPHRASE_ENV)))
    p.set_defaults(func=cmd_encrypt)
