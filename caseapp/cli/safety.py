"""Commands for the field: travel copies (made, merged back, destroyed) and the seizure
exposure report.

``caseapp.cli.entry.build_parser`` calls :func:`add_parsers`; the new passphrase of a travel
copy comes from ``CASEAPP_NEW_PASSPHRASE`` or is typed twice, as for ``caseapp passphrase``;
the passphrase of an existing travel copy or backup from ``CASEAPP_TRAVEL_PASSPHRASE`` /
``CASEAPP_BACKUP_PASSPHRASE`` or is typed once.
"""

from __future__ import annotations

import argparse
import sys
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from caseapp.cli.common import (
    UserError,
    calendar_day,
    on_terminal,
    open_case,
    opened_case,
    path_argument,
    record_id,
    refuse_protected_output,
    say,
)
from caseapp.cli.environment import text_variable
from caseapp.cli.interrupts import finished_whole
from caseapp.cli.output_stream import GuardedOutput
from caseapp.cli.passphrases import file_passphrase, new_passphrase
from caseapp.cli.reports import DOCUMENT_LANGUAGES
from caseapp.config import current_actor, resolve_location
from caseapp.domain.errors import CaseFileError
from caseapp.domain.messages import msg, msg_n, text_of
from caseapp.domain.table_counts import counts_of
from caseapp.services.backup import default_backup_root
from caseapp.services.output_guard import OutputGuard

if TYPE_CHECKING:
    from caseapp.services.identity import Owner
    from caseapp.services.travel_merge import MergeReport

NEW_PASSPHRASE_ENV = "CASEAPP_NEW_PASSPHRASE"
TRAVEL_PASSPHRASE_ENV = "CASEAPP_TRAVEL_PASSPHRASE"
BACKUP_PASSPHRASE_ENV = "CASEAPP_BACKUP_PASSPHRASE"
MERGE_FINISHED = msg("Ctrl+C came while the travel copy was being merged: the merge was "
                     "finished rather than stopped halfway.")


def _counts(counts: dict[str, int]) -> str:
    return counts_of(counts.items())


def cmd_travel_copy(args: argparse.Namespace, out: TextIO) -> int:
    from caseapp.services import data_exports
    from caseapp.services.labels import level_label
    refuse_protected_output(args, args.output, what=msg("the travel copy"))
    if args.output.exists():
        raise UserError(msg("{file} exists already: a travel copy is always a new file. Choose "
                            "another name.", file=args.output))
    with opened_case(args) as cf:
        passphrase = new_passphrase(NEW_PASSPHRASE_ENV, what=msg("the travel copy"))
        made = data_exports.travel_copy(cf, args.output, level=args.level, passphrase=passphrase,
                                        captive_ids=args.captive)
    out.write(str(msg("Travel copy at the {level} level written to {file} (encrypted with its "
                      "own passphrase): {counts}.", level=level_label(made.level), file=made.path,
                      counts=_counts(made.counts))) + "\n")
    if made.left_out or made.hidden_fields:
        out.write(str(msg_n("Left at home: {counts}; {count} captive field above the level "
                            "blanked.", "Left at home: {counts}; {count} captive fields above "
                            "the level blanked.", made.hidden_fields,
                            counts=_counts(made.left_out))) + "\n")
    out.write(str(msg("Merge changes back with “caseapp travel-merge FILE”, then destroy it with "
                      "“caseapp travel-destroy FILE”.")) + "\n")
    return 0


def cmd_travel_merge(args: argparse.Namespace, out: TextIO) -> int:
    path: Path = args.travel_file
    if not path.is_file():
        raise UserError(msg("There is no travel copy at {file}.", file=path))
    location = resolve_location(args.db)
    if location.path is not None and OutputGuard(location.path, None).refusal(path):
        # (else the travel copy's passphrase fails on it: "damaged, restore a backup")
        raise UserError(msg("A case file cannot be merged into itself."))
    from caseapp.services.travel_merge import merge_travel_copy, open_travel_copy

    cf = open_case(args)
    try:
        passphrase = file_passphrase(path, TRAVEL_PASSPHRASE_ENV, msg("the travel copy"))
        travel = open_travel_copy(path, passphrase, actor=current_actor())
    except BaseException:
        cf.close()
        raise
    # From here the case file may take the copy's changes: a Ctrl+C is heard once the merge
    # is done and both files closed, and said with its report (stopped after the case file
    # took them, the command said "nothing half-written was kept" and printed no report).
    with finished_whole(args.err, MERGE_FINISHED):
        try:
            report = merge_travel_copy(cf, travel)
        finally:
            try:
                travel.close()
            finally:
                cf.close()
        _say_merged(args, out, path, report)
    if report.copy_not_marked is not None:  # the case file was merged: said, not "nothing"
        say(args.err, report.copy_not_marked)
        return 130 if report.interrupted else 2
    return 0


def _say_merged(args: argparse.Namespace, out: TextIO, path: Path, report: MergeReport) -> None:
    """The merge's report: what was added and changed, what stays at home, the conflicts."""
    out.write(str(msg("Merged {file}: added {added}; changed {changed}.", file=path,
                      added=_counts(report.added), changed=_counts(report.updated))) + "\n")
    for line in report.kept_in_main:
        out.write(str(msg("Deleted in the travel copy, kept in the case file: {record}",
                          record=line)) + "\n")
    for line in report.earlier_kept:  # (a whole sentence: the day kept and the other)
        out.write(line + "\n")
    if report.conflicts:
        out.write(str(msg_n("{count} conflict not applied (the case file's version was kept; "
                            "make this change by hand if it is right):",
                            "{count} conflicts not applied (the case file's version was kept; "
                            "make these changes by hand if they are right):",
                            len(report.conflicts))) + "\n")
        for conflict in report.conflicts:
            out.write(f"  {text_of(conflict.line())}\n")
    if report.look_alikes:  # the same person added on both sides: as after an import
        from caseapp.cli.records_exchange import look_alike_pairs

        example = report.look_alikes[0]
        out.write(str(msg_n(
            "{count} captive added from the travel copy looks like a captive already in the "
            "case file (the same person recorded on both sides?): {named}. Nothing was "
            "merged: review them with “caseapp duplicates” and merge one person recorded "
            "twice with “caseapp merge {keep} {other}”.",
            "{count} captives added from the travel copy look like captives already in the "
            "case file (the same people recorded on both sides?): {named}. Nothing was "
            "merged: review them with “caseapp duplicates” and merge one person recorded "
            "twice with “caseapp merge {keep} {other}”.",
            len(report.look_alikes), named=look_alike_pairs(report.look_alikes),
            keep=example.existing_id, other=example.imported_id)) + "\n")


def cmd_travel_destroy(args: argparse.Namespace, out: TextIO) -> int:
    path: Path = args.travel_file
    if not path.is_file():
        raise UserError(msg("There is no travel copy at {file}.", file=path))
    location = resolve_location(args.db)
    if location.path is not None and OutputGuard(location.path, None).refusal(path):
        raise UserError(msg("{file} is the case file named by --db, not a travel copy: nothing "
                            "was deleted.", file=path))
    from caseapp.services.travel_destroy import UnmergedChanges, destroy_travel_copy

    passphrase = file_passphrase(path, TRAVEL_PASSPHRASE_ENV, msg("the travel copy"))
    destroy = partial(destroy_travel_copy, path, passphrase, actor=current_actor(),
                      backups_root=default_backup_root(), unmerged_ok=args.unmerged_ok)
    try:
        result = destroy(damaged_ok=args.damaged_ok)
    except CaseFileError as exc:
        if not exc.damaged or not _confirmed_damaged(path, exc):
            raise
        result = destroy(damaged_ok=True)
    except UnmergedChanges as exc:  # (the service's sentence, said in the window too)
        raise UserError(msg("{problem} (on the command line: {options})", problem=exc.message,
                            options="caseapp travel-merge; --unmerged-ok")) from None
    out.write(str(msg_n("Destroyed {file}: {count} file overwritten and removed ({size} bytes). "
                        "On an SSD or a memory card the drive may keep old blocks; what stays "
                        "there is protected only by the copy's encryption.",
                        "Destroyed {file}: {count} files overwritten and removed ({size} bytes). "
                        "On an SSD or a memory card the drive may keep old blocks; what stays "
                        "there is protected only by the copy's encryption.",
                        len(result.removed), file=path, size=result.overwritten_bytes)) + "\n")
    for failed, reason in result.failed:
        out.write(str(msg("NOT removed: {file}: {reason}", file=failed, reason=reason)) + "\n")
    return 0 if result.complete else 1


def _confirmed_damaged(path: Path, exc: CaseFileError) -> bool:
    """Whether the user, asked on the terminal, wants the travel copy that cannot be opened
    destroyed anyway; without a terminal she is told how to say so (--damaged-ok)."""
    if not on_terminal():
        raise UserError(msg("{error} To destroy it anyway (whatever it holds, merged back or "
                            "not), run the command again with --damaged-ok.",
                            error=exc.message)) from None
    GuardedOutput(sys.stderr).write(text_of(exc.message) + "\n")  # (a path, shown)
    answer = input(str(msg("Destroy {file} anyway? What it holds cannot be read, nor merged "
                           "back. Type “yes” to destroy it: ", file=path)))
    return answer.strip().lower() in ("yes", str(msg("yes")).lower())


def cmd_exposure(args: argparse.Namespace, out: TextIO) -> int:
    from caseapp.services import outputs  # (the documents' libraries: this command's only)
    from caseapp.services.identity import OtherCaseFile
    refuse_protected_output(args, args.output, what=msg("the exposure report"))
    author = current_actor()
    if args.since_backup is not None:
        backup: Path = args.since_backup
        if not backup.is_file():
            raise UserError(msg("There is no backup at {file}.", file=backup))
        guard = OutputGuard(resolve_location(args.db).path, default_backup_root())
        passphrase = file_passphrase(backup, BACKUP_PASSPHRASE_ENV, msg("the backup"))
        belongs_to = _case_file_owner(resolve_location(args.db).path, backup, passphrase)
        try:
            made = outputs.exposure(None, backup=backup, passphrase=passphrase, author=author,
                                    lang=args.lang, actor=author, target=args.output,
                                    guard=guard, belongs_to=belongs_to,
                                    other_case_file=args.other_case_file)
        except OtherCaseFile as exc:
            raise UserError(msg("{error} To write the report anyway, run the command again "
                                "with --other-case-file.", error=exc.message)) from None
        for note in made.record.notes:
            say(getattr(args, "err", None) or sys.stderr, note)
    else:
        with opened_case(args) as cf:
            made = outputs.exposure(cf, as_of=args.as_of, author=author, lang=args.lang,
                                    target=args.output)
    record = made.record
    out.write(str(msg("Exposure report written to {file} (internal level): {captives}, "
                      "{families}, {contacts}, {documents}.", file=args.output,
                      captives=msg_n("{count} captive", "{count} captives",
                                     len(record.captives)),
                      families=msg_n("{count} family contact", "{count} family contacts",
                                     len(record.families)),
                      contacts=msg_n("{count} other contact", "{count} other contacts",
                                     len(record.contacts)),
                      documents=msg_n("{count} document", "{count} documents",
                                      len(record.documents)))) + "\n")
    return 0


def _case_file_owner(path: Path | None, backup: Path, backup_passphrase: str | None
                     ) -> Owner | None:
    """The case file a backup is checked against (that it is one of its backups), read with
    CASEAPP_PASSPHRASE, else with the backup's passphrase when that opens it (as ``caseapp
    restore`` reads the file it replaces), else with its own, asked as every command asks it
    (with no terminal, one line saying what to set): unread, the backup could not be checked.
    Its own is not asked for while the backup's passphrase does not read the backup (the
    report says so first) or the backup records nothing to check."""
    from caseapp.services.identity import owner_of_file

    own = text_variable("CASEAPP_PASSPHRASE")
    owner = owner_of_file(path, own or backup_passphrase)
    if owner is None or path is None or owner.identity is not None or own is not None:
        return owner
    read = owner_of_file(backup, backup_passphrase)
    if read is None or read.identity is None:
        return owner
    return owner_of_file(path, file_passphrase(path, "CASEAPP_PASSPHRASE", msg("the case file")))


def add_parsers(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    p = sub.add_parser("travel-copy", parents=[common],
                       help=str(msg("write a new encrypted case file holding only what is at or below "
                                    "a level, to travel with")))
    p.add_argument("--level", required=True, choices=("public", "shareable"),
                   help=str(msg("the highest level the copy holds")))
    p.add_argument("--captive", type=record_id, action="append", metavar="ID",
                   help=str(msg("a captive to take (repeat; default: every captive allowed at the level)")))
    p.add_argument("-o", "--output", type=path_argument, required=True, metavar=str(msg("FILE")),
                   help=str(msg("the new travel copy (never an existing file)")))
    p.set_defaults(func=cmd_travel_copy)

    p = sub.add_parser("travel-merge", parents=[common],
                       help=str(msg("merge the changes made in a travel copy back into the case file")))
    p.add_argument("travel_file", type=path_argument, metavar=str(msg("TRAVEL_FILE")))
    p.set_defaults(func=cmd_travel_merge)

    p = sub.add_parser("travel-destroy", parents=[common],
                       help=str(msg("overwrite and delete a travel copy and its backups")))
    p.add_argument("travel_file", type=path_argument, metavar=str(msg("TRAVEL_FILE")))
    p.add_argument("--unmerged-ok", action="store_true",
                   help=str(msg("destroy it even though it holds changes not merged back")))
    p.add_argument("--damaged-ok", action="store_true",
                   help=str(msg("destroy it even though it is damaged (or the passphrase does not "
                                "open it): what it holds cannot be read, nor merged back")))
    p.set_defaults(func=cmd_travel_destroy)

    p = sub.add_parser("exposure", parents=[common],
                       help=str(msg("after a seizure: what the device held and what to revoke (PDF)")))
    basis = p.add_mutually_exclusive_group(required=True)
    basis.add_argument("--since-backup", type=path_argument, metavar=str(msg("BACKUP")),
                       help=str(msg("the last backup made from the device (opened read-only)")))
    basis.add_argument("--as-of", type=calendar_day, metavar=str(msg("DATE")),
                       help=str(msg("the day the device was seized: read from the audit trail")))
    p.add_argument("-o", "--output", type=path_argument, required=True, metavar=str(msg("FILE.pdf")),
                   help=str(msg("the PDF file to write")))
    p.add_argument("--lang", choices=DOCUMENT_LANGUAGES, default="en",
                   help=str(msg("language of the report (en, hy, ru…)")))
    p.add_argument("--other-case-file", action="store_true",
                   help=str(msg("with --since-backup: write the report even from the backup of "
                                "another case file than --db")))
    p.set_defaults(func=cmd_exposure)
