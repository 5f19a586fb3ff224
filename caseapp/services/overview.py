"""Read models for lists and the dashboard: whole tables in a fixed, small number of
queries, whatever the number of captives (the captives view shows 100,000 rows)."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta

from anyascii import anyascii
from sqlalchemy import func, select

from caseapp.db.models import (
    Captive,
    CaptiveName,
    DetentionPlace,
    Hearing,
    WelfareContact,
    hearing_captives,
)
from caseapp.domain.dates import PartialDate
from caseapp.domain.dto import AuditEntryDTO, HearingDTO
from caseapp.domain.enums import CaptiveCategory, CaptiveStatus, NameKind, Script
from caseapp.domain.validation import days_in_custody
from caseapp.services.base import ServiceContext

_ENDED = {CaptiveStatus.RELEASED, CaptiveStatus.REPATRIATED, CaptiveStatus.DECEASED}


@dataclass(frozen=True)
class CaptiveRow:
    """One line of the captives table."""

    id: int
    primary_name: str
    latin_name: str
    status: CaptiveStatus
    category: CaptiveCategory
    place: str
    days_in_custody: int | None
    next_hearing: datetime | None  # UTC
    last_contact: date | None
    days_since_contact: int | None


@dataclass(frozen=True)
class Dashboard:
    total: int
    by_status: dict[CaptiveStatus, int]
    longest_without_contact: tuple[CaptiveRow, ...]
    upcoming_hearings: tuple[HearingDTO, ...]
    recent_changes: tuple[AuditEntryDTO, ...]


class OverviewService:
    def __init__(self, ctx: ServiceContext, hearings, audit):  # noqa: ANN001 - services
        self.ctx = ctx
        self._hearings = hearings
        self._audit = audit

    def captive_rows(self) -> list[CaptiveRow]:
        """Every captive as a table row, in five queries."""
        today = self.ctx.today()
        now = datetime.now(UTC)
        with self.ctx.read() as s:
            captives = s.execute(select(
                Captive.id, Captive.status, Captive.category, Captive.capture_date,
                Captive.capture_date_precision, Captive.status_since)).all()
            primary: dict[int, str] = {}
            latin: dict[int, str] = {}  # the first Latin spelling that is not an alias
            latin_alias: dict[int, str] = {}
            for cid, name, script, kind in s.execute(
                    select(CaptiveName.captive_id, CaptiveName.full_name, CaptiveName.script,
                           CaptiveName.kind)
                    .order_by(CaptiveName.captive_id, CaptiveName.is_primary.desc(), CaptiveName.id)):
                primary.setdefault(cid, name)
                if script is Script.LATIN:
                    (latin_alias if kind is NameKind.ALIAS else latin).setdefault(cid, name)
            places = dict(s.execute(
                select(DetentionPlace.captive_id, DetentionPlace.facility)
                .where(DetentionPlace.to_date.is_(None)).order_by(DetentionPlace.from_date)).all())
            hearings = dict(s.execute(
                select(hearing_captives.c.captive_id, func.min(Hearing.starts_at))
                .join(Hearing, Hearing.id == hearing_captives.c.hearing_id)
                .where(Hearing.starts_at >= now.replace(tzinfo=None))
                .group_by(hearing_captives.c.captive_id)).all())
            contacts = dict(s.execute(
                select(WelfareContact.captive_id, func.max(WelfareContact.contact_on))
                .where(WelfareContact.confirmed.is_(True))
                .group_by(WelfareContact.captive_id)).all())
        rows = []
        for cid, status, category, capture, precision, since in captives:
            name = primary.get(cid, "")
            capture_pd = PartialDate(capture, precision) if capture else None
            held = status.in_custody or status in _ENDED
            last = contacts.get(cid)
            nxt = hearings.get(cid)
            rows.append(CaptiveRow(
                id=cid, primary_name=name,
                latin_name=latin.get(cid) or latin_alias.get(cid) or anyascii(name).replace("'", ""),
                status=status, category=category, place=places.get(cid, ""),
                days_in_custody=days_in_custody(
                    capture_pd, released_on=since if status in _ENDED else None, today=today)
                if held else None,
                next_hearing=nxt.replace(tzinfo=UTC) if nxt else None,
                last_contact=last,
                days_since_contact=(today - last).days if last else None,
            ))
        return rows

    def dashboard(self, *, hearing_days: int = 14, limit: int = 8) -> Dashboard:
        rows = self.captive_rows()
        counts = Counter(r.status for r in rows)
        in_custody = [r for r in rows if r.status.in_custody or r.status is CaptiveStatus.MISSING]
        never = [r for r in in_custody if r.last_contact is None]
        stale = sorted((r for r in in_custody if r.last_contact is not None),
                       key=lambda r: r.last_contact)  # type: ignore[arg-type, return-value]
        now = datetime.now(UTC)
        upcoming = self._hearings.list(start=now, end=now + timedelta(days=hearing_days))
        return Dashboard(
            total=len(rows),
            by_status={st: counts.get(st, 0) for st in CaptiveStatus},
            longest_without_contact=tuple((never + stale)[:limit]),
            upcoming_hearings=tuple(upcoming),
            recent_changes=tuple(self._audit.recent(limit=limit * 2)),
        )
