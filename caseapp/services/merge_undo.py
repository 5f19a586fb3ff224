"""The undo of a merge of two captives (:func:`caseapp.services.captive_merge.merge_captives`):
what it keeps to put both back as they were, and the putting back. Also the records a merge
moves, by table, which both read."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import delete, insert, select
from sqlalchemy.orm import Session

from caseapp.db.models import (
    Captive,
    CaptiveName,
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
    Tag,
    WelfareContact,
    hearing_captives,
    intervention_captives,
)
from caseapp.domain.dto import Changes
from caseapp.domain.enums import AuditAction
from caseapp.domain.errors import ConflictError, NotFound
from caseapp.domain.messages import msg
from caseapp.services.audit_trail import audit
from caseapp.services.base import announce
from caseapp.services.captives import captive_label
from caseapp.services.sheet_preview import SheetServices

# The records of a captive a merge moves, and the links to hearings and interventions.
CHILDREN: tuple[type[Any], ...] = (StatusChange, DetentionPlace, IdentityDocument, WelfareContact, Note, Prosecution,
             DetentionOrder, InternationalProceeding, Document, Deadline, CourtDelivery)
LINKS = ((hearing_captives, "hearing_id"), (intervention_captives, "intervention_id"))


@dataclass(frozen=True)
class MergeUndo:
    """What :func:`undo_merge` needs to put two merged captives back as they were."""

    keep_id: int
    other_id: int
    keep_version: int  # the kept captive's record version right after the merge
    keep_columns: dict[str, Any]  # its own columns before the merge
    keep_tags: tuple[str, ...]
    keep_status_changes: frozenset[int]  # its status history before the merge
    other_columns: dict[str, Any]
    other_tags: tuple[str, ...]
    other_names: tuple[tuple[int, Any, bool], ...]  # (id, kind, is_primary)
    moved: dict[str, tuple[int, ...]]  # table → ids of the records moved to the kept one
    links: tuple[tuple[str, tuple[int, ...], tuple[int, ...]], ...]  # table, linked, already
    deleted_deadlines: tuple[dict[str, Any], ...]  # the other's capture deadlines, and those
    # of an order dropped as the kept one's twin
    dropped: tuple[tuple[str, dict[str, Any]], ...] = ()  # table, columns of a record dropped
    # The uids of the names and records that moved: one deleted since leaves its number to
    # the next row added (SQLite reuses the highest), which the undo must not take.
    moved_uids: frozenset[str] = frozenset()
    photo_document: str = ""  # the uid of the document the other's photo was kept as
    aside_note: str = ""  # the uid of the note holding the other's values not kept


_MODELS: dict[str, type[Any]] = {m.__tablename__: m for m in CHILDREN}
_LINK_KEYS = {table.name: (table, key) for table, key in LINKS}
_NOT_RESTORED = ("id", "uid", "created_at", "row_version")


def _moved(row: Any, undo: MergeUndo) -> bool:
    """Whether ``row`` is one the merge moved (not another that took its number since)."""
    return not undo.moved_uids or row.uid in undo.moved_uids


def undo_merge(services: SheetServices, undo: MergeUndo) -> None:
    """Put two merged captives back as they were before :func:`merge_captives`: the other
    with its id, uid, fields and tags, its names (no longer aliases) and every record that
    moved; the kept one's fields, tags and status history as they were. Refused, changing
    nothing, when the kept captive was changed since the merge or the other's id is taken.
    One transaction, one audit entry."""
    ctx = services.ctx
    with ctx.transaction() as s, services.deadline_engine.reading(s):
        keep = s.get(Captive, undo.keep_id)
        if keep is None:
            raise NotFound(msg("There is no captive with ID {record_id}: the merge cannot be undone.",
                               record_id=undo.keep_id))
        if keep.row_version != undo.keep_version or s.get(Captive, undo.other_id) is not None:
            raise ConflictError(msg("{name} was changed since the merge: it can no longer be undone.",
                                    name=captive_label(keep)))
        was = services.captives.audited_values(keep)
        other = Captive(**{k: v for k, v in undo.other_columns.items() if k != "row_version"})
        other.tags = _tags(s, undo.other_tags)
        s.add(other)
        s.flush()
        for name_id, kind, primary in undo.other_names:
            name = s.get(CaptiveName, name_id)
            if name is None or name.captive_id != keep.id or not _moved(name, undo):
                raise ConflictError(msg("A name that moved in the merge was changed since: the "
                                    "merge can no longer be undone."))
            name.captive_id, name.kind, name.is_primary = other.id, kind, primary
        for table, ids in undo.moved.items():
            model = _MODELS[table]
            rows = list(s.scalars(select(model).where(model.id.in_(ids))))
            if len(rows) != len(ids) or not all(
                    r.captive_id == keep.id and _moved(r, undo) for r in rows):
                raise ConflictError(msg("A record that moved in the merge was deleted since: the "
                                    "merge can no longer be undone."))
            for row in rows:
                row.captive_id = other.id
        for link_name, linked, already in undo.links:
            link, key = _LINK_KEYS[link_name]
            only = sorted(set(linked) - set(already))
            if only:
                s.execute(delete(link).where(link.c.captive_id == keep.id, link.c[key].in_(only)))
            for record_id in linked:
                s.execute(insert(link).values({key: record_id, "captive_id": other.id}))
        for table, values in undo.dropped:  # the twins the kept captive held
            s.add(_MODELS[table](**{k: v for k, v in values.items() if k != "row_version"}))
        restored = [Deadline(**{k: v for k, v in values.items() if k != "row_version"})
                    for values in undo.deleted_deadlines]
        s.add_all(restored)
        s.execute(delete(StatusChange).where(
            StatusChange.captive_id == keep.id, StatusChange.id.not_in(
                [*undo.keep_status_changes, *undo.moved.get("status_changes", ())])))
        for column, value in undo.keep_columns.items():
            if column not in _NOT_RESTORED:
                setattr(keep, column, value)
        keep.tags = _tags(s, undo.keep_tags)
        if undo.photo_document:  # the other's photo is its own again
            _delete_made(s, ctx, Document, undo.photo_document, keep, "documents",
                         lambda d: {"title": d.title, "sha256": d.sha256})
        if undo.aside_note:  # the other's values are its own again
            _delete_made(s, ctx, Note, undo.aside_note, keep, "notes",
                         lambda n: {"title": n.title, "body": n.body})
        s.flush()
        s.expire(keep, ["names"])
        services.captives.audit_changed(s, keep, was)
        for d in restored:  # the merge recorded their removal
            services.deadline_engine.deadlines.audit_restored(s, d)
        if services.captives.after_write is not None:  # its deadlines, from its own dates
            services.captives.after_write(s, keep)
        services.deadline_engine.settle_orders_of(s, keep.id)  # the other's orders gone
        audit(s, ctx, AuditAction.UPDATE, keep, captive_uid=keep.uid, field="merged",
              summary=msg("Undo of the merge of {other} into {keep}", other=captive_label(other),
                          keep=captive_label(keep)),
              old={"uid": other.uid}, new={"restored": other.uid})
        announce(s, Changes("captives", AuditAction.CREATE, (other.id,), (other.id,)))
        announce(s, Changes("captives", AuditAction.UPDATE, (keep.id,), (keep.id,)))


def _tags(s: Session, names: Iterable[str]) -> list[Any]:
    names = list(names)
    return list(s.scalars(select(Tag).where(Tag.name.in_(names)))) if names else []


def _delete_made(s: Session, ctx: Any, model: Any, uid: str, keep: Any, table: str,
                 old: Callable[[Any], dict[str, Any]]) -> None:
    """Delete the record the merge made on the kept captive (the other's photo, the note of
    the values not kept), audited with ``old`` of it and announced, if it is still there."""
    record = s.scalar(select(model).where(model.uid == uid))
    if record is None:
        return
    audit(s, ctx, AuditAction.DELETE, record, summary=record.title, captive_uid=keep.uid,
          old=old(record))
    s.delete(record)
    announce(s, Changes(table, AuditAction.DELETE, (record.id,), (keep.id,)))
