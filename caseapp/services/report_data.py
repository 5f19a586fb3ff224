"""The records that dossiers and status reports are printed from, built at a sensitivity
level, and what that level leaves out.

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

import dataclasses
import hashlib
import re
from collections import defaultdict
from collections.abc import Collection, Sequence
from dataclasses import fields, replace
from datetime import date, datetime, time, timedelta
from functools import cache
from typing import TYPE_CHECKING, Any
from zoneinfo import ZoneInfo

from sqlalchemy import String, and_, cast, func, or_, select, type_coerce
from sqlalchemy import Text as SqlText

from caseapp.db.custody_history import first_orders, release_histories
from caseapp.db.models import (
    Captive,
    CaptiveName,
    Deadline,
    DetentionPlace,
    Hearing,
    InternationalProceeding,
    Tag,
    WelfareContact,
    captive_tags,
    hearing_captives,
)
from caseapp.domain.captive_rows import days_in_custody
from caseapp.domain.clock import hearing_ahead, hearing_days_span
from caseapp.domain.dates import deadline_overdue, due_order
from caseapp.domain.deadline_steps import ESTIMATE_MARK
from caseapp.domain.dto import (
    CaptiveDTO,
    DeadlineDTO,
    DetentionOrderDTO,
    DocumentDTO,
    InterventionDTO,
    StatusChangeDTO,
)
from caseapp.domain.enums import (
    CaptiveCategory,
    CaptiveStatus,
    DeadlineStatus,
    InternationalBody,
    OrganisationKind,
    Script,
    Sensitivity,
    Sex,
)
from caseapp.domain.errors import ValidationError
from caseapp.domain.field_labels import field_label
from caseapp.domain.lawyer import LawyerProfile
from caseapp.domain.messages import Message, Translated, msg
from caseapp.domain.moot_hearings import CALLED_OFF, custody_over, moot
from caseapp.domain.name_display import (
    NameRow,
    latin_display_name,
    name_in_every_language,
    names_in_languages,
)
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
    StatusReportDTO,
    StatusRow,
    UpcomingHearing,
    blank_fields,
    field_level,
)
from caseapp.domain.stored_messages import read_text, stored_form
from caseapp.services.base import output_level
from caseapp.services.conviction_notes import printed_note
from caseapp.services.deadline_writes import TRIGGER_KINDS
from caseapp.services.dossier_extras_data import build_dossier_extras
from caseapp.services.labels import document_text, level_label, status_of, value_label
from caseapp.services.levels import load_levels, read_levels
from caseapp.services.risk_levels import independent_at_level, risks_at_level

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



def _due_first(d: DeadlineDTO) -> tuple[tuple[date, int, datetime], int]:
    """The dossier's order of deadlines: as they fall due (on one day, those due at an hour
    first, by their moment: :func:`due_order`), then as recorded."""
    return due_order(d.due_on, d.due_time, d.timezone), d.id


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
    status_history = kept(document_text("status_history"), full.status_history,
                          lambda h: _dated(h.effective_on, status_of(h.new_status, captive.sex)),
                          lambda h: status_level)
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
        dated = [p for p in filings if p.lodged_on or p.communicated_on]
        for p in dated:
            log.add(msg("Dates of international filings (none in a public dossier)"),
                    _filing_title(p))
        filings = tuple(replace(p, lodged_on=None, communicated_on=None) for p in filings)

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
    dossier = DossierDTO(generated_on=today, version=_fingerprint(body),
                         withheld=log.count(), overdue_deadlines=overdue, **body)
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
                           shown.status_since, today, changes, first)
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


# ---- the status report ------------------------------------------------------------------------

def build_status_report(case_file: CaseFile, *, level: Sensitivity | str = Sensitivity.INTERNAL,
                        status: CaptiveStatus | str | None = None, tag: str | None = None,
                        hearing_days: int = 30) -> StatusReportDTO:
    """Every captive allowed at ``level`` (of one status and/or with one tag), in a fixed
    number of queries whatever their number."""
    level = output_level(case_file.ctx, level)
    if status is not None:
        try:
            status = CaptiveStatus(status)
        except ValueError:
            choices = ", ".join(s.value for s in CaptiveStatus)
            raise ValidationError(msg("“{value}” is not a status: choose one of {choices}.",
                                      value=status, choices=choices),
                                  field="status") from None
    if hearing_days < 0:
        raise ValidationError(msg("The hearing window must be zero or more days."), field="hearing_days")
    ctx = case_file.ctx
    today = ctx.today()
    levels = [s.value for s in Sensitivity if level.allows(s)]
    raw = lambda column: type_coerce(column, String)  # noqa: E731 - no enum conversion per row
    names = CaptiveName.__table__
    sources = cache(case_file.rule_set.source_everywhere)  # a next deadline's rule's source
    with ctx.read() as s:
        conn = s.connection()
        stmt = select(Captive.id, raw(Captive.status), raw(Captive.category), Captive.capture_date,
                      Captive.status_since, Captive.field_levels, raw(Captive.sensitivity),
                      raw(Captive.sex)).where(raw(Captive.sensitivity).in_(levels))
        if status is not None:
            stmt = stmt.where(raw(Captive.status) == status.value)
        if tag:
            stmt = stmt.where(Captive.id.in_(
                select(captive_tags.c.captive_id).join(Tag, Tag.id == captive_tags.c.tag_id)
                .where(Tag.name == tag)))
        captives = conn.execute(stmt).all()
        unnamed = 0
        if level is Sensitivity.PUBLIC:  # no consent to publicity: not named, not counted
            consenting = set(conn.execute(select(Captive.id).where(
                Captive.consent_publicity.is_(True))).scalars())
            unnamed = sum(1 for c in captives if c[0] not in consenting)
            captives = [c for c in captives if c[0] in consenting]
        wanted = {c[0] for c in captives}
        primary: dict[int, str] = {}
        spellings: dict[int, list[NameRow]] = {}  # the headline-name rule; a report in hy/ru
        for cid, name, script, language, kind, is_primary in conn.execute(
                select(names.c.captive_id, names.c.full_name, raw(names.c.script),
                       names.c.language, raw(names.c.kind), names.c.is_primary)
                .where(or_(names.c.is_primary,
                           raw(names.c.script).in_([Script.LATIN.value, Script.ARMENIAN.value,
                                                    Script.CYRILLIC.value])))
                .order_by(names.c.captive_id, names.c.id)):
            if is_primary:
                primary[cid] = name
            spellings.setdefault(cid, []).append(NameRow(name, script, language, kind, is_primary))
        places = dict(conn.execute(
            select(DetentionPlace.captive_id, DetentionPlace.facility)
            .where(DetentionPlace.to_date.is_(None), raw(DetentionPlace.sensitivity).in_(levels))
            .order_by(DetentionPlace.from_date)).all())
        contacts = dict(conn.execute(
            select(WelfareContact.captive_id, func.max(WelfareContact.contact_on))
            .where(WelfareContact.confirmed.is_(True), raw(WelfareContact.sensitivity).in_(levels))
            .group_by(WelfareContact.captive_id)).all())
        filings: dict[int, dict[InternationalBody, int]] = defaultdict(dict)
        for cid, body in conn.execute(
                select(InternationalProceeding.captive_id, raw(InternationalProceeding.body))
                .where(raw(InternationalProceeding.sensitivity).in_(levels))):
            b = InternationalBody(body)
            filings[cid][b] = filings[cid].get(b, 0) + 1
        level_map = load_levels(conn)
        # The days in custody from what the report shows: the status changes at the level
        # (a release left out makes no gap) and, the capture date unknown, the first order.
        histories = release_histories(conn, levels=[Sensitivity(v) for v in levels])
        first_order = first_orders(conn, shown=lambda own, case: level.allows(
            effective_level(own, level_map.prosecution(case))))
        # (its day, title, notes, source, whether it is overdue now, its hour and zone)
        now = ctx.now()
        deadlines: dict[int, tuple[date, str, str, Translated | None, bool, time | None,
                                   str, bool]] = {}
        first_due: dict[int, tuple[date, int, datetime]] = {}  # of deadlines' (due_order)
        deadline_cols = [c for c in Deadline.__table__.c if c.key in
                         ("captive_id", "due_on", "title", "trigger_uid", "sensitivity",
                          "notes", "rule_id", "overridden", "due_time", "timezone")]
        # whether its date is an estimate (a capture known to its month or year): only the
        # steps of deadlines set off by a capture are searched
        estimated = and_(Deadline.trigger_kind == TRIGGER_KINDS["captives"],
                         cast(Deadline.explanation, SqlText).contains(ESTIMATE_MARK))
        for d in conn.execute(
                select(*deadline_cols, estimated.label("estimated"))
                .where(raw(Deadline.status) == DeadlineStatus.OPEN.value,
                       Deadline.captive_id.is_not(None))
                .order_by(Deadline.due_on, Deadline.id)):  # the earliest, overdue ones included
            if level is Sensitivity.PUBLIC:
                break  # no litigation timing at the public level
            order = due_order(d.due_on, d.due_time, d.timezone or "")
            if level.allows(level_map.deadline(d)) and (
                    d.captive_id not in first_due or order < first_due[d.captive_id]):
                first_due[d.captive_id] = order  # on its day, one due at an hour first
                deadlines[d.captive_id] = (d.due_on, d.title, d.notes,
                                           None if d.overridden else sources(d.rule_id),
                                           deadline_overdue(d.due_on, d.due_time,
                                                            d.timezone, today=today, now=now),
                                           d.due_time, d.timezone or "", bool(d.estimated))
        next_hearing: dict[int, datetime] = {}
        # (start, court, kind, captives, state if called off, the day adjourned to)
        upcoming: dict[int, tuple[datetime, str, str, list[int], str | None, date | None]] = {}
        # A custody hearing after a release is moot (caseapp.domain.moot_hearings): neither
        # the captive's next hearing nor among the upcoming ones of that captive; told only
        # from a status the level shows (a hearing left out must not tell what it withholds).
        over = {c[0]: custody_over(c[1], c[4]) for c in captives
                if level.allows(level_map.captive_field(c[0], "status"))}
        last = today + timedelta(days=hearing_days)
        first_start = hearing_days_span(today, last)[0]  # the next hearing may be later
        for hid, cid, starts, zone, court, kind, state, next_on in conn.execute(
                select(Hearing.id, hearing_captives.c.captive_id, Hearing.starts_at,
                       Hearing.timezone, Hearing.court, raw(Hearing.kind), raw(Hearing.state),
                       Hearing.next_date)
                .join(Hearing, Hearing.id == hearing_captives.c.hearing_id)
                .where(Hearing.starts_at >= first_start)
                .order_by(Hearing.starts_at, Hearing.id)):
            if cid not in wanted or not level.allows(level_map.hearings[hid]):
                continue
            local = starts.astimezone(ZoneInfo(zone or "UTC"))
            if state in CALLED_OFF:  # listed, saying so (a reader expecting it learns why)
                if hearing_ahead(local, today) and local.date() <= last:
                    upcoming.setdefault(hid, (local, court, kind, [], state, next_on))[3].append(cid)
                continue
            if not hearing_ahead(local, today) or moot(kind, local.date(), over.get(cid),
                                                            state=state):
                continue
            next_hearing.setdefault(cid, local)
            if local.date() <= last:
                upcoming.setdefault(hid, (local, court, kind, [], None, None))[3].append(cid)
    rows = []
    for (cid, status_value, category_value, capture, since, field_levels, record_level,
         sex) in captives:
        record = Sensitivity(record_level)

        def shown(column: str) -> bool:
            own = Sensitivity((field_levels or {}).get(column) or record)  # noqa: B023
            return level.allows(own) and level.allows(record)  # noqa: B023
        st = CaptiveStatus(status_value)
        days = days_in_custody(st, capture, since, today, histories.get(cid, ()),
                               first_order.get(cid)) \
            if shown("status") and (capture is None or shown("capture_date")) else None
        name = primary.get(cid, "")
        due = deadlines.get(cid)
        rows.append(StatusRow(
            id=cid, name=name,
            latin_name=latin_display_name(spellings.get(cid, ())),
            status=st if shown("status") else None,
            sex=Sex(sex) if shown("sex") else None,  # (the status agrees with it: ru)
            category=CaptiveCategory(category_value) if shown("category") else None,
            place=places.get(cid, ""), days_in_custody=days,
            next_deadline=due[0] if due else None, next_deadline_title=due[1] if due else "",
            next_deadline_overdue=due is not None and due[4],
            next_deadline_time=due[5] if due else None,
            next_deadline_zone=due[6] if due else "",
            next_deadline_note=printed_note(due[2], st if shown("status") else None,
                                            since, short=True) if due else None,
            next_deadline_source=due[3] if due else None,
            next_deadline_estimated=due is not None and due[7],
            next_hearing=next_hearing.get(cid), last_contact=contacts.get(cid),
            proceedings=dict(filings.get(cid, {})), spellings=tuple(spellings.get(cid, ()))))
    with ctx.read() as s:
        conn = s.connection()
        risks = risks_at_level(conn, level_map, level, wanted, today)
        independent = independent_at_level(conn, level, wanted)
    # A special risk is counted while the captive is held or missing, not once custody ended.
    rows = [dataclasses.replace(r, risk_reasons=() if ended else risks.reasons.get(r.id, ()),
                                risk_hidden=not ended and r.id in risks.hidden,
                                last_independent=independent.last.get(r.id))
            for r in rows for ended in [r.status is not None and r.status.ended]]
    rows.sort(key=lambda r: (r.latin_name.casefold(), r.id))
    by_id = {r.id: r for r in rows}
    hearings = tuple(UpcomingHearing(at, court, kind, tuple(by_id[c].latin_name for c in cids),
                                     tuple(cids), state, next_on)
                     for at, court, kind, cids, state, next_on in upcoming.values())
    return StatusReportDTO(level=level, generated_on=today, status_filter=status,
                           tag_filter=tag if level is Sensitivity.INTERNAL else None,
                           rows=tuple(rows), upcoming_hearings=hearings, hearing_days=hearing_days,
                           unnamed=unnamed, tagged=bool(tag))


def status_report_preview(case_file: CaseFile, *, level: Sensitivity | str,
                          status: CaptiveStatus | str | None = None, tag: str | None = None,
                          hearing_days: int = 30) -> OmissionSummary:
    """What the status report at ``level`` leaves out compared with the internal one: captives
    above the level, captives not named for want of consent, withheld figures, deadlines and
    hearings."""
    level = output_level(case_file.ctx, level)
    with case_file.ctx.snapshot():
        shown = build_status_report(case_file, level=level, status=status, tag=tag,
                                    hearing_days=hearing_days)
        return status_report_omissions(case_file, shown, tag=tag)


def _named(row: StatusRow) -> Translated:
    """A captive of the report named, for the lawyer's list of what it left out, as each
    language's screens name them: in its script, else by the Latin headline name."""
    return names_in_languages(row.spellings, row.latin_name, row.name)


def status_report_omissions(case_file: CaseFile, shown: StatusReportDTO, *,
                            tag: str | None,
                            among: Collection[int] | None = None) -> OmissionSummary:
    """What ``shown`` (a status report built at its level with the tag ``tag``, which it
    names only at the internal level) leaves out compared with the internal one built with
    the same filters; ``among``: of those captives only (the ones a search found). Call it
    inside the snapshot ``shown`` was read in, so that both are of the same moment."""
    level = shown.level
    full = build_status_report(case_file, level=Sensitivity.INTERNAL,
                               status=shown.status_filter, tag=tag,
                               hearing_days=shown.hearing_days)
    kept = {r.id: r for r in shown.rows}
    log = OmissionLog()
    consent = read_levels(case_file).consent if level is Sensitivity.PUBLIC else {}
    for r in full.rows:
        if among is not None and r.id not in among:
            continue
        if r.id in kept:
            mine = kept[r.id]
            for attr, what in (("status", msg("status")), ("category", msg("category")),
                               ("place", msg("place of detention")),
                               ("days_in_custody", msg("days in custody")),
                               ("next_deadline", msg("next deadline")),
                               ("next_hearing", msg("next hearing")),
                               ("last_contact", msg("last contact"))):
                if getattr(r, attr) not in (None, "") and getattr(mine, attr) in (None, ""):
                    log.add(msg("Figures withheld ({what})", what=what), _named(r))
        elif level is Sensitivity.PUBLIC and not consent.get(r.id, False):
            log.add(msg("Captives without consent to publicity (“others, not named”)"), _named(r))
        else:
            log.add(msg("Captives above the level"), _named(r))
    listed = {(h.starts_at, h.court, h.kind) for h in shown.upcoming_hearings}
    for h in full.upcoming_hearings:
        if (h.starts_at, h.court, h.kind) not in listed:
            log.add(msg("Upcoming hearings"),
                    msg("{day} {title}", day=h.starts_at.date(), title=value_label(h.kind)))
    return OmissionSummary(msg("status report"), level, log.omissions())
