"""Captives of the case file that are likely one person recorded twice (under two spellings,
in two scripts): the match score of :mod:`caseapp.domain.sheet_match` over every captive."""

from __future__ import annotations

from collections.abc import Collection, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from caseapp.db.models import Captive, CaptiveName
from caseapp.domain.dates import PartialDate, partial_date
from caseapp.domain.dto import LookAlike
from caseapp.domain.enums import Sensitivity
from caseapp.domain.messages import Message, Translated, msg
from caseapp.domain.name_display import latin_display_name, names_in_languages
from caseapp.domain.people_index import PeopleIndex
from caseapp.domain.sheet_match import LIKELY, Person
from caseapp.services.base import ServiceContext
from caseapp.services.reading_level import reading_level, withheld_fields
from caseapp.services.told_apart import Facts, told_apart


@dataclass(frozen=True)
class LikelyPair:
    first_id: int
    first_name: str  # the name recorded first
    second_id: int
    second_name: str
    score: float
    reasons: tuple[str, ...]
    # Each as the lists and the merge name it in each language (the spelling in its script,
    # else the Latin name: :func:`shown_name`): what the window and the command line show.
    first_shown: Translated | Message
    second_shown: Translated | Message
    # What tells each from the other, as a lawyer knows them (caseapp.services.told_apart):
    # the ids tell them apart for the program only.
    first_apart: tuple[Message, ...] = ()
    second_apart: tuple[Message, ...] = ()


def _person_of(names: Collection[str], born: Any, born_precision: Any, captured: Any,
               captured_precision: Any) -> Person:
    """The person the match score compares, from a captive's names and dates (a record's or
    a row's)."""
    return Person(tuple(names),
                  PartialDate(born, born_precision) if born else None,
                  PartialDate(captured, captured_precision) if captured else None)


def _person(c: Captive) -> Person:
    return _person_of([n.full_name for n in c.names], c.birth_date, c.birth_date_precision,
                      c.capture_date, c.capture_date_precision)


def _label_of(captive_id: int, names: Sequence[str]) -> str:
    """How a captive is named in a pair: the first name, else "captive N"."""
    return names[0] if names else str(msg("captive {id}", id=captive_id))


def _label(c: Captive) -> str:
    return _label_of(c.id, [n.full_name for n in c.names])


def shown_name(c: Captive) -> Translated | Message:
    """How a captive is named in a pair, in each language as the lists and the merge dialog
    name it (:func:`caseapp.domain.name_display.names_in_languages`: Варданян Рубен under
    ru where it is recorded so, whatever name was recorded first); else "captive N"."""
    names = [n for n in c.names if n.full_name.strip()]
    if not names:
        return msg("captive {id}", id=c.id)
    return names_in_languages(names, latin_display_name(names), names[0].full_name)


def look_alikes(s: Session, new_ids: Collection[int], level: Sensitivity | None, *,
                threshold: float = LIKELY) -> tuple[LookAlike, ...]:
    """Of the captives ``new_ids`` (just imported), those scoring ``threshold`` or more
    against a captive that was there before, each with its likeliest one, in ID order, the
    two named by what tells them apart read at ``level`` (:func:`facts_of`). Read as rows,
    not records: the people of a large case file are read once per import."""
    new = set(new_ids)
    if not new:
        return ()
    names, people = _people(s)
    if all(cid in new for cid in people):  # an import into a file without captives
        return ()
    index = PeopleIndex()
    for cid, person in people.items():
        if cid not in new:
            index.add(cid, person)
    alike: list[tuple[int, int, float]] = []
    for cid in sorted(new & people.keys()):
        for other, score, _reasons in index.candidates(people[cid], threshold=threshold)[:1]:
            alike.append((cid, int(other), score))  # type: ignore[call-overload]
    if not alike:
        return ()
    # the few captives named: read as records for what tells them apart
    facts = {c.id: facts_of(c, level) for c in s.scalars(
        select(Captive).where(Captive.id.in_({i for a in alike for i in a[:2]})))}
    return tuple(LookAlike(cid, _label_of(cid, names.get(cid, [])), oid,
                           _label_of(oid, names.get(oid, [])), score,
                           *told_apart(facts[cid], facts[oid]))
                 for cid, oid, score in alike)


def _people(s: Session) -> tuple[dict[int, list[str]], dict[int, Person]]:
    """Every captive's names (the primary first) and the person the score compares, by ID:
    read as rows, not records (a large case file is read once)."""
    names: dict[int, list[str]] = {}
    for cid, full_name in s.execute(
            select(CaptiveName.captive_id, CaptiveName.full_name)
            .order_by(CaptiveName.captive_id, CaptiveName.is_primary.desc(), CaptiveName.id)):
        names.setdefault(cid, []).append(full_name)
    people = {cid: _person_of(names.get(cid, ()), born, born_precision, captured,
                              captured_precision)
              for cid, born, born_precision, captured, captured_precision in s.execute(
                  select(Captive.id, Captive.birth_date, Captive.birth_date_precision,
                         Captive.capture_date, Captive.capture_date_precision)
                  .order_by(Captive.id))}
    return names, people


def recorded_alikes(ctx: ServiceContext, names: Sequence[str], birth: PartialDate | None,
                    capture: PartialDate | None, *, at_most: int = 3,
                    ) -> tuple[tuple[int, tuple[Message, ...]], ...]:
    """The captives already recorded who are likely the person about to be recorded under
    ``names`` (every spelling given, each compared with every spelling and alias recorded),
    born and captured then: the likeliest first, at most ``at_most``, each with what tells
    it from the one typed, read at the level the file is read at."""
    spellings = tuple(n for n in names if n and n.strip())
    if not spellings:
        return ()
    person = Person(spellings, birth, capture)
    with ctx.read() as s:
        _names, people = _people(s)
        index = PeopleIndex()
        for cid, known in people.items():
            index.add(cid, known)
        found = [int(cid) for cid, _score, _reasons  # type: ignore[call-overload]
                 in index.candidates(person)[:at_most]]
        if not found:
            return ()
        level = reading_level(s, ctx)
        typed = Facts(birth, "", capture, "", None)
        records = {c.id: c for c in s.scalars(select(Captive).where(Captive.id.in_(found)))}
        return tuple((cid, told_apart(facts_of(records[cid], level), typed)[0])
                     for cid in found)


def facts_of(c: Captive, level: Sensitivity | None) -> Facts:
    """What may tell the captive from another, read at ``level`` (see
    :mod:`caseapp.services.told_apart`)."""
    return Facts(partial_date(c.birth_date, c.birth_date_precision), c.birth_place or "",
                 partial_date(c.capture_date, c.capture_date_precision), c.capture_place or "",
                 c.created_at.astimezone() if c.created_at is not None else None,
                 withheld_fields(c.sensitivity, c.field_levels, level))


def likely_pairs(ctx: ServiceContext, *, threshold: float = LIKELY) -> list[LikelyPair]:
    """Pairs of captives scoring ``threshold`` or more, the likeliest first, each captive
    named by what tells it from the other (:func:`caseapp.services.told_apart.told_apart`)."""
    with ctx.read() as s:
        captives = list(s.scalars(select(Captive).options(selectinload(Captive.names))
                                  .order_by(Captive.id)))
        level = reading_level(s, ctx)
        label = {c.id: _label(c) for c in captives}
        shown = {c.id: shown_name(c) for c in captives}
        facts = {c.id: facts_of(c, level) for c in captives}
        index = PeopleIndex()
        pairs: list[LikelyPair] = []
        for c in captives:
            person = _person(c)
            for other, score, reasons in index.candidates(person, threshold=threshold):
                oid = int(other)  # type: ignore[call-overload]
                apart = told_apart(facts[oid], facts[c.id])
                pairs.append(LikelyPair(oid, label[oid], c.id, label[c.id], score, reasons,
                                        shown[oid], shown[c.id], *apart))
            index.add(c.id, person)
    return sorted(pairs, key=lambda p: (-p.score, p.first_id, p.second_id))


def pair_told_apart(ctx: ServiceContext, first_id: int, second_id: int,
                    ) -> tuple[tuple[Message, ...], tuple[Message, ...]]:
    """What tells the captives ``first_id`` and ``second_id`` apart (two records of one
    person to merge), each as :func:`caseapp.services.told_apart.told_apart` names it, at
    the level the file is read at; nothing for one not there."""
    with ctx.read() as s:
        level = reading_level(s, ctx)
        first, second = s.get(Captive, first_id), s.get(Captive, second_id)
        if first is None or second is None:
            return (), ()
        return told_apart(facts_of(first, level), facts_of(second, level))
