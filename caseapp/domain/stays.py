"""Stays at a place of detention and the status that ends custody: the one rule for which
open stays a release (or a repatriation, or a death) ends, and for what a stay left open
says once custody is over.

A stay is open while its departure day is empty. When the lawyer records a release, the
open stay ends that day too (:mod:`caseapp.services.custody_end` does both in one write),
unless it began after that day: a stay is never ended before it began, so it is left open
and said so. A released captive whose stay was left open (data recorded before, or the
lawyer chose to keep it open) is not held there now: every screen and document says they
were last held there, until the day custody ended (the header of their file, the captives
list, the dossier, the status report, the command line)."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from caseapp.domain.enums import CaptiveStatus


@dataclass(frozen=True, slots=True)
class OpenStay:
    """A stay with no departure day: the record, its place and its arrival."""

    place_id: int
    facility: str
    from_date: date


@dataclass(frozen=True)
class StaysAtEnd:
    """The open stays of a captive whose custody ends on ``day``: those it ends (they began
    by then) and those left open (they began after it)."""

    day: date
    ending: tuple[OpenStay, ...] = ()
    later: tuple[OpenStay, ...] = ()


def stays_at_end(stays: Iterable[tuple[int, str, date, date | None]], day: date) -> StaysAtEnd:
    """Of ``stays`` (id, facility, arrival, departure), the open ones sorted by arrival,
    split by ``day``, the day custody ended."""
    open_ = sorted((OpenStay(i, facility, start) for i, facility, start, end in stays
                    if end is None), key=lambda o: (o.from_date, o.place_id))
    return StaysAtEnd(day, tuple(o for o in open_ if o.from_date <= day),
                      tuple(o for o in open_ if o.from_date > day))


def held_there_now(status: CaptiveStatus | None) -> bool:
    """Whether a captive's open stay says where they are held now: not once custody is over
    (released, repatriated, dead); the place is then where they were last held."""
    return status is None or not status.ended


def open_stay_until(status: CaptiveStatus | None, since: date | None,
                    from_date: date) -> date | None:
    """The day an open stay (arrived ``from_date``) ended with custody, for a captive whose
    status ended it on ``since``; None when custody is not over, or the status has no day
    or one before the arrival (the stay cannot have ended then)."""
    if held_there_now(status) or since is None or since < from_date:
        return None
    return since
