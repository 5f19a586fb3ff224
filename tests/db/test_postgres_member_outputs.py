"""Every output a team member makes (lists, search, dossiers, reports, calendars, sheets,
filings, the JSON export) holds nothing above the member's clearance, even when asked for at
internal: checked with the marker words of :mod:`tests.db.test_postgres_team`, in the text
of each file (PDF pages, the parts of .docx and .xlsx files) and in what the command said."""

from __future__ import annotations

import io
import zipfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from pypdf import PdfReader

from caseapp.domain.enums import Sensitivity
from tests.db.test_postgres_team import (
    INTERNAL_MARKERS,
    PUBLIC_MARKERS,
    SHAREABLE_MARKERS,
    Team,
    database_with_a_team,
    run,
)

EVERY = INTERNAL_MARKERS | SHAREABLE_MARKERS | PUBLIC_MARKERS
CAPTIVES = ("1", "2", "3")  # A (shareable), B (internal), C (public), as made


@pytest.fixture(scope="module")
def shared_team(pg_server: str, _pg_template: str) -> Iterator[Team]:
    with database_with_a_team(pg_server, _pg_template, "outputs") as made:
        yield made


def text_of(path: Path) -> str:
    if path.is_dir():
        return "\n".join(text_of(p) for p in sorted(path.rglob("*")) if p.is_file())
    data = path.read_bytes()
    parts = [data.decode("utf-8", "replace")]
    if path.suffix == ".pdf":
        parts += [page.extract_text() or "" for page in PdfReader(io.BytesIO(data)).pages]
    elif path.suffix in (".docx", ".xlsx"):
        with zipfile.ZipFile(io.BytesIO(data)) as parts_of:
            parts += [parts_of.read(n).decode("utf-8", "replace") for n in parts_of.namelist()]
    return "\n".join(parts).lower()


def calls(folder: Path) -> list[list[str]]:
    made = [["captives", "list"], ["deadlines"], ["duplicates"], ["settings", "show"],
            ["deadlines", "--format", "ics", "--level", "internal", "-o", f"{folder}/c.ics"],
            ["report", "--level", "internal", "-o", f"{folder}/r.pdf"],
            ["report", "--level", "internal", "--format", "xlsx", "-o", f"{folder}/r.xlsx"],
            ["export-sheet", "--level", "internal", "-o", f"{folder}/s.csv"],
            ["export", "-o", f"{folder}/e.json"]]
    for c in CAPTIVES:
        made += [["captives", "show", c],
                 ["dossier", c, "--level", "internal", "-o", f"{folder}/d{c}.pdf"],
                 ["filing", "echr", c, "--level", "internal", "-o", f"{folder}/echr{c}"],
                 ["filing", "wgad", c, "--level", "internal", "-o", f"{folder}/wgad{c}"]]
    return made + [["search", marker] for marker in sorted(EVERY)]


@pytest.mark.parametrize(("clearance", "allowed"), [
    (Sensitivity.PUBLIC, PUBLIC_MARKERS),
    (Sensitivity.SHAREABLE, PUBLIC_MARKERS | SHAREABLE_MARKERS),
])
def test_nothing_a_member_makes_holds_anything_above_the_clearance(
        shared_team: Team, clearance: Sensitivity, allowed: set[str], tmp_path: Path) -> None:
    above: dict[str, set[str]] = {}
    made = 0
    for argv in calls(tmp_path):
        code, out, err = run(*argv, "--db", shared_team.url(clearance))
        assert code in (0, 2) and "Traceback" not in err, (argv, err)
        made += code == 0
        if argv[0] == "search":  # "No record matches “secretdoca”.": the query, not a find
            out = out.replace(f"“{argv[1]}”", "“…”")
        said = {m for m in EVERY if m in (out + err).lower()} - allowed
        if said:
            above[" ".join(argv[:3])] = said
    files = list(tmp_path.iterdir())
    for path in files:
        found = {m for m in EVERY if m in text_of(path)} - allowed
        if found:
            above[path.name] = found
    assert not above
    assert len(files) >= 8 and made >= 20  # the outputs were made, not all refused
    everything = "\n".join(text_of(p) for p in files)
    assert {m for m in allowed if m in everything} == allowed  # and hold what they may
