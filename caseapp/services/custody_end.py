"""A change of status that may end custody, with the open stay it ends: the one use case
behind the "Change status" dialog, the status offer bar and ``caseapp captives status``.

Setting a status that ends custody (released, repatriated, dead) with a day ends, in the
same transaction, the open stays at a place of detention that began by that day (the rule:
:mod:`caseapp.domain.stays`); a stay that began after it is left open and reported, never
ended before it began. :meth:`CustodyEndService.state` and :meth:`~CustodyEndService.update`
read and write back the status and the stays' departures together, so that one undo puts
back both. The open steps of the captive's detention orders due after the day are closed in
the same write (:mod:`caseapp.domain.steps_at_end`; the deadline engine does it as the
status is written, and opens them again as the undo writes the status back): what was
closed, and what was left open because its day was set by hand, comes back in
:class:`StatusSet` to be said; so do the hearings on detention still to come that the end
makes moot (:mod:`caseapp.domain.moot_hearings`): nothing is written to them (a hearing has
no state to mark it cancelled, its outcome being the court's words), the readers leave them
out of "the next hearing"."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING, Any
from zoneinfo import ZoneInfo

from sqlalchemy import select
from sqlalchemy.orm import Session

from caseapp.db.models import (
    Captive,
    Deadline,
    DetentionPlace,
    Hearing,
    StatusChange,
    hearing_captives,
)
from caseapp.domain.dto import CaptiveDTO
from caseapp.domain.enums import AuditAction, CaptiveStatus, DeadlineStatus
from caseapp.domain.errors import NotFound
from caseapp.domain.hearing_days import hearing_ahead, hearing_days_span
from caseapp.domain.messages import msg
from caseapp.domain.moot_hearings import moot_days, to_come
from caseapp.domain.status_dates import NO_STATUS_DATE
from caseapp.domain.stays import OpenStay, StaysAtEnd, stays_at_end
from caseapp.domain.steps_at_end import StepsAtEnd, steps_at_end
from caseapp.services.audit_trail import audit
from caseapp.services.deadline_writes import DETENTION_ORDER
from caseapp.services.values import coerce

if TYPE_CHECKING:
    from caseapp.services.base import ServiceContext
    from caseapp.services.captive_records import DetentionPlaceService
    from caseapp.services.captives import CaptiveService

NO_STEPS = StepsAtEnd()
# A captive's stays as :meth:`CustodyEndService.state` reads them: (id, departure), by id.
Departures = tuple[tuple[int, date | None], ...]


@dataclass(frozen=True)
class StatusSet:
    """What a change of status did: the captive after it, the open stays it ended (on
    ``day``) and those it left open because they began after that day."""

    captive: CaptiveDTO
    day: date | None
    ended: tuple[OpenStay, ...] = ()
    later: tuple[OpenStay, ...] = ()
    steps: StepsAtEnd = NO_STEPS  # the detention orders' steps it closed / left open
    moot: tuple[date, ...] = ()  # the days of the hearings on detention it made moot
    # dated before the current status: put in the history on ``day``, the status unchanged
    backdated: bool = False
    # the status it followed on the same day (the later recorded is the current one)
    same_day: CaptiveStatus | None = None

    @property
    def id(self) -> int:  # (the operations name the captive a write was about by its id)
        return self.captive.id

    @property
    def primary_name(self) -> str:
        return self.captive.primary_name


class CustodyEndService:
    def __init__(self, ctx: ServiceContext, captives: CaptiveService,
                 places: DetentionPlaceService):
        self.ctx, self.captives, self.places = ctx, captives, places

    def open_stays(self, captive_id: int, status: Any, day: date | None) -> StaysAtEnd | None:
        """The open stays a change to ``status`` on ``day`` (None: today) would end and
        leave open; None when the status does not end custody."""
        new = coerce(Captive, "status", status)
        if not new.ended:
            return None
        with self.ctx.read() as s:
            return stays_at_end(_stays(s, captive_id), day or self.ctx.today())

    def hearings_ahead(self, captive_id: int) -> tuple[tuple[date, str], ...]:
        """The captive's hearings still to come, as (day in the court's zone, kind), by day:
        those an end of custody would make moot (:func:`moot_days`), for the dialog to say."""
        with self.ctx.read() as s:
            return _hearings_ahead(s, captive_id, self.ctx.today())

    def order_steps(self, captive_id: int) -> tuple[tuple[date, bool], ...]:
        """The captive's open detention-order steps, as (due day, dated by hand): what an end
        of custody on a day would close (:func:`~caseapp.domain.steps_at_end.steps_at_end`),
        for the dialog to say before the write."""
        with self.ctx.read() as s:
            return _order_steps(s, captive_id)

    def set_status(self, captive_id: int, status: Any, *, effective_on: Any = None,
                   note: str = "", level: Any = None, end_stays: bool = True) -> StatusSet:
        """Change the status (as :meth:`CaptiveService.set_status`); when it ends custody and
        ``end_stays``, end on its day the open stays that began by then, in the same write."""
        with self.ctx.transaction() as s:
            obj = self.captives._load(s, captive_id)
            open_steps = _order_steps(s, captive_id)  # (read before the write closes them)
            before = len(obj.status_changes), obj.status, obj.status_since
            self.captives._update_in(s, obj, {
                "status": status, "status_since": effective_on, "status_note": note,
                "status_level": level, "status_by_date": True})
            if len(obj.status_changes) > before[0] and (obj.status, obj.status_since) == \
                    before[1:] and obj.status_changes[-1].effective_on != obj.status_since:
                # dated before the current status: only a line of its history; the status,
                # the stays and the steps stay as they are (caseapp.domain.status_order)
                return StatusSet(self.captives.to_dto(s, obj), obj.status_changes[-1].effective_on,
                                 backdated=True)
            day = obj.status_since
            # of two changes on one day, the one recorded later is the current status: said
            same_day = before[1] if (len(obj.status_changes) > before[0] and day is not None
                                     and day == before[2] and obj.status != before[1]) else None
            steps = steps_at_end(open_steps, day) \
                if obj.status.ended and day is not None else NO_STEPS
            mooted = moot_days(_hearings_ahead(s, captive_id, self.ctx.today()), day) \
                if obj.status.ended else ()
            if not (obj.status.ended and day is not None and end_stays):
                return StatusSet(self.captives.to_dto(s, obj), day, steps=steps, moot=mooted,
                                 same_day=same_day)
            found = stays_at_end(_stays(s, captive_id), day)
            for stay in found.ending:
                self.places._update_in(s, self.places._load(s, stay.place_id), {"to_date": day})
            return StatusSet(self.captives.to_dto(s, obj), day, found.ending, found.later, steps,
                             mooted, same_day=same_day)

    # -- what an undo reads and writes back --
    def state(self, captive_id: int) -> dict[str, Any]:
        """The captive's status, its day (:data:`NO_STATUS_DATE` when none) and every stay's
        departure."""
        with self.ctx.read() as s:
            obj = s.get(Captive, captive_id)
            if obj is None:
                raise NotFound(msg("There is no captive with ID {record_id}.",
                                   record_id=captive_id))
            return {"status": CaptiveStatus(obj.status),
                    "status_since": obj.status_since or NO_STATUS_DATE,
                    "stays": tuple((i, end) for i, _f, _s, end in _stays(s, captive_id)),
                    "history": tuple(_history_line(c) for c in _changes(s, captive_id))}

    def update(self, captive_id: int, *, status: Any = None, status_since: Any = None,
               stays: Departures | None = None, history: History | None = None) -> CaptiveDTO:
        """Write back what :meth:`state` read (any of it), in one transaction. With
        ``history``, the status history is written back as it was (an undone change's line
        removed, a redone one's put back as it was recorded), and the status with it adds no
        line of its own: an undone change was no fact of the captive's history. The audit
        trail keeps both writes (the status's and each line's)."""
        with self.ctx.transaction() as s:
            obj = self.captives._load(s, captive_id)
            for place_id, end in stays or ():
                place = self.places._load(s, place_id)  # (NotFound once deleted)
                if place.to_date != end:
                    self.places._update_in(s, place, {"to_date": end})
            if history is not None:
                self._history_back(s, obj, history)
            if status is not None:
                fields: dict[str, Any] = {"status": status, "status_since": status_since}
                if history is not None:
                    fields["status_change"] = False
                self.captives._update_in(s, obj, fields)
            return self.captives.to_dto(s, obj)

    def _history_back(self, s: Session, obj: Captive, history: History) -> None:
        """Make the captive's status changes those of ``history``: the lines since removed,
        the lines removed since put back (their uid, day, note, level and author as read)."""
        wanted = {line[0]: line for line in history}
        current = _changes(s, obj.id)
        have = {c.uid for c in current}
        for change in current:
            if change.uid not in wanted:
                audit(s, self.ctx, AuditAction.DELETE, change, summary=msg("change of status"),
                      captive_uid=obj.uid, old=_audited(change))
                obj.status_changes.remove(change)
                s.delete(change)
        for uid, old, new, day, note, by, level, at in history:
            if uid in have:
                continue
            change = StatusChange(uid=uid, old_status=old, new_status=new, effective_on=day,
                                  note=note, recorded_by=by, sensitivity=level, created_at=at)
            obj.status_changes.append(change)
            s.flush()
            audit(s, self.ctx, AuditAction.CREATE, change, summary=msg("change of status"),
                  captive_uid=obj.uid, new=_audited(change))
        s.flush()


# A status change as an undo reads it and writes it back: (uid, old status, new status,
# effective on, note, recorded by, level, recorded at).
History = tuple[tuple[Any, ...], ...]


def _changes(s: Session, captive_id: int) -> list[StatusChange]:
    return list(s.scalars(select(StatusChange).where(StatusChange.captive_id == captive_id)
                          .order_by(StatusChange.id)))


def _history_line(c: StatusChange) -> tuple[Any, ...]:
    return (c.uid, c.old_status, c.new_status, c.effective_on, c.note, c.recorded_by,
            c.sensitivity, c.created_at)


def _audited(c: StatusChange) -> dict[str, Any]:
    return {"old_status": c.old_status, "new_status": c.new_status,
            "effective_on": c.effective_on, "note": c.note}


def _hearings_ahead(s: Session, captive_id: int, today: date) -> tuple[tuple[date, str], ...]:
    start = hearing_days_span(today, today)[0]
    found = []
    for starts, zone, kind, state in s.execute(
            select(Hearing.starts_at, Hearing.timezone, Hearing.kind, Hearing.state)
            .join(hearing_captives, hearing_captives.c.hearing_id == Hearing.id)
            .where(hearing_captives.c.captive_id == captive_id, Hearing.starts_at >= start)):
        local = starts.astimezone(ZoneInfo(zone or "UTC"))
        if hearing_ahead(local, today) and to_come(state):
            found.append((local.date(), str(kind)))  # (a StrEnum: its value)
    return tuple(sorted(found))


def _order_steps(s: Session, captive_id: int) -> tuple[tuple[date, bool], ...]:
    return tuple((due, bool(by_hand)) for due, by_hand in s.execute(
        select(Deadline.due_on, Deadline.overridden).where(
            Deadline.captive_id == captive_id, Deadline.trigger_kind == DETENTION_ORDER,
            Deadline.status == DeadlineStatus.OPEN)))


def _stays(s: Session, captive_id: int) -> list[tuple[int, str, date, date | None]]:
    return [tuple(r) for r in s.execute(  # type: ignore[misc]
        select(DetentionPlace.id, DetentionPlace.facility, DetentionPlace.from_date,
               DetentionPlace.to_date)
        .where(DetentionPlace.captive_id == captive_id).order_by(DetentionPlace.id))]
