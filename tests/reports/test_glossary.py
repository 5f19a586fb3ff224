"""docs/glossary.md and the documents' catalogue say the same: each term of the glossary
that names a catalogue key is found, in each language, in that key's text."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from caseapp.reports.texts import LABELS, TEXTS

GLOSSARY = Path(__file__).resolve().parents[2] / "docs" / "glossary.md"
COLUMNS = {"en": 0, "hy": 1, "ru": 2}


def _rows() -> list[list[str]]:
    rows = []
    for line in GLOSSARY.read_text(encoding="utf-8").splitlines():
        cells = [c.strip() for c in line.strip().strip("|").split("|")]
        if line.startswith("|") and len(cells) == 5 and not set(cells[0]) <= {"-"} \
                and cells[0] != "English":
            rows.append(cells)
    return rows


def _checked() -> list[tuple[str, list[str]]]:
    out = []
    for cells in _rows():
        m = re.fullmatch(r"`(text|label):(\w+)`", cells[3])
        if m:
            out.append((f"{m[1]}:{m[2]}", cells))
    return out


def test_the_glossary_has_the_terms_the_documents_need() -> None:
    english = {cells[0] for cells in _rows()}
    for term in ("pre-trial detention", "cassation", "Human Rights Defender (ombudsman)",
                 "prisoner of war", "proof of life", "detention order", "detention extension",
                 "hearing", "verdict", "charge", "indictment", "criminal case", "appeal",
                 "court of appeal", "internal", "shareable", "public", "consent",
                 "power of attorney", "ICRC", "ECHR", "interim measure (Rule 39)",
                 "application (to the ECHR)", "sensitivity level"):
        assert term in english, term
    for cells in _rows():  # every row has its three renderings
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
