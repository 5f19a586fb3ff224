"""The ``settings`` commands: the case settings kept in the case file (domestic procedure,
warning periods, custody maxima, default level, the lawyer's details)."""

from __future__ import annotations

import argparse
from typing import Any, TextIO

from caseapp.cli.common import format_option, opened_case, print_json, print_table, record_id
from caseapp.domain.enums import CaptiveStatus
from caseapp.domain.messages import Message, Translated, msg
from caseapp.services.labels import status_in_a_sentence
from caseapp.services.setting_values import REGISTRY, STAGES, parse_value
from caseapp.services.setting_words import procedure_country, shown_value


def cmd_show(args: argparse.Namespace, out: TextIO) -> int:
    with opened_case(args) as cf:
        entries = cf.settings.entries()
    if args.format == "json":
        print_json([{"key": e.key, "scope": e.scope, "value": e.value, "default": e.is_default}
                    for e in entries], out)
        return 0
    print_table([msg("Setting"), msg("For"), msg("Value"), "", msg("What it is")],
                [[e.key, e.scope or msg("the file"), shown_value(e.key, e.value),
                  msg("(default)") if e.is_default else "", e.description] for e in entries], out,
                names=[1])  # a maximum for one captive is named by the captive
    return 0


def _scope(args: argparse.Namespace) -> dict[str, Any]:
    return {"captive_id": args.captive, "charge": args.charge, "stage": args.stage}


def cmd_set(args: argparse.Namespace, out: TextIO) -> int:
    with opened_case(args) as cf:
        before = cf.settings.current().procedure
        current = cf.settings.set(args.key, args.value, **_scope(args))
    value = shown_value(args.key, parse_value(args.key, args.value))
    out.write(str(_set_line(args, value)) + "\n")
    if current.procedure != before:
        out.write(str(msg("The open computed deadlines now follow the procedure of {procedure} "
                          "(dates set by hand are kept).", procedure=procedure_country(current.procedure)))
                  + "\n")
    return 0


def cmd_reset(args: argparse.Namespace, out: TextIO) -> int:
    with opened_case(args) as cf:
        cf.settings.set(args.key, None, **_scope(args))
    out.write(str(_reset_line(args)) + "\n")
    return 0


# Each scope its own whole sentence (an Armenian sentence puts "for the stage …" before the
# setting, with the article on a word of its own), the stage named in words, not by its code.
def _stage(args: argparse.Namespace) -> Message | Translated | str:
    return status_in_a_sentence(CaptiveStatus(args.stage), None)


def _set_line(args: argparse.Namespace, value: str) -> Message:
    key = args.key
    if args.captive is not None:
        return msg("{key} = {value} for captive {id}.", key=key, value=value, id=args.captive)
    if args.charge is not None:
        return msg("{key} = {value} for charges under article {article}.", key=key, value=value,
                   article=args.charge)
    if args.stage is not None:
        return msg("{key} = {value} at the stage “{stage}”.", key=key, value=value,
                   stage=_stage(args))
    return msg("{key} = {value}.", key=key, value=value)


def _reset_line(args: argparse.Namespace) -> Message:
    key = args.key
    if args.captive is not None:
        return msg("{key} for captive {id} is back to the file’s value.", key=key, id=args.captive)
    if args.charge is not None:
        return msg("{key} for charges under article {article} is back to the file’s value.",
                   key=key, article=args.charge)
    if args.stage is not None:
        return msg("{key} at the stage “{stage}” is back to the file’s value.", key=key,
                   stage=_stage(args))
    return msg("{key} is back to its default.", key=key)


def _keys_help() -> str:
    lines = [f"  {s.key}: {s.description}" for s in REGISTRY.values()]
    return "\n".join([
        str(msg("settings:")), *lines, "",
        str(msg("custody_max_days can be set for one captive (--captive ID), for the charges under "
                "an article (--charge 279 also covers 279.1), or for a stage (--stage {stages}). "
                "For a captive, their own maximum wins, else the shortest of their charges', else "
                "their stage's, else the file's. Changing the procedure recomputes the open "
                "computed deadlines; dates set by hand are kept.", stages="/".join(STAGES))),
        str(msg("Letters and dossiers take the lawyer's details from these settings; a "
                "CASEAPP_LAWYER_* variable fills only a field left empty here."))])


def add_parsers(sub: Any, common: argparse.ArgumentParser) -> None:
    p = sub.add_parser("settings", parents=[common],
                       help=str(msg("show or change the case settings kept in the case file")),
                       description=str(msg("The case settings kept in the case file: the same for "
                                           "every front end and every user of the file.")),
                       epilog=_keys_help(), formatter_class=argparse.RawDescriptionHelpFormatter)
    actions = p.add_subparsers(title=str(msg("actions")), metavar=str(msg("ACTION")), required=True)

    show = actions.add_parser("show", parents=[common], help=str(msg("every setting and its value")))
    format_option(show, "table", "json")
    show.set_defaults(func=cmd_show)

    def scoped(parser: argparse.ArgumentParser) -> None:
        where = parser.add_mutually_exclusive_group()
        where.add_argument("--captive", type=record_id, metavar="ID",
                           help=str(msg("custody_max_days for this captive only")))
        where.add_argument("--charge", metavar=str(msg("ARTICLE")),
                           help=str(msg("custody_max_days for charges under this article, or "
                                        "under one part of it after a dot (214.2: article "
                                        "214, part 2)")))
        where.add_argument("--stage", choices=STAGES,
                           help=str(msg("custody_max_days for captives at this stage")))

    put = actions.add_parser("set", parents=[common], help=str(msg("change one setting")),
                             epilog=_keys_help(),
                             formatter_class=argparse.RawDescriptionHelpFormatter)
    put.add_argument("key", metavar=str(msg("KEY")), help=str(msg("a setting's name (see below)")))
    put.add_argument("value", metavar=str(msg("VALUE")), help=str(msg("its new value (“none” to unset a maximum)")))
    scoped(put)
    put.set_defaults(func=cmd_set)

    reset = actions.add_parser("reset", parents=[common],
                               help=str(msg("put one setting back to its default (or remove an override)")))
    reset.add_argument("key", metavar=str(msg("KEY")))
    scoped(reset)
    reset.set_defaults(func=cmd_reset)
