"""Merging two captives recorded twice: the one kept takes, field by field where they
differ, the value chosen; every record of the other (names, status history, places,
documents, proceedings, orders, hearings, interventions, deadlines, notes…) moves to it; the
other's names stay as aliases; the other is deleted. One transaction, one audit entry."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import delete, func, insert, select
from sqlalchemy.orm import Session

from caseapp.db.models import (
    Captive,
    CourtDelivery,
    Deadline,
    DetentionOrder,
    DetentionPlace,
    Document,
    IdentityDocument,
    InternationalProceeding,
    Note,
    Prosecution,
    StatusChange,
    WelfareContact,
    hearing_captives,
    intervention_captives,
)
from caseapp.domain.dates import PartialDate
from caseapp.domain.dto import Changes
from caseapp.domain.enums import AuditAction, NameKind
from caseapp.domain.errors import NotFound, ValidationError
from caseapp.services.base import announce, audit, audit_text
from caseapp.services.captives import captive_label
from caseapp.services.row_validation import record_services
from caseapp.services.sheet_preview import SheetServices

# The captive's own fields a merge chooses between (dates with their precision as one).
FIELDS = ("sex", "birth", "birth_place", "citizenship", "category", "status", "status_since",
          "capture", "capture_place", "capture_circumstances", "capturing_authority",
          "consent_power_of_attorney", "consent_publicity", "consent_notes", "summary",
          "current_asks", "health", "sensitivity")
_CHILDREN: tuple[type[Any], ...] = (StatusChange, DetentionPlace, IdentityDocument, WelfareContact, Note, Prosecution,
             DetentionOrder, InternationalProceeding, Document, Deadline, CourtDelivery)
_LINKS = ((hearing_captives, "hearing_id"), (intervention_captives, "intervention_id"))


@dataclass(frozen=True)
class FieldDifference:
    field: str
    keep: str
    other: str


@dataclass(frozen=True)
class MergeResult:
    keep_id: int
    other_id: int
    other_uid: str
    moved: dict[str, int]
    names_kept_as_aliases: tuple[str, ...]
    fields_taken: tuple[str, ...]


def _value(c: Captive, name: str) -> Any:
    if name in ("birth", "capture"):
        day = getattr(c, f"{name}_date")
        return PartialDate(day, getattr(c, f"{name}_date_precision")) if day else None
    return getattr(c, name)


def _text(value: Any) -> str:
    if isinstance(value, PartialDate):
        return value.iso()
    return audit_text(value) or ""


def _pair(s: Session, keep_id: int, other_id: int) -> tuple[Captive, Captive]:
    if keep_id == other_id:
        raise ValidationError("A captive cannot be merged into itself: give two different IDs.")
    keep, other = s.get(Captive, keep_id), s.get(Captive, other_id)
    for cid, c in ((keep_id, keep), (other_id, other)):
        if c is None:
            raise NotFound(f"There is no captive with ID {cid}.")
    return keep, other  # type: ignore[return-value]


def _check_moved(s: Session, services: SheetServices, rows: list[Any], other_label: str) -> None:
    """Each record moved, checked by its service's rules as a record of the kept captive (two
    stays that overlap, a stay before the capture kept): a broken rule stops the merge."""
    by_table = record_services(services)
    for row in rows:
        svc = by_table.get(row.__tablename__)
        if svc is None:
            continue
        try:
            with s.no_autoflush:
                svc.validate(s, row)
        except ValidationError as exc:
            raise ValidationError(
                f"The {svc.noun} of {other_label} (ID {row.id}) cannot become the kept "
                f"captive's: {exc} Correct one of the two first; nothing was merged.",
                field=exc.field) from None


def differences(services: SheetServices, keep_id: int, other_id: int) -> list[FieldDifference]:
    """The fields whose values differ, as the lawyer chooses between them."""
    with services.ctx.read() as s:
        keep, other = _pair(s, keep_id, other_id)
        return [FieldDifference(f, _text(_value(keep, f)), _text(_value(other, f)))
                for f in FIELDS if _value(keep, f) != _value(other, f)]


def what_moves(services: SheetServices, keep_id: int, other_id: int) -> dict[str, int]:
    """How many records of the other captive a merge would move to the kept one, by table
    (names as aliases under ``captive_names``; hearings and interventions by link)."""
    with services.ctx.read() as s:
        _keep, other = _pair(s, keep_id, other_id)
        counts = {"captive_names": len(other.names)}
        for model in _CHILDREN:
            column: Any = model.captive_id
            condition = column == other.id
            if model is Deadline:  # the other's own capture deadlines are computed again
                condition = condition & (Deadline.trigger_kind != "captive")
            n = s.scalar(select(func.count()).select_from(model).where(condition)) or 0
            if n:
                counts[model.__tablename__] = n
        for table, _key in _LINKS:
            n = s.scalar(select(func.count()).select_from(table)
                         .where(table.c.captive_id == other.id)) or 0
            if n:
                counts[table.name.replace("_captives", "s")] = n
        return counts


def merge_captives(services: SheetServices, keep_id: int, other_id: int, *,
                   take: Iterable[str] = ()) -> MergeResult:
    """Merge captive ``other_id`` into ``keep_id``, taking the fields named in ``take`` from
    the other (the rest stay as the kept one has them)."""
    take = tuple(dict.fromkeys(take))
    for name in take:
        if name not in FIELDS:
            raise ValidationError(f"“{name}” is not a field to take (fields: {', '.join(FIELDS)}).",
                                  field="take")
    ctx = services.ctx
    with ctx.transaction() as s, services.deadline_engine.reading(s):
        keep, other = _pair(s, keep_id, other_id)
        other_uid, other_label, keep_label = other.uid, captive_label(other), captive_label(keep)
        fields = {f: _value(other, f) for f in take if _value(keep, f) != _value(other, f)}
        moved: dict[str, int] = {}
        moved_rows: list[Any] = []
        aliases = []
        for spelling in list(other.names):
            spelling.kind = NameKind.ALIAS
            spelling.is_primary = False
            spelling.captive = keep
            aliases.append(spelling.full_name)
        moved["captive_names"] = len(aliases)
        for model in _CHILDREN:
            column: Any = model.captive_id
            rows: list[Any] = list(s.scalars(select(model).where(column == other.id)))
            if model is Deadline:  # those the other's own capture set off are computed again
                for d in [d for d in rows if d.trigger_kind == "captive"]:
                    s.delete(d)
                    rows.remove(d)
            for row in rows:
                row.captive_id = keep.id
            if rows:
                moved[model.__tablename__] = len(rows)
                moved_rows.extend(rows)
        for table, key in _LINKS:
            linked = set(s.scalars(select(table.c[key]).where(table.c.captive_id == other.id)))
            already = set(s.scalars(select(table.c[key]).where(table.c.captive_id == keep.id)))
            s.execute(delete(table).where(table.c.captive_id == other.id))
            for record_id in sorted(linked - already):
                s.execute(insert(table).values({key: record_id, "captive_id": keep.id}))
            if linked:
                moved[table.name.replace("_captives", "s")] = len(linked)
        tags = {t.name: t for t in [*keep.tags, *other.tags]}
        fields["tags"] = sorted(tags)
        s.flush()
        s.expire(other, ["names"])
        services.captives._apply_and_check(s, keep, fields)
        _check_moved(s, services, moved_rows, other_label)
        audit(s, ctx, AuditAction.UPDATE, keep, summary=f"Merge of {other_label} into {keep_label}",
              captive_uid=keep.uid, field="merged",
              old={"uid": other_uid, "name": other_label,
                   **{f: _text(_value(other, f)) for f in FIELDS if _value(other, f) is not None}},
              new={"fields_taken": list(fields.keys() - {"tags"}), "moved": moved,
                   "names_kept_as_aliases": aliases})
        s.delete(other)
        s.flush()
        announce(s, Changes("captives", AuditAction.UPDATE, (keep.id,), (keep.id,)))
        announce(s, Changes("captives", AuditAction.DELETE, (other_id,), (other_id,)))
    return MergeResult(keep_id, other_id, other_uid, moved, tuple(aliases),
                       tuple(f for f in take if f in fields))
