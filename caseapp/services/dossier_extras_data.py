"""What an embassy or the ECHR needs in a dossier on top of its sections (issue 10 §8): the
representative, the ECHR essentials, one chronology, the co-defendants of shared hearings,
pre-trial custody against the maximum, and the notes.

Kept apart from ``build_dossier`` so that the redaction there can change without touching
this: everything here is made from the records ``build_dossier`` has already filtered at the
level, and the notes and co-defendants are filtered here the same way. Each item keeps the
level of the record it comes from.
"""

from __future__ import annotations

import os
from datetime import date, datetime
from typing import TYPE_CHECKING, Any

from caseapp.domain.captive_rows import AtLeast
from caseapp.domain.clock import PRE_TRIAL
from caseapp.domain.custody_periods import days_held
from caseapp.domain.dto import CaptiveDTO
from caseapp.domain.enums import (
    CaptiveStatus,
    DatePrecision,
    InternationalBody,
    InternationalProceedingKind,
    Sensitivity,
)
from caseapp.domain.filing import articles_of
from caseapp.domain.lawyer import LawyerProfile
from caseapp.domain.reports import (
    ChronologyEntry,
    DossierExtras,
    EchrEssentials,
    FilingFacts,
    PreTrialCustody,
    Representative,
    SharedHearing,
    field_level,
)

if TYPE_CHECKING:
    from caseapp.services.casefile import CaseFile

def build_dossier_extras(cf: CaseFile, full: Any, body: dict[str, Any], level: Sensitivity,
                         allowed: Any, *, lawyer: LawyerProfile | None,
                         statutory_max_days: int | None) -> tuple[DossierExtras, int]:
    """The representative block, ECHR essentials, one chronology, co-defendants of shared
    hearings, pre-trial custody against the maximum and the notes; and how many more records
    were left out. ``body`` holds the dossier's records already filtered at ``level``;
    ``allowed`` is build_dossier's filter (it counts what it drops)."""
    today = cf.ctx.today()
    captive = body["captive"]
    if lawyer is None:  # the case file's lawyer, each empty field from CASEAPP_LAWYER_*
        lawyer = cf.settings.current().lawyer.filled_from(LawyerProfile.from_mapping(os.environ))
    representative = Representative(lawyer.name, lawyer.organisation, lawyer.address,
                                    lawyer.bar_number, lawyer.phone, lawyer.email, today,
                                    name_hy=lawyer.name_hy, name_ru=lawyer.name_ru)
    shared, not_named = _shared_hearings(cf, captive.id, body["hearings"], level)
    extras = DossierExtras(
        representative=None if representative.empty else representative,
        echr=_echr_essentials(body["international_proceedings"], level),
        chronology=_chronology(full.captive, captive, body, level),
        shared_hearings=shared,
        pre_trial=_pre_trial(full.captive, captive, body, today, statutory_max_days),
        notes=tuple(sorted(allowed(full.notes), key=lambda n: (n.written_at, n.id))),
        filing=_filing_facts(cf, captive.id, level),
    )
    return extras, not_named


def _filing_facts(cf: CaseFile, captive_id: int, level: Sensitivity) -> FilingFacts:
    """Confirmation, special risk, kind of release and the last independent proof of life,
    each only as far as the level allows its record (the birth date's level for age)."""
    from caseapp.services.levels import load_levels
    from caseapp.services.risk_levels import independent_at_level, risks_at_level

    facts = cf.detention_facts.of_captive(captive_id)
    shown = facts.id is not None and level.allows(facts.sensitivity)
    with cf.ctx.read() as s:
        conn = s.connection()
        reasons = risks_at_level(conn, load_levels(conn), level, [captive_id],
                                 cf.ctx.today()).reasons.get(captive_id, ())
        independent = independent_at_level(conn, level, [captive_id])
    return FilingFacts(
        state_confirmed=facts.state_confirmed if shown else None,
        confirmed_on=facts.confirmed_on if shown else None,
        confirmed_source=facts.confirmed_source if shown else "",
        risk_reasons=reasons, release_kind=facts.release_kind if shown else None,
        last_independent=independent.last.get(captive_id),
        contacts_hidden=captive_id in independent.hidden)


def _strictest(levels: Any, default: Sensitivity = Sensitivity.PUBLIC) -> Sensitivity:
    return max(levels, key=lambda x: x.rank, default=default)


def _echr_essentials(filings: tuple[Any, ...], level: Sensitivity) -> EchrEssentials | None:
    echr = [p for p in filings if p.body is InternationalBody.ECHR]
    if not echr:
        return None
    timing = level is not Sensitivity.PUBLIC  # a public dossier carries no litigation timing
    applications = [p for p in echr if p.kind is InternationalProceedingKind.APPLICATION]
    rule39 = [p for p in echr if p.kind is InternationalProceedingKind.RULE_39]
    latest39 = max(rule39, key=lambda p: (p.lodged_on or date.min, p.id)) if rule39 else None
    communicated = [p.communicated_on for p in applications if p.communicated_on]
    judged = [p.judgment_on for p in applications if p.judgment_on]
    essentials = EchrEssentials(
        application_numbers=tuple(dict.fromkeys(p.reference for p in applications if p.reference)),
        rule39_status=latest39.status if latest39 else None,
        rule39_lodged_on=latest39.lodged_on if latest39 and timing else None,
        articles=articles_of(tuple(applications)),  # recorded on them, else named in notes
        communicated_on=min(communicated) if communicated and timing else None,
        level=_strictest(p.sensitivity for p in echr),
        judgment_on=max(judged) if judged and timing else None)
    return None if essentials.empty else essentials


def _chronology(original: CaptiveDTO, captive: CaptiveDTO, body: dict[str, Any],
                level: Sensitivity) -> tuple[ChronologyEntry, ...]:
    entries: list[ChronologyEntry] = []
    if captive.capture is not None:
        entries.append(ChronologyEntry(captive.capture.earliest, "capture", "captured",
                                       captive.capture_place,
                                       field_level(original, "capture_date"),
                                       known=captive.capture))
    status_level = field_level(original, "status")
    for h in body["status_history"]:
        if h.effective_on is not None:
            note = h.note if level is Sensitivity.INTERNAL else ""
            entries.append(ChronologyEntry(h.effective_on, "status", h.new_status, note,
                                           getattr(h, "sensitivity", status_level)))
    starts = {p.from_date for p in body["detention_places"]}
    for p in body["detention_places"]:
        entries.append(ChronologyEntry(p.from_date, "custody", "moved_to", p.facility,
                                       p.sensitivity))
        if p.to_date is not None and p.to_date not in starts:  # else the move says it
            entries.append(ChronologyEntry(p.to_date, "custody", "left", p.facility,
                                           p.sensitivity))
    for o in body["detention_orders"]:
        entries.append(ChronologyEntry(o.decided_on or o.start_date, "order", o.kind,
                                       o.ordering_court, o.sensitivity, until=o.expires_on,
                                       record_id=o.id))
    for h in body["hearings"]:
        detail = " — ".join(x for x in (h.court, h.outcome) if x)
        entries.append(ChronologyEntry(h.starts_at.date(), "hearing", h.kind, detail,
                                       h.sensitivity, at=h.starts_at, state=h.state,
                                       next_on=h.next_date))
    if level is not Sensitivity.PUBLIC:  # filing dates are litigation timing
        for f in body["international_proceedings"]:
            if f.lodged_on is not None:
                entries.append(ChronologyEntry(f.lodged_on, "filing", f.kind, f.reference,
                                               f.sensitivity, body=f.body))
            if f.communicated_on is not None:
                entries.append(ChronologyEntry(f.communicated_on, "filing", "communicated",
                                               f.reference, f.sensitivity, body=f.body))
            if f.judgment_on is not None:
                entries.append(ChronologyEntry(f.judgment_on, "filing", "judgment",
                                               f.reference, f.sensitivity, body=f.body))
    order = {"capture": 0, "status": 1, "order": 2, "custody": 3, "hearing": 4, "filing": 5}
    return tuple(sorted(entries, key=lambda e: (e.on, e.at.timetz().replace(tzinfo=None)
                                                if e.at else datetime.min.time(), order[e.kind])))


def _shared_hearings(cf: CaseFile, captive_id: int, hearings: tuple[Any, ...],
                     level: Sensitivity) -> tuple[tuple[SharedHearing, ...], int]:
    others = {c for h in hearings for c in h.captive_ids if c != captive_id}
    if not others:
        return (), 0
    people = {c.id: c for c in cf.captives.list(ids=others)}

    def nameable(cid: int) -> bool:
        c = people.get(cid)
        return c is not None and level.allows(c.sensitivity) and (
            level is not Sensitivity.PUBLIC or c.consent_publicity)

    shared, left_out = [], 0
    for h in hearings:
        co = [c for c in h.captive_ids if c != captive_id]
        if not co:
            continue
        named = [people[c] for c in co if nameable(c)]
        left_out += len(co) - len(named)
        shared.append(SharedHearing(h.starts_at, h.court, tuple(p.latin_name for p in named),
                                    len(co) - len(named), h.sensitivity,
                                    tuple(p.names for p in named)))
    return tuple(shared), left_out


# The statuses that say a criminal charge: custody under one was pre-trial detention until
# the conviction (ECHR Art. 5 § 3).
CHARGED = frozenset({CaptiveStatus.PRE_TRIAL, CaptiveStatus.ON_TRIAL, CaptiveStatus.CONVICTED})


def _pre_trial(original: CaptiveDTO, captive: CaptiveDTO, body: dict[str, Any], today: date,
               maximum: int | None) -> PreTrialCustody | None:
    status = captive.status
    if status is None or not (status in PRE_TRIAL or status.ended
                              or status is CaptiveStatus.CONVICTED):
        return None
    orders = body["detention_orders"]
    history = sorted(body["status_history"], key=lambda h: h.id)  # those the level shows
    if not (orders or status in CHARGED or any(h.new_status in CHARGED for h in history)):
        # Held with no charge known (and no detention order): the days in custody say it;
        # the page must not call it pre-trial detention beside "Held, no charges known".
        return None
    since = (captive.capture.earliest if captive.capture is not None
             else min((o.start_date for o in orders), default=None))
    if since is None:
        return None
    until: date | None = None
    if status not in PRE_TRIAL:
        # Pre-trial custody ended with the conviction, else with the end of custody; a
        # release followed by a re-arrest ended only a period of it (left out below).
        convicted = [h.effective_on for h in history if h.effective_on and h.effective_on >= since
                     and h.new_status is CaptiveStatus.CONVICTED]
        until = min(convicted) if convicted else captive.status_since
        if until is None:
            return None
    # The periods held, as the days in custody count them (caseapp.domain.custody_periods):
    # ECHR Art. 5 § 3 adds up the periods of pre-trial detention.
    changes = [(h.new_status, h.effective_on) for h in history]
    days = days_held(since, until or today, changes) or 0
    if captive.capture is not None and since == captive.capture.earliest \
            and captive.capture.precision in (DatePrecision.MONTH, DatePrecision.YEAR):
        # a capture known to its month or year: at least from its last day (the maximum's
        # days left from its first, never fewer than may be)
        last = min(captive.capture.latest, until or today)
        days = AtLeast(days_held(last, until or today, changes) or 0, days)
    levels = [field_level(original, "status"), field_level(original, "capture_date")
              if captive.capture is not None else Sensitivity.PUBLIC,
              *(o.sensitivity for o in orders)]
    known = captive.capture if captive.capture is not None and since == captive.capture.earliest \
        else None
    return PreTrialCustody(days, since, until, maximum, _strictest(levels), since_known=known)
