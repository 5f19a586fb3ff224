"""The facts under a captive's name in the header of their file: each one a whole sentence
(translated whole, with placeholders and plural forms), never glued from fragments."""

from __future__ import annotations

import re
from datetime import date, datetime

from PySide6.QtCore import QCoreApplication

from caseapp.domain.captive_rows import About, AtLeast
from caseapp.domain.clock import (
    PRE_TRIAL,
    DetentionClock,
    expiry_is_custodys,
    file_custody_over,
)
from caseapp.domain.dates import deadline_overdue
from caseapp.domain.deadline_steps import is_estimated
from caseapp.domain.dto import CaptiveFileDTO
from caseapp.domain.enums import CaptiveStatus, DeadlineStatus
from caseapp.domain.moot_hearings import moot
from caseapp.domain.same_day import deadline_order
from caseapp.domain.stays import held_there_now
from caseapp.services.deadline_writes import DETENTION_ORDER
from caseapp.ui.held_place import place_shown
from caseapp.ui.i18n import plural
from caseapp.ui.labels import label, status_label
from caseapp.ui.theme import alert_text
from caseapp.ui.views.deadline_details import due_text
from caseapp.ui.views.formatters import fill, long_date, number, time_text

Fact = tuple[str, str | None]  # the sentence, and a colour when it needs action

# A place recorded as withheld ("Place of detention not disclosed", "unknown", "не
# раскрывается", "անհայտ"): said as a sentence of its own, never "held at not disclosed".
_WITHHELD = re.compile(
    r"\b(?:not\s+disclosed|undisclosed|unknown|not\s+known|withheld)\b"
    r"|не\s*(?:раскр|извест|сообщ|указ)|неизвестн|անհայտ|չի\s+բացահայտ|հայտնի\s+չէ",
    re.IGNORECASE)


def place_withheld(place: str) -> bool:
    """True when a recorded place of detention says the place is not known or not disclosed
    rather than naming it."""
    return bool(_WITHHELD.search(place))


translate = QCoreApplication.translate  # lupdate reads every translate("Context", "source") call


def custody_fact(clock: DetentionClock) -> Fact | None:
    if clock.days_in_custody is None:
        return None
    days = clock.days_in_custody
    at_least = isinstance(days, AtLeast)  # a capture known to its month or year, or none
    about = isinstance(days, About)  # a capture known only approximately
    if clock.statutory_max_days and clock.days_over_max is not None:  # the maximum bounds it
        text = fill(translate("CaptiveFacts", "At least %1 of %2 days in custody") if at_least
                    else translate("CaptiveFacts", "About %1 of %2 days in custody") if about
                    else translate("CaptiveFacts", "%1 of %2 days in custody"),
                    number(days), number(clock.statutory_max_days))
        return text, alert_text() if clock.days_over_max > 0 else None
    if at_least:
        return plural(translate("CaptiveFacts", "At least %Ln day(s) in custody", None, days),
                      days), None
    if about:
        return plural(translate("CaptiveFacts", "About %Ln day(s) in custody", None, days),
                      days), None
    return plural(translate("CaptiveFacts", "%Ln day(s) in custody", None, days), days), None


def place_fact(status: CaptiveStatus, place: str) -> Fact | None:
    if place and not place_withheld(place):
        if not held_there_now(status):  # released, repatriated or dead; the stay left open
            return place_shown(status, place), None
        return fill(translate("CaptiveFacts", "Held at %1"), place), None
    if status.in_custody or status is CaptiveStatus.MISSING:
        if place:  # recorded as withheld
            return translate("CaptiveFacts", "Place of detention not disclosed"), None
        return translate("CaptiveFacts", "No place of detention on record"), None
    return None


def order_fact(clock: DetentionClock) -> Fact | None:
    if clock.order_expires_on is None:
        return None
    left = clock.days_left or 0
    when = long_date(clock.order_expires_on)
    if left == 0:
        text = translate("CaptiveFacts", "The detention order expires today (%1)").replace("%1", when)
    elif left == 1:
        text = translate("CaptiveFacts", "The detention order expires tomorrow (%1)").replace("%1", when)
    elif left > 1:
        text = plural(translate("CaptiveFacts", "The detention order expires in %Ln day(s), on %1", None, left),
                      left).replace("%1", when)
    elif left == -1:
        text = translate("CaptiveFacts", "The detention order expired yesterday (%1)").replace("%1", when)
    else:
        text = plural(translate("CaptiveFacts", "The detention order expired %Ln day(s) ago, on %1", None, -left),
                      -left).replace("%1", when)
    urgent = {"expiry", "expired"} & set(clock.warning_kinds)
    return text, alert_text() if urgent else None


def pow_confinement_fact(clock: DetentionClock) -> Fact | None:
    """For a prisoner of war held pre-trial, the last day of the three months GC III Art. 103
    allows, saying what they are counted from: the start of the first detention order, even
    across a release and a re-arrest. The Convention's text does not say whether a new
    confinement restarts the count, and a rule without a verified source never moves a date
    later (DOMAIN.md): so the earliest start is kept."""
    since, ends = clock.pow_confined_since, clock.pow_confinement_ends
    if since is None or ends is None:
        return None
    text = (translate("CaptiveFacts", "Prisoner of war: the three months of confinement awaiting "
                      "trial that GC III Art. 103 allows ended on %2, counted from %1, the start "
                      "of the first detention order (a release and a re-arrest do not restart "
                      "the count)") if ends < clock.today else
            translate("CaptiveFacts", "Prisoner of war: the three months of confinement awaiting "
                      "trial that GC III Art. 103 allows end on %2, counted from %1, the start of "
                      "the first detention order (a release and a re-arrest do not restart the "
                      "count)"))
    alert = alert_text() if "pow_confinement" in clock.warning_kinds else None
    return fill(text, long_date(since), long_date(ends)), alert


def order_facts(clock: DetentionClock) -> list[Fact]:
    """The expiry of the order custody runs under; when it runs under orders of several
    criminal cases, each one's, naming it (its case's number, else the day it started), the
    soonest first, as "Needs attention" warns of each."""
    if len(clock.running) < 2:
        fact = order_fact(clock)
        return [fact, *same_day_facts(clock)] if fact else []
    warned = {o for o, kind in zip(clock.warning_orders, clock.warning_kinds, strict=False)
              if kind in ("expiry", "expired")}
    facts = []
    for order in clock.running:
        left = (order.expires_on - clock.today).days
        when = long_date(order.expires_on)
        if order.case_number:
            text = (translate("CaptiveFacts", "The detention order in criminal case %2 expires "
                              "today (%1)") if left == 0 else
                    translate("CaptiveFacts", "The detention order in criminal case %2 expires "
                              "tomorrow (%1)") if left == 1 else
                    plural(translate("CaptiveFacts", "The detention order in criminal case %2 "
                                     "expires in %Ln day(s), on %1", None, left), left))
            name = order.case_number
        else:
            text = (translate("CaptiveFacts", "The detention order of %2 expires today (%1)")
                    if left == 0 else
                    translate("CaptiveFacts", "The detention order of %2 expires tomorrow (%1)")
                    if left == 1 else
                    plural(translate("CaptiveFacts", "The detention order of %2 expires in "
                                     "%Ln day(s), on %1", None, left), left))
            name = long_date(order.start_date)
        facts.append((fill(text, when, name), alert_text() if order.order_id in warned else None))
    return [*facts, *same_day_facts(clock)]


def same_day_facts(clock: DetentionClock) -> list[Fact]:
    """When two orders of the current order's criminal case start the same day and their
    decision days do not say which replaced the other, that the earlier expiry is shown
    (:mod:`caseapp.domain.order_sequence`): the lawyer checks the papers."""
    if clock.same_day_start is None:
        return []
    return [(translate("CaptiveFacts", "Two detention orders of this criminal case start on %1 "
                       "and their decision days do not settle which replaced the other: the "
                       "earlier expiry is shown. Record each order's decision day.").replace(
                           "%1", long_date(clock.same_day_start)),
             alert_text())]


def convicted_order_fact(f: CaptiveFileDTO, clock: DetentionClock) -> Fact | None:
    """A convicted captive whose pre-trial order's expiry is still open in Deadlines: kept
    there (the rule on detention after a verdict is not verified), said here, where the
    order's expiry is no longer shown as the custody's. An order started since the verdict
    (detention it decided on) is said as any order is."""
    if expiry_is_custodys(f, clock):  # an order made since the verdict
        return order_fact(clock)
    expires = clock.order_expires_on
    if expires is None or not any(
            d.status is DeadlineStatus.OPEN and d.trigger_kind == DETENTION_ORDER
            and d.due_on == expires for d in f.deadlines):
        return None
    return translate("CaptiveFacts", "Convicted: the pre-trial detention order's expiry (%1) "
                     "stays open in Deadlines; check what the verdict decided on "
                     "detention").replace("%1", long_date(expires)), None


def contact_fact(clock: DetentionClock) -> Fact:
    days = clock.days_since_welfare_contact
    alert = alert_text() if "welfare" in clock.warning_kinds else None
    if days is None:
        return translate("CaptiveFacts", "No confirmed contact on record"), alert_text()
    if days <= 0:
        return translate("CaptiveFacts", "Last confirmed contact today"), alert
    if days == 1:
        return translate("CaptiveFacts", "Last confirmed contact yesterday"), alert
    return plural(translate("CaptiveFacts", "Last confirmed contact %Ln day(s) ago", None, days), days), alert


def header_facts(f: CaptiveFileDTO, clock: DetentionClock, today: date,
                 now: datetime | None = None) -> list[Fact]:
    """The numbers a lawyer looks for first (the detention clock), with a colour when one
    needs action."""
    captive, facts = f.captive, []
    custody = custody_fact(clock)
    if custody:
        facts.append(custody)
    place = place_fact(captive.status, captive.current_place)
    if place:
        facts.append(place)
    if captive.status in PRE_TRIAL:
        facts.extend(order_facts(clock))
    elif captive.status is CaptiveStatus.CONVICTED and (order := convicted_order_fact(f, clock)):
        facts.append(order)
    pow_fact = pow_confinement_fact(clock)
    if pow_fact:
        facts.append(pow_fact)
    if clock.next_hearing is not None:
        over = file_custody_over(f)
        h = next(h for h in f.hearings if h.starts_at == clock.next_hearing
                 and not moot(h.kind, h.starts_at.date(), over, state=h.state))
        when = f"{long_date(h.starts_at.date())} {time_text(h.starts_at)}"
        if captive.status.ended:  # a trial in absentia, an appeal: not as if he were held
            facts.append((fill(translate("CaptiveFacts", "Next hearing %1 (%2), no longer in "
                                         "custody: %3"), when, label(h.kind),
                               status_label(captive.status, captive.sex)), None))
        else:
            facts.append((fill(translate("CaptiveFacts", "Next hearing %1 (%2)"), when,
                               label(h.kind)), None))
    if captive.status.in_custody or captive.status is CaptiveStatus.MISSING:
        facts.append(contact_fact(clock))
    # the next in the order every list gives (caseapp.domain.same_day): by its day, then its
    # moment, then the step the law takes first, as the status report and the dossier
    open_deadlines = sorted((d for d in f.deadlines if d.status is DeadlineStatus.OPEN),
                            key=deadline_order)
    if open_deadlines:
        n = len(open_deadlines)
        text = plural(translate("CaptiveFacts", "%Ln open deadline(s), the next on %1", None, n), n).replace(
            "%1", due_text(open_deadlines[0], long=True, city=True))
        if is_estimated(open_deadlines[0].explanation):  # the day of capture not known
            text = translate("CaptiveFacts", "%1 (an estimate: the day of capture is not "
                             "known)").replace("%1", text)
        # red when one is overdue, as the Deadlines view says (its hour passed, or its day)
        late = now is not None and any(deadline_overdue(d.due_on, d.due_time, d.timezone,
                                                        today=today, now=now)
                                       for d in open_deadlines)
        # (without the moment: by the first one's day)
        late = late if now is not None else open_deadlines[0].due_on < today
        facts.append((text, alert_text() if late else None))
    return facts
