"""Captives of the case file that are likely one person recorded twice (under two spellings,
in two scripts): the match score of :mod:`caseapp.domain.sheet_match` over every captive."""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from caseapp.db.models import Captive
from caseapp.domain.dates import PartialDate
from caseapp.domain.dto import LookAlike
from caseapp.domain.messages import msg
from caseapp.domain.sheet_match import LIKELY, PeopleIndex, Person
from caseapp.services.base import ServiceContext


@dataclass(frozen=True)
class LikelyPair:
    first_id: int
    first_name: str
    second_id: int
    second_name: str
    score: float
    reasons: tuple[str, ...]


def _person(c: Captive) -> Person:
    return Person(tuple(n.full_name for n in c.names),
                  PartialDate(c.birth_date, c.birth_date_precision) if c.birth_date else None,
                  PartialDate(c.capture_date, c.capture_date_precision) if c.capture_date else None)


def _label(c: Captive) -> str:
    return c.names[0].full_name if c.names else str(msg("captive {id}", id=c.id))


def look_alikes(s: Session, new_ids: Collection[int], *, threshold: float = LIKELY,
                ) -> tuple[LookAlike, ...]:
    """Of the captives ``new_ids`` (just imported), those scoring ``threshold`` or more
    against a captive that was there before, each with its likeliest one, in ID order."""
    new = set(new_ids)
    if not new:
        return ()
    captives = list(s.scalars(select(Captive).options(selectinload(Captive.names))
                              .order_by(Captive.id)))
    index = PeopleIndex()
    for c in captives:
        if c.id not in new:
            index.add(c.id, _person(c))
    label = {c.id: _label(c) for c in captives}
    found = []
    for c in captives:
        if c.id in new:
            best = index.candidates(_person(c), threshold=threshold)[:1]
            for other, score, _reasons in best:
                oid = int(other)  # type: ignore[call-overload]
                found.append(LookAlike(c.id, label[c.id], oid, label[oid], score))
    return tuple(found)


def likely_pairs(ctx: ServiceContext, *, threshold: float = LIKELY) -> list[LikelyPair]:
    """Pairs of captives scoring ``threshold`` or more, the likeliest first."""
    with ctx.read() as s:
        captives = list(s.scalars(select(Captive).options(selectinload(Captive.names))
                                  .order_by(Captive.id)))
        label = {c.id: _label(c) for c in captives}
        index = PeopleIndex()
        pairs: list[LikelyPair] = []
        for c in captives:
            person = _person(c)
            for other, score, reasons in index.candidates(person, threshold=threshold):
                oid = int(other)  # type: ignore[call-overload]
                pairs.append(LikelyPair(oid, label[oid], c.id, label[c.id], score, reasons))
            index.add(c.id, person)
    return sorted(pairs, key=lambda p: (-p.score, p.first_id, p.second_id))
