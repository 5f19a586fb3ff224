"""Which rows a spreadsheet import wrote, by their uid as well as their number, so that its
undo takes back those rows only: a row deleted since leaves its number to the next one
added (SQLite reuses the highest), which is another record, perhaps another captive."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

Uids = Mapping[tuple[str, int], str]  # (table, id) → uid
_CHUNK = 500  # ids per query (SQLite's bound parameters)


def uids_of(s: Session, rows: Iterable[tuple[Any, int]]) -> dict[tuple[str, int], str]:
    """The uids of ``rows`` (each a model and an id), keyed by table and id."""
    by_model: dict[Any, list[int]] = defaultdict(list)
    for model, rid in rows:
        by_model[model].append(rid)
    out: dict[tuple[str, int], str] = {}
    for model, ids in by_model.items():
        for start in range(0, len(ids), _CHUNK):
            query = select(model.id, model.uid).where(model.id.in_(ids[start:start + _CHUNK]))
            out.update({(model.__tablename__, rid): uid for rid, uid in s.execute(query)})
    return out


def same_row(s: Session, model: Any, rid: int, uids: Uids) -> Any | None:
    """Row ``rid`` of ``model`` if it is still the row the import wrote (its uid, where the
    import noted it), else None: deleted since, or its number taken by another."""
    obj = s.get(model, rid)
    expected = uids.get((model.__tablename__, rid))
    if obj is None or (expected is not None and obj.uid != expected):
        return None
    return obj
