"""What makes a day typed on the command line no day when it reads as one on the screen: a
character that looks like a digit or a hyphen and is not one (a word processor's non-breaking
hyphen U+2011, a minus sign, Devanagari or Arabic-Indic digits from a phone) or that is not
seen at all (a zero-width space pasted with it). Such a day is refused, as every number
written in other digits is (:func:`caseapp.cli.common.ascii_number`); the line names the
character and its code, which the user could not see for herself."""

from __future__ import annotations

import unicodedata

from caseapp.domain.messages import Message, msg

_UNSEEN = {"Cf", "Cc", "Zs", "Zl", "Zp", "Mn", "Me"}  # format, control, spaces, combining marks


def not_a_day(text: str) -> Message:
    """The reason ``text`` (refused as a day) is not one, naming the first character that is
    not ASCII when it holds one."""
    for character in text:
        if character.isascii():
            continue
        code = f"U+{ord(character):04X}"
        if unicodedata.category(character) in _UNSEEN:
            return msg("“{text}” is not a date (YYYY-MM-DD): it holds an invisible character "
                       "({code}) where a digit 0–9 or a hyphen “-” goes", text=text[:40],
                       code=code)
        return msg("“{text}” is not a date (YYYY-MM-DD): it holds “{character}” ({code}) where "
                   "a digit 0–9 or a hyphen “-” goes", text=text[:40], character=character,
                   code=code)
    return msg("“{text}” is not a date (YYYY-MM-DD)", text=text[:40])
