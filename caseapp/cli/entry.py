"""The ``caseapp`` command: the case file's services for scripts and scheduled jobs.

Without a command it opens the desktop window. Each group of commands lives in its own
module (:mod:`records`, :mod:`deadlines`, :mod:`reports`, :mod:`security`, :mod:`settings`)
and adds its parsers here; :func:`main` turns every error into one line and an exit code.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TextIO

from sqlalchemy.exc import DatabaseError

from caseapp import supportlog
from caseapp.cli import (
    deadlines,
    deliveries,
    filing,
    records,
    recovery,
    reports,
    safety,
    security,
    settings,
    sheets,
    team,
)
from caseapp.cli.common import (
    EXIT_BAD_INPUT,
    EXIT_FAILURE,
    ArgumentParser,
    UserError,
    open_case,
    os_error_line,
    record_id,
    refuse_protected_output,
    say,
)
from caseapp.cli.lang import LANGUAGES, accept_lang_everywhere, speak_the_users_language
from caseapp.domain.errors import CaseFileError, ConflictError, NotFound, ValidationError
from caseapp.domain.messages import msg
from caseapp.services import row_validation


def cmd_gui(args: argparse.Namespace, out: TextIO) -> int:
    from caseapp.app import run_gui

    return run_gui(args.db, lang=args.lang)


def cmd_screenshots(args: argparse.Namespace, out: TextIO) -> int:
    from caseapp.app import screenshot_names, take_screenshots

    for name in screenshot_names():
        refuse_protected_output(args, args.out / name, what="the screenshots")
    cf = open_case(args)  # the passphrase from the environment or the terminal, never a dialog
    try:
        if args.captive is not None:
            cf.captives.get(args.captive)  # an unknown ID is said before any window is built
        written = take_screenshots(cf, args.out, args.captive, lang=args.lang)
    finally:
        cf.close()
    for path in written:
        out.write(f"{path}\n")
    return 0



class VersionAction(argparse.Action):
    """``--version``: CaseApp's version, the schema revision, Qt and SQLCipher (for support)."""

    def __init__(self, option_strings: Sequence[str], dest: str = argparse.SUPPRESS,
                 default: str = argparse.SUPPRESS, help: str | None = None) -> None:
        super().__init__(option_strings, dest=dest, default=default, nargs=0, help=help)

    def __call__(self, parser: argparse.ArgumentParser, namespace: argparse.Namespace,
                 values: object, option_string: str | None = None) -> None:
        from caseapp.versions import version_lines

        sys.stdout.write("".join(f"{line}\n" for line in version_lines()))
        parser.exit()


def build_parser() -> argparse.ArgumentParser:
    db_help = ("case file to use: a path, or a team server's URL postgresql+psycopg://USER@HOST/DB "
               "(default: CASEAPP_DB, CASEAPP_DATABASE_URL, or the user data folder)")
    common = ArgumentParser(add_help=False)
    common.add_argument("--db", metavar="PATH|URL", default=argparse.SUPPRESS, help=db_help)

    parser = ArgumentParser(
        prog="caseapp",
        description="Case files of captives and detainees held abroad. "
                    "Without a command, opens the desktop window.",
        parents=[common],
    )
    parser.add_argument("--version", action=VersionAction,
                        help="show the versions of CaseApp, its schema, Qt and SQLCipher, and exit")
    parser.add_argument("--lang", choices=LANGUAGES, default=None,
                        help="the language of this run, before any command: its messages, the window, "
                             "documents (hy Armenian, ru Russian, en English; default: for the window "
                             "the one chosen in File → Language…, else LANGUAGE/LC_ALL/LANG)")
    parser.set_defaults(func=cmd_gui)
    sub = parser.add_subparsers(title="commands", metavar="COMMAND")

    p = sub.add_parser("screenshots", parents=[common],
                       help="render each main view and one captive's file to PNG (offscreen)")
    p.add_argument("--out", type=Path, required=True, metavar="DIR")
    p.add_argument("--captive", type=record_id, metavar="ID", help="the captive whose file to render")
    p.add_argument("--lang", choices=LANGUAGES, default="en",
                   help="the language of the pictures (hy Armenian, ru Russian, en English; default en)")
    p.set_defaults(func=cmd_screenshots)
    for group in (records, deadlines, deliveries, reports, filing, security, recovery, safety, settings,
                  sheets, team):
        group.add_parsers(sub, common)
    accept_lang_everywhere(parser)
    return parser


def main(argv: Sequence[str] | None = None, *, out: TextIO | None = None,
         err: TextIO | None = None) -> int:
    out = out or sys.stdout
    err = err or sys.stderr
    requested = speak_the_users_language(argv)  # before parsing: its mistakes are said in it too
    try:
        args = build_parser().parse_args(argv)
    except UserError as exc:
        say(err, exc.message)
        return EXIT_BAD_INPUT
    if requested:  # `caseapp --lang ru dossier …`: the document too, over its own default
        args.lang = requested
    if not hasattr(args, "db"):
        args.db = None
    args.err = err  # for what a command says besides its output (e.g. what a level leaves out)
    command = getattr(args.func, "__name__", "gui").removeprefix("cmd_")
    logged = argv is None  # the program itself, not main() called from code (caseapp/supportlog.py)
    if logged:
        supportlog.start("desktop" if command == "gui" else "command line", command)
        if command == "gui":
            supportlog.log_uncaught_exceptions()
    code = _run(args, out, err)
    if logged:
        supportlog.finished(command, code)
    return code


def _run(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    """The command, with every error turned into one line and an exit code."""
    try:
        return args.func(args, out)
    except (ValidationError, NotFound, ConflictError, UserError) as exc:
        say(err, exc.message)
        return EXIT_BAD_INPUT
    except CaseFileError as exc:
        if exc.details and not getattr(args, "details", False):
            say(err, msg("{error} (“caseapp check --details” shows what SQLite reported.)",
                         error=exc.message))
        else:
            say(err, exc.message)
        return EXIT_BAD_INPUT if exc.bad_input else EXIT_FAILURE
    except DatabaseError as exc:
        say(err, msg("the case file could not be read or written ({reason}); run “caseapp check”.",
                     reason=exc.orig))
        return EXIT_FAILURE
    except OSError as exc:  # a full disk, a missing folder, no permission: the user's to fix
        say(err, os_error_line(exc))
        return EXIT_BAD_INPUT
    except row_validation.DECODE_ERRORS as exc:
        if row_validation.unreadable_stored_value(exc):
            say(err, msg("a record in the case file holds a value CaseApp cannot read ({reason}); "
                         "run “caseapp check” to find it.",
                         reason=row_validation.one_line(str(exc))[:200]))
            return EXIT_FAILURE
        if isinstance(exc, OverflowError | RecursionError):
            say(err, msg("a number or a date is out of range ({reason}); nothing was changed.",
                         reason=exc))
            return EXIT_BAD_INPUT
        return _unexpected(err, exc)
    except KeyboardInterrupt:
        say(err, msg("interrupted; nothing half-written was kept."))
        return 130
    except Exception as exc:  # noqa: BLE001 - the last line of defence: never a traceback
        return _unexpected(err, exc)


def _unexpected(err: TextIO, exc: Exception) -> int:
    """A bug of CaseApp's: one line, unless CASEAPP_DEBUG asks for the traceback."""
    supportlog.failure(exc)
    if os.environ.get("CASEAPP_DEBUG"):
        raise exc
    say(err, msg("an unexpected error stopped the command ({kind}: {reason}). "
                 "Set CASEAPP_DEBUG=1 to see the details.", kind=type(exc).__name__, reason=exc))
    return EXIT_FAILURE
