"""Merging two captives recorded twice: the one kept takes, field by field where they
differ, the value chosen; every record of the other (names, status history, places,
documents, proceedings, orders, hearings, interventions, deadlines, notes…) moves to it; the
other's names stay as aliases, but for a spelling in a script the kept one has no name in
(which keeps its role: a passport's Latin spelling); the other is deleted. One transaction, one audit entry.

A merge can be undone (:func:`undo_merge`, the GUI's Edit → Undo) as long as the kept
captive has not been changed since: the other comes back with its id, uid and fields, and
every record that moved goes back to it."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import delete, func, insert, select
from sqlalchemy.orm import Session

from caseapp.db.models import (
    Captive,
    Deadline,
    StatusChange,
)
from caseapp.domain.dates import PartialDate
from caseapp.domain.dto import Changes
from caseapp.domain.enums import AuditAction, NameKind, Sensitivity
from caseapp.domain.errors import NotFound, ValidationError
from caseapp.domain.field_labels import field_label
from caseapp.domain.messages import Message, msg
from caseapp.services.audit_trail import audit, audit_text
from caseapp.services.base import announce
from caseapp.services.calendar_deletions import LEVEL, MERGED_INTO
from caseapp.services.captives import captive_label
from caseapp.services.levels import load_levels
from caseapp.services.merge_aside import set_aside, write_note
from caseapp.services.merge_duplicates import SAME_RECORD_MODELS, columns, drop_duplicates, twins
from caseapp.services.merge_levels import (
    filled_side,
    merged_field_levels,
    other_photo_kept,
    photo_of_merged,
    stricter_side,
    taken_levels,
)
from caseapp.services.merge_undo import CHILDREN, LINKS, MergeUndo
from caseapp.services.merge_undo import undo_merge as undo_merge  # (where callers find it)
from caseapp.services.row_validation import record_services
from caseapp.services.sheet_preview import SheetServices

# The captive's own fields a merge chooses between (dates with their precision as one).
FIELDS = ("sex", "birth", "birth_place", "citizenship", "category", "status", "status_since",
          "capture", "capture_place", "capture_circumstances", "capturing_authority",
          "consent_power_of_attorney", "consent_publicity", "consent_family_wgeid",
          "consent_notes", "summary",
          "current_asks", "health", "sensitivity")
# The merge's dates known to a precision, named by the column that holds the day.
_DATE_COLUMNS = {"birth": "birth_date", "capture": "capture_date"}


def field_name(field: str) -> Message | str:
    """A field of the merge by its label, in the user's language ("birth": "Date of birth"):
    the window and ``caseapp merge`` name it alike (:mod:`caseapp.domain.field_labels`)."""
    return field_label(_DATE_COLUMNS.get(field, field), Captive)


@dataclass(frozen=True)
class FieldDifference:
    """A field on which two captives differ: its values as the audit log writes them
    (``keep``, ``other``: what ``--take`` and the log compare) and as stored (a
    :class:`PartialDate`, a day, an enum member, a yes/no), for a screen to name them."""

    field: str
    keep: str
    other: str
    keep_value: Any = None
    other_value: Any = None
    # "other" where the merged record's value is the stricter (a higher level, a consent not
    # given): kept by default (:mod:`caseapp.services.merge_levels`); "keep" where the kept's is
    stricter: str | None = None
    # "other" where the kept record has no value and the merged one has: taken by default
    filled: str | None = None

    @property
    def chosen(self) -> str:
        """The side a merge takes unless told otherwise: "keep" or "other"."""
        return self.stricter or self.filled or "keep"


@dataclass(frozen=True)
class MergeResult:
    keep_id: int
    other_id: int
    other_uid: str
    moved: dict[str, int]
    names_kept_as_aliases: tuple[str, ...]
    fields_taken: tuple[str, ...]
    undo: MergeUndo | None = None
    # table → how many of the other's records the kept captive held already (kept once)
    same: dict[str, int] = field(default_factory=dict)
    # the fields whose value not chosen was written into a note of the kept captive
    set_aside: tuple[str, ...] = ()


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
        raise ValidationError(msg("A captive cannot be merged into itself: give two different "
                                  "IDs."))
    keep, other = s.get(Captive, keep_id), s.get(Captive, other_id)
    for cid, c in ((keep_id, keep), (other_id, other)):
        if c is None:
            raise NotFound(msg("There is no captive with ID {record_id}.", record_id=cid))
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
                msg("The {kind} of {name} (ID {record_id}) cannot become the kept captive's: "
                    "{reason} Correct one of the two first; nothing was merged.", kind=svc.noun,
                    name=other_label, record_id=row.id, reason=exc.message),
                field=exc.field) from None


def differences(services: SheetServices, keep_id: int, other_id: int) -> list[FieldDifference]:
    """The fields whose values differ, as the lawyer chooses between them."""
    with services.ctx.read() as s:
        keep, other = _pair(s, keep_id, other_id)
        return [FieldDifference(f, _text(_value(keep, f)), _text(_value(other, f)),
                                _value(keep, f), _value(other, f),
                                stricter_side(f, _value(keep, f), _value(other, f)),
                                filled_side(f, _value(keep, f), _value(other, f)))
                for f in FIELDS if _value(keep, f) != _value(other, f)]


def what_moves(services: SheetServices, keep_id: int, other_id: int) -> dict[str, int]:
    """How many records of the other captive a merge would move to the kept one, by table
    (names as aliases under ``captive_names``; hearings and interventions by link; not
    those the kept one holds already, :mod:`caseapp.services.merge_duplicates`)."""
    with services.ctx.read() as s:
        keep, other = _pair(s, keep_id, other_id)
        counts = {"captive_names": len(other.names)}
        staying: list[str] = []  # the uids of the other's records the kept one holds already
        for model in CHILDREN:
            column: Any = model.captive_id
            condition = column == other.id
            if model is Deadline:  # the other's own capture deadlines are computed again,
                condition = condition & (Deadline.trigger_kind != "captive")  # and those of
                condition = condition & Deadline.trigger_uid.not_in(staying)  # a twin order
            n = s.scalar(select(func.count()).select_from(model).where(condition)) or 0
            if n and (model in SAME_RECORD_MODELS or model is Deadline):  # what the kept one
                # holds already stays (a deadline of a hearing both were on)
                same = twins(s, model, keep.id, list(s.scalars(select(model).where(condition))))
                staying += [row.uid for row, _twin in same]
                n -= len(same)
            if n:
                counts[model.__tablename__] = n
        for table, key in LINKS:  # not a hearing or intervention the kept one is on already
            kept = select(table.c[key]).where(table.c.captive_id == keep.id)
            n = s.scalar(select(func.count()).select_from(table)
                         .where(table.c.captive_id == other.id, table.c[key].not_in(kept))) or 0
            if n:
                counts[table.name.replace("_captives", "s")] = n
        return counts


def merge_captives(services: SheetServices, keep_id: int, other_id: int, *,
                   take: Iterable[str] = (), keep_own: Iterable[str] = ()) -> MergeResult:
    """Merge captive ``other_id`` into ``keep_id``, taking the fields named in ``take`` from
    the other; the rest stay as the kept one has them, but for a stricter level or a consent
    not given on the other, and a field empty on the kept one and filled on the other, taken
    unless named in ``keep_own``; each field's own level the stricter of the two, a value
    taken at least at the level it had; the other's photo where the kept one has none."""
    take, chosen_kept = tuple(dict.fromkeys(take)), tuple(dict.fromkeys(keep_own))
    for name in (*take, *chosen_kept):
        if name not in FIELDS:
            raise ValidationError(msg("“{name}” is not a field to take (fields: {fields}).", name=name,
                                      fields=", ".join(FIELDS)),
                                  field="take")
    ctx = services.ctx
    with ctx.transaction() as s, services.deadline_engine.reading(s):
        keep, other = _pair(s, keep_id, other_id)
        other_uid, other_label, keep_label = other.uid, captive_label(other), captive_label(keep)
        was = services.captives.audited_values(keep)  # (its history: each field from what to what)
        stricter = [f for f in FIELDS if f not in chosen_kept
                    and "other" in (stricter_side(f, _value(keep, f), _value(other, f)),
                                    filled_side(f, _value(keep, f), _value(other, f)))]
        fields = {f: _value(other, f) for f in (*take, *stricter)
                  if _value(keep, f) != _value(other, f)}
        taken = tuple(fields)
        levels = taken_levels(merged_field_levels(keep.field_levels, other.field_levels),
                              fields.get("sensitivity", keep.sensitivity), other,
                              [_DATE_COLUMNS.get(f, f) for f in taken if f != "sensitivity"])
        if levels != dict(keep.field_levels or {}):
            fields["field_levels"] = levels
        fields.update(photo_of_merged(keep, other))
        photo_document = other_photo_kept(services, s, keep, other, other_label)
        keep_columns, other_columns = columns(keep), columns(other)
        keep_tags = tuple(sorted(t.name for t in keep.tags))
        other_tags = tuple(sorted(t.name for t in other.tags))
        other_names = tuple((n.id, n.kind, n.is_primary) for n in other.names)
        keep_history = frozenset(s.scalars(select(StatusChange.id)
                                           .where(StatusChange.captive_id == keep.id)))
        moved_ids: dict[str, tuple[int, ...]] = {}
        links: list[tuple[str, tuple[int, ...], tuple[int, ...]]] = []
        moved: dict[str, int] = {}
        moved_rows: list[Any] = []
        dropped: list[tuple[str, dict[str, Any]]] = []
        kept_once: dict[str, int] = {}
        remove = _Removal(services.deadline_engine.deadlines, s, keep.uid, other.id)
        aliases, as_recorded = [], []
        moved_names = list(other.names)
        # A spelling in a script the kept captive has no name of its own in keeps its role
        # (the passport's Latin spelling stays the one letters and filings print); the rest
        # become aliases.
        scripts = {n.script for n in keep.names if n.kind != NameKind.ALIAS}
        for spelling in moved_names:
            if spelling.kind == NameKind.ALIAS or spelling.script in scripts:
                spelling.kind = NameKind.ALIAS
                aliases.append(spelling.full_name)
            else:
                scripts.add(spelling.script)
                as_recorded.append(spelling.full_name)
            spelling.is_primary = False
            spelling.captive = keep
        moved["captive_names"] = len(moved_names)
        for model in CHILDREN:
            column: Any = model.captive_id
            rows: list[Any] = list(s.scalars(select(model).where(column == other.id)))
            if model is Deadline:  # those the other's own capture set off are computed again
                for d in [d for d in rows if d.trigger_kind == "captive"]:
                    remove(d)
                    rows.remove(d)
            rows, same, n_same = drop_duplicates(s, model, keep.id, rows, remove)
            dropped.extend((model.__tablename__, values) for values in same)
            if n_same:
                kept_once[model.__tablename__] = n_same
            for row in rows:
                row.captive_id = keep.id
            if rows:
                moved[model.__tablename__] = len(rows)
                moved_ids[model.__tablename__] = tuple(r.id for r in rows)
                moved_rows.extend(rows)
        for table, key in LINKS:
            linked = set(s.scalars(select(table.c[key]).where(table.c.captive_id == other.id)))
            already = set(s.scalars(select(table.c[key]).where(table.c.captive_id == keep.id)))
            s.execute(delete(table).where(table.c.captive_id == other.id))
            for record_id in sorted(linked - already):
                s.execute(insert(table).values({key: record_id, "captive_id": keep.id}))
            if linked:
                moved[table.name.replace("_captives", "s")] = len(linked)
                links.append((table.name, tuple(sorted(linked)), tuple(sorted(already & linked))))
        tags = {t.name: t for t in [*keep.tags, *other.tags]}
        fields["tags"] = sorted(tags)
        aside = set_aside(FIELDS, taken, _value, keep, other, _DATE_COLUMNS)  # not kept: a note
        aside_note = write_note(services, s, keep, other_label, aside, field_name)
        s.flush()
        s.expire(other, ["names"])
        services.captives._apply_and_check(s, keep, fields)
        s.expire(keep, ["names"])
        services.captives.audit_changed(s, keep, was)
        services.deadline_engine.settle_orders_of(s, keep.id)  # the other's orders continue
        _check_moved(s, services, moved_rows, other_label)
        audit(s, ctx, AuditAction.UPDATE, keep,
              summary=msg("Merge of {other} into {keep}", other=other_label, keep=keep_label),
              captive_uid=keep.uid, field="merged",
              old={"uid": other_uid, "name": other_label,
                   **{f: _text(_value(other, f)) for f in FIELDS if _value(other, f) is not None}},
              new={"fields_taken": list(taken), "moved": moved,
                   "kept_once": kept_once, "names_kept_as_aliases": aliases,
                   "names_kept_as_recorded": as_recorded})
        s.delete(other)
        s.flush()
        announce(s, Changes("captives", AuditAction.UPDATE, (keep.id,), (keep.id,)))
        announce(s, Changes("captives", AuditAction.DELETE, (other_id,), (other_id,)))
        undo = MergeUndo(keep_id, other_id, keep.row_version, keep_columns, keep_tags,
                         keep_history, other_columns, other_tags, other_names, moved_ids,
                         tuple(links), tuple(remove.columns), tuple(dropped),
                         frozenset([*(n.uid for n in moved_names), *(r.uid for r in moved_rows)]),
                         photo_document, aside_note)
    return MergeResult(keep_id, other_id, other_uid, moved, tuple(aliases), taken, undo,
                       kept_once, tuple(f for f, _value, _level in aside))




class _Removal:
    """Deletes a deadline the merge removes (the other's capture deadlines, those of an order
    dropped as the kept one's twin) as a deletion the audit trail records, like one by hand:
    a calendar exported before cancels it (:mod:`caseapp.services.calendar_deletions`). The
    entry names the kept captive (``merged_into``) and the level the deadline had before the
    merge (``level``: its own, its trigger's, its captive's), both of which a calendar must
    allow to cancel it. ``columns``: what was removed, for the undo."""

    def __init__(self, deadlines: Any, s: Session, keep_uid: str, other_id: int) -> None:
        self.deadlines, self.s, self.keep_uid = deadlines, s, keep_uid
        self.columns: list[dict[str, Any]] = []
        # The levels as they are before the merge changes anything (only if it can remove).
        has = s.scalar(select(Deadline.id).where(Deadline.captive_id == other_id).limit(1))
        self.levels = load_levels(s.connection()) if has is not None else None

    def __call__(self, d: Deadline) -> None:
        self.columns.append(columns(d))
        level = (self.levels.deadline(d) if self.levels is not None else Sensitivity.INTERNAL)
        self.deadlines.audit_deletion(self.s, d, captive_uid=self.keep_uid,
                                      also={MERGED_INTO: self.keep_uid, LEVEL: level.value})
        self.s.delete(d)
