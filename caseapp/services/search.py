"""Search across scripts over names and free text (see :mod:`caseapp.db.search`)."""

from __future__ import annotations

from collections import defaultdict
from zoneinfo import ZoneInfo

from sqlalchemy import select
from sqlalchemy.orm import Session

from caseapp.db import search as index
from caseapp.db.models import (
    Captive,
    CaptiveName,
    Contact,
    DetentionPlace,
    Document,
    Hearing,
    InternationalProceeding,
    Intervention,
    Note,
    Organisation,
    Prosecution,
    WelfareContact,
    hearing_captives,
    intervention_captives,
)
from caseapp.domain.dto import SearchResult
from caseapp.services.base import ServiceContext

_MODELS = {m.__tablename__: m for m in (
    Captive, CaptiveName, Contact, DetentionPlace, Document, Hearing, InternationalProceeding,
    Intervention, Note, Organisation, Prosecution, WelfareContact)}
_LINKS = {"hearings": hearing_captives, "interventions": intervention_captives}


def _linked_captives(s: Session, hits: list[index.SearchHit]) -> dict[tuple[str, int], tuple[int, ...]]:
    found: dict[tuple[str, int], list[int]] = defaultdict(list)
    for entity, table in _LINKS.items():
        ids = [h.record_id for h in hits if h.entity == entity]
        if not ids:
            continue
        key = table.c.hearing_id if entity == "hearings" else table.c.intervention_id
        for record_id, captive_id in s.execute(select(key, table.c.captive_id).where(key.in_(ids))):
            found[(entity, record_id)].append(captive_id)
    return {k: tuple(v) for k, v in found.items()}


def matching_captive_ids(s: Session, query: str, *, names_only: bool = False) -> list[int]:
    """Captives matching ``query``: by a name first, then by text of their own records."""
    hits = index.find(s, query, entities=["captive_names"] if names_only else None)
    links = _linked_captives(s, hits)
    ordered: dict[int, None] = {}
    for hit in hits:
        ids = (hit.captive_id,) if hit.captive_id else links.get((hit.entity, hit.record_id), ())
        for cid in ids:
            ordered.setdefault(cid, None)
    return list(ordered)


class SearchService:
    def __init__(self, ctx: ServiceContext):
        self.ctx = ctx

    def captive_ids(self, query: str, *, names_only: bool = False) -> list[int]:
        with self.ctx.read() as s:
            return matching_captive_ids(s, query, names_only=names_only)

    def everything(self, query: str, *, limit: int = 200) -> list[SearchResult]:
        """Every record whose text matches, names first, with the captives it concerns."""
        with self.ctx.read() as s:
            hits = index.find(s, query, limit=limit)
            links = _linked_captives(s, hits)
            results = []
            for hit in hits:
                obj = s.get(_MODELS[hit.entity], hit.record_id)
                if obj is None:
                    continue
                ids = (hit.captive_id,) if hit.captive_id else links.get((hit.entity, hit.record_id), ())
                results.append(SearchResult(hit.entity, hit.record_id, ids, _label(obj), hit.is_name))
            return results


def _label(obj: object) -> str:
    for attr in ("full_name", "name", "title", "subject", "facility", "case_number", "reference"):
        value = getattr(obj, attr, None)
        if value:
            return str(value)
    if isinstance(obj, Captive):
        return obj.names[0].full_name if obj.names else f"captive {obj.id}"
    if isinstance(obj, Hearing):  # the date as the court gives it, not the UTC one
        return f"{obj.court} {obj.starts_at.astimezone(ZoneInfo(obj.timezone)):%Y-%m-%d}".strip()
    return f"{type(obj).__name__} {getattr(obj, 'id', '')}"
