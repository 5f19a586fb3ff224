"""A captive's file as ``caseapp captives show`` prints it for reading: names, status,
capture and custody, the clock's warnings, then each section (prosecutions, orders,
hearings, places, contacts, proceedings, interventions, documents, deadlines, notes)."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from datetime import date, datetime
from typing import TYPE_CHECKING, Any, TextIO

from caseapp.cli.table_layout import indented_lines, terminal_width
from caseapp.domain.captive_rows import About, AtLeast
from caseapp.domain.dto import CaptiveFileDTO
from caseapp.domain.enums import CaptiveStatus
from caseapp.domain.messages import (
    Message,
    Number,
    current_language,
    list_separator,
    msg,
    msg_n,
)
from caseapp.domain.scan_pages import pages_to_check
from caseapp.domain.stays import held_there_now, open_stay_until

if TYPE_CHECKING:
    from caseapp.domain.clock import DetentionClock


def print_captive_file(f: CaptiveFileDTO, out: TextIO, warnings: Sequence[str] = (),
                       when: Mapping[int, str] | None = None,
                       clock: DetentionClock | None = None, today: date | None = None) -> None:
    """``when``: when each open deadline falls due, in words, by its id (due_words);
    ``clock``: the detention clock the window's header reads (the current order's expiry,
    the next hearing), None where the file is shown at a level below internal; ``today``:
    the day an intervention's follow-up is overdue after (none said without it)."""
    from caseapp.domain.cldr import format_date_short, format_datetime
    from caseapp.domain.clock import expiry_is_custodys, file_history
    from caseapp.domain.custody_step_lines import convicted_lines  # not for `captives list`
    from caseapp.domain.order_standing import standings_at
    from caseapp.domain.sheet_values import says_unknown
    from caseapp.reports.hearing_words import state_words
    from caseapp.reports.order_words import standing_words
    from caseapp.reports.texts import format_partial, t
    from caseapp.services.labels import (  # loaded when shown
        long_date,
        status_in_a_sentence,
        status_of,
        value_label,
    )

    lang = current_language()

    def v(value: object) -> str:  # a stored value as the user's language names it
        return str(value_label(value))

    def d(day: date | datetime | None) -> str:
        return format_date_short(day, lang)

    c = f.captive
    w = out.write
    day_of = today or (clock.today if clock is not None else None)
    standings = {} if day_of is None else standings_at(
        f.detention_orders, day_of, c.status, c.status_since, file_history(f))

    def standing(o: Any) -> str:  # in force, or replaced by which order, as the dossier says
        return "" if day_of is None else standing_words(
            o, standings.get(o.id), f.detention_orders, day_of, lang, d)

    width = terminal_width(out)  # a list's item wrapped under its indent on a terminal

    def wrapped(line: str) -> None:
        w("".join(f"{part}\n" for part in indented_lines(line, width)))
    w(str(msg("{name}  (ID {id})", name=c.primary_name, id=c.id)) + "\n")
    for n in c.names:
        w(f"  {n.full_name}  [{v(n.script)}{'/' + n.language if n.language else ''}, "
          f"{v(n.kind)}]\n")
    # one "՝" a line in Armenian: «Կարգավիճակ՝ հայրենադարձված (2021 թ. փետրվարի 3-ից)»
    w(str(msg("Status: {status} since {day}", status=status_in_a_sentence(c.status, c.sex),
              day=long_date(c.status_since))
          if c.status_since else msg("Status: {status}", status=status_of(c.status, c.sex)))
      + "\n")
    w(str(msg("Category: {category}", category=value_label(c.category))) + "\n")
    w(str(msg("Sex: {sex}", sex=value_label(c.sex))) + "\n")
    if c.birth:
        w(str(msg("Born: {day}", day=format_partial(c.birth, lang))) + "\n")
    # the day, the place and who captured them, each under its own word
    if c.capture:
        w(str(msg("Captured: {day}", day=format_partial(c.capture, lang))) + "\n")
    if c.capture_place:
        w(str(msg("Place of capture: {place}", place=c.capture_place)) + "\n")
    if c.capturing_authority:
        w(str(msg("Capturing authority: {authority}", authority=msg("not known", context="capturing "
                                                            "authority")
                  if says_unknown(c.capturing_authority) else c.capturing_authority)) + "\n")
    if isinstance(c.days_in_custody, AtLeast) and c.capture is not None:  # its month, year
        w(str(msg("Days in custody: at least {days} (the date of capture is known only to its "
                  "month or year)", days=Number(c.days_in_custody))) + "\n")
    elif isinstance(c.days_in_custody, AtLeast):  # from the first detention order
        w(str(msg("Days in custody: at least {days} (counted from the first detention order: "
                  "the date of capture is unknown)", days=Number(c.days_in_custody))) + "\n")
    elif isinstance(c.days_in_custody, About):  # an approximate day
        w(str(msg("Days in custody: about {days} (the date of capture is approximate)",
                  days=Number(c.days_in_custody))) + "\n")
    elif c.days_in_custody is not None:
        w(str(msg("Days in custody: {days}", days=Number(c.days_in_custody))) + "\n")
    if c.current_place:
        w(str(msg("Held at: {place}", place=c.current_place) if held_there_now(c.status)
              else msg("Last held at: {place}", place=c.current_place)) + "\n")
    if clock is not None and expiry_is_custodys(f, clock):  # as the window's header
        for order in clock.running:  # custody under orders of several criminal cases: each
            day = long_date(order.expires_on)
            w(str(msg("Detention order in criminal case {case} expires: {day}",
                      case=order.case_number, day=day) if order.case_number else
                  msg("Detention order of {start} expires: {day}",
                      start=long_date(order.start_date), day=day)) + "\n")
        if not clock.running and clock.order_expires_on is not None:
            w(str(msg("Detention order expires: {day}", day=long_date(clock.order_expires_on)))
              + "\n")
        if clock.same_day_start is not None:  # the papers do not say which order is in force
            wrapped(str(msg("Two detention orders of this criminal case start on {day} and "
                            "their decision days do not settle which replaced the other: the "
                            "earlier expiry is shown. Record each order's decision day.",
                            day=long_date(clock.same_day_start))))
    if clock is not None and clock.next_hearing is not None:
        w(str(msg("Next hearing: {when} (no longer in custody: {status})",
                  when=format_datetime(clock.next_hearing, lang), status=status_of(c.status, c.sex))
              if c.status.ended else
              msg("Next hearing: {when}", when=format_datetime(clock.next_hearing, lang))) + "\n")
    if c.tags:
        w(str(msg("Tags: {tags}", tags=", ".join(c.tags))) + "\n")
    if warnings:  # the clock's, as "Needs attention" says them (each order's expiry)
        w("\n" + str(msg("{section}:", section=msg("Needs attention"))) + "\n")
        for line in warnings:
            wrapped(f"  {line}")
    sections: list[tuple[Message, Sequence[Any], Callable[[Any], str]]] = [
        (msg("Prosecutions"), f.prosecutions, lambda p: f"{p.case_number} {p.court} — "
         + list_separator(lang).join(
             f"{ch.code} " + t("article", lang, a=ch.article + (f"({ch.part})" if ch.part else ""))
             for ch in p.charges)),
        # the kind as a label, as each language writes one (Armenian «՝», not ":")
        (msg("Detention orders"), f.detention_orders, lambda o: str(msg(
            "{field}: {value}", field=v(o.kind), value=f"{d(o.start_date)} → {d(o.expires_on)} "
            + (str(msg("({months} m {days} d)", months=o.term_months or 0,
                       days=o.term_days or 0)) + " " if o.term_months or o.term_days else "")
            + o.ordering_court)) + (f" — {words}" if (words := standing(o)) else "")),
        (msg("Hearings"), f.hearings, lambda h: f"{format_datetime(h.starts_at, lang)} "
         + ", ".join(x for x in (v(h.kind), h.court) if x) + "".join(
             f" — {x}" for x in (state_words(h.state, h.next_date, lang), h.outcome) if x)),
        (msg("Places of detention"), f.detention_places,
         lambda p: f"{d(p.from_date)} – {d(p.to_date) or open_stay_end(f, p.from_date, d)} "
         f"{p.facility}"),
        (msg("Welfare contacts"), f.welfare_contacts,
         lambda x: f"{d(x.contact_on)} " + ", ".join(y for y in (v(x.kind), x.source) if y)),
        (msg("International proceedings"), f.international_proceedings,
         lambda x: " ".join(y for y in (v(x.body), v(x.kind), x.reference) if y)
         + f" [{v(x.status)}]"),
        (msg("Interventions"), f.interventions,
         lambda x: f"{d(x.made_on)} {v(x.channel)} {x.subject} [{v(x.status)}]"
         + (f" — {words}" if today and (words := follow_up_words(x, today, d)) else "")),
        (msg("Documents"), f.documents,
         # its ID: what `caseapp ocr ID` and the window's documents are found by
         lambda doc: f"{doc.title} " + str(msg_n("(ID {id}; {count} byte, sha256 {digest}…)",
                                                 "(ID {id}; {count} bytes, sha256 {digest}…)",
                                                 doc.size, id=doc.id, digest=doc.sha256[:16]))
         # the pages OCR may not have read, to check by eye
         + "".join(f"\n    {line}" for line in pages_to_check(doc))),
        (msg("Deadlines"), f.deadlines,
         lambda dl: " ".join(x for x in (d(dl.due_on), dl.clock_time, dl.title) if x)
         + f" [{v(dl.status)}]" + (f" — {when[dl.id]}" if when and dl.id in when else "")
         + "".join(f"\n    {line}" for line in convicted_lines(dl))),
        (msg("Notes"), f.notes, lambda n: f"{d(n.written_at)} {n.title or n.body[:60]}"),
    ]
    for title, items, fmt in sections:
        if items:
            w("\n" + str(msg("{section}:", section=title)) + "\n")
            for item in items:
                for line in f"  {fmt(item)}".split("\n"):
                    wrapped(line)


def follow_up_words(i: Any, today: date, day: Callable[[date], str]) -> str:
    """When an intervention is to be followed up, or by how many days its follow-up is
    overdue, by the rule the Advocacy log and "Needs attention" count with; nothing for
    one closed (nothing is left to follow up) or without a follow-up day."""
    from caseapp.domain.advocacy import follow_up_overdue_days
    from caseapp.domain.enums import InterventionStatus

    if i.follow_up_on is None or i.status is InterventionStatus.CLOSED:
        return ""
    late = follow_up_overdue_days(i.follow_up_on, i.status, today)
    if late:
        return str(msg_n("follow-up of {day} overdue by {count} day",
                         "follow-up of {day} overdue by {count} days", late,
                         day=day(i.follow_up_on)))
    return str(msg("follow up on {day}", day=day(i.follow_up_on)))


def when_said(deadlines: Sequence[Any], today: date, now: datetime) -> dict[int, str]:
    """When each open deadline falls due, in words, by its id: as ``caseapp deadlines`` and
    the Deadlines view say it (:mod:`caseapp.cli.due_words`)."""
    from caseapp.cli.due_words import when_of, when_words

    said = {d.id: when_words(d, when_of(d, today=today, now=now)) for d in deadlines}
    return {i: str(words) for i, words in said.items() if words is not None}



def open_stay_end(f: CaptiveFileDTO, from_date: date, d: Callable[[date], str]) -> str:
    """The departure of a stay with none recorded, as the custody tab and the dossier say it:
    "now" while in custody; once custody is over (:mod:`caseapp.domain.stays`), "until the
    release on 2 Nov 2026" (the repatriation, the death), or "—" when that day is unknown or
    before the arrival: never "now" of a captive no longer held."""
    c = f.captive
    if held_there_now(c.status):
        return str(msg("now"))
    until = open_stay_until(c.status, c.status_since, from_date)
    if until is None:
        return "—"
    day = d(until)
    if c.status is CaptiveStatus.RELEASED:
        return str(msg("until the release on {day}", day=day))
    if c.status is CaptiveStatus.REPATRIATED:
        return str(msg("until the repatriation on {day}", day=day))
    if c.status is CaptiveStatus.DECEASED:
        return str(msg("until the death on {day}", day=day))
    return "—"
