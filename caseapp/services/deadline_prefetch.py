"""The stored deadlines read a few hundred at a time (:func:`chunks`, :func:`deadlines_by_id`)
and, for an import, those of many triggers read up front
(:meth:`~caseapp.services.deadline_writes.DeadlineWrites.prefetched`: :class:`Prefetched`,
found again with :func:`prefetched_index` and :func:`prefetched_deadlines`).
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session, defer

from caseapp.db.models import Deadline
from caseapp.services import batch_rows
from caseapp.services.deadline_index import batch_index

PREFETCHED = "deadline_engine_prefetch"  # the session's Prefetched, inside prefetched()


@dataclass
class Prefetched:
    """What :meth:`DeadlineEngine.prefetched` read: the deadlines of each trigger (kind, uid)
    in id order, and each captive's orders (id, uid, start, criminal case, expiry, decision
    day)."""

    deadlines: dict[tuple[str, str], list[Deadline]] = field(default_factory=dict)
    orders: dict[int, list[tuple[int, str, date, int | None, date, date | None]]] = field(
        default_factory=dict)
    # The captives whose orders' steps (:mod:`caseapp.services.custody_steps`) are settled,
    # and whose custody is followed, when the block ends.
    unsettled: set[int] = field(default_factory=set)
    custody: set[int] = field(default_factory=set)
    # The deadlines read whose explanation says the rules differ (it is left unread).
    rule_steps: set[int] = field(default_factory=set)


def prefetched_index(s: Session) -> Prefetched | None:
    """What :meth:`DeadlineWrites.prefetched` read, inside its block (else None)."""
    return s.info.get(PREFETCHED)


def prefetched_deadlines(s: Session, kind: str, uid: str) -> list[Deadline] | None:
    """The stored deadlines of a trigger as read up front, if they were (else None)."""
    index = prefetched_index(s)
    found = None if index is None else index.deadlines.get((kind, uid))
    if found is None and (batch := batch_index(s)) is not None:
        found = batch.deadlines.get((kind, uid))
    return found


def deadlines_by_id(s: Session, ids: list[int]) -> list[Deadline]:
    """The deadlines of ``ids``, in that order: those the session holds taken from it (an
    import holds all it read up front), the others read a few hundred at a time, without
    their explanation (read when asked for)."""
    found = batch_rows.held(s, Deadline, ids)
    for part in chunks([i for i in ids if i not in found]):
        found.update((d.id, d) for d in s.scalars(
            select(Deadline).options(defer(Deadline.explanation)).where(Deadline.id.in_(part))))
    return [found[i] for i in ids if i in found]


def chunks(values: list[Any], size: int = 500) -> Iterator[list[Any]]:
    """``values`` a few hundred at a time (the values of one ``IN`` of a query)."""
    for start in range(0, len(values), size):
        yield values[start:start + size]
