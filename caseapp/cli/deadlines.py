"""The ``deadlines`` command (a table, JSON or a calendar file) and the ``rules`` commands."""

from __future__ import annotations

import argparse
from datetime import date, datetime
from typing import Any, TextIO

from caseapp.cli.common import (
    UserError,
    ascii_number,
    day_count,
    format_option,
    opened_case,
    path_argument,
    print_json,
    print_table,
    refuse_protected_output,
)
from caseapp.cli.odd_characters import not_a_day
from caseapp.cli.reports import DOCUMENT_LANGUAGES, lowered_level
from caseapp.cli.table_layout import terminal_width, written_lines
from caseapp.domain.dates import iso_day, zone_name
from caseapp.domain.errors import CaseAppError
from caseapp.domain.messages import LANGUAGES as MESSAGE_LANGUAGES
from caseapp.domain.messages import Number, current_language, list_separator, msg, msg_n, text_of


def cmd_deadlines(args: argparse.Namespace, out: TextIO) -> int:
    if args.within < 0:
        raise UserError(msg("--within must be zero or more days."))
    if args.output is not None:
        refuse_protected_output(args, args.output, what=msg("the calendar"))
    if args.format == "ics":
        return _calendar(args, out)
    if getattr(args, "lang", None) not in (None, *MESSAGE_LANGUAGES):
        raise UserError(msg("--lang fr: French is a language of the calendar file (--format "
                            "ics), not of the table or JSON."))
    if args.output is not None:
        raise UserError(msg("-o/--output is for --format ics."))
    from caseapp.cli.due_words import deadline_json, when_of, when_words
    from caseapp.domain.deadline_steps import deadline_in
    from caseapp.domain.redaction import OmissionSummary
    from caseapp.services.reminder_calendar import DEADLINES

    with opened_case(args) as cf:  # rules' titles and steps in the language of --lang / LANG
        lang = current_language()
        today, now = cf.ctx.today(), cf.ctx.now()
        # (the steps read for the table too: they say which dates are estimates)
        events = cf.reminders.calendar(args.within, level=args.level or "internal")
        deadlines = [deadline_in(d, cf.rule_set, lang) for d in events.deadlines]
        known = {d.rule_id: cf.rule_set.get(d.rule_id) for d in deadlines
                 if d.rule_id and d.rule_id in cf.rule_set}
        rules = {rule_id: rule.text("title", lang) for rule_id, rule in known.items()}
    # when each falls due, as the Deadlines view says it at the same clock
    when = {d.id: when_of(d, today=today, now=now) for d in deadlines}
    # The captives named as the calendar at that level names them (at the public level only
    # those who consented to publicity have deadlines at all).
    names = {cid: name.render(lang) for cid, name in events.names.items()}
    if args.format == "json":  # the machine's fields, and the names and titles a reader sees
        print_json([{**deadline_json(d, today=today, now=now),
                     "captive_name": names.get(d.captive_id) if d.captive_id
                     else None, "rule_title": rules.get(d.rule_id), **_rule_source(known, d, lang)}
                    for d in deadlines], out)
    else:
        print_table([msg("ID"), msg("Due"), msg("Time"), msg("When"), msg("Captive"),
                     msg("Remarks"), msg("What is due")],
                    [[d.id, d.due_on, d.clock_time, when_words(d, when[d.id]) or "",
                      names.get(d.captive_id, d.captive_id)
                      if d.captive_id else "", deadline_marks(d),
                      deadline_title(d.title, rules.get(d.rule_id), lang)] for d in deadlines],
                    out, names=(4,))
        out.write(str(msg_n("{count} open deadline within {days} days (overdue included)",
                            "{count} open deadlines within {days} days (overdue included)",
                            len(deadlines), days=args.within)) + "\n")
    # What the level left out of the list (as --level's help says), so that the count above
    # is not taken for every open deadline.
    left_out = OmissionSummary(msg("list of deadlines"), events.level, tuple(
        o for o in events.omitted if o.section == DEADLINES))
    lowered_level(args, left_out.level, left_out.output)
    if not left_out.is_clean:
        for line in left_out.lines():
            args.err.write(text_of(line) + "\n")
    return 0


def _rule_source(known: dict[str, Any], d: Any, lang: str) -> dict[str, str | None]:
    """A listed deadline's rule source for JSON: in English, and in the reader's language."""
    rule = known.get(d.rule_id)
    if rule is None:
        return {"rule_source": None}
    translated = source_in_language(rule.text("source", lang), lang)
    return {"rule_source": rule.source, **{f"rule_{key}": v for key, v in translated.items()}}


def deadline_marks(d: Any) -> str:
    """What sets a deadline apart, in words: a hard one set by a court, a date set by hand,
    one entered by hand (no rule computed it). A snooze is said in the When column."""
    marks = [msg("hard deadline") if d.hard else None,
             msg("date set by hand") if d.overridden else None,
             msg("entered by hand") if not d.rule_id else None]
    return list_separator().join(str(m) for m in marks if m is not None)


def deadline_title(title: str, rule_title: str | None, lang: str | None = None) -> str:
    """A deadline's title, and the title of the rule that computed it where the two differ
    (a title the lawyer changed; not the rule's title marked as an estimate, in ``lang``)."""
    from caseapp.domain.deadline_steps import estimated_title

    if not rule_title or title in (rule_title, estimated_title(rule_title).render(lang)):
        return title
    return str(msg("{title} (rule: {rule})", title=title, rule=rule_title))


def _calendar(args: argparse.Namespace, out: TextIO) -> int:
    """The calendar file, on standard output or written to ``-o``. It leaves the machine (a
    synced phone): shareable unless asked otherwise."""
    from caseapp.services import outputs
    from caseapp.services.labels import level_label

    with opened_case(args) as cf:  # in the language of --lang (French too), else LANG
        made = outputs.calendar(cf, level=args.level or "shareable", within_days=args.within,
                                target=args.output, lang=document_language(args))
    events = made.record
    if args.output is None:
        out.write(made.data.decode("utf-8"))
    else:
        # the two counts as "label: number", which no language inflects
        out.write(str(msg_n("Wrote {count} event (deadlines: {deadlines}, hearings: {hearings}) "
                            "at the {level} level to {file}.", "Wrote {count} events "
                            "(deadlines: {deadlines}, hearings: {hearings}) at the {level} level "
                            "to {file}.", len(events.deadlines) + len(events.hearings),
                            deadlines=Number(len(events.deadlines)),
                            hearings=Number(len(events.hearings)),
                            level=level_label(made.level), file=args.output)) + "\n")
        if events.closed:
            out.write(str(outputs.cancels_closed(len(events.closed))) + "\n")
        if events.deleted:
            out.write(str(outputs.cancels_deleted(len(events.deleted))) + "\n")
    # Once the calendar is written (a failing command says only why it failed).
    lowered_level(args, made.left_out.level, made.left_out.output)
    for line in made.left_out.lines():
        args.err.write(text_of(line) + "\n")
    return 0


def document_language(args: argparse.Namespace) -> str:
    """The language of the calendar file or the daily log: the command's ``--lang`` (which
    offers French, a language of the documents only), else the run's."""
    return getattr(args, "lang", None) or current_language()


def log_day(text: str) -> date:
    """The ``--date`` of the daily log: a calendar day written YYYY-MM-DD."""
    try:
        return iso_day(text.strip())
    except ValueError:
        raise UserError(msg("--date: “{text}” is not a date (YYYY-MM-DD).", text=text)) from None


def cmd_daily_log(args: argparse.Namespace, out: TextIO) -> int:
    """The daily log of deadline control as PDF (internal unless asked otherwise)."""
    from caseapp.services import outputs
    from caseapp.services.labels import level_label

    refuse_protected_output(args, args.output, what=msg("the daily log"))
    with opened_case(args) as cf:  # in the language of --lang (French too), else LANG
        made = outputs.daily_log(cf, day=args.date, level=args.level, author=cf.ctx.actor,
                                 target=args.output, lang=document_language(args))
    n = len(made.record.entries)
    out.write(str(msg_n("Wrote the daily log of {day} ({count} event) at the {level} level to "
                        "{file}.", "Wrote the daily log of {day} ({count} events) at the {level} "
                        "level to {file}.", n, day=args.date, level=level_label(made.level),
                        file=args.output)) + "\n")
    for line in made.left_out.lines():
        args.err.write(text_of(line) + "\n")
    return 0


def _rule_set() -> Any:
    from caseapp.domain.rule_files import load_rules
    from caseapp.services.casefile_services import user_rules_dir

    return load_rules(user_rules_dir())


def cmd_rules_list(args: argparse.Namespace, out: TextIO) -> int:
    rules = _rule_set()
    lang = current_language()
    if args.format == "json":
        print_json({"rules": [{"id": r.id, "version": r.version, "title": r.title,
                               "trigger": r.trigger, "body": r.body, "source": r.source,
                               **source_in_language(r.text("source", lang), lang),
                               "verified": r.verified,
                               "counting_verified": r.counting_verified} for r in rules],
                    "problems": [str(p) for p in rules.problems]}, out)
        return 0
    # One block per rule: its title and source in the language of --lang (the source as the
    # rule file cites it in that language, else in English), never cut, with the verified flag;
    # on a terminal each wrapped at its words under its indent.
    width = terminal_width(out)

    def write(text: str, indent: str = "", then: str = "  ") -> None:
        out.write("".join(f"{line}\n" for line in written_lines(text, width, indent=indent,
                                                                  then=then)))
    for r in rules:
        verified = (msg("yes") if r.may_move_later else
                    msg("period yes, counting not verified") if r.verified else msg("NO"))
        write(f"{r.id}  v{r.version}  " + str(msg("[verified: {verified}]", verified=verified)))
        write(r.text("title", lang), "  ")
        write(str(msg("Source: {source}", source=r.text("source", lang))), "  ")
    for p in rules.problems:
        write(str(msg("PROBLEM: {problem}", problem=p)))
    return 0


def source_in_language(source: str, lang: str) -> dict[str, str]:
    """The JSON key a rule's source in the reader's language adds beside the English
    ``source`` (``{"source_ru": "…"}``), as the rule files name it; none in English."""
    return {} if lang == "en" else {f"source_{lang}": source}


def _params(rules: Any, rule_id: str, items: list[str]) -> dict[str, str]:
    """The ``--param NAME=VALUE`` values, each named once and read by the rule (or a rule it
    sets off or hands over to): a mistyped name would be ignored, its value never used."""
    from caseapp.domain.deadline_plans import names_used

    rules.get(rule_id)  # an unknown rule is named first
    known = names_used(rules, "compute", rule_id)
    params: dict[str, str] = {}
    for item in items:
        name, sep, value = item.partition("=")
        name = name.strip()
        if not sep or not name:
            raise UserError(msg("“{item}” is not NAME=VALUE.", item=item))
        if name not in known:
            raise UserError(msg("Rule {rule} has no parameter “{name}”: its parameters are "
                                "{names}.", rule=rule_id, name=name, names=", ".join(known))
                            if known else msg("Rule {rule} has no parameters: “{name}” is not "
                                              "one.", rule=rule_id, name=name))
        if name in params:
            raise UserError(msg("The parameter “{name}” is given twice.", name=name))
        params[name] = value.strip()
    return params


def trigger_argument(text: str) -> date | datetime:
    """An argparse type: the ``--trigger`` of ``rules compute``, a day or a moment with its
    offset (refused naming the option)."""
    from caseapp.domain.deadlines import parse_trigger

    try:
        return parse_trigger(ascii_number(text))
    except (CaseAppError, ValueError) as exc:
        said = str(exc) if isinstance(exc, CaseAppError) else str(not_a_day(text))
        raise argparse.ArgumentTypeError(said) from None


def cmd_rules_compute(args: argparse.Namespace, out: TextIO) -> int:
    from caseapp.domain.deadlines import compute

    trigger = args.trigger
    rules = _rule_set()
    params = _params(rules, args.rule_id, args.param or [])
    results = compute(rules, args.rule_id, trigger, params, today=date.today())
    if args.format == "json":
        print_json([{"rule_id": d.rule_id, "applied_rule_id": d.applied_rule_id,
                     "rule_version": d.rule_version,
                     "title": rules.get(d.applied_rule_id).text("title"), "due": d.due,
                     "due_on": d.due_on, "reminders": d.reminders, "derived_from": d.derived_from,
                     "verified": d.verified, "source": d.source,
                     **source_in_language(d.source_in(), current_language()),
                     "steps": [str(s) for s in d.steps]}
                    for d in results], out)
        return 0
    for n, d in enumerate(results):
        if n:
            out.write("\n")
        due: date | datetime | str = d.due
        if isinstance(d.due, datetime):  # its zone as the Deadlines view names it
            zone = zone_name(d.due.tzinfo, d.due.date()) if d.due.tzinfo else ""
            due = f"{d.due:%Y-%m-%d %H:%M} {zone}".rstrip()
        rule = f"{d.applied_rule_id} v{d.rule_version}"
        if not d.verified:
            rule = str(msg("{rule}, not verified", rule=rule))
        out.write(f"{due}  {rules.get(d.applied_rule_id).text('title')}  [{rule}]\n")
        for step in d.steps:
            out.write(f"  - {text_of(step)}\n")
        out.write("  " + str(msg("Source: {source}", source=d.source_in())) + "\n")
    return 0




def add_parsers(sub: Any, common: argparse.ArgumentParser) -> None:
    """Add the deadline and rule commands to the ``caseapp`` parser's subcommands."""
    p = sub.add_parser("deadlines", parents=[common],
                       help=str(msg("open deadlines due soon (overdue included), or a calendar file")))
    p.add_argument("--within", type=day_count, default=30, metavar=str(msg("DAYS")),
                   help=str(msg("due within this many days (default 30)")))
    format_option(p, "table", "json", "ics")
    p.add_argument("--level", choices=["public", "shareable", "internal"],
                   help=str(msg("leave out everything above this level (default: shareable for "
                                "--format ics, internal otherwise); what is left out is listed on stderr")))
    p.add_argument("-o", "--output", type=path_argument, metavar=str(msg("FILE")),
                   help=str(msg("with --format ics: write the calendar here (default: standard output)")))
    p.add_argument("--lang", choices=DOCUMENT_LANGUAGES, default=None, help=str(msg(
        "the language of the calendar file (--format ics): its events, reminders, the deadlines' "
        "steps and dates (hy Armenian, ru Russian, fr French, en English); also of this run's "
        "messages, but French (default: LANGUAGE or LANG when it is hy or ru, else en)")))
    p.set_defaults(func=cmd_deadlines)
    dsub = p.add_subparsers(title=str(msg("deadline commands")), metavar=str(msg("ACTION")))
    log = dsub.add_parser("daily-log", parents=[common],
                          help=str(msg("the daily log of deadline control (PDF): deadlines entered, "
                                       "changed, done and dismissed on one day, with who, when and why")))
    log.add_argument("--date", type=log_day, required=True, metavar=str(msg("YYYY-MM-DD")),
                     help=str(msg("the day (midnight to midnight in this computer's time zone)")))
    log.add_argument("--level", choices=["public", "shareable", "internal"], default="internal",
                     help=str(msg("leave out everything above this level (default internal); what is "
                                  "left out is listed on stderr")))
    log.add_argument("-o", "--output", type=path_argument, required=True, metavar=str(msg("FILE.pdf")),
                     help=str(msg("the PDF file to write")))
    log.add_argument("--lang", choices=DOCUMENT_LANGUAGES, default=None, help=str(msg(
        "the daily log's language: headings, the deadlines' rules and notes, dates (hy Armenian, "
        "ru Russian, fr French, en English); also of this run's messages, but French (default: "
        "LANGUAGE or LANG when it is hy or ru, else en)")))
    log.set_defaults(func=cmd_daily_log)

    rules = sub.add_parser("rules", help=str(msg("list deadline rules or compute one")))
    rsub = rules.add_subparsers(title=str(msg("rules commands")), metavar=str(msg("ACTION")), required=True)
    p = rsub.add_parser("list", help=str(msg("list the rules in force (shipped and your own)")))
    format_option(p, "table", "json")
    p.set_defaults(func=cmd_rules_list)
    p = rsub.add_parser("compute", help=str(msg("compute a rule's deadline(s) with the steps taken")))
    p.add_argument("rule_id", metavar=str(msg("RULE_ID")))
    p.add_argument("--trigger", required=True, type=trigger_argument,
                   metavar=str(msg("DATE[THH:MM+ZZ]")),
                   help=str(msg("the day the rule counts from, or the moment with its offset for a "
                                "rule counted in hours")))
    p.add_argument("--param", action="append", metavar=str(msg("NAME=VALUE")),
                   help=str(msg("a value the rule asks for (repeat for each)")))
    format_option(p, "text", "json")
    p.set_defaults(func=cmd_rules_compute)
