"""The records that dossiers (and the letters filled from one) are printed from, built at a
sensitivity level, and what that level leaves out. The status report's are built by
:mod:`caseapp.services.status_report_data`.

Redaction happens here, once: a record above the level is not copied, a field of the
captive above its level is blanked, and every derived figure (current place, last contact,
days in custody, next deadline) is computed from what is left. Writers in
``caseapp.reports`` only see the result.

The functions take the open :class:`CaseFile` and return frozen records, so the GUI can call
them from a worker thread. A dossier is read in one snapshot (``ctx.snapshot()``): a write
committed while it is being read is in it entirely or not at all. Rendering, writing and
keeping the file are the use cases of :mod:`caseapp.services.outputs`.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Sequence
from dataclasses import fields, replace
from datetime import date
from typing import TYPE_CHECKING, Any

from caseapp.domain.captive_rows import days_in_custody
from caseapp.domain.custody_step_lines import notes_at_level, printed_note
from caseapp.domain.dates import deadline_overdue
from caseapp.domain.dto import (
    CaptiveDTO,
    DeadlineDTO,
    DetentionOrderDTO,
    DocumentDTO,
    InterventionDTO,
    StatusChangeDTO,
)
from caseapp.domain.enums import DatePrecision, DeadlineStatus, OrganisationKind, Sensitivity
from caseapp.domain.errors import ValidationError
from caseapp.domain.field_labels import field_label
from caseapp.domain.lawyer import LawyerProfile
from caseapp.domain.messages import Message, msg
from caseapp.domain.name_display import name_in_every_language
from caseapp.domain.order_standing import standings_at
from caseapp.domain.redaction import (
    OmissionLog,
    OmissionSummary,
    Text,
    consent_message,
    effective_level,
    publicity_refused,
)
from caseapp.domain.reports import (
    CAPTIVE_FIELD_COLUMNS,
    FAMILY_CONTACT_KINDS,
    AddressedIntervention,
    DossierDTO,
    blank_fields,
    field_level,
)
from caseapp.domain.same_day import DeadlineKey, deadline_order
from caseapp.domain.status_order import kept_by_level
from caseapp.domain.stored_messages import read_text, stored_form
from caseapp.services.base import output_level
from caseapp.services.dossier_extras_data import build_dossier_extras
from caseapp.services.labels import document_text, level_label, status_of, value_label
from caseapp.services.levels import read_levels

DOSSIER = msg("dossier")  # the output named in what a dossier leaves out

if TYPE_CHECKING:
    from caseapp.services.casefile import CaseFile

# Fields of the captive that are not content of its own (identifiers, the record's level) or
# are handled apart (names follow the record; tags and field_levels are never printed).
_CAPTIVE_KEEP = {"id", "uid", "primary_name", "latin_name", "names", "sensitivity",
                 "created_at", "updated_at", "current_place", "tags", "field_levels"}
_INTERNATIONAL_RULES = ("echr", "wgad", "un.", "un_")
_INTERNATIONAL_TITLE = re.compile(r"\b(ECHR|Rule 39|WGAD|UN|HRC|CCPR|Strasbourg)\b")


def refuse_above_level(captive: CaptiveDTO, level: Sensitivity) -> None:
    if not level.allows(captive.sensitivity):
        raise ValidationError(
            msg("The file of {name} is marked {marked}: it cannot be printed at the {level} level. Lower the "
                "captive's sensitivity first (single fields can stay restricted).",
                name=name_in_every_language(captive), marked=level_label(captive.sensitivity),
                level=level_label(level)),
            field="level")


def redact_captive(captive: CaptiveDTO, level: Sensitivity) -> tuple[CaptiveDTO, list[str]]:
    """The captive with every field above ``level`` blanked, and the names of the non-empty
    fields that were."""
    blanked: set[str] = set()
    for f in fields(captive):
        if f.name in _CAPTIVE_KEEP:
            continue
        column = CAPTIVE_FIELD_COLUMNS.get(f.name, f.name)
        if not level.allows(field_level(captive, column)):
            blanked.add(f.name)
    withheld = sorted(n for n in blanked if getattr(captive, n) not in (None, "", False, (), {}))
    blanked |= {"field_levels"} | ({"tags"} if level is not Sensitivity.INTERNAL else set())
    return blank_fields(captive, blanked), withheld


def _fingerprint(*parts: Any) -> str:
    return hashlib.sha256(repr(parts).encode("utf-8")).hexdigest()[:10]


def build_dossier(case_file: CaseFile, captive_id: int, *,
                  level: Sensitivity | str, lawyer: LawyerProfile | None = None,
                  statutory_max_days: int | None = None) -> DossierDTO:
    """Everything that may be printed about one captive at ``level``.

    ``lawyer`` fills the representative block (default: the case settings, each empty field
    from ``CASEAPP_LAWYER_*``); ``statutory_max_days`` is the maximum pre-trial custody
    (default: the captive's own from the case settings, if any).

    Raises :class:`ValidationError` when the captive's record itself is above the level, or
    the level is public and the captive has not consented to publicity; :class:`NotFound` for
    an unknown captive."""
    with case_file.ctx.snapshot():
        return _dossier(case_file, captive_id, output_level(case_file.ctx, level), lawyer=lawyer,
                        statutory_max_days=statutory_max_days)[0]


def dossier_and_omissions(case_file: CaseFile, captive_id: int, *, level: Sensitivity | str,
                          lawyer: LawyerProfile | None = None,
                          statutory_max_days: int | None = None, output: Text = DOSSIER
                          ) -> tuple[DossierDTO, OmissionSummary]:
    """The dossier at ``level`` and what it leaves out, from one consistent read. Raises as
    :func:`build_dossier` does when the dossier cannot be made at the level."""
    level = output_level(case_file.ctx, level)
    with case_file.ctx.snapshot():
        dossier, log = _dossier(case_file, captive_id, level, lawyer=lawyer,
                                statutory_max_days=statutory_max_days, output=output)
        return dossier, _omissions(case_file, captive_id, dossier, log, output)


def _omissions(cf: CaseFile, captive_id: int, dossier: DossierDTO, log: OmissionLog,
               output: Text) -> OmissionSummary:
    full, _ = _dossier(cf, captive_id, Sensitivity.INTERNAL)
    emptied = [title for title, empty in _section_emptiness(dossier).items()
               if empty and not _section_emptiness(full)[title]]
    return OmissionSummary(output, dossier.level, log.omissions(), tuple(emptied))


def dossier_preview(case_file: CaseFile, captive_id: int, *,
                    level: Sensitivity | str, output: Text = DOSSIER) -> OmissionSummary:
    """What a dossier (or a letter, which is filled from one) at ``level`` will leave out,
    section by section, and which sections will print as "Nothing to report" because of the
    level. A dossier that cannot be made at the level says why in ``refusal``."""
    level = output_level(case_file.ctx, level)
    with case_file.ctx.snapshot():
        try:
            dossier, log = _dossier(case_file, captive_id, level, output=output)
        except ValidationError as exc:
            return OmissionSummary(output, level, refusal=exc.message)
        return _omissions(case_file, captive_id, dossier, log, output)


def _section_emptiness(d: DossierDTO) -> dict[Text, bool]:
    """Which of the dossier's sections would print "Nothing to report" (as the writer decides)."""
    c = d.captive
    capture_facts = (c.capture, c.capture_place, c.capturing_authority, c.capture_circumstances,
                     c.birth, c.birth_place, c.citizenship, c.consent_notes,
                     d.status_history, d.identity_documents)
    return {
        document_text("sec_key_facts"): not (c.summary or c.current_asks),
        document_text("sec_capture"): not any(capture_facts),
        document_text("sec_custody"): not (d.detention_places or d.visits),
        document_text("sec_domestic"): not (d.prosecutions or d.detention_orders or d.hearings
                                or d.domestic_deadlines),
        document_text("sec_international"): not (d.international_proceedings or d.international_deadlines),
        document_text("sec_health"): not c.health,
        document_text("sec_family"): not (d.family_contacts or d.family_communications),
        document_text("sec_communications"): not d.communications,
        document_text("sec_annex"): not d.annex,
    }



def _due_first(d: DeadlineDTO) -> DeadlineKey:
    """The dossier's order of deadlines: every list's (:func:`deadline_order`: as they fall
    due, on one day those due at an hour first, then in the order the law takes them)."""
    return deadline_order(d)


def _dossier(cf: CaseFile, captive_id: int, level: Sensitivity, *,
             lawyer: LawyerProfile | None = None, statutory_max_days: int | None = None,
             output: Text = DOSSIER) -> tuple[DossierDTO, OmissionLog]:
    """The dossier (read for ``output``: a refusal names it) and what the level left out."""
    full = cf.captive_file(captive_id)
    if statutory_max_days is None:  # the case settings' maximum for this captive
        clock = cf.deadline_engine.clock_settings_for([captive_id])[captive_id]
        statutory_max_days = clock.statutory_max_days
    refuse_above_level(full.captive, level)
    if publicity_refused(level, full.captive.consent_publicity):
        raise ValidationError(consent_message(full.captive, output), field="level")
    level_map = read_levels(cf)
    log = OmissionLog()
    captive, blanked = redact_captive(full.captive, level)
    # each by the label of the column it comes from ("birth": date of birth), once
    for column in dict.fromkeys(CAPTIVE_FIELD_COLUMNS.get(name, name) for name in blanked):
        log.add(msg("The captive's own fields"), field_label(column))

    def kept(section: Text, items: tuple[Any, ...], title: Any,
             parent: Any = lambda x: None) -> tuple[Any, ...]:
        out = []
        for x in items:
            if level.allows(effective_level(x.sensitivity, parent(x))):
                out.append(x)
            else:
                log.add(section, title(x))
        return tuple(out)

    status_level = field_level(full.captive, "status")
    status_history = kept_by_level(full.status_history, kept(
        document_text("status_history"), full.status_history,
        lambda h: _dated(h.effective_on, status_of(h.new_status, captive.sex)),
        lambda h: status_level))
    identity = kept(document_text("identity_documents"), full.identity_documents, lambda x: x.kind)
    places = kept(document_text("places"), full.detention_places, lambda x: x.facility)
    contacts = kept(document_text("visits"), full.welfare_contacts,
                    lambda x: _dated(x.contact_on, value_label(x.kind)))
    prosecutions = kept(document_text("sec_domestic"), full.prosecutions,
                        lambda x: msg("Criminal case {number}", number=x.case_number)
                        if x.case_number else msg("Criminal case"))
    orders = kept(document_text("detention_orders"), full.detention_orders,
                  lambda x: _dated(x.start_date,
                                   msg("Detention order ({kind})", kind=value_label(x.kind))),
                  lambda x: level_map.prosecution(x.prosecution_id))
    hearings = kept(document_text("hearings"), full.hearings,
                    lambda x: _dated(x.starts_at.date(),
                                     msg("Hearing ({kind})", kind=value_label(x.kind))),
                    lambda x: level_map.prosecution(x.prosecution_id))
    filings = kept(document_text("sec_international"), full.international_proceedings,
                   _filing_title)
    interventions = kept(document_text("sec_communications"), full.interventions,
                         lambda x: x.subject or _dated(x.made_on, value_label(x.channel)))
    if level is Sensitivity.PUBLIC:
        dated = [p for p in filings if p.lodged_on or p.communicated_on or p.judgment_on]
        for p in dated:
            log.add(msg("Dates of international filings (none in a public dossier)"),
                    _filing_title(p))
        filings = tuple(replace(p, lodged_on=None, communicated_on=None, judgment_on=None)
                        for p in filings)

    open_place = next((p.facility for p in reversed(places) if p.to_date is None), "")
    days, counted_from = days_at_level(full.captive, captive, status_history, orders,
                                       cf.ctx.today())
    captive = replace(captive, current_place=open_place, days_in_custody=days)
    confirmed = [c.contact_on for c in contacts if c.confirmed]

    filing_uids = {p.uid for p in full.international_proceedings}
    domestic: list[DeadlineDTO] = []
    international: list[DeadlineDTO] = []
    for d in full.deadlines:
        if d.status is not DeadlineStatus.OPEN:
            continue  # the open ones, an overdue one included (printed as overdue)
        if level is Sensitivity.PUBLIC or not level.allows(level_map.deadline(d)):
            # (no litigation timing in a public dossier); named in the reader's language
            log.add(document_text("next_deadlines"),
                    cf.rule_set.title_everywhere(d.title, d.rule_id))
            continue
        is_intl = (d.trigger_uid in filing_uids or d.rule_id.startswith(_INTERNATIONAL_RULES)
                   or bool(_INTERNATIONAL_TITLE.search(d.title)))
        # (a step's conviction note would tell a status the level withholds)
        d = replace(d, notes=notes_at_level(d.notes, captive.status is not None) or "")
        (international if is_intl else domestic).append(d)

    communications, family = _addressed(cf, interventions, level, log)
    annex = []
    for doc in _annex(cf, captive_id, prosecutions=full.prosecutions, hearings=full.hearings,
                      interventions=full.interventions):
        if level.allows(level_map.document(doc)):
            annex.append(doc)
        else:
            log.add(document_text("sec_annex"), doc.title)

    photo = cf.captives.photo(captive_id) if captive.has_photo else None
    body: dict[str, Any] = dict(
        level=level, captive=captive, photo=photo, photo_media_type=captive.photo_media_type,
        last_contact=max(confirmed) if confirmed else None, status_history=status_history,
        identity_documents=identity, detention_places=places,
        visits=tuple(c for c in contacts if c.kind not in FAMILY_CONTACT_KINDS),
        family_contacts=tuple(c for c in contacts if c.kind in FAMILY_CONTACT_KINDS),
        prosecutions=prosecutions, detention_orders=orders, hearings=hearings,
        international_proceedings=filings,
        domestic_deadlines=tuple(sorted(domestic, key=_due_first)),
        international_deadlines=tuple(sorted(international, key=_due_first)),
        communications=communications, family_communications=family, annex=tuple(annex),
        deadline_notes=_deadline_notes([*domestic, *international], captive),
        deadline_sources={d.id: source for d in [*domestic, *international]
                          if (source := cf.rule_set.source_everywhere(d.rule_id)) is not None},
        custody_counted_from=counted_from,
    )
    body["extras"], not_named = build_dossier_extras(
        cf, full, body, level,
        lambda items: kept(document_text("sec_notes"), items,
                           lambda n: read_text(stored_form(n.title))
                           or msg("note of {day}", day=n.written_at.date())),
        lawyer=lawyer, statutory_max_days=statutory_max_days)
    for _ in range(not_named):
        log.add(document_text("co_defendants"), msg("a co-defendant not named at this level"))
    today, now = cf.ctx.today(), cf.ctx.now()
    overdue = frozenset(d.id for d in (*domestic, *international) if deadline_overdue(
        d.due_on, d.due_time, d.timezone, today=today, now=now))
    standing = standings_at(orders, today, captive.status, captive.status_since,
                            [(h.new_status, h.effective_on)
                             for h in sorted(status_history, key=lambda h: h.id)])
    dossier = DossierDTO(generated_on=today, version=_fingerprint(body),
                         withheld=log.count(), overdue_deadlines=overdue,
                         order_standings=standing, **body)
    return dossier, log


def days_at_level(full: CaptiveDTO, shown: CaptiveDTO, history: Sequence[StatusChangeDTO],
                  orders: Sequence[DetentionOrderDTO], today: date
                  ) -> tuple[int | None, date | None]:
    """The days in custody an output at a level gives, computed only from what it shows
    (``shown``: the captive redacted to the level; ``history`` and ``orders``: the status
    changes and detention orders it prints): a release it leaves out makes no gap, so the
    figure cannot reveal one. None when the status is withheld (the count ends with a
    release), or the capture date is (the count starts there). The capture date unknown,
    counted from the first order printed: that order's start is returned with the days."""
    if shown.status is None:
        return None, None
    first = None
    if full.capture is not None:
        if shown.capture is None:
            return None, None
    else:
        first = min((o.start_date for o in orders), default=None)
    changes = [(h.new_status, h.effective_on) for h in sorted(history, key=lambda h: h.id)]
    days = days_in_custody(shown.status, shown.capture.earliest if shown.capture else None,
                           shown.status_since, today, changes, first,
                           capture_known_to=shown.capture.precision if shown.capture
                           else DatePrecision.EXACT)
    return days, first if days is not None else None


def _deadline_notes(steps: list[DeadlineDTO], captive: CaptiveDTO) -> dict[int, Message | str]:
    """The conviction notes printed under ``steps`` (:func:`printed_note`), for the captive's
    status as the dossier's level shows it."""
    notes = {d.id: printed_note(d.notes, captive.status, captive.status_since)
             for d in steps}
    return {i: n for i, n in notes.items() if n is not None}


def _dated(day: date | None, title: Text) -> Text:
    """A left-out record's title in the omissions: its date (as the language writes it) and
    what it is, "04.10.2023 В предварительном заключении"."""
    return msg("{day} {title}", day=day, title=title) if day is not None else title


def _filing_title(p: Any) -> Text:
    """An international filing as the omissions name it: the body as the language names it
    ("ЕСПЧ") and the filing's reference."""
    body = value_label(p.body)
    return msg("{body} {reference}", body=body, reference=p.reference) if p.reference else body


def _addressed(cf: CaseFile, interventions: tuple[InterventionDTO, ...], level: Sensitivity,
               log: OmissionLog
               ) -> tuple[tuple[AddressedIntervention, ...], tuple[AddressedIntervention, ...]]:
    """The communications shown, each with its addressee as far as the level shows it (the
    person, the organisation); an addressee above the level is left out, and the lawyer is
    told which communications lost theirs."""
    orgs = {o.id: o for o in cf.organisations.list()} if interventions else {}
    people = {c.id: c for c in cf.contacts.list()} if interventions else {}
    general: list[AddressedIntervention] = []
    family: list[AddressedIntervention] = []
    for i in interventions:
        org = orgs.get(i.organisation_id) if i.organisation_id else None
        person = people.get(i.contact_id) if i.contact_id else None
        shown = person.name if person and level.allows(person.sensitivity) else ""
        org_name = org.name if org and level.allows(org.sensitivity) else ""
        addressee = ", ".join(x for x in (shown, org_name) if x)
        if (person and not shown) or (org and not org_name):
            log.add(msg("Addressees of communications (their level is above the output's)"),
                    i.subject or _dated(i.made_on, value_label(i.channel)))
        entry = AddressedIntervention(i, addressee)
        (family if org and org.kind is OrganisationKind.FAMILY else general).append(entry)
    return tuple(general), tuple(family)


def _annex(cf: CaseFile, captive_id: int, *, prosecutions: tuple[Any, ...],
           hearings: tuple[Any, ...], interventions: tuple[Any, ...]) -> tuple[DocumentDTO, ...]:
    """Documents of the captive, and those filed with the captive's hearings, prosecutions and
    interventions (a joint hearing's notes belong to every co-defendant's file)."""
    linked = {("prosecution_id", p.id) for p in prosecutions}
    linked |= {("hearing_id", h.id) for h in hearings}
    linked |= {("intervention_id", i.id) for i in interventions}
    docs = [d for d in cf.documents.list()
            if d.captive_id == captive_id
            or any((k, getattr(d, k)) in linked for k in ("prosecution_id", "hearing_id",
                                                          "intervention_id"))]
    return tuple(sorted(docs, key=lambda d: (d.received_on or date.min, d.id)))
