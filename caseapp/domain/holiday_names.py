"""The names of the public holidays of the shipped rules' calendars, in CaseApp's own catalogue.

The ``holidays`` package names Azerbaijan's holidays in Azerbaijani, English and Ukrainian,
Armenia's in Armenian and English, France's in French and English: no Russian at all, and no
Armenian for Azerbaijan or France. A deadline step that says why a date was rolled ("public
holiday in AZ, “Eid al-Adha”") takes the holiday's name from here instead: each English name
the package gives (its ``en_US`` names) is a message of the catalogue, with the context
"holiday", translated like every other message; the variants the package adds to a name (a
day off moved, "(observed)", a Muslim feast's "(estimated)" date, a day off "substituted from"
a Saturday) are messages around it. A name the catalogue does not know (a newer package) is
left to the package's own names (see :mod:`caseapp.domain.deadlines`); a test keeps the
catalogue complete for the shipped calendars.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date

from caseapp.domain.messages import Listed, Message, msg

_NAMES = (
    # Azerbaijan
    msg("New Year's Day", context="holiday"),
    msg("Martyrs' Day", context="holiday"),
    msg("Women's Day", context="holiday"),
    msg("Spring Festival", context="holiday"),
    msg("Eid al-Fitr", context="holiday"),
    msg("Eid al-Adha", context="holiday"),
    msg("Victory over Fascism Day", context="holiday"),
    msg("Republic Day", context="holiday"),
    msg("Independence Day", context="holiday"),
    msg("National Independence Day", context="holiday"),
    msg("National Liberation Day", context="holiday"),
    msg("Armed Forces Day", context="holiday"),
    msg("Victory Day", context="holiday"),
    msg("National Flag Day", context="holiday"),
    msg("International Azerbaijanis Solidarity Day", context="holiday"),
    msg("Presidential elections", context="holiday"),
    msg("Municipal elections", context="holiday"),
    # Armenia
    msg("Christmas Holidays", context="holiday"),
    msg("Christmas and Epiphany", context="holiday"),
    msg("Army Day", context="holiday"),
    msg("International Women's Day", context="holiday"),
    msg("Motherhood and Beauty Day", context="holiday"),
    msg("Day of Remembrance of the Victims of Armenian Genocide", context="holiday"),
    msg("Day of Remembrance of the Victims of Genocide", context="holiday"),
    msg("Labor Day", context="holiday"),
    msg("International Day of Workers' Solidarity", context="holiday"),
    msg("Victory and Peace Day", context="holiday"),
    msg("Constitution Day", context="holiday"),
    msg("Day of Remembrance of the Dead", context="holiday"),
    msg("Day of Remembrance for the Fallen Defenders of the Fatherland", context="holiday"),
    msg("New Year's Eve", context="holiday"),
    # France, Alsace (the Court's seat, Strasbourg)
    msg("Good Friday", context="holiday"),
    msg("Easter Monday", context="holiday"),
    msg("Ascension Day", context="holiday"),
    msg("Pentecost Monday", context="holiday"),
    msg("National Day", context="holiday"),
    msg("Assumption Day", context="holiday"),
    msg("All Saints' Day", context="holiday"),
    msg("Armistice Day", context="holiday"),
    msg("Christmas Day", context="holiday"),
    msg("Saint Stephen's Day", context="holiday"),
)
NAMES: dict[str, Message] = {name.text: name for name in _NAMES}


def _observed(name: Message) -> Message:
    return msg("{name} (observed)", context="holiday", name=name)


def _estimated(name: Message) -> Message:
    return msg("{name} (estimated)", context="holiday", name=name)


def _observed_estimated(name: Message) -> Message:
    return msg("{name} (observed, estimated)", context="holiday", name=name)


# The package's English variants of a name, as its en_US catalogue writes them.
_VARIANTS: tuple[tuple[str, Callable[[Message], Message]], ...] = (
    (" (observed, estimated)", _observed_estimated),
    (" (observed)", _observed),
    (" (estimated)", _estimated),
)
_SUBSTITUTED = re.compile(r"Day off \(substituted from (\d{2})/(\d{2})/(\d{4})\)")


def holiday_name(english: str) -> Message | None:
    """The message for one holiday the package names ``english`` (in ``en_US``), or None when
    the catalogue does not know it."""
    moved = _SUBSTITUTED.fullmatch(english)
    if moved:
        month, day, year = (int(x) for x in moved.groups())
        try:
            return msg("Day off (substituted from {day})", context="holiday",
                       day=date(year, month, day))
        except ValueError:
            return None
    for suffix, variant in _VARIANTS:
        if english.endswith(suffix):
            base = NAMES.get(english.removesuffix(suffix))
            return None if base is None else variant(base)
    return NAMES.get(english)


def day_name(english: str) -> Message | Listed | None:
    """The name of a day the package names ``english``: several holidays falling on one day
    are joined by "; " in the package, and stay several here ("a; b"). None when any of them
    is unknown to the catalogue."""
    names = [holiday_name(part) for part in english.split("; ")]
    if not names or any(n is None for n in names):
        return None
    found = [n for n in names if n is not None]
    return found[0] if len(found) == 1 else Listed(tuple(found))
