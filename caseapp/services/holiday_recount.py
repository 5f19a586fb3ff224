"""Deadlines rolled back to the previous working day that an earlier version put on a working
day next to a holiday the calendar only estimates, counted again when a case file is opened.

A Muslim feast in a year whose dates are not yet announced (Azerbaijan's Eid al-Fitr of 2027,
estimated on 9 and 10 March) may fall a day earlier or later than estimated: this version
does not count a working day next to it as certain when it rolls a deadline back (never later
when unsure: :mod:`caseapp.domain.estimated_holidays`). A deadline an earlier version rolled
onto such a day (the extension motion on Thu 11 March 2027 instead of Fri 5 March) keeps
that day until its record is saved again, so the opening counts its record again as a save
would (the deadline engine's own sync: a date set by hand or a deadline closed is kept), in
the audit trail by whoever opened the file, and says which moved.

Once per version of the holiday calendars (the holidays package), noted as a file event: a
file looked at with these calendars is not read again at every opening; a newer package,
which may estimate the feasts differently or know their announced dates, looks again. A file
open read-only, or by a login below internal clearance (it sees only some records), is left
to the next opening.
"""

from __future__ import annotations

import logging
import re
from datetime import date
from functools import cache
from typing import Any

from caseapp.db.plain_reads import newest_event_detail, open_due_days
from caseapp.domain.errors import CaseAppError
from caseapp.domain.messages import Message, msg, msg_n

log = logging.getLogger(__name__)

CaseFile = Any  # caseapp.services.casefile.CaseFile (which calls this module)

MARK = "estimated holidays"  # the file event saying the file was looked at
# A deadline moved: its captive, its rule, the day before and the day now.
Moved = tuple[int | None, str, date, date]


@cache  # (the package does not change under a running program)
def stamp() -> str:
    """The file event's detail: the holiday calendars' version this opening counts with. Read
    from the package's metadata file (the bundle keeps it: ``build.spec``), so that an
    opening imports neither the package (some 50 ms) nor :mod:`importlib.metadata` (some
    30 ms); without it, from the package itself."""
    from caseapp import installed_version

    version = installed_version("holidays")
    if version is None:
        from caseapp.domain.holiday_countries import holidays

        version = getattr(holidays, "__version__", "")
    return f"holidays {version}"


def mark_new(case_file: CaseFile) -> None:
    """Note that a new file's deadlines are counted with the holiday calendars as they are:
    its first opening does not look again (nor import what looking needs before the window
    shows its rows)."""
    case_file.log_event(MARK, stamp())


def recount_estimated_on_open(case_file: CaseFile) -> tuple[str, ...]:
    """Count again the records of the open deadlines rolled back onto a working day next to
    an estimated holiday; what to tell the lawyer (nothing when nothing moved)."""
    if case_file.db.read_only is not None or case_file.login.restricted:
        return ()
    detail = stamp()
    with case_file.db.plain_reading() as raw:  # the mark first: one small read an opening
        days = set() if newest_event_detail(raw, MARK) == detail else open_due_days(raw)
    if not days:  # looked at already, or nothing to look at (no engine built): deadlines
        return ()  # made later are this version's, and a file that gets some is looked at
        # when next opened
    from sqlalchemy.exc import SQLAlchemyError

    try:
        moved = _recount(case_file) if _may_be_near(case_file, days) else {}
        case_file.log_event(MARK, detail)
    except (CaseAppError, SQLAlchemyError) as exc:  # another program writing the file, a
        # login the server lets only read: left to the next opening
        log.warning("estimated holidays not looked at on opening: %s", type(exc).__name__)
        return ()
    if not moved:
        return ()
    return (str(msg_n(
        "{count} deadline rolled back to the previous working day had been put on a working "
        "day next to a public holiday the calendar only estimates, which may fall a day "
        "earlier or later: it was counted again, to a working day before it (never later "
        "when unsure). Check any letter or calendar made with the old day: {deadlines}.",
        "{count} deadlines rolled back to the previous working day had been put on a working "
        "day next to a public holiday the calendar only estimates, which may fall a day "
        "earlier or later: they were counted again, to a working day before it (never later "
        "when unsure). Check any letter or calendar made with the old days: {deadlines}.",
        len(moved), deadlines=_lines(case_file, moved))),)


_COUNTRY = re.compile(r'^\s*country\s*=\s*"([A-Za-z]{2,3})"', re.MULTILINE)


def _may_be_near(case_file: CaseFile, days: set[date]) -> bool:
    """Whether a day of ``days`` is within a day of a holiday estimated in a country a rule
    file names (a look at the few small rule files: no rule is read unless one is)."""
    from caseapp.domain.estimated_holidays import estimated_near

    countries = _countries(case_file)
    return any(estimated_near(country, None, day) is not None
               for country in countries for day in days)


def _countries(case_file: CaseFile) -> set[str]:
    """The countries of the calendars of the rules in force: those the rule files name (the
    shipped ones and the lawyer's own), or a file's own rule set's."""
    if case_file.given_rules:
        return {c.country for c in case_file.rule_set.calendars.values() if c.country}
    from caseapp.resources import resource
    from caseapp.services.casefile_services import user_rules_dir

    found: set[str] = set()
    for folder in (resource("rules"), user_rules_dir()):
        for path in folder.glob("*.toml"):
            try:
                found.update(_COUNTRY.findall(path.read_text(encoding="utf-8",
                                                              errors="replace")))
            except OSError:
                return {c.country for c in case_file.rule_set.calendars.values()
                        if c.country}
    return found


def _rolled_back(case_file: CaseFile) -> dict[str, Any]:
    """The rules in force that roll a day off back to a working day of a country's calendar,
    by id: the only ones an estimated holiday changes."""
    from caseapp.domain.rules import Roll

    engine = case_file.deadline_engine
    return {r.id: r for r in case_file.rule_set.rules.values()
            if r.roll is Roll.PREVIOUS_WORKING_DAY and r.calendar.country is not None
            and engine.applies(r)}


def _recount(case_file: CaseFile) -> dict[int, Moved]:
    """In one transaction: each record with such a deadline counted again, and the deadlines
    that moved, by id."""
    from sqlalchemy import select

    from caseapp.db.models import (
        Captive,
        CourtDelivery,
        Deadline,
        DetentionOrder,
        Hearing,
        InternationalProceeding,
    )
    from caseapp.domain.deadline_plans import estimated_off
    from caseapp.domain.enums import DeadlineStatus
    from caseapp.services.deadline_writes import TRIGGER_KINDS

    rules = _rolled_back(case_file)
    if not rules:
        return {}
    engine = case_file.deadline_engine
    models = {m.__tablename__: m for m in (Captive, CourtDelivery, DetentionOrder, Hearing,
                                           InternationalProceeding)}
    tables = {kind: table for table, kind in TRIGGER_KINDS.items() if table in models}
    moved: dict[int, Moved] = {}
    with case_file.ctx.transaction() as s:
        rows = list(s.scalars(select(Deadline).where(
            Deadline.rule_id.in_(sorted(rules)), Deadline.status == DeadlineStatus.OPEN,
            Deadline.overridden.is_(False)).order_by(Deadline.id)))
        doubtful = [d for d in rows
                    if estimated_off(rules[d.rule_id].calendar, d.due_on) is not None]
        before = {d.id: d.due_on for d in doubtful}
        records = dict.fromkeys((d.trigger_kind, d.trigger_uid) for d in doubtful
                                if d.trigger_kind in tables)
        for kind, uid in records:
            model = models[tables[kind]]
            obj = s.scalars(select(model).where(model.uid == uid)).first()
            if obj is not None:  # a record gone: its deadlines were closed with it
                engine.on_written(s, obj)
        s.flush()
        for d in doubtful:
            if d.due_on != before[d.id]:
                moved[d.id] = (d.captive_id, d.rule_id, before[d.id], d.due_on)
    return moved


def _lines(case_file: CaseFile, moved: dict[int, Moved]) -> str:
    """Each deadline as "Vardanyan Armen, “Extension of detention: …”: 11 Mar 2027 → 5 Mar
    2027"."""
    from caseapp.services.captive_names import names_everywhere

    names = names_everywhere(case_file.ctx, {c for c, *_rest in moved.values()
                                             if c is not None})
    rule_set = case_file.rule_set
    lines: list[Message] = []
    for _id, (captive_id, rule_id, old, new) in sorted(
            moved.items(), key=lambda item: (item[1][2], item[0])):
        rule: Any = rule_set.quoted_title(rule_id) if rule_id in rule_set else rule_id
        name: Any = names.get(captive_id or 0) or msg("captive {id}", id=captive_id)
        lines.append(msg("{captive}, {rule}: {old} → {new}", captive=name, rule=rule,
                         old=old, new=new))
    return "; ".join(str(line) for line in lines)


__all__ = ["MARK", "mark_new", "recount_estimated_on_open", "stamp"]
