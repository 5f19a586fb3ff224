"""The records a status report on all captives is printed from, built at a sensitivity level in
a fixed number of queries, and what that level leaves out compared with the internal report.

Redaction happens here, once, as for a dossier (:mod:`caseapp.services.dossier_data`): a record
above the level is not read, a field of the captive above its level is blanked, and every
derived figure (place, last contact, days in custody, next deadline, next hearing) is computed
from what is left. Writers in ``caseapp.reports`` only see the result. Rendering, writing and
keeping the file are the use cases of :mod:`caseapp.services.outputs`.
"""

from __future__ import annotations

import dataclasses
from collections import defaultdict
from collections.abc import Collection
from datetime import date, datetime, time, timedelta
from functools import cache
from typing import TYPE_CHECKING
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
from caseapp.domain.custody_step_lines import printed_note
from caseapp.domain.dates import deadline_overdue
from caseapp.domain.deadline_steps import ESTIMATE_MARK
from caseapp.domain.enums import (
    CaptiveCategory,
    CaptiveStatus,
    DatePrecision,
    DeadlineStatus,
    InternationalBody,
    Script,
    Sensitivity,
    Sex,
)
from caseapp.domain.errors import ValidationError
from caseapp.domain.hearing_days import hearing_ahead, hearing_days_span
from caseapp.domain.messages import Translated, msg
from caseapp.domain.moot_hearings import CALLED_OFF, custody_over, moot
from caseapp.domain.name_display import NameRow, latin_display_name, names_in_languages
from caseapp.domain.redaction import OmissionLog, OmissionSummary, effective_level
from caseapp.domain.reports import StatusReportDTO, StatusRow, UpcomingHearing
from caseapp.domain.same_day import DeadlineKey, deadline_order
from caseapp.services.base import output_level
from caseapp.services.deadline_writes import TRIGGER_KINDS
from caseapp.services.labels import value_label
from caseapp.services.levels import load_levels, read_levels
from caseapp.services.risk_levels import independent_at_level, risks_at_level

if TYPE_CHECKING:
    from caseapp.services.casefile import CaseFile



def build_status_report(case_file: CaseFile, *, level: Sensitivity | str = Sensitivity.INTERNAL,
                        status: CaptiveStatus | str | None = None, tag: str | None = None,
                        hearing_days: int = 30) -> StatusReportDTO:
    """Every captive allowed at ``level`` (of one status and/or with one tag), in a fixed
    number of queries whatever their number."""
    level = output_level(case_file.ctx, level)
    tag = tag.strip() if tag else None  # (as a tag is stored)
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
                      raw(Captive.sex), raw(Captive.capture_date_precision)
                      ).where(raw(Captive.sensitivity).in_(levels))
        if status is not None:
            stmt = stmt.where(raw(Captive.status) == status.value)
        if tag and ctx.clearance is None and s.scalar(  # (a login below internal reads no tag)
                select(func.count()).select_from(captive_tags).join(Tag).where(
                    Tag.name == tag)) == 0:
            # a mistyped tag made a report on no captive, ready to hand over as if none were held
            raise ValidationError(msg("No captive has the tag “{tag}”: check how it is spelled.",
                                      tag=tag), field="tag")
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
        first_due: dict[int, DeadlineKey] = {}  # of deadlines' (deadline_order)
        deadline_cols = [c for c in Deadline.__table__.c if c.key in
                         ("captive_id", "due_on", "title", "trigger_uid", "sensitivity",
                          "notes", "rule_id", "overridden", "due_time", "timezone", "uid")]
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
            order = deadline_order(d)  # (one captive's: the same name)
            if level.allows(level_map.deadline(d)) and (
                    d.captive_id not in first_due or order < first_due[d.captive_id]):
                first_due[d.captive_id] = order  # on its day, as every list orders them
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
         sex, known_to) in captives:
        record = Sensitivity(record_level)

        def shown(column: str) -> bool:
            own = Sensitivity((field_levels or {}).get(column) or record)  # noqa: B023
            return level.allows(own) and level.allows(record)  # noqa: B023
        st = CaptiveStatus(status_value)
        days = days_in_custody(st, capture, since, today, histories.get(cid, ()),
                               first_order.get(cid),
                               capture_known_to=DatePrecision(known_to or "exact")) \
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
