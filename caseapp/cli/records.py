"""Commands on the records: create a case file or the demo, list and show captives,
search, export, import and check."""

from __future__ import annotations

import argparse
import dataclasses
from collections.abc import Sequence
from pathlib import Path
from typing import Any, TextIO

from caseapp.cli.captive_file_text import print_captive_file, when_said
from caseapp.cli.common import (
    EXIT_FAILURE,
    UserError,
    calendar_day,
    format_option,
    jsonable,
    open_case,
    opened_case,
    path_argument,
    print_json,
    print_table,
    record_id,
    refuse_protected_output,
)
from caseapp.cli.passphrases import new_passphrase
from caseapp.config import current_actor, resolve_location
from caseapp.db.migrate import head_revision
from caseapp.domain.captive_rows import About, AtLeast
from caseapp.domain.clean_text import printable
from caseapp.domain.dto import CaptiveDTO, LookAlike
from caseapp.domain.enums import CaptiveStatus, Sensitivity
from caseapp.domain.errors import CaseFileError
from caseapp.domain.field_labels import record_kind
from caseapp.domain.location import Location
from caseapp.domain.messages import (
    Message,
    Number,
    current_language,
    list_separator,
    msg,
    msg_n,
    text_of,
)
from caseapp.domain.name_display import name_in_every_language
from caseapp.domain.names import search_keys
from caseapp.domain.stays import held_there_now
from caseapp.domain.table_counts import counts_of
from caseapp.services.casefile import file_kind, open_case_file

LEVELS = [s.value for s in Sensitivity]


def cmd_init(args: argparse.Namespace, out: TextIO) -> int:
    location = resolve_location(args.db)
    if location.url is None and file_kind(location.path) != "missing":  # type: ignore[arg-type]
        raise UserError(msg("{file} already exists; nothing was changed.", file=location))
    if location.url is not None:
        return _init_on_server(location, out)
    passphrase = None if args.no_encrypt else new_passphrase(
        "CASEAPP_PASSPHRASE", what=msg("the new case file (or “--no-encrypt”)"))
    cf = open_case_file(location, passphrase=passphrase, create=True, actor=current_actor())
    encrypted = cf.db.encrypted
    cf.close()
    out.write(str(msg("Created the case file {file} (encrypted).", file=location) if encrypted
                  else msg("Created the case file {file} (not encrypted: anyone who gets the file "
                           "can read it).", file=location)) + "\n")
    return 0


def _init_on_server(location: Location, out: TextIO) -> int:
    """A case file on a team server: made (every migration) if the database has none yet;
    one that is there is brought up to date, and said to be so, never "created"."""
    from caseapp.services.team import server_revision  # SQLAlchemy: not for --help

    assert location.url is not None
    before = server_revision(location.url)
    cf = open_case_file(location, create=True, actor=current_actor())
    cf.close()
    if before is None:
        out.write(str(msg("Created the case file in the database {database}. Set up its team "
                          "with “caseapp team init”.", database=location)) + "\n")
    elif before == head_revision():
        out.write(str(msg("{database} already holds a case file, up to date; nothing was "
                          "changed.", database=location)) + "\n")
    else:
        out.write(str(msg("{database} already holds a case file; its schema was brought up to "
                          "date (from {before} to {after}).", database=location, before=before,
                          after=head_revision())) + "\n")
    return 0


def cmd_demo(args: argparse.Namespace, out: TextIO) -> int:
    from caseapp.demo.case_file import build_demo

    location = resolve_location(args.db)
    if location.url is None and file_kind(location.path) != "missing":  # type: ignore[arg-type]
        raise UserError(msg("{file} already exists; the demo goes into a new file (use --db).",
                            file=location))
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
    counts = counts_of((f.name, getattr(summary, f.name)) for f in dataclasses.fields(summary))
    out.write(str(msg("Created the fictional demo case file {file}: {counts}.", file=location,
                      counts=counts)) + "\n")
    return 0


def _captives(count: int) -> Message:
    return msg_n("{count} captive", "{count} captives", count)


def _captive_row(c: CaptiveDTO) -> list[Any]:
    from caseapp.services.labels import status_of, value_label  # loaded when shown

    latin = c.latin_name if c.latin_name != c.primary_name else ""
    days = "" if c.days_in_custody is None else Number(c.days_in_custody)
    # the status (a woman's in the feminine: ru) and category as the user's language names
    # them (--json keeps the values)
    return [c.id, c.primary_name, latin, status_of(c.status, c.sex), value_label(c.category),
            _place(c), days]


def _place(c: CaptiveDTO) -> str:
    """The open stay's place; once custody is over with that stay left open, where the
    captive was last held (:func:`caseapp.domain.stays.held_there_now`)."""
    if c.current_place and not held_there_now(c.status):
        return str(msg("Last held at {place}", place=c.current_place))
    return c.current_place


def _level_summary(args: argparse.Namespace, left_out: Any) -> None:
    """What the output at ``--level`` left out, on stderr, as the dossier says it (and that a
    login of a lower clearance got it at that level)."""
    from caseapp.cli.reports import print_left_out  # (the reports' group: loaded when used)

    print_left_out(args, left_out)


def _days_kind(days: int | None) -> dict[str, bool]:
    """What a count of days in custody stands for, in the JSON: at least so many (counted from
    the last day of a capture known to its month or year, or from the first order), or about
    so many (from a capture known only approximately)."""
    return {"days_in_custody_at_least": isinstance(days, AtLeast),
            "days_in_custody_approximate": isinstance(days, About)}


def _listed_at_level(args: argparse.Namespace, out: TextIO) -> int:
    """``captives list --level``: the status report's rows at the level."""
    from caseapp.services.labels import level_label, status_of, value_label
    from caseapp.services.level_views import captives_at

    with opened_case(args) as cf:
        rows, left_out = captives_at(cf, level=args.level, status=args.status, tag=args.tag,
                                     search=args.search)
    if args.format == "json":
        print_json({"level": left_out.level.value, "captives": [
            {"id": r.id, "name": r.name, "latin_name": r.latin_name, "status": r.status,
             "category": r.category, "place": r.place, "days_in_custody": r.days_in_custody,
             **_days_kind(r.days_in_custody)}
            for r in rows]}, out)
    else:
        print_table([msg("ID"), msg("Name"), msg("Latin"), msg("Status"), msg("Category"),
                     msg("Place of detention"), msg("Days")],
                    [[r.id, r.name, r.latin_name if r.latin_name != r.name else "",
                      status_of(r.status, r.sex) if r.status is not None else "",
                      value_label(r.category) if r.category is not None else "", r.place,
                      "" if r.days_in_custody is None else Number(r.days_in_custody)]
                     for r in rows], out, names=(1, 2))
        out.write(str(msg_n("{count} captive at the {level} level",
                            "{count} captives at the {level} level", len(rows),
                            level=level_label(left_out.level))) + "\n")
    _level_summary(args, left_out)
    return 0


def cmd_captives_list(args: argparse.Namespace, out: TextIO) -> int:
    if args.level is not None:
        return _listed_at_level(args, out)
    with opened_case(args) as cf:
        captives = cf.captives.list(status=args.status, tag=args.tag, search=args.search)
    if args.format == "json":  # what the count of days stands for, as with --level
        print_json([{**jsonable(c), **_days_kind(c.days_in_custody)} for c in captives], out)
    else:
        print_table([msg("ID"), msg("Name"), msg("Latin"), msg("Status"), msg("Category"),
                     msg("Place of detention"), msg("Days")],
                    [_captive_row(c) for c in captives], out, names=(1, 2))
        out.write(str(msg_n("{count} captive", "{count} captives", len(captives))) + "\n")
    return 0


def cmd_captives_show(args: argparse.Namespace, out: TextIO) -> int:
    from caseapp.cli.due_words import deadline_json
    from caseapp.domain.advocacy import follow_up_overdue_days

    left_out, when, clock = None, {}, None
    with opened_case(args) as cf:
        if args.level is None:
            f = cf.captive_file(args.id)
        else:  # what the dossier at the level holds
            from caseapp.services.level_views import captive_file_at

            f, left_out = captive_file_at(cf, args.id, level=args.level)
        if args.format != "json":  # the rules' titles in the language of --lang / LANG
            from caseapp.domain.deadline_steps import deadline_in

            f = dataclasses.replace(f, deadlines=type(f.deadlines)(
                deadline_in(d, cf.rule_set, current_language()) for d in f.deadlines))
            # the clock names every order, hearing and deadline: only at the internal level
            clock = cf.deadline_engine.clock(args.id) \
                if left_out is None or left_out.level is Sensitivity.INTERNAL else None
            warnings = clock.warnings if clock is not None else ()
            when = when_said(f.deadlines, cf.ctx.today(), cf.ctx.now())
        today, now = cf.ctx.today(), cf.ctx.now()
    if args.format == "json":  # each deadline with when it falls due, as `deadlines` gives it
        fields = {**jsonable(f),
                  # the days counted from the last day of a capture known to its month or
                  # year, or from the first order: at least so many, as `captives list` says
                  "captive": {**jsonable(f.captive), **_days_kind(f.captive.days_in_custody)},
                  "deadlines": [deadline_json(d, today=today, now=now)
                                for d in f.deadlines],
                  # and each intervention with how overdue its follow-up is, as the log counts
                  "interventions": [{**jsonable(i), "follow_up_overdue_days":
                                     follow_up_overdue_days(i.follow_up_on, i.status, today)}
                                    for i in f.interventions]}
        print_json(fields if left_out is None else {"level": left_out.level.value, **fields},
                   out)
    else:
        print_captive_file(f, out, warnings, when, clock, today)
    if left_out is not None:
        _level_summary(args, left_out)
    return 0


def cmd_captives_status(args: argparse.Namespace, out: TextIO) -> int:
    """Set a captive's status; one that ends custody also ends, on its day, the open stay
    at a place of detention (unless ``--keep-stay-open``), as the window's dialog does:
    :meth:`caseapp.services.custody_end.CustodyEndService.set_status`."""
    from caseapp.cli.custody_end_lines import custody_end_lines
    from caseapp.services.labels import status_of  # the documents' words: loaded when shown

    with opened_case(args) as cf:
        done = cf.custody.set_status(args.id, args.status, effective_on=args.since,
                                     note=args.note, level=args.level,
                                     end_stays=not args.keep_stay_open)
        kept = cf.custody.open_stays(args.id, args.status, done.day) \
            if args.keep_stay_open and done.day is not None else None
    c = done.captive
    # in the language's script; the status agreeing with a woman where the language needs it
    status, name = status_of(c.status, c.sex), name_in_every_language(c)
    out.write(str(msg("{name}: the status is now {status} since {day}.", name=name,
                      status=status, day=c.status_since) if c.status_since else
                  msg("{name}: the status is now {status}.", name=name,
                      status=status)) + "\n")
    for stay in done.ended:
        out.write(str(msg("Ended the stay at {place} on {day} (“--keep-stay-open” keeps it "
                          "open).", place=stay.facility, day=done.day)) + "\n")
    for stay in done.later:
        out.write(str(msg("The stay at {place} began on {start}, after {day}: it is left open.",
                          place=stay.facility, start=stay.from_date, day=done.day)) + "\n")
    for stay in (kept.ending + kept.later) if kept else ():
        out.write(str(msg("The stay at {place} is left open (“--keep-stay-open”).",
                          place=stay.facility)) + "\n")
    for line in custody_end_lines(done):
        out.write(str(line) + "\n")
    return 0


def cmd_search(args: argparse.Namespace, out: TextIO) -> int:
    if not search_keys(args.query):  # an empty list would read as "no such name in the file"
        raise UserError(msg("“{query}” has no letter or digit to search for: give a name or "
                            "a word.", query=args.query.strip()[:40]))
    with opened_case(args) as cf:
        results = cf.search.everything(args.query, level=args.level)
        # the captives named as the deadlines name them (the level's own captives only)
        names = {cid: name.render(current_language()) for cid, name in
                 cf.captives.names_everywhere(c for r in results for c in r.captive_ids).items()}
        made = export_level(cf, args.level)
    if made is not None:  # a login of a lower clearance than asked: said, as every output
        from caseapp.cli.reports import lowered_level

        lowered_level(args, made, msg("search"))

    def named(ids: Sequence[int]) -> list[str]:
        return [names.get(c, str(c)) for c in ids]

    if args.format == "json":  # the machine's fields, and the names a reader sees
        print_json([{**jsonable(r), "captive_names": named(r.captive_ids)} for r in results],
                   out)
    elif not results:  # (headings alone read as a fault of the command)
        out.write(str(_nothing_found(args.query, made)) + "\n")
    else:
        print_table([msg("Kind"), msg("ID"), msg("Captives"), msg("Text")],
                    [[str(record_kind(r.entity)), r.record_id, "; ".join(named(r.captive_ids)),
                      r.label] for r in results], out, names=(2,))
    return 0


def _nothing_found(query: str, level: Sensitivity | None) -> Message:
    from caseapp.services.labels import level_label

    shown = printable(query.strip())
    if len(shown) > 60:  # a whole page pasted: its beginning names it
        shown = shown[:59] + "…"
    if level is None:
        return msg("No record matches “{query}”.", query=shown)
    return msg("No record at the {level} level matches “{query}”.", query=shown,
               level=level_label(level))


def cmd_export(args: argparse.Namespace, out: TextIO) -> int:
    from caseapp.services import data_exports

    refuse_protected_output(args, args.output, what=msg("the export"))
    with opened_case(args) as cf:
        left_out = data_exports.export_left_out(cf, args.level)
        counts = data_exports.export_json(cf, args.output, level=args.level)
        made = export_level(cf, args.level)
    out.write(str(msg_n("Exported {count} record ({captives}) to {file}.",
                        "Exported {count} records ({captives}) to {file}.", sum(counts.values()),
                        captives=_captives(counts.get("captives", 0)), file=args.output)) + "\n")
    if made is not None:  # a login of a lower clearance than asked: said, as every output
        from caseapp.cli.reports import lowered_level

        lowered_level(args, made, msg("export"))
    if left_out is not None:  # no backup: said beside the output, as what a level leaves out
        args.err.write(str(left_out) + "\n")
    return 0


def export_level(cf: Any, level: str | None) -> Sensitivity | None:
    """The level an output asked for at ``level`` is made at (never above the login's
    clearance); None when none was asked for."""
    from caseapp.services.base import output_level

    return None if level is None else output_level(cf.ctx, level)


def cmd_import(args: argparse.Namespace, out: TextIO) -> int:
    with opened_case(args) as cf:
        report = cf.import_json(args.file)
    if not report.added:
        out.write(str(msg("Nothing to add: every record in the file is already in the case "
                          "file.")) + "\n")
    else:
        parts = counts_of(report.added.items())
        out.write(str(msg_n("Added {count} record: {parts}.", "Added {count} records: {parts}.",
                            report.total_added, parts=parts)) + "\n")
    if report.skipped:
        out.write(str(msg_n("Skipped {count} record already present.",
                            "Skipped {count} records already present.",
                            sum(report.skipped.values()))) + "\n")
    if report.computed_deadlines:
        out.write(str(msg_n("Computed {count} deadline from the imported records.",
                            "Computed {count} deadlines from the imported records.",
                            report.computed_deadlines)) + "\n")
    for notice in report.notices:
        out.write(text_of(notice) + "\n")
    if report.settings_kept:  # (the window names its own menu items)
        out.write(str(msg("To change the case settings not taken from the export, run "
                          "“caseapp settings set KEY VALUE” if the export is right.")) + "\n")
    if report.look_alikes:
        out.write(str(_look_alikes_line(report.look_alikes)) + "\n")
    return 0


LOOK_ALIKES_NAMED = 3  # the imported captives named in the line; the others counted


def _look_alikes_line(found: Sequence[LookAlike]) -> Message:
    """One line: how many imported captives look like captives already there, a few named
    with the one each looks like, and how to review and merge them."""
    example = found[0]
    return msg_n(
        "{count} imported captive looks like a captive already in the case file (another "
        "copy of the same person?): {named}. Nothing was merged: review them with “caseapp "
        "duplicates” and merge one person recorded twice with “caseapp merge {keep} {other}”.",
        "{count} imported captives look like captives already in the case file (another "
        "copy of the same people?): {named}. Nothing was merged: review them with “caseapp "
        "duplicates” and merge one person recorded twice with “caseapp merge {keep} {other}”.",
        len(found), named=look_alike_pairs(found), keep=example.existing_id,
        other=example.imported_id)


def look_alike_pairs(found: Sequence[LookAlike]) -> str:
    """The first few captives just added and the one each looks like, named by what tells
    the two apart with the ID after it (for “caseapp merge”), the others counted."""
    from caseapp.services.told_apart import apart_text  # loaded when said

    pairs = [msg("{imported} ({imported_facts}; ID {imported_id}) like {existing} "
                 "({existing_facts}; ID {existing_id})",
                 imported=a.imported_name, imported_facts=apart_text(a.imported_apart),
                 imported_id=a.imported_id, existing=a.existing_name,
                 existing_facts=apart_text(a.existing_apart), existing_id=a.existing_id)
             for a in found[:LOOK_ALIKES_NAMED]]
    named = list_separator().join(str(p) for p in pairs)
    if len(found) > LOOK_ALIKES_NAMED:
        named = str(msg_n("{named} and {count} more", "{named} and {count} more",
                          len(found) - LOOK_ALIKES_NAMED, named=named))
    return named


def _write_details(details: tuple[str, ...], out: TextIO) -> None:
    for detail in details:
        for line in detail.splitlines():
            out.write(str(msg("DETAIL: {line}", line=line)) + "\n")


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
    out.write(str(msg_n("Case file {file} (schema {schema}): {captives}, {count} record.",
                        "Case file {file} (schema {schema}): {captives}, {count} records.",
                        sum(report.counts.values()), file=resolve_location(args.db),
                        schema=report.schema_revision,
                        captives=_captives(report.counts.get("captives", 0)))) + "\n")
    for what in report.unchecked:
        out.write(str(msg("NOT CHECKED: {what}", what=what)) + "\n")
    if report.ok:
        out.write(str(msg("No problems found.")) + "\n")
        return 0
    for p in report.problems:
        out.write(str(msg("PROBLEM: {problem}", problem=p)) + "\n")
    if args.details:
        _write_details(report.details, out)
    elif report.details:
        out.write(str(msg("(“caseapp check --details” shows what SQLite reported.)")) + "\n")
    return EXIT_FAILURE




def add_parsers(sub: Any, common: argparse.ArgumentParser) -> None:
    """Add the record commands to the ``caseapp`` parser's subcommands."""
    p = sub.add_parser("init", parents=[common],
                       help=str(msg("create an empty case file, encrypted with a passphrase (asked "
                                    "twice, or CASEAPP_PASSPHRASE)")))
    p.add_argument("--no-encrypt", action="store_true",
                   help=str(msg("do not encrypt: anyone who gets the file can read it (for "
                                "fictional or public data only)")))
    p.add_argument("--encrypt", action="store_true", help=argparse.SUPPRESS)  # the default now
    p.set_defaults(func=cmd_init)

    p = sub.add_parser("demo", parents=[common], help=str(msg("create a fictional demo case file")))
    p.set_defaults(func=cmd_demo)

    captives = sub.add_parser("captives", help=str(msg("list or show captives")))
    csub = captives.add_subparsers(title=str(msg("captives commands")), metavar=str(msg("ACTION")), required=True)
    p = csub.add_parser("list", parents=[common], help=str(msg("list captives")))
    p.add_argument("--status", choices=[s.value for s in CaptiveStatus],
                   help=str(msg("only the captives with this status")))
    p.add_argument("--search", metavar="Q", help=str(msg("name or text, in any script")))
    p.add_argument("--tag", metavar=str(msg("TAG")),
                   help=str(msg("only the captives with this tag")))
    p.add_argument("--level", choices=LEVELS, help=str(msg(
        "list the captives as the status report at this level shows them, leaving out "
        "everything above it (default: everything your login reads)")))
    format_option(p, "table", "json")
    p.set_defaults(func=cmd_captives_list)
    p = csub.add_parser("show", parents=[common], help=str(msg("show one captive's file")))
    p.add_argument("id", type=record_id, metavar="ID")
    p.add_argument("--level", choices=LEVELS, help=str(msg(
        "show what the dossier at this level holds, leaving out everything above it "
        "(default: everything your login reads)")))
    format_option(p, "text", "json")
    p.set_defaults(func=cmd_captives_show)
    p = csub.add_parser("status", parents=[common],
                        help=str(msg("change a captive's status (a release also ends the open "
                                     "stay at a place of detention that day)")))
    p.add_argument("id", type=record_id, metavar="ID")
    p.add_argument("status", choices=[s.value for s in CaptiveStatus.choices()])
    p.add_argument("--since", type=calendar_day, metavar=str(msg("YYYY-MM-DD")),
                   help=str(msg("the day the status changed (default: today)")))
    p.add_argument("--note", default="", metavar=str(msg("TEXT")),
                   help=str(msg("what happened, and the source")))
    p.add_argument("--level", choices=[s.value for s in Sensitivity],
                   help=str(msg("the status change's sensitivity (default: internal with a "
                                "note, shareable without)")))
    p.add_argument("--keep-stay-open", action="store_true",
                   help=str(msg("do not end the open stay at a place of detention when the "
                                "status ends custody")))
    p.set_defaults(func=cmd_captives_status)

    p = sub.add_parser("search", parents=[common], help=str(msg("search every record, in any script")))
    p.add_argument("query", metavar=str(msg("QUERY")))
    p.dash_text = True  # a name pasted with a hyphen before it: -Petrosyan
    p.add_argument("--level", choices=LEVELS, help=str(msg(
        "find only the records an output at this level may show, naming only the captives "
        "it may name (default: everything your login reads)")))
    format_option(p, "table", "json")
    p.set_defaults(func=cmd_search)

    p = sub.add_parser("export", parents=[common], help=str(msg("write the whole case file to JSON")))
    format_option(p, "json")
    p.add_argument("--level", choices=LEVELS, help=str(msg(
        "write only what this level shows, as a travel copy at it would hold it: below "
        "internal the file is no backup (default: everything your login reads)")))
    p.add_argument("-o", "--output", required=True, type=path_argument, metavar=str(msg("FILE")),
                   help=str(msg("the JSON file to write")))
    p.set_defaults(func=cmd_export)

    p = sub.add_parser("import", parents=[common], help=str(msg("add the records of a JSON export")))
    p.add_argument("file", type=path_argument, metavar=str(msg("FILE")))
    p.set_defaults(func=cmd_import)

    p = sub.add_parser("check", parents=[common], help=str(msg("check the case file's integrity")))
    p.add_argument("--details", action="store_true",
                   help=str(msg("also show what SQLite reported about damage")))
    p.set_defaults(func=cmd_check)
