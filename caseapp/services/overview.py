"""Read models for lists and the dashboard: whole tables in a fixed, small number of
queries, whatever the number of captives (the captives view shows 100,000 rows)."""

from __future__ import annotations

import os
from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import timedelta
from typing import TYPE_CHECKING

from sqlalchemy import func, select

from caseapp.db.captive_rows import read_captive_rows
from caseapp.db.models import Captive
from caseapp.domain.captive_rows import (  # the list's row: plain data, in domain for the window
    SHOWN_FIRST_SCRIPTS,
    CaptiveRow,
    days_in_custody,
    kept_scripts,
)
from caseapp.domain.dto import AuditEntryDTO, HearingDTO
from caseapp.domain.enums import CaptiveStatus
from caseapp.domain.hearing_days import hearing_ahead, hearing_days_span
from caseapp.domain.lawyer import LawyerProfile
from caseapp.services.base import ServiceContext
from caseapp.services.moot_reads import custody_ended, without_moot
from caseapp.services.settings import read_settings

if TYPE_CHECKING:
    from caseapp.services.audit import AuditService
    from caseapp.services.proceedings import HearingService

__all__ = ["SHOWN_FIRST_SCRIPTS", "CaptiveRow", "Dashboard", "FirstSteps", "OverviewService",
           "days_in_custody"]


@dataclass(frozen=True)
class FirstSteps:
    """The first-run checklist: what a new case file still lacks, read from its state."""

    captive_added: bool  # at least one captive
    procedure_set: bool  # the procedure chosen (a custody maximum may be left unset: no warning)
    lawyer_set: bool  # the lawyer's name, which letters and dossiers carry

    @property
    def done(self) -> bool:
        return self.captive_added and self.procedure_set and self.lawyer_set


@dataclass(frozen=True)
class Dashboard:
    total: int
    by_status: dict[CaptiveStatus, int]
    longest_without_contact: tuple[CaptiveRow, ...]
    upcoming_hearings: tuple[HearingDTO, ...]
    recent_changes: tuple[AuditEntryDTO, ...]
    names: dict[int, str]  # primary names of the captives the hearings concern
    first_steps: FirstSteps = FirstSteps(True, True, True)
    # the captives the recent changes concern, by uid, that are still in the case file
    recent_captives: dict[str, int] = field(default_factory=dict)
    # those of the hearings' captives no longer in custody (released, repatriated, dead): a
    # trial in absentia or an appeal goes on, but not as if they were held
    no_longer_held: frozenset[int] = frozenset()


class OverviewService:
    def __init__(self, ctx: ServiceContext, hearings: HearingService, audit: AuditService):
        self.ctx = ctx
        self._hearings = hearings
        self._audit = audit

    def captive_rows(self, *, lang: str | None = None) -> list[CaptiveRow]:
        """Every captive as a table row, in five queries (plain SQL on the session's
        DB-API connection: 100,000 rows; :func:`caseapp.db.captive_rows.read_captive_rows`,
        which the window's start also reads them with).

        ``lang``: the language the rows are shown in; each row's ``spellings`` are then
        only those in its script (none for English: the Latin name is ``latin_name``).
        Without it, those in the script of every language not written in Latin letters."""
        with self.ctx.read() as s:
            conn = s.connection()
            raw = conn.connection.driver_connection
            return read_captive_rows(raw, today=self.ctx.today(), kept=kept_scripts(lang),
                                     qmark=conn.dialect.paramstyle == "qmark")

    def first_steps(self, *, captives: int | None = None, environ: Mapping[str, str] | None = None) -> FirstSteps:
        """Whether the case file has a captive, its procedure chosen by the lawyer (not left at
        the default; the custody maximum is optional, "not set" is a choice the deadline
        settings offer), and the lawyer's name: the file's, or ``CASEAPP_LAWYER_NAME`` (in
        ``environ``, the process's by default), which letters and dossiers fall back on."""
        with self.ctx.read() as s:
            settings = read_settings(s)
            if captives is None:
                captives = s.scalar(select(func.count()).select_from(Captive)) or 0
        stored = {key for key, _scope, _value in settings.stored}
        fallback = LawyerProfile.from_mapping(os.environ if environ is None else environ)
        return FirstSteps(
            captive_added=captives > 0,
            procedure_set="procedure" in stored,
            lawyer_set=bool(settings.lawyer.name.strip() or fallback.name))

    def dashboard(self, *, hearing_days: int = 14, limit: int = 8) -> Dashboard:
        with self.ctx.snapshot():
            return self._dashboard(hearing_days, limit)

    def _dashboard(self, hearing_days: int, limit: int) -> Dashboard:
        rows = self.captive_rows()
        counts = Counter(r.status for r in rows)
        in_custody = [r for r in rows if r.status.in_custody or r.status is CaptiveStatus.MISSING]
        never = [r for r in in_custody if r.last_contact is None]
        stale = sorted((r for r in in_custody if r.last_contact is not None),
                       key=lambda r: r.last_contact)  # type: ignore[arg-type, return-value]
        today = self.ctx.today()
        last = today + timedelta(days=hearing_days)
        start, end = hearing_days_span(today, last)
        upcoming = [h for h in self._hearings.list(start=start, end=end)
                    if hearing_ahead(h.starts_at, today) and h.starts_at.date() <= last]
        with self.ctx.read() as s:  # (in the snapshot: the same read)
            upcoming = without_moot(upcoming, custody_ended(
                s, (c for h in upcoming for c in h.captive_ids)))
        wanted = {cid for h in upcoming for cid in h.captive_ids}
        recent = tuple(self._audit.recent(limit=limit * 2))
        changed = {e.captive_uid for e in recent if e.captive_uid}
        with self.ctx.read() as s:  # (the changes open the file of the captive they concern)
            recent_captives = {uid: cid for uid, cid in s.execute(
                select(Captive.uid, Captive.id).where(Captive.uid.in_(changed)))} if changed else {}
        return Dashboard(
            total=len(rows),
            by_status={st: counts.get(st, 0) for st in CaptiveStatus},
            longest_without_contact=tuple((never + stale)[:limit]),
            upcoming_hearings=tuple(upcoming),
            recent_changes=recent, recent_captives=recent_captives,
            names={r.id: r.primary_name for r in rows if r.id in wanted},
            no_longer_held=frozenset(r.id for r in rows if r.id in wanted and r.status.ended),
            first_steps=self.first_steps(captives=len(rows)),
        )
