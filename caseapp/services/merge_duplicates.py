"""What two records of one person both hold, a merge keeps once: a record of the other captive
(a place of detention, a status change, an identity document, a welfare contact, a note, a
detention order) whose every field is the same as one of the kept captive's is not moved but
dropped, with the deadlines a dropped order set off (they are the same as its twin's); so is a
deadline of a record both captives share (a hearing both records were put on: its appeal
deadline, once for each) that is the same as the kept captive's own. A record that differs in
anything (a deadline marked done on one record only) moves, as every other record does, and is
checked as the kept captive's (:func:`caseapp.services.captive_merge._check_moved`)."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Sequence
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from caseapp.db.models import (
    Deadline,
    DetentionOrder,
    DetentionPlace,
    IdentityDocument,
    Note,
    StatusChange,
    WelfareContact,
)

# The records a merge may find on both captives (none has records of its own hanging on it,
# deadlines aside).
SAME_RECORD_MODELS: tuple[type[Any], ...] = (StatusChange, DetentionPlace, IdentityDocument,
                                             WelfareContact, Note, DetentionOrder)
_NOT_CONTENT = frozenset({"id", "uid", "created_at", "updated_at", "row_version", "captive_id"})
# What makes two deadlines set off by two twin orders the same deadline.
_DEADLINE_CONTENT = ("title", "rule_id", "trigger_kind", "due_on", "due_time", "timezone",
                     "status", "overridden", "status_reason", "notes", "hard", "sensitivity",
                     "document_id")


def columns(obj: Any) -> dict[str, Any]:
    """Every column of a record (its relationships aside), as stored."""
    return {a.key: getattr(obj, a.key) for a in obj.__mapper__.column_attrs}


def _content(obj: Any) -> tuple[tuple[str, Any], ...]:
    return tuple(sorted((k, repr(v)) for k, v in columns(obj).items() if k not in _NOT_CONTENT))


def _deadlines(s: Session, trigger_uid: str) -> list[Deadline]:
    return list(s.scalars(select(Deadline).where(Deadline.trigger_uid == trigger_uid)))


def _same_deadlines(s: Session, one_uid: str, other_uid: str) -> bool:
    def key(rows: list[Deadline]) -> Counter[tuple[Any, ...]]:
        return Counter(tuple(repr(getattr(d, c)) for c in _DEADLINE_CONTENT) for d in rows)
    return key(_deadlines(s, one_uid)) == key(_deadlines(s, other_uid))


def _shared_deadline_twins(s: Session, keep_id: int, rows: Sequence[Deadline],
                           ) -> list[tuple[Deadline, Deadline]]:
    """Of the other captive's deadlines, those a record both captives share set off (by its
    rule) that the kept captive holds the same, each with its twin."""
    shared = {(d.trigger_kind, d.trigger_uid) for d in rows
              if d.trigger_uid is not None and d.rule_id}
    if not shared:
        return []
    kept: dict[tuple[Any, ...], list[Deadline]] = {}
    for d in s.scalars(select(Deadline).where(
            Deadline.captive_id == keep_id,
            Deadline.trigger_uid.in_({uid for _kind, uid in shared}))):
        key = (d.trigger_uid, *(repr(getattr(d, c)) for c in _DEADLINE_CONTENT))
        kept.setdefault(key, []).append(d)
    found = []
    for d in rows:
        if d.trigger_uid is None or not d.rule_id:
            continue
        candidates = kept.get((d.trigger_uid, *(repr(getattr(d, c)) for c in _DEADLINE_CONTENT)), [])
        if candidates:
            found.append((d, candidates.pop(0)))
    return found


def twins(s: Session, model: type[Any], keep_id: int, rows: Sequence[Any],
          ) -> list[tuple[Any, Any]]:
    """The other captive's ``rows`` (of ``model``) the kept captive already holds, each with
    its twin (each kept record the twin of one record at most)."""
    if model is Deadline and rows:
        return _shared_deadline_twins(s, keep_id, rows)
    if model not in SAME_RECORD_MODELS or not rows:
        return []
    column: Any = model.captive_id
    kept: dict[tuple[tuple[str, Any], ...], list[Any]] = {}
    for row in s.scalars(select(model).where(column == keep_id)):
        kept.setdefault(_content(row), []).append(row)
    found = []
    for row in rows:
        candidates = kept.get(_content(row), [])
        twin = next((t for t in candidates if model is not DetentionOrder
                     or _same_deadlines(s, row.uid, t.uid)), None)
        if twin is not None:
            candidates.remove(twin)
            found.append((row, twin))
    return found


def drop_duplicates(s: Session, model: type[Any], keep_id: int, rows: Sequence[Any],
                    remove_deadline: Callable[[Deadline], None],
                    ) -> tuple[list[Any], list[dict[str, Any]], int]:
    """Of the other captive's ``rows`` (of ``model``), those the kept captive already holds
    are deleted, the deadlines a dropped order set off and twin deadlines by
    ``remove_deadline`` (which deletes and audits one, keeping it for the undo): the rows left
    to move, the columns of the rows dropped but deadlines (for the merge's undo) and how many
    were dropped."""
    same = [row for row, _twin in twins(s, model, keep_id, rows)]
    dropped: list[dict[str, Any]] = []
    for row in same:
        if model is Deadline:  # a deletion the audit trail records, put back by the undo
            remove_deadline(row)
            continue
        if model is DetentionOrder:
            for d in _deadlines(s, row.uid):
                remove_deadline(d)
        dropped.append(columns(row))
        s.delete(row)
    return [r for r in rows if r not in same], dropped, len(same)
