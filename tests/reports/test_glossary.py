"""docs/glossary.md and the documents' catalogue say the same: each term of the glossary
that names a catalogue key is found, in each language, in that key's text; a captive's status
is that text, whole, and a woman's in Russian and French the feminine form the glossary gives (the
window's catalogue: tests/ui/test_glossary_window.py)."""

from __future__ import annotations

import re

import pytest

from caseapp.domain.enums import CaptiveStatus, Sex
from caseapp.reports.texts import FEMININE, LABELS, TEXTS, status_label
from tests.glossary_table import CATALOGUE, COLUMNS, feminine, french_feminine, rows, statuses


def _checked() -> list[tuple[str, list[str]]]:
    out = []
    for cells in rows():
        m = re.fullmatch(r"`(text|label):(\w+)`", cells[CATALOGUE])
        if m:
            out.append((f"{m[1]}:{m[2]}", cells))
    return out


def test_the_glossary_has_the_terms_the_documents_need() -> None:
    english = {cells[0] for cells in rows()}
    for term in ("pre-trial detention", "cassation", "Human Rights Defender (ombudsman)",
                 "prisoner of war", "proof of life", "detention order", "detention extension",
                 "hearing", "verdict", "charge", "indictment", "criminal case", "appeal",
                 "court of appeal", "internal", "shareable", "public", "consent",
                 "power of attorney", "ICRC", "ECHR", "interim measure (Rule 39)",
                 "application (to the ECHR)", "sensitivity level"):
        assert term in english, term
    for cells in rows():  # every row has its three renderings
        assert all(cells[i] for i in COLUMNS.values()), cells
    assert len(_checked()) >= 30


@pytest.mark.parametrize(("key", "cells"), _checked(), ids=[k for k, _ in _checked()])
def test_the_catalogue_uses_the_glossary_term(key: str, cells: list[str]) -> None:
    table, name = key.split(":")
    for lang, column in COLUMNS.items():
        entry = (TEXTS if table == "text" else LABELS)[lang][name]
        forms = list(entry.values()) if isinstance(entry, dict) else [entry]
        term = re.sub(r"\s*\([^)]*\)$", "", cells[column]).casefold()  # "(counsel)": a gloss
        assert any(term in form.casefold() for form in forms), (lang, cells[column], forms)


STATUSES = [s for s in CaptiveStatus if s is not CaptiveStatus.WITHHELD]  # withheld: no fact


def test_the_glossary_lists_every_status() -> None:
    assert sorted(statuses()) == sorted(s.value for s in STATUSES)


@pytest.mark.parametrize("status", STATUSES, ids=[s.value for s in STATUSES])
def test_the_documents_say_each_status_as_the_glossary(status: CaptiveStatus) -> None:
    cells = statuses()[status.value]
    said = {lang: status_label(status, lang, None).casefold() for lang in COLUMNS}
    assert said == {lang: cells[column].casefold() for lang, column in COLUMNS.items()}
    # a woman's: the feminine the notes give in Russian and in French, else as of anyone
    of_a_woman = {lang: status_label(status, lang, Sex.FEMALE).casefold() for lang in COLUMNS}
    assert of_a_woman == {**said, "ru": (feminine(cells) or cells[COLUMNS["ru"]]).casefold(),
                          "fr": (french_feminine(cells) or cells[COLUMNS["fr"]]).casefold()}


def test_the_feminine_forms_are_the_glossarys() -> None:
    assert {k: v.casefold() for k, v in FEMININE["ru"].items()} == {
        key: form for key, cells in statuses().items() if (form := feminine(cells))}
    assert {k: v.casefold() for k, v in FEMININE["fr"].items()} == {
        key: form for key, cells in statuses().items() if (form := french_feminine(cells))}
    assert not FEMININE["hy"] and not FEMININE["en"]
