"""The tables of docs/glossary.md as the tests read them: one list of cells per row (English,
Armenian, Russian, French, Catalogue, Notes), and the statuses' rows by their catalogue key."""

from __future__ import annotations

import re
from pathlib import Path

GLOSSARY = Path(__file__).resolve().parents[1] / "docs" / "glossary.md"
COLUMNS = {"en": 0, "hy": 1, "ru": 2, "fr": 3}
CATALOGUE, NOTES = 4, 5  # the cells after the languages
STATUS_SECTION = "## A captive's status"


def rows(section: str | None = None) -> list[list[str]]:
    """Every row of the glossary's tables, or of the section under the heading ``section``."""
    found, inside = [], section is None
    for line in GLOSSARY.read_text(encoding="utf-8").splitlines():
        if line.startswith("## "):
            inside = section is None or line.strip() == section
        cells = [c.strip() for c in line.strip().strip("|").split("|")]
        if inside and line.startswith("|") and len(cells) == 6 \
                and not set(cells[0]) <= {"-"} and cells[0] != "English":
            found.append(cells)
    return found


def statuses() -> dict[str, list[str]]:
    """The rows of the statuses' section by their catalogue key (``label:held`` → "held")."""
    out = {}
    for cells in rows(STATUS_SECTION):
        m = re.fullmatch(r"`label:(\w+)`", cells[CATALOGUE])
        assert m, f"a status without its catalogue key: {cells}"
        out[m[1]] = cells
    return out


def feminine(cells: list[str]) -> str | None:
    """The Russian feminine form the row's notes give ("feminine: *осуждена*"), if any."""
    m = re.search(r"(?<!French )feminine: \*([^*]+)\*", cells[NOTES])
    return m[1] if m else None


def french_feminine(cells: list[str]) -> str | None:
    """The French feminine form the row's notes give ("French feminine: *condamnée*"), if any."""
    m = re.search(r"French feminine: \*([^*]+)\*", cells[NOTES])
    return m[1] if m else None
