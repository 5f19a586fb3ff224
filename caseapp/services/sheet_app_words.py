"""The words CaseApp itself writes for a status, a category and a sex, read back by the
spreadsheet import as the values they say: a list exported from one case file (the status
report's XLSX, a row copied from the captives list, a table of a dossier) imports into
another with the same values.

Built from the catalogue the documents and the command line write with
(:mod:`caseapp.reports.texts`: every language, a status also as said of a woman), so that a
rewording there is read back at once. The window's words are the same in Armenian and
Russian (tests/ui/test_glossary_window.py); where its English differs ("Serviceman / POW"),
the importer's own words (:data:`caseapp.domain.sheet_values.CATEGORY_WORDS`) read it, and
tests/ui/test_sheet_window_words.py reads every word of the window's catalogue back.

A whole cell is matched (after :func:`~caseapp.domain.sheet_values.normalise`), before the
importer's looser words: «Պահվում է, մեղադրանք անհայտ է» is the app's "held" even though
«անհայտ» alone is a word for "missing"."""

from __future__ import annotations

from functools import cache

from caseapp.domain.enums import CaptiveCategory, CaptiveStatus, Sex
from caseapp.domain.sheet_values import normalise
from caseapp.reports.texts import DOCUMENT_LANGUAGES, label, status_label

_FIELDS: dict[str, type[CaptiveStatus] | type[CaptiveCategory] | type[Sex]] = {
    "status": CaptiveStatus, "category": CaptiveCategory, "sex": Sex}
_WITHHELD = "withheld"  # what a document says at a level that hides the value: no value


def said_words(field: str, lang: str) -> dict[str, list[str]]:
    """Each value of ``field`` ("status", "category", "sex") and the words the documents
    write for it in ``lang`` (a status: plain, and as said of a woman)."""
    out: dict[str, list[str]] = {}
    for member in _FIELDS[field]:
        if member.value == _WITHHELD:
            continue
        words = [label(member, lang)]
        if field == "status":
            words.append(status_label(member, lang, Sex.FEMALE))
        out[member.value] = list(dict.fromkeys(words))
    return out


@cache
def app_words() -> dict[str, dict[str, str]]:
    """For each of "status", "category" and "sex": every word the app writes for a value, in
    every language, normalised, and the value it says."""
    out: dict[str, dict[str, str]] = {}
    for field in _FIELDS:
        words = out.setdefault(field, {})
        for lang in DOCUMENT_LANGUAGES:
            for value, said in said_words(field, lang).items():
                for word in said:
                    words.setdefault(normalise(word), value)
    return out

