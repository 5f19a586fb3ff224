"""``caseapp deliveries add|list``: the documents the ECHR put in the lawyer's eComms account
or on its Rule 39 site, dated by the day they appeared there (their time limits and the
reminder to download them before the portal deletes them run from that day)."""

from __future__ import annotations

import argparse
import sys
from typing import Any, TextIO

from caseapp.cli.common import (
    calendar_day,
    format_option,
    jsonable,
    opened_case,
    print_json,
    print_table,
    record_id,
    whole_number,
)
from caseapp.domain.enums import CourtPortal, DeadlineStatus, Sensitivity
from caseapp.domain.messages import current_language, msg, msg_n

LEVELS = [s.value for s in Sensitivity]


def cmd_add(args: argparse.Namespace, out: TextIO) -> int:
    fields: dict[str, Any] = {
        "captive_id": args.captive, "portal": args.portal, "appeared_on": args.appeared,
        "title": args.title, "application_number": args.application or "",
        "time_limit_weeks": args.weeks, "document_id": args.document,
        "proceeding_id": args.proceeding, "downloaded_on": args.downloaded, "notes": args.notes,
    }
    if args.level:
        fields["sensitivity"] = args.level
    from caseapp.cli.due_words import when_of, when_words
    from caseapp.domain.deadline_steps import deadline_in
    from caseapp.services.labels import value_label

    with opened_case(args) as cf:  # the rules' titles in the language of --lang / LANG
        d = cf.deliveries.create(**{k: v for k, v in fields.items() if v is not None})
        due = [deadline_in(x, cf.rule_set, current_language())
               for x in cf.deadlines.list(captive_id=d.captive_id)
               if x.trigger_uid == d.uid] if d.captive_id else []
        # when each falls due, as `deadlines` says it: one recorded late may be overdue
        when = {x.id: when_words(x, when_of(x, today=cf.ctx.today(), now=cf.ctx.now()))
                for x in due}
    out.write(str(msg("Recorded delivery {id}: “{title}”, appeared on {appeared} ({portal}); the "
                      "portal deletes it on {deleted}.", id=d.id, title=d.title,
                      appeared=d.appeared_on, portal=value_label(d.portal),
                      deleted=d.deleted_from_portal_on)) + "\n")
    for x in due:  # (in every list's order: cf.deadlines.list)
        said = when[x.id] if x.status is DeadlineStatus.OPEN else (  # long past: closed
            msg("{status}: {reason}", status=value_label(x.status), reason=x.status_reason)
            if x.status_reason else value_label(x.status))
        out.write("  " + str(msg("deadline {id}: {day} {title}", id=x.id, day=x.due_on,
                                 title=x.title)) + (f" — {said}" if said else "") + "\n")
    return 0


def cmd_list(args: argparse.Namespace, out: TextIO) -> int:
    level = Sensitivity(args.level)
    with opened_case(args) as cf:
        rows = cf.deliveries.not_downloaded() if args.not_downloaded else cf.deliveries.list()
        if args.captive is not None:
            rows = [d for d in rows if d.captive_id == args.captive]
        # Listed only if the level allows it, its captive's consent to publicity included;
        # its captive named as the deadlines name them.
        shown = cf.deliveries.at_level(level, rows)
        names = {cid: name.render(current_language()) for cid, name in
                 cf.captives.names_everywhere(d.captive_id for d in shown if d.captive_id).items()}
    if len(shown) < len(rows):  # on stderr, as the calendar says it: not every delivery
        from caseapp.services.labels import level_label
        (getattr(args, "err", None) or sys.stderr).write(str(msg_n(
            "The list at the {level} level leaves out {count} delivery: its own level or its "
            "captive's is above it, or, at the public level, its captive has not consented to "
            "publicity.",
            "The list at the {level} level leaves out {count} deliveries: their own level or "
            "their captive's is above it, or, at the public level, their captive has not "
            "consented to publicity.",
            len(rows) - len(shown), level=level_label(level))) + "\n")
    if args.format == "json":  # the machine's fields, and the name a reader sees
        print_json([{**jsonable(d), "captive_name": names.get(d.captive_id) if d.captive_id
                     else None} for d in shown], out)
        return 0
    from caseapp.services.labels import value_label

    print_table([msg("ID"), msg("Appeared"), msg("Portal"), msg("Captive"), msg("Application"),
                 msg("Title"), msg("Deleted on"), msg("Downloaded")],
                [[d.id, d.appeared_on, value_label(d.portal),
                  names.get(d.captive_id, d.captive_id) if d.captive_id else "", d.application_number,
                  d.title, d.deleted_from_portal_on, d.downloaded_on or msg("NOT YET")]
                 for d in shown], out, names=(3,))
    out.write(str(msg_n("{count} delivery", "{count} deliveries", len(shown))) + "\n")
    return 0


def add_parsers(sub: Any, common: argparse.ArgumentParser) -> None:
    p = sub.add_parser("deliveries", help=str(msg("documents the ECHR delivered through eComms or the "
                                                  "Rule 39 site")))
    dsub = p.add_subparsers(title=str(msg("delivery commands")), metavar=str(msg("ACTION")), required=True)
    a = dsub.add_parser("add", parents=[common],
                        help=str(msg("record a document that appeared in your eComms account or on the "
                                     "Rule 39 site (its deadlines run from that day)")))
    a.add_argument("--captive", type=record_id, metavar="ID", help=str(msg("the captive it concerns")))
    a.add_argument("--portal", choices=[p.value for p in CourtPortal], default="ecomms",
                   help=str(msg("where the document appeared (default: ecomms)")))
    a.add_argument("--appeared", required=True, type=calendar_day, metavar=str(msg("YYYY-MM-DD")),
                   help=str(msg("the day it appeared in the account (the day of delivery)")))
    a.add_argument("--title", required=True, metavar=str(msg("TITLE")),
                   help=str(msg("the document, e.g. “Letter of communication”")))
    a.add_argument("--application", metavar=str(msg("NUMBER")), help=str(msg("the application or case number")))
    a.add_argument("--weeks", type=whole_number, metavar="N",
                   help=str(msg("a time limit the Court's letter sets in weeks from delivery")))
    a.add_argument("--document", type=record_id, metavar="ID",
                   help=str(msg("the document of the case file holding the downloaded copy")))
    a.add_argument("--proceeding", type=record_id, metavar="ID",
                   help=str(msg("the international proceeding it belongs to")))
    a.add_argument("--downloaded", type=calendar_day, metavar=str(msg("YYYY-MM-DD")),
                   help=str(msg("the day you downloaded it")))
    a.add_argument("--notes", metavar=str(msg("TEXT")),
                   help=str(msg("notes kept with the delivery")))
    a.add_argument("--level", choices=LEVELS, help=str(msg("its level (default internal)")))
    a.set_defaults(func=cmd_add)
    ls = dsub.add_parser("list", parents=[common], help=str(msg("the deliveries, oldest first")))
    ls.add_argument("--captive", type=record_id, metavar="ID",
                    help=str(msg("only the deliveries about this captive")))
    ls.add_argument("--not-downloaded", action="store_true",
                    help=str(msg("only those not downloaded yet, the first the portal deletes first")))
    ls.add_argument("--level", choices=LEVELS, default="internal",
                    help=str(msg("leave out deliveries above this level (default internal)")))
    format_option(ls, "table", "json")
    ls.set_defaults(func=cmd_list)
