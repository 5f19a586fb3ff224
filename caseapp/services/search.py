"""Search across scripts over names and free text (see :mod:`caseapp.db.search` and
:mod:`caseapp.db.search_match`)."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from typing import cast
from zoneinfo import ZoneInfo

from sqlalchemy import String, Table, func, select, type_coerce
from sqlalchemy.orm import Session

from caseapp.db import search_match as index
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
from caseapp.domain.enums import Sensitivity
from caseapp.domain.found_by import Finder
from caseapp.domain.messages import msg
from caseapp.domain.name_display import NameRow, latin_display_name
from caseapp.domain.names import search_keys
from caseapp.domain.stored_messages import shown_lines
from caseapp.services.base import ServiceContext, output_level
from caseapp.services.labels import value_label
from caseapp.services.levels import load_levels
from caseapp.services.search_why import FoundCaptives, found_captives, record_found_by

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


def matching_captive_ids(s: Session, query: str, *, names_only: bool = False,
                         alone: bool = False) -> list[int]:
    """Captives matching ``query``: by a name first, then by text of their own records (one
    statement; see :func:`caseapp.db.search_match.captive_ids`). ``alone``: nothing else
    is read with ``s``."""
    return index.captive_ids(s, query, names_only=names_only, alone=alone)


class SearchService:
    def __init__(self, ctx: ServiceContext):
        self.ctx = ctx

    def captive_ids(self, query: str, *, names_only: bool = False) -> list[int]:
        alone = not self.ctx.reads_shared()  # one statement is all this call reads
        with self.ctx.read() as s:
            return matching_captive_ids(s, query, names_only=names_only, alone=alone)

    def everything(self, query: str, *, limit: int = 200,
                   level: Sensitivity | str | None = None) -> list[SearchResult]:
        """Every record whose text matches, names first, with the captives it concerns. At a
        ``level`` (never above the login's clearance), only the records an output at that
        level may show (:meth:`caseapp.services.levels.LevelMap.record`), naming only the
        captives it may name (at the public level, those who consented to publicity): a
        record of a captive it may not name is left out with them."""
        at = None if level is None else output_level(self.ctx, level)
        finder = Finder(query)
        with self.ctx.read() as s:
            levels = load_levels(s.connection()) if at is not None else None
            asked = limit
            while True:  # at a level, more matches read until ``limit`` of them may be shown
                hits = index.find(s, query, limit=asked)
                links = _linked_captives(s, hits)
                results = []
                for hit in hits:
                    obj = s.get(_MODELS[hit.entity], hit.record_id)
                    if obj is None:
                        continue
                    ids = (hit.captive_id,) if hit.captive_id else links.get((hit.entity, hit.record_id), ())
                    if levels is not None and at is not None:
                        named = tuple(c for c in ids if levels.names_captive(c, at))
                        if (not at.allows(levels.record(hit.entity, obj))
                                or (ids and not named) or (hit.captive_id and not named)):
                            continue
                        ids = named
                    results.append(SearchResult(hit.entity, hit.record_id, ids, _label(obj),
                                                hit.is_name, record_found_by(
                                                    hit.entity, hit.record_id, obj, finder)))
                if levels is None or len(results) >= limit or len(hits) < asked:
                    return results[:limit]
                asked *= 4

    def captives_found(self, query: str, *, names_only: bool = False) -> FoundCaptives:
        """:meth:`captive_ids`, with what each of the first was found by (the list's rows say
        it where their names do not: :mod:`caseapp.services.search_why`)."""
        with self.ctx.read() as s:
            return found_captives(s, query, names_only=names_only)

    def find_captives(self, query: str, *, limit: int = 50) -> CaptiveMatches:
        """The captives a picker offers for ``query`` (see :func:`find_captives`)."""
        with self.ctx.read() as s:
            return find_captives(s, query, limit=limit)

    def captives_by_id(self, ids: Iterable[int]) -> list[CaptiveMatch]:
        """Picker entries of the given captives (those already chosen), in Latin-name order."""
        with self.ctx.read() as s:
            return _matches(s, sorted(set(ids)))


def _label(obj: object) -> str:
    for attr in ("full_name", "name", "title", "subject", "facility", "case_number", "reference"):
        value = getattr(obj, attr, None)
        if value:  # a title CaseApp wrote (an import's note) in the reader's language
            return shown_lines(value) if isinstance(value, str) else str(value)
    if isinstance(obj, Captive):
        return obj.names[0].full_name if obj.names else str(msg("captive {id}", id=obj.id))
    if isinstance(obj, Hearing):  # the date as the court gives it, not the UTC one
        return f"{obj.court} {obj.starts_at.astimezone(ZoneInfo(obj.timezone)):%Y-%m-%d}".strip()
    if isinstance(obj, WelfareContact):  # (it was "WelfareContact 340", in every language)
        return str(msg("{kind} on {day}", kind=value_label(obj.kind), day=obj.contact_on))
    return str(msg("record {id}", id=getattr(obj, "id", "")))


# ---- captives to pick from (the pickers of the dialogs) -----------------------------------------

@dataclass(frozen=True)
class CaptiveMatch:
    """A captive as a picker lists it: the Latin headline name, the native one, every
    spelling (for the tooltip) and the year of birth (to tell namesakes apart)."""

    id: int
    primary_name: str
    latin_name: str
    names: tuple[str, ...]
    birth_year: int | None
    spellings: tuple[NameRow, ...] = ()  # every name with its script (the list's first name)
    # How well the name matched the search (caseapp.db.search_match.ranked_captive_ids): 0
    # the name typed whole, 1 a name as written, 2 a name by sound; 0 for a captive listed
    # without a search. A picker lists the better matches first: in Latin-name order alone,
    # "Vardanyan Ruben" typed put Ruben Vardanov (by sound) above Ruben Vardanyan, and Enter
    # took him.
    rank: int = 0


@dataclass(frozen=True)
class CaptiveMatches:
    """The first captives matching a search, and how many match in all (every captive of the
    file when the search is empty)."""

    query: str
    captives: tuple[CaptiveMatch, ...]
    total: int


def _matches(s: Session, ids: list[int], ranks: dict[int, int] | None = None) -> list[CaptiveMatch]:
    """Picker entries for ``ids`` (three queries, whatever their number), in the order of
    their ``ranks`` (see :attr:`CaptiveMatch.rank`), each rank in Latin-name order."""
    if not ids:
        return []
    ranks = ranks or {}
    names = cast(Table, CaptiveName.__table__)
    spellings: dict[int, list[NameRow]] = defaultdict(list)
    for cid, name, script, language, kind, is_primary in s.execute(
            select(names.c.captive_id, names.c.full_name, type_coerce(names.c.script, String),
                   names.c.language, type_coerce(names.c.kind, String), names.c.is_primary)
            .where(names.c.captive_id.in_(ids)).order_by(names.c.captive_id, names.c.id)):
        spellings[cid].append(NameRow(name, script, language, kind, is_primary))
    births = dict(s.execute(select(Captive.id, Captive.birth_date).where(Captive.id.in_(ids))).all())
    out = []
    for cid in ids:
        if cid not in births:
            continue  # not visible to this user, or gone
        rows = spellings.get(cid, [])
        primary = next((r.full_name for r in rows if r.is_primary),
                       rows[0].full_name if rows else "")
        born = births[cid]
        out.append(CaptiveMatch(cid, primary, latin_display_name(rows),
                                tuple(r.full_name for r in rows),
                                born.year if born is not None else None, tuple(rows),
                                ranks.get(cid, 0)))
    out.sort(key=lambda m: (m.rank, (m.latin_name or m.primary_name).casefold(), m.id))
    return out


def find_captives(s: Session, query: str, *, limit: int = 50) -> CaptiveMatches:
    """Captives whose name (in any script or spelling) has words starting with the words of
    ``query``: the first ``limit`` by rank, in rank then Latin-name order
    (:attr:`CaptiveMatch.rank`), and the number found. An empty query
    lists every captive when there are at most ``limit`` of them, else none (the number
    says how many there are to search). A query with no letter or digit ("(((", "-") finds
    none: read as empty, it listed every captive of a small file, and Enter in a picker took
    the first of them."""
    query = " ".join(query.split())
    if query and not search_keys(query):
        return CaptiveMatches(query, (), 0)
    if not query:
        total = s.scalar(select(func.count()).select_from(Captive)) or 0
        if total > limit:
            return CaptiveMatches(query, (), total)
        ids = list(s.scalars(select(Captive.id)))
        return CaptiveMatches(query, tuple(_matches(s, ids)), total)
    found = index.ranked_captive_ids(s, query, names_only=True)
    first = dict(found[:limit])
    return CaptiveMatches(query, tuple(_matches(s, list(first), first)), len(found))

