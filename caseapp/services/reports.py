"""The records that dossiers and status reports are printed from, built at a sensitivity
level, and keeping what was generated in the case file.

Redaction happens here, once: a record above the level is not copied, a field of the
captive above its level is blanked, and every derived figure (current place, last contact,
days in custody, next deadline) is computed from what is left. Writers in
``caseapp.reports`` only see the result.

The functions take the open :class:`CaseFile`, read in their own sessions and return frozen
records, so the GUI can call them from a worker thread.
"""

from __future__ import annotations

import hashlib
import re
from collections import defaultdict
from dataclasses import dataclass, fields, replace
from datetime import UTC, date, datetime, timedelta
from typing import TYPE_CHECKING, Any
from zoneinfo import ZoneInfo

from sqlalchemy import String, func, or_, select, type_coerce

from caseapp.db.models import (
    Captive,
    CaptiveName,
    Deadline,
    DetentionOrder,
    DetentionPlace,
    Hearing,
    InternationalProceeding,
    Tag,
    WelfareContact,
    captive_tags,
    hearing_captives,
)
from caseapp.domain.dto import CaptiveDTO, DeadlineDTO, DocumentDTO, InterventionDTO
from caseapp.domain.enums import (
    CaptiveCategory,
    CaptiveStatus,
    Channel,
    DeadlineStatus,
    InternationalBody,
    InterventionStatus,
    OrganisationKind,
    Script,
    Sensitivity,
)
from caseapp.domain.errors import ValidationError
from caseapp.domain.names import NameRow, latin_display_name
from caseapp.services.dossier_extras import build_dossier_extras
from caseapp.domain.reports import (
    CAPTIVE_FIELD_COLUMNS,
    FAMILY_CONTACT_KINDS,
    AddressedIntervention,
    DossierDTO,
    LawyerProfile,
    StatusReportDTO,
    StatusRow,
    UpcomingHearing,
    blank_fields,
    field_level,
    parse_level,
)

if TYPE_CHECKING:
    from caseapp.services.casefile import CaseFile

# Fields of the captive that are not content of its own (identifiers, the record's level) or
# are handled apart (names follow the record; tags and field_levels are never printed).
_CAPTIVE_KEEP = {"id", "uid", "primary_name", "latin_name", "names", "sensitivity",
                 "created_at", "updated_at", "current_place", "tags", "field_levels"}
_INTERNATIONAL_RULES = ("echr", "wgad", "un.", "un_")
_INTERNATIONAL_TITLE = re.compile(r"\b(ECHR|Rule 39|WGAD|UN|HRC|CCPR|Strasbourg)\b")


def _refuse_captive(captive: CaptiveDTO, level: Sensitivity) -> None:
    if not level.allows(captive.sensitivity):
        raise ValidationError(
            f"The file of {captive.latin_name or captive.primary_name} is marked "
            f"{captive.sensitivity.value}: it cannot be printed at the {level.value} level. "
            f"Lower the captive's sensitivity first (single fields can stay restricted).",
            field="level")


def redact_captive(captive: CaptiveDTO, level: Sensitivity) -> tuple[CaptiveDTO, int]:
    """The captive with every field above ``level`` blanked, and how many non-empty fields were."""
    blanked: set[str] = set()
    for f in fields(captive):
        if f.name in _CAPTIVE_KEEP:
            continue
        column = CAPTIVE_FIELD_COLUMNS.get(f.name, f.name)
        if not level.allows(field_level(captive, column)):
            blanked.add(f.name)
    withheld = sum(1 for n in blanked if getattr(captive, n) not in (None, "", False, (), {}))
    blanked |= {"field_levels"} | ({"tags"} if level is not Sensitivity.INTERNAL else set())
    return blank_fields(captive, blanked), withheld


def _fingerprint(*parts: Any) -> str:
    return hashlib.sha256(repr(parts).encode("utf-8")).hexdigest()[:10]


def build_dossier(case_file: CaseFile, captive_id: int, *,
                  level: Sensitivity | str, lawyer: LawyerProfile | None = None,
                  statutory_max_days: int | None = None) -> DossierDTO:
    """Everything that may be printed about one captive at ``level``.

    ``lawyer`` fills the representative block (default: the ``CASEAPP_LAWYER_*`` settings);
    ``statutory_max_days`` is the maximum pre-trial custody the lawyer set, if any.

    Raises :class:`ValidationError` when the captive's record itself is above the level, and
    :class:`NotFound` for an unknown captive."""
    level = parse_level(level)
    cf = case_file
    full = cf.captive_file(captive_id)
    _refuse_captive(full.captive, level)
    captive, withheld = redact_captive(full.captive, level)

    def allowed(items: tuple[Any, ...]) -> tuple[Any, ...]:
        nonlocal withheld
        kept = tuple(x for x in items if level.allows(x.sensitivity))
        withheld += len(items) - len(kept)
        return kept

    places = allowed(full.detention_places)
    contacts = allowed(full.welfare_contacts)
    prosecutions = allowed(full.prosecutions)
    orders = allowed(full.detention_orders)
    hearings = allowed(full.hearings)
    filings = allowed(full.international_proceedings)
    interventions = allowed(full.interventions)
    identity = allowed(full.identity_documents)
    status_history = full.status_history if captive.status is not None else ()

    open_place = next((p.facility for p in reversed(places) if p.to_date is None), "")
    captive = replace(captive, current_place=open_place)
    confirmed = [c.contact_on for c in contacts if c.confirmed]

    # Deadlines carry no level of their own: one computed from a record has that record's;
    # one entered by hand is internal.
    levels = {x.uid: x.sensitivity for x in (*full.detention_orders, *full.hearings,
                                             *full.international_proceedings,
                                             *full.prosecutions)}
    filing_uids = {p.uid for p in full.international_proceedings}
    domestic: list[DeadlineDTO] = []
    international: list[DeadlineDTO] = []
    for d in full.deadlines:
        if d.status is not DeadlineStatus.OPEN or d.due_on < cf.ctx.today():
            continue  # the next deadlines only: a stale open one is the lawyer's to-do
        if not level.allows(levels.get(d.trigger_uid, Sensitivity.INTERNAL)):
            withheld += 1
            continue
        is_intl = (d.trigger_uid in filing_uids or d.rule_id.startswith(_INTERNATIONAL_RULES)
                   or bool(_INTERNATIONAL_TITLE.search(d.title)))
        (international if is_intl else domestic).append(d)

    communications, family = _addressed(cf, interventions, level)
    annex = _annex(cf, captive_id, prosecutions=full.prosecutions, hearings=full.hearings,
                   interventions=full.interventions)
    kept_annex = tuple(d for d in annex if level.allows(d.sensitivity))
    withheld += len(annex) - len(kept_annex)

    photo = cf.captives.photo(captive_id) if captive.has_photo else None
    body = dict(
        level=level, captive=captive, photo=photo, photo_media_type=captive.photo_media_type,
        last_contact=max(confirmed) if confirmed else None, status_history=status_history,
        identity_documents=identity, detention_places=places,
        visits=tuple(c for c in contacts if c.kind not in FAMILY_CONTACT_KINDS),
        family_contacts=tuple(c for c in contacts if c.kind in FAMILY_CONTACT_KINDS),
        prosecutions=prosecutions, detention_orders=orders, hearings=hearings,
        international_proceedings=filings,
        domestic_deadlines=tuple(sorted(domestic, key=lambda d: (d.due_on, d.id))),
        international_deadlines=tuple(sorted(international, key=lambda d: (d.due_on, d.id))),
        communications=communications, family_communications=family, annex=kept_annex,
    )
    body["extras"], not_named = build_dossier_extras(
        cf, full, body, level, allowed, lawyer=lawyer, statutory_max_days=statutory_max_days)
    withheld += not_named
    return DossierDTO(generated_on=cf.ctx.today(), version=_fingerprint(body),
                      withheld=withheld, **body)


def _addressed(cf: CaseFile, interventions: tuple[InterventionDTO, ...], level: Sensitivity
               ) -> tuple[tuple[AddressedIntervention, ...], tuple[AddressedIntervention, ...]]:
    orgs = {o.id: o for o in cf.organisations.list()} if interventions else {}
    people = {c.id: c for c in cf.contacts.list()} if interventions else {}
    general, family = [], []
    for i in interventions:
        org = orgs.get(i.organisation_id) if i.organisation_id else None
        person = people.get(i.contact_id) if i.contact_id else None
        shown = person.name if person and level.allows(person.sensitivity) else ""
        addressee = ", ".join(x for x in (shown, org.name if org else "") if x)
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
    level = parse_level(level)
    if status is not None:
        try:
            status = CaptiveStatus(status)
        except ValueError:
            choices = ", ".join(s.value for s in CaptiveStatus)
            raise ValidationError(f"“{status}” is not a status: choose one of {choices}.",
                                  field="status") from None
    if hearing_days < 0:
        raise ValidationError("The hearing window must be zero or more days.", field="hearing_days")
    ctx = case_file.ctx
    today = ctx.today()
    now = datetime.now(UTC)
    levels = [s.value for s in Sensitivity if level.allows(s)]
    raw = lambda column: type_coerce(column, String)  # noqa: E731 - no enum conversion per row
    names = CaptiveName.__table__
    with ctx.read() as s:
        conn = s.connection()
        stmt = select(Captive.id, raw(Captive.status), raw(Captive.category), Captive.capture_date,
                      Captive.status_since, Captive.field_levels, raw(Captive.sensitivity)
                      ).where(raw(Captive.sensitivity).in_(levels))
        if status is not None:
            stmt = stmt.where(raw(Captive.status) == status.value)
        if tag:
            stmt = stmt.where(Captive.id.in_(
                select(captive_tags.c.captive_id).join(Tag, Tag.id == captive_tags.c.tag_id)
                .where(Tag.name == tag)))
        captives = conn.execute(stmt).all()
        wanted = {c[0] for c in captives}
        primary: dict[int, str] = {}
        spellings: dict[int, list[NameRow]] = {}  # for the one headline-name rule
        for cid, name, script, language, kind, is_primary in conn.execute(
                select(names.c.captive_id, names.c.full_name, raw(names.c.script),
                       names.c.language, raw(names.c.kind), names.c.is_primary)
                .where(or_(names.c.is_primary,
                           raw(names.c.script).in_([Script.LATIN.value, Script.ARMENIAN.value])))
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
        order_levels = dict(conn.execute(
            select(DetentionOrder.uid, raw(DetentionOrder.sensitivity))).all())
        deadlines: dict[int, tuple[date, str]] = {}
        for cid, due, title, trigger in conn.execute(
                select(Deadline.captive_id, Deadline.due_on, Deadline.title, Deadline.trigger_uid)
                .where(raw(Deadline.status) == DeadlineStatus.OPEN.value,
                       Deadline.captive_id.is_not(None), Deadline.due_on >= today)
                .order_by(Deadline.due_on, Deadline.id)):
            if cid not in deadlines and order_levels.get(trigger, Sensitivity.INTERNAL.value) in levels:
                deadlines[cid] = (due, title)
        next_hearing: dict[int, datetime] = {}
        upcoming: dict[int, tuple[datetime, str, str, list[int]]] = {}
        horizon = now + timedelta(days=hearing_days)
        for hid, cid, starts, zone, court, kind in conn.execute(
                select(Hearing.id, hearing_captives.c.captive_id, Hearing.starts_at,
                       Hearing.timezone, Hearing.court, raw(Hearing.kind))
                .join(Hearing, Hearing.id == hearing_captives.c.hearing_id)
                .where(Hearing.starts_at >= now, raw(Hearing.sensitivity).in_(levels))
                .order_by(Hearing.starts_at, Hearing.id)):
            if cid not in wanted:
                continue
            local = starts.astimezone(ZoneInfo(zone or "UTC"))
            next_hearing.setdefault(cid, local)
            if starts < horizon:
                upcoming.setdefault(hid, (local, court, kind, []))[3].append(cid)
    rows = []
    for cid, status_value, category_value, capture, since, field_levels, record_level in captives:
        record = Sensitivity(record_level)

        def shown(column: str) -> bool:
            own = Sensitivity((field_levels or {}).get(column) or record)  # noqa: B023
            return level.allows(own) and level.allows(record)  # noqa: B023
        st = CaptiveStatus(status_value)
        days = None
        if shown("capture_date") and capture is not None and (st.in_custody or st.ended):
            end = since if st.ended and since else today
            days = max(0, (end - capture).days)
        name = primary.get(cid, "")
        due = deadlines.get(cid)
        rows.append(StatusRow(
            id=cid, name=name,
            latin_name=latin_display_name(spellings.get(cid, ())),
            status=st if shown("status") else None,
            category=CaptiveCategory(category_value) if shown("category") else None,
            place=places.get(cid, ""), days_in_custody=days,
            next_deadline=due[0] if due else None, next_deadline_title=due[1] if due else "",
            next_hearing=next_hearing.get(cid), last_contact=contacts.get(cid),
            proceedings=dict(filings.get(cid, {}))))
    rows.sort(key=lambda r: (r.latin_name.casefold(), r.id))
    by_id = {r.id: r for r in rows}
    hearings = tuple(UpcomingHearing(at, court, kind.replace("_", " "),
                                     tuple(by_id[c].latin_name for c in cids))
                     for at, court, kind, cids in upcoming.values())
    return StatusReportDTO(level=level, generated_on=today, status_filter=status, tag_filter=tag,
                           rows=tuple(rows), upcoming_hearings=hearings, hearing_days=hearing_days)


# ---- keeping what was generated ---------------------------------------------------------------

@dataclass(frozen=True)
class KeptRecord:
    document: DocumentDTO
    intervention: InterventionDTO | None  # the draft logged when the file is addressed to someone


def keep_generated(case_file: CaseFile, content: bytes, *, filename: str, title: str,
                   level: Sensitivity | str, captive_id: int | None = None,
                   contact_id: int | None = None, organisation_id: int | None = None,
                   subject: str = "", request: str = "", channel: Channel | str = Channel.LETTER,
                   source: str = "Generated by CaseApp") -> KeptRecord:
    """Store a generated dossier, report or letter among the captive's documents (its SHA-256
    computed from the bytes), at the level it was generated at. When it is addressed to a
    contact or an organisation, log a draft intervention too and link the document to it.
    Both are written in one transaction."""
    level = parse_level(level)
    cf = case_file
    with cf.ctx.transaction() as s:
        intervention = None
        if contact_id is not None or organisation_id is not None:
            intervention = cf.interventions.create_in(
                s, made_on=cf.ctx.today(), contact_id=contact_id, organisation_id=organisation_id,
                channel=channel, subject=(subject or title)[:300], request=request,
                status=InterventionStatus.DRAFT,
                captive_ids=[captive_id] if captive_id is not None else [])
        document = cf.documents.create_in(
            s, content=content, filename=filename, title=title[:300], captive_id=captive_id,
            intervention_id=intervention.id if intervention else None, source=source,
            received_on=cf.ctx.today(), reliability="confirmed", sensitivity=level)
    return KeptRecord(document, intervention)
