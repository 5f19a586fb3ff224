"""The ECHR application draft and its annex bundle, built at a level from one consistent read
of the case file.

Everything comes from the captive's dossier at the level (``dossier_data``): the captive's
fields above the level are blank, the records above it are not there, and the annexes are
the dossier's documents at the level. What is added here keeps to the same level: the
deadlines the engine keeps for the captive (never at the public level: no litigation timing
in a public document).

The four-month time limit is the engine's (``filing_time_limit``): the deadline of rule
``echr.application`` (or its six-month variant) the engine keeps for the captive's final
domestic decision, with its computation steps; for a decision the case file does not record,
the lawyer gives its date and the same rule computes it.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import TYPE_CHECKING

from caseapp.domain.dates import PartialDate
from caseapp.domain.dto import DocumentDTO
from caseapp.domain.enums import (
    HearingKind,
    InternationalBody,
    InternationalProceedingKind,
    Sensitivity,
)
from caseapp.domain.errors import ValidationError
from caseapp.domain.filing import (
    BundleFile,
    DomesticDecision,
    EchrApplication,
    articles_of,
)
from caseapp.domain.lawyer import LawyerProfile
from caseapp.domain.messages import Message, msg, msg_n
from caseapp.domain.moot_hearings import CALLED_OFF, has_decided
from caseapp.domain.redaction import OmissionSummary
from caseapp.domain.reports import DossierDTO
from caseapp.domain.strasbourg import (
    ANNEX_PAGE_LIMIT,
    ECOMMS_MAX_BYTES,
    odd_application_number,
)
from caseapp.reports.filing_words import Words
from caseapp.services.base import output_level
from caseapp.services.dossier_data import dossier_and_omissions
from caseapp.services.filing_bundle import build_bundle
from caseapp.services.filing_time_limit import recorded_choice, recorded_limits, time_limit
from caseapp.services.labels import level_label
from caseapp.services.settings import PROCEDURES

if TYPE_CHECKING:
    from caseapp.services.casefile import CaseFile

# The hearings whose decision the draft lists, by the words' key (reports.filing_words_echr).
DECISION_KINDS = {
    HearingKind.DETENTION_EXTENSION: "decided_detention_extension",
    HearingKind.VERDICT: "decided_verdict",
    HearingKind.APPEAL: "decided_appeal",
    HearingKind.CASSATION: "decided_cassation",
}


def respondent_state(cf: CaseFile, given: str | None = None) -> str:
    """The State the application is against: as given, else the case file's procedure."""
    if given is not None and given.strip():
        return given.strip()
    procedure = cf.settings.current().procedure
    return PROCEDURES.get(procedure, procedure)


def domestic_decisions(d: DossierDTO, lang: str = "en") -> tuple[DomesticDecision, ...]:
    """The domestic decisions the dossier at its level records, oldest first: decided
    hearings (detention, verdict, appeal, cassation; not one recorded adjourned or cancelled,
    whatever its outcome says), detention orders and appeals against
    them; said in English, or in French (``lang`` "fr")."""
    words = Words(lang)
    out: list[DomesticDecision] = []
    order_days = {o.decided_on or o.start_date for o in d.detention_orders}
    for h in d.hearings:
        key = DECISION_KINDS.get(h.kind)
        if h.kind is HearingKind.DETENTION_EXTENSION and h.starts_at.date() in order_days:
            continue  # the order of that day is listed
        if h.state in CALLED_OFF:
            continue  # adjourned or cancelled: nothing was decided that day (section E says so)
        if key and has_decided(h.outcome, h.state):  # recorded held, or its outcome entered
            out.append(DomesticDecision(h.starts_at.date(), h.court, words(key),
                                        h.outcome.strip()))
    for o in d.detention_orders:
        until = words("order_initial_until" if o.kind.value == "initial"
                      else "order_extension_until", day=words.day(o.expires_on))
        appeal = words("appeal_against_order", day=words.day(o.decided_on or o.start_date))
        out.append(DomesticDecision(o.decided_on or o.start_date, o.ordering_court, until, ""))
        if o.appeal_filed_on is not None:
            out.append(DomesticDecision(o.appeal_filed_on, "", appeal, o.appeal_outcome.strip()))
    return tuple(sorted(out, key=lambda x: x.on))


def select_documents(d: DossierDTO, document_ids: Sequence[int] | None) -> list[DocumentDTO]:
    """The documents chosen for the bundle, among the dossier's at its level (all of them
    when none are chosen)."""
    if document_ids is None:
        return list(d.annex)
    known = {doc.id: doc for doc in d.annex}
    chosen = []
    for i in dict.fromkeys(document_ids):
        if i not in known:
            raise ValidationError(
                msg("Document {record_id} is not among the documents of {name} at the {level} level.",
                    record_id=i, name=d.captive.latin_name or d.captive.primary_name,
                    level=level_label(d.level)),
                field="annex")
        chosen.append(known[i])
    return chosen


def echr_application(cf: CaseFile, captive_id: int, *, level: Sensitivity | str,
                     lawyer: LawyerProfile | None = None, state: str | None = None,
                     final_decision: date | PartialDate | None = None,
                     document_ids: Sequence[int] | None = None,
                     max_bytes: int = ECOMMS_MAX_BYTES, page_limit: int = ANNEX_PAGE_LIMIT,
                     lang: str = "en"
                     ) -> tuple[EchrApplication, tuple[BundleFile, ...], tuple[Message, ...],
                                OmissionSummary]:
    """The application draft, the bundle's files, the warnings and what the level leaves
    out, from one snapshot; the decisions, the time limit's steps, source and note, and the
    annexes' page stamps in ``lang`` (English, or French: "fr")."""
    level = output_level(cf.ctx, level)
    with cf.ctx.snapshot():
        dossier, left_out = dossier_and_omissions(cf, captive_id, level=level, lawyer=lawyer,
                                                  output=msg("ECHR application"))
        echr = tuple(p for p in dossier.international_proceedings
                     if p.body is InternationalBody.ECHR)
        today = cf.ctx.today()
        recorded = recorded_limits(cf, captive_id, level, today, lang=lang)
        limit, note = time_limit(cf, level, final_decision, recorded, today, lang=lang)
        documents = select_documents(dossier, document_ids)
        annexes, files, warnings = build_bundle(cf, documents, max_bytes=max_bytes,
                                                page_limit=page_limit, lang=lang)
        application = EchrApplication(
            dossier=dossier, respondent_state=respondent_state(cf, state),
            articles=articles_of(echr), decisions=domestic_decisions(dossier, lang),
            time_limit=limit, time_limit_note=note,
            other_international=tuple(p for p in dossier.international_proceedings
                                      if p.body is not InternationalBody.ECHR),
            previous_applications=tuple(p for p in echr if p.reference and p.kind
                                        is InternationalProceedingKind.APPLICATION),
            annexes=annexes)
    limit_ = application.time_limit
    if limit_ is not None and limit_.due_on < dossier.generated_on:
        warnings = (*warnings, msg("The time limit counted from the final decision of {decided} "
                                   "ended on {ended}: section G must explain why the application "
                                   "is still in time.",
                                   decided=limit_.known_to.shown() if limit_.known_to
                                   else limit_.trigger,
                                   ended=limit_.due_on))
    shown = recorded_choice(recorded, today)
    latest = shown[0] if shown else None
    if final_decision is not None and limit_ is not None and latest is not None \
            and latest.due_on != limit_.due_on:
        warnings = (*warnings, msg(
            "Section G counts from the final decision date given ({given}: until {due}), but the "
            "case file records a final decision of {recorded}, whose time limit in the Deadlines "
            "view ends on {recorded_due}. Check which day the Court counts from (a later service "
            "of the decision only where it applies) and set that deadline's date by hand if "
            "needed.", given=limit_.known_to.shown() if limit_.known_to else limit_.trigger,
            due=limit_.due_on, recorded=latest.trigger, recorded_due=latest.due_on))
    # the other recorded decisions, when section G counts from one the file records
    others = [t for t, _note in recorded] if limit_ is not None and final_decision is None else []
    sooner = [t for t in others if limit_ is not None and t.due_on < limit_.due_on]
    later = [t for t in others if limit_ is not None and t.due_on > limit_.due_on]
    if limit_ is not None and sooner:
        earliest = min(sooner, key=lambda t: (t.due_on, t.trigger))
        warnings = (*warnings, msg_n(
            "The case file records {count} other final domestic decision, of {earliest}, whose "
            "time limit ends sooner, on {earliest_due}: if the application concerns it, section "
            "G (counted from {decided}) gives too late a date.",
            "The case file records {count} other final domestic decisions whose time limit ends "
            "sooner than section G's (counted from {decided}); the earliest, of {earliest}, ends "
            "on {earliest_due}: if the application concerns one of them, section G gives too "
            "late a date.", len(sooner), decided=limit_.trigger, earliest=earliest.trigger,
            earliest_due=earliest.due_on))
    if limit_ is not None and later:
        last = max(later, key=lambda t: (t.due_on, t.trigger))
        warnings = (*warnings, msg_n(
            "The case file records {count} other final domestic decision, of {latest}, whose "
            "time limit ends later, on {latest_due}: section G gives the earlier time limit "
            "(counted from {decided}), which an application about both decisions must keep.",
            "The case file records {count} other final domestic decisions whose time limit ends "
            "later; the last, of {latest}, ends on {latest_due}: section G gives the earliest "
            "time limit (counted from {decided}), which an application about all of them must "
            "keep.", len(later), decided=limit_.trigger, latest=last.trigger,
            latest_due=last.due_on))
    if limit_ is not None and limit_.known_to is not None:
        warnings = (*warnings, msg(
            "The final domestic decision given is known only to its month or year ({known}): "
            "section G counts from {first}, the day of it that gives the earliest end of the "
            "time limit, {due}. Establish the decision's day before filing.",
            known=limit_.known_to.shown(), first=limit_.trigger, due=limit_.due_on))
    for p in application.previous_applications:
        if odd_application_number(p.reference):
            warnings = (*warnings, msg(
                "The ECHR application number “{reference}” is not written as the Court writes "
                "it (the number, a slash and the last two digits of the year: 12345/24): the "
                "form gives it as recorded. Correct it on the proceeding.",
                reference=p.reference.strip()))
    if not application.articles:
        warnings = (*warnings, msg("No Convention article is recorded on the captive's ECHR "
                                   "proceedings at this level: section F lists none (record them "
                                   "on the proceeding, e.g. “3, 5 § 1, 5 § 4”)."))
    return application, files, warnings, left_out


__all__ = ["domestic_decisions", "echr_application", "respondent_state", "select_documents"]
