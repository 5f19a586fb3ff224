"""Captives, their names and status history. The records that belong to one captive
(identity documents, places of detention, welfare contacts, notes) are
:mod:`caseapp.services.captive_records`."""

from __future__ import annotations

import builtins
from collections.abc import Iterable, Mapping
from datetime import date, datetime
from typing import TYPE_CHECKING, Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from caseapp.db.models import (
    Captive,
    CaptiveName,
    DetentionOrder,
    DetentionPlace,
    Hearing,
    StatusChange,
    Tag,
    hearing_captives,
)
from caseapp.domain.captive_rows import days_in_custody
from caseapp.domain.dates import PartialDate, partial_date
from caseapp.domain.dto import (
    CaptiveDTO,
    CaptiveFileDTO,
    Changes,
    NameDTO,
    StatusChangeDTO,
)
from caseapp.domain.enums import (
    AuditAction,
    CaptiveCategory,
    CaptiveStatus,
    DatePrecision,
    NameKind,
    Sensitivity,
)
from caseapp.domain.errors import ValidationError
from caseapp.domain.field_labels import field_label
from caseapp.domain.messages import Translated, msg
from caseapp.domain.name_display import latin_display_name
from caseapp.domain.names import detect_script
from caseapp.domain.redaction import STATUS_FIELD, default_level, new_captive_field_levels
from caseapp.domain.status_dates import NO_STATUS_DATE
from caseapp.domain.status_order import backdated, read_by_date, status_on
from caseapp.domain.validation import (
    check_after_birth,
    check_not_before_capture,
    check_since_1900,
)
from caseapp.services.audit_trail import audit
from caseapp.services.base import (
    announce,
    check_clearance,
    default_level_setting,
    within_clearance,
)
from caseapp.services.captive_list import ListedCaptive, listed_captives
from caseapp.services.captive_names import names_everywhere
from caseapp.services.labels import hearing_summary
from caseapp.services.reading_level import reading_level, withheld_fields
from caseapp.services.records import RecordService, require_captive
from caseapp.services.session_info import CREATING
from caseapp.services.values import coerce, require_past

if TYPE_CHECKING:
    from caseapp.domain.implied_status import StatusSuggestion


def captive_label(c: Captive | ListedCaptive) -> str:
    return c.names[0].full_name if c.names else str(msg("captive {id}", id=c.id))


def name_dto(n: CaptiveName) -> NameDTO:
    return NameDTO(n.id, n.uid, n.captive_id, n.full_name, n.script, n.language, n.kind, n.is_primary)


def _name_from_input(raw: Any) -> CaptiveName:
    if isinstance(raw, str):
        raw = {"full_name": raw}
    elif not isinstance(raw, dict):
        raw = {k: getattr(raw, k) for k in ("full_name", "script", "language", "kind", "is_primary")
               if hasattr(raw, k)}
    allowed = {"full_name", "script", "language", "kind", "is_primary"}
    unknown = set(raw) - allowed
    if unknown:
        raise ValidationError(msg("A name has no field “{field}”.", field=sorted(unknown)[0]),
                              field="names")
    full = coerce(CaptiveName, "full_name", raw.get("full_name") or "")
    if not full:
        raise ValidationError(msg("A name cannot be empty."), field="names")
    script = raw.get("script") or detect_script(full)
    return CaptiveName(
        full_name=full,
        script=coerce(CaptiveName, "script", script),
        language=coerce(CaptiveName, "language", raw.get("language") or ""),
        kind=coerce(CaptiveName, "kind", raw.get("kind") or NameKind.NATIVE),
        is_primary=bool(raw.get("is_primary", False)),
    )


def _refuse_placeholder(name: str, value: CaptiveStatus | CaptiveCategory) -> None:
    """A travel copy's “not shown at this level” is no value anyone records."""
    if not value.chosen:
        raise ValidationError(msg("“Not shown at this level” is what a travel copy shows for a field it does "
                                  "not hold, not a value to record: choose one for “{field}”.",
                                  field=field_label(name)), field=name)


class CaptiveService(RecordService[Captive, CaptiveDTO]):
    model = Captive
    dto = CaptiveDTO
    noun = msg("captive")
    audited_out = ("photo",)

    def summary(self, obj: Captive) -> str:
        return captive_label(obj)

    def captive_ids(self, obj: Captive) -> tuple[int, ...]:
        return (obj.id,) if obj.id else ()

    def captive_uid(self, s: Session, obj: Captive) -> str:
        return obj.uid

    def relations(self, obj: Captive) -> dict[str, Any]:
        return {"names": [n.full_name for n in obj.names], "tags": sorted(t.name for t in obj.tags)}

    def delete_dependents(self, s: Session, obj: Captive) -> None:
        """The hearings the captive alone attends go with them (a hearing concerns at least
        one captive; the others' hearings stay, without this one), each in the audit trail."""
        link = hearing_captives.c
        alone = (select(link.hearing_id).group_by(link.hearing_id)
                 .having(func.count(link.captive_id) == 1))
        hearings = list(s.scalars(select(Hearing).where(
            Hearing.id.in_(select(link.hearing_id).where(link.captive_id == obj.id)),
            Hearing.id.in_(alone))))
        for hearing in hearings:
            audit(s, self.ctx, AuditAction.DELETE, hearing, summary=hearing_summary(hearing),
                  captive_uid=obj.uid,
                  old={c.key: getattr(hearing, c.key) for c in Hearing.__table__.columns}
                  | {"captives": [obj.uid]})
            s.delete(hearing)
        if hearings:
            announce(s, Changes("hearings", AuditAction.DELETE, tuple(h.id for h in hearings),
                                (obj.id,)))

    # -- input --
    def apply(self, s: Session, obj: Captive, fields: dict[str, Any]) -> None:
        is_new = obj.id is None  # decided first: queries below may autoflush the new captive
        fields = dict(fields)
        names = fields.pop("names", None)
        tags = fields.pop("tags", None)
        status = fields.pop("status", None)
        status_since = fields.pop("status_since", None)
        status_note = fields.pop("status_note", "")
        status_level = fields.pop("status_level", None)
        # False: the status written back as it was (an undo), its history written back with
        # it (custody_end.CustodyService.update): no line of a change is added.
        status_change = fields.pop("status_change", True)
        # True: a change of status as the lawyer states it (set_status, a sheet's row): one
        # dated before the current status goes into the history only. False: the status
        # written as given (an undo, a merge's choice).
        by_date = fields.pop("status_by_date", False)
        if not isinstance(fields.get("field_levels") or {}, Mapping):
            raise ValidationError(msg("The levels of the fields must be given as pairs of a "
                                      "field and its level."), field="field_levels")
        if is_new:
            # Health and consent notes stay internal when the captive's record is shareable,
            # whatever other fields' levels were given.
            fields["field_levels"] = new_captive_field_levels(fields.get("field_levels"))
        for key in ("birth", "capture"):
            if key in fields:
                value = fields.pop(key)
                if isinstance(value, str):
                    value = PartialDate.parse(value, field=key) if value.strip() else None
                elif isinstance(value, date) and not isinstance(value, datetime):
                    value = PartialDate(value)
                elif value is not None and not isinstance(value, PartialDate):
                    raise ValidationError(msg("{field} must be a date.",
                                              field=field_label(f"{key}_date")), field=key)
                fields[f"{key}_date"] = value.value if value else None
                if value:
                    fields[f"{key}_date_precision"] = value.precision
        if "photo" in fields:
            photo = fields.pop("photo")
            if photo is not None and not isinstance(photo, bytes):
                raise ValidationError(msg("The photo must be image bytes."), field="photo")
            obj.photo = photo
            # has_photo is read from the media type (the photo itself is loaded only on demand).
            if photo is None:
                fields["photo_media_type"] = ""
            elif not (fields.get("photo_media_type") or obj.photo_media_type):
                fields["photo_media_type"] = "application/octet-stream"
        if "category" in fields:
            category = coerce(Captive, "category", fields["category"])
            if is_new or category != obj.category:
                _refuse_placeholder("category", category)
        super().apply(s, obj, fields)
        if status is not None or is_new:
            self._set_status(obj, status or CaptiveStatus.MISSING, status_since, status_note,
                             is_new=is_new, level=status_level, record=status_change,
                             by_date=by_date, setting=default_level_setting(s) if status_level is None else None)
        elif status_since is NO_STATUS_DATE:
            obj.status_since = None
        elif status_since is not None:
            obj.status_since = coerce(Captive, "status_since", status_since)
        if names is not None:
            self._set_names(s, obj, names)
        if tags is not None:
            obj.tags = self._tags(s, tags)

    def _set_names(self, s: Session, obj: Captive, names: Iterable[Any]) -> None:
        new = [_name_from_input(n) for n in names]
        if not new:
            raise ValidationError(msg("A captive needs at least one name."), field="names")
        if not any(n.is_primary for n in new):
            new[0].is_primary = True
        elif sum(n.is_primary for n in new) > 1:
            raise ValidationError(msg("Only one name can be the primary name."), field="names")
        # Deleted explicitly, not only dropped as orphans: the search index learns of a
        # removed name from session.deleted, and orphans appear there only during the flush.
        for old in obj.names:
            if old.id is not None:
                s.delete(old)
        obj.names = new

    def _tags(self, s: Session, names: Iterable[str]) -> list[Tag]:
        wanted = sorted({t.strip() for t in names if t and t.strip()})
        existing = {t.name: t for t in s.scalars(select(Tag).where(Tag.name.in_(wanted)))}
        return [existing.get(n) or Tag(name=n) for n in wanted]

    def _set_status(self, obj: Captive, status: Any, since: Any, note: str, *, is_new: bool,
                    level: Any = None, record: bool = True, by_date: bool = False,
                    setting: Sensitivity | None = None) -> None:
        new = coerce(Captive, "status", status)
        undated = since is NO_STATUS_DATE
        since_date = coerce(Captive, "status_since", since) if since and not undated else None
        old = None if is_new else obj.status
        if old == new and (since_date in (None, obj.status_since) if not undated
                           else obj.status_since is None):
            return
        _refuse_placeholder("status", new)
        history = [(CaptiveStatus(c.new_status), c.effective_on) for c in obj.status_changes]
        if record and by_date and backdated(old, obj.status_since, new, since_date, history):
            # Dated before the current status: into the history where its day puts it; the
            # current status stays (caseapp.domain.status_order).
            assert since_date is not None
            if new.ended:
                check_not_before_capture(since_date, partial_date(
                    obj.capture_date, obj.capture_date_precision), field="status_since",
                    what=msg("The death") if new is CaptiveStatus.DECEASED else msg("The release"))
            old, day = status_on(history, since_date), since_date
        else:
            obj.status = new
            if undated:
                obj.status_since = None
            else:
                obj.status_since = since_date or (self.ctx.today() if old is not None
                                                  else obj.status_since)
            day = obj.status_since
        if not record:
            return
        change = StatusChange(
            old_status=old, new_status=new, effective_on=day, note=note or "",
            recorded_by=self.ctx.actor,
            sensitivity=(coerce(StatusChange, "sensitivity", level) if level is not None
                         else within_clearance(self.ctx, default_level(
                             "status_changes", {"note": note}, setting=setting, parents=(
                                 obj.sensitivity, (obj.field_levels or {}).get(STATUS_FIELD))))))
        check_clearance(self.ctx, msg("change of status"), change)
        obj.status_changes.append(change)

    # -- rules --
    def validate(self, s: Session, obj: Captive) -> None:
        today = self.ctx.today()
        if not obj.names:
            raise ValidationError(msg("A captive needs at least one name."), field="names")
        birth = partial_date(obj.birth_date, obj.birth_date_precision)
        capture = partial_date(obj.capture_date, obj.capture_date_precision)
        require_past(obj.birth_date, today, field="birth", what=msg("The date of birth"))
        require_past(obj.capture_date, today, field="capture", what=msg("The capture"))
        require_past(obj.status_since, today, field="status_since", what=msg("The status date"))
        check_since_1900(birth, today=today, field="birth", what=msg("The date of birth"))
        check_since_1900(capture, today=today, field="capture", what=msg("The capture"))
        check_after_birth(capture, birth, field="capture")
        if obj.status.ended:
            what = {CaptiveStatus.DECEASED: msg("The death")}.get(obj.status, msg("The release"))
            check_not_before_capture(obj.status_since, capture, field="status_since", what=what)
        for key, level in (obj.field_levels or {}).items():
            if key not in Captive.__table__.c:
                raise ValidationError(msg("There is no field “{field}” to set a level on.", field=key),
                                      field="field_levels")
            try:
                Sensitivity(level)
            except ValueError:
                raise ValidationError(msg("“{value}” is not a sensitivity level.", value=level),
                                      field="field_levels") from None

    # -- output --
    def to_dto(self, s: Session, obj: Captive | ListedCaptive,
               place: str | None = None) -> CaptiveDTO:
        if place is None and s.info.get(CREATING) is obj:
            place = ""  # a captive being created has no stay yet
        if place is None:
            place = s.scalar(
                select(DetentionPlace.facility)
                .where(DetentionPlace.captive_id == obj.id, DetentionPlace.to_date.is_(None))
                .order_by(DetentionPlace.from_date.desc())
                .limit(1)
            ) or ""
        capture = partial_date(obj.capture_date, obj.capture_date_precision)
        history = [(CaptiveStatus(c.new_status), c.effective_on) for c in obj.status_changes]
        return CaptiveDTO(
            id=obj.id, uid=obj.uid, primary_name=captive_label(obj),
            latin_name=latin_display_name(obj.names),
            names=tuple(name_dto(n) for n in obj.names),
            sex=obj.sex, birth=partial_date(obj.birth_date, obj.birth_date_precision),
            birth_place=obj.birth_place, citizenship=obj.citizenship, category=obj.category,
            status=obj.status, status_since=obj.status_since, capture=capture,
            capture_place=obj.capture_place, capture_circumstances=obj.capture_circumstances,
            capturing_authority=obj.capturing_authority,
            consent_power_of_attorney=obj.consent_power_of_attorney,
            consent_publicity=obj.consent_publicity, consent_notes=obj.consent_notes,
            consent_family_wgeid=obj.consent_family_wgeid,
            summary=obj.summary, current_asks=obj.current_asks, health=obj.health,
            has_photo=bool(obj.photo_media_type), photo_media_type=obj.photo_media_type,
            sensitivity=obj.sensitivity, field_levels=dict(obj.field_levels or {}),
            tags=tuple(t.name for t in obj.tags), current_place=place,
            days_in_custody=days_in_custody(obj.status, capture.earliest if capture else None,
                                            obj.status_since, self.ctx.today(), history,
                                            None if capture else _first_order(s, obj),
                                            capture_known_to=capture.precision if capture
                                            else DatePrecision.EXACT),
            created_at=obj.created_at, updated_at=obj.updated_at,
            withheld=withheld_fields(obj.sensitivity, obj.field_levels,
                                     reading_level(s, self.ctx)),
        )

    # -- public API beyond CRUD --
    def names_everywhere(self, ids: Iterable[int]) -> dict[int, Translated]:
        """The captives of ``ids`` named as each language's reader expects (the calendar's
        names: :func:`caseapp.services.captive_names.names_everywhere`)."""
        return names_everywhere(self.ctx, ids)

    def list(  # type: ignore[override]
        self, *, status: Any = None, tag: str | None = None, search: str | None = None,
        ids: Iterable[int] | None = None,
    ) -> builtins.list[CaptiveDTO]:
        """Captives of one status, with one tag, matching a search or with given ids.

        Without a search they come in Latin-name order; with one, name matches first.
        """
        with self.ctx.read() as s:
            rank: dict[int, int] = {}
            if search is not None and search.strip():
                from caseapp.services.search import matching_captive_ids  # when searching

                rank = {cid: i for i, cid in enumerate(matching_captive_ids(s, search))}
                ids = [*rank] if ids is None else [i for i in ids if i in rank]
            # as table rows: an ORM statement would configure every mapper first
            captives, places = listed_captives(
                s, status=None if status is None else coerce(Captive, "status", status),
                tag=tag, ids=ids)
            dtos = [self.to_dto(s, c, places.get(c.id, "")) for c in captives]
        if rank:
            return sorted(dtos, key=lambda d: rank[d.id])
        return sorted(dtos, key=lambda d: (d.latin_name.casefold(), d.id))

    def set_status(self, captive_id: int, status: Any, *, effective_on: Any = None,
                   note: str = "", level: Any = None) -> CaptiveDTO:
        """Change the status; the status change's own level is ``level``, else the default
        (internal when it has a note, shareable when not)."""
        return self.update(captive_id, status=status, status_since=effective_on, status_note=note,
                           status_level=level, status_by_date=True)

    def status_suggestion(self, file: CaptiveFileDTO) -> StatusSuggestion | None:
        """The status the records of ``file`` imply and the captive does not have yet (the
        rule: :mod:`caseapp.domain.implied_status`), to be offered, never set by itself."""
        from caseapp.domain.implied_status import (  # when asked
            evidence_of,
            suggest_status,
            with_order_in_force,
        )

        c, today = file.captive, self.ctx.today()
        return with_order_in_force(
            suggest_status(c.status, c.status_since, evidence_of(file), today=today),
            file, today=today)

    def status_history(self, captive_id: int) -> builtins.list[StatusChangeDTO]:
        """The captive's status changes by date (of one day, in the order recorded), as the
        window, the dossier's chronology and every count read them; each one's previous status
        read from the history by date, a change typed after a later one marked so."""
        with self.ctx.read() as s:
            self._load(s, captive_id)
            rows = s.scalars(select(StatusChange).where(StatusChange.captive_id == captive_id)
                             .order_by(StatusChange.id))
            return read_by_date(StatusChangeDTO(
                r.id, r.uid, r.captive_id, r.old_status, r.new_status, r.effective_on, r.note,
                r.recorded_by, r.created_at, r.sensitivity) for r in rows)

    def photo(self, captive_id: int) -> bytes | None:
        with self.ctx.read() as s:
            return self._load(s, captive_id).photo


class NameService(RecordService[CaptiveName, NameDTO]):
    """One spelling of a captive's name. Editing names one by one keeps the rest."""

    model = CaptiveName
    dto = NameDTO
    noun = msg("name")
    required = ("full_name",)

    def summary(self, obj: CaptiveName) -> str:
        return obj.full_name

    def apply(self, s: Session, obj: CaptiveName, fields: dict[str, Any]) -> None:
        super().apply(s, obj, fields)
        if obj.full_name and "script" not in fields:
            obj.script = detect_script(obj.full_name)
        if obj.kind is None:
            obj.kind = NameKind.NATIVE
        if fields.get("is_primary"):
            for other in s.scalars(select(CaptiveName).where(
                    CaptiveName.captive_id == obj.captive_id, CaptiveName.id != obj.id)):
                other.is_primary = False

    def validate(self, s: Session, obj: CaptiveName) -> None:
        require_captive(s, obj.captive_id)

    def delete(self, record_id: int) -> None:
        with self.ctx.read() as s:
            name = self._load(s, record_id)
            count = len(s.scalars(select(CaptiveName.id).where(
                CaptiveName.captive_id == name.captive_id)).all())
        if count <= 1:
            raise ValidationError(msg(
                "A captive needs at least one name; add another before deleting this one."))
        super().delete(record_id)


def _first_order(s: Session, obj: Captive | ListedCaptive) -> date | None:
    """The start of the captive's first detention order (the days in custody count from it
    when the capture date is unknown): read with a list of them, else here."""
    if isinstance(obj, ListedCaptive):
        return obj.first_order
    if s.info.get(CREATING) is obj:
        return None  # no order yet
    return s.scalar(select(func.min(DetentionOrder.start_date))
                    .where(DetentionOrder.captive_id == obj.id))
