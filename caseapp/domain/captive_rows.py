"""One line of the captives list: the values the list shows of a captive (plain data: read
by :mod:`caseapp.db.captive_rows`, shown by the window without importing the services)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime
from typing import NamedTuple

from caseapp.domain.custody_periods import Change, days_held
from caseapp.domain.dates import PartialDate
from caseapp.domain.enums import CaptiveCategory, CaptiveStatus, DatePrecision
from caseapp.domain.name_display import SCRIPT_OF_LANGUAGE, NameRow


class CaptiveRow(NamedTuple):
    """One line of the captives table: a tuple with named fields (the list holds one per
    captive, 100,000 and more: a tuple is made in a fifth of the time of a frozen
    dataclass, about 0.8 against 3.9 µs, and has no ``__dict__``)."""

    id: int
    primary_name: str
    latin_name: str
    status: CaptiveStatus
    category: CaptiveCategory
    place: str
    days_in_custody: int | None
    next_hearing: datetime | None  # aware, in the court's time zone
    last_contact: date | None
    days_since_contact: int | None
    # The spellings in a script the list may show first (Armenian, Cyrillic; only the
    # script of the language asked for, see caseapp.db.captive_rows), in record order: what
    # the list needs to show the name in the interface's script first (the Latin one is
    # latin_name).
    spellings: tuple[NameRow, ...] = ()
    female: bool = False  # a woman: her status is said in the feminine where it agrees (ru)


# The scripts of the languages not written in Latin letters: a list shows a captive's own
# spelling first only in one of them (:func:`caseapp.domain.name_display.name_record_in_script`).
SHOWN_FIRST_SCRIPTS = frozenset(SCRIPT_OF_LANGUAGE.values())


def kept_scripts(lang: str | None) -> frozenset[str]:
    """The scripts whose spellings a row keeps for the list shown in ``lang``: that language's
    when it is not written in Latin letters (none for English); every such script without
    a language."""
    if lang is None:
        return SHOWN_FIRST_SCRIPTS
    script = SCRIPT_OF_LANGUAGE.get(lang)
    return frozenset({script} if script else ())


class AtLeast(int):
    """Days in custody counted from a capture date known only to its month or year (its last
    day), or from the first detention order when the capture date is unknown: the captive was
    held at least that long, and at most :attr:`most` days (from the capture's first day; the
    same count when only the order is known). Shown "at least N" (or "≥ N" in a table),
    never as an exact count; a number like any other to sort and add. What warns of the
    custody maximum counts :attr:`most` (:func:`most_days`): never a warning late."""

    most: int

    def __new__(cls, least: int, most: int) -> AtLeast:
        made = super().__new__(cls, least)
        made.most = most
        return made

    def __reduce__(self) -> tuple[type[AtLeast], tuple[int, int]]:  # copied, pickled: both
        return AtLeast, (int(self), self.most)


class About(int):
    """Days in custody counted from a capture date known only approximately ("~2022-09-14":
    about that day): about that many days. Shown "about N" (or "≈ N" in a table), never as
    an exact count; a number like any other to sort and add. No bound is known on either
    side: what warns of the custody maximum counts it as it is."""


def count_sign(days: object) -> str:
    """The sign a table writes before a count of days in custody: "≥" of :class:`AtLeast`,
    "≈" of :class:`About`, none of an exact count."""
    return "≥" if isinstance(days, AtLeast) else "≈" if isinstance(days, About) else ""


def most_days(days: int | None) -> int | None:
    """The most days in custody a count may stand for: its :attr:`AtLeast.most`, or itself."""
    return days.most if isinstance(days, AtLeast) else days


def days_in_custody(status: CaptiveStatus, capture: date | None, since: date | None,
                    today: date, history: Sequence[Change] = (),
                    first_order: date | None = None, *,
                    capture_known_to: DatePrecision = DatePrecision.EXACT) -> int | None:
    """Days in custody: the periods held from capture to today, or to the day custody ended
    (``since``, the status's date, for a status that ends it), less the days between a
    release and a re-arrest in the status ``history`` (:func:`days_held`). When the capture
    date is unknown they count the same way from ``first_order``, the start of the captive's
    first detention order (custody lasted at least that long). None when neither is known,
    the captive was never held, or custody ended on a day not recorded (a release a sheet gave
    without its date): counting to today would add days nobody said the captive was held.

    Counted from the first order, or from a capture known only to its month or year
    (``capture_known_to``; ``capture`` its first day), counted from its last day, the count
    is :class:`AtLeast`: from its first day
    it would state up to a year of custody nobody knows of. From a capture known only
    approximately, the count is :class:`About`. (The custody maximum's warnings
    count from the first day, :mod:`caseapp.services.attention_reads`: never a warning late.)"""
    start = capture if capture is not None else first_order
    if start is None or not (status.in_custody or status.ended) or (status.ended and not since):
        return None
    end = since if status.ended and since else today
    if capture is None:  # from the first order: custody lasted at least that long
        days = days_held(start, end, history)
        return None if days is None else AtLeast(days, days)
    if capture_known_to is DatePrecision.APPROXIMATE:  # counted from it: about so many
        days = days_held(start, end, history)
        return None if days is None else About(days)
    if capture_known_to not in (DatePrecision.MONTH, DatePrecision.YEAR):
        return days_held(start, end, history)
    least = days_held(min(PartialDate(capture, capture_known_to).latest, end), end, history)
    most = days_held(start, end, history)
    return None if least is None or most is None else AtLeast(least, most)
