"""Which spelling of a captive's name a document in a language shows first.

A dossier in Armenian heads with the Armenian spelling, one in Russian with the Cyrillic
spelling, when the case file records one (not an alias); otherwise, and in English, with the
Latin headline name (:func:`caseapp.domain.names.latin_display_name`). The other spellings
follow it, so that a reader of any script finds the person.
"""

from __future__ import annotations

from collections.abc import Iterable

from caseapp.domain.enums import NameKind, Script

SCRIPT_OF_LANGUAGE = {"hy": Script.ARMENIAN.value, "ru": Script.CYRILLIC.value}


def _value(x: object) -> str:
    return str(getattr(x, "value", x) or "")


def name_in_script(names: Iterable[object], lang: str) -> str:
    """The captive's own spelling in the script of ``lang`` ("" if none is recorded, or the
    language is written in Latin letters). Each name has ``full_name``, ``script``, ``kind``
    and ``is_primary``; a primary name comes first, then a native one, then a
    transliteration, each in record order; an alias never."""
    script = SCRIPT_OF_LANGUAGE.get(lang)
    if script is None:
        return ""
    found = [n for n in names
             if _value(getattr(n, "script", "")) == script
             and _value(getattr(n, "kind", "")) != NameKind.ALIAS.value
             and str(getattr(n, "full_name", "") or "").strip()]
    found.sort(key=lambda n: (not getattr(n, "is_primary", False),
                              _value(getattr(n, "kind", "")) != NameKind.NATIVE.value))
    return str(found[0].full_name).strip() if found else ""  # type: ignore[attr-defined]


def headline_names(names: Iterable[object], *, latin: str, primary: str,
                   lang: str) -> tuple[str, list[str]]:
    """The name a document in ``lang`` heads with, and the other spellings to show beside it
    (the Latin headline name and the primary name, without repeats)."""
    own = name_in_script(names, lang)
    first = own or latin or primary
    others = [n for n in dict.fromkeys((latin, primary)) if n and n != first]
    return first, others
