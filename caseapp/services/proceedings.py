"""Prosecutions and charges, detention orders, hearings and international proceedings."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, datetime
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import select, true
from sqlalchemy.orm import Session, selectinload

from caseapp.db.models import (
    Captive,
    Charge,
    DetentionOrder,
    Hearing,
    InternationalProceeding,
    Prosecution,
    hearing_captives,
)
from caseapp.domain.case_numbers import without_sign
from caseapp.domain.clock import has_begun_by
from caseapp.domain.dates import computed_expiry, expiry_source_of, skipped_local_time
from caseapp.domain.dto import (
    ChargeDTO,
    DetentionOrderDTO,
    HearingDTO,
    InternationalProceedingDTO,
    ProsecutionDTO,
)
from caseapp.domain.enums import ExpirySource, HearingState
from caseapp.domain.errors import ValidationError
from caseapp.domain.messages import Message, msg
from caseapp.domain.moot_hearings import CALLED_OFF, HEARING_EVENTS
from caseapp.domain.name_display import latin_display_name, names_in_languages
from caseapp.domain.validation import check_not_before_capture
from caseapp.domain.zone_check import known_zone
from caseapp.services import batch_rows
from caseapp.services.captive_records import CaptiveChildService
from caseapp.services.ended_proceedings import check_judgment_day
from caseapp.services.hearing_entry import check_after_captures, require_hour
from caseapp.services.labels import hearing_summary, value_label
from caseapp.services.moot_reads import custody_ended, made_moot, without_moot
from caseapp.services.order_once import ORDER_FIELDS, check_order_once
from caseapp.services.order_summary import order_summary
from caseapp.services.proceeding_once import PROCEEDING_FIELDS, check_proceeding_once
from caseapp.services.records import RecordService
from caseapp.services.values import coerce, coerce_ids, column_equals, require_past


def _charge_dto(c: Charge) -> ChargeDTO:
    return ChargeDTO(c.id, c.uid, c.prosecution_id, c.code, c.article, c.part, c.title, c.brought_on)


class ProsecutionService(CaptiveChildService):
    model = Prosecution
    dto = ProsecutionDTO
    noun = msg("prosecution")

    def summary(self, obj: Prosecution) -> str | Message:
        if obj.case_number:
            return msg("case {number}", number=without_sign(obj.case_number))
        return msg("prosecution {id}", id=obj.id)

    def validate(self, s: Session, obj: Prosecution) -> None:
        super().validate(s, obj)
        require_past(obj.opened_on, self.ctx.today(), field="opened_on", what=msg("The opening of the case"))

    def to_dto(self, s: Session, obj: Prosecution) -> ProsecutionDTO:
        return self.make_dto(obj, charges=tuple(_charge_dto(c) for c in obj.charges))

    def list(self, **filters: Any) -> list[ProsecutionDTO]:
        with self.ctx.read() as s:
            stmt = select(Prosecution).options(selectinload(Prosecution.charges))
            for name, value in filters.items():
                stmt = stmt.where(column_equals(Prosecution, name, value))
            return [self.to_dto(s, p) for p in s.scalars(stmt.order_by(Prosecution.id))]


class ChargeService(RecordService[Charge, ChargeDTO]):
    model = Charge
    dto = ChargeDTO
    noun = msg("charge")
    required = ("article",)

    def summary(self, obj: Charge) -> str | Message:
        if obj.code.strip():
            return msg("{code} art. {article}", code=obj.code.strip(), article=obj.article)
        return msg("art. {article}", article=obj.article)

    def captive_ids(self, obj: Charge) -> tuple[int, ...]:
        return (obj.prosecution.captive_id,) if obj.prosecution else ()

    def validate(self, s: Session, obj: Charge) -> None:
        prosecution = (batch_rows.record(s, Prosecution, obj.prosecution_id)
                       if obj.prosecution_id else None)
        if prosecution is None:
            raise ValidationError(msg("There is no prosecution with ID {record_id}.",
                                      record_id=obj.prosecution_id), field="prosecution_id")
        obj.prosecution = prosecution
        require_past(obj.brought_on, self.ctx.today(), field="brought_on", what=msg("The charge date"))


def _check_prosecution(s: Session, obj: Any) -> None:
    if obj.prosecution_id is None:
        return
    p = s.get(Prosecution, obj.prosecution_id)
    if p is None:
        raise ValidationError(msg("There is no prosecution with ID {record_id}.",
                                  record_id=obj.prosecution_id), field="prosecution_id")
    captive_id = getattr(obj, "captive_id", None)
    if captive_id is not None and p.captive_id != captive_id:
        raise ValidationError(msg("That prosecution belongs to another captive."),
                              field="prosecution_id")


class DetentionOrderService(CaptiveChildService):
    """A court's order to hold the captive from a start date for a term.

    The expiry is derived here, once, and stored with where it came from
    (``expiry_source``): the date the order states ("stated"), or the start plus the term
    ("computed", :func:`caseapp.domain.dates.computed_expiry`: months and days, in the order
    that ends the term earlier; a day past a month's end is clamped to it). Deadlines, the
    detention clock and the timeline read the stored date. A computed expiry follows a changed
    start or term; a stated one is kept until an expiry is given again (or cleared with
    ``expires_on=None``: computed again).
    An expiry given without ``expiry_source`` is "computed" when it equals start + term
    and "stated" otherwise, the rule the migration and the import apply to older orders.
    """

    model = DetentionOrder
    dto = DetentionOrderDTO
    noun = msg("detention order")
    required = ("start_date",)
    order_by = ("start_date", "id")

    def summary(self, obj: DetentionOrder) -> str | Message:
        return order_summary(obj)

    def apply(self, s: Session, obj: DetentionOrder, fields: dict[str, Any]) -> None:
        self._apply_term(s, obj, fields)
        # Written here (the window, a script), not for a record imported as it was kept.
        if ORDER_FIELDS & fields.keys() or obj.id is None:
            check_order_once(s, obj)

    def _apply_term(self, s: Session, obj: DetentionOrder, fields: dict[str, Any]) -> None:
        fields = dict(fields)
        source = fields.pop("expiry_source", None)
        if source is not None:
            source = coerce(DetentionOrder, "expiry_source", source)
        cleared = "expires_on" in fields and fields["expires_on"] in (None, "")
        if cleared:
            del fields["expires_on"]
        new = obj.expiry_source is None
        super().apply(s, obj, fields)
        if "expires_on" in fields:
            obj.expiry_source = source or expiry_source_of(
                obj.start_date, obj.term_months, obj.term_days, obj.expires_on)
            return
        if source is ExpirySource.STATED and not cleared:
            obj.expiry_source = source  # the stored date is the order's own
            return
        # A computed expiry is computed again on every save: it follows a changed start or
        # term, and one an earlier version counted otherwise (months first where the days
        # first end earlier) becomes today's count instead of refusing the save.
        if (new or cleared or source is ExpirySource.COMPUTED
                or obj.expiry_source is ExpirySource.COMPUTED):
            # None without a term: validate() asks for the term or the expiry.
            obj.expires_on = computed_expiry(  # type: ignore[assignment]
                obj.start_date, obj.term_months, obj.term_days)
            obj.expiry_source = ExpirySource.COMPUTED

    def validate(self, s: Session, obj: DetentionOrder) -> None:
        super().validate(s, obj)
        today = self.ctx.today()
        if (obj.term_months or 0) < 0 or (obj.term_days or 0) < 0:
            raise ValidationError(msg("The term cannot be negative."), field="term_months")
        if obj.expires_on is None:
            raise ValidationError(msg("Give the term (months and days) or the expiry date."),
                                  field="term_months")
        if obj.expires_on <= obj.start_date:
            raise ValidationError(
                msg("The order ends ({end}) before it starts ({start}).",
                    end=obj.expires_on, start=obj.start_date),
                field="expires_on")
        computed = computed_expiry(obj.start_date, obj.term_months, obj.term_days)
        if obj.expiry_source is ExpirySource.COMPUTED and computed != obj.expires_on:
            raise ValidationError(
                msg("The expiry {expiry} is not the start plus the term ({computed}): mark it as "
                    "stated in the order, or leave it out to compute it.",
                    expiry=obj.expires_on, computed=computed) if computed else
                msg("The expiry {expiry} is not the start plus the term (no term given): mark it "
                    "as stated in the order, or leave it out to compute it.",
                    expiry=obj.expires_on), field="expires_on")
        require_past(obj.decided_on, today, field="decided_on", what=msg("The decision"))
        require_past(obj.appeal_filed_on, today, field="appeal_filed_on", what=msg("The appeal"))
        if obj.decided_on and obj.appeal_filed_on and obj.appeal_filed_on < obj.decided_on:
            raise ValidationError(msg("The appeal was filed before the decision."),
                                  field="appeal_filed_on")
        check_not_before_capture(obj.start_date, self.capture_of(s, obj), field="start_date",
                                 what=msg("The start of detention"))
        _check_prosecution(s, obj)


class HearingService(RecordService[Hearing, HearingDTO]):
    """A court sitting. ``starts_at`` may be given naive: it is then read in ``timezone``."""

    model = Hearing
    dto = HearingDTO
    noun = msg("hearing")
    required = ("starts_at",)
    order_by = ("starts_at", "id")

    def summary(self, obj: Hearing) -> str | Message:
        return hearing_summary(obj)

    def captive_ids(self, obj: Hearing) -> tuple[int, ...]:
        return tuple(c.id for c in obj.captives)

    def relations(self, obj: Hearing) -> dict[str, Any]:
        return {"captives": [c.uid for c in obj.captives]}

    def apply(self, s: Session, obj: Hearing, fields: dict[str, Any]) -> None:
        fields = dict(fields)
        captive_ids = fields.pop("captive_ids", None)
        zone = known_zone(fields.get("timezone") or obj.timezone or "UTC")
        starts = fields.get("starts_at")
        require_hour(starts)
        if isinstance(starts, str):
            try:
                starts = datetime.fromisoformat(starts)
            except ValueError:
                raise ValidationError(msg("“{value}” is not a date and time (YYYY-MM-DD HH:MM).",
                                          value=starts),
                                      field="starts_at") from None
        if isinstance(starts, datetime) and starts.tzinfo is None:
            shown = skipped_local_time(starts, zone)
            if shown is not None:  # stored as given, it would be an hour off
                raise ValidationError(msg(
                    "{time} on {day} does not exist in {zone}: the clocks go forward that night, "
                    "and it would be stored as {shown}. Check the time the court gave.",
                    time=starts.strftime("%H:%M"), day=starts.date(), zone=zone.key,
                    shown=shown.strftime("%H:%M")), field="starts_at")
            fields["starts_at"] = starts.replace(tzinfo=zone)
        elif starts is not None:
            fields["starts_at"] = starts
        if obj.timezone is None:
            fields.setdefault("timezone", zone.key)
        super().apply(s, obj, fields)
        if captive_ids is not None:
            ids = coerce_ids(captive_ids, field="captive_ids")
            found = _captives(s, ids)
            missing = set(ids) - {c.id for c in found}
            if missing:
                raise ValidationError(msg("There is no captive with ID {record_id}.",
                                          record_id=min(missing)), field="captive_ids")
            obj.captives = sorted(found, key=lambda c: c.id)  # as the relationship loads them
        if {"starts_at", "timezone", "kind"} & fields.keys() or captive_ids is not None:
            # (an edit of its notes alone leaves a day an earlier version let in)
            if isinstance(obj.starts_at, datetime):
                check_after_captures(obj.kind, obj.captives, obj.starts_at, zone)
        # What became of it, checked when it or the day is written here (the window, a
        # script), not for a record imported as an earlier version kept it.
        if _STATE_FIELDS & fields.keys() and isinstance(obj.starts_at, datetime):
            _check_state(obj, obj.starts_at.astimezone(zone), self.ctx.today())
        if _SITTING_FIELDS & (fields.keys() | ({"captive_ids"} if captive_ids is not None
                                               else set())) and isinstance(obj.starts_at, datetime):
            _check_sitting_once(s, obj, zone)

    def validate(self, s: Session, obj: Hearing) -> None:
        known_zone(obj.timezone)
        if not obj.captives:
            raise ValidationError(msg("A hearing concerns at least one captive."), field="captive_ids")
        _check_prosecution(s, obj)

    def to_dto(self, s: Session, obj: Hearing) -> HearingDTO:
        return self.make_dto(obj, starts_at=obj.starts_at.astimezone(ZoneInfo(obj.timezone)),
                             captive_ids=tuple(c.id for c in obj.captives))

    def list(self, *, captive_id: int | None = None, start: datetime | None = None,
             end: datetime | None = None, **filters: Any) -> list[HearingDTO]:
        """Hearings in time order; of one captive, and/or starting in ``[start, end)``."""
        with self.ctx.read() as s:
            stmt = select(Hearing).options(selectinload(Hearing.captives))
            if captive_id is not None:
                stmt = stmt.where(Hearing.captives.any(Captive.id == captive_id))
            if start is not None:
                stmt = stmt.where(Hearing.starts_at >= start)
            if end is not None:
                stmt = stmt.where(Hearing.starts_at < end)
            for name, value in filters.items():
                stmt = stmt.where(column_equals(Hearing, name, value))
            return [self.to_dto(s, h) for h in s.scalars(stmt.order_by(Hearing.starts_at, Hearing.id))]

    def made_moot(self, hearings: Iterable[HearingDTO]) -> frozenset[int]:
        """The ids of ``hearings`` still scheduled that the end of custody made moot for every
        captive they concern (a detention hearing after a release): the calendar file cancels
        them, the agenda says so (the rule: :mod:`caseapp.domain.moot_hearings`)."""
        listed = list(hearings)
        with self.ctx.read() as s:
            over = custody_ended(s, (c for h in listed for c in h.captive_ids))
        return frozenset(h.id for h in made_moot(listed, without_moot(listed, over)))


class InternationalProceedingService(CaptiveChildService):
    model = InternationalProceeding
    dto = InternationalProceedingDTO
    noun = msg("international proceeding")
    required = ("body", "kind")
    order_by = ("lodged_on", "id")

    def summary(self, obj: InternationalProceeding) -> str | Message:
        if obj.reference.strip():
            return msg("{body} {kind} {reference}", body=value_label(obj.body),
                       kind=value_label(obj.kind), reference=obj.reference.strip())
        return msg("{body} {kind}", body=value_label(obj.body), kind=value_label(obj.kind))

    def apply(self, s: Session, obj: InternationalProceeding, fields: dict[str, Any]) -> None:
        super().apply(s, obj, fields)
        # Written here (the window, a script), not for a record imported as it was kept.
        if PROCEEDING_FIELDS & fields.keys() or obj.id is None:
            check_proceeding_once(s, obj)

    def validate(self, s: Session, obj: InternationalProceeding) -> None:
        super().validate(s, obj)
        today = self.ctx.today()
        require_past(obj.lodged_on, today, field="lodged_on", what=msg("The lodging date"))
        # The body's letter sets off the Government's time limit (deadline_engine.BODY_EVENTS):
        # a day still ahead, or one before the lodging, is a day typed wrong.
        require_past(obj.communicated_on, today, field="communicated_on",
                     what=msg("The communication to the Government"))
        if obj.lodged_on and obj.communicated_on and obj.communicated_on < obj.lodged_on:
            raise ValidationError(msg(
                "The communication to the Government ({communicated_on}) is before the "
                "lodging ({lodged_on}): check both dates.",
                communicated_on=obj.communicated_on, lodged_on=obj.lodged_on),
                field="communicated_on")
        check_judgment_day(obj, today)


_STATE_FIELDS = frozenset({"state", "next_date", "starts_at", "outcome"})

_SITTING_FIELDS = frozenset({"starts_at", "timezone", "court", "captive_ids", "state"})


def _court_key(court: str | None) -> str:
    return " ".join((court or "").split()).casefold()


def _check_sitting_once(s: Session, obj: Hearing, zone: ZoneInfo) -> None:
    """A sitting is recorded once, with every co-defendant: one at the same minute before the
    same court for one of its captives, still to be held or held, is the same sitting entered
    again (two verdicts would open two appeal deadlines each). Another court at that minute
    (two cases listed at once), another criminal case of the captive's, and a sitting called
    off are not."""
    if obj.state in CALLED_OFF:
        return
    ids = [c.id for c in obj.captives]
    if not ids:
        return
    with s.no_autoflush:
        found = s.execute(
            select(Hearing, hearing_captives.c.captive_id)
            .join(hearing_captives, hearing_captives.c.hearing_id == Hearing.id)
            .where(Hearing.starts_at == obj.starts_at, hearing_captives.c.captive_id.in_(ids),
                   Hearing.id != obj.id if obj.id is not None else true())).all()
    for other, captive_id in found:
        other_case = (None not in (other.prosecution_id, obj.prosecution_id)
                      and other.prosecution_id != obj.prosecution_id)
        if other.state in CALLED_OFF or other_case \
                or _court_key(other.court) != _court_key(obj.court):
            continue  # another court, or another criminal case heard at that minute
        local = obj.starts_at.astimezone(zone)
        captive = next(c for c in obj.captives if c.id == captive_id)
        # in the reader's script where the captive has a spelling in it, as the window names
        # the defendants (caseapp.domain.name_display)
        name = names_in_languages(captive.names, latin_display_name(captive.names),
                                  captive.names[0].full_name if captive.names else "")
        raise ValidationError(msg(
            "{name} already has this sitting recorded: {court}, {day} at {time}. Add the other "
            "defendants to that hearing rather than entering it again.",
            name=name, court=(other.court or "").strip() or "—", day=local.date(),
            time=local.strftime("%H:%M")), field="captive_ids")


def _check_state(obj: Hearing, local: datetime, today: date) -> None:
    """What a hearing is recorded to have become must be possible: adjourned to a later day
    than its own (else no hearing of the day it continues on is offered), held once it has
    begun (a sitting still ahead recorded held is no longer reminded of nor the next one), and
    a decision's outcome written once it has begun (typed before, it opened no deadline, and
    none opened when the hour came)."""
    if obj.state is HearingState.ADJOURNED and obj.next_date is not None \
            and obj.next_date <= local.date():
        raise ValidationError(msg(
            "The hearing of {day} cannot be adjourned to {next_day}: give the later day it "
            "continues on.", day=local.date(), next_day=obj.next_date), field="next_date")
    if (obj.outcome or "").strip() and obj.kind in HEARING_EVENTS and obj.state not in CALLED_OFF \
            and not has_begun_by(obj.starts_at, today):
        raise ValidationError(msg(
            "The hearing of {day} at {time} is still ahead: its outcome can be recorded once it "
            "has begun. If the court sat earlier, correct its time first.",
            day=local.date(), time=local.strftime("%H:%M")), field="outcome")
    if obj.state is HearingState.HELD and not has_begun_by(obj.starts_at, today):
        raise ValidationError(msg(
            "The hearing of {day} at {time} is still ahead: it can be recorded as held once it "
            "has begun.", day=local.date(), time=local.strftime("%H:%M")), field="state")


def _captives(s: Session, ids: Iterable[int]) -> list[Captive]:
    """The captives of these ids that exist: those the session holds (a batch holds every
    captive it read or wrote) without a query, the others read in one."""
    wanted = list(dict.fromkeys(ids))
    held = batch_rows.held(s, Captive, wanted)
    found = [held[cid] for cid in wanted if cid in held]
    missing = [cid for cid in wanted if cid not in held]
    if missing:
        found.extend(s.scalars(select(Captive).where(Captive.id.in_(missing))))
    return found
