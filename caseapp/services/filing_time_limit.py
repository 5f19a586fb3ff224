"""The time limit of an ECHR application (Art. 35 § 1) for section G of the draft.

It is the deadline the engine keeps for the captive's latest final domestic decision (a
decided cassation hearing), with its computation steps, so that the draft and the Deadlines
view give the same date. Only a decision the case file still records counts: a deadline
left behind by a hearing since deleted, or whose outcome was withdrawn, is history, not the
time limit; one kept (done, dismissed) while its hearing moved to another day is computed
again from that day. The rule named and its source are the rule the engine applied: the
six-month rule for a decision before 1 February 2022.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace
from datetime import date, timedelta
from typing import TYPE_CHECKING

from caseapp.domain.dates import PartialDate
from caseapp.domain.deadlines import compute
from caseapp.domain.dto import DeadlineDTO, HearingDTO
from caseapp.domain.enums import DatePrecision, DeadlineStatus, Sensitivity
from caseapp.domain.errors import ValidationError
from caseapp.domain.filing import TimeLimit
from caseapp.domain.messages import msg, text_of
from caseapp.domain.moot_hearings import HEARING_EVENTS, has_decided
from caseapp.domain.rules import RuleSet
from caseapp.domain.strasbourg import APPLICATION_RULES
from caseapp.services.deadline_writes import TRIGGER_KINDS
from caseapp.services.levels import read_levels
from caseapp.services.values import require_past

if TYPE_CHECKING:
    from caseapp.services.casefile import CaseFile

FINAL_DECISION = "final_domestic_decision"
PUBLIC_NOTE = "Left out at the public level (no litigation timing in a public document)."
GIVEN_NOTE = "Computed by the deadline engine's rule for the final decision date given."
NONE_NOTE = ("No final domestic decision is recorded for the captive at this level: a decided "
             "cassation hearing sets off the four-month rule, or give the decision's date for "
             "this draft.")
UNCERTAIN_NOTE = ("Computed by the deadline engine's rule from the day of the month or year "
                  "known (the decision's day is not) that gives the earliest end: the earliest "
                  "day the time limit can end. Establish the decision's day before filing.")
ENGINE_NOTE = "The deadline the engine keeps for the captive's final domestic decision."
BY_HAND_NOTE = " Its date was set by hand: check it against the steps."
MOVED_NOTE = ("Computed by the deadline engine's rule from the final decision's date as now "
              "recorded (the deadline kept for it was computed from another date).")
# The same notes in a French draft.
NOTES_FR = {
    PUBLIC_NOTE: "Omis au niveau public (aucun calendrier contentieux dans un document public).",
    GIVEN_NOTE: ("Calculé par la règle du moteur d’échéances à partir de la date de la décision "
                 "définitive indiquée."),
    NONE_NOTE: ("Aucune décision interne définitive n’est enregistrée pour le captif à ce "
                "niveau\u00a0: une audience de cassation tenue et décidée fait courir le délai de "
                "quatre mois, ou indiquez la date de la décision pour ce projet."),
    UNCERTAIN_NOTE: ("Calculé par la règle du moteur d’échéances à partir du jour du mois ou de "
                     "l’année connus (le jour de la décision ne l’est pas) qui donne l’expiration "
                     "la plus proche\u00a0: le jour le plus proche où le délai peut expirer. "
                     "Établissez le jour de la décision avant l’introduction de la requête."),
    ENGINE_NOTE: ("L’échéance que le moteur tient pour la décision interne définitive du "
                  "captif."),
    ENGINE_NOTE + BY_HAND_NOTE: ("L’échéance que le moteur tient pour la décision interne "
                                 "définitive du captif. Sa date a été fixée à la main\u00a0: "
                                 "vérifiez-la au regard des étapes."),
    MOVED_NOTE: ("Calculé par la règle du moteur d’échéances à partir de la date de la décision "
                 "définitive telle qu’elle est enregistrée aujourd’hui (l’échéance tenue pour "
                 "elle avait été calculée à partir d’une autre date)."),
}


def note_in(note: str, lang: str) -> str:
    """A note of this module in ``lang`` (English, or French: "fr")."""
    return NOTES_FR.get(note, note) if lang == "fr" else note


def _source(rule_set: RuleSet, rule_id: str, english: str, lang: str) -> str:
    """The applied rule's source as the rule file cites it in ``lang`` (English if none)."""
    if lang == "en" or rule_id not in rule_set:
        return english
    return rule_set.get(rule_id).text("source", lang) or english


def final_decisions(hearings: Iterable[HearingDTO], today: date) -> dict[str, date]:
    """The hearings that are a final domestic decision as the engine counts them (decided:
    held by ``today``, recorded so or with an outcome, not recorded adjourned or cancelled:
    :func:`caseapp.domain.moot_hearings.has_decided`), by uid: their day
    in the court's time zone."""
    return {h.uid: h.starts_at.date() for h in hearings
            if HEARING_EVENTS.get(h.kind) == FINAL_DECISION and has_decided(h.outcome, h.state)
            and h.starts_at.date() <= today}


def computed(rule_set: RuleSet, decided: date, lang: str = "en") -> TimeLimit:
    """The time limit the engine's rule gives for a final decision of ``decided``, its steps
    and source in the draft's language."""
    result = compute(rule_set, APPLICATION_RULES[0], decided)[0]
    return TimeLimit(result.applied_rule_id, decided, result.due_on,
                     tuple(s.render(lang) for s in result.steps),
                     _source(rule_set, result.applied_rule_id, result.source, lang),
                     from_engine=False)


def _kept(rule_set: RuleSet, deadline: DeadlineDTO, trigger: date, lang: str = "en") -> TimeLimit:
    applied = compute(rule_set, deadline.rule_id, trigger)[0]  # which rule applies, its source
    return TimeLimit(applied.applied_rule_id, trigger, deadline.due_on,
                     tuple(text_of(s, lang) for s in deadline.explanation),
                     _source(rule_set, applied.applied_rule_id, applied.source, lang),
                     from_engine=True)


def recorded_limits(cf: CaseFile, captive_id: int, level: Sensitivity,
                    today: date, *, lang: str = "en") -> list[tuple[TimeLimit, str]]:
    """The time limits of the final decisions the case file records for the captive at the
    level, each with what it rests on, oldest decision first (none at the public level)."""
    if level is Sensitivity.PUBLIC:
        return []
    levels = read_levels(cf)
    file = cf.captive_file(captive_id)
    live = final_decisions(file.hearings, today)
    found: list[tuple[date, int, TimeLimit, str]] = []
    for x in file.deadlines:
        if (x.rule_id not in APPLICATION_RULES or x.trigger_date is None
                or not level.allows(levels.deadline(x))):
            continue
        trigger = x.trigger_date
        settled = x.status is not DeadlineStatus.OPEN
        if x.trigger_kind == TRIGGER_KINDS["hearings"]:
            held = live.get(x.trigger_uid)
            if held is None:
                continue  # the hearing was deleted, or is no longer a decided final decision
            if held != trigger and not x.overridden:
                found.append((held, x.id, replace(computed(cf.rule_set, held, lang),
                                                  settled=settled), note_in(MOVED_NOTE, lang)))
                continue
        note = note_in(ENGINE_NOTE + (BY_HAND_NOTE if x.overridden else ""), lang)
        found.append((trigger, x.id, replace(_kept(cf.rule_set, x, trigger, lang),
                                             settled=settled), note))
    return [(limit, note) for _day, _id, limit, note in sorted(found, key=lambda f: f[:2])]


def first_day(final_decision: date | PartialDate | None) -> date | None:
    """The first day a final decision given (a day, or a month or year only) can have been
    given; an approximate day, which has none, is refused."""
    if not isinstance(final_decision, PartialDate):
        return final_decision
    if final_decision.precision is DatePrecision.APPROXIMATE:
        raise ValidationError(msg(
            "The final domestic decision's date is approximate ({day}): give its day, or only "
            "its month or year (the time limit then ends on the earliest day it can).",
            day=final_decision.shown()), field="final_decision")
    return final_decision.earliest


def earliest_end(rule_set: RuleSet, period: PartialDate, today: date, lang: str = "en"
                 ) -> TimeLimit:
    """The time limit of a final decision known only to its month or year: the earliest end
    any of its days (up to ``today``) gives. Not always its first day's: decided in January
    2022 it had six months, from 1 February 2022 four."""
    first, last = period.earliest, min(period.latest, today)
    days = (first + timedelta(days=n) for n in range((last - first).days + 1))
    return min((computed(rule_set, d, lang) for d in days), key=lambda t: (t.due_on, t.trigger))


def time_limit(cf: CaseFile, level: Sensitivity, final_decision: date | PartialDate | None,
               recorded: list[tuple[TimeLimit, str]], today: date, *, lang: str = "en"
               ) -> tuple[TimeLimit | None, str]:
    """The time limit for the draft and the note saying what it rests on (or why there is
    none): from the final decision date given (the earliest end of its days when only its
    month or year is known), else from ``recorded_choice``."""
    day = first_day(final_decision)
    require_past(day, today, field="final_decision",
                 what=msg("The final domestic decision's date"))
    if level is Sensitivity.PUBLIC:
        return None, note_in(PUBLIC_NOTE, lang)
    if isinstance(final_decision, PartialDate) and day is not None \
            and final_decision.precision is not DatePrecision.EXACT:
        limit = replace(earliest_end(cf.rule_set, final_decision, today, lang),
                        known_to=final_decision)
        return limit, note_in(UNCERTAIN_NOTE, lang)
    if day is not None:
        return computed(cf.rule_set, day, lang), note_in(GIVEN_NOTE, lang)
    chosen = recorded_choice(recorded, today)
    if chosen is None:
        return None, note_in(NONE_NOTE, lang)
    return chosen


def recorded_choice(recorded: list[tuple[TimeLimit, str]], today: date
                    ) -> tuple[TimeLimit, str] | None:
    """The recorded time limit section G gives: of those still running on ``today`` the one
    ending soonest (an application about two final decisions, say of two criminal cases, must
    keep the earlier), one whose deadline is still open before one marked done or dismissed
    (that application was lodged); else the latest decision's (ended: the draft must explain
    it)."""
    running = [r for r in recorded if r[0].due_on >= today]
    running = [r for r in running if not r[0].settled] or running
    if running:
        return min(running, key=lambda r: (r[0].due_on, r[0].trigger))
    return recorded[-1] if recorded else None


__all__ = ["computed", "earliest_end", "final_decisions", "first_day", "recorded_choice",
           "recorded_limits", "time_limit"]
