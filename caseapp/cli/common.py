"""What every ``caseapp`` command shares: argument types, the one-line error, printers,
and opening the case file named by ``--db`` (asking for its passphrase when needed). The
parser itself is :mod:`caseapp.cli.argument_parser`.

Errors go to stderr as one line; the exit code is 2 for a user's mistake (bad input,
unknown ID, wrong passphrase) and 1 for a failure (damaged file, disk error).
"""

from __future__ import annotations

import argparse
import dataclasses
import getpass
import json
import re
import sys
from collections.abc import Callable, Collection, Iterator, Sequence
from contextlib import contextmanager
from datetime import date, datetime, time
from enum import Enum
from pathlib import Path
from time import monotonic
from typing import Any, TextIO

from caseapp.cli.environment import set_but_empty, text_variable
from caseapp.cli.odd_characters import not_a_day
from caseapp.cli.table_layout import shown_width as shown_width
from caseapp.cli.table_layout import table_lines, terminal_width
from caseapp.config import Location, current_actor, named_by_variable, resolve_location
from caseapp.domain.clean_text import BIDI_CONTROLS, printable
from caseapp.domain.dates import PartialDate, iso_day
from caseapp.domain.errors import CaseAppError, CaseFileError
from caseapp.domain.messages import Message, Number, Translated, msg, text_of
from caseapp.domain.sheet_dates import only_month_or_year
from caseapp.services.casefile import CaseFile, file_kind, not_a_case_file, open_case_file
from caseapp.write_errors import os_reason

EXIT_FAILURE = 1
EXIT_BAD_INPUT = 2


class UserError(CaseAppError):
    """A mistake in how the command was called."""


# The largest number SQLite stores in an integer column; record IDs are 1 … MAX_ID.
MAX_ID = 2**63 - 1
# Day counts on the command line (windows ahead, hearing horizons): at most a century.
MAX_DAYS = 36_500


def ascii_number(text: str) -> str:
    """The text of a number given to an option, written in ASCII digits: ``int()`` and
    ``float()`` would take "３０" or "٣٠" as 30, and "1_0" as 10, which a user typing them
    did not mean (:class:`ValueError` otherwise, which every numeric type turns into its one
    line)."""
    if not text.isascii() or "_" in text:
        raise ValueError(text)
    return text


def calendar_day(text: str) -> date:
    """An argparse type: a calendar day written YYYY-MM-DD (refused naming its option)."""
    try:
        return iso_day(ascii_number(text.strip()))
    except ValueError:
        if _NO_DAY.fullmatch(text.strip()):  # "00.02.1990": a day not known is no day
            raise argparse.ArgumentTypeError(str(msg(
                "“{text}” gives no day (00): this option takes a whole day, written "
                "YYYY-MM-DD", text=text[:40]))) from None
        known = only_month_or_year(text.strip())
        if known is not None:  # "2026-12": a month known, not "no date"
            raise argparse.ArgumentTypeError(str(msg(
                "“{text}” gives only a month or a year: this option takes a day; give the "
                "first day known, written YYYY-MM-DD ({day})", text=text[:40],
                day=known.value.isoformat()))) from None
        raise argparse.ArgumentTypeError(str(not_a_day(text))) from None


# A date whose day (or month and day) is written 00, as Soviet-era records write one not known.
_NO_DAY = re.compile(r"0{1,2}[./-]\d{1,2}[./-]\d{4}|\d{4}-\d{1,2}-0{1,2}")


def record_id(text: str) -> int:
    """An argparse type: the ID of a record, 1 … :data:`MAX_ID`."""
    try:
        value = int(ascii_number(text))
    except ValueError:
        raise argparse.ArgumentTypeError(str(msg("“{text}” is not a record ID (a whole number)",
                                                 text=text[:40]))) from None
    if not 1 <= value <= MAX_ID:
        raise argparse.ArgumentTypeError(str(msg("{text} is not a record ID (1 to {largest})",
                                                 text=text[:40], largest=MAX_ID)))
    return value


def non_empty(text: str) -> str:
    """An argparse type: a case file's path or a URL (``--db``), as
    :func:`path_text` takes it, and not "-" (which elsewhere means the standard input or
    output: a case file called so was made in the current folder)."""
    if text == "-":
        raise argparse.ArgumentTypeError(str(msg(
            "“-” names no file here (not the standard input or output): give the file's "
            "name, “./-” for a file called so")))
    return path_text(text)


def path_text(text: str) -> str:
    """A path or a URL that is not empty (an empty one would mean the current folder, or the
    default case file), without a NUL character (which no file system takes in a name, and
    no server in a URL) or a control character (:data:`_PATH_CONTROLS`)."""
    if not text:
        raise argparse.ArgumentTypeError(str(msg("an empty path names no file")))
    if "\x00" in text:
        raise argparse.ArgumentTypeError(str(msg("“{text}” is not a path: it holds a NUL "
                                                 "character", text=text[:80])))
    if _PATH_CONTROLS.search(text):  # a pasted line break, an escape, a bidi override
        raise argparse.ArgumentTypeError(str(msg(
            "“{text}” is not a path CaseApp takes: it holds a control character (a line "
            "break, an escape, a right-to-left override pasted with it?)", text=text[:80])))
    return text


# Control characters and bidirectional controls, which no path a lawyer types holds: a file
# named with one would show as another name in every list of files.
_PATH_CONTROLS = re.compile(f"[\x01-\x1f\x7f-\x9f{BIDI_CONTROLS}]")


def path_argument(text: str) -> Path:
    """An argparse type: a file's or a folder's path (:func:`path_text`; "-" is said by the
    commands that write, as not the standard output: :func:`refuse_protected_output`)."""
    return Path(path_text(text))


def whole_number(text: str) -> int:
    """An argparse type: a whole number (what argparse's ``type=int`` would take, said in the
    user's language when it is not one)."""
    try:
        return int(ascii_number(text))
    except ValueError:
        raise argparse.ArgumentTypeError(str(msg("“{text}” is not a whole number",
                                                 text=text[:40]))) from None


def day_count(text: str) -> int:
    """An argparse type: a number of days, 0 … :data:`MAX_DAYS`."""
    try:
        value = int(ascii_number(text))
    except ValueError:
        raise argparse.ArgumentTypeError(str(msg("“{text}” is not a number of days",
                                                 text=text[:40]))) from None
    if not 0 <= value <= MAX_DAYS:
        raise argparse.ArgumentTypeError(str(msg("{text} days is out of range (0 to {largest})",
                                                 text=text[:40], largest=MAX_DAYS)))
    return value


# What each set of ``--format`` choices writes, for the option's help line.
FORMAT_HELP = {
    ("table", "json"): msg("table: for reading (the default); json: every field, for scripts"),
    ("text", "json"): msg("text: for reading (the default); json: every field, for scripts"),
    ("table", "json", "ics"): msg("table: for reading (the default); json: every field, for "
                                  "scripts; ics: a calendar file for a calendar app"),
    ("json",): msg("json, the only format (for scripts that name it)"),
}


def format_option(parser: argparse.ArgumentParser, *choices: str) -> None:
    """The command's ``--format``: ``choices``, the first the default, with its help line."""
    parser.add_argument("--format", choices=list(choices), default=choices[0],
                        help=str(FORMAT_HELP[choices]))


# ---- output helpers -----------------------------------------------------------------------

def jsonable(value: Any) -> Any:
    if isinstance(value, Message | Translated):  # a sentence, a name: in her language
        return value.render()
    if isinstance(value, PartialDate):
        return value.iso()
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: jsonable(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, datetime | date | time):
        return value.isoformat()
    if isinstance(value, dict):
        return {k: jsonable(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [jsonable(v) for v in value]
    if isinstance(value, set | frozenset):  # in a steady order, a run to the next
        return sorted(jsonable(v) for v in value)
    return value


def print_json(value: Any, out: TextIO) -> None:
    json.dump(jsonable(value), out, ensure_ascii=False, indent=2)
    out.write("\n")


def cell(value: Any) -> str:
    """A value in a table cell as the reader's language writes it: a day in the short form
    the documents and the window use (01.12.2026, 1 Dec 2026), never ISO; a :class:`Number`
    grouped (1 157 дней, 1157 օր), "≥2 167" for days counted at least; yes or no in words;
    a message or a text given in several languages in hers; nothing for None."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return str(msg("yes") if value else msg("no"))
    if isinstance(value, date):  # (a datetime too: the day it falls on, in its own zone)
        from caseapp.domain.cldr import format_date_short
        from caseapp.domain.messages import current_language

        return format_date_short(value, current_language())
    if isinstance(value, PartialDate):  # a day known to its month or year (born 1990)
        from caseapp.domain.messages import current_language
        from caseapp.reports.texts import format_partial_short

        return format_partial_short(value, current_language())
    if isinstance(value, Number):  # a quantity, grouped as the language groups digits
        from caseapp.domain.captive_rows import count_sign
        from caseapp.domain.cldr import format_number
        from caseapp.domain.messages import current_language

        # (days in custody from a capture known to its month or year: at least so many, or
        # approximately: about so many; no space after the sign, a column a terminal cannot
        # cut)
        return count_sign(value.value) + format_number(value.value, current_language())
    return str(value)


def print_table(headers: Sequence[str | Message], rows: Sequence[Sequence[Any]], out: TextIO,
                *, names: Collection[int] = ()) -> None:
    """A table of ``rows`` under ``headers``, each value written by :func:`cell`, laid out
    by :func:`caseapp.cli.table_layout.table_lines`: one whole line a row on a pipe or in a
    file, fitted to the terminal's width on one. ``names`` are the columns that hold
    captives' names: on a terminal too narrow, they are cut after every other column."""
    # (control characters shown as the output shows them, so that they are measured so)
    cells = [[printable(str(h)) for h in headers]] + [[printable(cell(c)) for c in r]
                                                      for r in rows]
    whole = [all(c is None or c == "" or isinstance(c, int | float | date | PartialDate | Number)
                 for c in column)
             for column in zip(*rows, strict=True)] if rows else [False] * len(headers)
    priority = [1 if i in names else 0 for i in range(len(headers))]
    for line in table_lines(cells, whole, terminal_width(out), priority=priority):
        out.write(line + "\n")


# ---- opening the case file ----------------------------------------------------------------

def on_terminal() -> bool:
    """Whether standard input is a terminal a person can type at: not when it is a file or a
    pipe, nor when it is closed (``caseapp … <&-``: Python then has no ``sys.stdin``)."""
    return sys.stdin is not None and sys.stdin.isatty()


def no_passphrase_given(file: object, variable: str, what: Message | None = None) -> Message:
    """Why an encrypted ``file`` cannot be opened without a terminal: ``variable`` unset, or
    set to nothing."""
    if set_but_empty(variable):
        return msg("{file} is encrypted and {variable} is set but empty: put the passphrase in "
                   "it, or unset it and run in a terminal to be asked.", file=file,
                   variable=variable)
    if what is None:
        return msg("{file} is encrypted: set CASEAPP_PASSPHRASE or run in a terminal to be "
                   "asked.", file=file)
    return msg("{file} is encrypted: set {variable} or run in a terminal to be asked for the "
               "passphrase of {what}.", file=file, variable=variable, what=what)


def passphrase_for(location: Location, *, new: bool, ask: bool) -> str | None:
    """CASEAPP_PASSPHRASE, or asked on the terminal when the file is encrypted (or ``ask``)."""
    env = text_variable("CASEAPP_PASSPHRASE")
    if env:
        return env
    if location.url is not None:
        return None
    needed = ask if new else (file_kind(location.path) == "encrypted"  # type: ignore[arg-type]
                              and not_a_case_file(location.path) is None)  # type: ignore[arg-type]
    if not needed:
        return None
    if not on_terminal():
        raise CaseFileError(no_passphrase_given(location, "CASEAPP_PASSPHRASE"), bad_input=True)
    first = getpass.getpass(str(msg("Passphrase: ")))
    if new and getpass.getpass(str(msg("Repeat the passphrase: "))) != first:
        raise UserError(msg("The two passphrases differ; nothing was created."))
    if not first:
        raise UserError(msg("An empty passphrase cannot protect a case file."))
    return first


UPGRADE_LINE_EVERY = 5.0  # seconds between two lines about an upgrade's progress


def upgrade_lines(stream: TextIO) -> Callable[[Message], None]:
    """What an upgrade of an older case file is doing, on ``stream``: its first line, then a
    line every few seconds (building the search index again takes a minute for 100,000
    captives, and a command silent that long looks hung)."""
    last: list[float] = []

    def tell(message: Message) -> None:
        now = monotonic()
        if not last or now - last[0] >= UPGRADE_LINE_EVERY:
            say(stream, message)
            last[:] = [now]
    return tell


def open_case(args: argparse.Namespace, *, create: bool = False, encrypt: bool = False) -> CaseFile:
    location = resolve_location(args.db)
    new = create and (location.url is None and file_kind(location.path) == "missing")  # type: ignore[arg-type]
    passphrase = passphrase_for(location, new=new, ask=encrypt)
    try:
        cf = open_case_file(location, passphrase=passphrase, create=create,
                            actor=current_actor(), progress=upgrade_lines(sys.stderr))
    except CaseFileError as exc:
        _no_case_file_there(location, exc)
        variable = named_by_variable(args.db)
        if variable == "CASEAPP_DB":  # a case file the user may not know she named
            exc.args = (msg("{error} (The environment variable CASEAPP_DB names that case "
                            "file.)", error=exc.message), *exc.args[1:])
        elif variable is not None:
            exc.args = (msg("{error} (The environment variable CASEAPP_DATABASE_URL names that "
                            "server.)", error=exc.message), *exc.args[1:])
        raise
    if cf.db.read_only is not None:  # a read-only disk or folder: reads only
        # said once the command has done its work (caseapp.cli.entry): a command refused
        # says the refusal alone, one line
        args.read_only_notice = cf.db.read_only.notice()
    for warning in cf.warnings:  # the work goes on; `check` reports it too
        say(sys.stderr, msg("warning: {warning}", warning=warning))
    for notice in cf.notices:  # what the open changed for this version (said once)
        say(sys.stderr, notice)
    return cf


def _no_case_file_there(location: Location, exc: CaseFileError) -> None:
    """A team server's database that holds no case file: the command that makes one there
    (the window asks whether to make one). The team service is imported only then: a local
    case file never needs it."""
    if location.url is None:
        return
    from caseapp.services.team import NoCaseFileYet

    if isinstance(exc, NoCaseFileYet):
        raise UserError(msg("{error} To make one there, run “caseapp init --db URL” (or "
                            "“caseapp team push FILE --db URL”).", error=exc.message)) from None


@contextmanager
def opened_case(args: argparse.Namespace, *, create: bool = False) -> Iterator[CaseFile]:
    """The case file named by ``--db``, open for the ``with`` block and closed after it,
    whatever happens inside (``create``: made if a server's database holds none)."""
    cf = open_case(args, create=create)
    try:
        yield cf
    finally:
        cf.close()


def refuse_standard_output(target: Path | None, *, what: Message) -> None:
    """Stop when ``target`` is “-”, which other programs read as the standard output: here it
    would be a file named “-”."""
    if target is not None and str(target) == "-":
        raise UserError(msg("CaseApp writes {what} to a file, not to the standard output "
                            "(“-”): give the file's name. Nothing was written.", what=what))


def refuse_protected_output(args: argparse.Namespace, target: Path, *,
                            what: Message, folder: bool = False,
                            new_folder: bool = False) -> None:
    """Stop before anything is opened or written when ``target`` is the case file named by
    ``--db`` (or one of its side files), lies in the backups folder, or is something other
    than a file (a folder, unless ``folder``; a device, a pipe), or goes in a folder that does
    not exist (unless ``new_folder``: one the output makes, inside a checked one)."""
    from caseapp.services.backup import default_backup_root
    from caseapp.services.output_guard import OutputGuard

    refuse_standard_output(target, what=what)
    location = resolve_location(args.db)
    OutputGuard(case_file=location.path, backups_root=default_backup_root()).check(
        target, what=text_of(what), folder=folder, new_folder=new_folder)


def say(err: TextIO, message: str | Message) -> None:
    """One line on stderr in the user's language, whatever the message holds (a path or a name
    with a line break)."""
    err.write("caseapp: " + printable(" ".join(text_of(message).splitlines()).strip()) + "\n")


def os_error_line(exc: OSError) -> Message:
    reason = os_reason(exc)
    if exc.filename is not None:
        return msg("{reason} ({file}); nothing was changed.", reason=reason, file=exc.filename)
    return msg("{reason}; nothing was changed.", reason=reason)
