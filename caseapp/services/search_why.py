"""Why a search found each captive it lists (:class:`caseapp.domain.found_by.FoundBy`): a
name of theirs the query finds (the list leaves it unsaid when it is a name the row shows), or
the text of their record the best match was in: "Bakı" typed lists Vardanyan Aram, held in the
«Bakı İstintaq Təcridxanası»; an alias typed lists the captive under the headline name."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from caseapp.db import search_match as index
from caseapp.db.models import CaptiveName
from caseapp.db.search import INDEXED_FIELDS, SearchEntry
from caseapp.domain.found_by import Finder, FoundBy
from caseapp.domain.stored_messages import shown_lines

# The most captives a search says why for: the first, in rank order (a query finding more is
# too broad to read row by row; saying why for 20,000 rows would hold the list back: 500
# notes of a thousand characters each took 90 ms where the search itself took 7).
EXPLAINED = 200


@dataclass(frozen=True)
class FoundCaptives:
    """The captives a search finds in rank order, and what each of the first
    :data:`EXPLAINED` was found by (none for a captive whose match is not to be shown)."""

    ids: list[int]
    found_by: dict[int, FoundBy] = field(default_factory=dict)


def record_found_by(entity: str, record_id: int, obj: Any, finder: Finder) -> FoundBy:
    """Which text of the record ``obj`` (of the indexed table ``entity``) the query of
    ``finder`` finds."""
    _, fields = INDEXED_FIELDS[entity]
    return finder.found_in(entity, record_id, ((f, _text(getattr(obj, f, None))) for f in fields))


def _text(value: object) -> str:
    return shown_lines(value) if isinstance(value, str) else "" if value is None else str(value)


def found_captives(s: Session, query: str, *, names_only: bool = False) -> FoundCaptives:
    """The captives ``query`` finds (:func:`caseapp.db.search_match.ranked_captive_entries`),
    each of the first :data:`EXPLAINED` with what it was found by: for the window's list,
    which shows what its login reads (the search of an output at a level is
    :meth:`caseapp.services.search.SearchService.everything`)."""
    ranked = index.ranked_captive_entries(s, query, names_only=names_only)
    return FoundCaptives([cid for cid, _, _ in ranked], why_found(s, query, ranked[:EXPLAINED]))


def why_found(s: Session, query: str, ranked: Sequence[tuple[int, int, int]]) -> dict[int, FoundBy]:
    """What each captive of ``ranked`` (id, rank, best entry) was found by: the first of their
    names the query finds (the primary name first), else the text of their best entry."""
    if not ranked:
        return {}
    finder = Finder(query)
    ids = [cid for cid, _, _ in ranked]
    out: dict[int, FoundBy] = {}
    for cid, name_id, name in s.execute(
            select(CaptiveName.captive_id, CaptiveName.id, CaptiveName.full_name)
            .where(CaptiveName.captive_id.in_(ids))
            .order_by(CaptiveName.captive_id, CaptiveName.is_primary.desc(), CaptiveName.id)):
        if cid not in out and finder.typed.finds(name):
            out[cid] = FoundBy("captive_names", name_id, "full_name", name)
    entries = {e: cid for cid, _, e in ranked if cid not in out}
    if not entries:
        return out
    records: dict[str, dict[int, list[int]]] = defaultdict(lambda: defaultdict(list))
    for entry_id, entity, record_id in s.execute(
            select(SearchEntry.id, SearchEntry.entity, SearchEntry.record_id)
            .where(SearchEntry.id.in_(list(entries)))):
        records[entity][record_id].append(entries[entry_id])
    for entity, by_id in records.items():
        model: Any = INDEXED_FIELDS[entity][0]  # (every indexed model has an integer id)
        for obj in s.scalars(select(model).where(model.id.in_(list(by_id)))):
            why = record_found_by(entity, obj.id, obj, finder)
            for cid in by_id[obj.id]:
                out[cid] = why
    return out


__all__ = ["EXPLAINED", "FoundCaptives", "found_captives", "record_found_by", "why_found"]
