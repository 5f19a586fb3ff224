"""The ``caseapp`` command: the case file's services for scripts and scheduled jobs.

Without a command it opens the desktop window. Each group of commands lives in its own
module (:mod:`records`, :mod:`deadlines`, :mod:`reports`, :mod:`security`, :mod:`settings`)
and adds its parsers here; :func:`main` turns every error into one line and an exit code.

A run imports only the module of the command it runs (:data:`GROUP_OF`): the groups
import what their commands need (reports, spreadsheets, backups …), which costs a command
that needs none of it more than its own work. ``caseapp --help`` and anything not plainly a
command builds the whole parser.
"""

from __future__ import annotations

import argparse
import gc
import importlib
import os
import sys
from collections.abc import Sequence
from typing import TextIO, cast

from caseapp import supportlog
from caseapp.cli.argparse_language import argparse_speaks
from caseapp.cli.argument_parser import ArgumentParser
from caseapp.cli.common import (
    EXIT_BAD_INPUT,
    EXIT_FAILURE,
    UserError,
    non_empty,
    open_case,
    os_error_line,
    path_argument,
    record_id,
    refuse_protected_output,
    say,
)
from caseapp.cli.lang import LANGUAGES, accept_lang_everywhere, speak_the_users_language
from caseapp.cli.output_stream import (
    GuardedOutput,
    flushed_at_the_end,
    pipe_closed,
    standard_stream,
)
from caseapp.cli.time_zone import unreadable_time_zone
from caseapp.config import resolve_location
from caseapp.domain.errors import (
    CaseAppError,
    CaseFileError,
    ConflictError,
    ConnectionLost,
    NoTeamYet,
    NotFound,
    OwnerMakesCaseFile,
    TargetExists,
    ValidationError,
)
from caseapp.domain.messages import Message, current_language, msg
from caseapp.no_core_dumps import forbid_core_dumps
from caseapp.write_errors import disk_full, no_space, os_reason, refusal_for


def cmd_gui(args: argparse.Namespace, out: TextIO) -> int:
    from caseapp.app import run_gui

    return run_gui(args.db, lang=args.lang)


def cmd_screenshots(args: argparse.Namespace, out: TextIO) -> int:
    from caseapp.app import screenshot_names, take_screenshots

    # --out DIR is made if need be, as a pack's folder, but only inside a folder that is there
    # ("… : the set of screenshots was not written": one subject, said before any is taken)
    refuse_protected_output(args, args.out, what=msg("the set of screenshots"), folder=True)
    for name in screenshot_names():
        refuse_protected_output(args, args.out / name, what=msg("the set of screenshots"),
                                new_folder=True)
    cf = open_case(args)  # the passphrase from the environment or the terminal, never a dialog
    try:
        if args.captive is not None:
            cf.captives.get(args.captive)  # an unknown ID is said before any window is built
        written = take_screenshots(cf, args.out, args.captive, lang=args.lang)
    except OSError as exc:  # a full disk: the pictures saved before it stay, whole
        raise UserError(msg("{reason} ({file}); the screenshots were not all written.",
                            reason=os_reason(exc), file=exc.filename or args.out)) from None
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


# The modules of the command groups, in the order their commands are listed by --help, and
# the top-level commands each adds (tests/cli/test_lazy_parser.py checks this table against
# what the modules add).
GROUPS = ("records", "deadlines", "hearings", "deliveries", "scans", "reports", "filing", "security", "recovery",
          "safety", "settings", "sheets", "team")
GROUP_OF = {
    **dict.fromkeys(("init", "demo", "captives", "search", "export", "import", "check"), "records"),
    **dict.fromkeys(("deadlines", "rules"), "deadlines"),
    "hearings": "hearings",
    "deliveries": "deliveries",
    "ocr": "scans",
    **dict.fromkeys(("dossier", "report", "letter", "templates"), "reports"),
    "filing": "filing",
    **dict.fromkeys(("backup", "restore", "backups", "passphrase", "encrypt"), "security"),
    "recovery": "recovery",
    **dict.fromkeys(("travel-copy", "travel-merge", "travel-destroy", "exposure"), "safety"),
    "settings": "settings",
    **dict.fromkeys(("import-sheet", "merge", "export-sheet", "duplicates"), "sheets"),
    "team": "team",
}
_VALUED_OPTIONS = ("--db", "--lang")  # the top-level options that take a value


def groups_for(argv: Sequence[str]) -> tuple[str, ...]:
    """The command groups whose parsers ``argv`` needs: none for the window (no command),
    the chosen command's group, else all of them (``--help``, a mistyped command, an
    option the top level does not know: the whole parser answers exactly as before)."""
    i = 0
    while i < len(argv):
        token = argv[i]
        if token in _VALUED_OPTIONS:
            i += 2
        elif token.startswith(tuple(f"{o}=" for o in _VALUED_OPTIONS)):
            i += 1
        elif token.startswith("-") or token == "screenshots":
            return () if token == "screenshots" else GROUPS
        else:
            group = GROUP_OF.get(token)
            return (group,) if group else GROUPS
    return ()


def build_parser(argv: Sequence[str] | None = None) -> argparse.ArgumentParser:
    """The ``caseapp`` parser: whole, or (given the ``argv`` it will parse) with only the
    command groups that ``argv`` needs, which parses ``argv`` exactly as the whole one."""
    db_help = str(msg("case file to use: a path, or a team server's URL postgresql+psycopg://USER@HOST/DB "
                      "(default: CASEAPP_DB, CASEAPP_DATABASE_URL, or the user data folder)"))
    common = ArgumentParser(add_help=False)
    common.add_argument("--db", type=non_empty, metavar=str(msg("PATH|URL")), default=argparse.SUPPRESS,
                        help=db_help)

    parser = ArgumentParser(
        prog="caseapp",
        description=str(msg("Case files of captives and detainees held abroad. "
                            "Without a command, opens the desktop window.")),
        parents=[common],
    )
    parser.add_argument("--version", action=VersionAction,
                        help=str(msg("show the versions of CaseApp, its schema, Qt and SQLCipher, and exit")))
    parser.add_argument("--lang", choices=LANGUAGES, default=None,
                        help=str(msg("the language of this run, before any command: its messages, the window, "
                                     "documents (hy Armenian, ru Russian, en English; default: for the window "
                                     "the one chosen in File → Language…, else LANGUAGE/LC_ALL/LANG)")))
    parser.set_defaults(func=cmd_gui)
    sub = parser.add_subparsers(title=str(msg("commands")), metavar=str(msg("COMMAND")))

    p = sub.add_parser("screenshots", parents=[common],
                       help=str(msg("render each main view and one captive's file to PNG (offscreen)")))
    p.add_argument("--out", type=path_argument, required=True, metavar=str(msg("DIR")),
                   help=str(msg("the folder to write the PNG files to")))
    p.add_argument("--captive", type=record_id, metavar="ID", help=str(msg("the captive whose file to render")))
    p.add_argument("--lang", choices=LANGUAGES, default="en",
                   help=str(msg("the language of the pictures (hy Armenian, ru Russian, en English; default en)")))
    p.set_defaults(func=cmd_screenshots)
    for name in GROUPS if argv is None else groups_for(argv):
        importlib.import_module(f"caseapp.cli.{name}").add_parsers(sub, common)
    accept_lang_everywhere(parser)
    return parser


def main(argv: Sequence[str] | None = None, *, out: TextIO | None = None,
         err: TextIO | None = None) -> int:
    forbid_core_dumps()  # before any case file is read: no crash leaves its memory on the disk
    standard = out is None  # the process's standard output, flushed by the interpreter at its end
    out = out or standard_stream(sys.stdout)
    err = err or standard_stream(sys.stderr)
    requested = speak_the_users_language(argv)  # before parsing: its mistakes are said in it too
    zone = unreadable_time_zone()  # (before the date library reads it, and stops)
    if zone is not None:
        say(err, zone)
        return EXIT_BAD_INPUT
    try:
        with argparse_speaks(current_language()):  # argparse's own words too
            args = build_parser(sys.argv[1:] if argv is None else argv).parse_args(argv)
        command = getattr(args.func, "__name__", "gui").removeprefix("cmd_")
        if command != "gui":  # (the window asks for a second factor in a dialog of its own)
            # (it imports the team server's sign-in, and with it the database library: part
            # of the start, while the cycle collector is still off)
            from caseapp.cli.team_2fa import ask_on_the_terminal
            ask_on_the_terminal()
    except UserError as exc:
        say(err, exc.message)
        return EXIT_BAD_INPUT
    except SystemExit as done:  # --help (argparse's own exit): written yet?
        if not standard or not isinstance(done.code, int | None):
            raise
        raise SystemExit(flushed_at_the_end(err, done.code or 0)) from None
    finally:
        _collect_again(argv)
    if requested:  # `caseapp --lang ru dossier …`: the document too, over its own default
        args.lang = requested
    if not hasattr(args, "db"):
        args.db = None
    # For what a command says besides its output (e.g. what a level leaves out), control
    # characters shown as on the output.
    args.err = GuardedOutput(err)
    logged = argv is None  # the program itself, not main() called from code (caseapp/supportlog.py)
    if logged:
        supportlog.start("desktop" if command == "gui" else "command line", command)
        if command == "gui":
            supportlog.log_uncaught_exceptions()
    code = _run(args, cast(TextIO, GuardedOutput(out, notices=err)), err)
    if standard:
        code = flushed_at_the_end(err, code)
    if logged:
        supportlog.finished(command, code)
    return code


def _collect_again(argv: Sequence[str] | None) -> None:
    """The cycle collector back on once the command is parsed and the terminal's second
    factor set up (``caseapp.cli.main`` turned it off for the start), the start's objects
    frozen: they live as long as the run, so a
    collection need not look at them again."""
    if argv is None and not gc.isenabled():
        gc.freeze()
        gc.enable()


def _run(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    """The command, with every error turned into one line and an exit code."""
    try:
        try:
            code = args.func(args, out)
            out.flush()  # a reader gone is noticed here, not by the interpreter's last flush
            notice = getattr(args, "read_only_notice", None)  # (caseapp.cli.common.open_case)
            if notice is not None:
                say(err, notice)
            return code
        except Exception as exc:
            refusal = None if isinstance(exc, CaseAppError) else _users_to_fix(args, exc)
            if refusal is not None:
                raise refusal from None
            raise
    except (ValidationError, NotFound, ConflictError, UserError) as exc:
        say(err, _command_line_hint(args, exc))
        return EXIT_BAD_INPUT
    except ConnectionLost:  # the window reconnects and says so; a command has just ended
        say(err, msg("The connection to the team server was lost; nothing was saved. Run the "
                     "command again once the server answers."))
        return EXIT_BAD_INPUT
    except CaseFileError as exc:
        said = _command_line_hint(args, exc)
        if exc.details and not getattr(args, "details", False):
            say(err, msg("{error} (“caseapp check --details” shows what SQLite reported.)",
                         error=said))
        else:
            say(err, said)
        # A damaged or corrupt file is bad input too: the user restores a backup or runs
        # "caseapp check"; 1 is kept for CaseApp's own failures.
        return EXIT_BAD_INPUT if exc.bad_input or exc.damaged else EXIT_FAILURE
    except BrokenPipeError:  # the reader stopped reading (`| head -1`): quietly
        return pipe_closed(out)
    except OSError as exc:  # a full disk, a missing folder, no permission: the user's to fix
        say(err, os_error_line(exc))
        return EXIT_BAD_INPUT
    except KeyboardInterrupt:
        return interrupted(err)
    except Exception as exc:  # noqa: BLE001 - the last line of defence: never a traceback
        if _damaged_database(exc):  # (SQLite's own words are English: "check --details")
            say(err, msg("The case file could not be read or written: it is damaged or was "
                         "changed outside CaseApp. Nothing was changed; run “caseapp check”."))
            return EXIT_BAD_INPUT  # a damaged file: the user runs check or restores a backup
        return _undecodable_or_unexpected(err, exc)


def _command_line_hint(args: argparse.Namespace, exc: CaseAppError) -> str | Message:
    """``exc``'s message with what the command line adds to it (a service's message names no
    option: the window, which shows it too, has its own button or question): the option that
    replaces a file there, the command that restores the latest verified backup, the one that
    finds a record holding a value CaseApp cannot read."""
    rows = sys.modules.get("caseapp.services.row_validation")  # (raised only once imported)
    if rows is not None and isinstance(exc, rows.UnreadableReference):
        return msg("{error}; run “caseapp check” to find it.", error=exc.message)
    if not isinstance(exc, CaseFileError):
        return exc.message
    if isinstance(exc, TargetExists) and hasattr(args, "force"):
        return msg("{error} To replace it, run the command again with --force.",
                   error=exc.message)
    if isinstance(exc, NoTeamYet):
        return msg("{error} The owner sets it up with “caseapp team init --db URL”.",
                   error=exc.message)
    if isinstance(exc, OwnerMakesCaseFile):
        return msg("{error} The owner makes one with “caseapp init --db URL” (or “caseapp team "
                   "push FILE --db URL”).", error=exc.message)
    if exc.damaged and exc.backup is not None:
        return msg("{error} Restore it to a new file with “caseapp restore {backup} --to "
                   "NEW_FILE”.", error=exc.message, backup=exc.backup)
    return exc.message


def interrupted(err: TextIO) -> int:
    """Ctrl+C: one line, exit 130 (as a shell reports a command it interrupted)."""
    say(err, msg("interrupted; nothing half-written was kept."))
    return 130


def _users_to_fix(args: argparse.Namespace, exc: Exception) -> CaseFileError | None:
    """A full disk (naming the file the error names, else the case file), a read-only case
    file or another process writing it, said as such; None for anything else."""
    location = resolve_location(args.db)
    if isinstance(exc, OSError):  # a file's own error says what it is (but a full disk)
        return no_space(exc.filename or location) if disk_full(exc) else None
    return refusal_for(exc, location, path=location.path)


def _damaged_database(exc: Exception) -> bool:
    """Whether ``exc`` is the database saying its file is damaged: the driver's plain
    DatabaseError ("database disk image is malformed", "file is not a database"), raised as it
    is where CaseApp reads the connection directly (the search index) or wrapped by
    SQLAlchemy. Its subclasses (a constraint broken, a statement wrong) are CaseApp's own
    failures and are said as such. The drivers are looked up among the modules imported (no
    command that never imported them can raise them; the window's start and ``--version``
    do not import them)."""
    cause = getattr(exc, "orig", None) or exc
    return any(type(cause) is errors.DatabaseError
               for errors in map(sys.modules.get, ("sqlite3", "sqlcipher3.dbapi2"))
               if errors is not None)


def _undecodable_or_unexpected(err: TextIO, exc: Exception) -> int:
    """A stored value CaseApp cannot read, a number or date out of range, or else a bug.
    (``row_validation`` imported here, on error: it costs every command's start.)"""
    from caseapp.services import row_validation

    if isinstance(exc, row_validation.DECODE_ERRORS):
        if row_validation.unreadable_stored_value(exc):
            # (Python's and SQLAlchemy's words for it are English: check names the field)
            say(err, msg("a record in the case file holds a value CaseApp cannot read; run "
                         "“caseapp check” to find it."))
            return EXIT_BAD_INPUT
        if isinstance(exc, OverflowError | RecursionError):
            say(err, msg("a number or a date is out of range; nothing was changed."))
            return EXIT_BAD_INPUT
    return _unexpected(err, exc)


def _unexpected(err: TextIO, exc: Exception) -> int:
    """A bug of CaseApp's: one line, unless CASEAPP_DEBUG asks for the traceback."""
    supportlog.failure(exc)
    if os.environ.get("CASEAPP_DEBUG"):
        raise exc
    say(err, msg("an unexpected error stopped the command ({kind}: {reason}). "
                 "Set CASEAPP_DEBUG=1 to see the details.", kind=type(exc).__name__, reason=exc))
    return EXIT_FAILURE
