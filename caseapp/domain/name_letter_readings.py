"""Letters the spelling conventions of one name write in two ways that the sound key alone
does not bring together (:mod:`caseapp.domain.names`, which reads a word's keys through these):

- A first h or kh. Russian writes the Azerbaijani h as Х as often as Г (Həsənov: Хасанов,
  Khasanov, and Гасанов, Hasanov), and Western Armenian and French spellings write the
  Armenian Խ as H now and then (Khachatryan, Hachatryan). The sound key drops an h and keeps a
  first kh as k, so the two never met. A word beginning with h or kh before a vowel has one
  more sound key: the rest of its sound key after :data:`KH_MARK` (:func:`h_or_kh`; "0hasanov"
  for Hasanov, Həsənov, Хасанов and Khasanov alike). No other key begins so, so this key meets
  only another word beginning with h or kh: Khachatryan is not
  Achatryan, nor Hasanov Kasanov. Only a word whose sound key is searched as a prefix (at
  least :data:`caseapp.domain.name_sounds.SOUND_MIN` letters): "he", "has" and "how" of a note get
  none.
- A Latin x inside a word is ks (Alexander, Maxim: Aleksandr, Maksim, Александр, Максим),
  where the search key reads it as the kh of Azerbaijani Latin (Xəlilov) and the sound key
  drops it: such a word is also read with ks (:func:`other_readings`).
- A Russian name ending in a consonant and r (Aleksandr, Petr, Александр, Ալեքսանդր) is written
  with an e before the r in English and French (Alexander, Aleksander, Peter, Alexandre): such
  a word is also read with it (:func:`other_readings`).

Each adds keys; none takes one away, so whatever was found before is found still.
"""

from __future__ import annotations

import re
from collections.abc import Callable

# A first h or kh (both folded: kh is x) before a vowel; what the extra key begins with: a
# digit and a letter, which begin no search key (a number is digits only, two words joined
# begin with two letters: caseapp.domain.names.JOINED) nor any other sound key, so that no
# word typed as a name finds it as a prefix. Begun by a letter, it was found by that letter
# typed ("X" or "Kh" found every name in H-); a number is looked for among the search keys
# only, a word with a digit in it too (caseapp.domain.name_filter.written_only): "0" typed
# beside a name found every h-name by its mark.
_FIRST_H_OR_KH = re.compile(r"[hx](?=[aeiouy])")
KH_MARK = "0h"

# A Latin x after a letter of the word: read as ks.
_X_INSIDE = re.compile(r"(?<=[^\W\d_])x")
# A word ending in a consonant and r, a vowel before them (not "Mr"): read with an e before
# the r too. On the word in ASCII letters (Александр as "aleksandr"), read from its end: the
# pattern read forwards ("[aeiouy][a-z]*[b-df-hj-np-tv-z]r$") was tried from every vowel to
# the end, so a long run pasted into the search ("abab…", 100,000 letters) took 20 s.
_CONSONANT_R_REVERSED = re.compile(r"r[b-df-hj-np-tv-z][a-z]*?[aeiouy]")


def h_or_kh(folded: str, sound: Callable[[str], str]) -> str:
    """The key a word beginning with h or kh (``folded``: its letters folded for the sound
    key) has besides its sound key, made by ``sound`` from the rest of the word:
    :data:`KH_MARK` and that key; "" for any other word."""
    if _FIRST_H_OR_KH.match(folded) is None:
        return ""
    rest = sound(folded[1:])
    return KH_MARK + rest if rest else ""


def other_readings(reading: str, in_ascii: Callable[[str], str]) -> list[str]:
    """``reading`` (a word in small letters) as it may be written otherwise (see the module):
    with a Latin x inside it as ks, with an e before a last r after a consonant (made on the
    word in ASCII letters, ``in_ascii``); none if neither applies."""
    out: list[str] = []
    if "x" in reading and _X_INSIDE.search(reading) is not None:
        out.append(_X_INSIDE.sub("ks", reading))
    for word in (reading, *out):
        latin = in_ascii(word)
        if _CONSONANT_R_REVERSED.match(latin[::-1]) is not None:
            out.append(latin[:-1] + "er")
    return out


__all__ = ["KH_MARK", "h_or_kh", "other_readings"]
