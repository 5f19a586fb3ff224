"""Commands on the records: create a case file or the demo, list and show captives,
search, export, import and check.

This module adds their parsers (the ``records`` group of :mod:`caseapp.cli.entry`); each
command runs in the module of its kind: :mod:`records_case_file` (init, demo, check),
:mod:`records_captives`, :mod:`records_search` and :mod:`records_exchange` (export,
import)."""

from __future__ import annotations

import argparse
from typing import Any

from caseapp.cli.common import calendar_day, format_option, path_argument, record_id
from caseapp.cli.records_captives import cmd_captives_list, cmd_captives_show, cmd_captives_status
from caseapp.cli.records_case_file import cmd_check, cmd_demo, cmd_init
from caseapp.cli.records_exchange import cmd_export, cmd_import
from caseapp.cli.records_search import cmd_search
from caseapp.domain.enums import CaptiveStatus, Sensitivity
from caseapp.domain.messages import msg

LEVELS = [s.value for s in Sensitivity]


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
                                "note; without one, the level of new records of facts, never "
                                "below the captive's level or its status's)")))
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
