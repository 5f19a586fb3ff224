"""What an opening tells the lawyer of the court's day her open whole-day deadlines end with
(:mod:`caseapp.services.court_zone_fill`), once, on the command line's standard error and
over the window as the other opening notices:

- the deadlines that moved with their rule to another court, their dates unchanged: in a
  case file of her own, because her rule files changed; on a team's server, where a
  colleague's rule files may have given the court (her own unchanged), to a court whose day
  ends earlier, which is what the notice says;
- on a team's server, those left with a court whose day ends earlier than the one her rule
  files give (a colleague's rule files gave it: the earlier end is kept), told once with the
  rule files as they are;
- in a case file open read-only (on a read-only disk or folder, a file that may not be
  written, a login the team's server lets read only), those that would follow their rule's
  court: they keep their old court's day until the file is opened where it can be written;
  first, as a warning, those shown ending later than the day at the court their rule
  gives, which the lawyer must count by that court's day meanwhile: said at every opening
  while it holds, to a login below internal clearance the server lets only read as well;
- a login below internal clearance, which may neither write nor read the file's mark, is told
  what is kept at an earlier court once per change of her rule files or of those deadlines,
  remembered on her computer (:func:`caseapp.services.court_zone_fill.told_on_device`).
"""

from __future__ import annotations

from typing import Any

from caseapp.db.plain_reads import zones_of_whole_days
from caseapp.domain.court_zones import day_end_here
from caseapp.domain.dates import local_zone
from caseapp.domain.messages import Listed, Message, Translated, msg, msg_n
from caseapp.services.court_zone_fill import (
    by_rule,
    give_court_zones,
    looked_at_already,
    mark_detail,
    plan_of,
    shared,
    zones_wanted,
)

CaseFile = Any  # caseapp.services.casefile.CaseFile (which calls this module)


def court_zones_on_open(case_file: CaseFile) -> tuple[str, ...]:
    """:func:`give_court_zones` as a case file is opened, or what a file open read-only
    keeps; what to tell the lawyer (see the module's description)."""
    if case_file.db.read_only is not None:
        return kept_read_only(case_file)
    followed = give_court_zones(case_file)
    if followed.refused:
        return kept_read_only(case_file)
    notices: list[str] = []
    if followed.moved and shared(case_file):
        notices.append(str(msg_n(
            "{count} open deadline now ends with the day at the court its rule gives in your "
            "rule files: its day ends there earlier than at the court it kept, and on a team's "
            "server the earlier end of the day is kept. Its date is unchanged: {rules}.",
            "{count} open deadlines now end with the day at the courts their rules give in your "
            "rule files: their days end there earlier than at the courts they kept, and on a "
            "team's server the earlier end of the day is kept. Their dates are unchanged: "
            "{rules}.", _count(followed.moved),
            rules=_rules(case_file, followed.moved))))
    elif followed.moved:
        notices.append(str(msg_n(
            "{count} open deadline now ends with the day at the court its rule gives in your "
            "rule files, changed since the case file was last opened; its date is unchanged: "
            "{rules}.",
            "{count} open deadlines now end with the day at the court their rules give in your "
            "rule files, changed since the case file was last opened; their dates are "
            "unchanged: {rules}.", _count(followed.moved),
            rules=_rules(case_file, followed.moved))))
    if followed.held:
        notices.append(str(msg_n(
            "{count} open deadline keeps the day of a court that ends it earlier than the court "
            "its rule gives in your rule files; on a team's server the earlier end of the day "
            "is kept, so that colleagues whose rule files differ do not move it back and forth: "
            "{rules}.",
            "{count} open deadlines keep the day of a court that ends it earlier than the court "
            "their rules give in your rule files; on a team's server the earlier end of the "
            "day is kept, so that colleagues whose rule files differ do not move them back and "
            "forth: {rules}.", _count(followed.held),
            rules=_rules(case_file, followed.held))))
    return tuple(notices)


def kept_read_only(case_file: CaseFile) -> tuple[str, ...]:
    """What a case file that cannot be written keeps of the courts its deadlines' rules no
    longer give (nothing is written), the deadlines shown ending later than at their rule's
    court first. A deadline keeping no zone (written by an earlier version) is named only
    then: it ends at the lawyer's own midnight, as it always did."""
    if looked_at_already(case_file, mark_detail(case_file)):
        return ()
    with case_file.db.plain_reading() as raw:
        kept = zones_of_whole_days(raw)
    if not kept:
        return ()
    wanted = zones_wanted(case_file, kept)
    with case_file.ctx.read() as s:
        plan = plan_of(s, wanted, earlier_only=shared(case_file))
    here = local_zone()
    later = [r for r in (*plan.blank, *plan.moves)
             if day_end_here(r.due_on, r.kept, here) > day_end_here(r.due_on, r.wanted, here)]
    rest = [r for r in plan.moves if r not in later]
    notices: list[str] = []
    if later:
        notices.append(str(msg_n(
            "Warning: {count} open deadline is shown ending later than the day at the court its "
            "rule gives in your rule files, and the case file is open read-only, so it keeps "
            "that later end until the file is opened where it can be written. Count its day as "
            "ending at that court's midnight: {rules}.",
            "Warning: {count} open deadlines are shown ending later than the day at the court "
            "their rules give in your rule files, and the case file is open read-only, so they "
            "keep that later end until the file is opened where it can be written. Count their "
            "days as ending at that court's midnight: {rules}.", len(later),
            rules=_rules(case_file, by_rule(later)))))
    if rest:
        notices.append(str(msg_n(
            "{count} open deadline keeps the day of its old court until the case file is opened "
            "where it can be written, though its rule gives another court in your rule files; "
            "its date is unchanged: {rules}.",
            "{count} open deadlines keep the day of their old courts until the case file is "
            "opened where it can be written, though their rules give other courts in your rule "
            "files; their dates are unchanged: {rules}.", len(rest),
            rules=_rules(case_file, by_rule(rest)))))
    return tuple(notices)


def _count(by: dict[str, tuple[str, int]]) -> int:
    return sum(n for _zone, n in by.values())


def _rules(case_file: CaseFile, by: dict[str, tuple[str, int]]) -> Listed:
    """Each rule, by its title, with the city of the zone given ("your own time zone" for
    none)."""
    from caseapp.domain.cldr import zone_city
    from caseapp.domain.rules import TRANSLATED_LANGUAGES

    rule_set = case_file.rule_set
    lines: list[Message] = []
    for rule_id, (zone, _count) in sorted(by.items()):
        rule = rule_set.quoted_title(rule_id)
        lines.append(msg("{rule}: {city}", rule=rule, city=Translated(tuple(
            (lang, zone_city(zone, lang)) for lang in ("en", *TRANSLATED_LANGUAGES))))
                     if zone else msg("{rule}: your own time zone", rule=rule))
    return Listed(tuple(lines))


__all__ = ["court_zones_on_open", "kept_read_only"]
