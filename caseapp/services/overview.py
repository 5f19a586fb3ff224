"""Read models for lists and the dashboard: whole tables in a fixed, small number of
queries, whatever the number of captives (the captives view shows 100,000 rows)."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from typing import TYPE_CHECKING, Any
from zoneinfo import ZoneInfo

from sqlalchemy import Result, String, func, or_, select, type_coerce

from caseapp.db.models import (
    Captive,
    CaptiveName,
    DetentionPlace,
    Hearing,
    WelfareContact,
    hearing_captives,
)
from caseapp.domain.dto import AuditEntryDTO, HearingDTO
from caseapp.domain.enums import CaptiveCategory, CaptiveStatus, Script
from caseapp.domain.names import SCRIPT_OF_LANGUAGE, NameRow, latin_display_name
from caseapp.services.base import ServiceContext
from caseapp.services.settings import read_settings

if TYPE_CHECKING:
    from caseapp.services.audit import AuditService
    from caseapp.services.proceedings import HearingService



@dataclass(frozen=True, slots=True)
class CaptiveRow:
    """One line of the captives table (slots: the list holds one per captive, 100,000 and
    more, and a row without a ``__dict__`` is about half the size)."""

    id: int
    primary_name: str
    latin_name: str
    status: CaptiveStatus
    category: CaptiveCategory
    place: str
    days_in_custody: int | None
    next_hearing: datetime | None  # aware, in the court's time zone
    last_contact: date | None
    days_since_contact: int | None
    # The spellings in a script the list may show first (Armenian, Cyrillic; only the
    # script of the language asked for, see captive_rows), in record order: what the list
    # needs to show the name in the interface's script first (the Latin one is latin_name).
    spellings: tuple[NameRow, ...] = ()


# The scripts of the languages not written in Latin letters: a list shows a captive's own
# spelling first only in one of them (:func:`caseapp.domain.names.name_record_in_script`).
SHOWN_FIRST_SCRIPTS = frozenset(SCRIPT_OF_LANGUAGE.values())


def _in_batches(result: Result[Any]) -> Iterator[Any]:
    """The rows of ``result`` one by one, fetched a thousand at a time (neither the whole
    result in a list nor a call into the driver for each row)."""
    for batch in result.partitions(1000):
        yield from batch


def days_in_custody(status: CaptiveStatus, capture: date | None, since: date | None,
                    today: date) -> int | None:
    """Days in custody: from capture to today, or to the day custody ended (``since``, the
    status's date, for a status that ends it); None when the capture date is unknown or the
    captive was never held."""
    if capture is None or not (status.in_custody or status.ended):
        return None
    end = since if status.ended and since else today
    return max(0, (end - capture).days)  # capture_date is the earliest possible day


@dataclass(frozen=True)
class FirstSteps:
    """The first-run checklist: what a new case file still lacks, read from its state."""

    captive_added: bool  # at least one captive
    procedure_set: bool  # the procedure chosen and a custody maximum given
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


class OverviewService:
    def __init__(self, ctx: ServiceContext, hearings: HearingService, audit: AuditService):
        self.ctx = ctx
        self._hearings = hearings
        self._audit = audit

    def captive_rows(self, *, lang: str | None = None) -> list[CaptiveRow]:
        """Every captive as a table row, in five queries (Core, not ORM: 100,000 rows).

        ``lang``: the language the rows are shown in; each row's ``spellings`` are then
        only those in its script (none for English: the Latin name is ``latin_name``).
        Without it, those in the script of every language not written in Latin letters.

        The captives and their names are read as streams side by side, both in captive
        order, and each captive's names are kept only while its row is made: the list holds
        one compact row per captive, never every spelling of every captive at once."""
        script = SCRIPT_OF_LANGUAGE.get(lang or "")
        kept = SHOWN_FIRST_SCRIPTS if lang is None else frozenset({script} if script else ())
        today = self.ctx.today()
        now = datetime.now(UTC)
        names = CaptiveName.__table__
        raw = lambda column: type_coerce(column, String)  # noqa: E731 - skip enum conversion per row
        texts: dict[str, str] = {}  # one object for equal values ("Facility 3", "hy")
        dates: dict[date, date] = {}
        numbers: dict[int | None, int | None] = {}  # days: a few thousand values, 100,000 rows
        with self.ctx.read() as s:
            conn = s.connection()
            places = {cid: texts.setdefault(facility, facility) for cid, facility in conn.execute(
                select(DetentionPlace.captive_id, DetentionPlace.facility)
                .where(DetentionPlace.to_date.is_(None)).order_by(DetentionPlace.from_date))}
            hearings: dict[int, datetime] = {}
            for cid, starts, zone in conn.execute(  # earliest first: the first seen is the next
                    select(hearing_captives.c.captive_id, Hearing.starts_at, Hearing.timezone)
                    .join(Hearing, Hearing.id == hearing_captives.c.hearing_id)
                    .where(Hearing.starts_at >= now).order_by(Hearing.starts_at)):
                if cid not in hearings:
                    hearings[cid] = starts.astimezone(ZoneInfo(zone))
            contacts = {cid: dates.setdefault(last, last) for cid, last in conn.execute(
                select(WelfareContact.captive_id, func.max(WelfareContact.contact_on))
                .where(WelfareContact.confirmed.is_(True))
                .group_by(WelfareContact.captive_id))}
            name_rows = _in_batches(conn.execute(  # what the headline rule looks at, captive by captive
                select(names.c.captive_id, names.c.full_name, raw(names.c.script),
                       names.c.language, raw(names.c.kind), names.c.is_primary)
                .where(or_(names.c.is_primary,
                           raw(names.c.script).in_([Script.LATIN.value, Script.ARMENIAN.value,
                                                    Script.CYRILLIC.value])))
                .order_by(names.c.captive_id, names.c.id)))
            pending = next(name_rows, None)
            statuses = {m.value: m for m in CaptiveStatus}
            categories = {m.value: m for m in CaptiveCategory}
            rows = []
            for cid, status_value, category_value, capture, since in _in_batches(conn.execute(select(
                    Captive.id, raw(Captive.status), raw(Captive.category), Captive.capture_date,
                    Captive.status_since).order_by(Captive.id))):
                own: list[NameRow] = []
                while pending is not None and pending[0] <= cid:
                    if pending[0] == cid:
                        _cid, name, script, language, kind, is_primary = pending
                        own.append(NameRow(name, texts.setdefault(script, script),
                                           texts.setdefault(language, language),
                                           texts.setdefault(kind, kind), is_primary))
                    pending = next(name_rows, None)
                status = statuses[status_value]
                last = contacts.get(cid)
                held = days_in_custody(status, capture, since, today)
                since_contact = (today - last).days if last else None
                rows.append(CaptiveRow(
                    cid, next((n.full_name for n in reversed(own) if n.is_primary), ""),
                    latin_display_name(own), status, categories[category_value],
                    places.get(cid, ""), numbers.setdefault(held, held),
                    hearings.get(cid), last, numbers.setdefault(since_contact, since_contact),
                    tuple(n for n in own if n.script in kept)))
        return rows

    def first_steps(self, *, captives: int | None = None) -> FirstSteps:
        """Whether the case file has a captive, its procedure and a custody maximum set by
        the lawyer (not left at the defaults), and the lawyer's name."""
        with self.ctx.read() as s:
            settings = read_settings(s)
            if captives is None:
                captives = s.scalar(select(func.count()).select_from(Captive)) or 0
        stored = {key for key, _scope, _value in settings.stored}
        return FirstSteps(
            captive_added=captives > 0,
            procedure_set="procedure" in stored and "custody_max_days" in stored,
            lawyer_set=bool(settings.lawyer.name.strip()))

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
        now = datetime.now(UTC)
        upcoming = self._hearings.list(start=now, end=now + timedelta(days=hearing_days))
        wanted = {cid for h in upcoming for cid in h.captive_ids}
        return Dashboard(
            total=len(rows),
            by_status={st: counts.get(st, 0) for st in CaptiveStatus},
            longest_without_contact=tuple((never + stale)[:limit]),
            upcoming_hearings=tuple(upcoming),
            recent_changes=tuple(self._audit.recent(limit=limit * 2)),
            names={r.id: r.primary_name for r in rows if r.id in wanted},
            first_steps=self.first_steps(captives=len(rows)),
        )
