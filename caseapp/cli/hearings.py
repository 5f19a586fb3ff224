"""The ``hearings`` command: the court sittings ahead, as a table or JSON, at a level.

The hearings are those the calendar file holds (:meth:`ReminderService.calendar`, one use
case): from today's sittings (the whole of the court's day, a sitting held this morning
included) to the horizon, each by its day and hour in the court's time zone; an adjourned or
cancelled one is listed saying so (a calendar that held it from an earlier export cancels it);
those of a captive whose custody is over are not. At a level below internal, a hearing above
it, or a captive the level may not name (at the public level, one who did not consent to
publicity), is left out and said on stderr."""

from __future__ import annotations

import argparse
from datetime import UTC
from typing import Any, TextIO

from caseapp.cli.common import day_count, format_option, opened_case, print_json, print_table
from caseapp.cli.reports import lowered_level
from caseapp.domain.messages import current_language, list_separator, msg, msg_n, text_of

# the omissions' sections of the hearings (caseapp.services.reminders)
_SECTIONS = (msg("Hearings"), msg("Captives not named at a hearing"))


def cmd_hearings(args: argparse.Namespace, out: TextIO) -> int:
    from caseapp.domain.cldr import zone_city
    from caseapp.domain.redaction import OmissionSummary
    from caseapp.reports.hearing_words import state_words
    from caseapp.services.labels import value_label

    with opened_case(args) as cf:
        lang = current_language()
        events = cf.reminders.calendar(args.within, level=args.level, explanations=False)
    # (not one the end of its captives' custody made moot, which the calendar file cancels)
    hearings = [h for h in events.hearings if h.uid not in events.custody_ended]
    names = {cid: name.render(lang) for cid, name in events.names.items()}

    def defendants(h: Any) -> list[str]:
        return [names.get(cid, f"#{cid}") for cid in h.captive_ids]

    if args.format == "json":
        print_json([{
            "id": h.id, "uid": h.uid,
            "starts_at": h.starts_at.isoformat(),  # in the court's zone, with its offset
            "starts_at_utc": h.starts_at.astimezone(UTC).isoformat(),
            "timezone": h.timezone, "court": h.court, "judge": h.judge,
            "kind": str(h.kind), "kind_label": value_label(h.kind).render(lang),
            "state": str(h.state),
            "state_label": state_words(h.state, h.next_date, lang) or None,
            "next_date": h.next_date.isoformat() if h.next_date else None,
            "notes": h.notes, "sensitivity": str(h.sensitivity),
            "captives": [{"id": cid, "name": names.get(cid)} for cid in h.captive_ids],
        } for h in hearings], out)
    else:
        print_table([msg("ID"), msg("Date"), msg("Time"), msg("Court's time zone"), msg("Kind"),
                     msg("State"), msg("Court"), msg("Defendants")],
                    [[h.id, h.starts_at.date(), f"{h.starts_at:%H:%M}",
                      zone_city(h.timezone, lang), value_label(h.kind),
                      state_words(h.state, h.next_date, lang), h.court,
                      list_separator().join(defendants(h))] for h in hearings],
                    out, names=(7,))
        out.write(str(msg_n("{count} hearing within {days} days (today's included)",
                            "{count} hearings within {days} days (today's included)",
                            len(hearings), days=args.within)) + "\n")
    left_out = OmissionSummary(msg("list of hearings"), events.level, tuple(
        o for o in events.omitted if o.section in _SECTIONS))
    lowered_level(args, left_out.level, left_out.output)
    if not left_out.is_clean:
        for line in left_out.lines():
            args.err.write(text_of(line) + "\n")
    return 0


def add_parsers(sub: Any, common: argparse.ArgumentParser) -> None:
    """Add the ``hearings`` command to the ``caseapp`` parser's subcommands."""
    p = sub.add_parser("hearings", parents=[common],
                       help=str(msg("court hearings ahead, today's included, in the court's time "
                                    "zone")))
    p.add_argument("--within", type=day_count, default=30, metavar=str(msg("DAYS")),
                   help=str(msg("hearings on a day within this many days (default 30)")))
    format_option(p, "table", "json")
    p.add_argument("--level", choices=["public", "shareable", "internal"], default="internal",
                   help=str(msg("leave out everything above this level (default internal); what is "
                                "left out is listed on stderr")))
    p.set_defaults(func=cmd_hearings)
