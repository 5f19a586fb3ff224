"""A count of days on the command line is grouped as the language groups digits, as in the
documents and the window: «1 157» in Russian, «1157» in Armenian (grouped from five digits),
"1,157" in English."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from caseapp.domain.cldr import format_number
from tests.cli.cli_run import run


@pytest.mark.parametrize("lang", ["ru", "hy", "en"])
def test_days_in_custody_are_grouped_as_the_language_writes_counts(demo_copy: Path,
                                                                    lang: str) -> None:
    db = str(demo_copy)
    code, out, _ = run("--db", db, "captives", "list", "--format", "json")
    assert code == 0
    first = next(c for c in json.loads(out) if (c["days_in_custody"] or 0) > 999)
    days = format_number(first["days_in_custody"], lang)
    code, out, _ = run("--lang", lang, "--db", db, "captives", "list")
    assert code == 0
    row = next(line for line in out.splitlines() if line.startswith(f"{first['id']} "))
    assert row.endswith(f"  {days}")
    code, out, _ = run("--lang", lang, "--db", db, "captives", "show", str(first["id"]))
    assert code == 0
    assert [line for line in out.splitlines() if line.endswith(f" {days}")]
    if lang == "ru":
        assert "\u00a0" in days
