"""The detention clock of one captive: where they stand against the time limits that
matter (the current order's expiry, the statutory maximum, news of them, and for a
prisoner of war awaiting trial the three months of GC III Art. 103), computed from their
file alone so that every screen and report shows the same numbers."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from typing import TYPE_CHECKING, TypeVar

from caseapp.domain.captive_rows import most_days
from caseapp.domain.clock_warnings import expiry_warning, maximum_warning
from caseapp.domain.custody_periods import Change, days_held, releases
from caseapp.domain.enums import CaptiveCategory, CaptiveStatus
from caseapp.domain.hearing_days import hearing_ahead
from caseapp.domain.messages import msg, msg_n, text_of
from caseapp.domain.moot_hearings import CustodyOver, custody_over, moot
from caseapp.domain.order_sequence import (
    Sequenced,
    SequenceKey,
    same_case,
    sequence_keys,
    unsettled_same_day,
)
from caseapp.domain.pow_confinement import POW_CONFINEMENT_SOURCE, pow_confinement

if TYPE_CHECKING:
    from caseapp.domain.dto import CaptiveFileDTO

# Detention orders and the statutory maximum govern custody before and during trial, not
# the serving of a sentence.
PRE_TRIAL = frozenset({CaptiveStatus.HELD, CaptiveStatus.PRE_TRIAL, CaptiveStatus.ON_TRIAL})

# The cumulative custody limit is not assumed: the AZ CCrP sets maximum terms by the
# gravity of the charge (reported as up to 18 months) and the stage of the case, so the
# lawyer sets the one that applies in the settings; until then the clock only counts.
DEFAULT_EXPIRY_WARNING_DAYS = 14
DEFAULT_WELFARE_THRESHOLD_DAYS = 30


@dataclass(frozen=True)
class ClockSettings:
    statutory_max_days: int | None = None  # None: not set, no warning
    expiry_warning_days: int = DEFAULT_EXPIRY_WARNING_DAYS  # warn when an order ends this soon
    welfare_threshold_days: int = DEFAULT_WELFARE_THRESHOLD_DAYS  # proof of life


@dataclass(frozen=True)
class DetentionClock:
    captive_id: int
    today: date
    order_id: int | None  # the current order (see current_order): its expiry ends custody now
    order_expires_on: date | None
    days_left: int | None  # until the current order expires (negative: expired)
    days_in_custody: int | None
    statutory_max_days: int | None
    # positive when custody exceeds the maximum; None when none is set, or the maximum does
    # not bound this custody (convicted, or custody over: see PRE_TRIAL)
    days_over_max: int | None
    next_hearing: datetime | None  # aware, in the court's time zone
    hearing_before_expiry: bool  # a future hearing on or before the order's expiry
    last_welfare_contact: date | None  # the last confirmed one
    days_since_welfare_contact: int | None
    welfare_threshold_days: int
    warnings: tuple[str, ...]  # sentences, in the order of warning_kinds
    # "expiry", "expired", "maximum", "pow_confinement", "welfare"
    warning_kinds: tuple[str, ...] = ()
    # A prisoner of war held pre-trial: since when confined awaiting trial, and the last
    # day of the three months GC III Art. 103 allows (None for anyone else).
    pow_confined_since: date | None = None
    pow_confinement_ends: date | None = None
    # The days confined since then, the days released up to a re-arrest left out (the
    # date above is not moved by them: see POW_CONFINEMENT_MONTHS).
    pow_days_confined: int | None = None
    # The order each warning is about, in the order of warning_kinds (None: not an order's;
    # empty when no warning is an order's): "expiry" may be said of each order custody runs
    # under (one per criminal case).
    warning_orders: tuple[int | None, ...] = ()
    # When custody runs under several orders today (one per criminal case): each of them, by
    # expiry, the current order among them (empty when it runs under one).
    running: tuple[RunningOrder, ...] = ()
    # The current order's start when another order of its criminal case starts that day,
    # ends on another, and the decision days do not say which replaced the other (one not
    # recorded, or the same day): the one expiring first was taken
    # (:mod:`caseapp.domain.order_sequence`), and the lawyer is told so where its expiry is
    # shown. None: the papers settle it.
    same_day_start: date | None = None

    @property
    def expiring_without_hearing(self) -> bool:
        return "expiry" in self.warning_kinds


@dataclass(frozen=True, slots=True)
class RunningOrder:
    """An order custody runs under, as a warning names it: its criminal case's number
    (empty when none is recorded) and its start."""

    order_id: int
    prosecution_id: int | None
    case_number: str
    start_date: date
    expires_on: date


# What the clock reads of a detention order (a DTO, or a row of a query): what the orders'
# sequence reads (its start, decision day, expiry and criminal case).
OrderTerm = Sequenced


OrderT = TypeVar("OrderT", bound=OrderTerm)

# An order continues the one before it when it starts by the day after that one's expiry
# (an extension usually starts on the expiry day itself).
CONTINUES_WITHIN = timedelta(days=1)


def current_order(orders: Sequence[OrderT], today: date,
                  released: Sequence[date] = ()) -> OrderT | None:
    """The order whose stored expiry ends the custody in force today.

    The order holding the captive (:func:`_holding`) among those started by ``today`` (the
    first one recorded when none has started yet), followed through the orders that
    continue it: an extension decided in advance starts when the order before it expires,
    so custody now runs until the extension's expiry. ``released``: the days custody ended
    (:func:`caseapp.domain.custody_periods.releases`); a release after which an order
    starts (a re-arrest) ended custody under the orders started by it. The header, the
    timeline, the reminders and the overview all ask this, so they name the same order and
    the same date.
    """
    if not orders:
        return None
    key = sequence_keys(orders)
    by_start = sorted(orders, key=lambda o: key[o.id])
    started = _since_re_arrest([o for o in by_start if o.start_date <= today],
                               by_start[-1].start_date, released)
    current = _holding(started, key) if started else by_start[0]
    for order in by_start:
        later = order.start_date > today and key[order.id] > key[current.id]
        if later and order.start_date <= current.expires_on + CONTINUES_WITHIN:
            current = order
    return current


def running_orders(orders: Sequence[OrderT], today: date,
                   released: Sequence[date] = ()) -> list[OrderT]:
    """Every order custody runs under today, by expiry: in each criminal case the order
    holding the captive there (the latest started, a later order of the same case replacing
    it, as the settling of the steps reads superseded: :mod:`caseapp.services.custody_steps`),
    followed through the orders of that case that continue it; and :func:`current_order`'s.
    Concurrent orders of two cases each end with their own expiry, an event the lawyer acts
    on (an extension motion, or the order lapsing), whichever one custody lasts under."""
    current = current_order(orders, today, released)
    if current is None:
        return []
    key = sequence_keys(orders)
    by_start = sorted(orders, key=lambda o: key[o.id])
    started = _since_re_arrest([o for o in by_start if o.start_date <= today],
                               by_start[-1].start_date, released)
    out = [current]
    for holding in _in_force(started):
        for order in by_start:
            later = order.start_date > today and key[order.id] > key[holding.id]
            if later and same_case(holding, order) \
                    and order.start_date <= holding.expires_on + CONTINUES_WITHIN:
                holding = order
        if all(holding.id != o.id for o in out):
            out.append(holding)
    return sorted(out, key=lambda o: (o.expires_on, *key[o.id]))


def _since_re_arrest(started: list[OrderT], last_start: date,
                     released: Sequence[date]) -> list[OrderT]:
    """Of ``started``, those started after the last release before the last order's start
    (``last_start``): custody under the others ended with it, as the settling of their steps
    reads it (:mod:`caseapp.services.custody_steps`); all of them when none is left."""
    cutoff = max((day for day in released if day < last_start), default=None)
    after = [o for o in started if cutoff is None or o.start_date > cutoff]
    return after or started


def _holding(started: Sequence[OrderT], key: Mapping[int, SequenceKey]) -> OrderT:
    """Of ``started`` (by start), the order custody runs under: in each criminal case the
    latest started one (a later order of the case replaces it), and of those, concurrent
    orders of two cases, the one expiring last: running today, custody lasts until it
    expires; all expired, the last to expire. Orders of no recorded case are read as of
    every case (a later one replaces any before it, as if one case)."""
    return max(_in_force(started), key=lambda o: (o.expires_on, *key[o.id]))


def _in_force(started: Sequence[OrderT]) -> list[OrderT]:
    """Of ``started`` (by start), the latest of each criminal case: a later order of the same
    case (or of no recorded case) replaces an earlier one."""
    return [o for i, o in enumerate(started)
            if not any(same_case(o, later) for later in started[i + 1:])]


def clock_of_file(file: CaptiveFileDTO, today: date,
                  settings: ClockSettings = ClockSettings()) -> DetentionClock:
    """The clock of one captive from their file."""
    c = file.captive  # days in custody: from the capture, else from the first order
    return detention_clock(
        c.id, c.status, c.days_in_custody, file.detention_orders, [h.starts_at for h in file.hearings],
        max((w.contact_on for w in file.welfare_contacts if w.confirmed), default=None),
        today, settings, category=c.category, released=file_releases(file),
        history=file_history(file), cases={p.id: p.case_number for p in file.prosecutions},
        hearing_cases=[h.prosecution_id for h in file.hearings],
        hearing_kinds=[h.kind for h in file.hearings],
        hearing_states=[h.state for h in file.hearings])


def file_releases(file: CaptiveFileDTO) -> list[date]:
    """The days custody ended, from the captive's status history (in the order recorded)."""
    return releases(file_history(file))


def file_custody_over(file: CaptiveFileDTO) -> CustodyOver | None:
    """Whether (and since when) the captive's custody has ended, as the clock reads it: the
    hearings it makes moot are not the next (:mod:`caseapp.domain.moot_hearings`)."""
    return custody_over(file.captive.status, max(file_releases(file), default=None))


def file_history(file: CaptiveFileDTO) -> list[Change]:
    """The captive's status history as :mod:`caseapp.domain.custody_periods` reads it."""
    return [(h.new_status, h.effective_on) for h in sorted(file.status_history,
                                                            key=lambda h: h.id)]


def expiry_is_custodys(file: CaptiveFileDTO, clock: DetentionClock) -> bool:
    """Whether the current order's expiry (``clock.order_expires_on``) is the end of the
    captive's custody, as the header of their file and `captives show` state it: for a captive
    held pre-trial; for one convicted, only of an order made since the verdict (detention it
    decided on); never once custody is over (released, repatriated, dead), nor missing."""
    c = file.captive
    if clock.order_expires_on is None:
        return False
    if c.status in PRE_TRIAL:
        return True
    since = c.status_since
    return c.status is CaptiveStatus.CONVICTED and since is not None and any(
        o.id == clock.order_id and o.start_date >= since for o in file.detention_orders)


def has_begun_by(starts_at: datetime, today: date) -> bool:
    """Whether a hearing (aware) begins before ``today`` ends in this computer's time zone,
    the lawyer's, whose day ``today`` is. A verdict given at 00:30 on the 4th in Baku is
    recorded on the evening of the 3rd in Paris, where it is still the 3rd: it has been
    given, although the court's day is the 4th."""
    return starts_at < datetime.combine(today + timedelta(days=1), time()).astimezone()


def detention_clock(captive_id: int, status: CaptiveStatus, days_in_custody: int | None,
                    orders: Sequence[OrderTerm], hearings: Iterable[datetime],
                    last_contact: date | None, today: date,
                    settings: ClockSettings = ClockSettings(), *,
                    category: CaptiveCategory | None = None,
                    released: Sequence[date] = (),
                    history: Sequence[Change] = (),
                    cases: Mapping[int, str] | None = None,
                    hearing_cases: Sequence[int | None] | None = None,
                    hearing_kinds: Sequence[str | None] | None = None,
                    hearing_states: Sequence[str | None] | None = None) -> DetentionClock:
    """The clock from the facts it needs; ``hearings`` are aware, in the court's zone (the
    overview computes clocks of every captive from a few queries with this). ``cases``: the
    criminal cases' numbers by id, to name the orders when custody runs under several;
    ``hearing_cases``: each hearing's criminal case, in the order of ``hearings`` (None: not
    recorded); ``history``: the status history (the days released up to a re-arrest are not
    counted as days confined). With orders of several cases running, an order's expiry is
    warned of unless a hearing of its own case (or of no recorded case) comes before it: a
    hearing in the other case does not decide this order's extension. ``hearing_kinds``:
    each hearing's kind, in the order of ``hearings``; once custody has ended (``status``,
    since the last of ``released``), a custody hearing from that day on is moot
    (:mod:`caseapp.domain.moot_hearings`) and is not the next hearing; nor is one whose state
    (``hearing_states``, in the same order; None: scheduled) is held, adjourned or cancelled."""
    current = current_order(orders, today, released)
    running = [o for o in running_orders(orders, today, released)
               if o is current or o.expires_on >= today] if len(orders) > 1 \
        else [current] if current is not None else []
    days_left = (current.expires_on - today).days if current else None
    hearings = list(hearings)
    of_case = list(hearing_cases) if hearing_cases is not None else [None] * len(hearings)
    of_kind = list(hearing_kinds) if hearing_kinds is not None else [None] * len(hearings)
    of_state = list(hearing_states) if hearing_states is not None else [None] * len(hearings)
    ended = custody_over(status, max(released, default=None))
    ahead = sorted(((h, case) for h, case, kind, state
                    in zip(hearings, of_case, of_kind, of_state, strict=True)
                    if hearing_ahead(h, today) and not moot(kind, h.date(), ended, state=state)),
                   key=lambda hc: hc[0])
    future = [h for h, _case in ahead]
    next_hearing = future[0] if future else None
    before_expiry = current is not None and any(h.date() <= current.expires_on for h in future)
    since = (today - last_contact).days if last_contact else None

    kinds: list[str] = []
    warnings: list[str] = []
    about: list[int] = []  # the order of each "expired" and "expiry" warning, in order
    if status in PRE_TRIAL and current is not None and days_left is not None:
        if days_left < 0:
            kinds.append("expired")
            about.append(current.id)
            warnings.append(text_of(msg("The detention order expired on {day} and no later "
                                        "order is recorded.", day=current.expires_on)))
        for order in running:  # each order's expiry is its own event (one per case)
            left = (order.expires_on - today).days
            if 0 <= left <= settings.expiry_warning_days and not (
                    before_expiry if len(running) < 2
                    else any(h.date() <= order.expires_on for h, case in ahead
                             if case is None or order.prosecution_id is None
                             or case == order.prosecution_id)):
                kinds.append("expiry")
                about.append(order.id)
                warnings.append(text_of(expiry_warning(
                    order, left, cases or {}, named=len(running) > 1)))
    maximum = settings.statutory_max_days
    most = most_days(days_in_custody)  # (a capture known to its month: from its first day)
    # The maximum bounds custody before and during trial, an order recorded or not (custody
    # with none recorded is no shorter); not a sentence, nor custody that is over.
    over = most - maximum if most is not None and maximum is not None \
        and status in PRE_TRIAL else None
    if over is not None and over > 0 and most is not None and maximum is not None:
        kinds.append("maximum")
        warnings.append(text_of(maximum_warning(days_in_custody, most, maximum)))
    pow_since, pow_ends = pow_confinement(category, status, orders, today)
    confined: int | None = None
    if pow_since is not None and pow_ends is not None:
        confined = days_held(pow_since, today, history) or 0
        if today > pow_ends:
            kinds.append("pow_confinement")
            warnings.append(text_of(msg_n(
                "Prisoner of war confined awaiting trial since {since} ({count} day): more than "
                "the three months {source} allows, which ended on {ended}.",
                "Prisoner of war confined awaiting trial since {since} ({count} days): more than "
                "the three months {source} allows, which ended on {ended}.", confined,
                since=pow_since, source=POW_CONFINEMENT_SOURCE, ended=pow_ends)))
        elif (pow_ends - today).days <= settings.expiry_warning_days:
            kinds.append("pow_confinement")
            warnings.append(text_of(msg(
                "Prisoner of war confined awaiting trial since {since}: the three months "
                "{source} allows end today ({ends}).", since=pow_since,
                source=POW_CONFINEMENT_SOURCE, ends=pow_ends) if pow_ends == today else msg_n(
                "Prisoner of war confined awaiting trial since {since}: the three months "
                "{source} allows end on {ends} (in {count} day).",
                "Prisoner of war confined awaiting trial since {since}: the three months "
                "{source} allows end on {ends} (in {count} days).", (pow_ends - today).days,
                since=pow_since, source=POW_CONFINEMENT_SOURCE, ends=pow_ends)))
    if status.in_custody or status is CaptiveStatus.MISSING:
        if since is None:
            kinds.append("welfare")
            warnings.append(text_of(msg("No confirmed news of the captive is recorded.")))
        elif since > settings.welfare_threshold_days:
            kinds.append("welfare")
            warnings.append(text_of(msg_n(
                "No confirmed news for {count} day (threshold {threshold}).",
                "No confirmed news for {count} days (threshold {threshold}).", since,
                threshold=settings.welfare_threshold_days)))
    return DetentionClock(
        captive_id=captive_id, today=today, order_id=current.id if current else None,
        order_expires_on=current.expires_on if current else None, days_left=days_left,
        days_in_custody=days_in_custody, statutory_max_days=settings.statutory_max_days,
        days_over_max=over, next_hearing=next_hearing, hearing_before_expiry=before_expiry,
        last_welfare_contact=last_contact, days_since_welfare_contact=since,
        welfare_threshold_days=settings.welfare_threshold_days, warnings=tuple(warnings),
        warning_kinds=tuple(kinds), pow_confined_since=pow_since,
        pow_confinement_ends=pow_ends, pow_days_confined=confined,
        warning_orders=tuple(next(orders_of) if k in ("expired", "expiry") else None
                             for orders_of in [iter(about)] for k in kinds) if about else (),
        running=tuple(RunningOrder(o.id, o.prosecution_id, (cases or {}).get(
            o.prosecution_id, "") if o.prosecution_id is not None else "", o.start_date,
            o.expires_on) for o in running) if len(running) > 1 else (),
        same_day_start=current.start_date if current is not None and len(orders) > 1
        and unsettled_same_day([o for o in orders if same_case(o, current)], current)
        else None)
