"""A criminal case's number as the languages with a number sign print it after theirs."""

from __future__ import annotations

import re

# "№ 1(101)-77/2026", "N° 12", "No. 12", "Nr. 12": the sign a lawyer may type before the number.
_SIGN = re.compile(r"^\s*(?:№|N[°º]|No\.?|Nr\.?)\s*(?=\S)", re.IGNORECASE)


def without_sign(number: str) -> str:
    """``number`` without a number sign typed before it: the Russian and Armenian texts
    write their own («дело № {number}»), which would otherwise print «дело № № 1(101)-77/2026».
    A number that is only a sign, or starts with a word such as "Nord", stays as typed."""
    found = _SIGN.match(number)
    if found is None or not re.match(r"[\d(IVXLC]", number[found.end():]):
        return number
    return number[found.end():]
