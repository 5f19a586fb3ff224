"""The ``caseapp`` command: the case file's services for scripts and scheduled jobs.

Errors go to stderr as one line; the exit code is 2 for a user's mistake (bad input,
unknown ID, wrong passphrase) and 1 for a failure (damaged file, disk error).
"""

from __future__ import annotations

import argparse
import dataclasses
import getpass
import json
import os
import sys
from collections.abc import Callable, Sequence
from datetime import date, datetime, time, timedelta
from enum import Enum
from pathlib import Path
from typing import Any, NoReturn, TextIO

from sqlalchemy.exc import DatabaseError

from caseapp import __version__
from caseapp.config import Location, current_actor, resolve_location
from caseapp.db.engine import file_kind
from caseapp.domain.dates import PartialDate
from caseapp.domain.dto import CaptiveDTO, CaptiveFileDTO
from caseapp.domain.enums import CaptiveStatus
from caseapp.domain.errors import CaseAppError, CaseFileError, ConflictError, NotFound, ValidationError
from caseapp.services import row_validation
from caseapp.services.casefile import CaseFile, not_a_case_file, open_case_file

EXIT_FAILURE = 1
EXIT_BAD_INPUT = 2


class UserError(CaseAppError):
    """A mistake in how the command was called."""


# The largest number SQLite stores in an integer column; record IDs are 1 … MAX_ID.
MAX_ID = 2**63 - 1
# Day counts on the command line (windows ahead, hearing horizons): at most a century.
MAX_DAYS = 36_500


class ArgumentParser(argparse.ArgumentParser):
    """argparse that reports a mistake as one line (raised, so ``main`` prints it)."""

    def error(self, message: str) -> NoReturn:
        raise UserError(f"{message} (see “{self.prog} --help”).")


def record_id(text: str) -> int:
    """An argparse type: the ID of a record, 1 … :data:`MAX_ID`."""
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"“{text[:40]}” is not a record ID (a whole number)"
                                         ) from None
    if not 1 <= value <= MAX_ID:
        raise argparse.ArgumentTypeError(f"{text[:40]} is not a record ID (1 to {MAX_ID})")
    return value


def day_count(text: str) -> int:
    """An argparse type: a number of days, 0 … :data:`MAX_DAYS`."""
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"“{text[:40]}” is not a number of days") from None
    if not 0 <= value <= MAX_DAYS:
        raise argparse.ArgumentTypeError(f"{text[:40]} days is out of range (0 to {MAX_DAYS})")
    return value


# ---- output helpers -----------------------------------------------------------------------

def jsonable(value: Any) -> Any:
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
    return value


def print_json(value: Any, out: TextIO) -> None:
    json.dump(jsonable(value), out, ensure_ascii=False, indent=2)
    out.write("\n")


def print_table(headers: Sequence[str], rows: Sequence[Sequence[Any]], out: TextIO) -> None:
    cells = [[str(h) for h in headers]] + [["" if c is None else str(c) for c in r] for r in rows]
    widths = [min(40, max(len(r[i]) for r in cells)) for i in range(len(headers))]

    def fit(text: str, width: int) -> str:
        return text if len(text) <= width else text[: width - 1] + "…"

    for n, row in enumerate(cells):
        out.write("  ".join(fit(c, w).ljust(w) for c, w in zip(row, widths, strict=True)).rstrip() + "\n")
        if n == 0:
            out.write("  ".join("-" * w for w in widths) + "\n")


# ---- opening the case file ----------------------------------------------------------------

def _passphrase(location: Location, *, new: bool, ask: bool) -> str | None:
    """CASEAPP_PASSPHRASE, or asked on the terminal when the file is encrypted (or ``ask``)."""
    env = os.environ.get("CASEAPP_PASSPHRASE")
    if env:
        return env
    if location.url is not None:
        return None
    needed = ask if new else (file_kind(location.path) == "encrypted"  # type: ignore[arg-type]
                              and not_a_case_file(location.path) is None)  # type: ignore[arg-type]
    if not needed:
        return None
    if not sys.stdin.isatty():
        raise CaseFileError(
            f"{location} is encrypted: set CASEAPP_PASSPHRASE or run in a terminal to be asked.",
            bad_input=True)
    first = getpass.getpass("Passphrase: ")
    if new and getpass.getpass("Repeat the passphrase: ") != first:
        raise UserError("The two passphrases differ; nothing was created.")
    if not first:
        raise UserError("An empty passphrase cannot protect a case file.")
    return first


def _open(args: argparse.Namespace, *, create: bool = False, encrypt: bool = False) -> CaseFile:
    location = resolve_location(args.db)
    new = create and (location.url is None and file_kind(location.path) == "missing")  # type: ignore[arg-type]
    passphrase = _passphrase(location, new=new, ask=encrypt)
    cf = open_case_file(location, passphrase=passphrase, create=create, actor=current_actor())
    for warning in cf.warnings:  # the work goes on; `check` reports it too
        sys.stderr.write(f"caseapp: warning: {warning}\n")
    return cf


def refuse_protected_output(args: argparse.Namespace, target: Path, *, what: str) -> None:
    """Stop before anything is opened or written when ``target`` is the case file named by
    ``--db`` (or one of its side files) or lies in the backups folder."""
    from caseapp.services.backup import default_backup_root
    from caseapp.services.output_guard import OutputGuard

    location = resolve_location(args.db)
    OutputGuard(case_file=location.path, backups_root=default_backup_root()).check(
        target, what=what)


# ---- commands -----------------------------------------------------------------------------

def cmd_gui(args: argparse.Namespace, out: TextIO) -> int:
    from caseapp.app import run_gui

    return run_gui(args.db)


def cmd_screenshots(args: argparse.Namespace, out: TextIO) -> int:
    from caseapp.ui.screenshots import SCREENSHOT_NAMES, take_screenshots

    for name in SCREENSHOT_NAMES:
        refuse_protected_output(args, args.out / name, what="the screenshots")
    cf = _open(args)  # the passphrase from the environment or the terminal, never a dialog
    try:
        if args.captive is not None:
            cf.captives.get(args.captive)  # an unknown ID is said before any window is built
        written = take_screenshots(cf, args.out, args.captive)
    finally:
        cf.close()
    for path in written:
        out.write(f"{path}\n")
    return 0


def cmd_init(args: argparse.Namespace, out: TextIO) -> int:
    location = resolve_location(args.db)
    if location.url is None and file_kind(location.path) != "missing":  # type: ignore[arg-type]
        raise UserError(f"{location} already exists; nothing was changed.")
    from caseapp.cli_security import new_passphrase

    passphrase = None if args.no_encrypt or location.url else new_passphrase(
        "CASEAPP_PASSPHRASE", what="the new case file (or “--no-encrypt”)")
    cf = open_case_file(location, passphrase=passphrase, create=True, actor=current_actor())
    kind = ("encrypted" if cf.db.encrypted
            else "not encrypted: anyone who gets the file can read it")
    cf.close()
    out.write(f"Created the case file {location} ({kind}).\n")
    return 0


def cmd_demo(args: argparse.Namespace, out: TextIO) -> int:
    from caseapp.services.demo import build_demo

    location = resolve_location(args.db)
    if location.url is None and file_kind(location.path) != "missing":  # type: ignore[arg-type]
        raise UserError(f"{location} already exists; the demo goes into a new file (use --db).")
    cf = _open(args, create=True)
    try:
        summary = build_demo(cf)
    except BaseException:
        cf.close()
        if location.path is not None:
            for suffix in ("", "-wal", "-shm"):
                Path(f"{location.path}{suffix}").unlink(missing_ok=True)
        raise
    cf.close()
    counts = ", ".join(f"{n} {f.name.replace('_', ' ')}" for f in dataclasses.fields(summary)
                       if (n := getattr(summary, f.name)))
    out.write(f"Created the fictional demo case file {location}: {counts}.\n")
    return 0


def _captive_row(c: CaptiveDTO) -> list[Any]:
    latin = c.latin_name if c.latin_name != c.primary_name else ""
    days = "" if c.days_in_custody is None else c.days_in_custody
    return [c.id, c.primary_name, latin, c.status.value, c.category.value, c.current_place, days]


def cmd_captives_list(args: argparse.Namespace, out: TextIO) -> int:
    cf = _open(args)
    try:
        captives = cf.captives.list(status=args.status, tag=args.tag, search=args.search)
    finally:
        cf.close()
    if args.format == "json":
        print_json(captives, out)
    else:
        print_table(["ID", "Name", "Latin", "Status", "Category", "Place of detention", "Days"],
                    [_captive_row(c) for c in captives], out)
        out.write(f"{len(captives)} captive{'s' if len(captives) != 1 else ''}\n")
    return 0


def _print_captive_file(f: CaptiveFileDTO, out: TextIO) -> None:
    c = f.captive
    w = out.write
    w(f"{c.primary_name}  (ID {c.id})\n")
    for n in c.names:
        w(f"  {n.full_name}  [{n.script.value}{'/' + n.language if n.language else ''}, {n.kind.value}]\n")
    w(f"Status: {c.status.value}" + (f" since {c.status_since}" if c.status_since else "") + "\n")
    w(f"Category: {c.category.value}   Sex: {c.sex.value}"
      + (f"   Born: {c.birth.iso()}" if c.birth else "") + "\n")
    if c.capture:
        w(f"Captured: {c.capture.iso()} {c.capture_place} {('by ' + c.capturing_authority) if c.capturing_authority else ''}".rstrip() + "\n")
    if c.days_in_custody is not None:
        w(f"Days in custody: {c.days_in_custody}\n")
    if c.current_place:
        w(f"Held at: {c.current_place}\n")
    if c.tags:
        w(f"Tags: {', '.join(c.tags)}\n")
    sections: list[tuple[str, Sequence[Any], Callable[[Any], str]]] = [
        ("Prosecutions", f.prosecutions, lambda p: f"{p.case_number} {p.court} — "
         + "; ".join(ch.citation for ch in p.charges)),
        ("Detention orders", f.detention_orders, lambda o: f"{o.kind.value}: {o.start_date} → {o.expires_on} "
         f"({o.term_months} m {o.term_days} d) {o.ordering_court}"),
        ("Hearings", f.hearings, lambda h: f"{h.starts_at:%Y-%m-%d %H:%M %Z} {h.kind.value} {h.court}"
         + (f" — {h.outcome}" if h.outcome else "")),
        ("Places of detention", f.detention_places, lambda p: f"{p.from_date} – {p.to_date or 'now'} {p.facility}"),
        ("Welfare contacts", f.welfare_contacts, lambda x: f"{x.contact_on} {x.kind.value} {x.source}"),
        ("International proceedings", f.international_proceedings,
         lambda x: f"{x.body.value} {x.kind.value} {x.reference} {x.status.value}"),
        ("Interventions", f.interventions, lambda x: f"{x.made_on} {x.channel.value} {x.subject} [{x.status.value}]"),
        ("Documents", f.documents, lambda d: f"{d.title} ({d.size} bytes, sha256 {d.sha256[:16]}…)"),
        ("Deadlines", f.deadlines, lambda d: f"{d.due_on} {d.title} [{d.status.value}]"),
        ("Notes", f.notes, lambda n: f"{n.written_at:%Y-%m-%d} {n.title or n.body[:60]}"),
    ]
    for title, items, fmt in sections:
        if items:
            w(f"\n{title}:\n")
            for item in items:
                w(f"  {fmt(item)}\n")


def cmd_captives_show(args: argparse.Namespace, out: TextIO) -> int:
    cf = _open(args)
    try:
        f = cf.captive_file(args.id)
    finally:
        cf.close()
    if args.format == "json":
        print_json(f, out)
    else:
        _print_captive_file(f, out)
    return 0


def cmd_search(args: argparse.Namespace, out: TextIO) -> int:
    cf = _open(args)
    try:
        results = cf.search.everything(args.query)
    finally:
        cf.close()
    if args.format == "json":
        print_json(results, out)
    else:
        print_table(["Kind", "ID", "Captives", "Text"],
                    [[r.entity, r.record_id, ",".join(map(str, r.captive_ids)), r.label] for r in results], out)
    return 0


def cmd_export(args: argparse.Namespace, out: TextIO) -> int:
    refuse_protected_output(args, args.output, what="the export")
    cf = _open(args)
    try:
        counts = cf.export_json(args.output)
    finally:
        cf.close()
    out.write(f"Exported {sum(counts.values())} records ({counts.get('captives', 0)} captives) "
              f"to {args.output}.\n")
    return 0


def cmd_import(args: argparse.Namespace, out: TextIO) -> int:
    cf = _open(args)
    try:
        report = cf.import_json(args.file)
    finally:
        cf.close()
    if not report.added:
        out.write("Nothing to add: every record in the file is already in the case file.\n")
    else:
        parts = ", ".join(f"{n} {t.replace('_', ' ')}" for t, n in report.added.items())
        out.write(f"Added {report.total_added} records: {parts}.\n")
    if report.skipped:
        out.write(f"Skipped {sum(report.skipped.values())} records already present.\n")
    if report.computed_deadlines:
        out.write(f"Computed {report.computed_deadlines} deadlines from the imported records.\n")
    for notice in report.notices:
        out.write(notice + "\n")
    return 0


def _write_details(details: tuple[str, ...], out: TextIO) -> None:
    for detail in details:
        for line in detail.splitlines():
            out.write(f"DETAIL: {line}\n")


def cmd_check(args: argparse.Namespace, out: TextIO) -> int:
    try:
        cf = _open(args)
    except CaseFileError as exc:
        if args.details:
            _write_details(exc.details, out)
        raise
    try:
        report = cf.check()
    finally:
        cf.close()
    out.write(f"Case file {resolve_location(args.db)} (schema {report.schema_revision}): "
              f"{report.counts.get('captives', 0)} captives, {sum(report.counts.values())} records.\n")
    if report.ok:
        out.write("No problems found.\n")
        return 0
    for p in report.problems:
        out.write(f"PROBLEM: {p}\n")
    if args.details:
        _write_details(report.details, out)
    elif report.details:
        out.write("(“caseapp check --details” shows what SQLite reported.)\n")
    return EXIT_FAILURE


# ---- deadlines and rules ------------------------------------------------------------------

def cmd_deadlines(args: argparse.Namespace, out: TextIO) -> int:
    from caseapp.reports.calendar import build_calendar, write_ics

    if args.within < 0:
        raise UserError("--within must be zero or more days.")
    if args.output is not None:
        refuse_protected_output(args, args.output, what="the calendar")
    # A calendar leaves the machine (a synced phone): shareable unless asked otherwise. The
    # lawyer's own table shows everything.
    level = args.level or ("shareable" if args.format == "ics" else "internal")
    cf = _open(args)
    try:
        events = cf.reminders.calendar(args.within, level=level)
    finally:
        cf.close()
    deadlines, hearings = list(events.deadlines), list(events.hearings)
    if args.format == "ics":
        from caseapp.domain.redaction import OmissionSummary

        if args.output is None:
            out.write(build_calendar([*deadlines, *hearings], lead_days=events.lead_days,
                                     names=events.names, level=events.level)
                      .to_ical().decode("utf-8"))
        else:
            n = write_ics([*deadlines, *hearings], args.output, lead_days=events.lead_days,
                          names=events.names, level=events.level)
            out.write(f"Wrote {n} events ({len(deadlines)} deadlines, {len(hearings)} hearings) "
                      f"at the {events.level.value} level to {args.output}.\n")
        # Once the calendar is written (a failing command says only why it failed).
        for line in OmissionSummary("calendar", events.level, events.omitted).lines():
            args.err.write(line + "\n")
        return 0
    if args.output is not None:
        raise UserError("-o/--output is for --format ics.")
    if args.format == "json":
        print_json(deadlines, out)
    else:
        print_table(["ID", "Due", "Time", "Captive", "Title", "Rule", "Hand-set"],
                    [[d.id, d.due_on, f"{d.due_time:%H:%M} {d.timezone}".strip() if d.due_time
                      else "", d.captive_id or "", d.title, d.rule_id,
                      "yes" if d.overridden else ""] for d in deadlines], out)
        out.write(f"{len(deadlines)} open deadline{'s' if len(deadlines) != 1 else ''} "
                  f"within {args.within} days (overdue included)\n")
    return 0


def _rule_set() -> Any:
    from caseapp.domain.rules import load_rules
    from caseapp.services.casefile import user_rules_dir

    return load_rules(user_rules_dir())


def cmd_rules_list(args: argparse.Namespace, out: TextIO) -> int:
    rules = _rule_set()
    if args.format == "json":
        print_json({"rules": [{"id": r.id, "version": r.version, "title": r.title,
                               "trigger": r.trigger, "body": r.body, "source": r.source,
                               "verified": r.verified,
                               "counting_verified": r.counting_verified} for r in rules],
                    "problems": [str(p) for p in rules.problems]}, out)
        return 0
    # One block per rule: the source is printed in full, never cut, with the verified flag.
    for r in rules:
        verified = ("yes" if r.may_move_later else
                    "period yes, counting not verified" if r.verified else "NO")
        out.write(f"{r.id}  v{r.version}  [verified: {verified}]\n  {r.title}\n"
                  f"  Source: {r.source}\n")
    for p in rules.problems:
        out.write(f"PROBLEM: {p}\n")
    return 0


def cmd_rules_compute(args: argparse.Namespace, out: TextIO) -> int:
    from caseapp.domain.deadlines import compute, parse_trigger

    trigger = parse_trigger(args.trigger)
    params: dict[str, str] = {}
    for item in args.param or []:
        name, sep, value = item.partition("=")
        if not sep or not name.strip():
            raise UserError(f"“{item}” is not NAME=VALUE.")
        params[name.strip()] = value.strip()
    results = compute(_rule_set(), args.rule_id, trigger, params, today=date.today())
    if args.format == "json":
        print_json([{"rule_id": d.rule_id, "applied_rule_id": d.applied_rule_id,
                     "rule_version": d.rule_version, "title": d.title, "due": d.due,
                     "due_on": d.due_on, "reminders": d.reminders, "derived_from": d.derived_from,
                     "verified": d.verified, "source": d.source, "steps": d.steps}
                    for d in results], out)
        return 0
    for n, d in enumerate(results):
        if n:
            out.write("\n")
        due = d.due.strftime("%Y-%m-%d %H:%M %Z") if isinstance(d.due, datetime) else d.due
        out.write(f"{due}  {d.title}  [{d.applied_rule_id} v{d.rule_version}"
                  f"{'' if d.verified else ', not verified'}]\n")
        for step in d.steps:
            out.write(f"  - {step}\n")
        out.write(f"  Source: {d.source}\n")
    return 0


# ---- parser -------------------------------------------------------------------------------

def build_parser() -> argparse.ArgumentParser:
    db_help = "case file to use (default: CASEAPP_DB, CASEAPP_DATABASE_URL, or the user data folder)"
    common = ArgumentParser(add_help=False)
    common.add_argument("--db", metavar="PATH", default=argparse.SUPPRESS, help=db_help)

    parser = ArgumentParser(
        prog="caseapp",
        description="Case files of captives and detainees held abroad. "
                    "Without a command, opens the desktop window.",
        parents=[common],
    )
    parser.add_argument("--version", action="version", version=f"CaseApp {__version__}")
    parser.set_defaults(func=cmd_gui)
    sub = parser.add_subparsers(title="commands", metavar="COMMAND")

    p = sub.add_parser("init", parents=[common], help="create an empty case file, encrypted "
                       "with a passphrase (asked twice, or CASEAPP_PASSPHRASE)")
    p.add_argument("--no-encrypt", action="store_true", help="do not encrypt: anyone who gets "
                   "the file can read it (for fictional or public data only)")
    p.add_argument("--encrypt", action="store_true", help=argparse.SUPPRESS)  # the default now
    p.set_defaults(func=cmd_init)

    p = sub.add_parser("demo", parents=[common], help="create a fictional demo case file")
    p.set_defaults(func=cmd_demo)

    captives = sub.add_parser("captives", help="list or show captives")
    csub = captives.add_subparsers(title="captives commands", metavar="ACTION", required=True)
    p = csub.add_parser("list", parents=[common], help="list captives")
    p.add_argument("--status", choices=[s.value for s in CaptiveStatus])
    p.add_argument("--search", metavar="Q", help="name or text, in any script")
    p.add_argument("--tag")
    p.add_argument("--format", choices=["table", "json"], default="table")
    p.set_defaults(func=cmd_captives_list)
    p = csub.add_parser("show", parents=[common], help="show one captive's file")
    p.add_argument("id", type=record_id, metavar="ID")
    p.add_argument("--format", choices=["text", "json"], default="text")
    p.set_defaults(func=cmd_captives_show)

    p = sub.add_parser("search", parents=[common], help="search every record, in any script")
    p.add_argument("query")
    p.add_argument("--format", choices=["table", "json"], default="table")
    p.set_defaults(func=cmd_search)

    p = sub.add_parser("export", parents=[common], help="write the whole case file to JSON")
    p.add_argument("--format", choices=["json"], default="json")
    p.add_argument("-o", "--output", required=True, type=Path, metavar="FILE")
    p.set_defaults(func=cmd_export)

    p = sub.add_parser("import", parents=[common], help="add the records of a JSON export")
    p.add_argument("file", type=Path, metavar="FILE")
    p.set_defaults(func=cmd_import)

    p = sub.add_parser("check", parents=[common], help="check the case file's integrity")
    p.add_argument("--details", action="store_true",
                   help="also show what SQLite reported about damage")
    p.set_defaults(func=cmd_check)

    p = sub.add_parser("deadlines", parents=[common],
                       help="open deadlines due soon (overdue included), or a calendar file")
    p.add_argument("--within", type=day_count, default=30, metavar="DAYS",
                   help="due within this many days (default 30)")
    p.add_argument("--format", choices=["table", "json", "ics"], default="table")
    p.add_argument("--level", choices=["public", "shareable", "internal"],
                   help="leave out everything above this level (default: shareable for "
                        "--format ics, internal otherwise); what is left out is listed on stderr")
    p.add_argument("-o", "--output", type=Path, metavar="FILE",
                   help="with --format ics: write the calendar here (default: standard output)")
    p.set_defaults(func=cmd_deadlines)

    rules = sub.add_parser("rules", help="list deadline rules or compute one")
    rsub = rules.add_subparsers(title="rules commands", metavar="ACTION", required=True)
    p = rsub.add_parser("list", help="list the rules in force (shipped and your own)")
    p.add_argument("--format", choices=["table", "json"], default="table")
    p.set_defaults(func=cmd_rules_list)
    p = rsub.add_parser("compute", help="compute a rule's deadline(s) with the steps taken")
    p.add_argument("rule_id", metavar="RULE_ID")
    p.add_argument("--trigger", required=True, metavar="DATE[THH:MM+ZZ]")
    p.add_argument("--param", action="append", metavar="NAME=VALUE")
    p.add_argument("--format", choices=["text", "json"], default="text")
    p.set_defaults(func=cmd_rules_compute)

    p = sub.add_parser("screenshots", parents=[common],
                       help="render each main view and one captive's file to PNG (offscreen)")
    p.add_argument("--out", type=Path, required=True, metavar="DIR")
    p.add_argument("--captive", type=record_id, metavar="ID", help="the captive whose file to render")
    p.set_defaults(func=cmd_screenshots)
    from caseapp.cli_reports import add_parsers as add_report_parsers  # dossier, report, letter

    add_report_parsers(sub, common)

    from caseapp import cli_security

    cli_security.add_parsers(sub, common)
    return parser


def _say(err: TextIO, message: str) -> None:
    """One line on stderr, whatever the message holds (a path or a name with a line break)."""
    err.write("caseapp: " + " ".join(message.splitlines()).strip() + "\n")


def _os_error(exc: OSError) -> str:
    reason = exc.strerror or str(exc)
    where = exc.filename if exc.filename is not None else ""
    return f"{reason} ({where}); nothing was changed." if where else f"{reason}; nothing was changed."


def main(argv: Sequence[str] | None = None, *, out: TextIO | None = None,
         err: TextIO | None = None) -> int:
    out = out or sys.stdout
    err = err or sys.stderr
    try:
        args = build_parser().parse_args(argv)
    except UserError as exc:
        _say(err, str(exc))
        return EXIT_BAD_INPUT
    if not hasattr(args, "db"):
        args.db = None
    args.err = err  # for what a command says besides its output (e.g. what a level leaves out)
    try:
        return args.func(args, out)
    except (ValidationError, NotFound, ConflictError, UserError) as exc:
        _say(err, str(exc))
        return EXIT_BAD_INPUT
    except CaseFileError as exc:
        hint = (" (“caseapp check --details” shows what SQLite reported.)"
                if exc.details and not getattr(args, "details", False) else "")
        _say(err, f"{exc}{hint}")
        return EXIT_BAD_INPUT if exc.bad_input else EXIT_FAILURE
    except DatabaseError as exc:
        _say(err, f"the case file could not be read or written ({exc.orig}); "
                  "run “caseapp check”.")
        return EXIT_FAILURE
    except OSError as exc:  # a full disk, a missing folder, no permission: the user's to fix
        _say(err, _os_error(exc))
        return EXIT_BAD_INPUT
    except row_validation.DECODE_ERRORS as exc:
        if row_validation.unreadable_stored_value(exc):
            _say(err, "a record in the case file holds a value CaseApp cannot read "
                      f"({row_validation.one_line(str(exc))[:200]}); run “caseapp check” to "
                      "find it.")
            return EXIT_FAILURE
        if isinstance(exc, OverflowError | RecursionError):
            _say(err, f"a number or a date is out of range ({exc}); nothing was changed.")
            return EXIT_BAD_INPUT
        return _unexpected(err, exc)
    except KeyboardInterrupt:
        _say(err, "interrupted; nothing half-written was kept.")
        return 130
    except Exception as exc:  # noqa: BLE001 - the last line of defence: never a traceback
        return _unexpected(err, exc)


def _unexpected(err: TextIO, exc: Exception) -> int:
    """A bug of CaseApp's: one line, unless CASEAPP_DEBUG asks for the traceback."""
    if os.environ.get("CASEAPP_DEBUG"):
        raise exc
    _say(err, f"an unexpected error stopped the command ({type(exc).__name__}: {exc}). "
              "Set CASEAPP_DEBUG=1 to see the details.")
    return EXIT_FAILURE
