"""``caseapp import-sheet`` in Russian and Armenian says every value in the reader's language:
a status read, the values a word is not one of, a likely duplicate's reasons (no "same birth
date" of a year), and a JSON reason that stands alone (no Russian dash before it)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from caseapp.domain.enums import CaptiveStatus, Sex
from caseapp.reports.texts import label
from caseapp.services.labels import MATCH_REASONS
from tests.cli.cli_run import run

CODES = ("held", "pre_trial", "on_trial", "repatriated", "male", "female", "withheld")


@pytest.fixture
def sheet_and_file(case_file, tmp_path: Path) -> tuple[str, str]:
    case_file.captives.create(names=["Վահրամ Հովհաննիսյան"], birth="1985-03-12")
    db = str(case_file.db.path)
    case_file.close()
    sheet = tmp_path / "list.csv"
    sheet.write_text("Name,Born,Sex,Status\n"
                     "Vahram Hovhannisyan,1985,m,held\n"
                     "Gor Sargsyan,03.02.1980,x,held\n"
                     "Армен Петросян,03.02.1978,м,в заключении\n", encoding="utf-8")
    return db, str(sheet)


@pytest.mark.parametrize("lang", ["ru", "hy"])
def test_the_preview_says_values_in_the_language(sheet_and_file, lang: str) -> None:
    db, sheet = sheet_and_file
    code, out, err = run("--lang", lang, "--db", db, "import-sheet", sheet, "--dry-run")
    assert code == 0, err
    words = set(out.replace(",", " ").replace(";", " ").split())
    assert not words & set(CODES), words & set(CODES)
    assert label(CaptiveStatus.HELD, lang) in out  # the table's status, the catalogue's label
    assert label(Sex.FEMALE, lang) in out  # what "x" is not one of
    assert label(CaptiveStatus.ON_TRIAL, lang) in out  # what "в заключении" is not one of
    # "1985" and 12.03.1985 agree as far as both are known; they are not one birth date
    assert MATCH_REASONS["same birth date"].render(lang) not in out
    assert "«Status»" in out and "“" not in out  # the language's quotation marks


def test_json_reasons_stand_alone(sheet_and_file) -> None:
    db, sheet = sheet_and_file
    code, out, _ = run("--lang", "ru", "--db", db, "import-sheet", sheet, "--dry-run",
                       "--format", "json")
    assert code == 0
    rows = json.loads(out)["rows"]
    reasons = [p["reason"] for r in rows for p in r["errors"] + r["warnings"]]
    assert reasons and not [r for r in reasons if r.startswith(("—", "-", "–"))]
    assert rows[0]["duplicates"][0]["reasons"] == [
        "same name", "birth dates agree as far as both are known"]
