"""Armenian case endings on a word filled into a sentence.

An Armenian sentence about a name, a file or a number puts its case ending after the
placeholder: «{name}-ի գործը», «{file}-ը». The hyphen is right after digits and Latin
letters ("2026-ի", "case.db-ն"), but after an Armenian word the ending joins it, and takes
the form the word's last sound asks for: a name ending in a consonant takes «ը»
("Սարգսյանը"), one ending in a vowel «ն» ("Աննան"), and after «ա», «ո» or «օ» an ending
starting with a vowel takes «յ» first ("Աննայի", "Շուշայում"). The translation cannot know
which name will be filled in, so the sentence is mended once it is filled.

A hyphen between an Armenian letter and a lone case ending never occurs in Armenian text of
its own, so mending the filled sentence cannot change anything else.
"""

from __future__ import annotations

import re

_LOWER = "\u0561-\u0587"
_ENDING = re.compile(rf"(?<=[{_LOWER}])-(ը|ն|ի|ին|ից|ով|ում)(?![{_LOWER}\u0531-\u0556])")
_VOWELS = set("աեէըիոօ")
_GLIDE_AFTER = set("աոօ")  # a vowel ending after these takes «յ»: Աննայի, Կարոյով


def attach_endings(text: str) -> str:
    """``text`` with each case ending after an Armenian word joined to it in its right form
    («Սարգսյան-ի» → «Սարգսյանի», «Աննա-ը» → «Աննան»); other hyphens as they are."""
    if "-" not in text:
        return text
    return _ENDING.sub(lambda m: _joined(text[m.start() - 1], m.group(1)), text)


def _joined(last: str, ending: str) -> str:
    vowel = last in _VOWELS
    if ending in ("ը", "ն"):  # the article: «ը» after a consonant, «ն» after a vowel,
        return "" if last == "ը" else "ն" if vowel else "ը"  # none after one («նախագիծը»)
    if last in _GLIDE_AFTER:
        return "յ" + ending
    return ending
