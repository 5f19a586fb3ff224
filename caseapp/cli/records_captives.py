"""The ``captives`` commands: list the captives, show one captive's file, change a
captive's status."""

from __future__ import annotations

import argparse
import dataclasses
from collections.abc import Iterable
from typing import Any, TextIO

from caseapp.cli.captive_file_text import print_captive_file, when_said
from caseapp.cli.common import jsonable, opened_case, print_json, print_table
from caseapp.domain.captive_rows import About, AtLeast
from caseapp.domain.dto import CaptiveDTO
from caseapp.domain.enums import Sensitivity
from caseapp.domain.found_by import FoundBy, unshown
from caseapp.domain.messages import Message, Number, current_language, msg, msg_n
from caseapp.domain.name_display import name_in_every_language
from caseapp.domain.stays import held_there_now


def captives_count(count: int) -> Message:
    return msg_n("{count} captive", "{count} captives", count)


def _captive_row(c: CaptiveDTO) -> list[Any]:
    from caseapp.services.labels import status_of, value_label  # loaded when shown

    latin = c.latin_name if c.latin_name != c.primary_name else ""
    days = "" if c.days_in_custody is None else Number(c.days_in_custody)
    # the status (a woman's in the feminine: ru) and category as the user's language names
    # them (--json keeps the values)
    return [c.id, c.primary_name, latin, status_of(c.status, c.sex), value_label(c.category),
            _place(c), days]


def _found_by(cf: Any, search: str | None, shown: Iterable[tuple[int, tuple[str, str]]], *,
              names_only: bool = False) -> dict[int, FoundBy]:
    """What a search found each listed captive by, where the names their row shows do not
    say it (none without a search)."""
    if not search or not search.strip():
        return {}
    found = cf.search.captives_found(search, names_only=names_only).found_by
    return unshown(found, [(cid, names) for cid, names in shown if cid in found], search)


def _found_head(why: dict[int, FoundBy]) -> list[Message]:
    return [msg("Found by")] if why else []  # (a column every row leaves empty: not there)


def _found_cell(why: dict[int, FoundBy], captive_id: int) -> list[str]:
    if not why:
        return []
    found = why.get(captive_id)
    return [str(found.message()) if found is not None else ""]


def _found_json(found: FoundBy | None) -> dict[str, Any]:
    return {} if found is None else {"found_by": {**jsonable(found),
                                                  "text": str(found.message())}}


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
        # below the internal level the search reads names only (captives_at): so does the why
        why = _found_by(cf, args.search, ((r.id, (r.name, r.latin_name)) for r in rows),
                        names_only=left_out.level is not Sensitivity.INTERNAL)
    if args.format == "json":
        print_json({"level": left_out.level.value, "captives": [
            {"id": r.id, "name": r.name, "latin_name": r.latin_name, "status": r.status,
             "category": r.category, "place": r.place, "days_in_custody": r.days_in_custody,
             **_days_kind(r.days_in_custody), **_found_json(why.get(r.id))}
            for r in rows]}, out)
    else:
        print_table([msg("ID"), msg("Name"), msg("Latin"), msg("Status"), msg("Category"),
                     msg("Place of detention"), msg("Days"), *_found_head(why)],
                    [[r.id, r.name, r.latin_name if r.latin_name != r.name else "",
                      status_of(r.status, r.sex) if r.status is not None else "",
                      value_label(r.category) if r.category is not None else "", r.place,
                      "" if r.days_in_custody is None else Number(r.days_in_custody),
                      *_found_cell(why, r.id)]
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
        why = _found_by(cf, args.search, ((c.id, (c.primary_name, c.latin_name))
                                          for c in captives))
    if args.format == "json":  # what the count of days stands for, as with --level
        print_json([{**jsonable(c), **_days_kind(c.days_in_custody), **_found_json(why.get(c.id))}
                    for c in captives], out)
    else:
        print_table([msg("ID"), msg("Name"), msg("Latin"), msg("Status"), msg("Category"),
                     msg("Place of detention"), msg("Days"), *_found_head(why)],
                    [[*_captive_row(c), *_found_cell(why, c.id)] for c in captives], out,
                    names=(1, 2))
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
            if args.keep_stay_open and done.day is not None and not done.backdated else None
    c = done.captive
    # in the language's script; the status agreeing with a woman where the language needs it
    status, name = status_of(c.status, c.sex), name_in_every_language(c)
    if done.backdated:  # into the history by its date: the current status stays
        out.write(str(msg("{name}: the change to {new} on {day} is dated before the current "
                          "status, {status} since {since}: it is put in the history by its "
                          "date, and the current status stays {status}.", name=name,
                          new=status_of(args.status, c.sex), day=done.day, status=status,
                          since=c.status_since)) + "\n")
        return 0
    out.write(str(msg("{name}: the status is now {status} since {day}.", name=name,
                      status=status, day=c.status_since) if c.status_since else
                  msg("{name}: the status is now {status}.", name=name,
                      status=status)) + "\n")
    if done.same_day is not None:
        out.write(str(msg("{previous} is dated the same day: of two changes on one day, the "
                          "one recorded later is the current status.",
                          previous=status_of(done.same_day, c.sex))) + "\n")
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
