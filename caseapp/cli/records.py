"""Commands on the records: create a case file or the demo, list and show captives,
search, export, import and check."""

from __future__ import annotations

import argparse
import dataclasses
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any, TextIO

from caseapp.cli.common import (
    EXIT_FAILURE,
    UserError,
    new_passphrase,
    open_case,
    opened_case,
    print_json,
    print_table,
    record_id,
    refuse_protected_output,
)
from caseapp.config import current_actor, resolve_location
from caseapp.db.migrate import head_revision
from caseapp.domain.dto import CaptiveDTO, CaptiveFileDTO
from caseapp.domain.enums import CaptiveStatus
from caseapp.domain.errors import CaseFileError
from caseapp.domain.location import Location
from caseapp.services.casefile import file_kind, open_case_file
from caseapp.services.team import server_revision


def cmd_init(args: argparse.Namespace, out: TextIO) -> int:
    location = resolve_location(args.db)
    if location.url is None and file_kind(location.path) != "missing":  # type: ignore[arg-type]
        raise UserError(f"{location} already exists; nothing was changed.")
    if location.url is not None:
        return _init_on_server(location, out)
    passphrase = None if args.no_encrypt else new_passphrase(
        "CASEAPP_PASSPHRASE", what="the new case file (or “--no-encrypt”)")
    cf = open_case_file(location, passphrase=passphrase, create=True, actor=current_actor())
    kind = ("encrypted" if cf.db.encrypted
            else "not encrypted: anyone who gets the file can read it")
    cf.close()
    out.write(f"Created the case file {location} ({kind}).\n")
    return 0


def _init_on_server(location: Location, out: TextIO) -> int:
    """A case file on a team server: made (every migration) if the database has none yet;
    one that is there is brought up to date, and said to be so, never "created"."""
    assert location.url is not None
    before = server_revision(location.url)
    cf = open_case_file(location, create=True, actor=current_actor())
    cf.close()
    if before is None:
        out.write(f"Created the case file in the database {location}. Set up its team with "
                  "“caseapp team init”.\n")
    elif before == head_revision():
        out.write(f"{location} already holds a case file, up to date; nothing was changed.\n")
    else:
        out.write(f"{location} already holds a case file; its schema was brought up to date "
                  f"(from {before} to {head_revision()}).\n")
    return 0


def cmd_demo(args: argparse.Namespace, out: TextIO) -> int:
    from caseapp.demo.case_file import build_demo

    location = resolve_location(args.db)
    if location.url is None and file_kind(location.path) != "missing":  # type: ignore[arg-type]
        raise UserError(f"{location} already exists; the demo goes into a new file (use --db).")
    cf = open_case(args, create=True)
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
    with opened_case(args) as cf:
        captives = cf.captives.list(status=args.status, tag=args.tag, search=args.search)
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
        by = f"by {c.capturing_authority}" if c.capturing_authority else ""
        w(f"Captured: {c.capture.iso()} {c.capture_place} {by}".rstrip() + "\n")
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
    with opened_case(args) as cf:
        f = cf.captive_file(args.id)
    if args.format == "json":
        print_json(f, out)
    else:
        _print_captive_file(f, out)
    return 0


def cmd_search(args: argparse.Namespace, out: TextIO) -> int:
    with opened_case(args) as cf:
        results = cf.search.everything(args.query)
    if args.format == "json":
        print_json(results, out)
    else:
        print_table(["Kind", "ID", "Captives", "Text"],
                    [[r.entity, r.record_id, ",".join(map(str, r.captive_ids)), r.label] for r in results], out)
    return 0


def cmd_export(args: argparse.Namespace, out: TextIO) -> int:
    from caseapp.services import outputs

    refuse_protected_output(args, args.output, what="the export")
    with opened_case(args) as cf:
        counts = outputs.export_json(cf, args.output)
    out.write(f"Exported {sum(counts.values())} records ({counts.get('captives', 0)} captives) "
              f"to {args.output}.\n")
    return 0


def cmd_import(args: argparse.Namespace, out: TextIO) -> int:
    with opened_case(args) as cf:
        report = cf.import_json(args.file)
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
        cf = open_case(args)
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




def add_parsers(sub: Any, common: argparse.ArgumentParser) -> None:
    """Add the record commands to the ``caseapp`` parser's subcommands."""
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
