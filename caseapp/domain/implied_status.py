"""Which status a captive's records imply, and from which day.

A record can say more about a captive than their recorded status does: charges or a
detention order mean pre-trial detention, a trial session means the trial has begun, a
verdict means a conviction, the end of the last stay in detention means a release. The
GUI *offers* the status such a record implies (never sets it by itself); this module
decides which one, with the date taken from the record.

The rule, in order:

1. Only records dated today or earlier count (a hearing set for next month proves nothing).
2. A record dated before the current status's date does not count: the lawyer recorded the
   status after it, knowing it (a record on the same day does count).
3. A status is offered only when it is a step forward in custody (missing → held →
   pre-trial → on trial → convicted → released), never back, never the status the captive
   already has. After a release (or repatriation) a new record dated after it means a new
   custody and may be offered; after a death nothing is.
4. Of the statuses left, the most advanced is offered, dated by the earliest record that
   implies it (the day the status began).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, replace
from datetime import date
from enum import StrEnum

from caseapp.domain.clock import current_order, file_releases
from caseapp.domain.dto import CaptiveFileDTO, DetentionOrderDTO
from caseapp.domain.enums import CaptiveStatus, HearingKind


class EvidenceKind(StrEnum):
    """The kinds of record that imply a status (the UI words its sentence after these)."""

    PROSECUTION = "prosecution"  # a criminal case opened against the captive
    CHARGE = "charge"  # charges brought
    DETENTION_ORDER = "detention_order"  # a court ordered (or extended) detention
    EXTENSION_HEARING = "extension_hearing"  # a hearing on extending detention
    TRIAL_HEARING = "trial_hearing"  # a preliminary hearing or trial session held
    VERDICT = "verdict"  # the verdict hearing held
    STAY_ENDED = "stay_ended"  # the last recorded stay in detention ended, none after it


IMPLIES: dict[EvidenceKind, CaptiveStatus] = {
    EvidenceKind.PROSECUTION: CaptiveStatus.PRE_TRIAL,
    EvidenceKind.CHARGE: CaptiveStatus.PRE_TRIAL,
    EvidenceKind.DETENTION_ORDER: CaptiveStatus.PRE_TRIAL,
    EvidenceKind.EXTENSION_HEARING: CaptiveStatus.PRE_TRIAL,
    EvidenceKind.TRIAL_HEARING: CaptiveStatus.ON_TRIAL,
    EvidenceKind.VERDICT: CaptiveStatus.CONVICTED,
    EvidenceKind.STAY_ENDED: CaptiveStatus.RELEASED,
}

# How far along custody a status is; statuses of one rank are alternatives.
_STAGE = {
    CaptiveStatus.MISSING: 0,
    CaptiveStatus.HELD: 1,
    CaptiveStatus.PRE_TRIAL: 2,
    CaptiveStatus.ON_TRIAL: 3,
    CaptiveStatus.CONVICTED: 4,
    CaptiveStatus.RELEASED: 5,
    CaptiveStatus.REPATRIATED: 5,
    CaptiveStatus.DECEASED: 6,
}

_TRIAL_HEARINGS = {HearingKind.PRELIMINARY, HearingKind.TRIAL_SESSION}


@dataclass(frozen=True)
class Evidence:
    """One record that implies a status: what it is, its day, where it was (a court, a
    facility: shown to the lawyer), and the record itself (``entity``, ``record_id``)."""

    kind: EvidenceKind
    on: date
    entity: str
    record_id: int
    where: str = ""

    @property
    def status(self) -> CaptiveStatus:
        return IMPLIES[self.kind]


@dataclass(frozen=True)
class StatusSuggestion:
    """The status to offer, since when, and the record that says so. ``in_force``: when a
    detention order dates the status and later orders continued it, the order custody runs
    under (:func:`with_order_in_force`), which the offer names, and ``in_force_until`` its
    expiry; the status still dates from the first."""

    status: CaptiveStatus
    since: date
    evidence: Evidence
    in_force: Evidence | None = None
    in_force_until: date | None = None

    @property
    def key(self) -> tuple[str, str, int, str]:
        """Identifies the offer: the same offer declined once is not made again."""
        return (self.status.value, self.since.isoformat(), self.evidence.record_id,
                self.evidence.entity)


def suggest_status(current: CaptiveStatus, since: date | None, evidence: Iterable[Evidence],
                   *, today: date) -> StatusSuggestion | None:
    """The status ``evidence`` implies for a captive whose status is ``current`` since
    ``since`` (None: not known), or None when there is nothing to offer (see the module)."""
    if current is CaptiveStatus.DECEASED or not current.chosen:
        return None  # (a travel copy that does not hold the status has nothing to compare)
    after_release = current.ended
    if after_release and since is None:
        return None  # a release of unknown date: no record can be told to come after it
    candidates: list[Evidence] = []
    for e in evidence:
        if e.on > today or (since is not None and e.on < since):
            continue
        if after_release:
            # A new custody: only records strictly after the release, and not another release.
            if (since is not None and e.on <= since) or e.status.ended:
                continue
        elif _STAGE[e.status] <= _STAGE[current]:
            continue
        candidates.append(e)
    if not candidates:
        return None
    stage = max(_STAGE[e.status] for e in candidates)
    best = min((e for e in candidates if _STAGE[e.status] == stage),
               key=lambda e: (e.on, e.kind.value, e.record_id))
    return StatusSuggestion(best.status, best.on, best)


def evidence_of(file: CaptiveFileDTO) -> list[Evidence]:
    """The records of a captive's file that imply a status (dated; undated ones say nothing
    of when, so they are left out)."""
    found: list[Evidence] = []
    for p in file.prosecutions:
        if p.opened_on is not None:
            found.append(Evidence(EvidenceKind.PROSECUTION, p.opened_on, "prosecutions", p.id,
                                  p.court or p.investigating_body))
        for c in p.charges:
            if c.brought_on is not None:
                found.append(Evidence(EvidenceKind.CHARGE, c.brought_on, "charges", c.id,
                                      p.court or p.investigating_body))
    found.extend(_order_evidence(o) for o in file.detention_orders)
    for h in file.hearings:
        kind = (EvidenceKind.VERDICT if h.kind is HearingKind.VERDICT
                else EvidenceKind.TRIAL_HEARING if h.kind in _TRIAL_HEARINGS
                else EvidenceKind.EXTENSION_HEARING if h.kind is HearingKind.DETENTION_EXTENSION
                else None)
        if kind is not None:
            found.append(Evidence(kind, h.starts_at.date(), "hearings", h.id, h.court))
    stays = sorted(file.detention_places, key=lambda p: (p.from_date, p.id))
    if stays and stays[-1].to_date is not None \
            and not any(p.to_date is None for p in stays):
        last = stays[-1]
        assert last.to_date is not None
        found.append(Evidence(EvidenceKind.STAY_ENDED, last.to_date, "detention_places", last.id,
                              last.facility))
    return found


def _order_evidence(o: DetentionOrderDTO) -> Evidence:
    # The earliest day the order proves: its decision, or the start it was backdated to.
    on = min(d for d in (o.decided_on, o.start_date) if d is not None)
    return Evidence(EvidenceKind.DETENTION_ORDER, on, "detention_orders", o.id, o.ordering_court)


def with_order_in_force(s: StatusSuggestion | None, file: CaptiveFileDTO, *,
                        today: date) -> StatusSuggestion | None:
    """``s``, when a detention order dates it and a later order continues custody, naming
    also the order whose expiry custody runs until today
    (:func:`caseapp.domain.clock.current_order`, the order the header, the timeline and the
    reminders name): the offer named an order of 2023 extended six times since. Not when
    that order has expired or proves nothing yet (decided after today)."""
    if s is None or s.evidence.kind is not EvidenceKind.DETENTION_ORDER:
        return s
    current = current_order(file.detention_orders, today, file_releases(file))
    if current is None or current.id == s.evidence.record_id or current.expires_on < today:
        return s
    named = _order_evidence(current)
    if named.on > today:
        return s
    return replace(s, in_force=named, in_force_until=current.expires_on)
