"""What tells two captives of a likely duplicate pair apart (Captive → Likely Duplicates…,
``caseapp duplicates``): the two are often of one name, and the case file's id, which tells
them apart for the program, means nothing to a lawyer. Each is named by the facts in which
the two differ — the date and the place of birth, the date and the place of capture — and
where none differs (or none may be shown), by the day each was recorded in the case file
(and the time, when that is one day)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from caseapp.domain.dates import PartialDate
from caseapp.domain.messages import LANGUAGES, Message, Translated, list_separator, msg
from caseapp.reports.texts import format_partial_short

# At most this many facts name a captive of a pair (the first that differ, in this order).
FACTS_AT_MOST = 2


@dataclass(frozen=True, slots=True)
class Facts:
    """The facts of one captive that may tell it from another; ``withheld``: those read at a
    level that does not show them (see :func:`caseapp.services.reading_level.withheld_fields`),
    which are never compared nor named."""

    born: PartialDate | None
    birth_place: str
    captured: PartialDate | None
    capture_place: str
    recorded_at: datetime | None  # in the computer's time zone
    withheld: frozenset[str] = frozenset()


def _day(value: PartialDate) -> Translated:
    return Translated(tuple((lang, format_partial_short(value, lang)) for lang in LANGUAGES))


def _born(value: object) -> Message:
    return (msg("born {date}", date=_day(value)) if isinstance(value, PartialDate)
            else msg("date of birth not known"))


def _born_in(value: object) -> Message:
    return msg("born in {place}", place=value) if value else msg("place of birth not known")


def _captured(value: object) -> Message:
    return (msg("captured {date}", date=_day(value)) if isinstance(value, PartialDate)
            else msg("date of capture not known"))


def _captured_in(value: object) -> Message:
    return (msg("captured in {place}", place=value) if value
            else msg("place of capture not known"))


# Each fact: its attribute of Facts, the field of withheld_fields it is read from, its words.
_FACTS = (("born", "birth", _born), ("birth_place", "birth_place", _born_in),
          ("captured", "capture", _captured), ("capture_place", "capture_place", _captured_in))


def _same(a: object, b: object) -> bool:
    if isinstance(a, str) and isinstance(b, str):
        return a.strip().casefold() == b.strip().casefold()
    return a == b


def told_apart(a: Facts, b: Facts) -> tuple[tuple[Message, ...], tuple[Message, ...]]:
    """The words naming ``a`` and ``b`` apart, each a fact: those in which they differ (at
    most :data:`FACTS_AT_MOST`), else the day each was recorded."""
    hidden = a.withheld | b.withheld
    differ = [(attr, words) for attr, field, words in _FACTS
              if field not in hidden and not _same(getattr(a, attr), getattr(b, attr))]
    differ = differ[:FACTS_AT_MOST]
    if not differ:
        # recorded the same day: at what time (two records of one day, typed twice)
        timed = (a.recorded_at is not None and b.recorded_at is not None
                 and a.recorded_at.date() == b.recorded_at.date())
        return (_recorded(a, timed),), (_recorded(b, timed),)
    return (tuple(words(getattr(a, attr)) for attr, words in differ),
            tuple(words(getattr(b, attr)) for attr, words in differ))


def apart_text(facts: tuple[Message, ...]) -> str:
    """The facts of :func:`told_apart` in one line, in the user's language."""
    return list_separator().join(str(f) for f in facts)


def _recorded(facts: Facts, timed: bool) -> Message:
    if facts.recorded_at is None:
        return msg("recorded on a day not known")
    return msg("recorded {date}", date=facts.recorded_at if timed else facts.recorded_at.date())


__all__ = ["FACTS_AT_MOST", "Facts", "apart_text", "told_apart"]
