"""Which spelling of a captive's name a document in a language shows first.

A dossier in Armenian heads with the Armenian spelling, one in Russian with the Cyrillic
spelling, when the case file records one (not an alias); otherwise, and in English, with the
Latin headline name (:func:`caseapp.domain.name_display.latin_display_name`). The other spellings
follow it, so that a reader of any script finds the person.
"""

from __future__ import annotations

from collections.abc import Iterable

from caseapp.domain.name_display import SCRIPT_OF_LANGUAGE, name_in_script, name_record_in_script

__all__ = ["SCRIPT_OF_LANGUAGE", "headline_names", "name_in_script", "name_record_in_script"]

def headline_names(names: Iterable[object], *, latin: str, primary: str,
                   lang: str) -> tuple[str, list[str]]:
    """The name a document in ``lang`` heads with, and the other spellings to show beside it
    (the Latin headline name and the primary name, without repeats)."""
    own = name_in_script(names, lang)
    first = own or latin or primary
    others = [n for n in dict.fromkeys((latin, primary)) if n and n != first]
    return first, others
